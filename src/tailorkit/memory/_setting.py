"""Rules for where the user lives and how they are connected, in English and in Chinese: its weather
("It snows here from November to April", "我们这里一年四季都很潮湿"), its internet and signal ("Our home
internet has a 50 gig monthly cap", "我家里没有手机信号"), its power ("We get a lot of power cuts in
winter", "我们这边夏天经常拉闸限电"), its hours against others' ("I'm seven hours behind my family back in
Spain", "我在新西兰，比国内早五个小时") and how far it is from things or what it is by ("The nearest
supermarket is forty minutes' drive away", "我们住在海拔两千多米的山上", "Our tap water is very hard").

Each is a fact in the user's words, keyed by what it says (``climate:<what>``, ``internet:<what>``,
``power:<what>``, ``timezone``, ``home:<what>``), so that advice on a car, a course online, an appliance or a
call finds it (``memory._domains``). ``SETTING_EN`` and ``SETTING_ZH`` are their (pattern, rule) pairs,
tried last in ``memory._rules_en.EN_RULES`` and ``memory._rules_zh.ZH_RULES``: they read only what no other
rule did."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, first_up
from tailorkit.memory._words_zh import zh_said

__all__ = ["SETTING_EN", "SETTING_ZH", "as_said_en", "as_said_zh", "said_rules"]


def _setting(text: str, topic: str) -> Candidate:
    return Candidate(text, MemoryKind.FACT, topic, importance=0.7)


def said_rules(table: list[tuple[str, str]], *, chinese: bool) -> list[tuple[re.Pattern[str], Rule]]:
    """Each (pattern, topic) of ``table`` as a rule that keeps a matching sentence as a fact in the user's
    words (``as_said_en``, ``as_said_zh``), keyed ``topic``: how ``memory._status`` and ``memory._ties``
    read."""
    said = as_said_zh if chinese else as_said_en

    def kept(topic: str) -> Rule:
        return lambda m, s: _setting(said(m), topic)

    return [(re.compile(pattern, 0 if chinese else re.I), kept(topic)) for pattern, topic in table]


def as_said_en(m: re.Match[str]) -> str:
    """The sentence as a memory keeps it, up to where it ends."""
    return first_up(m.string.strip().rstrip(" .!;"))


_WHERE_EN = (
    r"\b(?:here|out here|round here|around here|where (?:I|we) live|where (?:I|we)'re based|"
    r"in (?:our|my|this) "
    r"(?:area|town|village|city|region|valley|part of the world|neck of the woods))\b"
)
"""Where the user lives, said as a place ("here", "where I live", "in our village")."""
_WEATHER_EN = re.compile(
    r"\b(?:it|summers?|winters?|the (?:summers?|winters?|days?|nights?))(?:\s+|(?='))"
    r"(?:usually\s+|always\s+|often\s+|"
    r"regularly\s+)?(?P<what>snows|rains|pours|floods|freezes|(?:is|'s|are|gets?|hits?|reach(?:es)?|goes|stays?)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:humid|hot|cold|dark|freezing|damp|wet|windy|dry|below|above|over|up to|minus|\d+))\b",
    re.I,
)
"""How the weather is: "it snows", "it's humid", "summers hit 45 degrees", "it's pitch dark by 3pm"."""
_SEASON_EN = (
    r"\b(?:all year(?: round)?|year-round|every (?:winter|summer|year)|in (?:the )?(?:winter|summer)|"
    r"from (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"most of the year|half the year|by \d{1,2} ?(?:am|pm))\b"
)
"""A mark that the weather is how it is there, not today's ("all year round", "in winter", "from
November")."""

_CLIMATE_WORDS = {
    "snow": "snow",
    "rain": "rain",
    "pour": "rain",
    "flood": "flood",
    "freez": "cold",
    "humid": "humid",
    "hot": "hot",
    "cold": "cold",
    "dark": "dark",
    "damp": "damp",
    "wet": "rain",
    "wind": "wind",
    "dry": "dry",
    "minus": "cold",
    "below": "cold",
}
"""The weather a clause names, by a word in it; a heat by degrees ("summers hit 45 degrees") is ``hot``."""


def _climate_en(m: re.Match[str], sentence: str) -> Candidate | None:
    """How the weather is where the user lives: said with a season ("all year round", "in winter") or with
    the place and how often ("It's always windy here"); not the day's ("It's so hot here today!")."""
    regular = re.search(r"\b(?:always|usually|often|never|every)\b", sentence, re.I)
    if not (re.search(_SEASON_EN, sentence, re.I) or (regular and re.search(_WHERE_EN, sentence, re.I))):
        return None
    if re.search(
        r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|yesterday)\b", sentence, re.I
    ):
        return None  # the day's weather, not the place's
    what = m.group("what").lower()
    key = next((v for k, v in _CLIMATE_WORDS.items() if k in what), "hot")
    return _setting(as_said_en(m), f"climate:{key}")


_NET_EN = r"(?:internet|broadband|wi-?fi|connection|signal|reception|data|mobile data|4g|5g)"
_NUMBER_EN = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half a)"

SETTING_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "I'm seven hours behind my family back in Spain", "so I'm usually a day ahead of everyone I work
        # with"
        re.compile(
            r"\b(?:I'm|I am|we're|we are)\s+(?:usually\s+|always\s+|about\s+|roughly\s+|now\s+)?"
            rf"(?P<what>{_NUMBER_EN}\s+(?:hours?\s+(?:ahead|behind)|days?\s+(?:ahead|behind)(?=\s+of\b))"
            # (not work to catch up: "two days behind on my essay", "a day ahead of schedule")
            r"(?!\s+(?:on|with|in)\b|\s+of\s+(?:schedule|plan|time|the deadline))[^,.;!?]*)"
            rf"|\b(?P<gap>{_NUMBER_EN}[- ]hours?\s+time difference)\b",
            re.I,
        ),
        lambda m, s: _setting(
            f"Is {m.group('what').strip()}" if m.group("what") else f"Has a {m.group('gap').lower()}",
            "timezone",
        ),
    ),
    (  # "It snows here from November to April", "It's humid all year round where I live"
        _WEATHER_EN,
        _climate_en,
    ),
    (  # "Our broadband out here is really slow", "My internet cuts out whenever it rains"
        re.compile(
            rf"\b(?:my|our)\s+(?:home\s+|house\s+|flat's\s+)?{_NET_EN}\b[^,.;!?]*?"
            r"\b(?P<what>slow|patchy|unreliable|cuts out|cut out|drops out|keeps dropping|keeps cutting out|"
            r"terrible|awful|rubbish|dreadful|capped|cap|limited)\b",
            re.I,
        ),
        lambda m, s: _setting(
            as_said_en(m),
            "internet:capped" if m.group("what").lower() in ("capped", "cap", "limited") else "internet:slow",
        ),
    ),
    (  # "There's no mobile signal in my flat", "We have no internet at home", "I can only get online at the
        # library"
        re.compile(
            r"\b(?:there's|there is|I have|I've got|we have|we've got|I get|we get|I don't have|"
            r"we don't have|"
            r"I haven't got|we haven't got)\s+(?:no\s+|any\s+)?(?P<what>(?:mobile\s+|phone\s+|cell\s+)?"
            r"(?:signal|reception)|(?:internet|wi-?fi|broadband)(?=\s+(?:at home|in|here|where)))"
            r"|\bI can only (?:get|go) online\b",
            re.I,
        ),
        lambda m, s: _setting(
            as_said_en(m),
            "signal:none"
            if m.group("what") and re.search("signal|reception", m.group("what"), re.I)
            else "internet:none",
        ),
    ),
    (  # "I'm on a pay-as-you-go SIM with 2GB of data a month", "Our home internet has a 50 gig monthly cap"
        re.compile(
            r"\b\d+\s*(?:gb|gig|gigs|gigabytes?|mb)\b[^.!?]*"
            r"\b(?:data|a month|per month|monthly|cap|allowance)\b"
            r"|\bdata (?:cap|allowance|limit)\b",
            re.I,
        ),
        lambda m, s: _setting(as_said_en(m), "internet:capped"),
    ),
    (  # "We get a lot of power cuts in winter", "load-shedding cuts our power", "We're off-grid", "the power
        # and wifi in my dorm go off at 11pm"
        re.compile(
            # (not the one of a day: "Last week, there was a power cut in our area")
            r"\b(?P<what>power cuts|power outages|blackouts|load-?shedding|off-?grid|off the grid"
            r"|(?:power|electricity)\b[^,.;!?]*\b(?:goes off|go off|cuts out|is cut|gets cut))\b",
            re.I,
        ),
        lambda m, s: _setting(
            as_said_en(m), "power:off_grid" if "grid" in m.group("what").lower() else "power:cuts"
        ),
    ),
    (  # "The nearest supermarket is forty minutes' drive away"
        re.compile(
            r"\bthe nearest (?P<what>[\w' -]{2,30}?) (?:is|'s) [^,.;!?]*?\b(?:away|drive|walk|miles?|km|"
            r"kilometres?|kilometers?|minutes?|hours?)\b",
            re.I,
        ),
        lambda m, s: _setting(as_said_en(m), "home:remote"),
    ),
    (  # "We live 2,000 metres up in the mountains", "I live on an island", "We live right by the sea"
        re.compile(
            r"\b(?:I|we)\s+live\s+(?:right\s+|just\s+)?(?P<what>[\d,.]+\s*(?:metres|meters|m|feet|ft)\s+up"
            r"|(?:on|by|near|next to)\s+(?:an?|the)\s+(?:island|sea|coast|beach|seafront))\b",
            re.I,
        ),
        lambda m, s: _setting(
            as_said_en(m),
            "home:altitude"
            if re.match(r"[\d,.]", m.group("what"))
            else "home:island"
            if "island" in m.group("what").lower()
            else "home:by_sea",
        ),
    ),
    (  # "Our tap water is very hard"
        re.compile(r"\b(?:my|our|the)\s+(?:tap\s+)?water\s+(?:here\s+)?(?:is|'s)\s+(?:\w+\s+)?hard\b", re.I),
        lambda m, s: _setting(as_said_en(m), "home:hard_water"),
    ),
]
"""The English rules."""


def as_said_zh(m: re.Match[str]) -> str:
    """The clause as a memory keeps it, in the user's words ("我的手机卡每个月只有两个G的流量" ->
    "手机卡每个月只有两个G的流量")."""
    said = zh_said(m.string)
    return said.removeprefix("的") or said


_PLACE_ZH = (
    r"(?:我们|我|咱们)(?:这里|这边|这儿|那里|那边|那儿|这一带|村|镇|小区|县|老家)"
    r"|我住的地方|我家(?:这边|那边)"
)
"""Where the user lives, said as a place ("我们这边", "我住的地方", "我们村")."""
_SEASON_ZH = r"一年四季|常年|每年|冬天|夏天|春天|秋天|雨季|从[一二三四五六七八九十\d]{1,2}月"
_CLIMATE_ZH = {
    "潮湿": "humid",
    "回南天": "humid",
    "下雪": "snow",
    "多雨": "rain",
    "台风": "wind",
    "风沙": "wind",
    "干燥": "dry",
    "热": "hot",
    "度": "hot",
    "冷": "cold",
    "零下": "cold",
    "天就黑": "dark",
    "天黑": "dark",
    "雾霾": "smog",
}


def _climate_zh(m: re.Match[str], sentence: str) -> Candidate | None:
    if re.search(r"今天|明天|昨天|今晚|这几天|这两天", sentence):
        return None  # the day's weather
    what = m.group("what")
    key = next((v for k, v in _CLIMATE_ZH.items() if k in what), "weather")
    return _setting(as_said_zh(m), f"climate:{key}")


SETTING_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "我在新西兰，比国内早五个小时", "我在美国，跟国内家里差十二个小时", "我们和北京有七个小时的时差"
        re.compile(
            r"(?:比|跟|和|与)[^，。！？；,.!?;]{1,8}?(?:早|晚|差|慢|快)(?:了)?[\d一二两三四五六七八九十半]+个?(?:多)?"
            r"(?:小时|钟头)|时差(?:有|是)?[\d一二两三四五六七八九十半]+个?(?:多)?小时"
            r"|[\d一二两三四五六七八九十半]+个?(?:多)?小时的?时差"
        ),
        lambda m, s: _setting(as_said_zh(m), "timezone"),
    ),
    (  # "我住的地方一年四季都很潮湿", "我们这里从十一月到第二年四月都在下雪",
        # "我在哈尔滨，冬天下午四点天就黑了"
        re.compile(
            rf"(?:{_PLACE_ZH}|{_SEASON_ZH})[^。！？；.!?;]*?"
            r"(?P<what>潮湿|回南天|下雪|多雨|台风|风沙|四十多度|[三四]十(?:多)?度|零下[\d一二三四五六七八九十]+度"
            r"|天就黑|天黑得(?:很|特别)?早|雾霾)"
        ),
        _climate_zh,
    ),
    (  # "我们这里夏天特别热" (how hot or cold the place is, not the user: "我冬天手脚特别冷")
        re.compile(
            rf"(?:{_PLACE_ZH})[^。！？；.!?;]*?(?P<what>(?:很|特别|非常|超级)(?:热|冷|干燥))(?!情|闹|门|心|水)"
        ),
        _climate_zh,
    ),
    (  # "我们这边网速特别慢", "我的手机卡每个月只有两个G的流量", "家里宽带每个月只有五十个G的流量"
        re.compile(
            r"网速(?:特别|很|非常|太|超级)?(?P<slow>慢|差)|网络?(?:信号)?(?:特别|很|非常|太)?(?:差|不稳定)"
            r"|(?P<cap>(?:每个?月|一个月)(?:只有)?[\d一二两三四五六七八九十百]+(?:个)?(?:G|g|M|m|GB|gb)"
            r"(?:的)?流量)"
        ),
        lambda m, s: _setting(as_said_zh(m), "internet:capped" if m.group("cap") else "internet:slow"),
    ),
    (  # "我家里没有手机信号", "我家没有网，只能去图书馆上网", "一下雨我家网络就断"
        re.compile(
            r"(?P<signal>没有?(?:手机)?信号)|(?:家里?|宿舍)(?:没有?网|不通网|没(?:有)?宽带)|只能去[^，。]{1,8}上网"
            r"|(?P<drops>(?:网络?|网|WiFi|wifi)[^，。]{0,3}(?:就|老是|总是|经常)断|断网)"
        ),
        lambda m, s: _setting(
            as_said_zh(m),
            "signal:none" if m.group("signal") else "internet:slow" if m.group("drops") else "internet:none",
        ),
    ),
    (  # "我们村冬天经常停电", "我们这边夏天经常拉闸限电", "我们家是离网的，靠太阳能板供电"
        re.compile(r"(?P<what>停电|拉闸限电|限电|断电|离网)"),
        lambda m, s: _setting(as_said_zh(m), "power:off_grid" if m.group("what") == "离网" else "power:cuts"),
    ),
    (  # "离最近的超市开车要四十分钟"
        re.compile(r"离(?:我家|我们家|家)?最近的[^，。]{1,8}?(?:要|有|得)[^，。]*?(?:分钟|小时|公里|里地)"),
        lambda m, s: _setting(as_said_zh(m), "home:remote"),
    ),
    (  # "我们住在海拔两千多米的山上", "我住在岛上", "我们家就在海边"
        re.compile(r"(?P<what>海拔|住在(?:一个)?(?:小)?岛上|(?:家|住)(?:就)?在海边)"),
        lambda m, s: _setting(
            as_said_zh(m),
            "home:altitude"
            if m.group("what") == "海拔"
            else "home:island"
            if "岛" in m.group("what")
            else "home:by_sea",
        ),
    ),
    (  # "我们这里水质很硬，水壶老结水垢"
        re.compile(r"水质(?:很|特别|非常)?硬|水垢"),
        lambda m, s: _setting(as_said_zh(m), "home:hard_water"),
    ),
]
"""The Chinese rules."""
