"""When the items a request asks for were made: "Something a bit more recent?" after picks from the
nineties, "any films from the 80s?", "有没有老一点的电影？". The request names an era (a decade) or a
direction from the picks before it (newer, older); the picks are then only items of those years."""

from __future__ import annotations

import re
import statistics
from collections.abc import Collection

__all__ = ["Years", "asks_an_era", "asks_other_years", "within", "years_asked"]

Years = tuple[int | None, int | None]
"""The first and last year of an era (None: open on that side)."""

_NEWER = re.compile(
    r"\b(?:more recent|newer|recent (?:ones?|films?|movies?|books?|shows?|stuff|releases?|titles?)"
    r"|(?:something|anything) (?:a bit |a little |more |fairly )?recent"
    # "any new films?", not "something new" (other than before, not of late)
    r"|(?:any|some) new (?:ones|films|movies|books|shows|releases|titles)|new releases"
    r"|latest|from (?:the )?(?:last|past) (?:few|couple of|\w+) years)\b"
    r"|新一点|新一些|更新的|近几年|最近几年|这几年|最近(?:的|出的|上映的?)|近期",
    re.IGNORECASE,
)
"""A request for newer items than the picks before ("Something a bit more recent?", "新一点的")."""
_OLDER = re.compile(
    # not "my older brother"
    r"(?<!my )(?<!our )(?<!his )(?<!her )(?<!their )\b(?:older|old ones|classics?|oldies|golden age)\b"
    r"|老一点|老一些|老片|老电影|经典老|早一点的|年代久",
    re.IGNORECASE,
)
"""A request for older items ("Any older ones?", "有没有老一点的？")."""
_DECADE = re.compile(
    r"\b(?:the )?(?P<full>(?:19|20)\d0)'?s\b|\b(?:the )?'?(?P<short>[0-9]0)'?s\b"
    r"|\b(?P<word>fifties|sixties|seventies|eighties|nineties)\b"
    r"|(?P<zh>[5-9]0|[五六七八九]十)年代",
    re.IGNORECASE,
)
"""A decade ("the 90s", "1980s", "the eighties", "90年代", "八十年代")."""
_AN_AGE = re.compile(r"\bin (?:my|his|her|our|their) (?:early |late |mid-? ?)?(?:\d0'?s|[a-z]+ties)\b", re.I)
"""An age said by its decade ("in my 40s", "in her late thirties"): no era of items."""
_WORDS = {"fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_TENS_ZH = {"五十": 50, "六十": 60, "七十": 70, "八十": 80, "九十": 90}
_RECENT = 5
"""How many of the catalogue's last years a request for recent items with no picks before means."""
_CLASSIC = 30
"""How many years before the catalogue's newest an older item without picks before was made."""


def asks_an_era(message: str) -> bool:
    """Whether ``message`` names an era or asks for newer or older items (``years_asked``)."""
    message = _AN_AGE.sub(" ", message)
    return any(p.search(message) for p in (_DECADE, _NEWER, _OLDER))


def asks_other_years(message: str) -> bool:
    """Whether ``message`` asks for newer or older items than those given before ("有没有新一点的？"): others
    than those, then."""
    message = _AN_AGE.sub(" ", message)
    return bool(_NEWER.search(message) or _OLDER.search(message))


def years_asked(message: str, before: Collection[int], newest: int | None) -> Years | None:
    """The years of the items ``message`` asks for (None: it asks no era): a decade it names, or newer or
    older than the picks ``before`` it (the years of the last answer's items: after their median, or
    before it), or than the catalogue's ``newest`` year when there were none."""
    message = _AN_AGE.sub(" ", message)
    decade = _DECADE.search(message)
    if decade is not None:
        start = _decade(decade)
        return start, start + 9
    middle = int(statistics.median(before)) if before else None
    if _NEWER.search(message):
        if middle is not None:
            return middle + 1, None
        return (newest - _RECENT, None) if newest is not None else None
    if _OLDER.search(message):
        if middle is not None:
            return None, middle - 1
        return (None, newest - _CLASSIC) if newest is not None else None
    return None


def _decade(m: re.Match[str]) -> int:
    """The first year of the decade ``m`` names ("90s": 1990, "00s": 2000, "八十年代": 1980)."""
    if m.group("full"):
        return int(m.group("full"))
    if m.group("word"):
        return 1900 + _WORDS[m.group("word").lower()]
    said = m.group("short") or m.group("zh")
    tens = _TENS_ZH.get(said) or int(said)
    return (2000 if tens <= 20 else 1900) + tens


def within(year: int | None, years: Years) -> bool:
    """Whether ``year`` is of ``years`` (an item with no year is of none)."""
    first, last = years
    return year is not None and (first is None or year >= first) and (last is None or year <= last)
