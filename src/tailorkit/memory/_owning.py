"""Rules for what the user has, in English and in Chinese: what is in their kitchen ("We've got an air fryer
now", "我有个慢炖锅"), their kit and devices ("I own a paddleboard", "我有台单反"), the memberships and
passes they hold ("I've got a National Trust membership", "我办了地铁月卡", "我有山姆会员卡") and room at
home or away ("We have a spare room with a sofa bed", "我们在海边有套小房子").

Each is a fact of topic ``device:<thing>``, as a phone, a bike or a car already is: what advice can use (a
recipe for the air fryer, a day out the membership covers). Only things a household owns are named, so
that "I have a meeting", "I've got a cold" or "I have an idea" are not read as possessions.
``OWNING_EN`` and ``OWNING_ZH`` are their (pattern, rule) pairs, tried where ``memory._rules_en.EN_RULES``
and ``memory._rules_zh.ZH_RULES`` place them."""

from __future__ import annotations

import re

from tailorkit.memory._living_en import has_no
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, a_or_an, topic_value
from tailorkit.memory._words_en import HOME_KIT_EN

__all__ = ["OWNING_EN", "OWNING_ZH"]

_THINGS_EN = (
    # the kitchen
    r"air ?fryer|slow cooker|pressure cooker|instant pot|bread ?maker|stand mixer|food processor|blender|"
    r"juicer|coffee machine|espresso machine|bean-to-cup machine|rice cooker|wok|pizza oven|barbecue|bbq|"
    r"smoker|sous vide|soda ?stream|ice cream maker|dehydrator|dishwasher|washing machine|tumble dryer|"
    r"chest freezer|induction hob|range cooker|aga|"
    # screens, sound and devices
    r"kindle|e-?reader|ipad|tablet|gaming pc|playstation(?: \d)?|ps[45]|xbox|nintendo switch|games console|"
    r"projector|soundbar|record player|turntable|smart speaker|printer|3d printer|drone|dslr|"
    r"mirrorless camera|film camera|camera|telescope|sewing machine|standing desk|apple watch|fitbit|garmin|"
    r"smartwatch|piano|digital piano|keyboard|drum kit|guitar|violin|ukulele|"
    # kit for getting out and keeping fit
    r"treadmill|exercise bike|peloton|rowing machine|rower|turbo trainer|kettlebells?|dumbbells|"
    r"weights bench|home gym|yoga mat|paddleboard|sup|kayak|canoe|surfboard|wetsuit|skis|snowboard|tent|"
    r"roof box|bike rack|tow bar|dog crate|caravan|motorhome|"
    # room at home and away
    r"trampoline|hot tub|sauna|swimming pool|pool|greenhouse|shed|spare room|guest room|sofa bed|home office|"
    r"holiday home|second home|holiday cottage|beach hut"
)
"""What a household owns, by the names people give it in chat."""
_PASSES_EN = (
    r"(?:national trust|english heritage|rhs|zoo|museum|cinema|unlimited cinema|odeon|cineworld|costco|gym|"
    r"leisure centre|amazon prime|prime|netflix|spotify|disney\+?|apple music|youtube premium|audible|"
    r"clubcard|nectar|boots advantage|family railcard|railcard|senior railcard|two together railcard|"
    r"season ticket|library|oyster|travel|bus)"
    r"(?: family)? (?:membership|account|subscription|card|pass|plan|ticket)s?"
    r"|(?:tesco )?clubcard|railcard|oyster card|library card"
    # (not a club's: "a season ticket at Arsenal" is a team followed)
    r"|season ticket(?! (?:at|for|to) (?-i:[A-Z])(?!\w* station))"
    # a streaming service had, named alone: "We only have Netflix and Disney+"
    r"|netflix|disney\+|disney plus|now tv|sky|britbox|paramount\+|apple tv\+"
)
"""The memberships, subscriptions and passes a user holds ("a National Trust membership", "a railcard")."""


def _device(text: str, key: str) -> Candidate:
    """What the user has, in their words, keyed ``device:<key>`` as a phone, a bike or a car is."""
    return Candidate(text, MemoryKind.FACT, f"device:{key}", importance=0.7)


def _owned_en(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...]:
    """What the user has, in their words ("Has an air fryer", "Has a National Trust membership", "Has
    Netflix"), and what the home lacks said after it ("I've only got an old iPad, no computer")."""
    owned = _owned(m)
    lacks = _AND_NO.match(sentence, m.end())
    return (owned, has_no(lacks.group("kit").lower())) if lacks else owned


_AND_NO = re.compile(rf"[^,;]*[,;]\s*(?:but |and )?no (?P<kit>{HOME_KIT_EN})\b", re.I)
"""What the home lacks, said after what it has ("..., no computer")."""


def _owned(m: re.Match[str]) -> Candidate:
    what = re.sub(r"\s+", " ", m.group("what")).strip()
    thing = m.group("thing") or m.group("pass")
    said = m.group("art")
    article = (
        f"{a_or_an(what)} " if said and said.lower() in ("a", "an") else f"{said.lower()} " if said else ""
    )
    return _device(f"Has {article}{what}", topic_value(thing))


OWNING_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "We've got an air fryer now", "I own a paddleboard", "I keep a set of kettlebells at home"
        re.compile(
            r"^(?:(?:so|and|also|oh|well),? )?(?:I|we)(?:'ve| have)?(?: only| just| also| now| still)?"
            r"(?: got| have| own| keep| share| use| bought)"
            r"(?: (?P<art>a|an|two|some|our own|my own|a set of|a pair of|a couple of))? "
            r"(?P<what>(?:(?!(?:no|any)\b)[\w+'-]+ ){0,2}?"
            rf"(?:(?P<thing>{_THINGS_EN})|(?P<pass>{_PASSES_EN})))\b"
            # (not what it is for or of: "a bike rack" is one thing; "a camera bag" another)
            r"(?! (?:bag|case|cover|charger|lead|cable|stand|battery|strap|lid|repair|appointment|lesson|"
            r"class|booking|meeting|party|load|shortcut|peg|cue|table|ticket)s?\b)",
            re.I,
        ),
        _owned_en,
    ),
    (  # "Our car has a roof box and a bike rack"
        re.compile(
            r"^(?:my|our) (?:car|van|house|flat|garden|kitchen) (?:has|'s got|has got) (?P<art>a|an) "
            rf"(?P<what>(?:[\w'-]+ ){{0,2}}?(?P<thing>{_THINGS_EN}))\b(?P<pass>)",
            re.I,
        ),
        _owned_en,
    ),
    (  # "My only pan is a wok": what the kitchen has, and no more
        re.compile(
            r"^(?:my|our) only (?:pan|appliance|gadget|device) is (?:a|an) "
            rf"(?P<what>(?P<thing>{_THINGS_EN}))\b",
            re.I,
        ),
        lambda m, s: _device(
            f"Has only {a_or_an(m.group('what'))} {m.group('what').lower()}", topic_value(m.group("thing"))
        ),
    ),
]
"""The English rules."""


_THINGS_ZH = (
    r"空气炸锅|电磁炉|燃气灶|慢炖锅|电炖锅|高压锅|电压力锅|面包机|厨师机|料理机|破壁机|榨汁机|咖啡机|豆浆机|"
    r"电饭煲|炒锅|烤箱|披萨炉|烧烤炉|洗碗机|烘干机|Kindle|kindle|电子书阅读器|iPad|ipad|平板|游戏机|"
    r"Switch|switch|PS5|ps5|Xbox|xbox|投影仪|音响|回音壁|黑胶唱机|打印机|3D打印机|无人机|单反|微单|相机|"
    r"天文望远镜|望远镜|缝纫机|升降桌|苹果手表|智能手表|运动手表|手环|钢琴|电钢琴|电子琴|架子鼓|吉他|"
    r"小提琴|尤克里里|跑步机|动感单车|划船机|骑行台|壶铃|哑铃|瑜伽垫|桨板|皮划艇|冲浪板|滑雪板|帐篷|"
    r"车顶箱|自行车架|狗笼|房车|蹦床|按摩浴缸|桑拿房|泳池|游泳池|温室|工具房|客房|沙发床|书房|菜地|小院|"
    r"度假屋|海边的房子|小房子|房子|公路车|山地车"
)
"""What a household owns, as a Chinese speaker names it."""
_PASSES_ZH = r"[\u4e00-\u9fffA-Za-z]{1,6}?(?:会员卡|会员|年卡|月卡|季卡|借书证|会籍|通票)"
"""The memberships and passes a Chinese speaker holds ("山姆会员卡", "公园年卡", "地铁月卡",
"京东Plus会员")."""


OWNING_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "我们家现在有台空气炸锅", "我有台单反，两个镜头", "我阁楼上有台天文望远镜", "我们在海边有套小房子"
        re.compile(
            # where it is: a room, a place ("在海边", "阁楼上", "车库里", "离家两条街"), not who
            # ("我女儿…有钢琴课")
            r"^我(?:们|们家|家)?(?:现在|也|还|自己|刚)?(?:的)?"
            r"(?P<where>(?:在)?[^，。！？；,.!?;有]{0,6}?(?:里|上|边|下)"
            r"|客厅|卧室|厨房|院子|后院|车库|阳台|书房|离[^，。！？；,.!?;有]{1,6}|生日)?(?:都|也|还|就|只)?"
            # (not what it has not: "但没有烘干机")
            r"(?<![没不])(?:有|买了|添了|收到了|入了|(?<=厨房)是)(?:一|两|几)?"
            r"(?:台|个|口|辆|块|套|张|间|把|副|架|只)?"
            rf"(?P<what>(?:[\u4e00-\u9fff]{{0,3}}?)(?P<thing>{_THINGS_ZH}))(?!课|班|老师|考试|比赛)"
        ),
        lambda m, s: _device(f"有{m.group('what')}", m.group("thing").lower()),
    ),
    (  # "我办了公园年卡", "我有山姆会员卡", "我们家用的是网易云音乐家庭会员", "我有图书馆的借书证"
        re.compile(
            r"^我(?:们|们家|家)?(?:现在|也|还)?(?:在[^，。！？；,.!?;]{1,8}?)?(?:只|就)?"
            r"(?<![没不])(?:办了|有|开了|用的是|买了)(?:一张|张|个)?"
            rf"(?P<what>[\u4e00-\u9fffA-Za-z]{{0,8}}?的?(?P<pass>{_PASSES_ZH}|卡))(?=$|[，。！？；,.!?;])"
        ),
        lambda m, s: _device(
            re.sub(r"^我(?:们家|们|家)?", "", m.group(0)), re.sub(r"^[^的]*的", "", m.group("what"))
        ),
    ),
    (  # "我现在看书都用Kindle", "我在家用升降桌办公", "我戴苹果手表"
        re.compile(
            r"^我(?:现在|平时|一直|在家)?(?:[\u4e00-\u9fff]{1,4}都)?(?:用|戴)"
            # (not how the user reads: "我现在基本都用Kindle看书" is that)
            rf"(?P<what>(?P<thing>{_THINGS_ZH}))(?!看|听|读)"
        ),
        lambda m, s: _device(f"有{m.group('what')}", m.group("thing").lower()),
    ),
    (  # "我电脑装的是Linux系统", "我手机是华为的", "我的笔记本是学校发的MacBook": the device by its make
        re.compile(
            r"^我(?:的)?(?P<kind>电脑|笔记本|手机|平板)(?:装的|用的)?是(?P<what>[^，。！？；,.!?;]{0,10}?"
            r"(?:Linux|linux|Windows|windows|Mac|mac|苹果|华为|小米|安卓|鸿蒙|iPhone|iphone|三星|OPPO|vivo|"
            r"荣耀|Chromebook|联想|戴尔)[^，。！？；,.!?;]{0,6}?)(?:系统|的)?(?:[。！!.]|$)"
        ),
        lambda m, s: _device(f"{m.group('kind')}是{m.group('what')}", m.group("kind")),
    ),
    (  # "我家就一口炒锅": what the kitchen has, and no more
        re.compile(rf"^我(?:们)?家(?:里)?(?:就|只有)(?P<one>一口|一个|一台)(?P<thing>{_THINGS_ZH})"),
        lambda m, s: _device(f"只有{m.group('one')}{m.group('thing')}", m.group("thing")),
    ),
]
"""The Chinese rules."""
