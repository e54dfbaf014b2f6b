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
from tailorkit.memory._rules import named_relation
from tailorkit.memory._words_en import PETS, RELATIONS
from tailorkit.text import is_chinese, simplified

__all__ = ["known_names", "linked_names", "names_given"]

_DOG_EN = (
    "pupp(?:y|ies)|pups?|pooch(?:es)?|doggo|doggy|labradors?|greyhounds?|spaniels?|terriers?|poodles?|beagles?|"
    "collies?|retrievers?|huskies|husky|dachshunds?|pugs?|bulldogs?|chihuahuas?|alsatians?|german shepherds?|"
    "whippets?|lurchers?|corgis?|shih tzus?|cockapoos?|labradoodles?|schnauzers?|rottweilers?|dobermans?|"
    "dalmatians?"
)
_CAT_EN = "kittens?|kitty|kitties|maine coons?|ragdolls?|siamese"
_ROLE_EN = rf"{_DOG_EN}|{_CAT_EN}|{PETS}|{RELATIONS}|kids?|children"
_ROLE_WORD_EN = re.compile(rf"\b(?:{_ROLE_EN})\b", re.I)
_NAME = r"['\"‘“]?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?['\"’”]?"
_NAMES = rf"(?P<names>{_NAME}(?:, {_NAME})*(?:,? and {_NAME})?)(?![\w-])"
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "i he she it they we you the a an and but so my our his her their this that who what which there "
        "here yes no ok okay oh wow hi hey hello thanks thank great awesome cool well just also too sure "
        "yeah yep nope aw aww haha lol omg definitely absolutely totally really",
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

_PET_ZH = "狗狗|小狗|狗|猫咪|小猫|猫|兔子|仓鼠|鹦鹉|乌龟|金鱼|鸟"
_ROLE_ZH = (
    rf"{_PET_ZH}|女儿|儿子|孩子|宝宝|老婆|老公|妻子|丈夫|女朋友|男朋友|女友|男友|朋友|哥哥|姐姐|弟弟|妹妹|"
    "妈妈|爸爸|爷爷|奶奶|外公|外婆|老板|同事|室友"
)
_ROLE_WORD_ZH = re.compile(_ROLE_ZH)
_NAME_ZH = r"[“\"「]?(?P<names>[\u4e00-\u9fffA-Za-z]{1,4}?)[”\"」]?(?=[，。！？；,.!?;、和]|$|的)"
_GIVEN_ZH: Sequence[tuple[re.Pattern[str], bool]] = (
    # "我家的猫叫豆豆", "我们家新来的小狗叫旺财"
    (
        re.compile(rf"我(?:们)?家(?:的|里的|新来的|养的)?(?P<role>{_ROLE_ZH})(?:的名字)?叫{_NAME_ZH}"),
        False,
    ),
    # "我养了一只叫豆豆的猫"
    (re.compile(rf"一(?:只|条|个)叫(?P<names>[\u4e00-\u9fff]{{1,4}})的(?P<role>{_ROLE_ZH})"), False),
    # "给它取名叫旺财", "它叫豆豆", "名字叫球球"
    (re.compile(rf"(?:给|帮)(?:它|他|她|牠)(?:们)?(?:取|起)了?个?名字?(?:叫|为)?{_NAME_ZH}"), True),
    (re.compile(rf"^(?:它|牠)叫{_NAME_ZH}"), True),
    (re.compile(rf"(?:它|他|她)的名字(?:叫|是){_NAME_ZH}"), True),
)

_SAME_ROLE = {
    "dog": "dog",
    "cat": "cat",
    "kid": "child",
    "kids": "child",
    "children": "child",
    "child": "child",
    "狗狗": "狗",
    "小狗": "狗",
    "猫咪": "猫",
    "小猫": "猫",
}


def _role(word: str) -> str:
    """The role a word names, one key for its forms ("puppies", "pup", "Labrador" -> "dog")."""
    w = word.lower()
    if w in _SAME_ROLE:
        return _SAME_ROLE[w]
    if re.fullmatch(_DOG_EN, w):
        return "dog"
    if re.fullmatch(_CAT_EN, w):
        return "cat"
    if re.fullmatch(r"(?:pupp|bunn|pon)ies|\w+(?<!s)s", w) and not re.fullmatch(RELATIONS, w):
        return w[:-3] + "y" if w.endswith("ies") else w[:-1]
    return w


def _names(said: str) -> list[str]:
    """The names in "Pepper, Precious and Panda" (quotes off), none that is a common word."""
    found = [n.strip("'\"‘’“”「」 ") for n in re.split(r",\s*(?:and\s+)?|\s+and\s+|[和、]", said)]
    return [n for n in found if n and n.lower() not in _NOT_NAMES]


_HE_EN = frozenset({"him", "his", "he"})
_SHE_EN = frozenset({"her", "she"})
_MALE = frozenset(
    re.findall(
        r"\w+",
        "son husband father dad brother boyfriend grandfather grandpa grandad granddad uncle nephew grandson",
    )
)
_FEMALE = frozenset(
    re.findall(
        r"\w+",
        "daughter wife mother mum mom sister girlfriend grandmother grandma granny nan nana aunt niece "
        "granddaughter",
    )
)


def _referent(pronoun: str, *texts: str | None) -> list[str]:
    """Who a pronoun naming someone stands for: the roles the nearest of ``texts`` (the message up to the
    name, the message before it, the turn it answers) names last, those a "him" or "her" can be, all of
    them when the names are several ("We've got a pup and a kitty")."""
    he, she = pronoun.lower() in _HE_EN, pronoun.lower() in _SHE_EN
    for text in texts:
        if not text:
            continue
        words = _ROLE_WORD_ZH.findall(text) if is_chinese(text) else _ROLE_WORD_EN.findall(text)
        roles = [
            _role(w) for w in words if not (he and w.lower() in _FEMALE) and not (she and w.lower() in _MALE)
        ]
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
        if answer:
            names = _names(answer.group("names") or answer.group("quoted"))
            pronoun = re.search(r"\b(his|her|their|its)\b", context, re.I)
            found += _pairs(names, _referent(pronoun.group(1) if pronoun else "", context, before))
    if chinese:
        return [
            Candidate(f"{r}叫{n}", MemoryKind.FACT, f"relation:{r}:{n}", subject=r, importance=0.7)
            for r, n in dict.fromkeys(found)
        ]
    return [named_relation(role, name) for role, name in dict.fromkeys(found)]


_ASKED_AS = {
    "dog": r"dogs?|pupp(?:y|ies)|pups?|pooch(?:es)?",
    "cat": r"cats?|kittens?|kitty|kitties",
    "child": r"kids?|child(?:ren)?|sons?|daughters?",
}
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
        asked = _ASKED_AS.get(role) or (re.escape(role) if is_chinese(role) else rf"{re.escape(role)}s?")
        if _PET.fullmatch(role):
            asked += "|宠物" if is_chinese(role) else r"|pets?|animals?"
        if re.search(asked if chinese else rf"\b(?:{asked})\b", text):
            found.append(name)
    return list(dict.fromkeys(found))
