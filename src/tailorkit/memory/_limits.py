"""How long the things a user wants may last: "nothing too long - under two hours please", "films under 90
minutes", "an episode no longer than half an hour", "两个小时以内的电影", "不超过九十分钟的片子".

``length_limit`` reads the longest a text allows, in minutes, from a request for items (any such limit
counts) or from a statement about the user (``about_items``: only one that names what it limits, a film,
an episode, a workout, or says "nothing too long"; "I have less than an hour a day" is time the user has,
not a limit on items). ``LIMIT_RULE`` keeps such a statement as a preference of topic ``limit:length``,
which a later one replaces and which picks from a catalogue whose items carry their length keep to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.text import zh_number

__all__ = ["LIMIT_TOPIC", "LengthLimit", "length_limit", "limit_memory", "names_a_length"]

LIMIT_TOPIC = "limit:length"

_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
}  # fmt: skip
_NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
_BOUND_EN = (
    r"(?:under|below|less than|shorter than|no (?:longer|more) than|not (?:longer|more) than|"
    r"(?:nothing|not|anything) (?:longer|more|over) than|nothing over|not over|at most|max(?:imum)?|up to|"
    # "anything over two hours is too much": what is over it is ruled out
    r"anything (?:over|longer than|past)"
    r"(?=\s+\S+\s+\S+\s+(?:is|are|and)\s+(?:too|way too|just too|a no|out)\b)|"
    r"within|tops)"
)
_AMOUNT_EN = (
    r"(?:(?P<half>half an? hour)|"
    rf"(?P<n>{_NUMBER})(?P<and_half> and a half)?\s*[- ]?(?P<unit>hours?|hrs?|h|minutes?|mins?|m)\b"
    r"(?P<and_half_after> and a half)?(?:\s*(?P<extra>\d+)\s*(?:minutes?|mins?|m)\b)?)"
)
_DURATIONS_EN = (
    re.compile(rf"\b(?:{_BOUND_EN})\s+(?:about |around |roughly |an? )?{_AMOUNT_EN}", re.I),
    # "45 minutes max", "an hour and a half, tops"
    re.compile(
        rf"\b{_AMOUNT_EN}(?=,?\s+(?:max(?:imum)?|tops|at most|at the most|or (?:less|shorter|under))\b)", re.I
    ),
)
_TIME_HAD = re.compile(
    r"^\s*(?:a|per|each|every)\s+(?:day|night|week|evening|morning|session)\b|^\s*(?:daily|weekly)\b", re.I
)
"""What follows a duration that the user has ("less than an hour a day"): time they have, not a limit."""
_THINGS_EN = (
    r"movies?|films?|shows?|series|episodes?|documentar(?:y|ies)|books?|audiobooks?|podcasts?|videos?|"
    r"courses?|lessons?|workouts?|games?"
)
"""What a limit is kept of by name ("Prefers movies under 2 hours")."""
_NOUN_EN = re.compile(rf"\b(?:{_THINGS_EN})\b", re.IGNORECASE)
_ITEMS_EN = re.compile(
    rf"\b(?:{_THINGS_EN}|flicks?|sessions?|classes|plays?|musicals?|concerts?)\b"
    r"|\b(?:nothing|anything|something|none) (?:too )?(?:long|longer|lengthy|over)\b|\btoo long\b",
    re.IGNORECASE,
)
"""What a statement's limit is said of: a thing, or "nothing too long"."""
_ZH_NUMBER = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})"
_DURATION_ZH = re.compile(
    rf"(?P<pre>不(?:看|想看|要)?超过|别超过|最多|顶多|少于|低于|短于|不到)?\s*(?P<n>{_ZH_NUMBER})\s*"
    r"(?:(?P<hours>个?半?(?:小时|钟头))(?P<half>半)?|(?P<minutes>分钟))"
    r"(?P<post>以内|之内|以下|内)?"
)
_ANY_LENGTH = re.compile(
    rf"\b{_NUMBER}\s*[- ]?(?:hours?|hrs?|minutes?|mins?)\b|\bhalf an? hour\b"
    rf"|{_ZH_NUMBER}\s*(?:个?半?(?:小时|钟头)|分钟)",
    re.I,
)
_NOUN_ZH = re.compile(r"电影|片子|影片|电视剧|剧|视频|节目|纪录片|动画片?|书|课程?|播客")
_ITEMS_ZH = re.compile(rf"{_NOUN_ZH.pattern}|太长|长的")
_EACH_ZH = re.compile(r"^\s*(?:的)?(?:时间|空)|每天|每周|一天|一周|每晚")


@dataclass(frozen=True)
class LengthLimit:
    """The longest the user wants a thing to last."""

    minutes: float
    thing: str | None = None
    """What it limits as the user named it ("movies", "电影"), if they did."""

    def said(self, language: str = "en") -> str:
        """The limit as the answer says it ("under 2 hours", "90分钟以内")."""
        if self.minutes % 60 == 0:
            hours = int(self.minutes // 60)
            return f"{hours}小时以内" if language == "zh" else f"under {hours} hour{'s' if hours > 1 else ''}"
        m = round(self.minutes)
        return f"{m}分钟以内" if language == "zh" else f"under {m} minutes"


def length_limit(text: str, *, about_items: bool = False) -> LengthLimit | None:
    """The longest ``text`` allows a thing to last, in minutes (None when it sets no limit); with
    ``about_items`` only a limit said of things (a film, an episode, "nothing too long")."""
    for m in sorted((m for p in _DURATIONS_EN for m in p.finditer(text)), key=lambda m: m.start()):
        if _TIME_HAD.match(text[m.end() :]):
            continue
        if about_items and not _ITEMS_EN.search(text):
            return None
        if m.group("half"):
            minutes = 30.0
        else:
            raw = m.group("n").lower()
            n = float(_WORD_NUMBERS.get(raw, 0) if raw in _WORD_NUMBERS else raw)
            hours = m.group("unit").lower().startswith("h")
            if m.group("and_half") or m.group("and_half_after"):
                n += 0.5
            minutes = n * 60 if hours else n
            if hours and m.group("extra"):
                minutes += float(m.group("extra"))
        noun = _NOUN_EN.search(text)
        return LengthLimit(minutes, noun.group(0).lower() if noun else None) if minutes > 0 else None
    for m in _DURATION_ZH.finditer(text):
        if not (m.group("pre") or m.group("post")) or _EACH_ZH.match(text[m.end() :]):
            continue
        if about_items and not _ITEMS_ZH.search(text):
            return None
        raw = m.group("n")
        n = float(raw) if raw[0].isdigit() else float(zh_number(raw))
        hours = m.group("hours")
        if hours and ("半" in hours or m.group("half")):
            n += 0.5
        minutes = n * 60 if hours else n
        noun = _NOUN_ZH.search(text)
        return LengthLimit(minutes, noun.group(0) if noun else None) if minutes > 0 else None
    return None


def limit_memory(sentence: str, chinese: bool) -> Candidate | None:
    """A statement's limit on how long things may last as a preference ("Prefers movies under 2 hours",
    "只看2小时以内的电影"), None when it states none."""
    limit = length_limit(sentence, about_items=True)
    if limit is None:
        return None
    if chinese:
        text = f"只看{limit.said('zh')}的{limit.thing or '内容'}"
    else:
        thing = limit.thing or "things"
        thing = thing if thing.endswith(("s", "series")) else f"{thing}s"  # "a film night": films
        text = f"Prefers {thing} {limit.said('en')}"
    return Candidate(text, MemoryKind.PREFERENCE, LIMIT_TOPIC, importance=0.7)


def names_a_length(text: str) -> bool:
    """Whether ``text`` names a length of time ("90 minutes", "两个小时")."""
    return bool(_ANY_LENGTH.search(text))
