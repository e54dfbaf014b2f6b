"""Answers that loop: a small model may write the same sentence again and again until its token limit.

``cut_loop`` finds where an answer starts repeating itself (a sentence said a second time, a list item
listed again under a new number, a third sentence opened as two before it, or a run of words that comes
round a third time) and keeps what came
before; ``LoopGuard`` does the same on a stream, sentence by sentence, and stops reading the model there
(closing the stream stops its generation). ``said_before`` finds a sentence said again in other words
("I'll suggest ..." then "I'll also recommend ..."), which ``unrepeated`` leaves out of a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher

from tailorkit.text import index_terms, is_chinese, sentences

__all__ = ["LIST_MARKER", "LoopGuard", "cut_loop", "fold", "repeats_user", "said_before", "unrepeated"]

_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!^\d\.)(?<!^\d\d\.)\s+|(?<=[。！？])|\n+", re.M)
"""Where a sentence ends: after its end mark (not a list item's number, "3. ") or at a line's end."""
_WORD = re.compile(r"\w+", re.UNICODE)
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\w+", re.UNICODE)
"""A word, or a Chinese character (Chinese writes no spaces between words)."""
_RUN = 6
"""Words (or Chinese characters) in a run that, seen three times within ``2 * _RUN`` words (``6 * _RUN``
characters), marks a loop without sentence ends ("and the and the ...", "这是一个名称，但是这是一个名称，
但是……"); farther apart it is a list's shared wording, not a loop."""


def _normal(text: str) -> str:
    """A sentence (or the start of one) as repeats are compared: Chinese without punctuation, other text
    as its lower-cased words."""
    if is_chinese(text):
        return re.sub(r"[\W_]+", "", text)
    return " ".join(_WORD.findall(text.lower()))


_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)、]|[-*•+])\s+")
"""A list item's marker ("3. ", "- "): not part of what the item says."""
_HEADING = re.compile(r"(?:\*\*|__)(?P<bold>[^*_]{3,80}?)(?:\*\*|__)|(?P<plain>[^:：.!?。！？]{3,60})[:：]\s")
"""A list item's heading: in bold, or before a colon ("**Use a calculator**: it helps", "Practice: ...");
the same heading again under a new number is the same item, whatever follows it."""
LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)、]?|[-*•+])?\s*$")
"""A line so far that is at most a list marker: what it will say is not known yet."""


def _key(sentence: str) -> str | None:
    """What identifies a sentence when said again (None: too short to call a repeat: under six Chinese
    characters or four words). A list item is compared without its marker, and from three characters or
    two words: the same item listed again ("3. Spicy Chicken", "4. Spicy Chicken") is a loop."""
    item = _ITEM.match(sentence)
    body = sentence[item.end() :] if item else sentence
    head = _HEADING.match(body) if item else None
    if head:  # "2. **Use a calculator**: ..." under a heading said before
        body = head.group("bold") or head.group("plain")
    key = _normal(body)
    if is_chinese(body):
        long_enough = len(key) >= (3 if item else 6)
    else:  # a heading of one word too ("- **Takoyaki**: ..." four times over)
        long_enough = len(key.split()) >= (1 if head else 2 if item else 4) and len(key) >= 3
    return key if long_enough else None


_OPENING = 4
"""Words (or Chinese characters) that open a sentence: a third sentence opened as two before it ("I'd also
recommend a balanced diet ...", "I'd also recommend a balanced sleep routine ...", "I'd also recommend a
healthy lifestyle ...") is a model going round, each time saying less."""


def _opening(sentence: str) -> str | None:
    """How a sentence that is no list item opens (None: a list item, or too short to tell: under twice
    ``_OPENING`` words)."""
    if _ITEM.match(sentence):
        return None
    tokens = [t.lower() for t in _TOKEN.findall(sentence)]
    return " ".join(tokens[:_OPENING]) if len(tokens) >= 2 * _OPENING else None


_SHAPED = 4
"""List items worded alike but for their numbers before one is a loop ("2 days of running and a 3-day
cycling trip", "3 days of running and a 4-day cycling trip", ... fifteen times): a plan that grows week by
week ("Week 1: walk 20 minutes", "Week 2: walk 25 minutes") has fewer."""


def _shape(line: str) -> str | None:
    """How a list item is worded but for its numbers ("# days of running and a # day trip"; None: no
    list item)."""
    item = _ITEM.match(line)
    return re.sub(r"\d+", "#", _normal(line[item.end() :])) if item else None


class _Said:
    """What an answer said so far, as a loop is told: each sentence's key (``_key``) and how many times
    each opening (``_opening``) came."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.openings: dict[str, int] = {}
        self.shapes: dict[str, int] = {}

    def again(self, sentence: str) -> bool:
        """Whether ``sentence`` goes round (said before, opened as two before it, or a list item worded as
        ``_SHAPED`` before it but for its numbers); if not, it is recorded."""
        key, opening = _key(sentence), _opening(sentence)
        shape = _shape(sentence) if key is not None else None
        if (
            (key is not None and key in self.keys)
            or (opening is not None and self.openings.get(opening, 0) >= 2)
            or (shape is not None and self.shapes.get(shape, 0) >= _SHAPED)
        ):
            return True
        if key is not None:
            self.keys.add(key)
        if opening is not None:
            self.openings[opening] = self.openings.get(opening, 0) + 1
        if shape is not None:
            self.shapes[shape] = self.shapes.get(shape, 0) + 1
        return False

    def could_go_round(self, partial: str) -> bool:
        """Whether a sentence begun as ``partial`` could still turn out to go round."""
        if _could_repeat(partial, self.keys):
            return True
        start = _shape(partial)
        if start is not None and any(
            n >= _SHAPED and shape.startswith(start) for shape, n in self.shapes.items()
        ):
            return True  # held while it could still be worded as items said ``_SHAPED`` times before
        start = " ".join(t.lower() for t in _TOKEN.findall(partial))
        return (
            bool(start)
            and not _ITEM.match(partial)
            and any(n >= 2 and (o.startswith(start) or start.startswith(o)) for o, n in self.openings.items())
        )


def _could_repeat(partial: str, seen: set[str]) -> bool:
    """Whether a sentence begun as ``partial`` could still turn out to be one of ``seen`` (a list marker
    with nothing said after it yet could open any item)."""
    if not seen:
        return False
    if partial.strip() and LIST_MARKER.match(partial):
        return True
    item = _ITEM.match(partial)
    body = partial[item.end() :] if item else partial
    if item and (head := _HEADING.match(body)):  # its heading is said: the item repeats if that does
        return _normal(head.group("bold") or head.group("plain")) in seen
    start = _normal(body)
    return bool(item) if not start else any(k.startswith(start) for k in seen)


_LONG_RUN = 8
"""Words in a run that, seen three times in prose within ``8 * _LONG_RUN`` words, marks a loop too ("... a
variety of meals and snacks that your son can enjoy, as well as a variety of meals and snacks that your
son can enjoy"); a list's lines may share that much ("- Day 1: 20 minutes of brisk walking at an easy
pace")."""


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with where it starts."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _run_loop(text: str) -> int | None:
    """Where a run of ``_RUN`` words that comes round a third time within ``2 * _RUN`` words (or one of
    ``_LONG_RUN`` words in prose within ``8 * _LONG_RUN``) began its second round (None: no such run).
    Numbers count as one word ("5. A new adventure. 6. A new adventure. 7. A new adventure": a list
    numbered on one line goes round too)."""
    words = list(_TOKEN.finditer(text))
    keys = ["#" if w.group(0).isdigit() else w.group(0).lower() for w in words]
    lines = {start: bool(_ITEM.match(line)) for start, line in _lines(text)}
    listed = [lines[text.rfind("\n", 0, w.start()) + 1] for w in words]
    runs: dict[tuple[str, ...], list[int]] = {}
    long_runs: dict[tuple[str, ...], list[int]] = {}
    for i in range(len(words) - _RUN + 1):
        run = tuple(keys[i : i + _RUN])
        at = runs.setdefault(run, [])
        at.append(i)
        within = 6 * _RUN if all(is_chinese(w) for w in run) else 2 * _RUN
        if len(at) >= 3 and i - at[-3] <= within:
            return words[at[-2]].start()  # the run once, not the start of its second round
        if i + _LONG_RUN <= len(words) and not listed[i] and not is_chinese(keys[i]):
            seen = long_runs.setdefault(tuple(keys[i : i + _LONG_RUN]), [])
            seen.append(i)
            if len(seen) >= 3 and i - seen[-3] <= 8 * _LONG_RUN:
                # from the sentence it came round in: "This could include" alone says nothing
                round_at = words[seen[-2]].start()
                return max((m.end() for m in _SENTENCE_END.finditer(text, 0, round_at)), default=round_at)
    return None


def repeats_user(sentence: str, said: list[str]) -> bool:
    """Whether ``sentence`` of an answer says again what the user said (``said``: their messages): the
    model speaking as the user ("程序员，你好，我叫小王，是一名程序员！") or echoing the question."""
    key = _key(sentence)
    if key is None:
        return False
    # "When should you revise this week?" to "When should I revise this week?": the question back, turned
    turned = " ".join(_TURNED.get(w, w) for w in key.split()) if not is_chinese(key) else key
    for message in said:
        heard = _normal(message)
        for said_back in {key, turned}:
            if said_back in heard or (heard in said_back and len(heard) >= 0.6 * len(said_back)):
                return True
    return False


_TURNED = {"you": "i", "your": "my", "yours": "mine", "yourself": "myself"}
"""The words of the person spoken to, as the user said them of themselves."""


def fold(sentence: str) -> str:
    """A sentence as the answer checks compare it with those said before: lower-cased, spaces collapsed."""
    return " ".join(sentence.lower().split())


def said_before(folded: str, seen: set[str]) -> bool:
    """Whether a sentence of the answer (``folded``: lower-cased, spaces collapsed) says again one it
    said before, word for word or nearly ("I'll suggest a few that are light-hearted and fun." then
    "I'll also recommend a few that are light-hearted and fun.": 0.8 alike by ``difflib``, or more), or
    says most of it again inside a longer one ("I'd recommend checking out the movies I'm most familiar
    with." then "If you're looking for something different, I'd suggest checking out the movies I'm most
    familiar with.": a run of 25 characters or more, 70% of the shorter sentence)."""
    for before in seen:
        alike = SequenceMatcher(None, folded, before, autojunk=False)
        if alike.ratio() >= 0.8:
            return True
        run = alike.find_longest_match(0, len(folded), 0, len(before)).size
        if run >= 25 and run >= 0.7 * min(len(folded), len(before)):
            return True
    return False


_CLAUSE = re.compile(r",\s+(?=(?:while|but|and|whereas|or|so)\b)|;\s+")
"""Where a sentence's clauses part ("Some people may have X, while others may have X")."""


_DOUBLED = re.compile(
    r"(?<![\w'])(?P<said>\w[\w']*(?:\s+[\w']+){1,6})(?:\s*,)?\s+(?:and|or)\s+(?P=said)\b", re.IGNORECASE
)
"""Words said twice over, joined ("a way to support your recovery and support your recovery", "You're not
alone, and you're not alone")."""


def _echoed(sentence: str) -> tuple[str, str]:
    """``sentence`` without a clause that says an earlier clause of it again in all but its first words
    ("Some people may have a genetic predisposition to it, while others may have a genetic predisposition
    to it."), cut before it and ended as the sentence ended, or without words said twice over joined by
    "and" ("support your recovery and support your recovery"); and what was cut ("" if nothing)."""
    if doubled := _DOUBLED.search(sentence):
        once = sentence[: doubled.start()] + doubled.group("said") + sentence[doubled.end() :]
        return once, sentence[doubled.start("said") + len(doubled.group("said")) : doubled.end()].strip(" ,")
    clauses = _CLAUSE.split(sentence)
    starts = [0, *(m.end() for m in _CLAUSE.finditer(sentence))]  # where each clause begins
    said = [index_terms(c)[2:] for c in clauses]
    for i in range(1, len(clauses)):
        if len(said[i]) >= 2 and any(said[i] == said[j] for j in range(i)):
            at = starts[i]
            end = sentence.rstrip()[-1:]
            return sentence[:at].rstrip(" ,;") + (end if end in ".!?" else ""), sentence[at:].strip()
    return sentence, ""


_QUOTED = re.compile(r'["“]([^"”]{1,60})["”]')
_STUTTER = re.compile(r"\b(\w+(?:'\w+)?)(?:\s+\1\b)+", re.IGNORECASE)
"""A word said twice or more in a row ("Luna's Lucky Lucky")."""


def _names_again(sentence: str, seen: set[str]) -> bool:
    """Whether ``sentence`` only names again, in quotes, what the answer named before (``seen``), and
    stutters or adds no other word ("However, a more fitting name could be "Luna's Lucky" or "Luna's Lucky
    Lucky"." after "... would be "Luna" or "Luna's Lucky".")."""
    quoted = _QUOTED.findall(sentence)
    if not quoted:
        return False

    def named(q: str) -> str:  # a name as said once ("luna's lucky lucky": "luna's lucky")
        return _STUTTER.sub(r"\1", q.lower()).strip()

    if not {named(q) for q in quoted} <= {named(q) for s in seen for q in _QUOTED.findall(s)}:
        return False
    known = {t for s in seen for t in index_terms(_QUOTED.sub(" ", s))}
    return any(_STUTTER.search(q) for q in quoted) or set(index_terms(_QUOTED.sub(" ", sentence))) <= known


_NEW_SHARE = 0.2
"""The least share of a sentence's words of meaning the answer has not said yet, for it to say anything."""


def _adds_little(folded: str, seen: set[str]) -> bool:
    """Whether a sentence (four words of meaning or more) says little the answer has not said already,
    in other order or other words between ("The weather can change depending on the time of year, and it can
    also change depending on the location." after "... it can change depending on the time of year.")."""
    said = set(index_terms(folded))
    if len(said) < 4 or not seen:
        return False
    known = {t for before in seen for t in index_terms(before)}
    return len(said - known) < _NEW_SHARE * len(said)


def unrepeated(line: str, seen: set[str], removed: list[str]) -> str | None:
    """A line of a free answer without the sentences it said before (``seen``, folded: ``said_before``),
    which go to ``removed`` (a small model going round: "I'm sure you're not only healthy, but you're also
    enjoying a great day at work." then "I'm glad to see you're not only healthy, but you're also enjoying
    a great day at work."); None when nothing new is left. What it keeps is added to ``seen``."""
    found = sentences(line)
    kept = []
    for said in found:
        sentence, cut = _echoed(said)
        if cut:
            removed.append(cut)
        folded = fold(sentence)
        if (
            folded in seen
            or said_before(folded, seen)
            or _names_again(folded, seen)
            or _adds_little(folded, seen)
        ):
            removed.append(sentence)
            continue
        kept.append(sentence)
        seen.add(folded)
    if not kept:
        return None
    return line if kept == found else " ".join(kept)


def cut_loop(text: str) -> tuple[str, bool]:
    """``text`` up to where it starts repeating itself, and whether it did."""
    said = _Said()
    at = 0
    for found in [*_SENTENCE_END.finditer(text), None]:
        end = found.end() if found else len(text)
        if said.again(text[at:end]):
            return text[:at].rstrip(), True
        at = end
    run = _run_loop(text)
    return (text[:run].rstrip(), True) if run is not None else (text, False)


class LoopGuard:
    """Passes a model's stream through as it comes, until the answer starts repeating itself; then stops
    (and closes the stream, which stops the generation). A sentence is held back only while it could
    still be one said before. ``looped`` says whether it stopped."""

    def __init__(self, pieces: Iterator[str]) -> None:
        self._pieces = pieces
        self.looped = False
        self.text = ""
        """Everything the model wrote (its count decides whether it ran out of length)."""

    def __iter__(self) -> Iterator[str]:
        text, out, start = "", 0, 0  # all received; given out up to; where the current sentence starts
        said = _Said()
        try:
            for piece in self._pieces:
                text += piece
                self.text = text
                for end in _SENTENCE_END.finditer(text, start):
                    if said.again(text[start : end.end()]):
                        self.looped = True
                        break
                    start = end.end()
                run = None if self.looped else _run_loop(text)  # what went out may have begun it
                if self.looped or run is not None:
                    self.looped = True
                    stop = start if run is None else max(out, run)
                    if stop > out:
                        yield text[out:stop].rstrip()
                    return
                hold = start if said.could_go_round(text[start:]) else len(text)
                if hold > out:
                    yield text[out:hold]
                    out = hold
            kept, self.looped = cut_loop(text)
            if len(kept) > out:
                yield kept[out:]
        finally:
            close = getattr(self._pieces, "close", None)
            if close is not None:
                close()
