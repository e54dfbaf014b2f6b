"""When the items a request asks for were made: "Something a bit more recent?" after picks from the
nineties, "any films from the 80s?", "something from the last 15 years", "anything before 1980?",
"有没有老一点的电影？", "2010年以后的". The request names an era (a decade, years, a span back from today) or
a direction from the picks before it (newer, older); the picks are then only items of those years."""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Collection

from tailorkit.text import zh_number

__all__ = ["Years", "asks_an_era", "asks_other_years", "within", "years_asked"]

Years = tuple[int | None, int | None]
"""The first and last year of an era (None: open on that side)."""

_NEWER = re.compile(
    r"\b(?:more recent|newer|recent (?:ones?|films?|movies?|books?|shows?|stuff|releases?|titles?)"
    r"|(?:something|anything) (?:a bit |a little |more |fairly )?recent"
    # "any new films?", not "something new" (other than before, not of late)
    r"|(?:any|some) new (?:ones|films|movies|books|shows|releases|titles)|new releases"
    r"|latest)\b"
    r"|新一点|新一些|更新的|近几年|最近几年|这几年|最近(?:的|出的|上映的?)|近期",
    re.IGNORECASE,
)
"""A request for newer items than the picks before ("Something a bit more recent?", "新一点的")."""
_OLDER = re.compile(
    # not "my older brother"
    r"(?<!my )(?<!our )(?<!his )(?<!her )(?<!their )\b(?:older|old ones|classics?|oldies|golden age|"
    r"old (?:films?|movies?|pictures|westerns|musicals|books|novels))\b"
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
_YEAR = r"(?:19|20)\d\d"
_YEARS = re.compile(
    rf"\b(?:between|from) (?P<first>{_YEAR}) (?:and|to|until|till) (?P<last>{_YEAR})\b"
    rf"|\b(?P<first2>{_YEAR}) ?(?:-|–|to) ?(?P<last2>{_YEAR})\b"
    rf"|\b(?:since |post-? ?)(?P<since>{_YEAR})\b"
    rf"|\bfrom (?P<on>{_YEAR}) (?:on(?:wards?)?|and (?:later|after|up))\b"
    rf"|\b(?P<after>{_YEAR}) or (?:later|newer|after)\b|\b(?:after|newer than) (?P<newer>{_YEAR})\b"
    rf"|\b(?:before|pre-? ?|older than) (?P<before>{_YEAR})\b"
    rf"|\b(?P<upto>{_YEAR}) or (?:earlier|older|before)\b"
    rf"|\b(?:(?:made|released|out|filmed|written|published) in|from) (?P<year>{_YEAR})\b"
    rf"|(?P<zh_since>{_YEAR}) ?年(?:以后|之后|以来|后)|(?P<zh_before>{_YEAR}) ?年(?:以前|之前|前)",
    re.IGNORECASE,
)
"""Years a request names: "between 1995 and 2005", "after 2010", "since 2010", "pre-1980", "2000 or
earlier", "made in 1994", "2010年以后", "2000年以前"."""
_REFUSED = re.compile(
    r"\b(?:nothing|none|no|not|without|don'?t want(?: anything)?|skip)\b[^.?!,;]*$"
    r"|(?:不要|别|不看|不想看)[^。？！，；]*$",
    re.IGNORECASE,
)
"""Said before the years a request names, that it refuses them ("Nothing older than 2000", "no films before
1990", "不要2000年以前的")."""
_BACK = re.compile(
    r"\b(?:from|in|over|of|within) (?:the )?(?:last|past) (?:(?P<n>\d{1,2}|a few|few|a couple of|couple of|"
    r"two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)(?: or so)? )?"
    r"(?P<unit>years?|decades?)\b"
    r"|(?:近|最近|过去|这)(?P<zh>\d{1,2}|[一二两三四五六七八九十]{1,3})(?:来)?年",
    re.IGNORECASE,
)
"""A span back from today: "from the last 15 years", "in the past decade", "近十年"."""
_COUNTS = {
    "a few": 5, "few": 5, "a couple of": 3, "couple of": 3, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_COLOURLESS = re.compile(
    r"\b(?P<bw>black[- ]and[- ]white|b&w)\b|\b(?P<silent>silent (?:films?|movies?|era|cinema))\b"
    r"|(?P<bw_zh>黑白(?:片|电影|影片))|(?P<silent_zh>默片|无声电影|无声片)",
    re.IGNORECASE,
)
"""Items of before colour or sound ("black-and-white films", "silent movies", "黑白片", "默片")."""
_LAST_IN_BLACK_AND_WHITE = 1966
"""The last year most films were made in black and white."""
_LAST_SILENT = 1929
"""The last year most films were silent."""
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
    return any(p.search(message) for p in (_DECADE, _YEARS, _BACK, _NEWER, _OLDER, _COLOURLESS))


def asks_other_years(message: str) -> bool:
    """Whether ``message`` asks for newer or older items than those given before ("有没有新一点的？"): others
    than those, then."""
    message = _AN_AGE.sub(" ", message)
    return bool(_NEWER.search(message) or _OLDER.search(message))


def years_asked(
    message: str, before: Collection[int], newest: int | None, this_year: int | None = None
) -> Years | None:
    """The years of the items ``message`` asks for (None: it asks no era): years or a decade it names, a
    span back from ``this_year`` (today's by default; back from the catalogue's ``newest`` year where
    the catalogue has nothing that recent), or newer or older than the picks ``before`` it (the years of
    the last answer's items: after their median, or before it), or than ``newest`` when there were
    none."""
    message = _AN_AGE.sub(" ", message)
    named = _YEARS.search(message)
    if named is not None:
        first, last = _named(named)
        if not _REFUSED.search(message[: named.start()]):
            return first, last
        # "Nothing older than 2000": from 2000 on, not up to it (a span refused asks no era of its own)
        if first is None and last is not None:
            return last + 1, None
        return (None, first - 1) if last is None and first is not None else None
    back = _BACK.search(message)
    if back is not None:
        span = _span(back)
        start = (this_year or time.localtime().tm_year) - span
        return (newest - span if newest is not None and start > newest else start), None
    if (colourless := _COLOURLESS.search(message)) is not None:  # "black-and-white films", "默片"
        silent = colourless.group("silent") or colourless.group("silent_zh")
        return None, _LAST_SILENT if silent else _LAST_IN_BLACK_AND_WHITE
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


def _named(m: re.Match[str]) -> Years:
    """The years an expression of ``_YEARS`` names."""
    said = {key: int(value) for key, value in m.groupdict().items() if value}
    if "first" in said or "first2" in said:
        first, last = said.get("first", said.get("first2", 0)), said.get("last", said.get("last2", 0))
        return min(first, last), max(first, last)
    if "year" in said:
        return said["year"], said["year"]
    if "newer" in said:
        return said["newer"] + 1, None
    for key in ("after", "since", "on", "zh_since"):
        if key in said:
            return said[key], None
    if "upto" in said:
        return None, said["upto"]
    return None, said.get("before", said.get("zh_before", 0)) - 1


def _span(m: re.Match[str]) -> int:
    """How many years back a ``_BACK`` span reaches ("the last 15 years" 15, "the past decade" 10)."""
    if m.group("zh"):
        said = m.group("zh")
        return int(said) if said.isdigit() else zh_number(said) or 1
    n = (m.group("n") or "").lower()
    count = int(n) if n.isdigit() else _COUNTS.get(n, 1)
    return count * (10 if m.group("unit").lower().startswith("decade") else 1)


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
