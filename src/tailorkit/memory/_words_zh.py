"""The words Chinese rules share: relations, conditions, and cleaning what a rule read."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import ZH_CHILD_PARTS, kept_from, topic_value

__all__ = [
    "ZH_CONDITIONS",
    "ZH_DAYS",
    "ZH_END",
    "ZH_JOBS",
    "ZH_KIN",
    "ZH_PARTS",
    "ZH_RELATIONS",
    "ZH_SUBJECTS",
    "ZH_WEAK",
    "zh_clean",
    "zh_fact",
    "zh_kin_said",
    "zh_limit",
    "zh_object",
    "zh_said",
    "zh_without_english",
]

ZH_RELATIONS = (
    "女儿|儿子|妻子|老婆|丈夫|老公|妈妈|母亲|爸爸|父亲|哥哥|姐姐|弟弟|妹妹|孩子|宝宝|狗|猫|老板|女朋友|男朋友|女友|男友|朋友|"
    "爷爷|奶奶|外公|外婆|姥姥|姥爷|孙女|孙子|外孙女|外孙|婆婆|公公|舅舅|叔叔|姑姑|阿姨|侄子|侄女|外甥女|外甥"
)
ZH_KIN = (
    rf"{ZH_RELATIONS}|对象|爱人|先生|媳妇|[大小](?:儿子|女儿)|老大|老二|爸妈|父母|妈|爸|岳父|岳母|双胞胎"
    # the short forms: "我姐坐轮椅" (not "哥们", a friend)
    r"|姐|妹|哥(?!们)|弟"
)
"""Who of the user's household a Chinese sentence may be about ("我女儿", "我老公", "我家老大")."""
ZH_END = "，。！？；,.!?;"
ZH_JOBS = (
    r"护士|助产士|医生|大夫|医师|牙医|药剂师|兽医|老师|教师|班主任|教授|讲师|教练|程序员|工程师|设计师|建筑师|律师|会计|审计|"
    r"警察|公务员|厨师|司机|销售|记者|编辑|演员|歌手|画家|作家|音乐家|运动员|主播|博主|军人|农民|工人|保安|保姆|月嫂|护工|"
    r"社工|电工|木匠|水管工|清洁工|装卸工|快递员|外卖员|店员|服务员|收银员|拣货员|理货员|仓管|个体户|自由职业者?|创业者|"
    r"全职妈妈|全职太太|家庭主妇|科学家|研究员|实习生|医学生|大学生|研究生|博士生|博士|硕士|中学生|小学生|高中生|初中生|"
    r"留学生|学生|飞行员|空姐|消防员|翻译|银行职员|公司职员|白领|老板|经理|主管|运营|退休人员|"
    r"总监|助理|顾问|"
    # a job said by its ending ("宠物美容师", "咨询师", "管理员", "产品经理", "销售总监"), not a membership
    # ("会员", "党员", "学员")
    r"[\u4e00-\u9fff]{1,5}?(?:师|(?<![会党团成队学议])员|经理|总监|主管|助理|顾问)"
)
"""Jobs said after 是 ("我是护士", "我姐姐是一名程序员", "我是上门宠物美容师"): named ones, and those
said by the ending a job's name has, as alternatives of a pattern; "我老婆是吃货" and "我儿子是学霸" name
none."""
ZH_DAYS = (
    r"(?:周|星期|礼拜)[一二三四五六日天]"
    r"(?:(?:[和、跟到至,，-]|以及)?(?:(?:周|星期|礼拜)?[一二三四五六日天]))*"
)
"""Days of the week named together ("周一", "周二、四", "周一到周五", "星期一和星期三")."""
ZH_SUBJECTS = (
    r"数学|语文|英语|物理|化学|生物|历史|地理|政治|几何|代数|作文|听力|口语|"
    r"写作|阅读|发音|语法|单词|计算|奥数|编程|法语|德语|日语|韩语|西班牙语|俄语|意大利语|普通话|粤语|"
    # the parts of one ("电磁学", "有机化学", "微积分")
    r"力学|电磁学|电学|光学|热学|有机化学|无机化学|微积分|线性代数|概率论?|统计学?|函数|三角函数|文言文|古诗词?|"
    # ... and of a child's: "分数除法一直搞不懂", "乘法口诀背不下来"
    + ZH_CHILD_PARTS
    + r"|一元二次方程|汉字"
)
"""School subjects and the skills of one ("我数学不好", "我女儿英语听力差")."""
ZH_PARTS = r"(?:方程式|公式|单词|定理|概念|实验|计算题|应用题|题|题目|知识点|考点|树状图|树)"
"""A part of a subject the learner finds hard ("化学方程式老是记不住", "数学应用题不太会")."""
ZH_WEAK = (
    r"(?:作文|听力|口语|写作|阅读|单词|语法)?(?:成绩)?(?:一直|有点儿?|比较|很|特别|非常|不太|也|都|总是|老是|总|完全)*"
    r"(?:不好|不太好|差|弱|不行|跟不上|很一般|薄弱|拖后腿|只够[\u4e00-\u9fff]{1,6}|一般般|很基础|只会一点|吃力|费劲|写不长|写不好|记不住|听不懂|"
    r"搞不懂|弄不懂|搞不明白|弄不明白|学不会|学不懂|理解不了|一窍不通|(?:读|看)不懂(?:题目|题意|题)?|不会做|做不对|做错|出错)"
)
"""How a subject is said to be weak ("不太好", "比较弱", "跟不上"), or a part of it ("作文总是写不长")."""
ZH_CONDITIONS = (
    r"哮喘|糖尿病|高血压|低血压|高血脂|高血糖|低血糖|心脏病|冠心病|多动症|自闭症|孤独症|抑郁症|焦虑症|抑郁|焦虑|失眠|"
    r"偏头痛|耳鸣|关节炎|痛风|胃病|胃炎|肠胃炎|胃溃疡|肠易激综合征|过敏性鼻炎|鼻炎|湿疹|荨麻疹|癫痫|贫血|甲亢|甲减|"
    r"颈椎病|腰椎间盘突出|腰间盘突出|腰肌劳损|痔疮|乙肝|脂肪肝|肾结石|胆结石|色盲|色弱|恐高症|心律不齐|强迫症|"
    r"阅读障碍|帕金森|阿尔茨海默|老年痴呆|癌症|乳糜泻|骨质疏松|红绿色盲|心梗|心肌梗死|脑梗|中风|创伤后应激障碍|多发性硬化|"
    r"睡眠呼吸暂停|职业倦怠|耳背|耳聋|[\u4e00-\u9fff]{1,6}?综合征|(?![\u4e00-\u9fff]{0,3}(?:毛病|通病))(?![个一种点])[\u4e00-\u9fff]{1,4}?(?:癌|症|炎|病)"
)
"""Conditions a user lives with ("我有哮喘", "我查出了糖尿病"): named ones and those their last character
names (…症, …炎, …病, …癌), not "毛病" (a habit)."""


ZH_DRUGS = (
    r"氨氯地平|硝苯地平|缬沙坦|氯沙坦|厄贝沙坦|美托洛尔|比索洛尔|二甲双胍|格列美脲|阿卡波糖|胰岛素|阿司匹林|氯吡格雷|"
    r"华法林|利伐沙班|阿托伐他汀|瑞舒伐他汀|辛伐他汀|他汀|左甲状腺素|优甲乐|奥美拉唑|泼尼松|甲氨蝶呤|舍曲林|"
    r"帕罗西汀|褪黑素"
)
"""Medicines a user says they take by name ("我在吃氨氯地平", "我每天打胰岛素")."""


_ENGLISH_IN_ZH = {
    "lactose intolerant": "乳糖不耐受", "lactose": "乳糖", "gluten": "麸质", "vegan": "纯素食者",
    "vegetarian": "素食者", "keto": "生酮", "decaf": "低因咖啡", "wfh": "在家办公",
    "work from home": "在家办公", "night owl": "夜猫子", "early bird": "早起的人", "introvert": "内向的人",
    "extrovert": "外向的人", "baby": "宝宝", "party": "聚会", "parties": "聚会", "hiking": "徒步",
    "commute": "通勤", "apartment": "公寓", "gym": "健身房", "yoga": "瑜伽", "adhd": "多动症",
    "coffee": "咖啡", "budget": "预算", "deadline": "截止日期", "boss": "老板", "cat": "猫", "cats": "猫",
    "dog": "狗", "dogs": "狗", "pet": "宠物", "pets": "宠物",
}  # fmt: skip
_ENGLISH_WORD = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(sorted(map(re.escape, _ENGLISH_IN_ZH), key=len, reverse=True))
    + r")(?![A-Za-z])",
    re.I,
)


def zh_without_english(text: str) -> str:
    """A Chinese sentence with the English words people mix into Chinese as their Chinese, so that the
    rules read it ("我是vegan" as 我是纯素食者, "我对cat毛过敏" as 我对猫毛过敏); brands and names stay as
    said ("只用Mac")."""
    said = _ENGLISH_WORD.sub(lambda m: _ENGLISH_IN_ZH[m.group().lower()], text)
    return said.replace("在在家", "在家")  # "我在WFH"


def zh_clean(text: str) -> str:
    """``text`` without the marks and particles around it; a bar ("酒吧", "网吧") keeps its 吧."""
    said = text.rstrip(ZH_END + " 了的啊呀呢")
    if not _BAR.search(said):  # (吧 is a particle there)
        said = said.rstrip(ZH_END + " 了的啊呀吧呢")
    return said.lstrip(ZH_END + " 了的啊呀吧呢")


_BAR = re.compile(r"[酒网贴书水氧茶]吧$")
"""A place whose name ends in 吧, which is no particle."""


def zh_said(text: str) -> str:
    """What the user said, as a memory keeps it in their words: without the marks around it and the "我" it
    begins with ("我种菜十年了" -> "种菜十年"; not "我们": "我们周末一起看电影", "我们家周五晚上守安息日"
    are the household's)."""
    said = zh_clean(text)
    return said if said.startswith("我们") else said.removeprefix("我")


def zh_kin_said(text: str) -> str:
    """What the user said of someone of their household, as a memory keeps it: in their words, without the
    "我", "我的", "我家" or "我们家" before who it is ("我们家小宝每天中午午睡" -> "小宝每天中午午睡")."""
    return zh_said(text).lstrip("的家们")


_ZH_PRONOUNS = frozenset(
    {"它", "它们", "这", "那", "这个", "那个", "这些", "那些", "这种", "那种", "这样", "那样"}
)
"""Objects that name nothing on their own ("所以我不吃它"): what they stand for is in another clause."""


def zh_object(text: str | None) -> str:
    """The object of a preference, an aversion or a sensitivity; empty when only a pronoun is left."""
    obj = zh_clean(text or "")
    return "" if obj in _ZH_PRONOUNS else obj


def zh_fact(obj: str | None, template: str, category: str) -> Candidate | None:
    said = zh_said(obj or "")
    if re.match(rf"(?:{ZH_RELATIONS}|对象)", said):  # "我对象乳糖不耐受": the partner's, not the user's
        return None
    obj = zh_object(said.removeprefix("对"))
    if not obj or len(obj) > 20:
        return None
    return Candidate(
        template.format(obj), MemoryKind.FACT, f"{category}:{topic_value(obj)}", polarity=-1, importance=0.8
    )


def zh_limit(obj: str | None, template: str, category: str) -> Candidate | None:
    """Something the user quits (``avoids``) or cuts down on (``limits``): "戒烟", "控糖", "少吃盐"."""
    obj = zh_object(zh_clean(obj or ""))
    if not obj:
        return None
    return kept_from(template.format(obj), category, obj)
