"""The names the user gives the people and animals in their life, and what a request about them reaches.

Said in passing, a name is what later messages use instead of the word: "meet Toby, my puppy", "we got
another cat named Bailey", "I named him Buddy" after "I adopted a pup from a shelter", "Their names are
Pepper, Precious and Panda" answering "What are their names?", "我家的猫叫豆豆", "给它取名叫旺财".
``names_given`` reads them (who "him" or "them" is comes from the message itself, the user's message
before it or the turn it answers) as ``relation:{role}:{name}`` facts, the key the single-sentence rules
give "my dog is called Max". ``linked_names`` is what search adds to a request that names the role: "What
has Andrew done with his dogs?" also looks for what was said of Toby, Buddy and Scout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import KIN_HE, KIN_SHE, named_relation
from tailorkit.memory._words_en import CAT_BREEDS_EN, DOG_BREEDS_EN, PETS, RELATIONS
from tailorkit.text import is_chinese, simplified

__all__ = ["as_role", "known_names", "linked_names", "names_given"]

_DOG_EN = rf"pupp(?:y|ies)|pups?|pooch(?:es)?|doggo|doggy|labs?|{DOG_BREEDS_EN}"
_CAT_EN = rf"kittens?|kitty|kitties|{CAT_BREEDS_EN}"
_BIRD_EN = (
    "parrots?|african greys?|cockatiels?|cockatoos?|macaws?|budgies?|budgerigars?|canar(?:y|ies)|lovebirds?"
)
_ROLE_EN = (
    rf"mother-in-law|father-in-law|best mate|{_DOG_EN}|{_CAT_EN}|{_BIRD_EN}|{PETS}|{RELATIONS}|kids?|"
    "children|"
    "stepmum|stepmom|stepdad|mate|pal|flatmate|housemate|roommate|neighbour|neighbor|godson|goddaughter"
)
_ROLE_WORD_EN = re.compile(rf"\b(?:{_ROLE_EN})\b", re.I)
_NAME = (
    r"['\"‘“]?(?!(?:In|On|At|And|But|Or|So|The|This|That|Is|Was|Has|Had|Will|Can|To|From|For|With|Who|When|If|"
    r"As)\b)[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?['\"’”]?"
)
_NAMES = rf"(?P<names>{_NAME}(?:, {_NAME})*(?:,? and {_NAME})?)(?![\w-])"
_KIN_TITLE = "Grandma|Granny|Gran|Nana|Nan|Grandpa|Grandad|Granddad|Auntie|Aunt|Uncle"
"""Who is named by a title before the name ("Grandma Rose", "Uncle Bob")."""
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "i he she it they we you the a an and but so my our his her their this that who what which there "
        "here yes no ok okay oh wow hi hey hello thanks thank great awesome cool well just also too sure "
        "yeah yep nope aw aww haha lol omg definitely absolutely totally really thankfully hopefully luckily "
        "sadly honestly actually finally basically obviously unfortunately fortunately apparently seriously "
        "recently anyway however meanwhile yesterday today tomorrow tonight",
    )
)

_GIVEN_EN: Sequence[tuple[re.Pattern[str], bool]] = (
    # "meet Toby, my puppy", "this is Luna, our new kitten": named and said who they are
    (
        re.compile(
            rf"\b(?i:meet|this is|say hi to|say hello to|introducing) {_NAMES},? (?i:my|our) "
            rf"(?:(?i:new|little|baby|rescue|sweet) )*(?P<role>(?i:{_ROLE_EN}))\b"
        ),
        False,
    ),
    # "we got another cat named Bailey", "a rescue greyhound called Biscuit"
    (
        re.compile(
            rf"\b(?i:a|an|another|our|my|the|new|one) (?:[\w-]+ ){{0,2}}?(?P<role>(?i:{_ROLE_EN})) "
            rf"(?i:called|named|by the name of) {_NAMES}"
        ),
        False,
    ),
    # "Pepper and Panda are my dogs"
    (
        re.compile(rf"^{_NAMES} (?i:is|are) (?i:my|our) (?:(?i:new|little) )?(?P<role>(?i:{_ROLE_EN}))\b"),
        False,
    ),
    # "Our greyhound Biscuit can't ...", "The kids' hamster Nibbles", "our lab, Murphy,", "We named the new
    # puppy Pickle", "two rabbits, Bramble and Fig, ..."
    (
        re.compile(
            r"\b(?i:my|our|the kids'|the children's|named|called|named the|called the|named our|two|three|"
            rf"four|five) (?:[\w-]+ ){{0,2}}?(?P<role>(?i:{_ROLE_EN})),? {_NAMES}(?=$|[\s,.;:!?])"
            r"(?! and (?:I|me)\b)"
        ),
        False,
    ),
    # "Pepper, our African grey, ...", "Brenda, my mother-in-law, ..."
    (
        re.compile(rf"(?:^|(?<=[.!?] )){_NAMES}, (?i:my|our) (?:[\w-]+ ){{0,2}}?(?P<role>(?i:{_ROLE_EN}))\b"),
        False,
    ),
    # "Grandma Rose", "Uncle Bob"
    (
        re.compile(rf"\b(?P<role>{_KIN_TITLE}) (?P<names>{_NAME})(?=$|[\s,.;:!?])"),
        False,
    ),
    # "Her name's Coco", "I named him Buddy", "she's called Luna": who they are is said before
    (
        re.compile(
            r"\b(?:(?i:his|her|its|their) (?i:names?)(?i: is| are| was| were|'s)"
            r"|(?i:he|she|it)(?:'s| is) (?i:called)"
            rf"|(?i:I|we)(?:'ve| have)? (?i:named|called) (?i:him|her|it|them)) {_NAMES}"
        ),
        True,
    ),
)
_ASKS_NAME_EN = re.compile(
    r"\bwhat(?:'s| is| are| was| were| did you)? (?:[\w']+ ){0,3}?names?\b|\bwhat did you (?:name|call)\b",
    re.I,
)
_ANSWER_EN = re.compile(rf"^{_NAMES}(?=\s*(?:[!.,]|$))|(?<=\s)['\"‘“](?P<quoted>[A-Z][a-z]+)['\"’”]")

_DOG_ZH = (
    "柯基|金毛|拉布拉多|泰迪|哈士奇|柴犬|边牧|比熊|博美|萨摩耶|法斗|雪纳瑞|德牧|阿拉斯加|贵宾|狗狗|小狗|狗"
)
_CAT_ZH = "布偶|英短|美短|橘猫|暹罗|猫咪|小猫|猫"
_PET_ZH = rf"{_DOG_ZH}|{_CAT_ZH}|兔子|仓鼠|鹦鹉|乌龟|金鱼|鸟"
_ROLE_ZH = (
    rf"{_PET_ZH}|女儿|儿子|继子|继女|孩子|宝宝|老婆|老公|妻子|丈夫|女朋友|男朋友|女友|男友|朋友|哥们|闺蜜|哥哥|姐姐|"
    "弟弟|妹妹|妈妈|爸爸|爷爷|奶奶|外公|外婆|老板|同事|室友"
)
_ROLE_WORD_ZH = re.compile(_ROLE_ZH)
_NAME_ZH = (
    r"[“\"「]?(?![了着过个声得醒起唤来去出])(?P<names>[\u4e00-\u9fffA-Za-z]{1,4}?)[”\"」]?"
    r"(?=[，。！？；,.!?;、和一]|$|的)"
)
_SURNAMES_ZH = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏"
    "钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
_NICKNAME_ZH = (
    # "小宇", "阿杰", "老周", "乐乐": not a word that starts so ("小时候", "老是", "天天")
    r"(?P<names>(?!小时|小学|小区|小心|小孩|小姐|小伙|小说|小吃|小狗|小猫|小型|小事|小店|小腿|小组|小麦|小学生|阿姨)"
    rf"(?:小|阿)[\u4e00-\u9fff]|老[{_SURNAMES_ZH}]"
    r"|(?!天天|常常|刚刚|慢慢|渐渐|偏偏|往往|好好|早早|久久|快快|紧紧|轻轻|悄悄|静静|默默|明明|仅仅|稍稍|时时|处处|人人|"
    r"个个|年年|月月|次次|样样|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|宝宝|狗狗)(?P<dup>[\u4e00-\u9fff])(?P=dup))"
)
_GIVEN_ZH: Sequence[tuple[re.Pattern[str], bool]] = (
    # "我家的猫叫豆豆", "我们家新来的小狗叫旺财", "孩子们的仓鼠叫花生", "我家拉布拉多叫旺旺"
    (
        re.compile(
            rf"(?:我(?:们)?家|[\u4e00-\u9fff]{{1,3}}的)(?:的|里的|新来的|养的)?(?P<role>{_ROLE_ZH})(?:的名字)?叫{_NAME_ZH}"
        ),
        False,
    ),
    # "我儿子乐乐有阅读障碍", "我老公阿杰在备赛", "我爸爸老周"
    (re.compile(rf"我(?:们)?(?:家)?(?:的)?(?:最好的)?(?P<role>{_ROLE_ZH}){_NICKNAME_ZH}"), False),
    # "两只兔子，一只叫团子一只叫糖糖"
    (
        re.compile(rf"(?:一|另一)(?:只|条)叫{_NAME_ZH}"),
        True,
    ),
    # "我养了一只叫豆豆的猫"
    (re.compile(rf"一(?:只|条|个)叫(?P<names>[\u4e00-\u9fff]{{1,4}})的(?P<role>{_ROLE_ZH})"), False),
    # "给它取名叫旺财", "它叫豆豆", "名字叫球球"
    (
        re.compile(
            rf"(?:(?:给|帮)(?:它|他|她|牠)(?:们)?(?:取|起)了?个?名字?(?:叫|为)?|(?:取|起)了?个?名字?(?:叫|为)){_NAME_ZH}"
        ),
        True,
    ),
    (re.compile(rf"^(?:它|牠)叫{_NAME_ZH}"), True),
    (re.compile(rf"(?:它|他|她)的名字(?:叫|是){_NAME_ZH}"), True),
)

_SAME_ROLE = {"kid": "child", "kids": "child", "children": "child"}


_NAMED_SUBJECT_EN = re.compile(
    # "Pepper, our African grey, plucks ...", "Brenda, my mother-in-law, is ..."
    rf"^{_NAME}, (?P<who>(?i:my|our) (?:[\w-]+ ){{0,2}}?(?i:{_ROLE_EN})),\s+"
    # "Grandma Rose wears ..."
    rf"|^(?P<kin>{_KIN_TITLE}) {_NAME}\s+"
    # "The kids' hamster Nibbles is ...", "Our greyhound Biscuit can't ...", "Our lab, Murphy, is ..."
    rf"|^(?P<whose>(?i:my|our|the kids'|the children's)) (?P<what>(?:[\w-]+ ){{0,2}}?(?i:{_ROLE_EN})),? "
    rf"{_NAME},?\s+"
)


def as_role(sentence: str) -> str:
    """``sentence`` about someone or something of the household by name, said of them by role ("Pepper,
    our African grey, plucks her feathers out" -> "our African grey plucks her feathers out", "Grandma Rose
    wears ..." -> "my grandma wears ...", "The kids' hamster Nibbles is ..." -> "our hamster is ..."), as
    what the user states of their own; as it is otherwise."""
    m = _NAMED_SUBJECT_EN.match(sentence)
    if m is None:
        return sentence
    if m.group("kin"):
        who = f"my {m.group('kin').lower()}"
    elif m.group("who"):
        who = m.group("who")
    else:
        whose = m.group("whose").lower()
        who = f"{'our' if whose.startswith('the') else whose} {m.group('what')}"
    return f"{who} {sentence[m.end() :]}"


def _role(word: str) -> str:
    """The role a word names, one key for its forms ("puppies", "pup", "Labrador" -> "dog")."""
    w = word.lower()
    if w in _SAME_ROLE:
        return _SAME_ROLE[w]
    if re.fullmatch(_DOG_ZH, w):
        return "狗"
    if re.fullmatch(_CAT_ZH, w):
        return "猫"
    if re.fullmatch(_DOG_EN, w):
        return "dog"
    if re.fullmatch(_CAT_EN, w):
        return "cat"
    if re.fullmatch(_BIRD_EN, w):
        return "bird"
    if re.fullmatch(r"(?:bunn|pon)ies|\w+(?<!s)s", w) and not re.fullmatch(RELATIONS, w):
        return w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return w


_LISTED = re.compile(r",\s*(?:and\s+)?|\s+and\s+|[和、]")
"""What separates the names of a list ("Pepper, Precious and Panda", "团子和糖糖")."""


def _names(said: str) -> list[str]:
    """The names in "Pepper, Precious and Panda" (quotes off), none that is a common word."""
    found = [re.sub(r"['’]s$", "", n.strip("'\"‘’“”「」 ")) for n in _LISTED.split(said)]
    return [n for n in found if n and n.lower() not in _NOT_NAMES]


_KIN_OF = {"him": KIN_HE, "his": KIN_HE, "he": KIN_HE, "her": KIN_SHE, "she": KIN_SHE}
"""The family members a pronoun can stand for."""
_KIN = KIN_HE | KIN_SHE


def _referent(pronoun: str, *texts: str | None) -> list[str]:
    """Who a pronoun naming someone stands for: the roles the nearest of ``texts`` (the message up to the
    name, the message before it, the turn it answers) names last, those a "him" or "her" can be, all of
    them when the names are several ("We've got a pup and a kitty")."""
    can_be = _KIN_OF.get(pronoun.lower())
    for text in texts:
        if not text:
            continue
        words = _ROLE_WORD_ZH.findall(text) if is_chinese(text) else _ROLE_WORD_EN.findall(text)
        # (an animal, a friend: any pronoun)
        roles = [_role(w) for w in words if can_be is None or w.lower() in can_be or w.lower() not in _KIN]
        if roles:
            return list(dict.fromkeys(roles))
    return []


def _pairs(names: list[str], roles: list[str]) -> list[tuple[str, str]]:
    """Names paired with roles: in order when there are as many of each ("Luna and Oliver" of "a pup
    and a kitty"), else each name with the role named last."""
    if len(roles) == len(names) and len(roles) > 1:
        return list(zip(roles, names, strict=True))
    return [(roles[-1], n) for n in names] if roles else []


def names_given(message: str, *, before: str | None = None, context: str | None = None) -> list[Candidate]:
    """The ``relation:{role}:{name}`` facts ``message`` gives (said after ``before``, answering
    ``context``), each name once."""
    said = message.strip()
    if not said:
        return []
    chinese = is_chinese(said)
    text = simplified(said) if chinese else said
    found: list[tuple[str, str]] = []
    for pattern, by_pronoun in _GIVEN_ZH if chinese else _GIVEN_EN:
        for m in pattern.finditer(text):
            names = _names(m.group("names"))
            if not by_pronoun:
                found += [(_role(m.group("role")), n) for n in names]
                continue
            pronoun = re.search(r"\b(him|her|his|its|it|them|their|he|she)\b", m.group(0), re.I)
            roles = _referent(pronoun.group(1) if pronoun else "", text[: m.start()], before, context)
            found += _pairs(names, roles)
    if not found and not chinese and context and _ASKS_NAME_EN.search(context):
        # "Luna and Oliver!" answering "What are their names?": the names of what was asked about
        answer = _ANSWER_EN.search(said)
        given = answer.group("names") or answer.group("quoted") if answer else ""
        names = _names(given)
        # only names ("Luna and Oliver!"), not a word and who is spoken to ("Wow, John!")
        if names and len(names) == len(_LISTED.split(given)):
            pronoun = re.search(r"\b(his|her|their|its)\b", context, re.I)
            found += _pairs(names, _referent(pronoun.group(1) if pronoun else "", context, before))
    if chinese:
        found += _tagged_names_zh(text, {role for role, _ in found})
        return [
            Candidate(f"{r}叫{n}", MemoryKind.FACT, f"relation:{r}:{n}", subject=r, importance=0.7)
            for r, n in dict.fromkeys(found)
        ]
    return [named_relation(role, name) for role, name in dict.fromkeys(found)]


_OWN_ROLE_ZH = re.compile(rf"我(?:们)?(?:家)?(?:的)?(?P<role>{_ROLE_ZH})(?=[\u4e00-\u9fff]{{2}})")


def _tagged_names_zh(text: str, named: set[str]) -> list[tuple[str, str]]:
    """(role, name) where a person's given name follows the role ("我女儿思琪今年上三年级", "我妈妈秀英身体
    不好", "我老公张伟是医生"): what jieba's part-of-speech tagger reads as a personal name (``nr``), two or
    three characters, for a role no other form named."""
    found = []
    for m in _OWN_ROLE_ZH.finditer(text):
        role = _role(m.group("role"))
        if role in named or _PET.fullmatch(role):
            continue
        import jieba.posseg  # its tables load on the first use (0.3 s), not with the module

        first = next(iter(jieba.posseg.cut(text[m.end() : m.end() + 8])), None)
        if (
            first is not None
            and first.flag.startswith("nr")
            and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", first.word)
        ):
            found.append((role, first.word))
    return found


_SAME_ONES = (
    # the words a request may use for one role: "my dogs" for the puppies, "my kids" for a son and a
    # daughter, "mum" for a mother
    r"dogs?|pupp(?:y|ies)|pups?|pooch(?:es)?",
    r"cats?|kittens?|kitty|kitties",
    rf"birds?|{_BIRD_EN}",
    r"kids?|child(?:ren)?|sons?|daughters?|bab(?:y|ies)|toddlers?",
    r"mum|mom|mother|mummy|mommy|mam",
    r"dad|father|daddy",
    r"wife|missus|partner",
    r"husband|hubby|partner",
    r"grandma|gran|granny|nan|nana|grandmother|grandparents",
    r"grandpa|grandad|granddad|grandfather|grandparents",
    "儿子|女儿|孩子|宝宝|娃",
    "老婆|妻子|媳妇|爱人|太太",
    "老公|丈夫|先生|爱人",
    "妈妈|母亲|妈",
    "爸爸|父亲|爸",
    "奶奶|外婆|姥姥",
    "爷爷|外公|姥爷",
)
_PET = re.compile(rf"(?:{PETS})|{_PET_ZH}", re.I)


def known_names(rows: Iterable[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(role, name) of the user's memories that name someone or something: the ``relation:{role}:{name}``
    facts, and the animals of the household said with their name ("Has a cat called Miso", ``pet:cat``)."""
    found = []
    for r in rows:
        category, _, rest = str(r["topic"]).partition(":")
        role, _, name = rest.partition(":")
        if category == "pet":
            said = re.search(r"\bcalled (\w[\w'-]*)", str(r["text"]))
            name = said.group(1).lower() if said else ""
        if role and name:
            found.append((_role(role), name))
    return found


def linked_names(query: str, roles: Iterable[tuple[str, str]]) -> list[str]:
    """The names among ``roles`` ((role, name) of the user's relation facts) of the roles ``query`` asks
    about ("What has Andrew done with his dogs?" -> the dogs' names; "my pets", "宠物" -> every pet's),
    none it names itself."""
    chinese = is_chinese(query)
    text = simplified(query) if chinese else query.lower()
    found = []
    for role, name in roles:
        if name.lower() in text:
            continue
        asked = re.escape(role) if is_chinese(role) else rf"{re.escape(role)}s?"
        asked = "|".join([asked, *(same for same in _SAME_ONES if re.fullmatch(same, role))])
        if _PET.fullmatch(role):
            asked += "|宠物" if is_chinese(role) else r"|pets?|animals?"
        if re.search(asked if chinese else rf"\b(?:{asked})\b", text):
            found.append(name)
    return list(dict.fromkeys(found))
