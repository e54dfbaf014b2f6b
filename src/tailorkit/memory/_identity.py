"""Rules for who the user is in the ways a sign-up form would ask, in English and in Chinese: whether they
are married, single, divorced or widowed ("I'm divorced", "我离婚了"), where they come from ("I grew up in
Glasgow", "我老家是四川的"), when they were born ("I was born in 1985", "我是85年的"), whether they have
brothers and sisters ("I'm an only child", "我是独生女"), grandchildren ("I'm a grandmother of five",
"我有五个孙子"), leave from work ("I'm on maternity leave", "我在休产假"), no faith ("I'm an atheist").

Each is a fact: ``relationship``, ``origin`` and ``born`` hold one value at a time (``memory._reconcile``),
``family:siblings``, ``family:grandchildren`` and ``work:leave`` say what the household
and the working week are. ``IDENTITY_EN`` and ``IDENTITY_ZH`` are their (pattern, rule) pairs, tried where
``memory._rules_en.EN_RULES`` and ``memory._rules_zh.ZH_RULES`` place them."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, first_up
from tailorkit.memory._words_zh import zh_said

__all__ = ["IDENTITY_EN", "IDENTITY_ZH"]


def _fact(text: str, topic: str) -> Candidate:
    return Candidate(text, MemoryKind.FACT, topic, importance=0.7)


_STATUS_EN = {
    "married": "Is married",
    "single": "Is single",
    "divorced": "Is divorced",
    "separated": "Is separated",
    "widowed": "Is widowed",
    "a widow": "Is widowed",
    "a widower": "Is widowed",
    "engaged": "Is engaged",
    "in a relationship": "Is in a relationship",
}


def _status_en(m: re.Match[str], sentence: str) -> Candidate:
    """Whether the user is married, single, divorced ... ("We got married last year": married; "We've been
    married for twenty years": in their words)."""
    if m.group("years"):
        years = re.sub(r"^for ", "", m.group("years").lower())
        return _fact(f"Has been married for {years}", "relationship")
    status = re.sub(r"\s+", " ", m.group("status").lower())
    return _fact(_STATUS_EN[status], "relationship")


_MOURNED_EN = (
    r"mum|mom|mother|dad|father|husband|wife|partner|brother|sister|son|daughter|grandma|grandmother|grandad|"
    r"granddad|grandfather|granny|grandpa|nan|nana|best friend|dog|cat"
)
"""Whom a user mourns, as they name them ("my mum", "our dog")."""


IDENTITY_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "I'm divorced", "We're happily married", "I got engaged in May", "I've been married for 20 years"
        re.compile(
            r"^(?:(?:so|well|and|but|actually|also),? )?(?:I|we)(?:'m| am|'re| are|'ve been| have been|"
            r"(?:'ve| have)? (?:just |recently )?got) "
            r"(?:now |happily |recently |newly |just |still |currently |finally |legally )*"
            r"(?:married (?P<years>(?:for )?(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty) years?)"
            r"|(?P<status>married|single|divorced|separated|widowed|engaged|a widow(?:er)?|"
            r"in a relationship))"
            # (not "married to my job", "single-handedly", "engaged in a project", "separated the eggs")
            r"(?![\w-])(?! to (?:my|the) (?:job|work)\b"
            r"| in (?:a|an|the|some|this|that|conversation|discussion|talks|work)\b"
            r"| the\b| (?:mum|mom|mother|dad|father|parent)s?\b)",
            re.I,
        ),
        _status_en,
    ),
    (  # "I'm going through a divorce", "We're in the middle of a separation"
        re.compile(
            r"\b(?:I|we)(?:'m| am|'re| are) (?:going through|in the middle of|getting) (?:a |my |our )?"
            r"(?P<what>divorce|divorced|separation|separated)\b",
            re.I,
        ),
        lambda m, s: _fact(
            "Is getting divorced" if m.group("what").lower().startswith("divorce") else "Is separating",
            "relationship",
        ),
    ),
    (  # "I was born in 1985", "I was born in '92"
        re.compile(r"\bI was born in (?P<year>(?:19|20)\d\d)\b", re.I),
        lambda m, s: _fact(f"Was born in {m.group('year')}", "born"),
    ),
    (  # "I'm originally from Nigeria", "I grew up in Glasgow", "I was born and raised in Cork"
        re.compile(
            r"(?:\bI(?:'m| am) originally from (?P<from>[^,.;!?]{2,40}?)"
            r"|\bI (?P<verb>grew up|was (?:born and )?(?:raised|brought up)|was born) (?P<prep>in|on) "
            # (a place: "Glasgow", "the countryside", "a small village"; not "in a big family", "in 1985")
            r"(?P<in>(?:the )?(?-i:[A-Z][\w'-]+)(?:,? (?:of |upon |on |de )?(?-i:[A-Z][\w'-]+)){0,3}"
            r"|(?:the|a|an) (?:(?:small|tiny|little|big|"
            r"rural|remote|fishing|mining|seaside|coastal|quiet) )*(?:countryside|village|town|city|suburbs|"
            r"farm|island|coast|north|south|east|west|midlands|highlands)))"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so|before|until|then|though|although)\b)",
            re.I,
        ),
        lambda m, s: _fact(
            f"Is originally from {m.group('from').strip()}"
            if m.group("from")
            else f"{first_up(m.group('verb').lower())} {m.group('prep').lower()} {m.group('in').strip()}",
            "origin",
        ),
    ),
    (  # "I'm an only child", "I'm the youngest of four", "I have three older brothers"
        re.compile(r"\bI(?:'m| am) an only (?:child|son|daughter)\b", re.I),
        lambda m, s: _fact("Is an only child", "family:siblings"),
    ),
    (  # "I'm a grandmother of five", "I have two grandchildren", "I've got three grandkids"
        re.compile(
            r"\bI(?:'m| am) (?:a )?(?:proud )?(?:grandmother|grandma|granny|nan|grandfather|grandad|granddad|"
            r"grandpa|grandparent) (?:of|to) "
            r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
            r"|\b(?:I|we)(?:'ve| have)?(?: got| have)? (?P<n2>a|one|two|three|four|five|six|seven|eight|nine|"
            r"ten|eleven|twelve|\d{1,2}) (?:little |young |grown-up )?"
            r"(?P<kids>grandchildren|grandchild|grandkids|grandkid|grandsons|grandson|granddaughters|granddaughter)\b",
            re.I,
        ),
        lambda m, s: _fact(
            f"Has {m.group('n').lower()} grandchildren"
            if m.group("n")
            else f"Has {m.group('n2').lower()} {m.group('kids').lower()}",
            "family:grandchildren",
        ),
    ),
    (  # "I'm on maternity leave", "I'm off on paternity leave until June", "I'm on sick leave"
        re.compile(
            r"\bI(?:'m| am) (?:currently |still |now )?(?:off )?on "
            r"(?P<what>maternity|paternity|parental|sick|adoption|long-term sick|shared parental|"
            r"compassionate|study) leave\b",
            re.I,
        ),
        lambda m, s: _fact(f"On {m.group('what').lower()} leave", "work:leave"),
    ),
    (  # "I've used up all my annual leave this year", "I've got no holiday left": no time off to take
        re.compile(
            r"\bI(?:'ve| have)? (?:already )?(?:used up|run out of|got no|no) (?:all )?(?:of )?(?:my )?"
            r"(?:annual leave|holiday allowance|holidays?|leave|days off)(?: left)?\b"
            r"(?P<when>(?: for)? this year)?",
            re.I,
        ),
        lambda m, s: _fact(
            f"Has no annual leave left{' this year' if m.group('when') else ''}", "work:leave_left"
        ),
    ),
    (  # "My passport runs out in February", "my passport expires next month": when it stops being valid
        re.compile(
            r"\bmy passport (?:runs out|expires|is expiring|is running out|ends) "
            r"(?P<when>(?:in |on |at the end of |next )?[^,.;!?]{2,30})",
            re.I,
        ),
        lambda m, s: _fact(f"Passport expires {m.group('when').strip()}", "travel:passport"),
    ),
    (  # "I've been to Paris a dozen times already": a place the user knows well
        re.compile(
            r"\bI(?:'ve| have) been to (?P<where>(?-i:[A-Z][\w'-]+)(?: (?-i:[A-Z][\w'-]+)){0,2}) "
            r"(?P<times>(?:a dozen|dozens of|loads of|lots of|many|so many|countless|several|\w+) times)\b",
            re.I,
        ),
        lambda m, s: _fact(
            f"Has been to {m.group('where')} {m.group('times').lower()}",
            f"travel:been_{m.group('where').lower()}",
        ),
    ),
    (  # "I have to be back by Sunday night for work": when a trip has to end
        re.compile(
            r"\bI (?:have to|need to|must|'ve got to) be back (?:home )?(?:by|for|on) "
            r"(?P<when>[^,.;!?]{3,40})",
            re.I,
        ),
        lambda m, s: _fact(f"Has to be back by {m.group('when').strip()}", "schedule:back"),
    ),
    (  # "I'm an atheist", "I'm agnostic", "I'm not religious"
        re.compile(
            r"\bI(?:'m| am) (?:an? )?(?P<what>atheist|agnostic|not religious|not religious at all)\b", re.I
        ),
        lambda m, s: _fact(
            "Is not religious"
            if m.group("what").lower().startswith("not")
            else f"Is {m.group('what').lower()}",
            "faith",
        ),
    ),
    (  # "I smoke", "I vape", "I smoke about ten a day": how the user smokes ("I'm a smoker" has its own rule)
        re.compile(
            r"^(?:I|and I) (?:still |also |occasionally |sometimes |only )?(?P<what>smoke|vape)"
            # (how much is a habit's: "I smoke 10 cigarettes a day")
            r"(?=\s*$|\s*[,.;!?]|\s+(?:when|at|socially|occasionally|but|and|so)\b)",
            re.I,
        ),
        lambda m, s: _fact("Smokes" if m.group("what").lower() == "smoke" else "Vapes", "habit:smoke"),
    ),
    (  # "My mum passed away last month", "We lost our dog two weeks ago", "I lost my dad in 2019": a death in
        # the family, which bears on the days that remember them (not "My phone died", "My dad nearly died")
        re.compile(
            rf"^(?:sadly,? )?(?:(?:my|our) (?P<who>{_MOURNED_EN})\b(?: (?!nearly|almost)[\w']+){{0,2}}? "
            r"(?:passed away|died|passed)\b"
            rf"|(?:I|we) (?:sadly )?lost (?:my|our) (?P<lost>{_MOURNED_EN})\b)"
            # when, if said ("last month", "in 2019", "two weeks ago"), up to what goes on after it
            r"(?P<when>(?: (?:last|this|in|on|a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|"
            r"several|recently|yesterday|earlier|when)\b[^,.;!?]*?)?)(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so)\b)",
            re.I,
        ),
        lambda m, s: _fact(
            f"{(m.group('who') or m.group('lost')).capitalize()} passed away{m.group('when').rstrip()}",
            f"family:{(m.group('who') or m.group('lost')).lower()}:died",
        ),
    ),
]
"""The English rules, tried after the budget rules."""


_STATUS_ZH = {
    "结婚": "已婚",
    "已婚": "已婚",
    "单身": "单身",
    "离婚": "离婚了",
    "离异": "离异",
    "丧偶": "丧偶",
    "订婚": "订婚了",
    "二婚": "二婚",
    "未婚": "未婚",
}

_PLACES_ZH = (
    r"北京|上海|天津|重庆|广州|深圳|杭州|南京|苏州|成都|武汉|西安|长沙|郑州|沈阳|大连|青岛|济南|哈尔滨|长春|"
    r"福州|厦门|昆明|贵阳|南宁|南昌|合肥|太原|石家庄|兰州|西宁|银川|乌鲁木齐|拉萨|呼和浩特|海口|三亚|宁波|温州|"
    r"无锡|佛山|东莞|珠海|汕头|香港|澳门|台湾|台北|"
    r"河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|"
    r"甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|东北|西北|华北|南方|北方|江南|潮汕|客家|"
    r"[\u4e00-\u9fff]{1,3}(?:省|市|县|镇|村)"
)
"""Where a Chinese speaker may say they are from ("我是四川人", "我是东北人"): provinces, large cities, a
region, or a name with 省 / 市 / 县 / 镇 / 村 (not "我是好人", "我是过来人")."""


IDENTITY_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "我离婚了", "我已婚", "我单身", "我结婚十年了"
        re.compile(
            r"^我(?:已经|刚|去年|今年|前年|早就|早|现在|目前|还是|还|一直|都)*"
            r"(?P<status>结婚|已婚|单身|离婚|离异|丧偶|订婚|二婚|未婚)"
            # (not when it was: "我结婚的时候", "我离婚以后"; nor a wedding to come: "我结婚要请谁")
            r"(?!的时候|那天|那年|以前|之前|以后|之后|前|后|时|要|想|该|用|的(?!事))"
            r"(?P<years>[一二两三四五六七八九十几\d]+年)?"
        ),
        lambda m, s: _fact(
            f"结婚{m.group('years')}了"
            if m.group("years") and m.group("status") == "结婚"
            else _STATUS_ZH[m.group("status")],
            "relationship",
        ),
    ),
    (  # "我是1985年出生的", "我是85年的", "我出生于1990年"
        re.compile(
            r"^我是?(?P<year>(?:19|20)?\d\d)年(?:出生的?|生的?|的(?=$|[，。！？；,.!?;]))|^我出生(?:于|在)(?P<y2>(?:19|20)\d\d)年"
        ),
        lambda m, s: _fact(f"{m.group('year') or m.group('y2')}年出生", "born"),
    ),
    (  # "我在广州长大", "我老家是四川的", "我老家在东北", "我是四川人", "我出生在哈尔滨"
        re.compile(
            # (not the home they grew up in: "我在聋人家庭长大", "在单亲家庭长大")
            r"^我(?:是)?(?:从小)?在(?P<in>(?![\u4e00-\u9fff]*(?:家庭|环境|氛围|家里)(?:长大|出生))[\u4e00-\u9fff]{2,8}?)(?:长大|出生)"
            r"|^我(?:的)?老家(?:是|在)(?P<home>[\u4e00-\u9fff]{2,8}?)(?:的|人)?(?=$|[，。！？；,.!?;])"
            rf"|^我(?:是|算是)(?:个|一个)?(?:土生土长的)?(?P<who>{_PLACES_ZH})人"
            r"|^我出生(?:在|于)(?![\d一二两三四五六七八九十]+年)(?P<born>[\u4e00-\u9fff]{2,8})"
        ),
        lambda m, s: _fact(
            f"老家是{m.group('in') or m.group('home') or m.group('who') or m.group('born')}", "origin"
        ),
    ),
    (  # "我是独生子女", "我是独生女"
        re.compile(r"^我是(?:家里的)?(?P<who>独生子女|独生子|独生女)"),
        lambda m, s: _fact(f"是{m.group('who')}", "family:siblings"),
    ),
    (  # "我有五个孙子", "我有两个外孙女"
        re.compile(
            r"^我(?:已经)?有(?P<n>[一二两三四五六七八九十\d]+个)(?P<kids>孙子|孙女|外孙|外孙女|孙辈|孙子孙女)"
        ),
        lambda m, s: _fact(f"有{m.group('n')}{m.group('kids')}", "family:grandchildren"),
    ),
    (  # "我在休产假", "我在休病假"
        re.compile(r"^我(?:现在|目前|正)?在休(?P<what>产假|陪产假|育儿假|病假|长假)"),
        lambda m, s: _fact(f"在休{m.group('what')}", "work:leave"),
    ),
    (  # "我今年的年假已经用完了", "我没有年假了": no time off to take
        re.compile(
            r"^我(?:今年)?(?:的)?年假(?:已经|都)?(?:用完了|休完了|没了|用光了)|^我(?:今年)?(?:已经)?没有年假了"
        ),
        lambda m, s: _fact("今年年假已用完", "work:leave_left"),
    ),
    (  # "我的护照明年二月到期": when it stops being valid
        re.compile(r"^我的?护照(?P<when>[^，。！？；,.!?;]{1,10}?)(?:就)?(?:到期|过期)"),
        lambda m, s: _fact(f"护照{m.group('when')}到期", "travel:passport"),
    ),
    (  # "巴黎我已经去过十几次了", "我去过日本很多次": a place the user knows well
        re.compile(
            r"^(?P<where>[\u4e00-\u9fff]{2,6}?)我(?:已经|都)?去过(?P<times>[十几一二两三四五六七八九\d]+次|很多次|好多次|无数次|好几次)"
            r"|^我(?:已经|都)?去过(?P<w2>[\u4e00-\u9fff]{2,6}?)(?P<t2>[十几一二两三四五六七八九\d]+次|很多次|好多次|无数次|好几次)"
        ),
        lambda m, s: _fact(
            f"去过{m.group('where') or m.group('w2')}{m.group('times') or m.group('t2')}",
            f"travel:been_{m.group('where') or m.group('w2')}",
        ),
    ),
    (  # "我周日晚上必须赶回来上班": when a trip has to end
        re.compile(
            r"^我(?P<when>(?:周|星期|礼拜)[一二三四五六日天](?:晚上|早上|下午|中午)?|[^，。！？；,.!?;]{1,6}?(?:前|之前))"
            r"(?:必须|得|要|一定要)(?:赶)?回(?:来|去|家)(?P<for>上班|工作|上学|上课)?"
        ),
        lambda m, s: _fact(zh_said(m.group(0)), "schedule:back"),
    ),
    (  # "我是无神论者", "我不信教"
        re.compile(r"^我(?:是(?:个|一个)?(?P<what>无神论者)|(?P<not>不信(?:教|宗教)))"),
        lambda m, s: _fact((m.group("what") and f"是{m.group('what')}") or "不信教", "faith"),
    ),
    (  # "我妈上个月去世了", "我们家狗两周前走了": a death in the family
        re.compile(
            r"^我(?:的)?(?P<who>妈妈?|母亲|爸爸?|父亲|老公|丈夫|老婆|妻子|哥哥?|姐姐?|弟弟|妹妹|儿子|女儿|奶奶|爷爷|"
            r"外婆|外公|姥姥|姥爷)(?P<when>[^，。！？；,.!?;]{0,6}?)(?:去世|过世|离世|病逝)"
            # "我的狗周二走了": the user's own animal too
            r"|^我(?:们)?(?:家)?(?:的)?(?P<pet>狗狗?|猫咪?)(?P<pwhen>[^，。！？；,.!?;]{0,6}?)(?:走了|死了|去世了)"
            r"(?=[，。！？；,.!?;]|$)"  # (not "我的狗走了两公里")
        ),
        lambda m, s: _fact(
            re.sub(r"^(?:我们|们)?家?的?", "", zh_said(m.group(0)).rstrip("了")) + "了",
            f"family:{m.group('who') or m.group('pet')}:died",
        ),
    ),
]
"""The Chinese rules, tried after the budget rules."""
