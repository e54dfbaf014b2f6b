"""Preferences and constraints the user stated in conversation, as part of the profile.

What the memory keeps as a stated like, aversion, avoidance, sensitivity, allergy, fear or diet ("no
horror films", "我不吃辣", "I'm vegan", "I'm scared of heights") becomes a declared interest: on the
catalogue's own tag when it names one (``genre:Horror``), so that it weighs in recommendations, else on
its words (``kw:spicy``). Each keeps its evidence (the memory and the turn it came from); forgetting
the interest hides it like any other.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from tailorkit.errors import UserNotFoundError
from tailorkit.store import Scope
from tailorkit.text import index_terms, is_chinese, simplified, zh_number

__all__ = [
    "STATED_CATEGORIES",
    "TOLD_CATEGORIES",
    "Stated",
    "Told",
    "household_tags",
    "named_in",
    "stated_in",
    "stated_preferences",
    "told_facts",
]

STATED_CATEGORIES = (
    "likes", "avoids", "limits", "sensitive", "allergy", "fear", "drink", "uses", "diet"
)  # fmt: skip
"""Memory topic categories that state a preference or a constraint."""
_NEGATIVE = frozenset({"avoids", "limits", "sensitive", "allergy", "fear"})


TOLD_CATEGORIES = (
    "name", "surname", "age", "job", "employer", "work", "schedule", "study", "home", "housing", "language",
    "height", "health", "weak", "level", "budget", "relationship", "origin", "born",
)  # fmt: skip
"""Memory topic categories that say who the user is ("I'm 52", "I work night shifts", "我有哮喘"): what the
profile shows as told in conversation, beside the attributes the application declares."""
_DECLARED_AS = {"age": "age", "name": "name", "job": "occupation", "home": "city"}
"""A told fact the profile leaves out where the application declared the attribute (``occupation``)."""


@dataclass(frozen=True)
class Told:
    """One fact the user told about themselves: its memory topic, its words and its evidence."""

    topic: str
    """``age``, ``job``, ``health:diabet`` ..."""
    text: str
    memory: int
    turn: int | None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def told_facts(scope: Scope, user: str | int, declared: Iterable[str] = ()) -> list[Told]:
    """What the user told about themselves that still holds, one per topic (the newest), oldest first;
    not the attributes of ``declared`` (those the application declared: its word wins)."""
    try:
        with scope.memories.reading(user) as mem:
            rows = mem.stated(TOLD_CATEGORIES, time.time())
    except UserNotFoundError:
        return []
    hidden = {told for told, attribute in _DECLARED_AS.items() if attribute in set(declared)}
    found: dict[str, Told] = {}
    for row in rows:
        topic = str(row["topic"])
        if topic not in hidden:
            found.pop(topic, None)
            found[topic] = Told(topic, str(row["text"]), int(row["id"]), (row["source"] or {}).get("turn"))
    return list(found.values())


@dataclass(frozen=True)
class Stated:
    """One stated preference: its profile feature, its sign, and its evidence."""

    feature: str
    polarity: int
    text: str
    """The memory's words ("Avoids coffee and black tea")."""
    memory: int
    turn: int | None
    """The chat turn it was said in, when it came from one."""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Tags(frozenset[str]):
    """A catalogue's tags, with the people among them by surname (``surnames``: "Hitchcock" names ``Alfred
    Hitchcock``), which ``titles`` tell from everyday words."""

    people: Mapping[str, frozenset[str]]

    def __new__(cls, tags: Iterable[str], titles: Iterable[str] = ()) -> Tags:
        made = super().__new__(cls, tags)
        made.people = surnames(made, titles)
        return made


class _Index(NamedTuple):
    entries: list[tuple[frozenset[str], str]]
    """Each tag by its terms."""
    people: Mapping[str, frozenset[str]]
    """The people among them by the term of their surname."""


def _tag_index(tags: Iterable[str]) -> _Index:
    out = []
    for tag in sorted(set(tags)):
        terms = frozenset(index_terms(tag)) if not is_chinese(tag) else frozenset({tag})
        if terms:
            out.append((terms, tag))
    return _Index(out, tags.people if isinstance(tags, Tags) else {})


_GENRES_ZH = {
    "动作": "action", "冒险": "adventure", "动画": "animation", "动漫": "animation", "卡通": "animation",
    "儿童": "children", "喜剧": "comedy", "犯罪": "crime", "纪录": "documentary", "剧情": "drama",
    "奇幻": "fantasy", "魔幻": "fantasy", "黑色电影": "film noir", "恐怖": "horror", "歌舞": "musical",
    "音乐剧": "musical", "悬疑": "mystery", "推理": "mystery", "爱情": "romance", "科幻": "sci fi",
    "惊悚": "thriller", "战争": "war", "西部": "western", "吓人": "horror", "搞笑": "comedy",
    "亲子": "children", "和孩子": "children", "陪孩子": "children", "带孩子": "children",
    "适合孩子": "children", "小朋友": "children", "血腥": "horror violence", "暴力": "violence war",
    "鬼片": "horror", "轻松": "comedy", "好笑": "comedy", "全家": "children", "一家人": "children",
    "合家欢": "children",
}  # fmt: skip
"""Film and book genres in Chinese, by the English words of the tags catalogues give them: a Chinese
"我不喜欢恐怖片" names an English catalogue's ``Horror``."""
_NAMES_ZH = {
    "宫崎骏": "hayao miyazaki", "吉卜力": "studio ghibli", "新海诚": "makoto shinkai", "今敏": "satoshi kon",
    "诺兰": "christopher nolan", "斯皮尔伯格": "steven spielberg", "昆汀": "quentin tarantino",
    "塔伦蒂诺": "tarantino", "希区柯克": "alfred hitchcock", "库布里克": "stanley kubrick",
    "斯科塞斯": "martin scorsese", "蒂姆伯顿": "tim burton", "黑泽明": "akira kurosawa", "李安": "ang lee",
    "王家卫": "wong kar wai", "周星驰": "stephen chow", "成龙": "jackie chan", "李小龙": "bruce lee",
    "张艺谋": "zhang yimou", "漫威": "marvel", "迪士尼": "disney", "皮克斯": "pixar", "梦工厂": "dreamworks",
    "蝙蝠侠": "batman", "星球大战": "star wars", "星战": "star wars", "哈利波特": "harry potter",
    "指环王": "tolkien", "托尔金": "tolkien", "斯蒂芬金": "stephen king", "简奥斯汀": "jane austen",
    "莎士比亚": "shakespeare", "汤姆汉克斯": "tom hanks",
}  # fmt: skip
"""Directors, studios, authors and series as Chinese writes them, by the English words of the tags an
English catalogue gives them ("宫崎骏的动画" names ``Hayao Miyazaki``; "·" is left out: "斯蒂芬·金")."""


_GENRES_EN = (
    (
        re.compile(
            r"\b(?:scary|spooky|creepy|frightening|terrifying|slashers?|jump[- ]?scares?|"
            r"nightmares?|monsters?|ghosts?|zombies?|vampires?)\b",
            re.I,
        ),
        "horror",
    ),
    # what is violent: a catalogue's Violence (a warning its users gave) and War; what shows blood: Horror
    # and Violence (after "violent", whose words it would take for its own)
    (re.compile(r"\b(?:violent|violence|brutal|brutality)\b", re.I), "violence war"),
    (re.compile(r"\b(?:gory|gore|gruesome)\b", re.I), "horror violence"),
    # "nothing too intense": what keeps one on the edge of the seat
    (
        re.compile(
            r"\b(?:intense|tense|suspenseful|nail-?biting|edge[- ]of[- ](?:my|your|the) seat)\b", re.I
        ),
        "thriller",
    ),
    (re.compile(r"\brom-?coms?\b", re.I), "romance comedy"),
    (
        re.compile(
            r"\b(?:funny|funnier|funniest|hilarious|light-?hearted|lighter|feel-?good|something light|"
            r"light (?:films?|movies?|shows?|stuff|viewing|watching)|easy (?:watching|viewing))\b",
            re.I,
        ),
        "comedy",
    ),
    (re.compile(r"\b(?:romantic|love stor(?:y|ies))\b", re.I), "romance"),
    # "hates anything sad": what makes one cry is drama's (not "I'm feeling sad, any films to cheer me up?")
    (
        re.compile(
            r"\b(?:(?:anything|nothing|something|too|really|very|so) "
            r"(?:sad|depressing|tragic|heart-?breaking)|(?:sad|depressing|tragic|heart-?breaking) "
            r"(?:films?|movies?|ones|stories|endings?|stuff|books?|shows?)|tear-?jerkers?|weepies|tragedies)\b",
            re.I,
        ),
        "drama",
    ),
    (re.compile(r"\b(?:cartoons?|animated)\b", re.I), "animation"),
    (re.compile(r"\bscience fiction\b", re.I), "sci fi"),
    (  # what is for children, not a mention of them ("I put the kids to bed, any thrillers?")
        re.compile(
            r"\b(?:(?:with|for) (?:the |my |our |young |little |small )?(?:kids|children|little ones|"
            r"toddlers?)|(?:kid|child|family)[- ]friendly|kids'|children's|family (?:films?|movies?|shows?)"
            # the family watching: "We've got two kids, 6 and 9. ... Any good films for Saturday night?"
            r"|\bwe(?:'ve got| have got| got| have) (?:(?:two|three|four|\d|young|little|small) )*"
            r"(?:kids|children|little ones)\b)",
            re.I,
        ),
        "children",
    ),
)
"""Everyday English for a genre, by the words of the tag catalogues give it: "nothing scary" names
``Horror``, "a film night with my kids" ``Children``."""


_PERSON = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?: (?:[A-Z][a-z]+|[A-Z]\.)){1,2}")
"""A tag that names a person ("Alfred Hitchcock", "Leonardo DiCaprio", "Samuel L. Jackson")."""
_CAPITALISED = re.compile(
    r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?(?P<film>'s|\s+(?:films?|movies?|thrillers?|books?))?"
)
"""A capitalised word of a text, and what goes on after it of what a person made ("Hitchcock films",
"Nolan's")."""


_EVERYDAY_IN_TITLES = 3
"""In how many of the catalogue's titles a word is everyday, not a surname ("Long", "Stone", "King")."""


def surnames(tags: Iterable[str], titles: Iterable[str]) -> dict[str, frozenset[str]]:
    """The people among ``tags`` by the term of their surname ("hitchcock": ``Alfred Hitchcock``): a tag of
    two or three names whose last word no other tag has (not "War" of "Cold War" and "Civil War") and is in
    fewer than ``_EVERYDAY_IN_TITLES`` of the catalogue's ``titles`` (not "Long" of "Huey Long")."""
    tags = set(tags)
    by_term: dict[str, set[str]] = {}
    for tag in tags:
        if not is_chinese(tag):
            for term in index_terms(tag):
                by_term.setdefault(term, set()).add(tag)
    named = {
        said[0]: tag
        for tag in tags
        if _PERSON.fullmatch(tag)
        and len(last := tag.rsplit(" ", 1)[1]) > 3
        and len(said := index_terms(last)) == 1
        # "Affleck" names Ben and Casey; "King" also names "King Arthur", a name and a word both
        and all(_PERSON.fullmatch(t) and t.endswith(last) for t in by_term[said[0]])
    }
    seen = dict.fromkeys(named, 0)
    for title in titles:
        for term in set(index_terms(title)) & seen.keys():
            seen[term] += 1
    return {term: frozenset(by_term[term]) for term, n in seen.items() if n < _EVERYDAY_IN_TITLES}


def _people(words: str, index: _Index) -> set[str]:
    """The terms of the people a text names by surname alone ("old Hitchcock films", "I love Nolan"), by
    the catalogue's tags that name them: a capitalised word not opening a sentence, or one that goes on
    with what they made ("Hitchcock films are my favourite")."""
    terms: set[str] = set()
    if not index.people:
        return terms
    for m in _CAPITALISED.finditer(words):
        before = words[: m.start()].rstrip()
        said = index_terms(m.group().split("'")[0].split()[0])
        if said and said[0] in index.people and (m.group("film") or (before and before[-1] not in ".!?")):
            terms |= {t for tag in index.people[said[0]] for t in index_terms(tag)}
    return terms


def _features(value: str, words: str, tags: _Index) -> list[str]:
    """``genre:<tag>`` for each catalogue tag the stated words name ("Studio Ghibli films and anything
    by Christopher Nolan" names two; "old Hitchcock films" names ``Alfred Hitchcock``; "恐怖片" names
    ``Horror``), else ``kw:<value>``."""
    people = set() if is_chinese(words) else _people(words, tags)
    if not is_chinese(words):  # "something funny" names Comedy, not a tag "funny" some users gave
        for said, genre in _GENRES_EN:
            words = said.sub(f" {genre} ", words)
    terms = set(value.split("_")) | set(index_terms(words)) | people
    if is_chinese(words):
        plain = simplified(words).replace("·", "").replace("•", "")  # "不喜歡動作片": 动作; "斯蒂芬·金"
        english = (en for zh, en in (*_GENRES_ZH.items(), *_NAMES_ZH.items()) if zh in plain)
        terms |= set(index_terms(" ".join(english)))
    named = [
        f"genre:{tag}"
        for tag_terms, tag in tags.entries
        if tag_terms <= terms or (is_chinese(tag) and tag in words)
    ]
    return named or [f"kw:{value}"]


def stated_preferences(scope: Scope, user: str | int, tags: Iterable[str] = ()) -> list[Stated]:
    """The user's stated preferences, one per feature (the newest statement wins), oldest first.
    ``user``: an external id or the user's row id. ``tags``: the catalogue's tags, so that a statement
    naming one lands on its feature."""
    try:
        with scope.memories.reading(user) as mem:
            rows = mem.stated(STATED_CATEGORIES, time.time())
    except UserNotFoundError:
        return []
    index = _tag_index(tags)
    found: dict[str, Stated] = {}
    for row in rows:
        features, negative = _read(str(row["topic"]), row["polarity"], str(row["text"]), index)
        turn = (row["source"] or {}).get("turn")
        for feature in features:
            found.pop(feature, None)
            found[feature] = Stated(feature, -1 if negative else 1, str(row["text"]), int(row["id"]), turn)
    return list(found.values())


def _read(topic: str, polarity: int | None, text: str, index: _Index) -> tuple[list[str], bool]:
    """A statement's profile features and whether it is against them (an aversion, a sensitivity)."""
    category, _, value = topic.partition(":")
    negative = category in _NEGATIVE or int(polarity or 1) < 0
    if category == "diet":
        return ["diet:" + re.sub(r"^(?:is|am|i'm|i am)\s+", "", text, flags=re.IGNORECASE)], negative
    return _features(value or text, text, index), negative


def named_in(request: str, tags: Iterable[str]) -> set[str]:
    """The catalogue tags a request names ("Any light comedies?", "推荐几部喜剧片": ``Comedy``; "Something
    by Christopher Nolan"): what its picks are to carry. Every word of a tag must be in it ("war" in "a
    war film", not "Wars" alone of a title the caller has taken out)."""
    index = _tag_index(tags)
    named = {f.partition(":")[2] for f in _features("", request, index) if f.startswith("genre:")}
    terms = {tag: terms for terms, tag in index.entries if tag in named}
    # a tag inside another that the request names is part of it ("Star Wars": not "War")
    return {tag for tag in named if not any(terms[tag] < terms[other] for other in named)}


def stated_in(
    candidates: Iterable[Any], tags: Iterable[str], household: bool = False
) -> tuple[set[str], set[str]]:
    """The catalogue tags that statements not yet stored like and avoid: the memory candidates of the
    message being answered (``Candidate``: topic, polarity, text), read as ``stated_preferences`` reads
    the stored ones, so that "我不喜欢恐怖片，推荐几部电影吧" leaves out horror at once; with ``household``,
    what they say of the household's tastes too, as ``household_tags`` reads it ("My girlfriend and I
    watch films on Fridays. She can't stand gore.")."""
    index = _tag_index(tags)
    liked: set[str] = set()
    avoided: set[str] = set()
    added = [c for c in candidates if c.action == "add"]
    for c in added:
        topic = str(c.topic or "")
        if household and _of_a_taste_of_the_household(topic):
            _genres(_features("", str(c.text), index), int(c.polarity or 1) < 0, liked, avoided)
        elif topic.partition(":")[0] in STATED_CATEGORIES:
            features, negative = _read(topic, c.polarity, str(c.text), index)
            _genres(features, negative, liked, avoided)
    # "We've got two kids, 6 and 9, ...": picks for the household are for young children at once
    if household and _young_children([{"topic": c.topic or "", "text": c.text} for c in added]):
        _for_young_children(index, liked, avoided)
    return liked - avoided, avoided


def _genres(features: Iterable[str], against: bool, liked: set[str], avoided: set[str]) -> None:
    """The catalogue tags among ``features`` (``genre:<tag>``) into ``avoided`` or ``liked``."""
    for feature in features:
        if feature.startswith("genre:"):
            (avoided if against else liked).add(feature.partition(":")[2])


def _of_a_taste_of_the_household(topic: str) -> bool:
    """Whether a memory's ``topic`` is a household member's taste (``family:daughter_horror``), not their
    age, job, school or diet (``family:daughter:age``) nor how many children there are."""
    return topic.startswith("family:") and topic.count(":") == 1 and topic != "family:children"


_TOGETHER = re.compile(r"\b(?:together|with their|family)\b|一起|陪", re.I)
_WATCHING = re.compile(r"\b(?:watch\w*|films?|movies?|cinema|shows?|telly|tv)\b|看|电影|剧", re.I)


def _watches_together(text: str) -> bool:
    """Whether a habit says the user watches with their household ("Watches films on Fridays with their
    girlfriend", "和老婆周末喜欢一起看电影")."""
    return bool(_TOGETHER.search(text) and _WATCHING.search(text))


def household_tags(
    scope: Scope, user: str | int, tags: Iterable[str], together: bool = False
) -> tuple[set[str], set[str]] | None:
    """The catalogue tags the user's household likes and cannot bear, from what the user said of them
    ("My daughter hates horror films", "The kids love animated films", "女儿喜欢动画片"; memories of topic
    ``family:``, not their ages, jobs or schools): what picks for the family lean to and leave out. None
    where the picks are the user's alone: the request is not for the household (``together``) and the user
    never said they watch with it (a habit: ``_watches_together``)."""
    try:
        with scope.memories.reading(user) as mem:
            rows = mem.stated(("family", "habit"), time.time())
    except UserNotFoundError:
        return (set(), set()) if together else None
    habits = [str(r["text"]) for r in rows if str(r["topic"]).startswith("habit")]
    if not together and not any(_watches_together(t) for t in habits):
        return None
    index = _tag_index(tags)
    liked: set[str] = set()
    avoided: set[str] = set()
    for row in rows:
        if _of_a_taste_of_the_household(str(row["topic"])):
            _genres(_features("", str(row["text"]), index), int(row["polarity"] or 1) < 0, liked, avoided)
    if _young_children(rows):
        _for_young_children(index, liked, avoided)
    return liked - avoided, avoided


def _for_young_children(index: _Index, liked: set[str], avoided: set[str]) -> None:
    """A family with young children: picks made for children, none of what is not for them."""
    _genres(_features("", "for kids", index), False, liked, avoided)
    for kind in _NOT_FOR_YOUNG_CHILDREN:
        _genres(_features("", kind, index), True, liked, avoided)


_NOT_FOR_YOUNG_CHILDREN = ("scary", "crime", "thriller", "war")
"""What a film night with children under 13 leaves out, in the words that name a catalogue's tags for it
(``Horror``, ``Crime``, ``Thriller``, ``War`` on MovieLens)."""


_GROWN = re.compile(r"\bteen|\bgrown|\badult|青少年|成年|大学|工作了", re.I)
"""Children said to be grown or nearly ("Has two teenagers", "有两个上大学的孩子")."""


def _young_children(rows: Iterable[Mapping[str, Any]]) -> bool:
    """Whether the household has children under 13: the user said they have children with no ages or some
    under 13 ("Has two kids, 6 and 9"), or the age of one ("Son is 7"); not "Has two teenagers"."""
    ages: list[int] = []
    children = False
    for row in rows:
        topic, text = str(row["topic"]), str(row["text"])
        if topic == "family:children":
            children = children or not _GROWN.search(text)
            ages += _ages(re.split(r"[,，]", text, maxsplit=1)[1:])
        elif topic.startswith("family:") and topic.endswith(":age"):
            ages += _ages([text])
    return any(a < 13 for a in ages) or (children and not ages)


def _ages(said: list[str]) -> list[int]:
    """The ages said in ``said`` ("6 and 9", "女儿7岁", "儿子五岁"; not the 12 of "12 months old")."""
    text = " ".join(said)
    if re.search(r"months?\b|个月", text):
        return [0]
    return [int(n) for n in re.findall(r"(?<!\d)\d{1,2}(?!\d)", text)] + [
        zh_number(n) for n in re.findall(r"([一二两三四五六七八九十]{1,3})(?:周)?岁", text)
    ]
