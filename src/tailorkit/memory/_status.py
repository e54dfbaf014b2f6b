"""Rules for the user's status and paperwork, in English and in Chinese: a visa, a passport or citizenship,
papers being processed ("I'm on a work visa tied to my employer", "我是双重国籍，英国和加拿大",
"我户口不在本地"), benefits, pay, tax, a pension and insurance ("I'm on Universal Credit", "My bonus only
comes through in April", "I'm on a payment plan with HMRC", "My health insurance doesn't cover dental",
"我现在在领低保", "我是灵活就业，社保都是自己交的", "我两年前逾期过，现在征信很差"), where they stand at
work ("I'm still on probation at work", "I'm signed off sick until the end of the month", "My employer pays
for my train season ticket", "我还在试用期") and with the law ("I've got a criminal record",
"我跟前公司的官司还没打完").

Each is a fact in the user's words, keyed by what it is about (``status:<what>``, ``money:<what>``,
``work:<what>``), so that advice on a trip, a purchase, a job or time off finds it (``memory._domains``).
``STATUS_EN`` and ``STATUS_ZH`` are their (pattern, rule) pairs, tried last in ``memory._rules_en.EN_RULES``
and ``memory._rules_zh.ZH_RULES``: they read only what no other rule did."""

from __future__ import annotations

from tailorkit.memory._setting import said_rules

__all__ = ["STATUS_EN", "STATUS_ZH"]


_RULES_EN: list[tuple[str, str]] = [
    # a visa, a passport, citizenship, papers
    (
        r"\bI(?:'m| am) (?:on|here on|holding) an? (?:[\w-]+ ){0,2}?visa\b|^my (?:[\w-]+ )?visa\b"
        r"|\bI travel on an? [\w-]+ passport\b"
        r"|\bI(?:'m| am) an? (?!senior\b)(?:dual|[A-Z][\w-]*|US|UK|EU) (?:citizen|national)\b"
        r"|\b(?:waiting (?:on|for)|applying for) (?:my|a) (?:residence permit|visa|green card|work permit|"
        r"settled status|citizenship|naturali[sz]ation)\b|\bI(?:'m| am) an? (?:refugee|asylum seeker)\b"
        r"|\bmy (?:papers|documents) are (?:still )?being processed\b",
        "status:visa",
    ),
    # benefits, pay, tax, a pension, credit
    (
        r"\bI(?:'m| am) (?:on|claiming|getting) (?:universal credit|benefits|pip|esa|jsa|housing benefit|"
        r"pension credit|disability benefits?|food stamps|snap|welfare|jobseeker's allowance)\b"
        r"|\b(?:get|receive|claim) (?:carer's allowance|universal credit|child benefit|pip)\b",
        "money:benefits",
    ),
    (
        r"^my (?:annual )?bonus (?:only )?(?:comes|arrives|lands|gets paid)\b"
        r"|\bI(?:'m| am) on (?:maternity|paternity|"
        r"statutory sick|sick) pay\b",
        "money:pay",
    ),
    (
        r"\b(?:payment plan|time to pay arrangement) with (?:hmrc|the irs|the tax office)\b"
        r"|\b(?:pay|file) (?:my )?tax(?:es)? (?:in|every|twice|quarterly|in both)\b"
        r"|\bhave to file taxes\b",
        "money:tax",
    ),
    (
        r"^my (?:\w+ )?pension (?:can't|cannot|won't) be (?:touched|accessed|drawn)\b"
        r"|\bI pay into my own pension\b",
        "money:pension",
    ),
    (
        r"^my credit (?:score|rating|history|file) (?:is|'s) (?:\w+ )?"
        r"(?:terrible|bad|poor|awful|shot|rubbish|low)\b"
        # what a lender sees: "I've got a warning on my account for a late payment in March"
        r"|\b(?:a|one|two|three|some) (?:late|missed) (?:payments?|repayments?)\b"
        r"|\bmissed (?:a|one|two|three|some|\d+) (?:payments?|repayments?)\b"
        r"|\bI (?:defaulted|went bankrupt)\b"
        r"|\b(?:I have|I've got|I got) a CCJ\b",
        "money:credit",
    ),
    (
        r"^my (?:health|travel|home|car|dental|medical|life) insurance "
        r"(?:doesn't|does not|won't|only) cover\b"
        r"|\b(?:we|I) (?:have|'ve got) no (?:home|health|travel|car|contents|pet|life) insurance\b"
        r"|\bI get (?:travel|phone|breakdown) (?:insurance|cover) (?:with|through) my\b",
        "money:insurance",
    ),
    # where the user stands at work
    (
        r"\bI(?:'m| am) (?:still )?on (?:my )?probation(?:ary period)?\b"
        r"|\bI(?:'m| am) signed off (?:sick|work)\b",
        "work:status",
    ),
    (
        r"^my (?:company|work) car is\b|^my (?:employer|company|work) (?:pays for|covers) my\b",
        "work:perks",
    ),
    # the law
    (
        r"\bI(?:'ve| have) (?:got )?a criminal record\b"
        r"|\bI(?:'m| am) in the middle of a (?:legal|court) case\b"
        r"|\bI(?:'m| am) on jury service\b",
        "status:legal",
    ),
    # the household's papers: a doctor, a home, a phone plan
    (r"\bI (?:haven't|have not) registered with a (?:gp|doctor)\b", "health:no_gp"),
    (
        r"\b(?:we're|we are|I'm|I am) in council housing\b|\bI(?:'m| am) sofa-surfing\b"
        r"|\bI (?:don't|do not) have a (?:permanent|fixed) address\b",
        "housing:status",
    ),
    (
        r"\bI(?:'m| am) (?:still )?on my (?:parents'|mum's|dad's|partner's) (?:phone )?(?:plan|contract)\b",
        "device:phone_plan",
    ),
]


STATUS_EN = said_rules(_RULES_EN, chinese=False)
"""The English rules."""


_RULES_ZH: list[tuple[str, str]] = [
    (
        r"签证|居留卡|居留证|绿卡|双重国籍|^我是[\u4e00-\u9fff]{1,4}籍|拿的是[\u4e00-\u9fff]{1,4}护照|^我是难民|"
        r"证件还在办|户口不在本地|户口在外地",
        "status:visa",
    ),
    (r"低保|护理补贴|失业金|救济金|残疾补贴", "money:benefits"),
    (r"年终奖|产假工资|病假工资", "money:pay"),
    (r"补税|报税|交税|税务局", "money:tax"),
    (r"社保|养老金要到|公积金", "money:pension"),
    (r"征信|逾期(?:还款)?记录|信用记录|破产", "money:credit"),
    (r"医保不(?:报销|报|管)|没有?买[\u4e00-\u9fff]{0,4}保险|自带[\u4e00-\u9fff]{0,4}保险", "money:insurance"),
    (r"试用期|劳动合同[\u4e00-\u9fff]{0,6}到期|在休病假|休病假", "work:status"),
    (r"公司配车|公司报销|单位报销", "work:perks"),
    (  # (the user's, not someone else's: "我朋友在打官司")
        r"^我(?!的?(?:朋友|同事|爸|妈|老公|老婆|哥|姐|弟|妹|儿子|女儿|家人))[^，。]{0,8}?(?:案底|官司|陪审员)",
        "status:legal",
    ),
    (r"没有?(?:在[\u4e00-\u9fff]{0,6})?建档", "health:no_gp"),
    (r"没有固定住址|合同里不让", "housing:status"),
    (r"挂在[\u4e00-\u9fff]{1,4}的套餐", "device:phone_plan"),
]

STATUS_ZH = said_rules(_RULES_ZH, chinese=True)
"""The Chinese rules."""
