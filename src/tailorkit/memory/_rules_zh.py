"""Chinese extraction rules: the same kinds of statement as the English ones, and dated plans."""

from __future__ import annotations

import re

from tailorkit.memory._identity import IDENTITY_ZH
from tailorkit.memory._living_zh import LIVING_ZH
from tailorkit.memory._money import MONEY_ZH
from tailorkit.memory._owning import OWNING_ZH
from tailorkit.memory._places import is_zh_place
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, fear_fact, health_fact, kept_from, topic_value
from tailorkit.memory._setting import SETTING_ZH
from tailorkit.memory._shopping import SHOPPING_ZH
from tailorkit.memory._status import STATUS_ZH
from tailorkit.memory._ties import TIES_ZH
from tailorkit.memory._words_zh import (
    ZH_DRUGS,
    ZH_JOBS,
    ZH_PARTS,
    ZH_RELATIONS,
    ZH_SUBJECTS,
    zh_clean,
    zh_fact,
    zh_limit,
    zh_object,
    zh_said,
)

__all__ = ["ZH_DATE", "ZH_RELATIONS", "ZH_RULES", "zh_clean"]

# -- Chinese --------------------------------------------------------------------------------------

_ZH_DRINKS = (
    "咖啡",
    "茶",
    "绿茶",
    "红茶",
    "奶茶",
    "牛奶",
    "果汁",
    "啤酒",
    "红酒",
    "白酒",
    "可乐",
    "豆浆",
    "水",
)
ZH_DATE = re.compile(
    # a season or a school holiday of this year or the next ("我女儿今年夏天中考", "明年春天要去日本"; not
    # "只有暑假能出去玩", every summer)
    r"(?:(?:今年|明年|这个?|下个?)(?:春天|夏天|秋天|冬天|暑假|寒假)|"
    r"明天|后天|今晚|今天|下周[一二三四五六日天]?|下个?星期[一二三四五六日天]?|下个月|明年|这周末|周末|"
    # the days now: "我这周在上海出差", "这几天我在杭州"
    r"这周|本周|这个?星期|这(?:几|两)天|"
    r"[一二三四五六七八九十\d]{1,3}月(?:[一二三四五六七八九十\d]{1,3}[日号])?|[\d]{1,2}[日号]|"
    # "我二十号搬家" (not "一号线", "三号楼")
    r"(?<![第\d一二三四五六七八九十])[一二三四五六七八九十]{1,3}号(?![线楼门床位馆厅码])|春节|国庆|年底|年末)"
)
_ZH_OBJECT_END = r"(?=[一二三四五六七八九十两几半多\d]+(?:年|个月|月|天|周|个?星期)|[，。！？；,.!?;了]|$)"
"""Where the object of quitting or cutting down ends: before how long ("戒酒五年了"), a clause's end or 了."""


def _less_and_more(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    """What the user cuts down on ("少喝酒"), and what they do more of when said with it ("多走路")."""
    less = zh_limit(m.group("obj"), m.group("verb") + "{}", "limits")
    if not m.group("more") or less is None:
        return less
    return less, Candidate(m.group("more"), MemoryKind.EVENT, f"goal:{m.group('more')}", importance=0.7)


_EVERY_ZH = (
    r"每天早上|每天晚上|每天|每周[一二三四五六日天]?|每个?星期[一二三四五六日天]?|每个?月|每年|每晚|每个?早上"
    r"|每隔(?:一|两|三)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天]?|每(?:两|三)(?:周|个?星期|个?月)|隔周[一二三四五六日天]?"
)
"""How often a habit is done ("我每周二游泳", "每天早上八点一刻我要送孩子上学", "我每隔一个周六去献血浆")."""

_STUDENT_ZH = re.compile(r"(?:学生|中生|研究生|博士生|硕士生|留学生)$")
"""Who studies ("初中生", "研究生"): a student has no job."""

ZH_RULES: list[tuple[re.Pattern[str], Rule]] = [
    (
        # "另外麻烦忘掉...", "请把我的年龄删掉"
        re.compile(
            r"^(?:另外|还有|对了|那个|麻烦你?|能不能|可不可以|你能|可以)*(?:请)?(?:帮我)?"
            # (not what the user forgot to tell or do: "忘了说，我对鸡蛋过敏", "忘记告诉你了")
            r"(?:(?:忘记|忘掉|忘了|删除|删掉)(?!(?:跟你|和你|给你)?(?:说|告诉|讲|提|交代|带|买|问|写))(?:我说过)?(?P<what>.+)|把(?P<it>.+?)(?:忘掉|忘了|删除|删掉|去掉)(?:吧|吗)?[。！!]*$)"
        ),
        lambda m, s: Candidate(zh_clean(m.group("what") or m.group("it")), action="forget"),
    ),
    (
        re.compile(
            r"^(?:请|以后|今后)+.*(?:回答|回复|称呼|叫我|推荐|不要|别|用).*"
            r"|^(?:永远|千万)?(?:不要|别)(?:再)?(?:跟我|和我|对我|向我)?(?:给我|用|提|说|推荐|发|叫我|称呼|回答|回复|问)"
            r"(?!了?[。！!.]*$).+"  # "永远不要跟我提我前任"; not "别放弃", "别说了"
            r"|^(?:永远|千万)?(?:不要|别)(?:再)?(?:让我|要我|给我)?打电话(?:给我)?(?!了)"  # "别让我打电话"
            r"|^(?:请|麻烦)?(?:说|写|回答|回复|讲)得?(?:简短|简单|短|慢)一?点"  # "说简短点"
            r"|^(?:请|麻烦)?(?:分点|分条|列点|列要点|用要点)(?:说|写|回答|列出来)?"  # "请分点说"
            # how every answer is to be given: "先说结论，再说原因", "别寒暄了，直接说重点", "涉及数据请注明出处",
            # "时间都用24小时制写", "回答请控制在一百字以内", "孩子在旁边看，说话注意点，别带脏字"
            r"|^(?![^。！？]*[？?])(?=[^。！？]*(?:回答|回复|答案|结论|重点|寒暄|客套|客气|流行语|网络用语|缩写|全称|"
            r"脏字|脏话|表情|字数|字以内|步骤|编号|编上号|反问|出处|来源|用量|公制|摄氏|华氏|人民币|24小时制|"
            r"12小时制|简体字|繁体字|术语|举例|说话|直说|我的意思|"
            # units and money the user reckons in: "距离请用公里", "费用都帮我换算成港币", "体重我习惯用斤"
            r"公里|英里|欧元|港币|美元|英镑|日元|换算|温度|体重|鞋码|欧码|尺码|用克|量杯|单位|用斤))"
            r"(?=[^。！？]*(?:请|麻烦|(?<![特区告分类级性识辨差个])别(?![人的处忘])|不要(?!忘)|不用|都用|就用|先说|"
            r"换算成|都按|一律|习惯用|"
            r"直接(?:说|讲|告诉)|直说|注明|控制在|编上号|写全称|先问我))"
            r"[^。！？]+"
            r"|^[^，。！？；,.!?;]{1,8}(?:以前|之前|以后|之后)(?:别|不要)给我(?:约|安排|打电话|发)"  # "十点以前别给我约任何事"
            # how to be reached: "有事请发短信", "请用邮件联系我", "我白天上班不方便接电话"
            r"|^(?:有事|有消息|有进展|有问题)?(?:请|麻烦|就|都)?(?:只|直接)?(?:发|用|通过)(?:短信|邮件|电子邮件|微信|消息)"
            # "最好打电话联系我", "有事请直接打我电话", "联系我最好用电话"
            r"|^我?(?:有事|有消息|有进展|有问题)?(?:请|麻烦|最好|尽量|还是|就)*(?:直接)?(?:打电话|(?:用|通过)电话)"
            r"(?:联系|通知|告诉)我|^我?(?:有事|有消息|有进展|有问题)?(?:请|麻烦|最好|尽量|还是|就)*(?:直接)?打我(?:的)?电话"
            r"|^联系我(?:的话)?(?:请|最好|尽量)*(?:打电话|用电话|打我电话|发短信|用短信|用微信)"
            # "麻烦以后别打我电话": not to be called
            r"|^(?:以后|今后)?(?:请|麻烦)?(?:以后|今后)?(?:别|不要|千万别)(?:给我)?打(?:我)?(?:的)?电话"
            r"|^(?:另外|还有|对了|而且|不过|但是?)?，?我?(?:白天|上班|工作|上课|晚上|平时)*(?:时|的时候|时间)?(?:不方便|没法|没办法|不能|接不了|接不到)接?电话"
            # how to deliver: "快递放门卫就行", "包裹请放快递柜", "送货前先打个电话"
            r"|^(?:以后)?(?:快递|包裹|东西|货)(?:请|麻烦|就|都|一律)*(?:不要|别)?(?:放|送到|寄到|交给)(?:在)?[^，。！？；,.!?;]{0,6}?"
            r"(?:门口|门卫|快递柜|丰巢|驿站|前台|物业|邻居|楼下|保安|传达室|收发室|菜鸟)"
            r"|^(?:送货|配送|快递)(?:前|之前|的时候)(?:请|麻烦)?先?(?:打个?电话|发个?短信|联系我)"
            # where to deliver: "请把以后的订单寄到新地址", "以后请送到幸福路3号"
            r"|^(?:以后|今后|之后|从现在起)?(?:请|麻烦)?把?(?:以后|今后)?的?(?:订单|快递|包裹|东西|货)?(?:都|一律|请|麻烦)*"
            r"(?:寄|送|发|配送)(?:到|去)(?:新地址|新家|这个地址|那个地址|公司|单位|"
            r"[^，。！？；,.!?;]{1,20}?(?:路|街|号|区|小区|大厦|公寓|村))"
            # when to deliver: "快递只能晚上七点以后送", "请晚上七点以后再送货", "周末再送吧"
            r"|^(?:以后)?(?:快递|包裹|东西|货|送货|配送)?(?:请|麻烦|只能|只|都|一律|最好)*"
            r"[^，。！？；,.!?;我]{0,10}?(?:点|晚上|早上|上午|下午|中午|周末|周[一二三四五六日天]|白天|工作日)"
            r"[^，。！？；,.!?;]{0,6}?(?:再|才)?(?:能)?(?:送货|送过来|送到|配送|派送|送)(?=[了吧哦啊]*(?:[，。！？；,.!?;]|$))"
        ),
        lambda m, s: Candidate(
            # (not the "我" a clause that went on without one took back: "最好打电话联系我")
            zh_clean(
                re.sub(
                    r"^(?:另外|还有|对了|而且|不过|但是?)，?|^我(?=最好|请|麻烦|有事|尽量|还是|直接)", "", s
                )
            ),
            MemoryKind.INSTRUCTION,
            None,
            importance=0.8,
        ),
    ),
    (
        re.compile(
            r"我对(?!象)(?P<obj>[^，。！？；,.!?;]+?)(?:严重|很|非常|有点|特别|比较|轻微)?过敏"
            # "每年五六月我的花粉过敏都特别严重", "我有尘螨过敏"
            r"|我(?:的|有)(?P<o2>[\u4e00-\u9fff]{1,4}?)过敏(?!吗)"
        ),
        lambda m, s: _zh_allergy(zh_object(m.group("obj") or m.group("o2"))),
    ),
    (
        re.compile(
            r"我(?:的名字)?叫(?P<name>[\u4e00-\u9fff]{2,4})(?=[，。！？；,.!?;]|$)|我的名字是(?P<n2>[^，。！？；,.!?;]{1,12})"
        ),
        lambda m, s: _zh_name(m),
    ),
    (  # "我姓王", "我姓欧阳": the surname
        re.compile(r"^我姓(?P<name>[\u4e00-\u9fff]{1,2}?)(?:[，。！？；,.!?;]|$)"),
        lambda m, s: Candidate(f"姓{m.group('name')}", MemoryKind.FACT, "surname", importance=0.8),
    ),
    (
        re.compile(rf"我(?:的)?(?P<role>{ZH_RELATIONS})(?:的名字)?叫(?P<name>[^，。！？；,.!?;]{{1,8}})"),
        lambda m, s: Candidate(
            f"{m.group('role')}叫{zh_clean(m.group('name'))}",
            MemoryKind.FACT,
            f"relation:{m.group('role')}:{zh_clean(m.group('name'))}",
            subject=m.group("role"),
            importance=0.7,
        ),
    ),
    (
        re.compile(
            r"^(?:我)?(?:对(?!象)|一)?(?!对象|象对)(?P<obj>[^，。！？；,.!?;]+?)(?:很|非常|特别|比较|有点|太)?敏感"
            # "我是乳糖不耐受": what the user is intolerant to, not what they are
            r"|我(?:对(?!象)|有点|有|是)?(?P<o2>[^，。！？；,.!?;]{1,8}?)(?:很|非常|特别|比较|有点)?(?:敏感|不耐受?)"
        ),
        lambda m, s: zh_fact(
            m.group("obj") or m.group("o2"), "{}不耐受" if "不耐" in m.group() else "对{}敏感", "sensitive"
        ),
    ),
    (  # "我现在不吃素了", "我已经不是素食者了", "又开始吃肉了": a diet that ended
        re.compile(
            r"^(?:我)?(?:现在|已经|早就|最近)*(?:不吃素了|不再吃素|不是素食者了|不是素食主义者了|(?:又)?开始吃肉了?|"
            r"恢复吃肉|重新吃肉)"
        ),
        lambda m, s: Candidate("不再吃素", MemoryKind.FACT, "diet", importance=0.8, change=True),
    ),
    (
        re.compile(
            # when, said first: "晚上我不开车"
            r"(?:^(?P<w0>晚上|夜里|天黑(?:以|之)?后|周末|工作日)我|^|(?<![让叫要使])我(?:们家|们|家)?)"
            r"(?:平时|从来|一般|基本|也|现在|已经|就|再也|都|想|尽量|打算|开始|今年|以后|从那以后|"
            r"完全|根本|从|"
            # why: "我们家因为信仰不吃牛肉"
            r"(?:因为|出于)[^，。！？；,.!?;不]{1,6}?|"
            # since when: "我两年前就不吃红肉了", "我从去年开始不吃"
            r"从此|后来|早|[一二三四五六七八九十两几\d]{1,3}(?:年|个月|周)(?:前|以前)|(?:好|很)?多年|好几年|去年|前年|"
            r"从(?:去年|前年|上个月|今年))*"
            r"(?P<when>晚上|早上|下午|中午|夜里|半夜|睡前|周末|工作日|上班时|上班的时候|上班|饭后|空腹|天黑(?:以|之)?后|"
            r"(?:(?:下午|晚上|早上)?[一二三四五六七八九十两\d]{1,3}点(?:半)?|中午|午饭|晚饭)(?:以后|之后|后|以前|之前|前))?(?:也|就|都|一般|从来|基本)*"
            r"(?:坚决|绝对)?(?:不|不再|从不|绝不|决不|不能|不可以|没法|戒了|戒掉了?|不敢)"
            # "为了环保我坚决不坐飞机": a way of travelling kept away from too
            # not "不戴眼镜看不清小字": without them, what cannot be done
            r"(?P<verb>喝|吃|用|碰|买|玩|看|穿|戴(?![^，。！？；,.!?;]*(?:看不|听不|就|会|才))|坐|乘|开|刷|借)(?:任何)?"
            r"(?P<obj>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: _zh_avoid(m),
    ),
    (  # what the body cannot do: "我膝盖不好，不能跑步", "我现在没法做深蹲", "医生不让我跑步"
        re.compile(
            # ("我六周内不能跑步": for how long, ``_dates.expiry``)
            r"(?:(?:^|(?<![让叫要使])我)(?:现在|已经|再也|暂时|目前|都|也|还|一直|[一二三四五六七八九十两\d]{1,3}个?(?:天|周|星期|月)(?:之?内))*"
            r"(?:不能|没法|不可以|不适合|做不了|不宜)"
            r"|(?:医生|大夫)(?:说)?(?:现在|暂时)?(?:不让|不许|不准|不建议)我"
            r"|(?:医生|大夫)(?:说|让我|叫我|要我|嘱咐我)(?:现在|暂时|以后)?(?:最好)?(?:别|不要|少))(?:做|进行)?(?P<obj>(?:跑步|慢跑|长跑|快跑|跳绳|跳操|跳跃|跳|爬山|爬楼梯|爬楼|深蹲|下蹲|蹲|举重|负重|"
            r"(?:太|过于)?剧烈的?运动|高强度|打球|踢球|跪|弯腰|久站|久坐|骑车|游泳|瑜伽|[提搬拎扛抬](?:重物|重东西|重的东西))[^，。！？；,.!?;]{0,6})"
        ),
        lambda m, s: zh_limit(
            re.sub("^(?:太|过于)?剧烈的?运动", "剧烈运动", m.group("obj")), "不能{}", "avoids"
        ),
    ),
    (  # what the body cannot manage, said as the verb can't be done: "手举不过头顶", "蹲不下去", "搬不了重东西"
        re.compile(
            # "做完髋关节置换以后我坐不了矮椅子": since when, said first
            r"^(?:(?:自从)?[^，。！？；,.!?;我]{2,12}?(?:以后|之后)(?=我))?"
            r"(?:我|现在|我现在)?(?:的)?(?:手|胳膊|手臂|腿|腰)?(?:已经|都|也|还|一直|根本|就|再也)*"
            r"(?P<obj>(?P<verb>举|抬|蹲|跪|弯腰|弯|搬|提|拎|扛|爬|跑|跳|站|走|坐)(?:不了(?!了)|不动|不起来?|不下去?|"
            r"不过(?=头|肩)|不远|不久)(?![^，。！？；,.!?;]*(?:他|她|你|别人|了$))[^，。！？；,.!?;]{0,8})"
        ),
        lambda m, s: kept_from(
            re.sub("不$", "不了", zh_said(m.group(0))),  # "跪不了": the 了 is the verb's, not a particle
            "avoids",
            re.sub("不(?:了|动|起来?|下去?|过|远|久)", "", m.group("obj")),
        ),
    ),
    (  # what is kept away from, said first: "只要有香菜的菜我都不吃", "恐怖片我是绝对不看的"
        re.compile(
            r"^(?:说实话|老实说|说真的)?，?(?:最近|现在|这几天|这段时间)?(?:只要有|凡是|带|有)?(?P<obj>[^，。！？；,.!?;我他她你这那]{1,10}?)(?:的菜|的东西|的)?"
            # (not what another says of the user: "孩子们都说我不会用遥控器")
            r"(?<![^小]说)(?<!觉得)(?<!认为)我(?:是)?(?:都|从来|绝对|一律|一概|坚决|完全|真的|实在|根本)*"
            r"(?:(?:不|从不|不会)(?P<verb>吃|喝|看|碰|用|穿|听|坐|乘|去)|"
            r"(?P<verb2>吃|喝|看|听)(?:不了|不下去))"
        ),
        lambda m, s: _zh_avoid(m),
    ),
    (  # quitting something: "我正在戒烟", "最近在戒糖", "我两年前就戒酒了" (not 戒指, a ring)
        re.compile(
            r"我(?:最近|现在|已经|正在|在|一直在|打算|想|要|彻底|完全|开始|早就|就|去年|前年|"
            # "我一月份戒酒": from a month on
            r"[一二三四五六七八九十两几\d]+(?:年|个月|周|天)前|(?:[一二三四五六七八九十]{1,2}|下个?|这个?)月份?(?:开始|起)?|"
            # "我去年春天戒了烟", "我新年开始戒酒了"
            r"(?:去年|今年|前年)?(?:春天|夏天|秋天|冬天|年初|年底)|(?:新年|元旦|春节)(?:开始|起)?)*"
            r"戒(?:掉了|掉|了)?(?P<obj>(?!指|备|掉)[^，。！？；,.!?;了]{1,6}?)" + _ZH_OBJECT_END
        ),
        lambda m, s: zh_limit(m.group("obj"), "戒{}", "avoids"),
    ),
    (  # cutting down: "我在控糖", "医生让我少吃盐", "我最近少吃主食", "我在控制饮食"
        re.compile(
            r"(?:我(?:们(?:全家|家|俩|一家)?|家)?|让我|要我|叫我)(?:最近|现在|平时|一直|正在|在|得|要|尽量|必须|需要|开始|"
            r"努力|想|打算|都)*"
            r"(?P<verb>控制|控|减少|减|少吃|少喝|少碰|少用|少买|少看|少刷|少玩)(?:一?点儿?|一些)?"
            # "减少睡前看手机的时间": what is cut down on, not its time
            r"(?P<obj>(?!肥|脂|重|少|掉|速|轻|压|价|半|了)[^，。！？；,.!?;]{1,6}?|[^，。！？；,.!?;]{2,8}?(?=的(?:时间|次数)))"
            r"(?:的(?:时间|次数))?"
            # "少喝酒多走路": less of one thing, more of another
            rf"(?:{_ZH_OBJECT_END}|(?P<more>多(?:走路|运动|锻炼|喝水|吃蔬菜|吃水果|休息|睡觉|散步|活动)))"
        ),
        _less_and_more,
    ),
    (  # a cap the user keeps to: "我在控制自己每天刷手机不超过两小时", "我每天喝咖啡不超过两杯"
        re.compile(
            r"^我(?:在|正在|尽量|一直|现在)*(?:控制|限制|要求)?自己?(?:每天|每周|一天|一周)?"
            r"(?P<obj>[^，。！？；,.!?;自]{1,6}?)(?:不超过|不能超过|最多|少于)(?P<cap>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: zh_limit(
            m.group("obj"),
            zh_said(m.group(0)).replace("{", "").replace("}", ""),
            "limits",
        ),
    ),
    (  # a weight to lose: "我想减掉五公斤", "想在夏天之前瘦十斤" (going on after "我今年35岁，")
        re.compile(
            r"(?:^|我)[^，。！？；,.!?;你您他她]{0,6}?(?:想|要|打算|希望|目标是)(?P<when>[^，。！？；,.!?;]{0,10}?)"
            r"(?:减掉|瘦下?|减)(?:个)?(?P<amount>[\d一二三四五六七八九十两几]+(?:公斤|斤|kg|千克))"
        ),
        lambda m, s: Candidate(
            f"想{m.group('when')}减掉{m.group('amount')}", MemoryKind.EVENT, "goal:减重", importance=0.7
        ),
    ),
    (  # medicine taken: "我在吃降压药", "我长期服用抗抑郁药", "我在吃氨氯地平"
        re.compile(
            r"我(?:一直|每天|长期|现在|正在|在|还在|早上|晚上|早晚|饭后|睡前|一起床就|起床后|"
            # "我上周开始吃华法林了"
            r"(?:[^，。！？；,.!?;]{0,4}?)开始)+(?P<verb>吃|服用?|打)"
            rf"(?:[一两二三半\d]+(?:片|粒|颗|次|针))?(?P<med>[^，。！？；,.!?;]{{1,8}}?药|{ZH_DRUGS})"
        ),
        lambda m, s: health_fact(
            f"在{'打' if m.group('verb') == '打' else '吃'}{m.group('med')}", m.group("med")
        ),
    ),
    (  # "我早上不喝咖啡就不清醒", "我不喝咖啡就没精神": a drink the user cannot get going without
        re.compile(
            r"^我(?P<when>早上|上午|每天早上|下午)?(?:不喝|没喝)(?P<drink>咖啡|茶|浓茶)就(?:不清醒|没精神|醒不过来|犯困|头疼|干不了活)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.PREFERENCE, f"drink:{m.group('drink')}", importance=0.6
        ),
    ),
    (  # when the user has time: "我一般晚上九点以后才有空锻炼"
        re.compile(
            r"我(?:一般|平时|通常|只有)?(?P<when>[^，。！？；,.!?;我]{1,10}?)才(?:有空|有时间|能)(?P<what>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: Candidate(
            zh_said(s),
            MemoryKind.FACT,
            f"habit:{topic_value(m.group('what'))}",
            importance=0.6,
        ),
    ),
    (  # "我想多运动", "想做点适合孕妇的运动", "我打算开始跑步": exercise the user means to take up
        re.compile(
            r"^(?:我)?(?:最近|现在|今年)?(?:很|一直|特别|真的)?(?:想|打算|准备|希望|计划)(?P<aim>(?:多|开始|每天|每周|坚持)*"
            r"(?:(?:做点|做些|多做|找点)(?:[\u4e00-\u9fff]{1,8}?的)?(?:运动|锻炼)|锻炼身体|运动|锻炼|健身)"
            r"|(?:开始|坚持|多)(?:跑步|游泳|健身|练瑜伽|骑车|散步|走路|走走路|走走))"
            r"(?=$|[，。！？；,.!?;])"
        ),
        lambda m, s: Candidate(
            f"想{m.group('aim')}", MemoryKind.EVENT, f"goal:{topic_value(m.group('aim'))}", importance=0.7
        ),
    ),
    (  # a skill the user means to learn: "我今年想学吉他", "我想提高英语口语", "打算考研" (not "想学习一下怎么退货")
        re.compile(
            r"^(?:我)?(?:最近|现在|今年|明年)?(?:很|一直|特别|真的)?(?:想|打算|准备|希望|计划)(?:今年|明年)?"
            r"(?![^，。！？；,.!?;]*(?:一下|怎么|如何|什么|吗|呢))"
            r"(?P<aim>(?:学会|学习|学|练好|提高|考(?!虑))[\u4e00-\u9fffA-Za-z]{1,10})(?=$|[，。！？；,.!?;])"
        ),
        lambda m, s: Candidate(
            f"想{m.group('aim')}", MemoryKind.EVENT, f"goal:{topic_value(m.group('aim'))}", importance=0.7
        ),
    ),
    (  # any aim said as the user's goal or dream: "我的目标是明年年底之前还清所有欠款", "我的梦想是有一天开一家
        # 自己的面包店" (a goal by the day it names, not a plan that day)
        re.compile(
            r"^(?:我们?|咱们?)?(?:今年|明年|这辈子|人生)?的?(?:最大的|一个大|一个|新年)?(?P<kind>目标|梦想|心愿|愿望|理想)"
            r"(?:之一)?(?:就)?是(?P<aim>[^，。！？；,.!?;]{2,24})"
        ),
        lambda m, s: Candidate(
            f"{m.group('kind')}是{m.group('aim')}",
            MemoryKind.EVENT,
            f"goal:{topic_value(m.group('aim'))}",
            importance=0.7,
        ),
    ),
    (  # what the user works towards for their body: "我在减肥", "最近在增肌"
        re.compile(
            r"我(?:最近|现在|正在|在|一直在|打算|想|要|开始)*(?P<aim>减肥|减脂|减重|瘦身|增肌|塑形|备孕)"
        ),
        lambda m, s: Candidate(
            f"在{m.group('aim')}", MemoryKind.EVENT, f"goal:{topic_value(m.group('aim'))}", importance=0.7
        ),
    ),
    (  # ... said as what is to come off: "想慢慢把体重减下来", "我想把小肚子减下去"
        re.compile(
            r"(?:^|我)(?:最近|现在)?(?:很|一直|真的)?(?P<aim>(?:想|要|打算|希望)(?:慢慢|尽快|早点)?地?(?:把)?"
            r"(?:体重|肚子|小肚子|肚腩|腰围|孕期长的肉)(?:慢慢)?(?:减|降|瘦)下[来去]"
            r"|(?:想|要|打算|希望)(?:慢慢|尽快|早点)?地?瘦下来)"
        ),
        lambda m, s: Candidate(m.group("aim"), MemoryKind.EVENT, "goal:减肥", importance=0.7),
    ),
    (  # "我一吃西红柿就起疹子", "我一喝牛奶就拉肚子"
        re.compile(
            r"(?:^(?P<before>[^，。！？；,.!?;我一]{1,10})我?|我)一(?P<verb>吃|喝|碰|闻到?|用|听到?|看到?|想到|到)(?P<obj>[^，。！？；,.!?;就]{0,10})"
            r"就(?:会)?(?P<effect>(?:起|长|拉|胃|肚子|头|过敏|不舒服|难受|恶心|失眠|睡不着|心慌|打喷嚏|咳嗽|吐|呕吐|胀气|腹泻|"
            r"痒|红肿|喘|焦虑|紧张|犯困|想睡觉|发慌|头大|反酸|烧心|想吐|反胃|作呕)[^，。！？；,.!?;]*)"
        ),
        lambda m, s: _brings_on(m),
    ),
    (
        re.compile(
            r"(?P<obj>[^，。！？；,.!?;]{1,12}?)(?:会|总是|老是)?(?:让我|使我|害我)(?P<effect>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: _zh_harm(m),
    ),
    *MONEY_ZH,
    *IDENTITY_ZH,
    *OWNING_ZH,
    *LIVING_ZH,
    (
        re.compile(
            r"我(?:下个?月|下周|下个?星期|明年|今年|年底|月底|这个月|[一二三四五六七八九十\d]{1,2}月份?|"
            r"[一二三四五六七八九十两\d]{1,2}(?:个月|周|个星期|天)(?:以?后|之后))?"
            r"(?:在|正在|最近在)?(?:准备|备考|复习|备战|考(?!虑|察|验|究)|要参加)(?![了过得砸完])(?P<obj>[^，。！？；,.!?;]+)"
            r"|我(?:今年|明年|下个?月|马上|快要?)?(?:要)?(?P<exam>高考|中考|考研|考公|雅思|托福|四级|六级)"
            r"|我(?:在|正在|最近在|一直在)?为(?:了)?(?P<for>[^，。！？；,.!?;]+?)(?:做准备|作准备|(?:而)?(?:训练|备战|练习))"
        ),
        lambda m, s: Candidate(
            f"在准备{zh_clean(m.group('obj') or m.group('for') or m.group('exam'))}",
            MemoryKind.EVENT,
            f"goal:{topic_value(zh_clean(m.group('obj') or m.group('for') or m.group('exam')))}",
            importance=0.7,
        ),
    ),
    (  # "化学是我的短板", "我的弱项是听力": what the learner is weakest at
        re.compile(
            r"^(?:就是|但是|可是|不过|只是)?(?:我的?)?(?:(?P<obj>[^，。！？；,.!?;我]{1,8}?)(?:一直|就|也|都)*是我的?"
            r"(?:最大的)?(?P<w>短板|弱项|弱点|最不喜欢的(?:科目|学科|一科|一门课?))"
            r"|(?:最大的)?(?:短板|弱项|弱点)(?:一直|就|也|都)*是(?P<o2>[^，。！？；,.!?;]{1,8}?))"
            r"[。！!.]?$"
        ),
        lambda m, s: zh_fact(m.group("obj") or m.group("o2"), "{}是" + (m.group("w") or "短板"), "weak"),
    ),
    (
        re.compile(
            r"^(?:就是|但是|可是|不过|只是)?(?:我的?)?(?P<obj>[^，。！？；,.!?;]{1,10}?)"
            r"(?:(?:比较|很|非常|有点|特别|太|最)(?:薄弱|弱|差|不好|不行)|薄弱)[。！!.]?$"
        ),
        # in the user's words: "游泳很差", "数学比较薄弱"
        lambda m, s: zh_fact(m.group("obj"), "{}" + zh_clean(m.group(0)[m.end("obj") - m.start() :]), "weak"),
    ),
    (
        re.compile(
            r"我(?:平时|一般|现在|家里|在家|工作|上班)*(?:只用|只使用|一直用)(?P<obj>[^，。！？；,.!?;]+)"
            # "因为腰不好，我只能穿平底鞋"
            r"|我(?:平时|现在|目前|暂时)*只能(?P<verb>穿|吃|喝|睡|坐|用)(?P<o2>[^，。！？；,.!?;]{1,8})"
            # a system or a device: "我家里用Linux", "我用安卓手机"
            r"|我(?:家里|平时|一般|现在|工作|上班|基本|基本上|主要)*(?:都)?用(?:的是)?(?P<tech>(?:Linux|Windows|Mac|iPhone|"
            r"iPad|Kindle|kindle|苹果|安卓|华为|小米|三星|荣耀|OPPO|vivo|一加|电子书|阅读器)"
            r"[^，。！？；,.!?;]{0,4})"
        ),
        lambda m, s: Candidate(
            f"只用{zh_clean(m.group('obj'))}"
            if m.group("obj")
            else f"只能{m.group('verb')}{zh_clean(m.group('o2'))}"
            if m.group("o2")
            else f"用{zh_clean(m.group('tech'))}",
            MemoryKind.PREFERENCE,
            f"uses:{topic_value(zh_clean(m.group('obj') or m.group('o2') or m.group('tech')))}",
            importance=0.7,
        ),
    ),
    (  # how the user gets to work or school: "不管刮风下雨我都骑车上班", "我平时坐地铁上学" (not one day's)
        re.compile(
            r"^(?!.*(?:今天|昨天|明天|今早|那天|这周|上周|下周))[^，。！？；,.!?;]*?(?<![让叫要他她])我(?:平时|一般|每天|天天|都|一直|现在|基本|主要|也|还是|冬天|夏天|下雨天|刮风下雨)*"
            r"(?P<how>(?:骑|坐|乘|开|走路|步行|打车)[^，。！？；,.!?;去]{0,6}?)去?(?P<to>上班|上学|通勤)"
        ),
        lambda m, s: Candidate(
            f"{m.group('how')}{m.group('to')}", MemoryKind.FACT, "commute", importance=0.6
        ),
    ),
    (
        re.compile(
            # "我周末去爬山" (not "我周末要去外婆家": a plan for the weekend ahead)
            # "我和老婆周末喜欢一起看电影": with whom, too
            # "我以前每周跑三次步": what the user used to do
            rf"(?:我们?(?P<past>以前|之前|过去|原来)?(?:[和跟][\u4e00-\u9fff]{{1,3}}?(?=每|周末))?"
            # how often: "我经常跑步", "我以前常去健身房", "我一天抽半包烟" (not "我一天学了三个小时": one day's)
            rf"(?:{_EVERY_ZH}|周末(?!要|打算|准备|想|会)|经常|常常|常|总是|老是"
            # (not "平时喜欢看悬疑片", "一般喜欢喝绿茶": what the user likes, a taste of theirs)
            r"|(?:平时|平常|通常|一般(?![^，。！？；,.!?;]*了))(?!(?:比较|很|特别|最|还|也|都)?(?:喜欢|爱[看吃喝玩听读]))"
            r"|(?:一天|一周|一个?星期)(?![^，。！？；,.!?;]*了))(?P<when>[^，。！？；,.!?;]*?)"
            # the time first: "每天早上八点一刻我要送孩子上学"
            # ... or the household's: "周末我们一起看电影"
            rf"|^(?:{_EVERY_ZH}|周末|平时|平常|晚上|早上|下班后|工作日)(?!是)[^，。！？；,.!?;我他她你]{{0,8}}?我们?"
            r"(?:要|得|都|会|就|一起|一般|通常|平时)*)"
            r"(?P<what>跑步|健身|游泳|骑车|骑自行车|骑行|散步|练|学|读|看|写|做|去|打|喝|吃|抽|熬夜|冥想|瑜伽|拉|弹|唱歌|画|捐|献血|存|攒|送|接"
            r"|带(?=(?:娃|孩子|小孩|宝宝|狗)(?![^，。！？；,.!?;]*去))"  # (not "带孩子去爬山": 去爬山)
            r"|跑(?=[一二三四五六七八九十两几\d]+次步))"
            r"(?P<obj>[^，。！？；,.!?;]{0,4})[^，。！？；,.!?;]*"
        ),
        lambda m, s: Candidate(
            zh_said(s),
            MemoryKind.FACT,
            # one verb of a habit says what it is with what it is done to: 拉大提琴, 练琴, not 拉 nor 练; what the
            # user used to do is not what they do now
            f"habit:{m.group('past') or ''}"
            f"{m.group('what') + (_done_to(m.group('obj')) if len(m.group('what')) == 1 else '')}",
            importance=0.6,
        ),
    ),
    (
        # "我十二岁开始吃素", "我从小就吃素"
        re.compile(
            r"我(?:现在|从小|从|小时候|很早|在|正在|[一二三四五六七八九十\d]{1,3}岁|[一二三四五六七八九十两几\d]{1,3}年前)*"
            r"(?:开始|起|就|尝试|试着)*(?:吃素|吃全素|(?P<vegan>吃纯素|是纯素(?:食|主义)?者|是严格的素食(?:主义)?者)|"
            r"是素食者|是素食主义者|只吃素)"
        ),
        lambda m, s: Candidate(
            "吃纯素" if m.group("vegan") else "吃素", MemoryKind.FACT, "diet", importance=0.8
        ),
    ),
    (
        # "我改喝燕麦奶了", "我换成绿茶了"; not "我改成兼职了", which is no drink
        re.compile(
            r"我(?:已经)?(?:现在)?(?:(?:改喝|换成了?喝|改成了?喝|开始喝)(?P<obj>[^，。！？；,.!?;]+)|(?:换成了?|改成了?)"
            r"(?P<o2>[^，。！？；,.!?;]*?(?:茶|咖啡|奶|水|酒|汁|饮料|可乐|豆浆|拿铁|美式)[^，。！？；,.!?;]*))"
        ),
        lambda m, s: Candidate(
            f"喝{zh_clean(m.group('obj') or m.group('o2'))}",
            MemoryKind.PREFERENCE,
            f"drink:{topic_value(zh_clean(m.group('obj') or m.group('o2')))}",
            change=True,
        ),
    ),
    (
        re.compile(
            r"我(?:们)?(?:已经|刚|刚刚|最近|上个?月|上周|去年|前几天)*(?:搬到了?|搬去了?)(?P<where>[^，。！？；,.!?;]+)"
            r"|我(?:已经|平时|现在|目前|一直)?住在(?P<w2>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: Candidate(
            f"住在{zh_clean(m.group('where') or m.group('w2'))}", MemoryKind.FACT, "home", importance=0.7
        ),
    ),
    (  # "我在多伦多", "我现在人在上海，时差比较大", "我目前住杭州": a place's name after 在 or 住 and nothing
        # else ("我在家", "我在忙" name none)
        re.compile(
            r"^我(?:现在|目前|平时|一直|常)?(?:人)?(?:在|住|生活在|定居在)(?P<rest>[\u4e00-\u9fff]{2,8}?)"
            r"(?=[，。！？；,.!?;]|$|生活|定居|这边|那边)"
        ),
        lambda m, s: (
            Candidate(f"住在{m.group('rest')}", MemoryKind.FACT, "home", importance=0.7)
            if is_zh_place(m.group("rest"))
            else None
        ),
    ),
    (
        # "我在饭店打工": a part-time job, said as such
        re.compile(r"我(?:现在)?在(?P<where>[^，。！？；,.!?;]+?)(?P<how>工作|上班|打工|打零工|兼职)"),
        lambda m, s: Candidate(
            f"在{m.group('where')}{m.group('how') if m.group('how') in ('打工', '打零工', '兼职') else '工作'}",
            MemoryKind.FACT,
            # "我在多伦多工作": where, not for whom
            "work:place" if is_zh_place(m.group("where")) else "employer",
            importance=0.6,
        ),
    ),
    (  # "在深圳做产品经理", "我在上海当老师": the job, and where it is done, a place's name
        re.compile(
            r"(?:^|我)(?:现在|目前|一直)?在(?P<where>[\u4e00-\u9fff]{2,8}?)(?:做|当)(?![一个份了过])"
            r"(?P<job>[^，。！？；,.!?;]{1,10}?(?<!的人))(?:工作)?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: _job_in(m),
    ),
    (
        re.compile(
            # (not what is asked done for the user: "给我做一个这周的学习计划", "帮我做个计划")
            # "我在家做自由翻译": a job done at home
            r"(?<![让使害叫要给帮替为当])我(?:现在|最近|刚|去年|今年)?(?:在家里?)?(?:是一名|是一位|是一个|是个|当上了?|成为了?|当|做(?!一?[个份张次下]|一大|一桌|了|过|饭|菜|作业|家务|运动|梦|事|题|手术|手工|实验|蛋糕|甜点|早餐|午饭|晚饭))(?P<job>[^，。！？；,.!?;]{1,10}?(?<!的人))(?:工作)?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: _zh_job(zh_clean(m.group("job"))),
    ),
    (  # "我是F1铁杆粉", "我是资深影迷": who the user is by what they love
        re.compile(
            r"^我是(?:个|一个|一名)?(?P<fan>[^，。！？；,.!?;]{1,10}?(?:爱好者|迷|粉丝|粉|发烧友))(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: _zh_job(m.group("fan")),
    ),
    (  # "我在医院做护士", "我在仓库当拣货员": where, then a job said as one ("做项目" is none)
        re.compile(
            r"(?<![让使害叫要])我(?:现在)?(?:是)?在[\u4e00-\u9fff]{1,8}?(?:当|做)(?P<job>[\u4e00-\u9fff]{0,6}?"
            r"(?:员|师|工|士|医|官|警|司机|保安|保姆|会计|销售|经理|总监|主管|助理|顾问))(?:的)?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: _zh_job(zh_clean(m.group("job"))),
    ),
    (
        re.compile(
            # (a school year is the user's own, not one taught: "我是六年级老师" is a job)
            r"^(?:我)?(?:现在)?是(?:一名|一位|一个|个)?"
            r"(?!(?:[高初大研][一二三四]|[一二三四五六七八九]年级|小学[一二三四五六])"
            r"(?![\u4e00-\u9fff]{0,3}?(?:老师|教师|班主任)))"
            r"(?![^，。！？；,.!?;]*?班的)"  # "我是上夜班的保安": the shift is what is said
            r"(?!在)"  # "(我)是在杭州做程序员": where, then the job (read above)
            r"(?!以前|曾经|[^，。！？；,.!?;]*?[当做干]过)"  # a job once had ("以前当过救生员") is not the one now
            rf"(?P<job>[\u4e00-\u9fff]{{0,6}}?(?:{ZH_JOBS}))"
            r"(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: (
            # a student studies, as "I'm a nursing student" does: no job
            Candidate(f"是{m.group('job')}", MemoryKind.FACT, "study", importance=0.7)
            if _STUDENT_ZH.search(m.group("job"))
            else Candidate(f"职业是{m.group('job')}", MemoryKind.FACT, "job", importance=0.7)
        ),
    ),
    (  # "我下午在家教钢琴", "我周末教游泳": what the user teaches, a living or part of one
        re.compile(
            r"^我(?:平时|现在|一直|下午|上午|晚上|周末|业余|每周[一二三四五六日天末]?|在家|在[\u4e00-\u9fff]{1,6}?(?=教)|也|还)*教"
            r"(?P<what>钢琴|吉他|小提琴|大提琴|古筝|二胡|声乐|唱歌|舞蹈|跳舞|美术|画画|书法|瑜伽|游泳|网球|羽毛球|篮球|足球|"
            r"跆拳道|武术|太极|烘焙|中文|汉语|日语|韩语|法语|德语|计算机|体育|音乐|" + ZH_SUBJECTS + r"|"
            # "我教六年级", "我教初二数学": a school year taught
            r"(?:[一二三四五六七八九]年级|初[一二三]|高[一二三]|小学|初中|高中|幼儿园|学前班)(?:的)?"
            r"(?:" + ZH_SUBJECTS + r")?)"
            r"(?=[，。！？；,.!?;]|$|课)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "job", importance=0.7),
    ),
    (
        re.compile(
            # (not a shift no longer worked: "我不上夜班了")
            r"(?<!不)(?<!不再)(?:经常|常常|总是|一直|每周|现在|平时|要)*上(?P<shift>夜班|晚班|早班|白班|倒班|三班倒|大夜班)"
            r"|(?<![让叫要])我(?P<duty>[^，。！？；,.!?;]{0,8}?(?:每|隔|经常|常常|总是|一直|轮流)[^，。！？；,.!?;]{0,6}?)"
            r"(?:就|都|也)?(?:要|得)?(?:值班|加班|轮班)"
        ),
        lambda m, s: Candidate(
            f"上{m.group('shift')}" if m.group("shift") else zh_said(s),
            MemoryKind.FACT,
            "work:shift",
            importance=0.6,
        ),
    ),
    (
        re.compile(
            r"我(?:[和跟](?P<with>[\u4e00-\u9fff]{1,3}?))?(?:现在|平时|一般|主要)?(?:每周|一周|每个星期)?(?:[一二三四五两\d]天)?"
            r"(?P<days>(?:周[一二三四五六日天]|星期[一二三四五六日天])"
            r"(?:[和、跟及]?(?:周[一二三四五六日天]|星期[一二三四五六日天]))*)?(?:都)?(?P<full>全职)?"
            r"(?:在家办公|远程办公|远程工作|在家工作)"
        ),
        lambda m, s: Candidate(
            f"{'和' + m.group('with') if m.group('with') else ''}{m.group('days') or ''}{m.group('full') or ''}在家办公",
            MemoryKind.FACT,
            "work:home",
            importance=0.6,
        ),
    ),
    (
        re.compile(
            r"我(?:们(?:俩|两个|两人|一家|全家)?)?(?:一点也|一点都|再也|真的|很|非常|特别|一直|从来|向来|都|也|并|实在|其实|本来|从小就?|就是|最|挺|比较|有点|超)*"
            r"(?:(?:不喜欢|讨厌|反感|厌恶|不爱|不再喜欢|受不了|烦(?!躁|恼|闷|心|死了)|不太(?:喜欢|爱)|不怎么(?:喜欢|爱)|不大(?:喜欢|爱))(?:喝|吃|看|听(?!书))?"
            r"|不想再?(?:喝|吃|看|听|要))"
            r"(?P<obj>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: _zh_pref(m, -1, s),
    ),
    (  # "我对电话比较反感", "我对广告很厌恶"
        re.compile(
            r"我(?:一直|向来|其实|本来)?对(?P<obj>[^，。！？；,.!?;]{1,10}?)(?:一直|向来|都|也)?"
            r"(?:很|非常|特别|比较|挺|有点|有些|十分|相当|超级?)?(?:反感|厌恶|讨厌|头疼|头痛|抵触|排斥)"
        ),
        lambda m, s: _zh_pref(m, -1, s),
    ),
    (  # "我是铁杆果粉", "我算是个球迷"
        re.compile(
            r"^我(?:从小|一直|多年来|早就|从小到大)?(?:就)?(?:是|算是)(?:个|一个|一名)?"
            r"(?P<fan>(?:超级|资深|铁杆|狂热|忠实)?[\u4e00-\u9fff]{1,6}?(?:的)?(?:爱好者|球迷|迷|粉丝|粉|发烧友|达人))"
            r"(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: _zh_job(m.group("fan")),
    ),
    (  # "太吵的餐厅我受不了", "表格我天生不对付", "爵士乐我真的欣赏不来", "辣的我一口都碰不了"
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我他她你]{2,10}?)我(?:真的|实在|是|就|从来|一直|天生|特别|很|最|超|非常|都|也|是真"
            r"|完全|根本|一点都|一点也|一口都|一口也)*"
            r"(?:受不了|忍不了|不对付|合不来|搞不定|欣赏不来|接受不了|碰不了|吃不了|喝不了)"
            r"|我(?:跟|和|与)(?P<o2>[^，。！？；,.!?;]{1,8}?)(?:天生|一直|真的|实在|就是|从来)*(?:不对付|合不来|处不来|八字不合)"
        ),
        lambda m, s: _zh_dislike(m.group("obj") or m.group("o2"), m),
    ),
    (  # "爵士乐真不是我的菜", "早起这事跟我无缘", "露营对我来说就是受罪", "吵闹的酒吧不适合我",
        # "真人秀我是一集都看不下去", "足球我一点兴趣都没有": what the user does not care for, named first
        re.compile(
            r"^(?P<obj>(?!这|那|什么)[^，。！？；,.!?;我他她你]{1,10}?)(?:这事|这件事|这种事)?(?:真|真的|实在|根本|压根|完全|可|也|就|确实|都)*"
            r"(?:不是我的菜|(?:跟|和|与)我无缘|不(?:太)?适合我|对我来说(?:就是|简直是|真是|纯属|完全是)?(?:受罪|折磨|煎熬|活受罪)"
            r"|我(?:是|真的|实在|就)*(?:一(?:集|页|首|部|分钟|秒|眼)都|根本|完全|压根)(?:看|听|读|玩)不下去"
            r"|我(?:是|真的|实在|就)*(?:(?:一点|丝毫|半点)兴趣(?:都|也)没有|(?:压根|完全|根本)?没(?:有|什么|啥)?兴趣"
            r"|不(?:太|怎么)?感兴趣))"
        ),
        lambda m, s: _zh_not_for_me(m.group("obj")),
    ),
    (  # "我对足球一点兴趣都没有", "我对真人秀不感兴趣"
        re.compile(
            r"^我(?:对|跟)(?P<obj>[^，。！？；,.!?;]{1,10}?)(?:真的|实在|根本|压根|完全|一直|从来)*"
            r"(?:(?:一点|丝毫|半点)兴趣(?:都|也)没有|没(?:有|什么|啥)?兴趣|不(?:太|怎么)?感兴趣|提不起兴趣|无感)"
        ),
        lambda m, s: _zh_not_for_me(m.group("obj")),
    ),
    (  # "做饭这事我真的不在行", "我不擅长做饭", "我对理财不在行": what the user is not good at
        re.compile(
            r"^(?P<obj>(?!这|那|什么)[^，。！？；,.!?;我他她你]{1,8}?)(?:这事|这件事|这块|方面)?我(?:真的|实在|确实|可|完全|一直|都|也)*"
            r"(?:不在行|不擅长|是外行|是门外汉)"
            r"|^我(?:真的|实在|确实|完全|一直|都|也|一点也|一点都)*(?:不(?:太|怎么)?擅长|对(?P<o3>[^，。！？；,.!?;]{1,8}?)"
            r"(?:真的|实在|完全)?(?:不在行|不擅长|一窍不通))(?P<o2>[^，。！？；,.!?;]{1,8})?"
        ),
        lambda m, s: zh_fact(m.group("obj") or m.group("o3") or m.group("o2"), "不擅长{}", "weak"),
    ),
    (  # "我是个路痴", "出了门我就分不清东南西北", "我五音不全", "我唱歌跑调"
        re.compile(
            r"(?:^我(?:是|就是|算是)?(?:个|一个)?(?:超级|资深|重度|十足的)?(?P<lost>路痴)"
            r"|(?P<ways>分不清东南西北|不认路|不认识路)"
            r"|^我(?:天生|从小|一直|就是|有点|真的)*(?:(?P<tune>五音不全)|唱歌(?:总|老|会|就)?(?:跑调|走调)))"
        ),
        lambda m, s: Candidate(
            "五音不全" if not (m.group("lost") or m.group("ways")) else "是路痴",
            MemoryKind.FACT,
            "weak:唱歌" if not (m.group("lost") or m.group("ways")) else "weak:方向",
            importance=0.7,
        ),
    ),
    (  # "我见了马就腿软", "我一看到蛇就发怵": what the user fears
        re.compile(
            r"^我(?:一|每次)?(?:见了|见到|看见|看到|碰到|遇到)(?P<obj>[^，。！？；,.!?;]{1,6}?)(?:就|都|总)"
            r"(?:腿软|发怵|发抖|哆嗦|头皮发麻|起鸡皮疙瘩|浑身发毛)"
        ),
        lambda m, s: fear_fact(f"怕{m.group('obj')}", m.group("obj")),
    ),
    (  # "我是个无辣不欢的人", "我无肉不欢": what the user cannot do without
        re.compile(r"^我(?:是|就是|算是)?(?:个|一个)?(?:典型的)?无(?P<obj>辣|肉|甜|酒|茶|咖啡|面)不欢"),
        lambda m, s: Candidate(
            f"无{m.group('obj')}不欢",
            MemoryKind.PREFERENCE,
            _zh_taste({"甜": "甜食"}.get(m.group("obj"), m.group("obj"))),
            polarity=1,
        ),
    ),
    (  # "蘑菇我就算了", "香菜我就免了"
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我]{1,8})我(?:就|还是)?(?:算了|免了|不要了|就不吃了|不吃了?|敬谢不敏)"
            # "波比跳就别想了", "蹦极想都别想": not for the user
            r"|^(?P<o2>[^，。！？；,.!?;我你他她这那]{2,8}?)(?:我)?(?:就|也|是)?(?:别想了|想都别想|免谈)"
        ),
        lambda m, s: zh_limit(m.group("obj") or m.group("o2"), "不要{}", "avoids"),
    ),
    (  # "酒我早就戒了", "烟我已经戒掉了": what the user quit, named first
        re.compile(r"^(?P<obj>[^，。！？；,.!?;我他她你]{1,6})我(?:早就|已经|早|都|也|终于)*戒(?:掉)?了"),
        lambda m, s: zh_limit(m.group("obj"), "戒{}", "avoids"),
    ),
    (  # "香菜对我来说就像肥皂味", "榴莲闻起来像臭袜子": a taste the user cannot stand
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我]{1,6}?)(?:对我来说|在我嘴里|我吃着|我吃起来|吃起来|闻起来)(?:就|简直|总)?"
            r"(?:像|有股|一股)(?:肥皂|洗洁精|洗衣粉|臭虫|泥土|药|铁锈|汽油|臭袜子)(?:的)?(?:味|味道)?"
        ),
        lambda m, s: zh_limit(m.group("obj"), "受不了{}的味道", "avoids"),
    ),
    (  # "狗是我最喜欢的动物", "生洋葱是我的天敌"
        re.compile(
            r"^(?P<obj>[^，。！？；,.!?;我]{1,10})是我(?:最(?P<fav>喜欢|爱)的(?P<what>[^，。！？；,.!?;]{1,6})|的(?P<foe>天敌|克星|噩梦|死穴)"
            # "恐怖片是我最不喜欢的类型" (a subject is a weak one)
            r"|最(?:不喜欢|讨厌|怕)的(?!科目|学科|一科|一门)[^，。！？；,.!?;]{1,6})"
        ),
        lambda m, s: (
            Candidate(
                f"最喜欢的{zh_clean(m.group('what'))}是{m.group('obj')}",
                MemoryKind.PREFERENCE,
                f"favourite:{zh_clean(m.group('what'))}",
            )
            if m.group("fav")
            else Candidate(
                f"不喜欢{m.group('obj')}",
                MemoryKind.PREFERENCE,
                f"likes:{topic_value(m.group('obj'))}",
                polarity=-1,
            )
        ),
    ),
    (  # "我看剧一定要开字幕", "我睡觉必须关灯": what the user cannot do a thing without
        re.compile(
            r"^我(?:平时|每次|一般)?(?P<doing>(?:看|听|吃|喝|睡|坐|买|用|开|写|学)[^，。！？；,.!?;一必都总非完这那了过]{0,5}?)"
            r"(?:一定要|必须|都要|总要|非得|非要|一定得|一定|每次都)(?P<obj>[^，。！？；,.!?;]{1,10})"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)), MemoryKind.PREFERENCE, _zh_taste(zh_clean(m.group("obj"))), importance=0.7
        ),
    ),
    (  # "我很能吃辣": a taste the user can take plenty of
        re.compile(r"^我(?:很|特别|超级?|非常|挺|比较|还挺|可)?能吃(?P<obj>辣|麻辣|甜|酸|苦|肥肉|大蒜|香菜)"),
        lambda m, s: Candidate(
            f"能吃{m.group('obj')}", MemoryKind.PREFERENCE, f"likes:{topic_value(m.group('obj'))}"
        ),
    ),
    (  # "我不信任网上银行": what the user will not use, for not trusting it
        re.compile(
            r"^我(?:从来|一直|根本|真的|就是)?不(?:太|怎么|大)?(?:信任|相信|信)(?P<obj>[^，。！？；,.!?;你他她我]{2,8})"
        ),
        lambda m, s: kept_from(zh_said(m.group(0)), "avoids", m.group("obj")),
    ),
    (  # "我工作的时候只听爵士乐", "我坐飞机只选过道座位", "我出门只带随身行李"
        re.compile(
            r"我[^，。！？；,.!?;]{0,8}?只(?P<verb>听|看|读|选|带|订|穿)(?P<obj>[^，。！？；,.!?;]{1,10})"
        ),
        lambda m, s: Candidate(
            f"只{m.group('verb')}{zh_clean(m.group('obj'))}",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(zh_clean(m.group('obj')))}",
        ),
    ),
    (  # "我最喜欢的颜色是蓝色"
        re.compile(
            r"我(?:最|唯一)(?:喜欢|爱)的(?P<what>[^，。！？；,.!?;是就]{1,6})(?:就)?是(?P<obj>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: Candidate(
            f"最喜欢的{m.group('what')}是{zh_clean(m.group('obj'))}",
            MemoryKind.PREFERENCE,
            f"favourite:{m.group('what')}",
        ),
    ),
    (
        re.compile(
            r"我(?:平时|每天|一般|通常|只|现在|早上|早餐|早饭|下午|晚上|就|都|(?P<when>(?:中午|下午|晚上|早上|午饭|晚饭|"
            r"[一二三四五六七八九十两\d]{1,3}点)(?:以后|之后|后|以前|之前|前)))*喝(?:一?杯|点|一点)?"
            r"(?P<obj>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: _zh_drink(m, s),
    ),
    (  # "我宁愿退款也不要换货", "我更想要退款", "我还是比较倾向于坐高铁": one thing over another
        re.compile(
            r"我(?:还是|其实|一般|通常)?(?:宁愿|宁可|更愿意|更想要?|更倾向于?|比较倾向于?|还是想要?)"
            r"(?P<obj>[^，。！？；,.!?;也而]+)(?P<other>(?:也不|也不要|而不是|，?不要|，?不想)[^，。！？；,.!?;]+)?"
        ),
        lambda m, s: _zh_rather(m),
    ),
    (  # "我现在买衣服只买二手的", "我只用安卓手机": all the user will take of a kind
        re.compile(
            r"^我(?:现在|平时|一般|基本)*(?:买(?P<what>[^，。！？；,.!?;只]{1,4}))?(?:都)?只(?P<verb>买|穿|用|坐|看|读|订|吃)"
            r"(?P<obj>[^，。！？；,.!?;不也但]{1,8})"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.PREFERENCE,
            _zh_taste(zh_clean(m.group("obj")).removesuffix("的") or zh_clean(m.group("obj"))),
            importance=0.6,
        ),
    ),
    (  # "我想退款，不想换货", "我要退货": which remedy the customer wants
        re.compile(
            r"我(?:只|比较|更|还是)?(?:想要?|要|希望)(?P<obj>全额退款|退款|退货|换货|换新|换一[个台部件双]新的|维修|补发|退钱)"
            r"(?P<other>，?(?:不想|不要|而不是|不用|不需要)[^，。！？；,.!?;]+)?[。！!.]*$"
        ),
        lambda m, s: _zh_rather(m),
    ),
    (
        re.compile(
            # "我们都喜欢宫崎骏的动画": the user with someone, a taste of theirs too
            r"(?:我(?:们(?:俩|两个|两人|一家|全家)?)?|^(?=[也还]))"
            # "我和老婆周末喜欢一起看电影": with whom
            r"(?:[和跟][\u4e00-\u9fff]{1,3}?(?=周末|平时|平常|晚上|一般|通常|都|也|一起|喜欢|爱))?"
            r"(?:也|很|非常|特别|最|真的|超|一直|从小就?|向来|都|还|挺|蛮|其实|本来就?|超级|尤其|更|比较|最近|"
            # "我晚上喜欢织毛衣放松", "我一般喜欢喝绿茶"
            r"平时|平常|平日|一般|通常|经常|晚上|周末|早上|下班后|有空的时候|没事的时候|空闲的?时候?|闲暇时(?:间)?|业余时间?|"
            r"休息的时候)*"
            r"(?:喜欢|爱好|爱|热爱|迷上了?|迷(?!路|糊|茫|信|惑|失|你))(?:喝|吃|看|听(?!书)|玩)?"
            # (not what it is liked over: "我更喜欢听书而不是看书")
            r"(?P<obj>(?:(?!而不是|而非)[^，。！？；,.!?;])+)"
        ),
        lambda m, s: _zh_pref(m, 1, s),
    ),
    (  # "医生让我每天走路半小时": what the doctor told the user to do (after the rules that read it: 少X多Y)
        re.compile(
            r"(?:医生|大夫|主治医生|康复师)(?:(?:让|叫|要|建议|嘱咐)我(?:要|得|最好)?|说我(?:要|得|最好|应该|必须))"
            r"(?!注意|好好|多休息)(?P<do>[^，。！？；,.!?;]{3,20})"  # not "注意休息": said to anyone
        ),
        lambda m, s: Candidate(f"医嘱：{m.group('do')}", MemoryKind.FACT, "health:医嘱", importance=0.8),
    ),
    *SHOPPING_ZH,  # (last: what no other rule read)
    *SETTING_ZH,  # (last too)
    *STATUS_ZH,  # (last too)
    *TIES_ZH,  # (last too)
]


_NOT_A_JOB_ZH = frozenset(
    {"夜猫子", "宅男", "宅女", "早起鸟", "路痴", "社恐", "社牛", "急性子", "慢性子", "工作狂", "新手", "小白",
     "老好人", "完美主义者", "乐天派"}
)  # fmt: skip
"""Who the user is that is no job ("我是个夜猫子"): the user's own words keep it."""
_FAN_ZH = re.compile(
    r"^(?:超级|资深|铁杆|狂热|忠实)?(?:的)?(?P<what>.+?)(?:爱好者|迷|粉丝|铁粉|粉|发烧友|达人)$"
)
"""Who the user is by what they love ("骑行爱好者", "音乐发烧友"): a liking, not a job."""
_FAN_OF_ZH = {
    "影": "电影", "球": "看球", "书": "读书", "歌": "音乐", "车": "汽车", "剧": "追剧", "果": "苹果", "米": "小米"
}  # fmt: skip


def _job_in(m: re.Match[str]) -> tuple[Candidate, ...] | None:
    """A job said with the place it is done in ("在深圳做产品经理"): the job, and the place where it is a
    place's name (not "在公司做项目经理"); None where it names no place (the job rule reads the job)."""
    where = m.group("where")
    if not is_zh_place(where):
        return None
    job = _zh_job(zh_clean(m.group("job")))
    place = Candidate(f"在{where}工作", MemoryKind.FACT, "work:place", importance=0.6)
    return (job, place) if job is not None else (place,)


def _zh_job(job: str) -> Candidate | None:
    if not job or job in _NOT_A_JOB_ZH:
        return None
    if job == "吃货":
        return Candidate("喜欢美食", MemoryKind.PREFERENCE, "likes:美食")
    fan = _FAN_ZH.match(job)
    if fan:  # "曼联的铁杆球迷": 曼联; "F1狂热粉": F1
        said = re.match(
            r"^(?P<w>.+?)(?:的?(?:铁杆|狂热|忠实|资深|超级)[影球书歌车剧果米]?|的[影球书歌车剧果米]?)?$",
            fan.group("what"),
        )
        what = (said.group("w") if said else fan.group("what")).removesuffix("的")
        what = _FAN_OF_ZH.get(what, what)  # "影迷": a fan of films
        return Candidate(f"喜欢{what}", MemoryKind.PREFERENCE, f"likes:{topic_value(what)}") if what else None
    if _STUDENT_ZH.search(job):  # a student studies: no job
        return Candidate(f"是{job}", MemoryKind.FACT, "study", importance=0.7)
    if _LINE_OF_WORK_ZH.fullmatch(
        job
    ):  # "我在深圳做生意": a line of work, said as it is done (not 职业是生意)
        return Candidate(f"做{job}", MemoryKind.FACT, "job", importance=0.7)
    return Candidate(f"职业是{job}", MemoryKind.FACT, "job", importance=0.7)


_LINE_OF_WORK_ZH = re.compile(
    r"(?:小)?生意|外贸|内贸|贸易|销售|电商|微商|金融|投资|设计|IT|互联网|房地产|餐饮|建筑|装修|物流|自媒体|直播|代购|"
    r"保险|培训|审计|咨询|广告|媒体|出版|科研|研究|翻译|财务|行政|人事|运营|市场"
)
"""What one does for a living that is a line of work, not a post ("做生意", "做外贸", "做销售")."""


def _zh_name(m: re.Match[str]) -> Candidate | None:
    name = zh_clean(m.group("name") or m.group("n2") or "")
    if not name:
        return None
    return Candidate(f"名字是{name}", MemoryKind.FACT, "name", importance=0.9)


def _zh_allergy(obj: str) -> Candidate | None:
    if not obj:
        return None
    return Candidate(f"对{obj}过敏", MemoryKind.FACT, f"allergy:{topic_value(obj)}", importance=0.9)


_ZH_VERBS = frozenset({"吃", "喝", "看", "听", "玩", "做", "去", "用"})
_NOT_ONES_OWN_ZH = re.compile(r"[你您它这那我]|[他她]的|[他她]们?$|死")
"""What a liking of is no taste of the user's: what another has or does ("喜欢你讲故事的方式"), a person
("不喜欢他", "受不了我老板"), or a thing pointed at ("喜欢这个系列", "爱死这个了"), which the user's own
words keep whole."""


def _zh_pref(m: re.Match[str], polarity: int, sentence: str) -> Candidate | None:
    if m.group("obj").startswith("的"):  # "粉色是我最不喜欢的颜色": what is liked is said before
        return None
    obj = zh_object(m.group("obj"))
    if not obj or _NOT_ONES_OWN_ZH.match(obj) or obj in _ZH_VERBS:  # "...我都爱吃": what is said before
        return None
    text = f"喜欢{obj}" if polarity > 0 else f"不喜欢{obj}"
    change = bool(re.search(r"不再|再也|现在|已经|改", sentence))  # "我现在不喜欢喝咖啡了"
    return Candidate(text, MemoryKind.PREFERENCE, _zh_taste(obj), polarity=polarity, change=change)


def _zh_taste(obj: str) -> str:
    """The topic of a taste for ``obj``: ``drink:`` a drink ("绿茶"), else ``likes:`` it."""
    return f"{'drink' if obj in _ZH_DRINKS else 'likes'}:{topic_value(obj)}"


def _zh_not_for_me(obj: str) -> Candidate | None:
    """What the user does not care for, named first ("爵士乐真不是我的菜": 不喜欢爵士乐)."""
    obj = zh_object(obj)
    if not obj or _NOT_ONES_OWN_ZH.match(obj):
        return None
    return Candidate(f"不喜欢{obj}", MemoryKind.PREFERENCE, _zh_taste(obj), polarity=-1)


def _zh_dislike(obj: str, m: re.Match[str]) -> Candidate | None:
    """What the user cannot bear or get on with, said of it ("太吵的餐厅我受不了": 受不了太吵的餐厅;
    "我跟表格天生不对付": 跟表格不对付)."""
    obj = zh_object(obj)
    if not obj or _NOT_ONES_OWN_ZH.match(obj):
        return None
    said = re.sub(r"天生|一直|真的|实在|就是|从来", "", zh_clean(m.group(0))).removeprefix("我")
    verb = re.search(r"受不了|忍不了|不对付|合不来|搞不定|欣赏不来|接受不了|碰不了|吃不了|喝不了", m.group(0))
    text = said if m.group("o2") or verb is None else f"{verb.group()}{obj}"
    return Candidate(text, MemoryKind.PREFERENCE, _zh_taste(obj), polarity=-1)


def _zh_rather(m: re.Match[str]) -> Candidate | None:
    """One thing over another, in the user's words ("宁愿退款也不要换货"): a liking of the first."""
    obj = zh_object(m.group("obj"))
    if not obj or len(obj) > 20 or re.search(r"今天|今晚|明天|这次|这回", m.group()):  # the news of a day
        return None
    said = zh_said(m.group()).lstrip("，")
    if re.fullmatch(r"换一[个台部件双]新的", m.group("obj")):  # "我比较想换一台新的": a new one, as said
        said, obj = said if said.endswith("的") else f"{said}的", "换新"
    return Candidate(said, MemoryKind.PREFERENCE, _zh_taste(obj), importance=0.6)


def _zh_drink(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = zh_clean(m.group("obj"))
    # "低因咖啡", "燕麦奶"; "只喝低因的", "只喝无糖的": a drink said by what it is without
    if (
        obj not in _ZH_DRINKS
        and not (len(obj) <= 6 and obj.endswith((*_ZH_DRINKS[:-1], "奶", "气泡水", "苏打水")))
        and not re.fullmatch(
            r"(?:低因|无因|无咖啡因|脱因|无糖|低糖|零糖|脱脂|低脂|无醇|无酒精)的",
            m.group("obj").rstrip("。.！!"),
        )
    ):
        return None
    if m.group("obj").rstrip("。.！!") == f"{obj}的":
        obj = f"{obj}的"
    only = "只" if re.search(r"只[^，。！？；,.!?;]{0,2}喝", m.group()) else ""
    said = f"{m.group('when') or ''}{only}喝{obj}"  # "中午以后只喝低因咖啡", "只喝燕麦奶"
    return Candidate(
        said,
        MemoryKind.PREFERENCE,
        f"drink:{topic_value(obj.removesuffix('的').split()[0])}",
        change="现在" in sentence,
    )


_HARM_ZH = re.compile(
    r"难受|不舒服|过敏|拉肚子|腹泻|胃疼|胃痛|肚子疼|头疼|头痛|头晕|失眠|睡不着|恶心|想吐|吐|起疹子|长痘|胀气|心慌|心悸|"
    r"咳嗽|打喷嚏|痒|红肿|疼|痛|晕|上火|便秘|喘|犯困|发胖|焦虑|紧张|噩梦|累|疲惫|烦躁|崩溃|心跳|心悸|发作|压力"
)
_PEOPLE_ZH = re.compile(rf"(?:{ZH_RELATIONS}|医生|大夫|老师|同事|领导|教练|家人|父母|爸妈|他|她|你|别人)")


def _zh_harm(m: re.Match[str]) -> Candidate | None:
    """What harms the user ("辣的东西让我胃疼", "别人嚼东西的声音让我烦躁": a thing of someone's); not what
    someone has them do ("医生让我注意")."""
    effect, obj = zh_clean(m.group("effect")), m.group("obj")
    # "大狗让我很紧张": an animal of the household's has the user do nothing
    if not _HARM_ZH.search(effect) or (
        _PEOPLE_ZH.search(obj)
        and not re.search(r"的[\u4e00-\u9fff]{1,4}$", obj)
        and not re.search(r"[狗猫鸟蛇虫马]$|蜘蛛$", obj)
    ):
        return None
    if re.fullmatch(rf"(?:但是?|可是|不过)?(?:{ZH_SUBJECTS})(?:的?{ZH_PARTS})?", obj) and re.search(
        r"头疼|头大|头痛|崩溃|抓狂", effect
    ):
        return None  # "概率让我很头疼": a subject the learner finds hard (``memory._learning``), no headache
    if re.search(r"[聚晚宴乐舞例年开大展庙唱览动约]$", obj) and m.group().startswith(f"{obj}会"):
        obj += "会"  # "聚会让我很累": the gathering, not "可能会"
    return zh_fact(obj, "{}让我" + effect, "sensitive")


def _done_to(said: str) -> str:
    """What a habit's one verb is done to, without how much ("一杯咖啡" -> 咖啡, "琴一小时" -> 琴, "会儿书" -> 书)."""
    return re.sub(
        r"[一二三四五六七八九十两几半\d]+(?:个|杯|次|小时|分钟|公里|遍|本|页|碗|瓶|圈)?|^(?:一)?会儿|^点儿?",
        "",
        zh_clean(said),
    )


_SKIN_ZH = re.compile(r"^(?:皮肤|嘴|嘴唇|手|脸|眼睛)$")
"""Where something touches the user ("羊毛一碰皮肤就痒"): what brings it on is the thing, not the skin."""


def _brings_on(m: re.Match[str]) -> Candidate | None:
    """What eating, touching or hearing brings on ("我一吃西红柿就起疹子", "古典音乐我一听就犯困", "羊毛一碰
    皮肤就痒得受不了"), keyed by the thing."""
    effect = m.group("effect").rstrip("。！!.")
    effect = effect if effect.endswith("受不了") else zh_clean(effect)
    obj, before, verb = m.group("obj"), m.group("before"), m.group("verb")
    if obj and before and _SKIN_ZH.match(zh_clean(obj)):
        return zh_fact(before, f"{{}}一{verb}{zh_clean(obj)}就{effect}", "sensitive")
    if obj:
        return zh_fact(obj, f"一{verb}{{}}就{effect}", "sensitive")
    return zh_fact(before, f"{{}}一{verb}就{effect}", "sensitive")  # "古典音乐我一听就犯困"


def _zh_avoid(m: re.Match[str]) -> Candidate | None:
    obj = zh_object(m.group("obj"))
    if not obj or "就" in obj:  # "我不吃早饭就会特别暴躁": what happens then, not what is kept away from
        return None
    verb = m.group("verb") or m.groupdict().get("verb2")
    when = m.groupdict().get("when") or m.groupdict().get("w0")
    if when:  # "我晚上不喝咖啡": only then; it changes no liking of coffee ("Avoids tea at night")
        return Candidate(
            f"{when}不{verb}{obj}",
            MemoryKind.PREFERENCE,
            f"avoids:{topic_value(obj)}_{topic_value(when)}",
            polarity=-1,
            importance=0.8,
        )
    category = "drink" if verb == "喝" and obj in _ZH_DRINKS else "avoids"
    return Candidate(
        f"不{verb}{obj}",
        MemoryKind.PREFERENCE,
        f"{category}:{topic_value(obj)}",
        polarity=-1,
        importance=0.8,
        change=True,
    )
