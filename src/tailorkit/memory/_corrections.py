"""What the user corrects as they say it ("We've got two kids, sorry, three"; "我周四不行，不对，是周三不行"):
the sentence as corrected, so that what was taken back is never kept.

A correction follows a mark of one ("sorry", "I mean", "correction", "scratch that", "no wait", "or rather",
"make that", "不对", "我是说", "准确地说"), and says the word that replaces one of the sentence's: a number
("three", "£400", "九岁"), days ("Tuesday to Saturday", "周三"), what the user is ("a midwife", 助产士), or
the last word ("Portuguese", "all nuts"); or it is a whole clause of the user's ("scratch that, I have one
decaf in the morning"), which then stands instead.
"""

from __future__ import annotations

import re

from tailorkit.text import is_chinese, simplified, zh_words

__all__ = ["as_corrected", "corrected"]

_MARK_EN = re.compile(
    # ("..., no, Wednesdays" with its comma: ", no garden" names what there is not)
    r",\s*(?:(?P<strong>I mean|I meant|correction|scratch that|no wait|wait no|or rather)|(?:oh\s+)?sorry|"
    r"no(?=\s*,)|rather|(?:actually\s+)?make (?:that|it)|more like|well)\s*,?\s+"
    r"(?P<fix>[^,.;!?]+)(?P<rest>.*)$",
    re.I,
)
_MARK_ZH = re.compile(
    r"[，,]\s*(?:哦不对|哦不|不对|我是说|准确地说是?|准确说是?|准确来说是?|应该说是?|更准确地说是?|或者说|"
    r"其实是)[，,]?\s*(?:是)?(?P<fix>[^，,。！？；.!?;]+)(?P<rest>.*)$"
)
_TRAILING_EN = re.compile(
    r"\s+(?:really|actually|I think|to be honest|now|these days|at the moment|"
    r"(?:according to|since|after|because|for|as of)\b.*)$",
    re.I,
)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|a couple of|a few"
)
_NUMBER_EN = re.compile(rf"[£$€]?\d[\d,.]*(?:k|km|kg|%)?|\b(?:{_NUMBER_WORDS})\b", re.I)
_NUMBER_ZH = re.compile(r"[\d一二两三四五六七八九十百千万几]+")
_DAYS_EN = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?)"
_DAYS_SPAN_EN = re.compile(rf"\b{_DAYS_EN}(?:\s+(?:to|-|and|or|through)\s+{_DAYS_EN})?\b", re.I)
_DAYS_SPAN_ZH = re.compile(
    r"(?:周|星期|礼拜)[一二三四五六日天](?:(?:到|至|和|、)(?:周|星期|礼拜)?[一二三四五六日天])?|周末|工作日"
)
_ARTICLE_NOUN = re.compile(r"\b(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?$", re.I)
_VAGUE = re.compile(
    r"^(?:just|mostly|sort of|kind of|more or less|outside|near|around|about|maybe|probably|apart|except|"
    r"besides|other than|unless|but|not|even|only|also|too|thanks|thank you|please)\b",
    re.I,
)
_A_CLAUSE_EN = re.compile(r"^(?:I|I'm|I've|I'd|we|we're|we've|my|our)\b", re.I)


def corrected(message: str) -> str:
    """``message`` with each of its sentences as the user corrected it (``as_corrected``)."""
    if not (_MARK_EN.search(message) or _MARK_ZH.search(message)):
        return message
    return "".join(as_corrected(part) for part in re.split(r"(?<=[。！？.!?])(?=\s*\S)", message))


def as_corrected(sentence: str) -> str:
    """``sentence`` as the user corrected it while saying it (the sentence itself where it corrects
    nothing, or where what is corrected cannot be told)."""
    chinese = is_chinese(sentence)
    m = (_MARK_ZH if chinese else _MARK_EN).search(sentence)
    if not m:
        return sentence
    said, fix, rest = sentence[: m.start()], m.group("fix").strip(), m.group("rest")
    fixed = _corrected_zh(said, fix) if chinese else _corrected_en(said, fix, strong=bool(m.group("strong")))
    return sentence if fixed is None else fixed + rest


def _corrected_en(said: str, fix: str, *, strong: bool) -> str | None:
    """``said`` with ``fix`` in place of what it corrects; a clause said instead only after a mark that can
    only be a correction ("scratch that", "I mean"): after "sorry" or "well" it is more often an apology or
    an aside ("I'm late, sorry, I overslept"), and then nothing is corrected."""
    if _A_CLAUSE_EN.match(fix) and not strong:
        return None
    if _A_CLAUSE_EN.match(fix):  # "I don't drink coffee, scratch that, I have one decaf in the morning"
        if (
            (number := _NUMBER_EN.search(fix))
            and (old := _NUMBER_EN.search(said))
            and not _VERB_OF.search(fix)
        ):
            return f"{said[: old.start()]}{number.group()}{said[old.end() :]}"
        if re.match(r"(?:he|she|they)\b", fix, re.I):
            return None
        return fix
    if re.match(r"(?:he|she|they|it)\b", fix, re.I):  # "My son is 8, no wait, he turned 9 last week"
        number = _NUMBER_EN.search(fix)
        old = _NUMBER_EN.search(said)
        return f"{said[: old.start()]}{number.group()}{said[old.end() :]}" if number and old else None
    fix = _TRAILING_EN.sub("", fix).strip()
    if not fix or len(fix.split()) > 4 or _VAGUE.match(fix) or _CLAUSE_WORDS.search(fix):
        return None  # (not a clause: "I'm late, sorry, the traffic was awful")
    if (days := _DAYS_SPAN_EN.search(fix)) and (old := _DAYS_SPAN_EN.search(said)):
        return f"{said[: old.start()]}{days.group()}{said[old.end() :]}"
    if number := _NUMBER_EN.search(fix):
        if old := _NUMBER_EN.search(said):  # "two kids, sorry, three": three kids
            return f"{said[: old.start()]}{number.group()}{said[old.end() :]}"
        if old := re.search(r"\b(?:a|an)\s+[\w-]+$", said, re.I):  # "We have a cat, two cats now"
            return f"{said[: old.start()]}{fix}"
        return None
    if re.match(r"(?:a|an|the)\s", fix, re.I) and (
        old := _ARTICLE_NOUN.search(said)
    ):  # "a nurse, ... a midwife"
        return f"{said[: old.start()]}{fix}"
    last = re.search(r"[\w'-]+$", said)
    if not last or (not strong and len(fix.split()) > 2):  # ("well, ..." is more often an aside than a fix)
        return None
    return f"{said[: last.start()]}{fix}"


_CLAUSE_WORDS = re.compile(
    r"\b(?:is|was|are|were|be|been|being|has|have|had|do|does|did|can|could|will|would|should|must|it|this|that|"
    r"there|here|you|your|me|us|them|him|her|I|we|they|he|she|if|when|because|but|and then)\b|'",
    re.I,
)
_VERB_OF = re.compile(r"\b(?:have|has|had|eat|drink|take|do|go|run|work|live)\b", re.I)


def _corrected_zh(said: str, fix: str) -> str | None:
    said_s, fix_s = simplified(said), simplified(fix)
    if (days := _DAYS_SPAN_ZH.search(fix_s)) and (old := _DAYS_SPAN_ZH.search(said_s)):
        return f"{said[: old.start()]}{fix[days.start() : days.end()]}{said[old.end() :]}"
    if (number := _NUMBER_ZH.search(fix_s)) and (old := _NUMBER_ZH.search(said_s)):
        return f"{said[: old.start()]}{fix[number.start() : number.end()]}{said[old.end() :]}"
    if re.search(r"[他她你]", fix_s):
        return None
    if _DOES_ZH.search(fix_s):  # "我不喝咖啡，哦不对，早上会喝一杯低因的": the clause stands instead
        return fix if fix_s.startswith("我") else f"我{fix}"
    if len(fix) > 8:
        return None
    words = zh_words(said)
    if len(words) < 2:
        return None
    if len(words) > 2 and fix_s.endswith(
        words[-1]
    ):  # "我对花生过敏，其实是所有坚果都过敏": 我对所有坚果都过敏
        return "".join(words[:-2]) + fix
    return "".join(words[:-1]) + fix


_DOES_ZH = re.compile(r"[喝吃住跑学用穿]|上班|工作")
