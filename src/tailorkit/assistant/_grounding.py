"""Checking an answer against the catalogue: finding the items it names (to compare with what the
recommender gave, and to map answers back to items for evaluation), the facts it may state about them
(``ItemFacts``: title, year, tags, description) and the sentences that contradict those facts
(``contradiction``: a wrong year, a genre the item does not have, a person its description does not
name). What an answer should not say whatever the catalogue holds is in ``_conduct``."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tailorkit.profiles import surnames
from tailorkit.store import Store
from tailorkit.text import SENTENCE_BREAK, index_terms, is_chinese, is_common_word, traditional

__all__ = [
    "LIST_START",
    "Catalogue",
    "ItemFacts",
    "check_facts",
    "contradiction",
    "keep_line",
    "natural_title",
    "short_title",
    "title_forms",
]

_WORD = re.compile(r"[\u4e00-\u9fff]|[^\W\u4e00-\u9fff]+")
"""A word, for finding titles: a run of letters and digits, or one Chinese character."""
LIST_START = re.compile(r"^(?:\d{1,2}[.)]|[-*•])\s*")
"""How a list line starts: "1." "2)" "-" "*" "•"."""
LABEL_SHARE = 200
"""A tag carried by fewer than one item in this many is a label, not a checked category (``tag_claims``)."""

_YEAR = re.compile(r"\s*\((\d{4})\)\s*$")
_ALSO_KNOWN = re.compile(r"\s*\([^()]*\)$")
"""A title's other name after it ("Spirited Away (Sen to Chihiro no kamikakushi)", "Seven (a.k.a. Se7en)")."""
_ARTICLE = re.compile(r"^(.*), (the|a|an|le|la|les|il|el|das|der|die)$", re.IGNORECASE)


def natural_title(title: str) -> str:
    """A title as a person writes it: a trailing article moved to the front, the year kept
    ("Usual Suspects, The (1995)" -> "The Usual Suspects (1995)")."""
    year = _YEAR.search(title)
    m = _ARTICLE.match(_YEAR.sub("", title).strip())
    if not m:
        return title
    return f"{m.group(2)} {m.group(1)}" + (f" ({year.group(1)})" if year else "")


def short_title(title: str) -> str:
    """A title as a reason names it: natural, without its other name in brackets ("Amelie (Fabuleux destin
    d'Amélie Poulain, Le) (2001)" -> "Amelie (2001)")."""
    year = _YEAR.search(title)
    bare = _YEAR.sub("", title).strip()
    bare = _ALSO_KNOWN.sub("", bare).strip() or bare
    return natural_title(bare + (f" ({year.group(1)})" if year else ""))


def title_forms(title: str) -> list[str]:
    """Ways an answer may write a title: as stored, without its year, without its other name in
    brackets, with a trailing article moved to the front, with its year or without ("Usual Suspects, The
    (1995)" -> "The Usual Suspects (1995)", "The Usual Suspects")."""
    forms = {title.strip(), natural_title(title.strip())}  # "The Mummy (1999)": that year's, not 2017's
    bare = _YEAR.sub("", title).strip()
    for name in {bare, _ALSO_KNOWN.sub("", bare).strip()}:
        forms.add(name)
        m = _ARTICLE.match(name)
        if m:
            forms.add(f"{m.group(2)} {m.group(1)}")
    return sorted((f for f in forms if f), key=len, reverse=True)


@dataclass
class _Form:
    text: str
    item: str
    strict: bool
    """Short and one-word titles ("Big", "Heat", "Enough") must appear with their capital letter to count,
    a Chinese title of two characters inside 《》."""
    cased: str | None = None
    """A title of everyday words alone ("Anything for Her", "Something to Talk About") as written: it counts
    only written so after its first letter ("Anything for her?" asks for the user's daughter)."""


class Catalogue:
    """The tenant's item titles, searchable in free text."""

    def __init__(
        self,
        titles: dict[str, str],
        *,
        store: Store | None = None,
        tenant: str | None = None,
        other_titles: dict[str, list[str]] | None = None,
    ) -> None:
        self.titles = titles
        self.other_titles = {i: t for i, t in (other_titles or {}).items() if i in titles}
        self._store, self._tenant = store, tenant
        self._facts: dict[str, ItemFacts] = {}
        self._tags: dict[str, tuple[str, re.Pattern[str]]] | None = None
        # each form under the first word it starts with (a Chinese character is a word): a text is read
        # once, word by word, instead of once per title; an item's titles in other languages too ("千与千寻"
        # for Spirited Away, in either script)
        self._by_word: dict[str, list[tuple[int, _Form]]] = {}
        named = list(titles.items())
        for item, others in self.other_titles.items():
            named += [(item, t) for other in others for t in dict.fromkeys((other, traditional(other)))]
        for item, title in named:
            for form in title_forms(title):
                first = _WORD.search(form.lower())
                chinese = bool(_CJK.search(form))
                if (len(form) >= 3 or (chinese and len(form) == 2)) and first is not None:
                    # a short or one-word Latin title counts with its capital letter; a Chinese one of two
                    # characters ("龙猫"; "英雄" is also a word) inside its title marks 《》
                    strict = len(form) < 3 if chinese else len(form) < 6 or " " not in form
                    everyday = not chinese and " " in form and len(set(index_terms(form)) - _EVERYDAY) <= 1
                    known = _Form(form.lower(), item, strict=strict, cased=form if everyday else None)
                    self._by_word.setdefault(first.group(0), []).append((first.start(), known))

    def known_as(self, item: str, zh: bool) -> str:
        """The item as a reader knows it: "The Shawshank Redemption (1994)" (``short_title``), to a Chinese
        reader its Chinese title where the catalogue has one ("肖申克的救赎")."""
        return (zh and self.chinese_title(item)) or short_title(self.titles[item])

    def chinese_title(self, item: str) -> str | None:
        """The item's title in Chinese, where the catalogue has one (``title_zh``: "千与千寻")."""
        return next((t for t in self.other_titles.get(item, ()) if is_chinese(t)), None)

    @functools.cached_property
    def kind(self) -> str | None:
        """What kind of thing the catalogue holds ("film"): the ``kind`` attribute most of a sample of its
        items carry (None when they say none)."""
        sample = sorted(self.titles)[:50]
        kinds = [f.kind for f in self.facts(sample).values() if f.kind]
        return max(set(kinds), key=kinds.count) if len(kinds) * 2 > len(sample) else None

    @functools.cached_property
    def years(self) -> dict[str, int]:
        """Item -> the year it was made, of every item whose entry says (read once, when first asked)."""
        return {i: f.year for i, f in self.facts(self.titles).items() if f.year is not None}

    @functools.cached_property
    def lengths(self) -> dict[str, float]:
        """Item -> how long it runs in minutes, of every item whose entry says (read once, when first
        asked)."""
        return {i: f.minutes for i, f in self.facts(self.titles).items() if f.minutes is not None}

    @functools.cached_property
    def people(self) -> frozenset[str]:
        """The terms of the surnames of the people the catalogue's tags name ("hitchcock" of ``Alfred
        Hitchcock``: ``surnames``): a one-word title that is one ("Hitchcock (2012)") is named with its
        year; without it the word names the person ("I love Hitchcock")."""
        counts = self._store.scope(self._tenant).items.tag_counts()[0] if self._store and self._tenant else {}
        tags = set(counts) | {t for f in self._facts.values() for t in f.tags}
        return frozenset(surnames(tags, self.titles.values()))

    @classmethod
    def from_store(cls, store: Store, tenant: str) -> Catalogue:
        items = store.scope(tenant).items
        titles = {item: title for item, title in items.titles().items() if title}
        return cls(titles, store=store, tenant=tenant, other_titles=items.other_titles())

    def facts(self, items: Iterable[str]) -> dict[str, ItemFacts]:
        """What the catalogue says about ``items`` (read once each; items it lacks left out)."""
        items = list(items)  # read twice below: a generator would give nothing the second time
        wanted = [i for i in dict.fromkeys(items) if i not in self._facts]
        if wanted:
            if self._store is not None and self._tenant is not None:
                found = self._store.scope(self._tenant).items.described(wanted)
            else:
                found = {i: {"title": self.titles[i]} for i in wanted if i in self.titles}
            for item, row in found.items():
                self._facts[item] = ItemFacts.of(item, row)
        return {i: self._facts[i] for i in dict.fromkeys(items) if i in self._facts}

    def tag_claims(self) -> dict[str, tuple[str, re.Pattern[str]]]:
        """Per tag of the catalogue (lower-cased): the tag and how a sentence claims it of an item
        ("a comedy", "a romantic comedy", "thriller film"; a bare mention such as "music" or "about
        children" is not a claim)."""
        if self._tags is None:
            counts: dict[str, int] = {}
            n = 0
            if self._store is not None and self._tenant is not None:
                counts, n = self._store.scope(self._tenant).items.tag_counts()
            # a tag few items carry ("Tom Hanks", "Disney": what users tagged) is a label, not a category
            # the catalogue gives every item it fits: an item without it may still be one
            tags = {t for t, k in counts.items() if k * LABEL_SHARE >= n}
            tags |= {t for f in self._facts.values() for t in f.tags if t not in counts}
            self._tags = {t.lower(): (t, _claim_pattern(t)) for t in tags if _claimable(t)}
        return self._tags

    def with_facts(self, facts: Iterable[ItemFacts]) -> Catalogue:
        """This catalogue knowing ``facts`` (for tests and for catalogues held outside a store)."""
        for f in facts:
            self._facts[f.item] = f
        self._tags = None
        return self

    def find(self, text: str) -> list[str]:
        """Items whose titles ``text`` names, in order of first mention (longest title wins an overlap)."""
        found: dict[str, int] = {}
        for start, _, item in self.mentions(text):
            found.setdefault(item, start)
        return list(found)

    def _a_person(self, form: _Form, text: str, end: int) -> bool:
        """Whether a one-word title is said as the surname of a person the catalogue's tags name ("Any
        Hitchcock films?"), not with its year ("Hitchcock (2012)")."""
        if " " in form.text or _YEAR_AFTER.match(text[end:]):
            return False
        said = index_terms(form.text)
        return len(said) == 1 and said[0] in self.people

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Where ``text`` names titles: (start, end, item) of each mention, in order (longest title wins
        an overlap)."""
        lowered = text.lower()
        matches: list[tuple[int, int, _Form]] = []
        for word in _WORD.finditer(lowered):
            for offset, form in self._by_word.get(word.group(0), ()):
                start = word.start() - offset
                end = start + len(form.text)
                if start < 0 or not lowered.startswith(form.text, start):
                    continue
                # Chinese runs on without spaces: a title of three characters or more stands on its own
                bounded = (len(form.text) >= 3 and bool(_CJK.match(form.text))) or (
                    (start == 0 or not _glued(lowered[start - 1], lowered[start]))
                    and (end == len(lowered) or not _glued(lowered[end], lowered[end - 1]))
                )
                if (
                    bounded
                    and (not form.strict or text[start:end][:1].isupper() or text[start - 1 : start] == "《")
                    and (form.cased is None or text[start + 1 : end] == form.cased[1:])
                    and not _a_time(form, lowered, start, end)
                    and not _opens_a_sentence(form, text, start)
                    and not self._a_person(form, text, end)
                ):
                    matches.append((start, end, form))
        taken: list[tuple[int, int, str]] = []
        for start, end, form in sorted(matches, key=lambda m: m[0] - m[1]):
            if not any(s < end and start < e for s, e, _ in taken):
                taken.append((start, end, form.item))
        return sorted(taken)


_EVERYDAY = frozenset(
    {"anyth", "someth", "noth", "everyth", "els", "more", "again", "other", "too", "instead"}
)
"""Words (as index terms) of everyday requests that titles are made of too: a title of them and one other
word ("Anything Else", "Something New") counts only written as the catalogue writes it ("Anything else?"
asks for more, it names no film)."""


_YEAR_AFTER = re.compile(r"\s*\(?(?:19|20)\d\d\)?")
"""A year right after a title ("Hitchcock (2012)"): the film, not the person of that name."""


_CALENDAR = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
     "today", "tonight", "tomorrow", "yesterday", "weekend"}
)  # fmt: skip
_TIME_BEFORE = re.compile(
    r"\b(?:this|next|last|on|every|most|by|until|till|from|since|before|after|each|in|of|coming|that|one|a|"
    r"early|late|mid|for)\s+$"
)
_TIME_AFTER = re.compile(r"^(?:'s)?\s+(?:night|morning|evening|afternoon|lunch|dinner)\b")


def _a_time(form: _Form, lowered: str, start: int, end: int) -> bool:
    """Whether a one-word title that is also a day, a month or a time ("Friday", "Tomorrow") is said as
    that time: "What should we watch this Friday?", "Friday night?"; "We loved Friday" names the film."""
    return form.text in _CALENDAR and bool(
        _TIME_BEFORE.search(lowered[max(0, start - 12) : start]) or _TIME_AFTER.match(lowered[end:])
    )


def _opens_a_sentence(form: _Form, text: str, start: int) -> bool:
    """Whether a one-word title that is an everyday word ("Nothing", "Always") opens a sentence, where
    its capital says nothing: "Nothing too scary please" names no film *Nothing*; "We loved Nothing"
    does."""
    if " " in form.text or not is_common_word(form.text):
        return False
    before = text[:start].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?;:,。！？，"


def _glued(c: str, edge: str) -> bool:
    """Whether ``c``, next to a title's ``edge`` character, would make it part of a longer word: a
    letter or digit of the same script (a Chinese character beside a Latin title is a boundary:
    "有没有和Aladdin差不多的")."""
    return c.isalnum() and bool(_CJK.match(c)) == bool(_CJK.match(edge))


_CJK = re.compile(r"[\u4e00-\u9fff]")


def keep_line(line: str, allowed: set[str], named: list[str]) -> bool:
    """False for a list line that names no item of ``allowed`` (an invention) while items were given;
    True for every other line. ``named``: the items the line names (``Catalogue.find``)."""
    if not allowed or not LIST_START.match(line.lstrip()):
        return True
    return bool(named) and all(i in allowed for i in named)


_YEAR_IN_TITLE = re.compile(r"\((\d{4})\)\s*$")
_CLAIMED_YEAR = re.compile(r"(?<![\w-])(18[89]\d|19\d\d|20[0-4]\d)(?![\w-])")
_NOT_RELEASE = re.compile(
    r"(?:set|takes place|taking place|story|events?|happens?|until|since)\W+(?:\w+\W+){0,2}$", re.I
)
_PERSON = re.compile(
    r"\b(?:directed by|starring|stars|written by|narrated by|(?:director|writer|star) (?:is|was))\s+"
    r"((?:[A-Z][\w'.-]+\s?){2,3})"
)
_NEGATED = re.compile(r"\b(?:not|never|isn't|aren't|wasn't|no)\W+(?:\w+\W+){0,2}$", re.I)

_GENRE_FORMS = {
    "comedy": ["comedies", "comedic"],
    "romance": ["romantic", "romances"],
    "animation": ["animated"],
    "drama": ["dramas", "dramatic"],
    "documentary": ["documentaries"],
    "sci-fi": ["science fiction", "science-fiction", "sci fi"],
    "film-noir": ["film noir", "noir"],
    "fantasy": ["fantasies"],
    "mystery": ["mysteries"],
    "musical": ["musicals"],
    "western": ["westerns"],
    "thriller": ["thrillers"],
    "horror": [],
    "adventure": ["adventures"],
    "crime": ["crime drama", "crime film"],
    "war": ["war film", "war movie", "war drama", "war epic"],
    "children": ["children's film", "children's movie", "kids' film", "family film"],
    "action": ["action film", "action movie", "action-packed", "action thriller", "action comedy"],
}
_FILM_NOUN = r"(?:film|movie|picture|flick|classic|series|show|book|novel|story|tale|epic|game)s?"


@dataclass(frozen=True)
class ItemFacts:
    """What the catalogue says about one item: what an answer may state about it."""

    item: str
    title: str
    year: int | None = None
    tags: tuple[str, ...] = ()
    text: str | None = None
    kind: str | None = None
    """What kind of thing it is ("film"), where its catalogue says."""
    minutes: float | None = None
    """How long it runs, where its catalogue says (``LENGTH_ATTRIBUTES``)."""

    @classmethod
    def of(cls, item: str, row: dict[str, Any]) -> ItemFacts:
        title = str(row.get("title") or item)
        year = (row.get("attributes") or {}).get("year")
        m = _YEAR_IN_TITLE.search(title)
        if year is None and m:
            year = m.group(1)
        try:
            year_int = int(float(year)) if year is not None else None
        except (TypeError, ValueError):
            year_int = None
        tags = tuple(str(t) for t in (row.get("tags") or []) if _claimable(str(t)))
        text = " ".join(str(row.get("text") or "").split()) or None
        kind = (row.get("attributes") or {}).get("kind")
        minutes = _minutes(row.get("attributes") or {})
        return cls(item, title, year_int, tags, text, str(kind) if kind else None, minutes)

    @property
    def display_title(self) -> str:
        """The title as a person writes it, with its year ("Die Hard (1988)", "The Terminator (1984)")."""
        if self.year is not None and not _YEAR_IN_TITLE.search(self.title):
            return natural_title(f"{self.title} ({self.year})")
        return natural_title(self.title)

    def data(self, max_text: int = 160) -> str:
        """The facts as one line of the prompt's data block (``Die Hard (1988) | Action, Thriller | ...``)."""
        parts = [self.display_title]
        if self.tags:
            parts.append(", ".join(self.tags))
        if self.text:
            parts.append(self.text if len(self.text) <= max_text else self.text[: max_text - 1] + "…")
        return " | ".join(parts)


LENGTH_ATTRIBUTES = {
    "runtime": 1.0,
    "runtime_minutes": 1.0,
    "duration_minutes": 1.0,
    "length_minutes": 1.0,
    "minutes": 1.0,
    "duration_seconds": 1 / 60,
    "duration_ms": 1 / 60_000,
}
"""The item attributes that say how long it runs, and what makes each minutes (the first one an item has
counts)."""


def _minutes(attributes: dict[str, Any]) -> float | None:
    """How long an item runs in minutes by its ``LENGTH_ATTRIBUTES`` (None where none is a number)."""
    for name, to_minutes in LENGTH_ATTRIBUTES.items():
        value = attributes.get(name)
        if value is None or isinstance(value, bool):
            continue
        try:
            minutes = float(value) * to_minutes
        except (TypeError, ValueError):
            continue
        if minutes > 0:
            return minutes
    return None


def _claimable(tag: str) -> bool:
    """Tags that name a kind of item ("Comedy"), not bookkeeping ("(no genres listed)", "IMAX")."""
    return bool(tag) and tag[0].isalpha() and not tag.isupper() and len(tag) <= 40


def _claim_pattern(tag: str) -> re.Pattern[str]:
    low = tag.lower()
    forms = [re.escape(f) for f in _GENRE_FORMS.get(low, [])]
    phrases = [f for f in forms if " " in f or "-" in f or "'" in f]
    words = [re.escape(low), re.escape(low) + "s", *(f for f in forms if f not in phrases)]
    word = "(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + ")"
    claims = [rf"\b(?:an?|the)\s+(?:[\w-]+\s+)?{word}\b", rf"\b{word}\s+{_FILM_NOUN}\b"]
    if low not in ("war", "children", "action", "crime"):  # "is a crime to miss" is no claim
        claims.append(rf"\b(?:is|was|it's)\s+(?:an?\s+)?(?:[\w-]+\s+)?{word}\b")
    claims += [rf"\b{p}\b" for p in phrases]
    return re.compile("|".join(claims), re.IGNORECASE)


def contradiction(
    sentence: str, about: list[ItemFacts], catalogue: Catalogue, *, strict: bool = False
) -> str | None:
    """What in ``sentence`` contradicts the catalogue's facts about the items it is about (``about``:
    those it names, else the item the sentences before it named), or None. Checked where the facts
    allow: a year (one the items do not have, unless it is the year a story is set in), a genre or
    category (a claim of one the item lacks, while it names none of the item's own), a person (named as
    director or star while the item's description names other people; with ``strict``, while nothing the
    catalogue holds about the item names them)."""
    if not about:
        return None
    spans = []
    low = sentence.lower()
    for f in about:
        for form in title_forms(f.title):
            at = low.find(form.lower())
            if at >= 0:
                spans.append((at, at + len(form)))

    def inside(a: int, b: int) -> bool:  # part of a title ("2001: A Space Odyssey"), not a claim
        return any(s <= a and b <= e for s, e in spans)

    years = {f.year for f in about if f.year is not None}
    if years:
        for m in _CLAIMED_YEAR.finditer(sentence):
            if inside(m.start(), m.end()) or _NOT_RELEASE.search(sentence[: m.start()]):
                continue
            if int(m.group(1)) not in years:
                nearest = min(years, key=lambda y: abs(y - int(m.group(1))))
                return f"year {m.group(1)} (the catalogue says {nearest})"
    own = {t.lower() for f in about for t in f.tags}
    if own:
        claims = catalogue.tag_claims()
        said: list[str] = []
        for low_tag, (_, pattern) in claims.items():
            for m in pattern.finditer(sentence):
                if not inside(m.start(), m.end()) and not _NEGATED.search(sentence[: m.start()]):
                    said.append(low_tag)
                    break
        if said and not (set(said) & own):
            wrong = next(t for t in said if t not in own)
            actual = ", ".join(sorted({t for f in about for t in f.tags}))
            return f"genre {claims[wrong][0]} (the catalogue says {actual})"
    if strict:
        described = " ".join(f"{f.title} {f.text or ''} {' '.join(f.tags)}" for f in about)
    else:
        described = " ".join(f"{f.title} {f.text or ''}" for f in about if f.text)
    if described:
        for m in _PERSON.finditer(sentence):
            name = m.group(1).strip().rstrip(".")
            if name.lower() not in described.lower():
                return f"person {name} (not in what the catalogue holds about it)"
    return None


def check_facts(
    text: str,
    facts: dict[str, ItemFacts],
    catalogue: Catalogue,
    *,
    last: list[str] | None = None,
    strict: bool = False,
) -> tuple[str, list[dict[str, str]]]:
    """``text`` without its sentences that contradict the facts of the items they are about, and what
    was removed (sentence, item, the fact). A sentence that names no item is about the item the
    sentences before it in the same line named (``last`` carries that item across calls: a stream).
    ``strict``: see ``contradiction``."""
    removed: list[dict[str, str]] = []
    context = last if last is not None else []
    kept_lines = []
    for line in text.split("\n"):
        kept = []
        for sentence in SENTENCE_BREAK.split(line):
            named = [i for i in catalogue.find(sentence) if i in facts]
            if named:
                context[:] = named
            about = [facts[i] for i in (named or context) if i in facts]
            wrong = contradiction(sentence, about, catalogue, strict=strict)
            if wrong:
                removed.append({"sentence": sentence.strip(), "item": about[0].item, "fact": wrong})
                continue
            kept.append(sentence)
        if not line.strip():
            context.clear()  # a new paragraph: "it" no longer means the last item
        kept_lines.append(" ".join(s.strip() for s in kept) if len(kept) != 1 else kept[0])
    return "\n".join(kept_lines), removed
