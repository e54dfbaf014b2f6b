"""Rules for the user's family ties, in English and in Chinese: who they do not get on or speak with
("I don't get on with my in-laws", "我和公婆处不来", "我和我爸断绝来往了"), children shared with an ex
("My ex and I share custody"), a parent remarried, a child who has left home ("My daughter just left for
university", "我女儿今年秋天开始住校"), a baby on the way or just born in the family ("We've just found out
we're having twins", "我姐刚生了孩子"). Each is a fact in the user's words keyed ``family:ties`` or
``family:nest``, so that a holiday, an occasion, the evenings or a bigger car finds it
(``memory._domains``). ``TIES_EN`` and ``TIES_ZH`` are their (pattern, rule) pairs, tried last in
``memory._rules_en.EN_RULES`` and ``memory._rules_zh.ZH_RULES``."""

from __future__ import annotations

from tailorkit.memory._setting import said_rules

__all__ = ["TIES_EN", "TIES_ZH"]

_KIN_EN = (
    r"(?:in-laws|inlaws|mother-in-law|father-in-law|mum|mom|mother|dad|father|parents|brother|sister|son|"
    r"daughter|family|ex|stepmum|stepmom|stepdad|stepfather|stepmother|grandparents)"
)
_KIN_ZH = (
    r"(?:公婆|婆婆|公公|岳父母|岳父|岳母|爸|妈|爸妈|父母|父亲|母亲|哥|姐|弟弟|妹妹|儿子|女儿|家里人|"
    r"前妻|前夫)"
)


_RULES_EN: list[tuple[str, str]] = [
    (
        rf"\bI (?:don't|do not|never) (?:really )?get (?:on|along) (?:well )?with my {_KIN_EN}\b"
        rf"|\bI(?:'m| am) (?:not speaking to|not on speaking terms with|estranged from) my {_KIN_EN}\b"
        rf"|^my {_KIN_EN}(?: and I| and me) (?:aren't|are not|don't|do not) (?:speaking|talking|get on)\b"
        r"|\bmy ex and I (?:share custody|co-parent)\b|\bI (?:share custody|co-parent) with my ex\b"
        r"|^my (?:dad|father|mum|mom|mother) (?:has )?(?:just |recently )?remarried\b",
        "family:ties",
    ),
    (
        r"^my (?:son|daughter|kids|children|youngest|eldest) (?:has |have )?(?:just |recently )?"
        r"(?:left (?:home|for (?:uni|university|college))|moved out"
        r"|gone (?:off )?to (?:uni|university|college))\b"
        r"|\bwe(?:'ve| have) just found out (?:we're|we are) having (?:twins|triplets|a baby)\b"
        r"|^my (?:sister|brother|daughter|son|best friend) (?:has )?just had (?:a baby|twins)\b",
        "family:nest",
    ),
]

TIES_EN = said_rules(_RULES_EN, chinese=False)
"""The English rules."""

_RULES_ZH: list[tuple[str, str]] = [
    (
        rf"^我(?:和|跟|与)我?{_KIN_ZH}(?:[^，。]{{0,4}}?)"
        r"(?:处不来|合不来|关系不好|关系很差|不说话|断绝来往|闹翻了?|不来往)"
        r"|^我(?:和|跟)前(?:妻|夫)共同抚养|^我(?:爸|妈|父亲|母亲)[^，。]{0,4}?再婚",
        "family:ties",
    ),
    (
        r"^我(?:女儿|儿子|孩子)[^，。]{0,8}?(?:住校|上大学|搬出去)|家里就剩我们俩"
        r"|^我们刚知道怀的是(?:双胞胎|龙凤胎)|怀了(?:二|三)胎|^我(?:姐|妹|姐姐|妹妹|女儿)刚生了",
        "family:nest",
    ),
]

TIES_ZH = said_rules(_RULES_ZH, chinese=True)
"""The Chinese rules."""
