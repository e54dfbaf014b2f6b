"""Chinese rules for what the user lives with: conditions ("我有哮喘"), the state of their body
("膝盖不好", "血压偏高"), operations and injuries ("膝盖刚做完手术", "韧带撕裂"), travel sickness and aids
("晕车", "坐轮椅"), animals of the household ("领养了一只灵缇犬"), races they train for, what they cannot
do ("不会游泳"), fears ("我最怕蜘蛛"), diets ("生酮饮食"), and their home, devices, studies and work
("房东不让养宠物", "我的手机是老款苹果8", "在读博士", "退休了"). ``LIVING_ZH`` is their (pattern, rule)
pairs, tried together among ``memory._rules_zh.ZH_RULES``."""

from __future__ import annotations

import re

from tailorkit.memory._household import HOUSEHOLD_ZH
from tailorkit.memory._learning import LEARNING_ZH
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import (
    BUSY_WHEN_ZH,
    NOT_FREE_ZH,
    Rule,
    diet_topic,
    fear_fact,
    health_fact,
    kept_from,
    sensitive_fact,
    topic_value,
)
from tailorkit.memory._skills import SKILLS_ZH
from tailorkit.memory._words_zh import (
    ZH_CONDITIONS,
    ZH_DAYS,
    ZH_RELATIONS,
    zh_clean,
    zh_fact,
    zh_limit,
    zh_object,
    zh_said,
)

__all__ = ["LIVING_ZH"]


_AGO_ZH = r"(?:[一二三四五六七八九十两几半\d]+(?:个月|周|个?星期|天)前|上个月|上周|前几天|去年)"
"""How long ago something was, said before it ("两个月前剖腹产", "上个月刚生了宝宝")."""
_ZH_WHEN = re.compile(
    r"^(?:[一二三四五六七八九十两几半\d]+(?:年|个月|天|周|个?星期)前|去年|前年|上个月|上周|最近|刚)"
)
"""When something was done, said before what it was done to ("两年前做了胃旁路手术")."""


def _brought_on(m: re.Match[str]) -> Candidate:
    """What brings something on, in the user's words ("字幕一多眼睛就酸", "天一冷哮喘就容易犯"), keyed by
    what it is (字幕; 天冷: one character says little alone)."""
    said = re.sub(r"我的?", "", zh_clean(m.group(0)))
    # the weather, the air, what is around say what of them only with how they are ("天气一潮湿": 天气潮湿)
    obj = m.group("obj")
    what = obj + (m.group("how") if len(obj) == 1 or obj in ("天气", "空气", "周围", "环境") else "")
    return sensitive_fact(said, what)


def _zh_body(m: re.Match[str]) -> Candidate:
    """Travel sickness ("晕车", "坐大巴容易晕": 晕大巴) or a mobility aid ("坐轮椅")."""
    if m.group("aid"):  # (glasses are worn: "戴隐形眼镜")
        worn = "戴" if m.group("aid").endswith("眼镜") else "有" if m.group("aid").endswith("证") else "用"
        return health_fact(f"{worn}{m.group('aid')}", m.group("aid"))
    sick = m.group("sick") or f"晕{m.group('on') or m.group('on2') or m.group('on3')}"
    return sensitive_fact(sick, sick)


def _lacks_zh(obj: str, said: str) -> Candidate:
    """What the household has not got, in the user's words ("家里没有电梯", "没有驾照"), keyed by it."""
    return Candidate(said, MemoryKind.FACT, f"household:no_{obj}", importance=0.7)


def _zh_fear(obj: str | None) -> Candidate | None:
    obj = zh_object(obj)
    if not obj:
        return None
    return fear_fact(f"怕{obj}", obj)


def _busy_zh(said: str) -> Candidate:
    """When the user is not free, in their words ("周末基本没时间", "三点以后就走不开了")."""
    return Candidate(said, MemoryKind.FACT, "schedule:busy", importance=0.7)


_READING_ZH = r"\d{2,3}/\d{2,3}|\d{1,3}(?:\.\d{1,2})?(?:mmol/L|mmol|次/分|%)?"
"""A level's reading ("145/92", "7.1mmol/L", "72")."""


def _pastime_zh(verb: str, obj: str, own: bool) -> Candidate:
    """A pastime as a memory keeps it: "收藏黑胶唱片", "自己种菜" (made by the user themselves, said so)."""
    said = f"自己{verb}{obj}" if own else f"{verb}{obj}"
    return Candidate(said, MemoryKind.PREFERENCE, f"likes:{topic_value(said)}")


_MAKES_ZH = (
    r"丰田|本田|大众|特斯拉|比亚迪|宝马|奔驰|奥迪|日产|马自达|福特|别克|雪佛兰|现代|起亚|吉利|长城|哈弗|蔚来|小鹏|"
    r"理想|五菱|沃尔沃|保时捷|路虎|雷克萨斯|斯柯达|标致|雪铁龙|长安|奇瑞|红旗|问界|极氪|小米"
)
"""Car makes a Chinese speaker names ("我开的是特斯拉"; not "我开的是网店")."""


_NOT_AT_HOME_ZH = frozenset({"智能手机", "电脑", "信用卡", "护照"})
"""What the user lacks that is theirs, not the home's ("没有护照", not "家里没有护照")."""


LIVING_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "我们家初一十五吃素", "我周一不吃肉": a diet kept on some days, not every day
        re.compile(
            r"^(?:我(?:们家|家|们)?)?(?:每逢|每个?月的?|每)?(?P<when>初一(?:和|、)?十五|(?:周|星期|礼拜)[一二三四五六日天]"
            r"(?:(?:和|、)(?:周|星期|礼拜)?[一二三四五六日天])?)(?:全家|我们|一家人)?(?:都)?(?:吃素|吃斋|不吃肉|不吃荤)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "habit:吃素", importance=0.7),
    ),
    (  # "我晚上十一点以后才吃晚饭", "我一般凌晨一点才睡": how late the user does what a day has (a
        # coach's walk kept the words only: no time word such as 每天 said it is a habit, 才 does)
        re.compile(
            r"^我(?:平时|一般|通常|基本上?|往往)?(?P<when>(?:早上|上午|中午|下午|晚上|半夜|凌晨)?[一二三四五六七八九十两\d]{1,3}点"
            r"(?:半|多|钟)?(?:以后|之后|左右)?|很晚|半夜|下午)(?:才|才能)(?P<do>吃(?:早|午|晚)?饭|吃(?:早|午|晚)餐|睡觉?|下班|"
            r"到家|回家|起床|吃东西)(?=[了的]*(?:[，。！？；,.!?;]|$))"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.FACT, f"habit:{m.group('do').removesuffix('觉')}", importance=0.7
        ),
    ),
    (  # "我坐飞机很紧张", "我开车会心慌": what the user does in fear
        re.compile(
            r"^我(?:一)?(?P<act>坐飞机|坐船|开车|开高速|上台|当众讲话|打电话|说英语|见生人|去医院|看牙医|坐电梯)"
            r"(?:的时候|时)?(?:会|就|都|总是|总|特别|很|非常|有点儿?|比较)*(?:紧张|害怕|发慌|心慌|焦虑|发抖)"
        ),
        lambda m, s: fear_fact(zh_said(m.group(0)), m.group("act")),
    ),
    (  # "我们住在一条很吵的大马路边", "我家没地方停车": where the home is, and what it lacks
        re.compile(
            r"^我(?:们|家)?住在(?P<where>[^，。！？；,.!?;]{0,12}?(?:马路边|路边|大街边?上?|闹市区?|高架(?:旁|边)|铁路边|"
            r"机场附近|市中心))"
            r"|^我(?:们|家)?(?P<park>没(?:有)?(?:地方|车位|停车位)停车|停车(?:不方便|很难|特别难))"
        ),
        lambda m, s: Candidate(
            re.sub(r"^我(?:们|家)?", "", m.group(0)),
            MemoryKind.FACT,
            "housing:street" if m.group("where") else "housing:parking",
            importance=0.7,
        ),
    ),
    (  # "我在上夜校", "我在上老年大学": learning beside the rest of life
        re.compile(r"^我(?:现在|最近)?(?:在|正在)上(?P<s>夜校|夜大|网课|函授|成人大学|老年大学|培训班|电大)"),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.FACT, f"learning:{m.group('s')}", importance=0.7
        ),
    ),
    (  # "(我在仓库做拣货员，)一个班要走两万步": how much of a working day is on foot
        re.compile(
            r"^我?(?:一个班|每个班|上班(?:一天)?)(?:都|要|得|基本上?|一般|差不多|至少)*(?:走|站)"
            r"(?:上)?(?:[一二三四五六七八九十两\d]+[万千]?(?:多)?步)"
        ),
        lambda m, s: Candidate(
            m.group(0).removeprefix("我"), MemoryKind.FACT, "work:standing", importance=0.7
        ),
    ),
    (  # "我每天坐十个小时", "我上班一站就是一整天": a day spent sitting or standing (not 坐火车)
        re.compile(
            r"^我(?P<when>每天|一天|平时|上班)(?:都|要|得|基本上?|一般|差不多)*(?:一)?(?P<how>坐|站)(?:着|就是)?"
            r"(?P<long>[一二三四五六七八九十两\d]{1,3}个?多?半?小时|一整天|一天)(?=$|[，。！？；,.!?;])"
            # "我整天坐在办公桌前"
            r"|^我(?:每天|平时|上班)?(?:都|基本上?)?(?:整天|一整天)(?:都)?(?P<how2>坐)在(?:办公桌|电脑|桌子|工位)(?:前|旁|边)"
        ),
        lambda m, s: Candidate(
            m.group(0)[1:],
            MemoryKind.FACT,
            "work:sitting" if "坐" in (m.group("how"), m.group("how2")) else "work:standing",
            importance=0.7,
        ),
    ),
    (  # "(我家有个刚满月的宝宝，所以)不要有香味的": what a product must not have
        re.compile(
            r"^我?(?:都|也|就|最好|千万)?(?:不要|不能|别)(?:有|带|含)(?P<obj>香味|香精|香料|酒精|荧光剂|甲醛|防腐剂|色素|"
            r"塑化剂|添加剂|糖|咖啡因|[\u4e00-\u9fff]{1,3}味)的"
            # "(推荐个甜点，)不要巧克力的，我吃了会偏头痛", "不要有字幕的，我都是边做饭边看": what a thing
            # asked for must not be (not "不要紧的", "别客气的"; nor "不要太贵的", a bound)
            r"|^(?:不要|别)(?:有|带|含|加|放)?"
            r"(?P<kind>(?!太|紧|怕|急|着急|担心|客气|生气|难过|忘|管|理|说|想|再|乱|随便|这|那|我|你|他|她)"
            r"[\u4e00-\u9fff]{1,5}?)的(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: kept_from(re.sub("^我", "", m.group(0)), "avoids", m.group("obj") or m.group("kind")),
    ),
    (  # "我不太能吃辣", "我自己不怎么能喝酒": what the user takes only a little of
        re.compile(
            r"^我(?:自己)?(?:不太|不怎么|不是很|不大|不是太)能(?P<verb>吃|喝)(?P<obj>[^，。！？；,.!?;的]{1,6})"
        ),
        lambda m, s: zh_limit(m.group("obj"), f"不太能{m.group('verb')}" + "{}", "limits"),
    ),
    (  # "在吵的地方我听不清别人说话", "人多的时候我就听不见": where the user cannot make things out
        re.compile(
            r"^(?:在)?(?!我)(?P<where>[\u4e00-\u9fff]{1,6}?的地方|[\u4e00-\u9fff]{1,4}?的时候|嘈杂的环境(?:里|中)?)我?"
            r"(?:就|都|总是|经常|老是|根本)*(?P<what>听不清|听不见|看不清|看不见)(?P<obj>[^，。！？；,.!?;]{0,8})"
        ),
        lambda m, s: sensitive_fact(
            ("" if m.group("where").endswith("时候") else "在") + "".join(m.group("where", "what", "obj")),
            m.group("where"),
        ),
    ),
    (  # "我想看点英文原声的", "(最近在学英语，)想看些轻松的": what the user wants to watch or read now
        re.compile(
            r"^(?:我(?:最近|现在|平时|平常|周末|晚上)?|(?=只|就))(?:就|只|也|都)*(?:想|想要|希望)(?P<verb>看|读|听)"
            r"(?:点|些|一些)?(?P<obj>[\u4e00-\u9fff]{2,8}?)的(?:电影|片子|剧|书)?[。！!.]?$"
        ),
        lambda m, s: Candidate(
            f"想{m.group('verb')}{m.group('obj')}的",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('obj'))}",
            importance=0.6,
        ),
    ),
    (  # "我是你们的会员", "我是金卡会员", "我办了年卡": a membership the user holds
        re.compile(
            # ("我是Plus会员": the scheme as the shop names it)
            r"^我(?:是|也是|一直是)(?:你们|贵店|你们家)?(?:的)?"
            r"(?P<what>(?:[\u4e00-\u9fff]{0,4}?|[A-Za-z]{1,10} ?)会员)(?:了)?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate(f"是{m.group('what')}", MemoryKind.FACT, "membership", importance=0.7),
    ),
    (  # "我口吃", "我有点结巴": a condition said as what the user does
        re.compile(r"^我(?:有|一直|从小|有点儿?|说话)*(?:口吃|结巴)"),
        lambda m, s: health_fact("口吃", "口吃"),
    ),
    (  # "我打电话很吃力" (and "我口吃，打电话很吃力"), "数学对我来说很难", "打电话太痛苦了": what is hard
        re.compile(
            rf"^(?:我(?!(?:的|家)?(?:{ZH_RELATIONS}|对象))|(?=[\u4e00-\u9fff]{{2,6}}?对我))"
            r"(?P<obj>(?!这|那|生活|日子|工作|一切|什么|最近|现在|今天|昨天|这几天|这段时间|心里|真的)(?:(?!了)[\u4e00-\u9fff]){2,6}?)"
            r"(?:对我来说|对我)?(?:一直|真的|都|也)*"
            r"(?:很|特别|非常|比较|有点儿?|太)(?:吃力|费劲|困难|难|痛苦)(?=[了啊呀]*(?:[，。！？；,.!?;]|$))"
        ),
        lambda m, s: Candidate(
            re.sub("对我来说|对我|^我", "", zh_said(m.group(0))),
            MemoryKind.FACT,
            f"weak:{topic_value(m.group('obj'))}",
            importance=0.6,
        ),
    ),
    (  # "我们家只有一辆车": the car is not always there
        re.compile(r"^我(?:们)?家(?:里)?(?:就|只)(?:有)?一辆车"),
        lambda m, s: Candidate("家里只有一辆车", MemoryKind.FACT, "household:one_car", importance=0.7),
    ),
    (  # "我打零工", "我收入不稳定", "收入时有时无": what the user can spend is not steady
        re.compile(
            r"^我?(?:现在|目前|一直|平时)?(?:(?P<odd>打零工|做零工|打散工|没有固定工作|没固定工作)"
            r"|(?:的)?收入(?:很|特别|一直|也)?(?:不稳定|时有时无|忽高忽低|没保障))"
        ),
        lambda m, s: (
            Candidate("打零工", MemoryKind.FACT, "work:零工", importance=0.7)
            if m.group("odd")
            else Candidate("收入不稳定", MemoryKind.FACT, "budget:income", importance=0.7)
        ),
    ),
    (  # "我们的宝宝六月出生", "预产期是三月": a baby on the way
        re.compile(
            r"^(?:我们?的?)?(?:宝宝|孩子|小孩)(?:预计|预产期在|将在|会在)?(?P<when>[一二三四五六七八九十\d]{1,2}月(?:份|底|初)?|年底|明年|"
            r"下个月|春天|夏天|秋天|冬天)(?:就)?(?:要)?出生(?!了)|^我?(?:的)?预产期(?:是|在)(?P<w2>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: Candidate(
            f"宝宝{m.group('when') or m.group('w2')}出生", MemoryKind.FACT, "relation:baby", importance=0.7
        ),
    ),
    (  # "我五月做了髋关节置换", "我去年做了心脏搭桥": an operation named by what was done
        re.compile(
            r"^我(?:[^，。！？；,.!?;做]{0,6}?)(?:做了?|动了?)(?:个|一个|一次)?(?P<what>[\u4e00-\u9fff]{1,8}?(?:置换|移植|切除|"
            r"修复|重建|搭桥|支架))(?:手术)?"
        ),
        lambda m, s: health_fact(re.sub("^我", "", zh_said(m.group(0))), m.group("what")),
    ),
    (  # "我穿羊毛会起疹子", "我一碰猫就打喷嚏": what brings a reaction on
        re.compile(
            r"^我(?:下午|晚上|睡前|早上|中午|空腹)?(?:一|只要)?(?P<verb>穿|戴|碰|摸|用|闻到?|吃|喝)(?:了)?"
            r"(?P<obj>(?!了)[^，。！？；,.!?;就会都]{1,6})(?:就|会|都|就会)+"
            r"(?:起疹子|长疹子|起红疹|痒|发痒|打喷嚏|流鼻涕|长痘|头疼|头痛|拉肚子|胃疼|胃痛|恶心|想吐|咳嗽|宿醉|心慌|心悸|"
            r"失眠|睡不着)"
        ),
        # "我喝一杯红酒都会宿醉": what is had, not how much
        lambda m, s: sensitive_fact(
            re.sub("^我", "", zh_said(m.group(0))), re.sub("^[一半两][杯口点块片勺瓶罐]", "", m.group("obj"))
        ),
    ),
    (  # "我家住四楼", "我们住在顶楼": the floor of the user's home, what a delivery has to allow for
        re.compile(
            r"^我(?:们)?家?(?:现在)?(?:住在?|在)(?P<floor>[一二三四五六七八九十两\d]{1,3}|顶)(?:楼|层)(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate(f"住{m.group('floor')}楼", MemoryKind.FACT, "housing:floor", importance=0.7),
    ),
    (  # "我家用的是化粪池", "我们家是井水": what the home runs on
        re.compile(r"^我(?:们)?家(?:里)?(?:用的)?是(?P<on>化粪池|井水|自来水|太阳能|燃气热水器|电热水器)"),
        lambda m, s: Candidate(
            f"家里用的是{m.group('on')}", MemoryKind.FACT, f"housing:{m.group('on')}", importance=0.7
        ),
    ),
    (  # "很多清洁剂不能用", "我不能用含香精的洗衣液": products kept out
        re.compile(
            r"(?:^|[，,])(?:我们?|家里)?(?:很多|一些|大部分|任何|有些)?(?P<obj>[\u4e00-\u9fff]{0,8}?(?:清洁剂|洗涤剂|洗衣液|"
            r"洗衣粉|消毒液|漂白剂|化学品|香水|化妆品|护肤品|染发剂|洗发水|沐浴露|杀虫剂|除草剂|香薰))(?:都|也)?不能用"
            r"|^(?:我们?|家里)?(?:都|也)?不能用(?P<o2>[\u4e00-\u9fff]{0,8}?(?:清洁剂|洗涤剂|洗衣液|洗衣粉|消毒液|漂白剂|"
            r"化学品|香水|化妆品|护肤品|染发剂|洗发水|沐浴露|杀虫剂|除草剂|香薰))"
        ),
        lambda m, s: kept_from(
            f"不能用{zh_clean(m.group('obj') or m.group('o2'))}",
            "avoids",
            zh_clean(m.group("obj") or m.group("o2")),
        ),
    ),
    (  # "我们有房贷", "房子是我们自己的": the home is theirs
        re.compile(
            r"^我(?:们|们家|家)?(?:有|在还|每月还)房贷|^(?:我们?的?)?房子是(?:我们?)?自己(?:买)?的|^我(?:们)?(?:家)?有自己的房子"
        ),
        lambda m, s: Candidate("自己有房", MemoryKind.FACT, "housing:own", importance=0.6),
    ),
    (  # "我是租的房子", "我租房住"
        re.compile(
            r"我(?:们)?(?:是|现在|一直)?(?:租的房子?|租房(?:子)?住|在租房|住的是租的|租房(?=$|[，。！？；,.!?;]))"
        ),
        lambda m, s: Candidate("租房住", MemoryKind.FACT, "housing:rent", importance=0.6),
    ),
    (  # "我们家房子特别小，就一个房间", "我住的地方很小": a home with little room
        re.compile(
            r"我(?:们)?(?:家|住的(?:地方|房子)|租的房子?)(?:的)?(?P<home>房子|房间|厨房|客厅|卧室|院子|阳台)?"
            r"(?:特别|很|非常|比较|太|超级?|挺|有点)(?:小|挤)(?=[，。！？；,.!?;了]|$)"
        ),
        lambda m, s: Candidate(
            re.sub(r"^我们?(?:家(?=房子|房间|厨房|客厅|卧室|院子|阳台))?", "", zh_clean(m.group(0))),
            MemoryKind.FACT,
            f"housing:small_{m.group('home') or '房子'}",
            importance=0.7,
        ),
    ),
    (  # "我冰箱冷冻室特别小，就一格", "我家烤箱很小": the kitchen advice must make do with
        re.compile(
            r"^我(?:们)?(?:家(?:里)?|宿舍|租的房子?)?(?:的)?(?P<kit>(?:冰箱)?(?:冷冻室|冷冻层|冷藏室)|冰箱|烤箱|微波炉|"
            r"灶台|锅)(?:的)?(?:空间)?(?:特别|很|非常|比较|太|超级?|挺|有点)(?:小|挤)(?=[，。！？；,.!?;了]|$)"
        ),
        lambda m, s: Candidate(
            re.sub(r"^我们?(?:家里?)?", "", zh_clean(m.group(0))),
            MemoryKind.FACT,
            "household:kitchen",
            importance=0.7,
        ),
    ),
    (  # "我大部分时候七点才下班", "我一般早上八点上班": the working day's ends (not "我今天七点下班")
        re.compile(
            r"^我(?:每天|平时|平常|一般|通常|大部分时候|大多数时候|基本上?|经常|总是|工作日|都)+"
            r"(?:早上|晚上|下午|上午|中午)?[一二三四五六七八九十\d]{1,3}点(?:半|多|左右)?(?:才|就|都)?(?P<what>下班|上班|收工)"
            r"(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate(
            re.sub("^我", "", zh_said(m.group(0))),
            MemoryKind.FACT,
            "work:start" if m.group("what") == "上班" else "work:end",
            importance=0.6,
        ),
    ),
    (  # "我每周要出差三个晚上", "我经常出差": nights the user is not at home
        re.compile(
            r"^我(?:每周|每个?月|一个月|一年|经常|常常|老是|总是|时不时)(?:都)?(?:要|得)?出差(?:[^，。！？；,.!?;]{0,8})"
        ),
        lambda m, s: Candidate(
            re.sub("^我", "", zh_said(m.group(0))), MemoryKind.FACT, "work:travel", importance=0.6
        ),
    ),
    (  # "(我在饭店打工，)每周发现金", "我工资月结": how the user's pay comes in
        re.compile(
            r"^我?(?:的)?(?:工资|薪水)?(?:是|都是)?(?:每周|每两周|每个?月|每天|按周|按月|按天|按小时)(?:发|结|付)(?:一次)?"
            r"(?:工资|现金|薪水)?(?=[，。！？；,.!?;]|$)|^我?(?:的)?(?:工资|薪水)(?:是)?(?:日结|周结|月结)"
        ),
        lambda m, s: Candidate(
            re.sub("^我的?", "", zh_said(m.group(0))), MemoryKind.FACT, "work:pay", importance=0.6
        ),
    ),
    (  # "我要从护士转行做软件测试", "我在转行": a change of career under way
        re.compile(
            r"^我(?:现在|最近|正在|在|要|准备|打算|想|刚|已经)*(?:从(?P<from>[^，。！？；,.!?;]{1,8}?))?转行"
            r"(?:做|到|去|当|成)?(?P<to>[^，。！？；,.!?;了]{1,10})?"
        ),
        lambda m, s: Candidate(
            re.sub("^我", "", zh_said(m.group(0))),
            MemoryKind.EVENT,
            f"goal:转行{m.group('to') or ''}",
            importance=0.7,
        ),
    ),
    (  # "我是电脑小白": explanations kept plain (as "我不太懂技术", read where what is not understood is)
        re.compile(r"^我(?:是|就是)?(?:个|一个)?(?:电脑|技术|科技|数码)(?:小白|白痴|盲)"),
        lambda m, s: Candidate(
            re.sub("^我", "", zh_said(m.group(0))), MemoryKind.FACT, "weak:tech", importance=0.7
        ),
    ),
    (  # "有电梯很重要", "离地铁近对我来说最重要": what a choice must have
        re.compile(
            r"^(?:我们?)?(?:对我(?:们)?来说)?，?(?!有(?:一?[件个些点])?(?:事|东西|话|问题))"
            r"(?P<what>(?:有|能有|离|靠近|带)[^，。！？；,.!?;]{1,8}?)(?:对我(?:们)?来说)?"
            r"(?:很|特别|非常|最|真的|挺)重要"
        ),
        lambda m, s: Candidate(
            re.sub("^我们?", "", zh_said(m.group(0))),
            MemoryKind.PREFERENCE,
            f"needs:{topic_value(re.sub('^(?:有|能有)', '', m.group('what')))}",
            importance=0.7,
        ),
    ),
    (  # "我们带着一岁多的孩子和婴儿车": a child the trip or the outing must allow for
        re.compile(
            r"^我们?(?:这次|出门|出去|旅行|旅游|都|每次)*(?:要|会|得)?带着(?P<kid>[一两二三四五六七八九十\d]+(?:岁|个月)(?:多|半)?的?"
            r"(?:孩子|宝宝|儿子|女儿|娃|双胞胎|小孩))"
        ),
        lambda m, s: Candidate(f"带着{m.group('kid')}", MemoryKind.FACT, "family:children", importance=0.7),
    ),
    (  # "我主要给自己的B站账号剪视频", "我有个小红书账号": what the user makes and runs
        re.compile(
            r"^我(?:主要|平时|一般|业余|周末)*(?:在)?给自己?的?(?P<what>B站|b站|抖音|小红书|快手|视频号|YouTube|油管|公众号|"
            r"播客|博客|淘宝店)(?:账号|频道|号)?(?:剪|拍|做|写|更新|录)[^，。！？；,.!?;]{0,6}"
            r"|^我(?:自己)?(?:有|开了|做了|在做)(?:个|一个)(?P<w2>B站|b站|抖音|小红书|快手|视频号|YouTube|油管|公众号|播客|博客|"
            r"淘宝店)(?:账号|频道|号)?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate(
            re.sub("^我", "", zh_said(m.group(0))),
            MemoryKind.FACT,
            f"project:{(m.group('what') or m.group('w2')).lower()}",
            importance=0.6,
        ),
    ),
    (  # "我游泳不太行": what the user is not good at (not "(我开的是电车，)续航不太行", the car's)
        re.compile(
            r"^我(?:的)?(?P<obj>[\u4e00-\u9fff]{1,6}?)(?:真的|实在)?(?:不太行|不怎么行)(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: zh_fact(m.group("obj"), "{}不太行", "weak"),
    ),
    (  # "我现在算是待业", "我失业了": no job now
        re.compile(
            r"^我(?:现在|目前|暂时)?(?:是|在)?(?P<what>待业|失业|没工作|没有工作|无业|在找工作|找工作中)(?:了|中)?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate(m.group("what"), MemoryKind.FACT, "work:status", importance=0.7),
    ),
    (  # "我膝盖不如以前了", "心脏不如以前了": what the body does less well now
        re.compile(
            r"^我?(?:的)?(?P<part>膝盖|腰|腿|眼睛|眼神|心脏|身体|记性|体力|肩膀|颈椎|腰椎|髋关节|听力|视力)(?:已经|现在|真的)?"
            r"(?:大)?不(?:如|比)以前了?"
        ),
        lambda m, s: health_fact(re.sub("^我的?", "", zh_said(m.group(0))), m.group("part")),
    ),
    (  # "人多的地方我有点发怵", "餐厅里音乐太吵我就吃不下去": what the user cannot take
        re.compile(
            # (what the user cannot stand, "薄荷味我受不了", is a dislike, read where that is)
            r"^(?P<obj>[^，。！？；,.!?;我]{2,10}?)我(?:就|都|会|总|总是)*(?P<how>发怵|犯怵|发慌|害怕|吃不下去?|待不住)"
        ),
        lambda m, s: sensitive_fact(re.sub("我", "", zh_said(m.group(0))), m.group("obj")),
    ),
    (  # "我不太敢上高速", "我不敢坐电梯": what the user shies from doing (not "我不敢相信")
        re.compile(
            r"^我(?:一直|还是|现在)?(?:不太|不怎么|不大|不)敢(?P<act>(?!相信|想象|想|说|问|保证|肯定|确定|奢望|告诉)"
            r"[\u4e00-\u9fff]{1,6})(?=[，。！？；,.!?;了]|$)"
        ),
        lambda m, s: fear_fact(re.sub("^我", "", zh_said(m.group(0))), m.group("act")),
    ),
    (  # "(我有点挑食，)大部分蔬菜都不爱吃": what is not eaten, said first
        re.compile(
            r"^我?(?P<obj>(?:大部分|很多|大多数|一般的|好多)[\u4e00-\u9fff]{1,6}?)(?:我)?(?:都|也|基本)*(?:不爱吃|不喜欢吃|不吃)"
            r"(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: zh_limit(m.group("obj"), "{}都不爱吃", "avoids"),
    ),
    (  # "我不太想做太剧烈的运动": what the user would rather not do
        re.compile(
            r"^我(?:现在|暂时)?(?:不想|不愿意|不太想|不太愿意)(?:做|进行|参加)(?P<obj>[^，。！？；,.!?;]{2,10})"
        ),
        lambda m, s: zh_limit(m.group("obj"), "不想做{}", "avoids"),
    ),
    (  # "我们上个月把有线电视换成了视频会员", "我上班换成了站立办公桌": what is used now
        re.compile(
            r"^我(?:们)?(?:(?:[^，。！？；,.!?;把]{0,6})把(?P<from>[^，。！？；,.!?;]{2,8}?)换成了?|(?:上班|在家|平时)?换成了)"
            r"(?P<to>[^，。！？；,.!?;了]{2,10})"
        ),
        lambda m, s: Candidate(
            f"把{m.group('from')}换成了{m.group('to')}" if m.group("from") else f"换成了{m.group('to')}",
            MemoryKind.PREFERENCE,
            f"uses:{m.group('to')}",
            importance=0.7,
        ),
    ),
    (  # "我们换了个小两居", "我们刚搬进了一套两居室": the home now
        re.compile(
            r"^我(?:们)?(?:刚|最近|去年|已经)?(?:换了|搬进了?|住进了?|搬到了?)(?:个|一个|一套|套)?(?P<home>(?:小|大)?"
            r"(?:一居|两居|三居|四居|一室一厅|两室一厅|三室一厅|单间|公寓|平房|别墅)(?:室)?)"
        ),
        lambda m, s: Candidate(f"住{m.group('home')}", MemoryKind.FACT, "housing:type", importance=0.7),
    ),
    (  # "我刚买了一辆电动自行车", "我有辆电瓶车": how the user gets about
        re.compile(
            r"^我(?:刚|最近|新|前几天)?(?:买了|有|换了|骑)(?:一辆|辆|一台|台|个)?(?:新的?)?"
            r"(?P<what>电动自行车|电动车|电瓶车|自行车|山地车|公路车|折叠车|摩托车|滑板车)"
        ),
        lambda m, s: Candidate(f"有{m.group('what')}", MemoryKind.FACT, "device:bike", importance=0.7),
    ),
    (  # "我一年前就不在茶里加糖了", "我咖啡里不加奶": how a drink is had
        re.compile(
            r"^我(?:[^，。！？；,.!?;]{0,6}?)(?:就|都|已经)?(?:(?:不在|不往|不再往|不再在)(?P<in>茶|咖啡|燕麦粥)里|"
            r"(?P<in2>茶|咖啡|燕麦粥)里(?:就|都|已经)?(?:不|不再))(?:加|放)(?P<what>糖|奶|蜂蜜|代糖)"
        ),
        lambda m, s: Candidate(
            f"{m.group('in') or m.group('in2')}里不加{m.group('what')}",
            MemoryKind.PREFERENCE,
            f"avoids:{m.group('what')}",
            polarity=-1,
            importance=0.7,
        ),
    ),
    (  # "(我以前天天吃外卖，)现在周日会提前做好一周的饭": the week's food made ahead
        re.compile(
            r"(?P<when>每周[日一二三四五六天]|周[日一二三四五六末天]|星期[日一二三四五六天])?(?:都|会|一般)*(?:提前)?(?:做好|准备好|备好)"
            r"(?:一周|一星期|整周|一个星期)的(?:饭|菜|午饭|便当|饭菜)"
        ),
        lambda m, s: Candidate(
            f"{m.group('when') or ''}提前做好一周的饭", MemoryKind.FACT, "habit:备餐", importance=0.6
        ),
    ),
    (  # "(我以前吃素，)现在会吃鱼了": what is eaten now, after a diet given up (one diet at a time)
        re.compile(r"^我(?:现在|如今)(?:也|会|开始|又)*吃(?P<what>鱼|肉|海鲜|荤|鸡肉|猪肉|牛肉)了"),
        lambda m, s: Candidate(f"现在吃{m.group('what')}", MemoryKind.FACT, "diet", importance=0.8),
    ),
    (  # "(有孩子之前我是早起的人，)现在十点前起不来": no early riser now
        re.compile(
            r"^我(?:现在|如今)?(?:早上)?(?:[一二三四五六七八九十\d]{1,2}点)(?:以前|之前|前)(?:都|根本|基本)?起不来"
        ),
        lambda m, s: Candidate(
            re.sub("^我", "", zh_said(m.group(0))), MemoryKind.FACT, "habit:早上", importance=0.6
        ),
    ),
    (  # "(我们去年把车卖了，)现在到哪儿都骑车", "我出门都坐地铁": how the user gets about
        re.compile(
            r"^我(?:们)?(?:现在)?(?:到哪儿|去哪儿|去哪|到哪|出门)都(?P<how>骑车|骑电动车|开车|坐地铁|走路|坐公交|打车)"
        ),
        lambda m, s: Candidate(f"到哪儿都{m.group('how')}", MemoryKind.FACT, "commute", importance=0.6),
    ),
    (  # "我升了管理岗", "我当上了主管": the job now
        re.compile(
            r"^我(?:刚|最近|去年|今年)?(?:升了|升到了?|升为|当上了?)(?P<what>管理岗|主管|经理|组长|总监|部门经理|领导)"
        ),
        lambda m, s: Candidate(f"升了{m.group('what')}", MemoryKind.FACT, "job", importance=0.7),
    ),
    (  # "我膝盖滑雪摔伤还没好", "我的腰扭伤了": an injury not healed
        re.compile(
            r"^我(?:的)?(?P<part>膝盖|腰|脚踝|手腕|肩膀|脚|腿|手|背|脖子)(?:[\u4e00-\u9fff]{0,4}?)(?:摔伤|扭伤|拉伤|受伤|骨折|伤)"
            r"(?:了)?(?:还没好|没好|了)"
        ),
        lambda m, s: health_fact(re.sub("^我的?", "", zh_said(m.group(0))), m.group("part")),
    ),
    (  # "我用的是预付费套餐", "我是合约机": the phone plan the user is on
        re.compile(r"^我(?:现在)?用的是(?P<what>预付费|后付费|合约|月付|不限流量的?)(?:套餐|卡|计划)"),
        lambda m, s: Candidate(
            f"用{m.group('what')}套餐", MemoryKind.PREFERENCE, f"uses:{m.group('what')}", importance=0.7
        ),
    ),
    (  # "我早上只有二十分钟", "我每天最多能挤出半小时": how much time the user has
        re.compile(
            # (a time of the day or the week says it is how things are, not this moment: not "我有十分钟")
            r"^我(?=(?:每天|每周|平时|工作日|周末|上班的时候|早上|晚上|中午|下午|上午|午休|睡前))"
            r"(?:每天|每周|平时|工作日|周末|上班的时候)?(?:早上|晚上|中午|下午|上午|午休|睡前)?(?:一般|通常|最多|顶多|也就|都)?"
            r"(?:只有|就|只能抽出|能抽出|能挤出|只能挤出|有)(?:大概|差不多|大约)?"
            r"(?P<much>[一二三四五六七八九十两\d]{1,3}个?多?(?:分钟|小时|钟头)|半个?小时)(?:左右)?(?:的)?(?:时间|空闲?)?"
            r"(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate(
            re.sub("^我", "", zh_said(m.group(0))), MemoryKind.FACT, "schedule:time", importance=0.7
        ),
    ),
    (  # "我在攒钱买房", "我们在存钱准备结婚"
        re.compile(
            r"我(?:们|和[\u4e00-\u9fff]{1,3}?|跟[\u4e00-\u9fff]{1,3}?)?(?:最近|现在|正|一直)?在(?P<verb>攒钱|存钱|攒(?=(?:[^，。！？；,.!?;]{1,4}?的)?(?:首付|学费|彩礼|嫁妆)|[^，。！？；,.!?;]{1,8}?钱))"
            r"(?P<what>[^，。！？；,.!?;]{1,8})"
            r"|我(?:们)?(?:最近|现在|正)?在为(?:了)?(?P<for>[^，。！？；,.!?;]{1,10}?)(?:攒钱|存钱)"
        ),
        lambda m, s: Candidate(
            f"在{m.group('verb')}{m.group('what')}" if m.group("what") else f"在为{m.group('for')}攒钱",
            MemoryKind.EVENT,
            f"goal:{m.group('what') or zh_clean(m.group('for'))}",
            importance=0.7,
        ),
    ),
    (  # "我是耶和华见证人", "我是穆斯林", "我们家信佛": a faith the user keeps, in the verb they said it with
        re.compile(
            r"^我(?:们家|家|们)?(?:都|全家)?(?P<verb>是|信)(?:个|一个|一名)?(?P<faith>耶和华见证人|穆斯林|基督徒|天主教徒|佛教徒|"
            r"犹太人|印度教徒|伊斯兰教|基督教|佛教|天主教|道教|佛(?!系))"
        ),
        lambda m, s: Candidate(
            f"{m.group('verb')}{m.group('faith')}", MemoryKind.FACT, "faith", importance=0.7
        ),
    ),
    (  # "我这个月在过斋月", "这个月我在封斋": a month of fasting
        re.compile(r"我(?:这个月|现在|最近|今年)?(?:在|正在)?(?:过斋月|封斋|守斋|斋戒)"),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.EVENT, "goal:斋月", importance=0.7),
    ),
    (  # "我不过生日", "我们家不过圣诞节"
        re.compile(r"^我(?:们家|们)?(?:从来|一般|也|都)*不过(?P<what>生日|圣诞节?|情人节|万圣节|节日|洋节)"),
        lambda m, s: zh_limit(m.group("what"), "不过{}", "avoids"),
    ),
    (  # "我平时很少运动", "我很少做饭": what the user seldom does
        re.compile(
            r"^我(?:平时|平常|一般|现在|最近)?(?:很少|几乎不|基本不|不怎么)(?P<do>运动|锻炼|健身|做饭|出门|喝水|吃早饭|吃早餐|"
            r"睡够|看书|喝酒|走路|出去玩|社交)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.FACT, f"habit:很少{m.group('do')}", importance=0.6
        ),
    ),
    (  # "我只能在孩子们起床前的早上跑步": when the user can do it
        re.compile(
            r"^我(?:每天|平时|一般)?只能在(?P<when>[^，。！？；,.!?;]{2,14}?)(?P<do>跑步|锻炼|运动|健身|学习|练琴|游泳|看书|工作)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.FACT, f"habit:{m.group('do')}", importance=0.6
        ),
    ),
    (  # "寿司是我心情不好时的首选": what the user turns to
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我你他她]{1,8}?)是我(?:[^，。！？；,.!?;]{0,10}?的)?(?:首选|最爱|心头好|标配)"
        ),
        lambda m, s: Candidate(
            zh_clean(m.group(0)), MemoryKind.PREFERENCE, f"likes:{topic_value(zh_clean(m.group('obj')))}"
        ),
    ),
    (  # "我从来没坐过飞机"
        re.compile(r"^我(?:从来|从|这辈子|到现在)?(?:都|也|还)?没(?:有)?坐过(?P<what>飞机|船|火车|高铁)"),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.FACT,
            f"travel:never_{m.group('what')}",
            importance=0.7,
        ),
    ),
    (  # "白天八点睡到下午三点" (going on from "我上夜班，"): when the user sleeps
        re.compile(
            r"(?:^|我)(?:每天|一般|通常|平时)?(?P<from>(?:白天|早上|上午|下午|晚上|凌晨)?[一二三四五六七八九十两\d]{1,3}点(?:半)?)"
            r"(?:睡|睡觉)(?:到|至)(?P<to>(?:白天|早上|上午|下午|晚上|中午)?[一二三四五六七八九十两\d]{1,3}点(?:半)?)"
        ),
        lambda m, s: Candidate(
            f"{m.group('from')}睡到{m.group('to')}", MemoryKind.FACT, "schedule:sleep", importance=0.7
        ),
    ),
    (  # "打网球伤了肩膀", "跑步把膝盖跑伤了": an injury from a sport
        re.compile(
            r"^(?:我)?(?:以前|去年|之前)?(?:打|踢|练|玩)(?P<sport>[\u4e00-\u9fff]{1,3}?)(?:的时候)?(?:把)?(?:伤了|弄伤了|扭伤了|拉伤了)"
            r"(?P<part>肩膀|膝盖|腰|脚踝|手腕|背|脖子|手肘|大腿|小腿)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("part")),
    ),
    (  # "我西班牙语很流利", "我英语说得不错": a language the user speaks
        re.compile(
            r"^我(?:的)?(?P<lang>[\u4e00-\u9fff]{1,3}语|英文|中文)(?:说得|讲得)?(?:很|非常|特别|比较|挺)?(?:流利|好|不错|溜)"
            # "我会说粤语", "我还会讲上海话"
            r"|^我(?:也|还)?会(?:说|讲)?(?:一点|一些|点)?(?P<l2>[\u4e00-\u9fff]{1,3}(?:语|话)|英文|中文)(?=$|[，。！？；,.!?;和])"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "language", importance=0.7),
    ),
    (  # "坐长途飞机我会特别焦虑": what makes the user anxious
        re.compile(
            r"^(?P<obj>(?:坐|乘|开|去|在)[^，。！？；,.!?;我]{1,8})我(?:就|都|会|总)*(?:很|特别|非常|有点|比较)?"
            r"(?P<how>焦虑|紧张|害怕|恐慌|难受|不舒服)"
        ),
        lambda m, s: zh_fact(m.group("obj"), "{}" + f"会{m.group('how')}", "sensitive"),
    ),
    (  # when the user has time at all: "只有晚上八点以后有空", "我一般周末才有时间", "我每天九点后才有空"
        re.compile(
            r"(?:^|我)(?:平时|一般|每天|工作日|周末|通常)*(?:只有|只在|一般|通常|平时)(?P<when>[^，。！？；,.!?;]{1,12}?)"
            r"才?(?:有空|有时间|能抽出时间|得空)"
            # "只能周末收货", "我只有周末在家": when the user can take a delivery or is at home
            r"|(?:^|我)(?:只能|只有|只在)(?P<w2>周末|晚上|白天|早上|上午|下午|中午|工作日|周[一二三四五六日天]"
            r"(?:[和到或、]周[一二三四五六日天])?)(?:才能|才)?(?:收货|收快递|收包裹|签收|在家)"
            # "我每天晚上九点以后才有空": when, then 才, and nothing said of what for
            rf"|(?:^(?![他她你它])|我)(?!(?:的|家)?(?:{ZH_RELATIONS}|对象))(?:平时|一般|每天|工作日|周末|通常)*"
            r"[^，。！？；,.!?;我他她你]{1,12}?才(?:有空|有时间|得空)(?=[了啊呀]*(?:[，。！？；,.!?;]|$))"
            # "孩子睡了以后我才有时间学习": after what the user is free, and for what
            r"|^[^，。！？；,.!?;我他她你]{2,12}?(?:以后|之后|后)我?才(?:有空|有时间|得空|能)"
            r"(?:学习|看书|复习|运动|锻炼|做饭|休息|看剧|练习|打电话|接电话|出门)?(?=[了啊呀吧]*(?:[，。！？；,.!?;]|$))"
            # "我每周五晚上有空", "我周末一般有时间": the days the user is free
            rf"|^我(?:每个?)?(?:{ZH_DAYS}|周末|工作日)(?:上午|下午|晚上|早上|中午)?(?:一般|通常|都|比较|基本)*"
            r"(?:有空|有时间|得空)(?=[了啊呀]*(?:[，。！？；,.!?;]|$))"
        ),
        lambda m, s: Candidate(
            m.group(0).lstrip("我平时一般每天通常"), MemoryKind.FACT, "schedule:有空", importance=0.7
        ),
    ),
    (  # "我们在家说粤语", "我在家讲上海话": the language of the home
        re.compile(
            r"^我(?:们|们家|家)?(?:在家|在家里|平时在家)(?:都|一般|只)?(?P<verb>说|讲|用)(?P<lang>[\u4e00-\u9fff]{1,3}(?:语|话)|英文|中文)"
        ),
        lambda m, s: Candidate(
            f"在家{m.group('verb')}{m.group('lang')}", MemoryKind.FACT, "language", importance=0.7
        ),
    ),
    (  # "我开电动车", "我开的是手动挡", "我开一辆丰田普锐斯", "我的车是特斯拉": what the user drives
        re.compile(
            r"^我(?:们|们家|家)?(?:现在|平时|一直|自己)?(?:开(?:的是)?(?:一辆)?(?P<car>电动车|新能源车|混动车|油车|手动挡|自动挡|电车|房车|摩托车)"
            # a make, or any car said with its measure word (not "我开的是网店", "我开会")
            rf"|开(?:的(?:车)?是|(?:的)?一辆|辆)(?P<make>(?:{_MAKES_ZH})[^，。！？；,.!?;]{{0,8}})"
            r"|开(?:的是|的)?(?:一辆|辆)(?P<any>[^，。！？；,.!?;]{1,12})|的车是(?:一辆)?(?P<mine>[^，。！？；,.!?;]{1,12}))"
        ),
        lambda m, s: Candidate(
            f"开{zh_clean(m.group('car') or m.group('make') or m.group('any') or m.group('mine'))}",
            MemoryKind.FACT,
            "device:car",
            importance=0.7,
        ),
    ),
    (  # "我一个人住", "我和父母住在一起", "我现在跟男朋友一起住": whom the user lives with
        re.compile(
            r"^我(?:现在|目前|一直|还)?(?:(?P<alone>一个人住|独居|自己住|自己一个人住)"
            # "我一个人和我的猫住": alone, but for an animal
            r"|一个人(?:和|跟|带着)(?:我的|我家的?|一只|两只)?(?P<pet>猫|狗|猫咪|狗狗|兔子|鹦鹉)(?:一起)?住"
            r"|(?:和|跟|与)(?P<who>[^，。！？；,.!?;]{1,8}?)(?:(?:一起|同)?(?:住|合租)(?:在一起)?|同居))(?=$|[，。！？；,.!?;了])"
        ),
        lambda m, s: (
            (
                Candidate("一个人住", MemoryKind.FACT, "housing:同住", importance=0.7),
                Candidate(f"养了{m.group('pet')}", MemoryKind.FACT, f"pet:{m.group('pet')}", importance=0.6),
            )
            if m.group("pet")
            else Candidate(
                "一个人住" if m.group("alone") else f"和{m.group('who')}一起住",
                MemoryKind.FACT,
                "housing:同住",
                importance=0.7,
            )
        ),
    ),
    (  # "我习惯早上跑步", "我习惯睡前看书": a habit said as one
        re.compile(
            r"^我(?:一般|平时|一直|从小)?(?:已经)?习惯(?!了?(?:[，。！？；,.!?;]|$))了?(?P<what>[^，。！？；,.!?;]{2,12})"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.FACT, f"habit:{topic_value(m.group('what'))}", importance=0.6
        ),
    ),
    (  # "我所有软件都开深色模式", "我手机一直开大字体": how the user sets their screens
        re.compile(
            r"^我[^，。！？；,.!?;]{0,8}?(?:都|一直|总是|只)?(?:开|用|调成|设成)(?P<obj>深色模式|夜间模式|暗黑模式|大字体|大字号)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.PREFERENCE, f"uses:{m.group('obj')}", importance=0.7
        ),
    ),
    (  # "我穿中码的衣服", "我穿L码", "我穿42码的鞋": the sizes the user buys
        re.compile(
            r"^我(?:一般|平时|通常)?(?:都)?穿(?P<size>[SMLX]{1,3}|XXL|均码|大码|中码|小码|加大码|\d{2,3}|[三四]十[一二三四五六七八九]?)码?"
            r"(?:的)?(?P<what>鞋|鞋子|衣服|裤子|上衣)?"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.FACT,
            "size:shoes" if (m.group("what") or "").startswith("鞋") else "size:clothes",
            importance=0.6,
        ),
    ),
    (  # "我大多数晚上睡客房", "我一般睡沙发": where the user sleeps
        re.compile(
            r"^我(?:大多数|大部分|多数|每天|平时|一般|通常|经常)?(?:晚上|时候)?(?:都|一般)?(?:睡|睡在)(?P<where>客房|沙发|次卧|书房|"
            r"地铺|上铺|下铺|阁楼|孩子房间|儿童房)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "sleep:where", importance=0.6),
    ),
    (  # "没有白噪音我睡不着", "我不开风扇睡不着", "房间不够黑我就睡不好", "有一点光我都睡不着"
        re.compile(
            r"^(?:没有|没|不开|不用)(?P<what>[^，。！？；,.!?;我]{1,6})我?(?:就|都|根本)?睡不着"
            r"|^(?:房间|屋里|卧室|屋子)?(?P<dark>不够黑|不黑|太亮|有(?:一点|一丝|点)?光|有(?:一点|点)?(?:声音|动静|响声)|太吵)"
            r"我?(?:就|都|根本|完全)?(?:睡不着|睡不好)"
        ),
        lambda m, s: Candidate(
            zh_clean(m.group(0)),
            MemoryKind.FACT,
            f"sleep:{topic_value(m.group('what'))}"
            if m.group("what")
            else f"sleep:{'dark' if re.search('黑|亮|光', m.group('dark')) else 'quiet'}",
            importance=0.7,
        ),
    ),
    (  # "我抽烟", "我烟瘾很大": the user smokes
        re.compile(r"^我(?:一直|平时|也|还)?(?:抽烟|吸烟|烟瘾(?:很|挺|比较)?大)"),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "habit:抽烟", importance=0.7),
    ),
    (  # "中文不是我的母语", "我的母语是英语"
        re.compile(
            r"(?P<not>中文|汉语|普通话|英语|英文|[\u4e00-\u9fff]{1,3}语)(?:不是我的母语|是我的第二语言|是我的外语)"
            r"|我的?母语是(?P<is>[\u4e00-\u9fff]{1,4}(?:语|话)|中文|英文)"
        ),
        lambda m, s: Candidate(
            f"母语不是{m.group('not')}" if m.group("not") else f"母语是{m.group('is')}",
            MemoryKind.FACT,
            "language",
            importance=0.7,
        ),
    ),
    (
        re.compile(
            r"我(?:现在|最近|这几年|这两年|一直)?(?P<when>晚上|夜里|天黑(?:以|之)?后|一到晚上)?的?(?P<side>左耳|右耳|左眼|右眼|一只耳朵|一只眼睛?|左|右)?的?"
            r"(?P<part>膝盖|髋关节|腰椎|腰|肠胃|胃|背|颈椎|心脏|眼睛|肩膀|脚踝|关节|腿|体质|免疫力|听力|视力|耳朵|记性)"
            # (or how it has become: "我视力变差了", "听力下降了")
            r"(?:一直|有点|比较|很|特别|非常|不太|也|就|总是|老是|经常|已经|越来越)*"
            r"(?P<state>不好|不太好|有伤|受过伤|疼|痛|弱|差|有问题|背|落下了?毛病|有毛病|紧|僵硬|废了|变差|下降|退化)"
        ),
        lambda m, s: health_fact(
            f"{m.group('when') or ''}{m.group('side') or ''}{m.group('part')}{m.group('state')}",
            m.group("part"),
        ),
    ),
    (  # "我是聋人", "我一只耳朵听不见", "我眼睛看不见", "我右耳有点聋"
        re.compile(
            r"我(?:是)?(?P<who>聋人|盲人|聋哑人)|我(?P<one>一只|左|右|两只)?(?P<part>耳朵|耳|眼睛?)(?:已经|完全|有点儿?|有些)?"
            r"(?P<not>听不见|听不清|看不见|看不清|聋|失聪|瞎)"
        ),
        lambda m, s: health_fact(
            f"是{m.group('who')}"
            if m.group("who")
            else f"{m.group('one') or ''}{m.group('part')}{m.group('not')}",
            m.group("who") or m.group("part"),
        ),
    ),
    (  # "(我膝盖不好，)只能散步", "我现在只能游泳": the one exercise the body allows
        re.compile(
            r"^(?:我)?(?:现在|目前|平时)?(?:也)?只能(?:去)?(?P<what>散散?步|走走路?|走路|慢走|游泳|骑车|做(?:些|点)?(?:拉伸|轻度运动|"
            r"瑜伽|康复训练))了?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: health_fact(f"只能{m.group('what')}", "运动"),
    ),
    (  # "我上下楼梯膝盖会疼", "(我膝盖不太好，)上下楼梯会疼": what hurts when done, keyed by the doing
        re.compile(
            r"^我(?:的)?(?:膝盖|腰|腿|脚|脚踝|髋关节|背)?(?:一)?(?P<act>上下楼梯?|上楼梯?|下楼梯?|爬楼梯?|走远路|跑步|蹲下?|"
            r"久坐|久站|弯腰|[站坐走](?:得|路)?(?:久|时间长)了)(?:的时候|时)?(?:膝盖|腰|腿|脚|脚踝|髋关节|背|静脉曲张|腰椎|"
            r"颈椎|脖子|肩膀)?(?:就|会|都|也|有点儿?|特别|很|老是?)*"
            r"(?:疼|痛|酸|不舒服|难受|吃不消)了?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("act")),
    ),
    (  # "我有哮喘", "我去年查出了糖尿病", "去年查出来有脂肪肝", "我得过癌症"
        re.compile(
            r"(?:我|^)(?:也|还|一直|从小|本身|去年|前几年|小时候|最近|刚|刚刚|前不久|上个月|今年)?"
            # where on the body: "我手上有银屑病"
            r"(?:(?<=我)(?P<on>手上|脸上|身上|腿上|背上|头上|脚上))?"
            r"(?P<verb>(?<=我)有|(?<=我也)有|(?<=我还)有|(?<=上)有|"
            r"(?<=一直)有|(?<=从小)有|(?<=本身)有|患有|得了|得过|(?:体检)?(?:检)?查出来?了?有?|被诊断(?:出|为|有)了?|"
            # "体检说有脂肪肝", "检查发现我有高血压"
            r"(?:体检|检查)(?:说|发现|显示)(?:我)?有|"
            r"确诊了?)(?:轻微的?|严重的?|慢性|轻度|重度|点|一点|一种|个)?(?P<type>[一二12]型)?(?P<cond>"
            + ZH_CONDITIONS
            + r")"
        ),
        lambda m, s: health_fact(
            (m.group("on") or "")
            + ("得过" if m.group("verb") == "得过" else "得了" if m.group("verb") == "得了" else "有")
            + f"{m.group('type') or ''}{m.group('cond')}",
            (m.group("type") or "") + m.group("cond"),
        ),
    ),
    (  # "我腰椎间盘突出", "我最近老失眠", "我从小就贫血": a condition said without 有
        re.compile(
            r"^我(?:也|还|一直|从小|本身|最近|平时|经常|老是?|总是?|有点儿?|就)*(?P<type>[一二12]型)?"
            r"(?P<cond>" + ZH_CONDITIONS + r")"
            r"(?=$|[，。！？；,.!?;]|挺|很|比较|特别|得|了|严重)"
        ),
        lambda m, s: health_fact(
            f"有{m.group('type') or ''}{m.group('cond')}", (m.group("type") or "") + m.group("cond")
        ),
    ),
    (  # "我正在从职业倦怠里恢复", "我在从抑郁症中慢慢恢复": what the user is getting over, said as 从...恢复
        re.compile(
            r"^我(?:正在|现在|还在|在|慢慢|正|刚开始|一直在)*从"
            r"(?P<cond>" + ZH_CONDITIONS + r"|[\u4e00-\u9fff]{2,6}?)"
            r"(?:里|中|当中|之中)?(?:慢慢|逐渐|一点点)?(?:恢复|走出来|缓过来)"
        ),
        lambda m, s: health_fact(f"在从{m.group('cond')}中恢复", m.group("cond")),
    ),
    (  # "我膝盖刚做完手术", "我去年做了心脏手术": what the user is getting over
        re.compile(
            # said of the body part alone too: "肩膀做过手术"
            # (not one ahead, a plan: "我下周做手术"; nor a household member's: "我爸明天做手术")
            rf"^(?![^，。！？；,.!?;]*?(?:下周|下个?月|下星期|下礼拜|明天|后天|要做|准备|打算|将要|周[一二三四五六日天]做))"
            rf"(?:我(?:的)?(?!{ZH_RELATIONS}|妈|爸|对象|家)|(?=(?:肩膀?|膝盖|腰|背|脚踝|手腕|髋关节|颈椎|腰椎|眼睛|心脏|胃)))"
            r"(?P<part>[\u4e00-\u9fff]{0,4}?)(?:刚|去年|上个月|最近|前几天|上周|才)?(?:做了?完?|动了?|开了?)(?:个|一个|一次)?"
            r"(?P<what>[\u4e00-\u9fff]{0,4}?)(?:手术|刀)"
        ),
        lambda m, s: health_fact(zh_said(s), _ZH_WHEN.sub("", m.group("part")) or m.group("what") or "手术"),
    ),
    (  # the operation said first: "我前交叉韧带重建手术才做了半年", "我髋关节置换手术刚做完"
        re.compile(
            r"^我(?:的)?(?P<what>[\u4e00-\u9fff]{2,10}?)手术(?:才|刚|刚刚|已经)?(?:做了|做完|做过)"
            r"(?P<since>[一二三四五六七八九十两几半\d]*(?:个)?(?:天|周|星期|月|年))?"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("what")),
    ),
    (  # "婚礼的主色调我定了鼠尾草绿": the colours of an occasion or a room
        re.compile(
            r"^(?:我们?的?)?(?P<for>婚礼|婚宴|订婚宴|生日会|派对|新房|婴儿房|卧室|客厅|厨房)的?(?:主色调|主题色|配色|颜色)"
            r"(?:我们?)?(?:已经)?(?:定了|定的是|定成|选了|选的是|是|用)(?P<what>[^，。！？；,.!?;]{1,10})"
        ),
        lambda m, s: Candidate(
            f"{m.group('for')}的主色调是{zh_clean(m.group('what'))}",
            MemoryKind.FACT,
            f"plan:{m.group('for')}颜色",
            importance=0.6,
        ),
    ),
    (  # "我们家唯一的车是辆小两座", "我的车是一辆老捷达": what the user drives
        re.compile(r"^(?:我们?家|我)(?:唯一的|的|开的)车是(?:一)?辆(?P<car>[^，。！？；,.!?;]{1,10})"),
        lambda m, s: Candidate(
            f"车是{zh_clean(m.group('car'))}", MemoryKind.FACT, "device:car", importance=0.7
        ),
    ),
    (  # "我每周四晚上在社区教老年人用手机", "我周末在社区做义工": what the user does for others, every week
        re.compile(
            r"^我(?:平时|周末|每周[一二三四五六日天]?|每个?月|业余|晚上|早上|下午|上午|也|还)*(?:在[\u4e00-\u9fff]{1,8}?)?"
            r"(?:(?:教|帮)(?P<whom>老年人|老人|小朋友|孩子们?|学生|外国人|残疾人|留守儿童)(?P<what>[^，。！？；,.!?;]{1,10})"
            r"|(?:做|当)(?P<vol>义工|志愿者))"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.FACT,
            f"habit:{'做' + m.group('vol') if m.group('vol') else '教' + m.group('whom')}",
            importance=0.7,
        ),
    ),
    (  # "我手抖", "我最近手有点抖": hands that cannot be kept steady
        re.compile(
            r"^我(?:最近|现在|一直|从小|这几年)?(?:的)?(?:双)?手(?:有点儿?|一直|老是|总是|经常|会)?(?:发)?抖"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), "手"),
    ),
    (  # "(我手抖，)太精细的活干不了": work the user cannot manage
        re.compile(
            r"^(?:我)?(?:太|特别|很)?(?P<what>[\u4e00-\u9fff]{1,6}?)的活儿?(?:我)?(?:都)?(?:干|做)不了"
        ),
        # (the verb's 了 stays: "干不了", not "干不")
        lambda m, s: Candidate(
            f"{zh_said(m.group(0))}了", MemoryKind.FACT, f"weak:{m.group('what')}", importance=0.6
        ),
    ),
    (  # "我家鹦鹉一个人待久了就乱叫", "我家狗不能单独在家": a pet that cannot be left alone
        re.compile(
            r"^我(?:们)?家(?:的)?(?P<pet>狗狗?|猫咪?|鹦鹉|兔子|小狗|小猫)[^，。！？；,.!?;]{0,6}?"
            r"(?:一个人|单独|自己)(?:在家|待|呆)?(?:久了|太久|时间长了|时间一长)?(?:就|会)?"
            r"(?:乱叫|叫个不停|焦虑|拆家|不行|不能|受不了)"
            r"|^我(?:们)?家(?:的)?(?P<p2>狗狗?|猫咪?|鹦鹉|兔子|小狗|小猫)不能(?:一个人|单独|自己)(?:在家|待)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)).removeprefix("们").removeprefix("家"),
            MemoryKind.FACT,
            f"family:{m.group('pet') or m.group('p2')}:sensitive",  # as "我家狗一个人在家会焦虑"
            importance=0.8,
        ),
    ),
    (  # "含棕榈油的东西我一律不买": what the user will not buy for what is in it
        re.compile(
            r"^(?:含|含有|有|加了)(?P<what>[\u4e00-\u9fff]{1,6}?)的(?:东西|产品|食品|零食)?我(?:一律|从来|都|坚决|绝对)*不(?:买|吃|用)"
        ),
        lambda m, s: kept_from(zh_said(m.group(0)), "avoids", m.group("what")),
    ),
    (  # "我和老公正在做试管": trying for a baby by IVF
        re.compile(
            r"^我(?:[和跟](?:老公|老婆|爱人|对象))?(?:现在|正在|在|最近)*(?:做|准备做)(?:试管|试管婴儿|IVF|ivf)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), "试管"),
    ),
    (  # "我们家是老房子": a home of the kind that cannot be changed at will
        re.compile(r"^我(?:们)?家(?:住的)?是(?P<what>老房子|老洋房|四合院|历史建筑|文物保护建筑)"),
        lambda m, s: Candidate(f"家里是{m.group('what')}", MemoryKind.FACT, "housing:type", importance=0.7),
    ),
    (  # "我一看到针头就晕", "我见血就腿软": what the user cannot see without fainting
        re.compile(
            r"^我(?:一)?(?:看到|看见|见到|见)(?P<x>针头|针|血)(?:就|都|会)*(?:晕|发晕|头晕|腿软|发抖|想吐)"
        ),
        lambda m, s: sensitive_fact(zh_said(m.group(0)), "晕血" if m.group("x") == "血" else "晕针"),
    ),
    (  # "我刚拔了智齿", "我上周拔了两颗牙": a tooth out
        re.compile(
            r"^我(?:刚|刚刚|才|上周|昨天|前几天|最近|今天)*(?:拔了|拔掉了|拔完|拔过)(?:[一二两三四\d]颗)?(?P<what>智齿|牙齿?)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("what")),
    ),
    (  # "我在等肾移植": a transplant or an operation waited for
        re.compile(
            r"^我(?:现在|一直|正在|还)?在(?:排队)?等(?:(?P<what>[\u4e00-\u9fff]{0,4}?移植)|(?P<op>[\u4e00-\u9fff]{1,6}?)手术)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("what") or m.group("op")),
    ),
    (  # "(…，)不能离医院超过两个小时车程": how far the user may go
        re.compile(
            r"^(?:我)?(?:不能|不可以|不敢)离(?P<where>[\u4e00-\u9fff]{1,6}?)(?:超过|太远|[一二两三四五六\d]+)"
            r"[^，。！？；,.!?;]{0,10}"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "limits:distance", importance=0.8),
    ),
    (  # "我有主队的季票", "我有国安的季票": a team followed
        re.compile(r"^我(?:一直|每年都?|今年|也)?有(?P<team>[^，。！？；,.!?;]{1,8}?)的季票"),
        lambda m, s: Candidate(
            f"有{m.group('team')}的季票", MemoryKind.PREFERENCE, f"likes:{topic_value(m.group('team'))}"
        ),
    ),
    (  # "我在家帮人带孩子": what the user does for a living, said as what they do for others
        re.compile(
            r"^我(?:在家|平时|现在|目前|主要)*(?:帮人|替人|给人|帮别人|给别人)(?P<do>带孩子|看孩子|遛狗|做饭|打扫卫生|做家政|"
            r"修电脑|补课|做账|剪头发|修车)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "job", importance=0.7),
    ),
    (  # "我晕车", "我坐大巴特别容易晕", "坐轮椅出行", "我戴助听器"
        re.compile(
            r"我在(?P<on2>车|船|飞机|大巴)上[^，。！？；,.!?;]{0,6}?(?:就|会)*晕"
            r"|我(?:平时|一直|特别|很|比较|上周|最近|刚|去年|上个月|已经|才|连|容易|总是|老是|会|自己|是|也|现在|还)*(?:(?P<sick>晕车|晕船|晕机|晕针|晕血)|"
            r"(?:(?:在|连)[^，。！？；,.!?;]{0,8}?)?一?(?:坐|乘|划)小?(?P<on>车|大巴|汽车|公交|船|飞机|长途车|轮渡|渡轮|游轮|火车)"
            # "我连大渡轮都晕": the one least likely to, said with 连
            r"(?:很|特别|非常|比较|容易|总是|会|老是|都|也|一定|肯定|必|就)*晕"
            r"|连[^，。！？；,.!?;坐乘划]{0,3}?(?P<on3>车|大巴|汽车|公交|船|飞机|长途车|轮渡|渡轮|游轮|邮轮|火车|高铁)"
            r"(?:很|特别|非常|比较|容易|总是|会|老是|都|也|一定|肯定|必|就)*晕|(?:(?:两只|一只|左|右)?(?:耳朵|耳|腿|脚)?都?)?"
            r"(?:每晚|晚上|睡觉|出门|平时|都|要|得)*(?:坐|用|靠|拄|戴|装了?|有(?=导盲犬|残疾人停车证))(?:着|上)?(?P<aid>轮椅|拐杖|助行器|助听器|胰岛素泵|牙套|人工耳蜗|读屏软件|"
            r"呼吸机|盲杖|心脏起搏器|起搏器|隐形眼镜|眼镜|假牙|助步器|导盲犬|残疾人停车证))"
        ),
        lambda m, s: _zh_body(m),
    ),
    (  # "我新冠后一直容易累", "(我得过新冠，)现在很容易累": how quickly the body tires
        re.compile(
            r"^(?:我)?(?:[^，。！？；,.!?;我]{1,6}?(?:后|以后|之后))?(?:现在|最近|一直|总是|特别|很|比较|都)*"
            r"容易(?P<what>累|疲劳|疲倦|喘|气喘|头晕|犯困)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), f"容易{m.group('what')}"),
    ),
    (  # "我们刚领养了一只灵缇犬", "我家养了两只猫"
        re.compile(
            r"(?:我|我们|我家|我们家)(?:刚|最近|去年|也|还|在[^，。！？；,.!?;]{1,6}?(?=[领收养有]))*(?:领养了?|收养了?|养了?|有)"
            r"(?P<n>一|两|三|四|五|六|七|八|九|十|几|\d{1,2})?(?P<unit>只|条|匹|箱|窝)"
            r"(?P<pet>[\u4e00-\u9fff]{0,6}?(?:犬|狗|猫|兔子?|仓鼠|鹦鹉|乌龟|龟|金鱼|马|刺猬|鸟|灵缇犬?|柯基犬?|泰迪犬?|金毛犬?|哈士奇|比熊犬?|布偶猫?|英短|"
            r"蜜蜂|蜂|鸡|鸭))"
            # "两只猫和一只兔子": every animal said
            r"(?P<more>(?:和|、|还有)(?:一|两|三|四|五|六|七|八|九|十|几|\d{1,2})?(?:只|条|匹)[\u4e00-\u9fff]{0,4}?"
            r"(?:犬|狗|猫|兔子?|仓鼠|鹦鹉|乌龟|龟|金鱼|马|刺猬|鸟))?"
        ),
        lambda m, s: Candidate(
            f"养了{m.group('n') or '一'}{m.group('unit')}{m.group('pet')}{m.group('more') or ''}",
            MemoryKind.FACT,
            f"pet:{m.group('pet')}",
            importance=0.6,
        ),
    ),
    (  # "我想明年马拉松跑进四小时", "我的目标是跑完全马"
        re.compile(
            r"我(?:想|打算|计划|希望|要|的目标是|今年|明年)[^，。！？；,.!?;]{0,10}?(?P<race>半程马拉松|马拉松|半马|全马|"
            r"铁人三项|越野跑|十公里|10公里|五公里|5公里)"
        ),
        lambda m, s: Candidate(zh_said(s), MemoryKind.EVENT, f"goal:{m.group('race')}", importance=0.7),
    ),
    (  # "盐越少越好" (a rule the user was given): as little as can be
        re.compile(
            r"(?:^|[：:，,])(?:我)?(?P<obj>[^，。！？；,.!?;：:我你他她这那]{1,6}?)(?:吃得|吃|喝得|喝|放得|放)?越少越好"
        ),
        lambda m, s: zh_limit(m.group("obj"), "{}越少越好", "limits"),
    ),
    (  # "我完全不懂技术", "我不会游泳"
        re.compile(
            r"我(?:完全|一点都|一点也|根本|真的|实在|还|也)?(?:不(?:太|怎么|大)?懂(?P<obj>[^，。！？；,.!?;你他她它这那]{1,6})|不识(?P<read>谱|五线谱)|"
            r"(?:到现在|至今|一直|从来)?(?:都|也|还)?(?:不太会|不怎么会|不会|没学会|没学过)(?P<skill>游泳|开车|骑车|骑自行车|做饭|滑雪|滑冰|[\u4e00-\u9fff]{1,3}语|用电脑|打字|用智能手机|上网"
            # "我不会用电视遥控器", "我不会用微信"
            r")|(?:不太会|不怎么会|不会)用(?P<use>(?![你他她它这那])[\u4e00-\u9fffA-Za-z]{2,8})(?=$|[，。！？；,.!?;了]))"
        ),
        lambda m, s: zh_fact(
            m.group("obj") or m.group("skill") or m.group("read") or m.group("use"),
            "不会{}"
            if m.group("skill")
            else "不识{}"
            if m.group("read")
            else "不会用{}"
            if m.group("use")
            else "不懂{}",
            "weak",
        ),
    ),
    (  # "我的网球肘最近又犯了", "我是红绿色盲"
        re.compile(
            r"我的?(?P<cond>网球肘|鼠标手|肩周炎|腰椎间盘突出|颈椎病|偏头痛|鼻炎|胃病|哮喘|湿疹|痛风)(?:最近|这几天)?(?:又)?(?:犯了|发作了?|复发了?)"
            r"|我是(?P<c2>(?:红绿)?色盲|色弱|过敏体质|敏感肌|易胖体质|(?:[一二三12]型)?糖尿病(?=患者|病人|[，。！？；,.!?;]|$))"
        ),
        lambda m, s: health_fact(f"有{m.group('cond') or m.group('c2')}", m.group("cond") or m.group("c2")),
    ),
    (  # "挤地铁我会惊恐发作", "餐厅里放很吵的音乐我会抓狂"
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我]{2,14})我(?:就|会|都|总)*(?P<effect>惊恐发作|焦虑|头疼|头痛|恶心|过敏|难受|抓狂|崩溃|"
            r"犯困|失眠|想吐|心慌)"
        ),
        lambda m, s: zh_fact(m.group("obj"), "{}我会" + m.group("effect"), "sensitive"),
    ),
    (  # "我两个月前剖腹产", "我是剖腹产的": how the user gave birth (what they are getting over)
        re.compile(
            rf"^我(?:是|做了?|做的)?(?P<when>{_AGO_ZH}?)"
            r"(?:刚|才)?(?:是|做了?|做的)?(?P<how>剖腹产|剖宫产|顺产)"
        ),
        lambda m, s: health_fact(f"{m.group('when')}{m.group('how')}", "生产"),
    ),
    (  # "家里刚添了个宝宝", "我上个月刚生了宝宝", "我刚生完孩子两个月"
        re.compile(
            rf"(?:家里|我们家|我家|我们|我){_AGO_ZH}?"
            r"(?:刚|最近|去年|才)?(?:添了个?|生了个?|有了个?|生完|剖腹产生了个?|剖宫产生了个?)"
            r"(?P<baby>宝宝|孩子|娃|儿子|女儿|二胎|老二|三胎|新生儿)"
            # "我家有个刚满月的宝宝", "我们家有个三个月大的宝宝"
            r"|(?:家里|我们家|我家)(?:有个|有一个|有)(?:刚满月|刚出生|刚生|[一二三四五六七八九十两几\d]+个月大?)的"
            r"(?:小宝宝|宝宝|婴儿|娃|孩子)"
        ),
        lambda m, s: Candidate(
            re.sub("^我(?!们)", "", zh_clean(m.group(0))), MemoryKind.FACT, "relation:宝宝", importance=0.7
        ),
    ),
    (  # "我花粉过敏", "每年六月我花粉过敏特别严重": an allergy to a known allergen, said without 对
        re.compile(
            r"(?:^|我)(?:每年|每到|一到|每逢)?(?:[一二三四五六七八九十]+月|春天|春季|夏天|秋天|换季)?(?:的时候)?(?:就|都|会)*我?"
            r"(?:也|还|一直|从小|有点|特别|严重)*(?P<obj>花粉|海鲜|花生|坚果|青霉素|猫毛|狗毛|尘螨|螨虫|芒果|鸡蛋|牛奶|小麦|"
            r"酒精|紫外线|乳胶|虾|螃蟹|贝类|芝麻|大豆|粉尘|柳絮|杨絮)过敏"
        ),
        lambda m, s: zh_fact(m.group("obj"), "对{}过敏", "allergy"),
    ),
    (  # "我吃虾蟹会过敏", "我一吃芒果就过敏": an allergy said as what happens
        re.compile(
            r"我(?:一|只要)?(?:吃|喝|碰|用)(?:了)?(?P<obj>(?!了)[^，。！？；,.!?;就会]{1,6})(?:就|会|都|就会)+(?:严重)?过敏"
        ),
        lambda m, s: zh_fact(m.group("obj"), "对{}过敏", "allergy"),
    ),
    (  # "我必须十点前睡觉", "我一般十一点就睡了", "我每天晚上九点半上床": when the day ends
        re.compile(
            r"(?:^|我)(?:必须|一般|每天|都|要|得|通常|平时|基本|一直|晚上|每天晚上)*(?P<t>(?:晚上)?[一二三四五六七八九十两\d]{1,3}"
            r"点(?:半)?)(?:以前|之前|前|左右)?(?:就|都|必须|得|要)*(?:睡觉|上床|睡了|睡)"
        ),
        lambda m, s: Candidate(f"{m.group('t')}前睡觉", MemoryKind.FACT, "schedule:睡觉", importance=0.7),
    ),
    (  # "我白天睡觉", "(我是夜班护士，)白天睡觉": the user sleeps by day (a night worker)
        re.compile(
            r"^我?(?:一般|平时|通常|都|每天|现在)*白天(?:才|都|要|得)?(?:睡觉|补觉|睡)(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate("白天睡觉", MemoryKind.FACT, "habit:sleep", importance=0.6),
    ),
    (  # "我一般要到凌晨两点才睡着": when the user falls asleep
        re.compile(
            r"^我?(?:一般|通常|平时|每天|经常|总是|常常|最近)*(?:要)?(?:到|等到)?(?P<t>(?:凌晨|半夜|晚上|夜里)?"
            r"[一二三四五六七八九十两\d]{1,3}点(?:半|多)?)(?:以后|之后|后)?才(?:能)?(?:睡着|入睡|睡得着|睡)"
        ),
        lambda m, s: Candidate(f"{m.group('t')}才睡着", MemoryKind.FACT, "sleep:late", importance=0.7),
    ),
    (  # "我最近睡眠特别差", "我睡眠不好", "我最近睡眠也不太好": how the user sleeps
        re.compile(
            r"^我(?:最近|一直|平时|现在|这段时间)?(?:的)?睡眠(?:质量)?(?:一直|也|都)?(?:特别|很|非常|比较|有点)?"
            r"(?:差|不好|不太好|不怎么好|不行)"
            # "我现在睡觉特别浅", "我睡眠很浅": a light sleeper
            r"|^我(?:最近|一直|平时|现在|这段时间)?(?:睡觉|睡眠|觉)(?:一直|也|都)?(?:特别|很|非常|比较|有点)?浅"
        ),
        lambda m, s: Candidate(
            re.sub("^我", "", zh_said(m.group(0))), MemoryKind.FACT, "sleep:poor", importance=0.7
        ),
    ),
    (  # "不喝咖啡我上午就是废人", "十点前我脑子不转": when the user is no use yet
        re.compile(
            r"^(?:不喝咖啡|没喝咖啡|喝咖啡(?:之前|以前|前)|(?:早上|上午)?[一二三四五六七八九十\d]{1,2}点(?:以前|之前|前))"
            r"我?(?:上午|早上)?(?:就是|就|完全是|根本是|都是)?(?:个)?(?:废人|僵尸|不在状态|脑子不转|什么都干不了)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)).replace("我", ""), MemoryKind.FACT, "schedule:best", importance=0.7
        ),
    ),
    (  # "下午两点以后喝咖啡我就一夜睡不着", "太甜的东西我吃了就头疼": what upsets the body
        re.compile(
            r"^(?:[^，。！？；,.!?;我]{0,10}?)(?:喝|吃)(?P<obj>咖啡|浓茶|茶|可乐|奶茶|酒|辣的?|冰的?)(?:的话)?我?"
            r"(?:就|都|会)+(?:一夜|整夜|整晚|一晚上)?(?:睡不着|失眠|拉肚子|胃疼|头疼)"
            r"|^(?P<o2>[^，。！？；,.!?;我]{1,8}?)(?:的东西|的)?我(?:一)?(?:吃|喝)(?:了|完)?"
            r"(?:(?:就|都|会)+(?:会)?|[一整]{1,2}(?:天|晚上?|夜)都?)"  # "生洋葱我吃了一整天都不舒服"
            r"(?:头疼|头痛|胃疼|肚子疼|拉肚子|过敏|睡不着|恶心|难受|长痘|上火|胀气|不舒服)"
        ),
        lambda m, s: sensitive_fact(
            zh_said(m.group(0)).replace("我", ""), m.group("obj") or re.sub("^太", "", m.group("o2"))
        ),
    ),
    (  # "我四肢不协调", "我手脚特别不协调": no dancer, no juggler
        re.compile(r"^我(?:的)?(?:四肢|手脚|身体)(?:很|特别|非常|有点|比较|真的)?不(?:太)?协调"),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "weak:协调", importance=0.7),
    ),
    (  # "我在一个弦乐四重奏里拉小提琴", "我平时弹吉他": an instrument the user plays
        re.compile(
            r"^我(?:平时|一直|也|还|业余|周末|每周)?(?:在[^，。！？；,.!?;]{1,10}?(?:里|中))?(?P<verb>拉|弹|吹|打)"
            r"(?P<obj>小提琴|大提琴|中提琴|二胡|钢琴|吉他|古筝|琵琶|尤克里里|贝斯|萨克斯|长笛|单簧管|小号|笛子|架子鼓|鼓)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.PREFERENCE, f"likes:{m.group('obj')}"),
    ),
    (  # "我打轮椅篮球", "我平时踢足球", "我周末打羽毛球": a sport the user plays
        re.compile(
            r"^我(?:平时|一直|也|还|业余|经常|每周|现在)?(?:在)?(?P<verb>打|踢|下)"
            r"(?P<kind>轮椅|沙滩|室内|业余)?(?P<obj>篮球|足球|排球|网球|羽毛球|乒乓球|棒球|橄榄球|高尔夫|冰球|手球|壁球|"
            r"台球|桥牌|围棋|象棋|国际象棋)(?=$|[，。！？；,.!?;]|了|的)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.PREFERENCE, f"likes:{m.group('obj')}"),
    ),
    (  # "我一上高速就紧张": what sets the user on edge
        re.compile(
            r"^我一(?:上|到|进|坐)(?P<obj>[^，。！？；,.!?;就]{1,6})就(?:会)?(?:紧张|发慌|心慌|害怕|头晕|难受|焦虑)"
        ),
        lambda m, s: sensitive_fact(zh_said(m.group(0)), m.group("obj")),
    ),
    (  # "我只在农贸市场买菜": where the user shops, and only there
        re.compile(
            r"^我(?:平时)?只(?:在|去)(?P<where>[^，。！？；,.!?;]{2,16}?)买(?P<what>菜|东西|衣服|水果|肉)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.PREFERENCE,
            f"uses:{topic_value(m.group('where'))}",
            importance=0.7,
        ),
    ),
    (  # "我不太想开摄像头": what the user would rather not do
        re.compile(r"^我(?:不太|不大|不是很|不)想(?P<obj>开摄像头|露脸|出镜|打电话|上台|发言|视频)"),
        lambda m, s: kept_from(zh_said(m.group(0)), "avoids", m.group("obj")),
    ),
    (  # "我是吃素的运动员": a diet said before who the user is
        re.compile(r"^我是(?:一个|个|一名)?(?:吃素|素食)的"),
        lambda m, s: Candidate("吃素", MemoryKind.FACT, "diet", importance=0.8),
    ),
    (  # "工作日晚上基本不在家": when the user is not at home
        re.compile(
            r"^(?:我)?(?P<when>工作日|周一到周五|平时|每周|周末)[^，。！？；,.!?;]{0,4}?(?:基本|一般|经常|都|常常)?不在家"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "schedule:away", importance=0.7),
    ),
    (  # "我最近改成了兼职", "我在做兼职": how much the user works
        re.compile(r"^我(?:最近|现在|已经|刚)?(?:改成了?|转成了?|换成了?|在做|做)兼职"),
        lambda m, s: Candidate("做兼职", MemoryKind.FACT, "work:part_time", importance=0.6),
    ),
    (  # "我们家睡前不让孩子看屏幕": a rule of the household's
        re.compile(
            r"^我(?:们)?家(?P<when>睡前|晚上|吃饭时|饭桌上|平时)?不让(?:孩子|小孩|孩子们)(?P<obj>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)).lstrip("们家"),
            MemoryKind.PREFERENCE,
            f"avoids:{topic_value(m.group('obj'))}",
            polarity=-1,
            importance=0.7,
        ),
    ),
    (  # "我只有周五才吃鱼": when the user eats something, and only then
        re.compile(
            r"^我只(?:有|在)(?P<when>周[一二三四五六日天末]|星期[一二三四五六日天]|周末|过年|节假日)才吃(?P<obj>[^，。！？；,.!?;]{1,6})"
        ),
        lambda m, s: Candidate(
            f"只在{m.group('when')}吃{m.group('obj')}",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('obj'))}",
        ),
    ),
    (  # "在小房间里我会幽闭恐惧": where the user feels shut in
        re.compile(r"在(?P<where>[^，。！？；,.!?;]{1,8}?)(?:里|中)?我?(?:会|就会|就)?(?:有点|很)?幽闭恐惧"),
        lambda m, s: sensitive_fact(zh_said(m.group(0)).replace("我", ""), m.group("where")),
    ),
    (  # "我吃的药不能和西柚一起吃": what the user's medicine rules out
        re.compile(
            r"我(?:吃|服用|在吃)的药不能(?:和|跟|与)(?P<obj>[^，。！？；,.!?;]{1,6}?)一起(?:吃|喝|服用)"
        ),
        lambda m, s: zh_limit(m.group("obj"), "不能吃{}（药物）", "avoids"),
    ),
    (  # "我刚在上海找了份新工作": a new job, and where
        re.compile(
            r"^我(?:刚|最近|刚刚)?在(?P<where>[^，。！？；,.!?;]{1,6}?)找(?:了|到了)(?:一)?份(?:新)?工作"
        ),
        lambda m, s: Candidate(
            f"在{m.group('where')}有了新工作", MemoryKind.FACT, "employer", importance=0.6
        ),
    ),
    (  # "我每天凌晨四点半起床": when the day begins
        re.compile(
            r"^(?:我)?(?:必须|一般|每天|都|要|得|通常|平时|基本|一直|工作日)*(?P<t>(?:早上|凌晨|清晨)?[一二三四五六七八九十两\d]{1,3}"
            r"点(?:半|[一二三四五]刻|\d\d分?)?)(?:左右)?(?:就|都|必须|得|要)*(?:起床|起来|起)"
            # "早上七点就得起来上班": and what for
            r"(?P<for>(?:去)?(?:上班|上学|送孩子|赶车|通勤))?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate(
            f"{m.group('t')}起床{m.group('for') or ''}", MemoryKind.FACT, "schedule:起床", importance=0.7
        ),
    ),
    (  # "我只有早上脑子最清醒", "我晚上效率最高": when the user thinks best
        re.compile(
            r"我(?:只有|一般|通常|平时)?(?P<when>早上|上午|中午|下午|晚上|夜里|深夜)(?:的时候)?(?:脑子|头脑|精神|效率|状态)?"
            r"(?:最|比较|特别)(?:清醒|好|高|专注|有精神)"
        ),
        lambda m, s: Candidate(zh_said(s), MemoryKind.FACT, "schedule:清醒", importance=0.6),
    ),
    (  # "我在哺乳期", "我还在喂奶"
        re.compile(r"我(?:现在|目前|还|正)*(?:在|处于)(?:哺乳期|喂奶|母乳喂养)"),
        lambda m, s: Candidate("在哺乳期", MemoryKind.FACT, "health:哺乳期", importance=0.8),
    ),
    (  # "我刚查出来怀孕了", "我怀孕五个月了"
        re.compile(
            r"我(?:刚|已经|现在)?(?:查出来?|发现|确认)?(?:怀孕|怀(?:了)?(?:二胎|三胎|老二|老三|宝宝))(?:了)?"
            r"(?P<how>[一二三四五六七八九十两\d]+(?:周|个月))?"
        ),
        lambda m, s: Candidate(f"怀孕{m.group('how') or ''}", MemoryKind.FACT, "health:怀孕", importance=0.8),
    ),
    *HOUSEHOLD_ZH,
    (  # "我心梗之后一直在低盐饮食", "我在吃低碳水": what the user's meals keep to
        re.compile(
            r"我[^，。！？；,.!?;]{0,8}?(?:在|坚持|保持)?(?P<what>低盐|低糖|低脂|低碳水?|少油|无麸质)饮食"
        ),
        lambda m, s: zh_limit(
            m.group("what")[1:] if m.group("what").startswith("低") else m.group("what"),
            f"{m.group('what')}饮食",
            "limits",
        ),
    ),
    (  # "我每周一、三上班", "我现在改成周二周四上班了": the days the user works (a change ends the old ones)
        re.compile(
            # (every weekend: "我周末都要上班"; not "我周末要上班", this weekend's, nor a partner's said after
            # them: "我对象是厨师，每个周末都要上班")
            rf"^(?:我)?(?:现在|目前)?(?P<moved>改成|改为|换成|调成|改到)?(?:每个?)?"
            rf"(?P<days>{ZH_DAYS}|(?<=我)(?:周末(?=(?:基本|一般)?都)|工作日))"
            # "我周末都要在花店上班": where too
            r"(?:都|要|得|去)*(?:在[^，。！？；,.!?;]{1,8}?)?(?P<how>上班|工作|值班|上夜班|上白班|坐班)(?!的)"
        ),
        lambda m, s: Candidate(
            f"{m.group('days')}{m.group('how')}",
            MemoryKind.FACT,
            "schedule:work",
            importance=0.7,
            change=bool(m.group("moved")),
        ),
    ),
    (  # "我白天不在家", "我工作日都不在家": when the user is out
        re.compile(
            r"^我(?:平时|一般|通常)?(?P<when>白天|工作日|上班时间|周一到周五|平时)(?:都|一般|基本)*"
            r"(?:不在家|没人在家|家里没人|要?上班|要工作)(?=$|[，。！？；,.!?;])"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "schedule:work", importance=0.7),
    ),
    (  # "我搬家了", "我刚搬了新家"
        re.compile(
            r"^(?:另外|还有|对了)?，?我(?:们)?(?:刚|最近|上个?月|上周|前几天|已经)*(?:搬家了|搬了(?:新)?家|搬到新家)"
        ),
        lambda m, s: Candidate("最近搬了家", MemoryKind.FACT, "housing:moved", importance=0.6),
    ),
    (  # "我在排队等髋关节置换手术": an operation ahead, what a plan for now has to allow for
        re.compile(
            r"^我(?:在|正在|还在|一直在)?(?:排队|排期)?等(?:着)?(?:做)?(?P<what>[\u4e00-\u9fff]{1,8}?)手术"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("what")),
    ),
    (  # "我只有一只手能正常用", "我左手使不上劲"
        re.compile(r"我(?:现在)?只有一只(?P<part>手|胳膊|眼睛|耳朵|腿)能(?:正常)?(?:用|动|使)"),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("part")),
    ),
    (  # "字幕一多我的眼睛就酸", "天一冷我的哮喘就容易犯": what brings something on
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我]{1,8}?)一(?P<how>多|冷|热|潮湿?|干燥?|晒|累|吵|饿|挤|闷热?|闪|亮|响|大声|变天|降温|下雨|刮风)(?:我的?)?(?P<part>[^，。！？；,.!?;就]{0,4})"
            r"就(?:会|容易|开始)*(?P<effect>[^，。！？；,.!?;]{1,12})"
        ),
        lambda m, s: _brought_on(m),
    ),
    (  # "我是夜猫子", "我是个早起的人"
        re.compile(
            # ("我有点夜猫子": 我夜猫子, read without the hedge)
            r"我(?:是|算是)?(?:个|一个)?(?:典型的|标准的|很|非常|特别)?(?P<t>夜猫子|早起的人|晨型人|夜型人|早鸟|左撇子|"
            r"内向的人|外向的人|社恐|挑食的人|熬夜党|早起党|夜猫族)"
            r"|^我(?:很|特别|非常|从小就?)?(?P<picky>挑食)"
            # "我比较内向", "我性格很外向"
            r"|我(?:的)?(?:性格|个性|天生|从小)?(?:就)?(?:比较|很|非常|特别|有点|挺|偏|超级?)?(?P<ed>内向|外向)(?![的型])"
        ),
        lambda m, s: Candidate(
            "挑食" if m.group("picky") else f"是{m.group('t')}" if m.group("t") else f"性格{m.group('ed')}",
            MemoryKind.FACT,
            f"trait:{m.group('t') or m.group('picky') or m.group('ed') + '的人'}",
            importance=0.7,
        ),
    ),
    (  # when the user works best: "晚上十点以后效率最高" (going on from "我是夜猫子，")
        re.compile(
            r"(?:^|我)(?:一般|通常|平时|每天)?(?P<when>[^，。！？；,.!?;我你他她]{2,10}?)(?:的)?(?:效率最高|状态最好|"
            r"脑子最清醒|精神最好|学习效率最高|工作效率最高)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "schedule:best_time", importance=0.7),
    ),
    (  # "我近视八百度", "我有老花眼", "我现在不戴眼镜看不清小字了"
        re.compile(
            r"我(?:现在|已经|有点|有|也|一直|从小)*(?P<sight>高度近视|近视|远视|老花眼?|散光)"
            r"|我(?:现在|已经)?不戴(?:老花镜|眼镜)(?:就)?(?:看不清|看不见|看不了)(?P<what>[^，。！？；,.!?;了]{0,6})"
        ),
        lambda m, s: health_fact(
            f"有{m.group('sight')}" if m.group("sight") else f"不戴眼镜看不清{m.group('what')}", "视力"
        ),
    ),
    (  # "我被蜜蜂蛰了会过敏"
        re.compile(r"我(?:被)?(?P<obj>[^，。！？；,.!?;我]{1,6}?)(?:蛰|咬|叮)了?(?:就|会|也)*过敏"),
        lambda m, s: Candidate(
            f"对{m.group('obj')}蛰咬过敏", MemoryKind.FACT, f"allergy:{m.group('obj')}", importance=0.9
        ),
    ),
    (  # "我膝盖现在爬不了楼梯了"
        re.compile(
            r"我的?(?P<part>膝盖|腰|腿|脚|手|背|肩膀|脖子|眼睛)(?:现在|已经|都)?(?P<what>(?:爬|上|走|受|弯|蹲|提|抬|站)不了[^，。！？；,.!?;]{0,6})"
        ),
        lambda m, s: health_fact(f"{m.group('part')}{zh_clean(m.group('what'))}", m.group("part")),
    ),
    (  # "我现在每天只吃一千五百大卡"
        re.compile(r"(?:只吃|控制在|不超过)(?P<n>[一二三四五六七八九十百千两\d,]+)(?:大卡|卡路里|千卡|卡)"),
        lambda m, s: Candidate(
            f"每天只吃{m.group('n')}大卡", MemoryKind.PREFERENCE, "limits:热量", polarity=-1, importance=0.8
        ),
    ),
    (  # "我才一米五", "我一米九五"
        re.compile(
            r"^我(?:的)?(?:身高)?(?:是|才|只有|有|都|快)?(?P<h>一米[一二三四五六七八九]{1,2}|1[.．]\d{1,2}米|1米\d{1,2}|1\d{2}(?:厘米|公分|cm))"
        ),
        lambda m, s: Candidate(f"身高{m.group('h')}", MemoryKind.FACT, "height", importance=0.7),
    ),
    (  # "我血压偏高", "我的血糖有点高", "我最近体检查出血脂有点高", "(我45岁，)最近体检说血糖偏高" (with a
        # reading: "血压偏高（145/92）")
        re.compile(
            # (a check-up's finding said without 我 is the speaker's: "最近体检说血糖偏高"; so is a measure
            # said after the user's clause: "(我五十八了，好多年没运动，)血压还有点高")
            r"(?:我|^(?=(?:最近|前几天|上个?月|今年|去年)?(?:体检|检查))|^(?=血压|血糖|血脂|胆固醇|尿酸))"
            r"(?:的|最近|前几天|上个?月|今年|去年)?"
            r"(?:(?:体检|检查)(?:时|的时候)?(?:查出来?|发现|说|显示)(?:了|有)?我?)?的?"
            r"(?P<part>血压|血糖|血脂|胆固醇|尿酸|心率|转氨酶)(?:一直|有点|比较|很|都|也|稍微|还|挺|最近)*"
            r"(?P<state>偏高|偏低|高|低|超标)"
            rf"(?:[，,]?[(（]?(?:有|是|在|到了?|达到)?(?P<value>{_READING_ZH}))?"
        ),
        lambda m, s: health_fact(
            f"{m.group('part')}{m.group('state')}" + (f"（{m.group('value')}）" if m.group("value") else ""),
            m.group("part"),
        ),
    ),
    (  # "我的血压是145/92", "空腹血糖7.1", "我静息心率72"
        re.compile(
            r"(?:^|我的?|最近|今天|早上)(?:静息|空腹)?(?P<part>血压|血糖|血脂|胆固醇|尿酸|心率)"
            rf"(?:是|有|在|为|量出来是|测出来是|大概|[:：])*\s?(?P<value>{_READING_ZH})"
        ),
        lambda m, s: health_fact(f"{m.group('part')}{m.group('value')}", m.group("part")),
    ),
    (  # "我体重94公斤", "我现在188斤", "我的体重是90kg" (not "我想减10公斤")
        re.compile(
            r"^(?:我(?:现在|目前|的)?(?:体重)?|体重)(?:是|有|大概|差不多|将近|快)*(?P<w>\d{2,3}(?:\.\d)?|[一二三四五六七八九十百两]{2,5})"
            r"(?P<unit>公斤|千克|kg|KG|斤)"
        ),
        lambda m, s: Candidate(
            f"体重{m.group('w')}{m.group('unit')}", MemoryKind.FACT, "weight", importance=0.7
        ),
    ),
    (  # "我超重二十公斤", "我有点胖", "我偏瘦": where the user's weight stands (not "我女儿有点胖")
        re.compile(
            r"^我(?:现在|目前|最近|一直)?(?:体重)?(?P<said>(?:超重|肥胖|偏胖|偏瘦|太瘦|体重过轻|有点胖|比较胖|很胖|太胖|有点瘦|比较瘦|很瘦)"
            r"(?:了)?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})?(?:公斤|千克|kg|斤)?)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group("said")),
            MemoryKind.FACT,
            "weight:"
            + ("underweight" if "瘦" in m.group("said") or "过轻" in m.group("said") else "overweight"),
            importance=0.7,
        ),
    ),
    (  # "我刚纹了身", "我上周打了耳洞": a fresh one keeps out of pools, saunas and the sun
        re.compile(
            r"^我(?:刚|刚刚|最近|上周|才|前几天)*(?:纹了(?:个|一个)?身|纹身了|纹了(?:个|一个)?[\u4e00-\u9fff]{1,4}|打了耳洞)"
        ),
        lambda m, s: health_fact("刚纹了身" if "纹" in m.group(0) else "刚打了耳洞", "纹身"),
    ),
    (  # an injury: "我三月份踢球的时候韧带撕裂了", "我去年摔跤手腕骨折了"
        re.compile(
            r"^我.{0,16}?(?P<part>韧带|半月板|膝盖|脚踝|手腕|腰|腿|胳膊|手臂|肩膀|手指|脚趾|脚|肋骨|锁骨|跟腱|颈椎|腰椎|"
            r"十字韧带)(?:又|也)?(?:撕裂|骨折|扭伤|拉伤|受伤|受过伤|伤过|有旧伤|断了|骨裂|脱臼|劳损|突出)"
            # "我以前打橄榄球伤过肩膀", "我踢球扭伤过脚踝"
            r"|^我.{0,12}?(?:伤过|伤了|伤到了?|扭伤过|拉伤过|摔伤过|弄伤过)(?P<p2>韧带|半月板|膝盖|脚踝|手腕|腰|腿|胳膊|手臂|"
            r"肩膀|手指|脚趾|脚|肋骨|锁骨|跟腱|颈椎|腰椎|背)"
        ),
        lambda m, s: health_fact(zh_said(s), m.group("part") or m.group("p2")),
    ),
    (  # "我七十二岁了", "我今年35岁"
        # (not an age at which something began: "我十二岁开始吃素", "我八岁的时候")
        re.compile(
            r"^我(?:今年|已经|都|快|才|刚)*(?P<age>[一二三四五六七八九十百两\d]{1,4})(?:周)?岁"
            r"(?!开始|起|的时候|那年|那会|时|就|以后|之后|以前|前)"
            # "我今年58": a number this year, said alone
            # ... or "我五十八了": with 了 (not "我十分钟了")
            r"|^我(?:今年(?P<a2>[1-9]\d|[二三四五六七八九]十[一二三四五六七八九]?)了?"
            r"|(?:已经|都|快)?(?P<a3>[1-9]\d|[二三四五六七八九]十[一二三四五六七八九]?)了)$"
        ),
        lambda m, s: Candidate(
            f"{m.group('age') or m.group('a2') or m.group('a3')}岁", MemoryKind.FACT, "age", importance=0.7
        ),
    ),
    (  # "我做饭一窍不通", "理财我完全是外行"
        re.compile(
            r"^(?:说实话，?)?我(?:的)?(?P<obj>[\u4e00-\u9fff]{1,6}?)(?:完全|简直|真的|基本)?(?:一窍不通|是外行|不在行|很差劲|完全不行)"
        ),
        lambda m, s: zh_fact(m.group("obj"), "{}不在行", "weak"),
    ),
    (  # "我们家禁止任何带亮片的东西", "家里不许养猫"
        re.compile(r"(?:我们?)?家(?:里)?(?:禁止|不许|不准|不让)(?:任何)?(?P<obj>[^，。！？；,.!?;]{1,12})"),
        lambda m, s: zh_limit(m.group("obj"), "家里不许{}", "avoids"),
    ),
    (  # "保鲜膜和瓶装水在我们家已经禁了": what the house has banned, named first
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我你他她]{1,12}?)在我(?:们)?家(?:里)?(?:已经|早就|早)?(?:被)?"
            r"(?:禁了|禁止了|禁用了|是禁止的|不许用|不让用)"
        ),
        lambda m, s: zh_limit(m.group("obj"), "家里不许{}", "avoids"),
    ),
    (  # "我这人特别怕冷", "我特别容易淤青", "我很怕热"
        re.compile(
            r"^我(?:这人|这个人)?(?:从小|一直|也|真的|其实)?(?:很|特别|非常|比较|有点|超|挺)?(?:(?P<fear>怕冷|怕热|怕晒|怕吵|怕辣)(?=[，。！？；,.!?;了]|$)"
            r"|容易(?P<easily>淤青|过敏|感冒|晒伤|晒黑|中暑|失眠|疲劳|上火|长痘|出汗|抽筋|头晕))"
        ),
        lambda m, s: sensitive_fact(
            m.group("fear") or f"容易{m.group('easily')}", (m.group("fear") or "")[1:] or m.group("easily")
        ),
    ),
    (  # "我从来不赌", "我不抽烟": what the user never does
        re.compile(
            r"^我(?:从来|从|一直|平时|也|已经|早就)*(?:都)?不(?P<what>抽烟|吸烟|赌博|赌钱|赌|打麻将|熬夜|蹦迪|网购|分期|"
            r"用手机支付|用网上银行|用网银|用信用卡|刷信用卡|讨价还价|砍价|送实物礼物|用外卖软件)"
            r"(?=$|[，。！？；,.!?;了的])"
        ),
        lambda m, s: kept_from(zh_said(m.group(0)), "avoids", m.group("what")),
    ),
    (  # "我胫骨一跑就疼", "我膝盖一蹲就痛": what a part of the body cannot take
        re.compile(
            r"^我(?:的)?(?P<part>膝盖|胫骨|腰|背|脚踝|髋关节|肩膀|脖子|手腕|脚|腿|小腿|大腿|脚后跟|跟腱|颈椎|腰椎|手肘)"
            r"(?:一|只要|每次)(?P<do>[\u4e00-\u9fff]{1,3}?)就(?:会)?(?:疼|痛|酸|难受|不舒服|肿)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("part")),
    ),
    (  # "我海拔三千米以上就会高反", "我往东飞倒时差特别难受": what travel does to the body
        re.compile(
            r"^我(?:一到)?[^，。！？；,.!?;]{0,10}?(?:就|会|容易|都)*(?P<what>高反|高原反应)"
            r"|^我[^，。！？；,.!?;]{0,8}?(?P<lag>倒时差)(?:特别|很|非常|都|总是)*(?:难受|困难|严重|痛苦|难)"
        ),
        lambda m, s: health_fact(
            "容易高反" if m.group("what") else "倒时差很难受", m.group("what") or "时差"
        ),
    ),
    (  # "海滩度假对我来说太无聊了": what bores the user
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我]{2,10}?)对我(?:来说)?(?:太|很|特别|有点|实在|真的)*(?:无聊|没意思|没劲)"
        ),
        lambda m, s: Candidate(
            f"觉得{m.group('obj')}无聊",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('obj'))}",
            polarity=-1,
            importance=0.7,
        ),
    ),
    (  # "我看不见": blind
        re.compile(r"^我(?:完全|几乎|基本)?看不见(?=$|[，。！？；,.!?;了])"),
        lambda m, s: health_fact("看不见", "视力"),
    ),
    (  # "我吃不了太辣的", "我一点辣都吃不了", "我滴酒不沾"
        re.compile(
            r"我(?:自己)?(?:真的|实在|完全|一点都|一点也)?(?P<verb>吃|喝)不了(?:太)?(?P<obj>[^，。！？；,.!?;]{1,8})"
            r"|我(?:真的|实在|完全)?一(?:点|口|滴)(?P<o2>[^，。！？；,.!?;都也]{1,4})(?:都|也)(?P<v2>吃|喝|碰|沾)不(?:了|得|下)"
            r"|我(?:已经|平时|一直|从来)?(?:[一二三四五六七八九十两几\d]+年)?(?P<wine>滴酒不沾|滴酒未沾)"
        ),
        lambda m, s: (
            zh_limit("酒", "滴酒不沾", "avoids")
            if m.group("wine")
            else zh_limit(m.group("obj"), m.group("verb") + "不了{}", "avoids")
            if m.group("verb")
            else zh_limit(m.group("o2"), m.group("v2") + "不了{}", "avoids")
        ),
    ),
    (  # "我最怕蜘蛛了", "我恐高", "我有恐高症" is a condition
        re.compile(
            r"^我(?:这人|这个人)?(?:从小|一直|也|真的|其实|现在|还是)?(?:很|最|特别|非常|超|超级|有点|比较|挺)?(?:害怕|恐惧|怕)"
            r"(?P<obj>(?![你他她我它这那会要被不没来冷热麻烦])[^，。！？；,.!?;了]{1,6})(?:了|啊|呀)?[。！!.]*$"
            r"|^我(?:特别|很|非常|有点|超级|一直|从小就?)?(?P<high>恐高)|怕的是(?P<o2>[^，。！？；,.!?;了]{1,6})"
            # "蜘蛛是我最大的噩梦"
            r"|^(?P<o3>[^，。！？；,.!?;我你他她它这那]{1,6})是我(?:最大的|最怕的)(?:噩梦|恐惧)"
        ),
        lambda m, s: _zh_fear(
            "高处" if m.group("high") else m.group("obj") or m.group("o2") or m.group("o3")
        ),
    ),
    (  # "我是一型糖尿病人": a condition said as who the user is
        re.compile(
            r"^我是(?:个|一个|一名)?(?P<cond>(?:[一二12]型)?糖尿病|哮喘|癫痫|心脏病|高血压)(?:人|患者|病人)"
        ),
        lambda m, s: health_fact(f"有{m.group('cond')}", m.group("cond")),
    ),
    (  # "我是老年人", "我年纪大了": the user's age, as they said it
        re.compile(
            r"^我(?:已经)?(?:是|算)(?:个|一个|一名)?(?P<who>老年人|老人家?|退休老人)|^我(?:已经)?年纪(?:很|比较)?大了"
        ),
        lambda m, s: Candidate(
            f"是{m.group('who')}" if m.group("who") else "年纪大了", MemoryKind.FACT, "age", importance=0.6
        ),
    ),
    (  # "我不太会用手机", "我不会用电脑": what the user cannot manage
        re.compile(
            r"^我(?:不太|不怎么|不大|不)会(?:用|玩|操作)(?P<what>智能手机|手机|电脑|微信|支付宝|网上支付|网银|APP|app|应用|"
            r"平板|网络|互联网|这些电子产品|电子产品)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.FACT, f"weak:{m.group('what')}", importance=0.7
        ),
    ),
    (  # "我只有周日休息": the days the user is off
        re.compile(
            r"^我(?:一般|平时|每周)?(?:只有|只在|就)(?P<days>(?:周[一二三四五六日天]|星期[一二三四五六日天])"
            r"(?:[和、跟]?(?:周[一二三四五六日天]|星期[一二三四五六日天]))*)(?:才)?(?:休息|有空|放假|不上班)"
        ),
        lambda m, s: Candidate(f"只有{m.group('days')}休息", MemoryKind.FACT, "schedule:off", importance=0.7),
    ),
    (  # "我坐后排看不清黑板": what the user's eyes cannot make out
        re.compile(
            r"^我(?:坐|站|在)?(?P<where>[^，。！？；,.!?;]{0,6}?)看不清(?P<what>黑板|屏幕|字幕|小字|路牌|菜单|字|PPT|投影)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), f"看不清{m.group('what')}"),
    ),
    (  # "我一直没考驾照", "我没有驾照"
        re.compile(r"^我(?:一直|到现在|至今|还)?(?:都|也)?(?:没考|没有考|没拿到|没有|没)驾照"),
        lambda m, s: _lacks_zh("驾照", "没有驾照"),
    ),
    (  # "我不想用任何会追踪位置的应用": what the user will not have
        re.compile(r"^我(?:不想|不愿意|不会|拒绝)(?:用|装|下载|安装)任何(?P<obj>[^，。！？；,.!?;]{2,14})"),
        lambda m, s: zh_limit(m.group("obj"), zh_said(m.group(0)).replace(m.group("obj"), "{}"), "avoids"),
    ),
    (  # "我周五晚上到周六晚上守安息日": a faith's day kept
        re.compile(
            r"^我(?P<when>[^，。！？；,.!?;]{0,12}?)(?:守|过|遵守)(?P<what>安息日|斋月|大斋期|逾越节|赎罪日)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "faith", importance=0.7),
    ),
    (  # "我上周扭伤了手腕": an injury of now
        re.compile(
            r"^我(?:上周|前几天|昨天|最近|刚|上个月|前天)?(?:把)?(?:扭伤|拉伤|摔伤|崴|弄伤|摔断|骨折)了?"
            r"(?P<part>手腕|脚踝|脚|膝盖|腰|肩膀|手指|胳膊|腿|背|脖子|手|脚趾|韧带)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("part")),
    ),
    (  # "我闻不了煎鱼的味道": a smell the user cannot take
        re.compile(
            r"^我(?:真的|实在|完全|一点都|一点也)?(?:闻不了|闻不得)(?P<obj>[^，。！？；,.!?;]{1,10}?)(?:的)?(?:味道?|气味)"
        ),
        lambda m, s: sensitive_fact(zh_said(m.group(0)), m.group("obj")),
    ),
    (  # "早到或迟到超过十分钟我都会很焦虑": what sets the user off, said first
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我]{2,16}?)(?<![让使令害叫])我(?:都|就|总|总是|也)?(?:会)?(?:很|特别|非常|有点)?"
            r"(?P<effect>焦虑|紧张|崩溃|抓狂|心慌|烦躁)"
        ),
        lambda m, s: sensitive_fact(zh_said(m.group(0)).replace("我", ""), m.group("obj")),
    ),
    (  # "周末我想让孩子们远离屏幕": a rule for the household's children
        re.compile(
            r"^(?:[^，。！？；,.!?;我]{0,6})我(?:们)?(?:想|要|尽量|打算)?(?:让|不让)(?:孩子们?|小孩|娃)(?:远离|少碰|少看|别碰|别看)"
            r"(?P<obj>[^，。！？；,.!?;]{1,6})"
        ),
        lambda m, s: zh_limit(
            m.group("obj"),
            zh_clean(m.group(0)).replace("我们", "").replace("我", "").replace(m.group("obj"), "{}"),
            "avoids",
        ),
    ),
    (  # "我一点酒都不能碰": kept away from altogether
        re.compile(
            r"我(?:真的|实在|现在)?一点(?P<obj>[\u4e00-\u9fff]{1,4}?)都(?:不能|不敢|不可以|没法|不)(?P<verb>碰|吃|喝|沾)"
        ),
        lambda m, s: zh_limit(m.group("obj"), f"一点{{}}都不能{m.group('verb')}", "avoids"),
    ),
    (  # "我在吃抗生素": a medicine taken now
        re.compile(
            r"^我(?:现在|最近|正在|在|每天|一直)+(?:吃|服用)(?P<med>[\u4e00-\u9fff]{0,6}?(?:抗生素|药|激素|避孕药|安眠药|"
            r"抗抑郁药|华法林|二甲双胍))$"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("med")),
    ),
    (  # "三点以后我就走不开了": when the user is not free
        re.compile(
            r"^(?P<when>[^，。！？；,.!?;我]{1,8}?(?:以后|之后|以前|之前))我?(?:就|都|基本|基本上)*"
            rf"(?:{NOT_FREE_ZH}|不方便)"
        ),
        lambda m, s: _busy_zh(zh_clean(m.group(0)).replace("我", "")),
    ),
    (  # "我周末基本没时间", "晚上都不方便": a part of the week the user is not free
        re.compile(
            rf"^我?(?P<when>{BUSY_WHEN_ZH})(?:都|基本|基本上|一般|通常|根本|也|就|几乎|完全|比较|很|特别)*"
            rf"(?:{NOT_FREE_ZH}|不方便|忙)(?:[了啊呀]*)[。！!.]?$"
        ),
        lambda m, s: _busy_zh(zh_clean(m.group(0)).removeprefix("我")),
    ),
    (  # "三月之前请不了假", "我今年年底前都请不了假": when the user cannot take time off
        re.compile(
            r"^我?(?:刚[^，。！？；,.!?;]{1,6}?，)?(?P<when>[^，。！？；,.!?;我]{1,8}?(?:之前|以前|前))?(?:都|也|还|暂时)*"
            r"(?:请不了假|请不到假|没法请假|不能请假|休不了假|没法休假)"
        ),
        lambda m, s: _busy_zh(zh_clean(m.group(0)).removeprefix("我")),
    ),
    (  # "闪光灯会诱发我的偏头痛", "香水味容易引起我的哮喘": what sets a condition off
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我]{1,8}?)(?:会|容易|能|常常|经常|总是|总会)*(?:诱发|引发|引起|触发|加重)我的?"
            rf"(?P<cond>{ZH_CONDITIONS}|头疼|头痛|过敏)"
        ),
        lambda m, s: sensitive_fact(re.sub("我的?", "", zh_said(m.group(0))), m.group("obj")),
    ),
    (  # "我在医院上十二小时的班": how long shifts are; "(我是消防员，)上一天班休两天": how they turn
        re.compile(
            r"^我[^，。！？；,.!?;]{0,8}?上(?P<n>[一二三四五六七八九十两\d]+)(?:个)?小时的班"
            r"|^(?:我[^，。！？；,.!?;]{0,8}?)?(?:上|做)[一二两三四五六七\d]+(?:天|个)?班?(?:休|歇)[一二两三四五六七\d]+天?"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "work:shift", importance=0.7),
    ),
    (  # "我想在三月前还清透支": a debt to clear
        re.compile(
            r"^我(?:想|要|得|打算|正在|在|努力|争取)*(?:在[^，。！？；,.!?;]{1,6}?(?:前|之前|以前))?"
            r"(?:还清|还完|还上|还掉)(?P<what>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.EVENT,
            f"goal:还清{topic_value(zh_clean(m.group('what')))}",
            importance=0.7,
        ),
    ),
    (  # "我在做生酮饮食", "我现在吃清真", "我因为癫痫在吃生酮饮食"
        re.compile(
            r"我(?:们家|家|们)?(?:因为(?P<why>[^，。！？；,.!?;]{1,8}?))?(?:现在|最近|目前|一直|正在|在|只|都)*(?:做|吃|坚持|采用|遵循|搞|尝试)?(?P<plan>5[:：]2)?(?P<diet>生酮|低碳水?|轻断食|间歇性断食|低FODMAP|低fodmap|低嘌呤|无麸质|"
            r"地中海|清真|168断食|16[:：]8断食)(?:饮食)?"
        ),
        lambda m, s: Candidate(
            (f"因为{m.group('why')}吃" if m.group("why") else "")
            + (m.group("plan") or "")  # "5:2轻断食"
            + (
                m.group("diet") + ("" if m.group("diet").endswith("断食") else "饮食")
                if m.group("diet") != "清真"
                else f"{'' if m.group('why') else '吃'}清真"
            ),
            MemoryKind.FACT,
            diet_topic(m.group("diet")),
            importance=0.8,
        ),
    ),
    (  # "房东不让养宠物", "小区不允许养狗"
        re.compile(
            r"(?P<who>房东|小区|物业|公司|学校|合同)(?:不让|不允许|不许|禁止)(?P<obj>[^，。！？；,.!?;]{1,10})"
        ),
        lambda m, s: zh_limit(m.group("obj"), f"{m.group('who')}不让{{}}", "avoids"),
    ),
    (  # "我收藏黑胶唱片", "我自己种菜", "家里吃的菜大部分是我自己种的": a pastime
        re.compile(
            r"^我(?:平时|一直|业余|也|还|从小|周末|自己)*(?P<c>收藏(?![了过你这那])|集(?=邮|卡|币|硬币|手办))"
            r"(?P<obj>[^，。！？；,.!?;]{1,12})"
            r"|(?:^我|是我)(?:平时|一直|周末|自己|也|还|会|在[^，。！？；,.!?;]{1,6}?)*(?P<v>种|烤|酿|腌|织|绣)的?"
            r"(?P<o>菜|蔬菜|水果|花|面包|蛋糕|酒|啤酒|葡萄酒|米酒|泡菜|咸菜|毛衣|围巾|十字绣)"
            r"(?![一二两三四五六七八九十几\d]+多?(?:年|个月))"  # "种菜十年了": how long, a habit's
            r"|(?P<o2>菜|蔬菜|水果|花|面包)[^，。！？；,.!?;]{0,10}?是我(?:自己)?(?:在[^，。！？；,.!?;]{1,6}?)?(?P<v2>种|烤)的"
        ),
        lambda m, s: _pastime_zh(
            m.group("c") or m.group("v") or m.group("v2"),
            zh_clean(m.group("obj") or m.group("o") or m.group("o2")),
            "自己" in m.group(0) or "是我" in m.group(0),
        ),
    ),
    *SKILLS_ZH,
    *LEARNING_ZH,
    (  # "我的手机是老款苹果8", "我的电脑是五年前的老笔记本"
        re.compile(r"^我的(?P<dev>手机|电脑|笔记本|平板|车|电视|相机)是(?P<what>[^，。！？；,.!?;]{2,16})"),
        lambda m, s: Candidate(
            f"{m.group('dev')}是{zh_clean(m.group('what'))}",
            MemoryKind.FACT,
            f"device:{m.group('dev')}",
            importance=0.7,
        ),
    ),
    (  # "我晚上在自学Python编程", "我最近在学日语", "我学吉他快半年了"
        re.compile(
            r"我(?:最近|晚上|现在|平时)?(?:在|正在|刚开始|刚刚开始|开始)"
            # "我在用多邻国学意大利语", "我在跟着网课学吉他"
            r"(?:(?:用|跟着?|靠|通过|上)[^，。！？；,.!?;学]{1,8}?)?(?:自学|学习?)(?![校生期院了习])(?P<obj>[^，。！？；,.!?;]{1,12})"
            r"|^我(?:自学|学)(?![校生期院])(?P<o2>[^，。！？；,.!?;]{1,8}?)(?:快|已经|有|差不多|才|刚)*"
            r"(?P<long>[一二三四五六七八九十两半几\d]+(?:年|个月|周|个星期)(?:多|半)?)了?"
        ),
        lambda m, s: Candidate(
            f"在学{zh_clean(m.group('obj'))}" if m.group("obj") else zh_said(m.group(0)),
            MemoryKind.FACT,
            f"learning:{topic_value(zh_clean(m.group('obj') or m.group('o2')))}",
            importance=0.6,
        ),
    ),
    (  # "我最近在做跑步入门计划", "我在跟一个十二周的增肌课程": a programme followed
        re.compile(
            r"^我(?:最近|现在|目前|正)?在(?:做|跟|练|坚持|参加)(?:一个)?(?P<what>[^，。！？；,.!?;]{1,10}?)"
            r"(?P<kind>计划|课程|挑战|训练营)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.EVENT,
            f"goal:{topic_value(m.group('what') + m.group('kind'))}",
            importance=0.7,
        ),
    ),
    (  # "我在多吃蛋白质", "我最近在少吃主食" is a limit elsewhere: eating more of something on purpose
        re.compile(r"^我(?:最近|现在|正|一直)?在(?:努力|尽量)?多吃(?P<what>[^，。！？；,.!?;]{1,6})"),
        lambda m, s: Candidate(
            f"在多吃{zh_clean(m.group('what'))}",
            MemoryKind.EVENT,
            f"goal:多吃{topic_value(zh_clean(m.group('what')))}",
            importance=0.7,
        ),
    ),
    (  # "我最记不住生日了", "我老是记不住别人的名字"
        re.compile(r"^我(?:最|总是|老是|总|从来|一直|特别)*记不住(?P<obj>[^，。！？；,.!?;了]{1,8})"),
        lambda m, s: zh_fact(m.group("obj"), "记不住{}", "weak"),
    ),
    (  # "我上午脑子最清楚", "我晚上效率最高": when the user is at their best
        re.compile(
            r"^我(?P<when>上午|早上|下午|晚上|夜里|白天)(?:的)?(?:脑子|精神|状态|效率|头脑|思路)(?:最|比较|特别)"
            r"(?:清楚|清醒|好|高|集中)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "schedule:best"),
    ),
    (  # "我种菜十年了", "我跑马拉松快五年了": what the user has done for years
        re.compile(
            r"^我(?:已经)?(?P<what>(?:种|跑|弹|拉|练|打|踢|画|写|做|养|玩|下|学|骑|游|爬|钓|拍|唱|跳|织|收集|教|开)"
            r"[\u4e00-\u9fff]{1,5}?)(?:快|已经|有|差不多|都|也)*(?P<long>[一二三四五六七八九十两几\d]+年(?:多|半)?)了"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.FACT,
            f"habit:{topic_value(m.group('what'))}",
            importance=0.6,
        ),
    ),
    (  # "我早上起不来", "我不是早起的人": mornings do not suit the user
        re.compile(
            r"^我(?:早上|早晨|每天早上)(?:总是|老是|一直|实在|真的)?起不来|^我(?:完全|根本|真的|从来|一直|压根)?不是(?:个|一个)?早起的人"
        ),
        # what the user is not: no interest in mornings
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.FACT, "habit:早上", polarity=-1, importance=0.6
        ),
    ),
    (  # "我一紧张就结巴", "我一着急就手抖": what comes over the user at such a time
        re.compile(
            r"^我(?:一|只要一?)(?P<when>紧张|着急|激动|累|冷|饿|熬夜|生气)(?:起来)?(?:就|便)(?:会|容易)?"
            r"(?P<what>结巴|口吃|手抖|发抖|脸红|出汗|冒汗|胃疼|头疼|偏头痛|失眠|忘词|说不出话|心慌|腹泻|拉肚子)"
        ),
        lambda m, s: health_fact(zh_said(m.group(0)), m.group("what")),
    ),
    (  # "我一周上四天班，周五休息", "我每周只上三天班": how many days the user works
        re.compile(
            r"^我(?:现在|目前)?(?:一周|每周|一个星期)(?:只)?(?:上|工作|干)(?P<n>[一二三四五六两\d])天(?:班)?"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "schedule:work_days", importance=0.7),
    ),
    (  # "我水性不好", "我水性很差": not at home in the water
        re.compile(r"^我(?:的)?水性(?:不太|不怎么|很|特别|比较|一直)?(?:不好|差|一般)"),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "weak:游泳", importance=0.7),
    ),
    (  # "我退休了"
        re.compile(r"^我(?:已经|刚)?退休了?"),
        lambda m, s: Candidate("已退休", MemoryKind.FACT, "job", importance=0.7),
    ),
    (  # "我家没有电视", "家里没有电梯", "小区没有电梯"
        re.compile(
            r"(?:我们?家|家里|^我?在家|^我?(?:也)?(?=没)|^(?:我们?(?:住的)?)?(?:小区|楼里|这栋楼|那栋楼|我们楼|楼道)(?=(?:里)?(?:也)?没有?电梯))"
            r"(?:里)?(?:也)?(?:没有|没)(?P<obj>电视|车|电梯|空调|微波炉|烤箱|洗碗机|网|宽带|院子|阳台|浴缸|"
            r"花园|洗衣机|冰箱|智能手机|电脑|书桌|厨房|燃气灶|燃气|车位|停车位|暖气|热水器|打印机|烘干机|吸尘器|信用卡|护照)"
            r"(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: _lacks_zh(
            m.group("obj"),
            f"{'没有' if m.group('obj') in _NOT_AT_HOME_ZH else '家里没有'}{m.group('obj')}",
        ),
    ),
]
