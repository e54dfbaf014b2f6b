"""Rules for what the user can spend, in English and in Chinese: a budget, overall or for one thing ("My
budget for a new laptop is about 600 quid, max", "I can't spend more than 50 pounds", "整个旅行预算就三千块",
"买新电脑我最多只能花四千块"). Each is a fact of topic ``budget:<what>`` (``budget:general`` when it names
nothing) that a later budget for the same thing replaces, and that advice on buying or planning allows for.
``MONEY_EN`` and ``MONEY_ZH`` are their (pattern, rule) pairs, tried where ``memory._rules_en.EN_RULES``
and ``memory._rules_zh.ZH_RULES`` place them."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, first_up, topic_value
from tailorkit.memory._words_en import clean, third_person
from tailorkit.memory._words_zh import zh_clean, zh_said

__all__ = ["MONEY_EN", "MONEY_ZH"]

_AMOUNT_EN = (
    r"(?:about |around |roughly |only |just |under |less than |no more than |at most |max(?:imum)? |up to |"
    r"strictly |exactly |firmly |capped at )*"
    r"(?:[£$€¥]\s?\d[\d,.]*k?|\d[\d,.]*k?\s?(?:pounds|quid|dollars|bucks|euros|yuan|rmb|gbp|usd|eur)|"
    # an amount in words: "ten thousand pounds", "two grand", "a few hundred quid"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a few|a couple of|several)(?:[ -](?:hundred|thousand|grand|k))+"
    r"(?: (?:pounds|quid|dollars|bucks|euros|yuan))?"
    r"|(?:fifty|a hundred|twenty|thirty|forty) (?:pounds|quid|dollars|bucks|euros))|"
    r"a (?:hundred|thousand|grand))(?:,? (?:max|tops|at most|at the most|or so|ish))?"
)


def _budget(text: str, what: str | None) -> Candidate:
    """A budget in the user's words, keyed by what it is for."""
    key = topic_value(what) if what else "general"
    return Candidate(text, MemoryKind.FACT, f"budget:{key or 'general'}", importance=0.7)


def _budget_en(m: re.Match[str], sentence: str) -> Candidate | None:
    after = m.groupdict().get("w2")  # "My budget is £30 for groceries this week"
    what = clean(m.group("what") or after or "") or None
    said = m.group(0).strip().rstrip(" ,.;!?")
    said = re.sub(r"^(?:my|our)\s+", "", said, flags=re.I)
    said = re.sub(r"^I (?:can't|cannot)", "Can't", said)
    # "I never spend more than ...": as a memory reads it ("Never spends more than ...")
    said = re.sub(r"^I (never|rarely|don't|do not|won't|try not to) (spend|pay|go)\b", _never_spends, said)
    said = re.sub(
        r"^I(?:'ve| have)? (?:(only|just) )?(?:got|have)", lambda g: f"Has {g.group(1) or ''}", said
    )
    said = re.sub(r"\s+", " ", said)
    return _budget(first_up(said), what)


_SPENDS = {"spend": "spends", "pay": "pays", "go": "goes"}
_NOT_OVER = {"never": "Never", "rarely": "Rarely", "don't": "Doesn't", "do not": "Doesn't", "won't": "Won't",
             "try not to": "Tries not to"}  # fmt: skip


def _never_spends(m: re.Match[str]) -> str:
    """ "I never spend" as a memory reads it: "Never spends" ("Doesn't spend", "Tries not to pay")."""
    how, verb = m.group(1), m.group(2)
    return f"{_NOT_OVER[how]} {_SPENDS[verb] if how in ('never', 'rarely') else verb}"


_THEIRS = {" have": "have", "'ve got": "have got", " earn": "earn"}


def _spending(m: re.Match[str], sentence: str) -> Candidate:
    """How the user spends, as a memory reads it ("I only spend what I have": only spends what they have;
    "I don't take on debt": doesn't take on debt)."""
    said = m.group(0)[2:]
    said = "doesn't" + said[5:] if said.startswith("don't") else third_person(said)
    said = re.sub(r"\bI( have|'ve got| earn)\b", lambda g: f"they {_THEIRS[g.group(1)]}", said)
    return _budget(first_up(said), None)


def _aiming(m: re.Match[str], sentence: str) -> Candidate:
    """A cap the user tries to keep to, as a memory reads it ("Trying to spend under 30 quid a week on food",
    "Tries to keep it under £50 a month")."""
    said = re.sub(r"^(?:I(?:'m| am)? )?(?:(?:also|now|really) )?", "", m.group(0).strip())
    said = third_person(said) if re.match(r"(?:try|aim) ", said) else said
    return _budget(first_up(said), m.group("what"))


MONEY_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "(..., so) every spare penny is going into the wedding": what the user is saving for
        re.compile(
            r"\b(?:every (?:spare |last |single )?(?:penny|pound|cent|dollar|bit of money)"
            r"|all (?:my|our) (?:spare )?(?:money|cash|savings))"
            r" (?:is|'s|are) (?:going|being put) (?:into|towards|on) "
            r"(?P<what>(?:the|a|an|our|my) [^,.;!?]{2,30})",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Saving for {re.sub(r'^(?:my|our) ', 'the ', m.group('what').strip(), flags=re.I)}",
            MemoryKind.EVENT,
            f"goal:{topic_value(m.group('what'))}",
            importance=0.7,
        ),
    ),
    (  # "My budget for a new laptop is about 600 quid, max", "Our budget is $2,000"
        re.compile(
            r"\b(?:my|our) (?:total |whole |overall |max(?:imum)? |monthly |weekly |holiday |travel )?budget"
            # (a bare number after "budget is" is an amount: "my budget is about 800")
            rf"(?: for (?P<what>[^,.;!?]+?))? (?:is|'s|will be) "
            rf"(?:{_AMOUNT_EN}|(?:about |around |roughly |under |up to |max |only )*\d[\d,.]*k?\b)"
            # "My budget is £30 for groceries this week": what it is for, and for how long, said after it
            r"(?(what)|(?:(?: for (?P<w2>(?!this |next |a |each |every )[^,.;!?]+?))?"
            r"(?: (?:this|next|a|each|every|per) (?:week|month|year|fortnight))?(?=\s*(?:$|[,.;!?])))?)",
            re.I,
        ),
        _budget_en,
    ),
    (  # "I'm on a really tight budget until payday", "I'm paying off my credit card"
        re.compile(
            r"\bI(?:'m| am) (?:on a (?:really |very |super |pretty |bit of a )?(?:tight|small|limited|"
            r"shoestring|strict|student|fixed|modest) budget|(?:skint|broke|strapped for cash)|"
            r"(?:(?:trying|working|saving) to )?"
            r"pay(?:ing)? off (?:my |a |the )?(?:big |huge |large |massive |hefty |small )?"
            r"(?:credit cards?|loans?|debts?|overdraft|student loan))(?: (?:of|for|until|till) [^,.;!?]+)?",
            re.I,
        ),
        lambda m, s: _budget(first_up(m.group(0)[m.group(0).index(" ", 2) + 1 :].strip()), None),
    ),
    (  # "Money's a bit tight since I went part-time", "Cash is really short this month"
        re.compile(
            r"^(?:money|cash|finances|funds)(?:'s| is| are)"
            r"(?: (?:a bit|a little|really|very|pretty|quite|super|seriously|always))?"
            r" (?:tight|short|stretched)\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: _budget(first_up(m.group(0).strip()), None),
    ),
    (  # "I can't spend more than 50 pounds on a present", "I never spend more than twenty pounds on gifts"
        re.compile(
            r"\bI (?:can't|cannot|don't want to|won't|never|rarely|don't|do not|try not to) (?:spend|pay|go) "
            r"(?:more than|over|above|beyond) "
            rf"{_AMOUNT_EN}(?: (?:on|for) (?P<what>[^,.;!?]+))?",
            re.I,
        ),
        _budget_en,
    ),
    (  # "I'm trying to spend under 30 quid a week on food", "I try to keep it under £50 a month"
        re.compile(
            r"\b(?:I(?:'m| am)? )?(?:also |now |really )?(?:trying|aiming|hoping|try|aim) to "
            r"(?:spend|keep (?:it|spending|things|costs)|stay) (?:under|below|less than|no more than|within) "
            rf"{_AMOUNT_EN}(?: (?:a|per|each|every) (?:week|month|day|year))?"
            r"(?: (?:on|for) (?P<what>[^,.;!?]+))?",
            re.I,
        ),
        _aiming,
    ),
    (  # "I've only got about £100 for Christmas presents", "I have £500 to spend on a bike"
        re.compile(
            r"\bI(?:'ve| have)? (?:only |just )?(?:got|have) "
            rf"{_AMOUNT_EN} (?:(?:to spend |to play with |left )?(?:on|for) (?!(?:me|it|them|you|now)\b)"
            r"(?P<what>[^,.;!?]+?))(?: (?:this|next) (?:year|month|week|time|christmas|summer))?"
            r"(?=$|[,.;!?])",
            re.I,
        ),
        lambda m, s: _budget_en(m, s) if m.group("what") else None,
    ),
    (  # "I'm trying to get out of my overdraft by March", "I'm paying off my credit card": a debt to clear
        re.compile(
            r"\bI(?:'m| am) (?:trying to |working to |hoping to |determined to )?"
            r"(?:get(?:ting)? out of|pay(?:ing)? off|clear(?:ing)?) (?:my |the |our )?"
            r"(?P<what>overdraft|debts?|credit cards?|loans?|student loan|car loan|the red)\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: _budget(first_up(re.sub(r"^I(?:'m| am) ", "", m.group(0).strip())), m.group("what")),
    ),
    (  # "I'm in debt", "I have a lot of credit card debt", "I've got a student loan": what is owed
        re.compile(
            r"\bI(?:'m| am) (?:\w+ )?in (?:a lot of |lots of |serious |some |a bit of )?debt\b"
            r"|\bI(?:'ve| have)? (?:got |have )"
            r"(?:a lot of |lots of |some |a bit of |so much |serious |big |an? )?"
            r"(?:credit card |gambling |student |personal )?(?:debts?|student loans?)\b"
            r"|\bI(?:'m| am) (?:living|getting by|surviving) on (?:a |my )?student loan\b",
            re.I,
        ),
        lambda m, s: _budget("Has a student loan" if "loan" in m.group(0).lower() else "In debt", None),
    ),
    (  # "I've been living on one income since my divorce": one wage for the household
        re.compile(
            r"\b(?:living|surviving|getting by|managing) on (?:one|a single|just one|only one) "
            r"(?:income|salary|wage)\b",
            re.I,
        ),
        lambda m, s: _budget(first_up(m.group(0)), None),
    ),
    (  # "I only spend what I have", "I never borrow money": spending only what there is
        re.compile(
            r"\bI (?:only|just) (?:ever )?spend (?:what|the money) I(?: have|'ve got| earn)\b"
            r"|\bI (?:never|don't|refuse to) (?:borrow money|take on debt|go into debt|buy on credit)\b",
            re.I,
        ),
        _spending,
    ),
]

_AMOUNT_ZH = r"[\d一二两三四五六七八九十百千万几.]+(?:块钱|块|元|美元|英镑|欧元)?"
_WHEN_ZH = re.compile(r"^(?:这个月|每个月|每月|这周|每周|今年|这次|平时)$")
"""A time, not a thing, said before a budget ("这个月最多能花两千块"): the user's overall budget."""


def _for_zh(what: str | None) -> str | None:
    """What a Chinese budget is for ("买新电脑" -> "新电脑"), None for an overall one."""
    said = re.sub(r"^(?:整个|这次|买|给|的)+", "", what or "")
    return None if not said or _WHEN_ZH.match(said) else said


MONEY_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "(我六月结婚，)钱都要留着办婚礼": what the user is saving for
        re.compile(
            r"钱(?:都|全|全都)?(?:要|得)?(?:留着|攒着|存着)(?:办|给|买|交|付|用来)(?P<for>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: Candidate(
            f"在为{zh_clean(m.group('for'))}攒钱",
            MemoryKind.EVENT,
            f"goal:{zh_clean(m.group('for'))}",
            importance=0.7,
        ),
    ),
    (  # "整个旅行预算就三千块", "我买电脑的预算是五千元", "预算最多四千块"
        re.compile(
            r"^(?:我们|我)?(?:的)?(?P<what>[^，。！？；,.!?;]{0,10}?)(?:的)?(?:总)?预算(?:只有|就|最多|大概|大约|是|在|不超过|控制在|严格|必须|要|尽量|得|一定要)*"
            rf"{_AMOUNT_ZH}(?:以内|以下|之内)?"
        ),
        lambda m, s: _budget(
            re.sub(r"^(?:我们|我)?的?", "", zh_clean(m.group(0))),
            _for_zh(m.group("what")),
        ),
    ),
    (  # "礼物预算很少", "超过一百块的东西都得想想": a budget said as how little, or as a line
        re.compile(
            r"^(?:我|我们)?(?:的)?(?P<what>[^，。！？；,.!?;]{0,10}?)(?:的)?预算(?:很|特别|比较|非常|有点)?(?:少|紧|有限|不多)"
            rf"|^(?:我)?(?:买)?(?:超过|高于|上){_AMOUNT_ZH}(?:的(?:东西)?)?(?:我)?(?:都得|就得|都要|就要|得)(?:想想|考虑|掂量|犹豫)"
        ),
        lambda m, s: _budget(re.sub(r"^(?:我们|我)的?", "", zh_clean(m.group(0))), _for_zh(m.group("what"))),
    ),
    (  # "我在努力提前还清助学贷款", "我在还房贷", "我靠助学贷款生活", "我欠了不少钱"
        re.compile(
            r"我(?:现在|正在|在|一直在|还在|努力|尽量|想|打算)*(?:提前)?(?:还清|还完|还)(?:一大笔|一笔|不少|很多)?"
            r"(?P<what>助学贷款|学贷|房贷|车贷|信用卡|"
            r"贷款|欠款|花呗|借呗)"
            r"|^我(?:现在|目前|一直)?(?:靠|用)(?:助学贷款|学贷)(?:生活|过日子|交学费)"
            r"|^我(?:现在|目前|还)?(?:欠了?(?:不少|很多|一大笔|一屁股|好多)?(?:钱|债)|有(?:不少|很多|一些)?(?:负债|外债|债务))"
        ),
        lambda m, s: _budget(zh_said(m.group(0)), None),
    ),
    (  # "发工资之前我手头特别紧", "最近手头有点紧"
        re.compile(
            r"^[^，。！？；,.!?;]{0,12}?我?手头(?:就|也|都|一直|最近|总是)*(?:特别|很|比较|有点|非常|太|超级)?紧"
        ),
        lambda m, s: _budget(zh_clean(m.group(0)).replace("我手头", "手头"), None),
    ),
    (  # "买新电脑我最多只能花四千块", "这次旅行我最多花五千"
        re.compile(
            r"^(?P<what>[^，。！？；,.!?;我]{1,10}?)我?(?:最多|顶多|最多只|只)(?:能|想|打算)?花"
            rf"{_AMOUNT_ZH}"
        ),
        lambda m, s: _budget(zh_clean(m.group(0)), _for_zh(m.group("what"))),
    ),
    (  # "我给同事的礼物从不超过一百块", "衣服我一般不买超过三百的": a cap the user keeps to
        re.compile(
            r"^(?:我)?(?P<what>[^，。！？；,.!?;我]{1,12}?)我?(?:从不|从来不|一般不|基本不|绝不|从没)(?:买|花|会)?"
            rf"(?:超过|高于|过){_AMOUNT_ZH}"
        ),
        lambda m, s: _budget(re.sub("^我", "", zh_clean(m.group(0))), _for_zh(m.group("what"))),
    ),
    (  # "这个月我想在吃饭上省点钱": money kept tight (not "我打车省钱": what saves it)
        re.compile(
            r"(?:我)?(?:想|要|得|正在|尽量|努力)+(?:在(?P<what>[^，。！？；,.!?;]{1,6}?)上)?省(?:点|些)?钱"
        ),
        lambda m, s: _budget(zh_said(m.group(0)), m.group("what")),
    ),
    (  # "离婚以后我一个人的工资养家": one wage for the household
        re.compile(r"(?:一个人的工资|一个人的收入|一份工资|一份收入)(?:养家|养活全家|养活一家)"),
        lambda m, s: _budget(zh_clean(m.group(0)), None),
    ),
    (  # "我有多少花多少", "我从不借钱": spending only what there is
        re.compile(
            r"我?(?:一向|从来|一直|向来|都是)*(?:有多少花多少|量入为出|从不借钱|从来不借钱|不借钱|不欠债|从不欠债)"
        ),
        lambda m, s: _budget(zh_said(m.group(0)), None),
    ),
]
