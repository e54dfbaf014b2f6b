"""Reconciliation: how a new statement changes what is already known about the user.

A statement that says what an active memory says reinforces it; one that gives a slot (name, home,
job ...) a new value, contradicts a memory of the same topic or marks a change ("I switched to tea")
supersedes the old ones, which stay as history; "forget that ..." deletes the memories it describes
and the history they superseded. Everything here works inside one open transaction of the user's
memories (``UserMemories``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np

from tailorkit.config import MemorySettings
from tailorkit.errors import InputError
from tailorkit.memory._records import Candidate, Change, Memory, MemoryKind
from tailorkit.store import UserMemories
from tailorkit.text import index_terms, language

__all__ = [
    "SLOTS",
    "delete_with_history",
    "forget_matching",
    "means_everything",
    "memory_of",
    "new_row",
    "reconcile",
]

SLOTS = frozenset(
    {
        "name",
        "age",
        "height",
        "weight",
        "home",
        "job",
        "employer",
        "favourite",
        "lesson",
        "limit",
        "relationship",
        "origin",
        "born",
        "answer",
    }
)
"""Categories that hold one value at a time: a new, different value supersedes the old one (a lesson's
topic is the lesson: when it is held; a limit's, what it limits: ``limit:length``; how long answers are
to be, ``answer:length``)."""

_ONE_TOPICS = frozenset(
    {"work:days", "work:hours", "work:start", "work:end", "schedule:work", "schedule:off", "schedule:bedtime",
     "housing:lives_with", "housing:同住", "diet", "work:place"}
)  # fmt: skip
"""Topics of other categories that hold one value at a time: the days and hours the user works, is off,
goes to bed ("I work Mondays" then "I work Tuesdays now"), whom they live with, how much of what animals they
eat ("diet": vegetarian, then vegan; a diet beside it, ``diet:gluten_free``, is one of several)."""


def _holds_one(topic: str) -> bool:
    """Whether ``topic`` holds one value at a time: a ``SLOTS`` category, or one fact of a household member
    (``family:daughter:age``, ``family:children``; not their tastes, which are many)."""
    category = topic.split(":", 1)[0]
    return (
        category in SLOTS
        or topic in _ONE_TOPICS
        or (category == "family" and (topic == "family:children" or topic.count(":") == 2))
    )


SWITCHES = frozenset({"drink", "uses"})
"""Categories where a change ("I switched to tea", "I've moved over to Android") ends the other values
too; elsewhere a change ends only what was said of the same thing ("I don't like jazz anymore" ends
"Likes jazz", never "Likes anything with Tom Hanks")."""

_MEAT_AGAIN = re.compile(r"^(?:No longer (?:vegetarian|vegan)|Eats meat again)$|^不再吃素$")
"""A diet's end after which meat is eaten again (``_keeping_en``, ``_rules_zh``)."""
_MEAT_TOPICS = frozenset({"avoids:meat", "avoids:red_meat", "avoids:肉", "avoids:红肉", "avoids:荤"})
"""Meat kept away from ("Does not eat meat", "不吃肉")."""

_KINDS = frozenset(MemoryKind)


def memory_of(row: Mapping[str, Any], user: str) -> Memory:
    fields = {k: row[k] for k in Memory.__dataclass_fields__ if k != "user"}
    return Memory(user=user, **fields)


def new_row(
    candidate: Candidate,
    vector: np.ndarray | None,
    *,
    now: float,
    source: dict[str, Any] | None,
    context: str | None = None,
    valid_from: float | None = None,
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The stored row of a new memory (without its owner, which ``UserMemories`` binds)."""
    if candidate.kind not in _KINDS:
        raise InputError(f"memory kind {candidate.kind!r} is not one of {sorted(_KINDS)}")
    text = candidate.text.strip()
    if not text:
        raise InputError("a memory needs some text")
    meta = dict(meta or {})
    if candidate.when:
        meta["when"] = candidate.when
    if candidate.says_more:  # its evidence, where the user's words say more than it: shown with it
        meta["said"] = candidate.said
    return {
        "text": text,
        "kind": str(candidate.kind),
        "topic": candidate.topic,
        "subject": candidate.subject,
        "polarity": candidate.polarity,
        "language": language(text),
        "importance": float(candidate.importance),
        "reinforced": 0,
        "source": source,
        "created_at": now,
        "updated_at": now,
        "valid_from": valid_from if valid_from is not None else now,
        "valid_to": candidate.expires,
        "superseded_by": None,
        "terms": " ".join(index_terms(f"{text} {candidate.said}" if candidate.said else text)),
        "context_terms": " ".join(index_terms(context)) if context else None,
        "embedding": vector,
        "meta": meta or None,
    }


def reconcile(
    mem: UserMemories,
    user: str,
    c: Candidate,
    vector: np.ndarray | None,
    now: float,
    source: dict[str, Any] | None,
    settings: MemorySettings,
    *,
    said_at: float | None = None,
) -> Change:
    """Add ``c``, reinforce the memory it repeats, or supersede the ones it changes. ``said_at``: when
    the user said it (default ``now``), from when the memory holds."""
    same: list[dict[str, Any]] = []  # active memories saying the same thing
    replaced: list[dict[str, Any]] = []  # active memories the candidate contradicts or changes
    key = " ".join(index_terms(c.text))
    if c.topic:
        category = c.topic.split(":", 1)[0]
        one = _holds_one(c.topic)
        if not c.change and not one and mem.said_before(c.topic, now):
            # Back to something once superseded ("I drink coffee" after "I switched to tea"): a change.
            c = replace(c, change=True)
        for row in mem.in_category(category, now):
            same_topic = row["topic"] == c.topic
            if one and same_topic:
                same_value = " ".join(index_terms(row["text"])) == key
                (same if same_value else replaced).append(row)
            elif same_topic and row["polarity"] == c.polarity:
                # a change said in other words ends what it changes ("I've switched to working nights")
                changed = c.change and " ".join(index_terms(row["text"])) != key
                (replaced if changed else same).append(row)
            elif same_topic or (c.change and category in SWITCHES):
                replaced.append(row)
        if c.topic == "diet" and c.change and _MEAT_AGAIN.search(c.text):
            # "I'm not vegetarian anymore": the meat kept away from with the diet is eaten again
            replaced += [r for r in mem.in_category("avoids", now) if r["topic"] in _MEAT_TOPICS]
        replaced_ids = [r["id"] for r in replaced]
    else:
        replaced_ids = []
        same = _near_duplicates(mem, key, vector, now, settings)
    if same and not replaced_ids:
        row = same[0]
        merged = dict(row["source"] or {})
        if source:
            merged.setdefault("also", []).append(source)
        mem.update(
            [row["id"]],
            reinforced=row["reinforced"] + 1,
            importance=min(1.0, max(row["importance"], c.importance) + 0.05),
            updated_at=now,
            used_at=max(row.get("used_at") or 0.0, said_at or now),
            source=merged or None,
        )
        return Change("reinforced", memory_of(mem.rows(ids=[row["id"]])[0], user))
    row = new_row(c, vector, now=now, source=source, context=c.context, valid_from=said_at)
    new_id = mem.insert([row])[0]
    if replaced_ids:
        mem.update(replaced_ids, valid_to=now, superseded_by=new_id, updated_at=now)
    fresh = mem.rows(ids=[new_id])[0]
    return Change("superseded" if replaced_ids else "added", memory_of(fresh, user), replaced=replaced_ids)


def _near_duplicates(
    mem: UserMemories, key: str, vector: np.ndarray | None, now: float, settings: MemorySettings
) -> list[dict[str, Any]]:
    ids: list[int] = []
    if vector is not None:
        close = mem.nearest(vector, 3, active_at=now)
        ids = [i for i, sim in close if sim >= settings.duplicate_similarity]
    found = {*ids, *(i for i, _ in mem.full_text(key.split(), 5, active_at=now))}
    rows = mem.rows(ids=found) if found else []
    words = set(key.split())
    repeated = []
    for r in rows:
        terms = index_terms(r["text"])
        if " ".join(terms) == key or (r["id"] in ids and _shares_most(words, set(terms))):
            repeated.append(r)
    return repeated


def _shares_most(words: set[str], other: set[str]) -> bool:
    """Whether two statements share most of the words of the shorter one: a close embedding alone does not
    make a repeat (an English embedding model puts unrelated Chinese sentences within 0.92 of each other:
    "我们家没车，住在乡下" and "下周六我们家要烧烤")."""
    return bool(words and other) and len(words & other) >= 0.5 * min(len(words), len(other))


_EVERYTHING = re.compile(
    r"^(?:about\s+)?(?:everything|all(?: of)?(?: it| that)?|all my (?:data|details|info|information|"
    r"memories))"
    r"(?:\s+(?:that\s+)?(?:you(?:'ve| have)?\s+)?(?:know|remember|have|got|stored|saved|learned|learnt|kept)"
    r"(?:\s+(?:about|of|on)\s+me)?|\s+about\s+me)?\W*$"
    r"|^(?:关于我的|我的|有关我的)?(?:一切|所有(?:信息|记忆|数据|内容|资料)?|全部(?:信息|记忆|数据)?)[。！!]*$"
    r"|^(?:你)?(?:知道|记得)的(?:关于我的)?(?:一切|所有|全部)",
    re.IGNORECASE,
)
"""What a "forget ..." message says when it means every memory ("Delete everything you know about me",
"忘掉关于我的一切")."""


_MEDICINE = re.compile(
    r"^(?:Takes|On|Uses)\b|pills?\b|tablets?\b|inhaler|injections?|在吃|在服用|在用|药", re.I
)
"""A memory of a medicine the user takes ("Takes amlodipine every morning", "On metformin", "在吃降压药")."""
_THE = r"^(?:about\s+)?(?:the\s+|my\s+|all\s+(?:the\s+|my\s+)?|any\s+)?(?:stuff\s+about\s+(?:my\s+)?)?"
_NAMED: list[tuple[re.Pattern[str], str, re.Pattern[str] | None]] = [
    (
        re.compile(rf"{_THE}(?:age|birthday|how old I am)\W*$|^(?:我的)?(?:年龄|岁数|生日)[。！!]*$", re.I),
        "age",
        None,
    ),
    (
        re.compile(
            rf"{_THE}(?:job|occupation|profession|work|career)\W*$|^(?:我的)?(?:工作|职业)[。！!]*$", re.I
        ),
        "job",
        None,
    ),
    (
        re.compile(rf"{_THE}(?:address|home|where I live)\W*$|^(?:我的)?(?:地址|住址|住处)[。！!]*$", re.I),
        "home",
        None,
    ),
    (re.compile(rf"{_THE}name\W*$|^(?:我的)?名字[。！!]*$", re.I), "name", None),
    (re.compile(rf"{_THE}(?:weight|how much I weigh)\W*$|^(?:我的)?体重[。！!]*$", re.I), "weight", None),
    (re.compile(rf"{_THE}(?:height|how tall I am)\W*$|^(?:我的)?身高[。！!]*$", re.I), "height", None),
    *(
        (
            re.compile(
                rf"{_THE}(?:{en})(?: readings?| levels?)?\W*$|^(?:我的)?{zh}(?:数据|读数)?[。！!]*$", re.I
            ),
            "health",
            re.compile(f"{en}|{zh}", re.I),
        )
        for en, zh in (
            ("blood pressure|bp", "血压"),
            ("blood sugar|glucose|(?:hb)?a1c", "血糖"),
            ("cholesterol", "胆固醇|血脂"),
            ("(?:resting )?heart rate", "心率"),
        )
    ),
    (re.compile(rf"{_THE}(?:allerg(?:y|ies))\W*$|^(?:我的)?过敏(?:情况)?[。！!]*$", re.I), "allergy", None),
    (
        re.compile(
            rf"{_THE}(?:medications?|medicines?|meds|pills|drugs|prescriptions?|tablets)\W*$"
            r"|^(?:我的|我吃的|我在吃的)?(?:药|用药|用药情况|药物)[。！!]*$",
            re.I,
        ),
        "health",
        _MEDICINE,
    ),
    (
        re.compile(
            rf"{_THE}(?:health|medical)(?: (?:stuff|info|information|details|conditions?|history))?\W*$"
            r"|^(?:我的)?(?:健康|身体|病情|病史)(?:情况|状况|信息)?[。！!]*$",
            re.I,
        ),
        "health",
        None,
    ),
]
"""What a "forget ..." message names as a kind of thing told ("my age", "the medication", "我的年龄"): the
memories of that category (of a medicine, among health's: not the condition it is for). None of them shares
a word with what it names ("Is 52", "Takes amlodipine every morning")."""


def means_everything(description: str) -> bool:
    """Whether what a "forget ..." message describes is every memory ("everything you know about me")."""
    return bool(_EVERYTHING.match(description.strip()))


_VAGUE = re.compile(
    r"\b(?:thing|things|stuff|bit|business|part|what I (?:said|told you|mentioned)(?: about)?)\b"
    r"|(?:那|这)(?:件|个)?事(?:情)?|的事(?:情)?",
    re.IGNORECASE,
)
"""Words a "forget ..." request names what it means with and no memory holds ("the coffee thing", "what I
said about my job", "咖啡那件事")."""


_CONTACT: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (
        re.compile(
            rf"{_THE}(?:(?:phone|mobile|telephone|cell)(?: number| no\.?)?|number)\W*$"
            r"|^(?:我的)?(?:电话|手机|联系方式)(?:号码|号)?[。！!]*$",
            re.I,
        ),
        re.compile(r"\[PHONE\]|\+?\d[\d ()-]{6,}\d"),
    ),
    (
        re.compile(
            rf"{_THE}e-?mail(?: address)?\W*$|^(?:我的)?(?:邮箱|电子邮件|邮件)(?:地址)?[。！!]*$", re.I
        ),
        re.compile(r"\[EMAIL\]|\S+@\S+\.\w+"),
    ),
]
"""A contact detail a "forget ..." message names ("forget my phone number", "删掉我的邮箱"), and what a
memory that holds one holds: the redactor's placeholder, or the detail itself where nothing is redacted."""


def described(
    mem: UserMemories, c: Candidate, vector: np.ndarray | None, now: float, settings: MemorySettings
) -> set[int]:
    """The active memories that ``c`` (a "forget that ..." statement) describes: every one ("everything
    you know about me"), those of its topic (or of a topic with more words: "I love hiking" describes
    "Likes hiking in the Alps"), those that share its words and are close to it in meaning, and those
    that hold every word of a description of two words or more ("my sister's wedding")."""
    if means_everything(c.text):
        return set(mem.ids())
    ids: set[int] = set()
    for named, category, which in _NAMED:  # "forget my age", "忘掉我的年龄", "the medication"
        if named.match(c.text.strip()):
            ids |= {
                r["id"] for r in mem.in_category(category, now) if which is None or which.search(r["text"])
            }
    for named, holds in _CONTACT:  # "forget my phone number": every memory that holds one
        if named.match(c.text.strip()):
            ids |= {int(r["id"]) for r in mem.rows(active_at=now) if holds.search(str(r["text"]))}
    if c.topic:
        category, _, value = c.topic.partition(":")
        words = set(value.split("_")) - {""}

        def covers(other: str) -> bool:  # "forget that I love hiking" covers "likes:hike_alp"
            return other == value or category in SLOTS or (bool(words) and words <= set(other.split("_")))

        ids |= {r["id"] for r in mem.in_category(category, now) if covers(r["topic"].partition(":")[2])}
    terms = index_terms(_VAGUE.sub(" ", c.text))  # "the coffee thing": what holds "coffee"
    text_ids = {i for i, _ in mem.full_text(terms, 20, active_at=now)}
    # of those, the ones nearest in meaning (nearest first)
    close = (
        [(i, sim) for i, sim in mem.nearest(vector, 20, active_at=now) if i in text_ids]
        if (vector is not None and text_ids)
        else []
    )
    ids |= {i for i, sim in close if sim >= settings.forget_similarity}
    # "forget my sister's wedding": what holds all its words; "forget the coffee thing": the one it names
    phrase = len(set(terms)) >= 2 or (len(set(terms)) == 1 and _VAGUE.search(c.text) is not None)
    if phrase and text_ids:
        ids |= {
            int(r["id"]) for r in mem.rows(ids=text_ids) if set(terms) <= set(index_terms(str(r["text"])))
        }
    if not ids and close and _ASKED_WHAT.match(c.text.strip()):
        # "forget where I'm staying": of the memories that hold its words, the one closest in meaning
        ids.add(close[0][0])
    return ids


_ASKED_WHAT = re.compile(r"(?:where|what|when|who|which|how)\b|(?:我)?(?:住在?哪|在哪|什么时候)", re.I)
"""What a description says by asking it ("where I'm staying", "我住哪"): it names one memory."""


def forget_matching(
    mem: UserMemories, c: Candidate, vector: np.ndarray | None, now: float, settings: MemorySettings
) -> Change:
    """Delete the active memories that ``c`` (a "forget that ..." statement) describes."""
    ids = described(mem, c, vector, now, settings)
    if not ids:
        return Change("nothing")
    return Change("forgotten", deleted=delete_with_history(mem, ids))


def delete_with_history(mem: UserMemories, ids: set[int]) -> list[int]:
    """Delete ``ids`` and every memory they superseded, however far back."""
    doomed, frontier = set(ids), set(ids)
    while frontier:
        frontier = set(mem.superseded(frontier)) - doomed
        doomed |= frontier
    mem.delete(doomed)
    return sorted(doomed)
