"""How long the user wants answers to be, as they told it in an instruction: "Keep your answers under a
hundred words", "Short answers please", "Three sentences max", "回答不要超过100字", "简短一点"; or that
they want the whole answer ("Give me detailed answers", "说详细点"), which lifts an earlier limit.

``answer_length`` reads it; ``ANSWER_LENGTH_TOPIC`` is the topic such an instruction is kept under, so
that a later one replaces it (as ``limit:length`` does for how long items may last) and the assistant
finds the one in force without a search (``MemoryService.stated``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailorkit.text import is_chinese, zh_number

__all__ = ["ANSWER_LENGTH_TOPIC", "AnswerLength", "answer_length", "length_said_alone"]

ANSWER_LENGTH_TOPIC = "answer:length"

SHORT_WORDS = 60
"""What "short" is, in words (in Chinese characters, twice that): a few sentences."""


@dataclass(frozen=True)
class AnswerLength:
    """The most an answer may say: ``words`` (Chinese characters in Chinese), ``sentences``; both None: the
    whole answer ("Give me detailed answers")."""

    words: int | None = None
    sentences: int | None = None

    @property
    def limits(self) -> bool:
        return self.words is not None or self.sentences is not None


_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100, "hundred": 100, "a couple of": 2,
    "a couple": 2, "a few": 3, "two hundred": 200, "a hundred and fifty": 150,
}  # fmt: skip
_N_EN = r"(?P<n>\d+|" + "|".join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True)) + ")"
_N_OR_EN = _N_EN.replace("?P<n>", "?:")
"""A number before another ("one or two sentences")."""
_ANSWERS_EN = r"(?:answers?|repl(?:y|ies)|responses?|it|things|messages?|explanations?|everything)"
_BOUND_EN = (
    r"(?:under|below|less than|fewer than|no more than|not more than|no longer than|at most|max(?:imum)? of|"
    r"within|up to|to)"
)
_UNIT_EN = r"(?P<unit>words?|sentences?|lines?)"
_COUNTED_EN = (
    re.compile(rf"\b{_BOUND_EN}\s+(?:about |around )?{_N_EN}[- ]?{_UNIT_EN}\b", re.I),
    re.compile(rf"\b{_N_EN}[- ]{_UNIT_EN}\s*(?:max(?:imum)?|tops|at most|or (?:less|fewer))\b", re.I),
    # ("in one or two sentences": two at most)
    re.compile(
        rf"\b(?:in|keep (?:it|them|{_ANSWERS_EN}) to)\s+(?:{_N_OR_EN} (?:or|to) )?{_N_EN}\s+{_UNIT_EN}\b",
        re.I,
    ),
)
_SHORT_EN = re.compile(
    rf"\b(?:(?:keep|make)\s+(?:it|them|things|{_ANSWERS_EN}|your {_ANSWERS_EN})\s+(?:\w+\s+)?"
    r"(?:short|brief|concise|snappy|to the point|tight)"
    r"|(?:short|brief|concise|shorter|quick)\s+(?:answers?|replies|responses|and to the point)"
    r"|(?:be|stay)\s+(?:brief|concise)|no (?:essays|walls of text|long answers)|don't waffle|tl;?dr)\b",
    re.I,
)
_WHOLE_EN = re.compile(
    r"\b(?:(?:detailed|longer|in-depth|thorough|full|long)\s+(?:answers?|replies|responses|explanations?)"
    r"|(?:go into|give me (?:more|lots of|all the)) detail|don't (?:keep it|be) (?:short|brief))\b",
    re.I,
)
_N_ZH = r"(?P<n>\d+|[一二两三四五六七八九十百千]+)"
_COUNTED_ZH = (
    re.compile(rf"(?:不要|别|不能|不)?超过{_N_ZH}个?(?P<unit>字|句(?:话)?)"),
    re.compile(rf"{_N_ZH}个?(?P<unit>字|句(?:话)?)(?:以内|之内|以下|内|左右)"),
    re.compile(rf"(?:控制在|限制在|少于|最多){_N_ZH}个?(?P<unit>字|句(?:话)?)"),
)
_SHORT_ZH = re.compile(r"简短|简洁|简要|短一点|短点|长话短说|别太长|不要太长|别啰嗦|不要啰嗦|精简|言简意赅")
_WHOLE_ZH = re.compile(r"详细(?:点|一点|些|一些)?(?:说|讲|回答|解释)|说详细|讲详细|展开(?:说|讲)|越详细越好")
_ANSWER_ZH = re.compile(r"回答|回复|答案|说|讲|解释|写|你")
"""What a Chinese instruction is of: the answer (not "文章不要超过800字", a word limit the user has)."""


def _count(n: str) -> int | None:
    if n.isdigit():
        return int(n)
    value = _WORD_NUMBERS.get(n.lower())
    return value if value is not None else zh_number(n)


def answer_length(text: str) -> AnswerLength | None:
    """How long ``text``, an instruction for the answers, asks them to be (None: it says nothing of that).
    A count it names ("under a hundred words", "three sentences max", "不要超过100字") or "short"; or
    the whole answer ("detailed answers please", "说详细点"): no limit, which replaces an earlier one."""
    if is_chinese(text):
        for pattern in _COUNTED_ZH:
            if (m := pattern.search(text)) and _ANSWER_ZH.search(text):
                n = _count(m.group("n"))
                if n:
                    return (
                        AnswerLength(sentences=n)
                        if m.group("unit").startswith("句")
                        else AnswerLength(words=n)
                    )
        if _WHOLE_ZH.search(text):
            return AnswerLength()
        return AnswerLength(words=2 * SHORT_WORDS) if _SHORT_ZH.search(text) else None
    for pattern in _COUNTED_EN:
        if m := pattern.search(text):
            n = _count(m.group("n"))
            if n:
                unit = m.group("unit").lower()
                return AnswerLength(words=n) if unit.startswith("word") else AnswerLength(sentences=n)
    if _WHOLE_EN.search(text):
        return AnswerLength()
    return AnswerLength(words=SHORT_WORDS) if _SHORT_EN.search(text) else None


_ALONE_EN = re.compile(
    r"^(?:please,?\s+)?(?:no more than|not more than|under|less than|fewer than|at most|max(?:imum)?|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)[- ]"
    r"(?:words?|sentences?|lines?)\b)",
    re.I,
)
_REMARK_EN = re.compile(r"\b(?:is|are|was|were)\b", re.I)


def length_said_alone(sentence: str) -> bool:
    """Whether English ``sentence`` is an instruction of how long answers are that names no answer ("No more
    than three sentences, please", "Fifty words max"); not a limit the user has ("My essay must be under 500
    words") nor a remark on one ("Under 5 words is too short")."""
    if not _ALONE_EN.match(sentence) or _REMARK_EN.search(sentence):
        return False
    asked = answer_length(sentence)
    return asked is not None and asked.limits
