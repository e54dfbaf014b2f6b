"""What an answer is: its text, where it is stored, and the why report of what went into it; and the
stream that delivers it piece by piece while grounding each list line."""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from tailorkit.assistant._aversions import aversions, for_the_household
from tailorkit.assistant._conduct import names_of
from tailorkit.assistant._grounding import LIST_START
from tailorkit.assistant._loops import LoopGuard
from tailorkit.llm import Message
from tailorkit.memory import means_everything

if TYPE_CHECKING:
    from tailorkit.knowledge import Quote
    from tailorkit.memory import AnswerLength, Understood

__all__ = [
    "Answer",
    "AnswerStream",
    "Finisher",
    "Prepared",
    "Why",
    "cut_off",
    "introduced",
    "whole_sentences",
    "within",
]

_SENTENCE_END = re.compile(r"[.!?](?=\s)\s*|[。！？]\s*")
"""Where a sentence ends in a line being streamed (with the spaces after it)."""
_FINISHED = re.compile(r"[.!?:;。！？：；…][\"'”’)）]*$|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?$")
"""How a finished sentence ends: its end mark (and a closing quote), or an emoji."""
_ENDS = re.compile(r"[.!?:;][\"'”’)）]*(?=\s)|[。！？：；…][”’）]*")


def whole_sentences(text: str) -> str:
    """``text`` without the sentence the length limit cut off at its end ("If you need"), if any."""
    body = text.rstrip()
    if not body or _FINISHED.search(body):
        return body
    ends = [m.end() for m in _ENDS.finditer(body)]
    return body[: ends[-1]].rstrip() if ends else ""


_HEADER = re.compile(r"[:：]\**\s*$|^\s*(?:[-*•]\s+)?(?:#{1,6}\s*|\*\*)(?:\S+[ \t]*){1,4}?(?:\*\*)?\s*$")
"""A line that introduces what follows: one ending in a colon ("Day 2:", "**Drinks to try:**"), a
heading or a bold line of a few words ("### Day 1", "**Day 1**", "- **Lunch**")."""


_LABEL = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*•]|\d+[.)])[ \t]*(?:\*\*)?[^\n:：*]{1,40}?(?:\*\*)?[ \t]*[:：]"
)
"""A list line that starts with a label ("- **Breakfast**: oats", "3. Pre-workout:")."""
_ALONE = re.compile(r"[ \t]*(?:\*\*)?\s*$")
"""... and says nothing after it."""


def _empty_label(held: str, piece: str) -> str | None:
    """The label alone that ends ``held`` when ``piece`` is a labelled list line at its level or above:
    nothing was written under it ("- **Breakfast**:" then "- **Lunch**: eggs")."""
    last = held.rstrip().rpartition("\n")[2]
    label, then = _LABEL.match(last), _LABEL.match(piece)
    if not (label and then and _ALONE.match(last, label.end())):
        return None
    return last if len(then.group("indent")) <= len(label.group("indent")) else None


LEFT_OUT = "\x00"
"""Where a checked line was left out, among the pieces ``introduced`` reads (it yields no such piece)."""


def introduced(pieces: Iterable[str], removed: list[str]) -> Iterator[str]:
    """``pieces`` of an answer (checked lines or sentences) with each header ("Day 2:", "Here are some
    drinks:") held back until something follows it: one still held at the end introduces nothing (what
    it introduced was left out, or the length limit cut it) and is left out too, noted in ``removed``,
    unless it is all the answer says; so is one whose lines were left out (``LEFT_OUT``) and that only
    prose follows ("Some popular options include:" once every invented hotel it listed is gone). Not for an
    answer given items: those the model left out are listed after it."""
    held, said, lost = "", False, False
    for piece in pieces:
        if piece is LEFT_OUT:
            lost = lost or bool(held)
            continue
        if held and (empty := _empty_label(held, piece)):  # a label with nothing under it
            removed.append(empty.strip())
            held = held.rstrip()[: -len(empty)]
        if (held and not piece.strip()) or _HEADER.search(piece):
            lost = lost and bool(held)
            held += piece
            continue
        if held:
            if lost and not LIST_START.match(piece.lstrip()):
                removed.append(held.strip())
            else:
                yield held
            held, lost = "", False
        said = said or bool(piece.strip())
        yield piece
    if held.strip() and said:
        removed.append(held.strip())
    elif held:
        yield held


def cut_off(last_line: str, p: Prepared, at_limit: bool) -> bool:
    """Whether an answer's unfinished last sentence is to be left out: always in a structured answer
    (a lead-in), and in a small model's free answer, or one kept to the length the user asked for, that
    the length limit ended, unless its last line is a list item ("3. Yoga" needs no full stop; "- 3", a
    number alone, is cut off) or the request set the limit itself (``max_tokens=5`` asks for five)."""
    item = LIST_START.match(last_line.lstrip()) and re.search(r"[^\W\d_]{2}", last_line)
    asked = p.length is not None and p.length.limits
    return p.structured or ((p.strict or asked) and at_limit and not item and not p.client_limit)


_UNIT = re.compile(r".*?(?:[.!?][\"'”’)）]*(?=\s|$)|[。！？…][”’）]*|\n|$)", re.DOTALL)
"""A sentence or a line of an answer, with what ends it."""


def within(text: str, length: AnswerLength) -> str:
    """``text`` kept to ``length``, the most the user asked answers to say ("under a hundred words", "three
    sentences max", "不要超过100字"): its first sentences (or lines) that fit, at least one."""
    kept: list[tuple[str, bool]] = []  # (the sentence or line, whether it is a sentence, not a list line)
    words = 0
    for unit in (u for u in _UNIT.findall(text) if u.strip()):
        said = len(re.findall(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+", unit))  # a Chinese character is one
        sentence = not LIST_START.match(unit.lstrip()) and bool(re.search(r"\w", unit))
        over = length.words is not None and words + said > length.words
        full = length.sentences is not None and sum(s for _, s in kept) >= length.sentences
        if kept and (over or (sentence and full)):
            break
        kept.append((unit, sentence))
        words += said
    return "".join(u for u, _ in kept).strip() if kept else text


class Finisher(Protocol):
    """What a stream needs from the assistant: the line check, a token count and the last step."""

    def check_line(self, line: str, p: Prepared) -> str | None: ...

    def count(self, text: str) -> int: ...

    def finish(self, p: Prepared, raw: str, *, already_checked: bool = False) -> Answer: ...


@dataclass
class Why:
    """What went into an answer and what it cost."""

    template: str
    language: str
    personalised: bool
    profile: list[str] = field(default_factory=list)
    memories: list[dict[str, Any]] = field(default_factory=list)
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    mentioned_items: list[str] = field(default_factory=list)
    """Catalogue items the final answer names."""
    removed: list[str] = field(default_factory=list)
    """What was taken out of the answer: list lines naming items outside the given list, and refusals to
    recommend while items were given."""
    kept_away: list[dict[str, str]] = field(default_factory=list)
    """Lines taken out because they suggested what the user keeps away from: ``line``, and the ``memory``
    it went against (the answer says so at its end)."""
    unchecked: str | None = None
    """A limit the picks were asked to keep to that the catalogue cannot check ("under 2 hours" where no
    item says how long it runs): the answer says so after its list."""
    noted: list[str] = field(default_factory=list)
    """What the message gave the user's memory, as the answer's last line says (``confirm_memories``)."""
    corrected: list[dict[str, str]] = field(default_factory=list)
    """Sentences taken out because they contradicted the catalogue: ``sentence``, ``item``, ``fact``."""
    structured: bool = False
    """Whether the model wrote only the lead-in and the assistant listed the items from the catalogue."""
    listed: list[str] = field(default_factory=list)
    """The item lines the assistant wrote itself (a structured answer's list, or the items appended)."""
    appended_items: bool = False
    """Whether the given items were added at the end because the model left them out."""
    dropped: dict[str, int] = field(default_factory=dict)
    """Context pieces left out to fit the token budget, by kind."""
    tokens: dict[str, int] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)
    memory_changes: list[dict[str, Any]] = field(default_factory=list)
    adapter: str | None = None
    """The LoRA adapter the model answered with, the user's own or their segment's (None: the base model)."""
    notes: list[str] = field(default_factory=list)
    passages: list[dict[str, Any]] = field(default_factory=list)
    """The document passages the prompt held: ``n`` (their number there), id, document, source, title,
    heading, text, score."""
    citations: list[int] = field(default_factory=list)
    """The passages the answer cites (ids)."""
    looped: bool = False
    """Whether the model began repeating itself and the answer was cut there (``assistant._loops``)."""
    finish_reason: str = "stop"
    """Why the model stopped: ``stop`` (it ended, or a stop sequence or the loop guard ended it) or
    ``length`` (the length limit)."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    text: str
    conversation_id: int | None
    turn_id: int | None
    why: Why

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "conversation_id": self.conversation_id,
            "turn_id": self.turn_id,
            "why": self.why.as_dict(),
        }


@dataclass
class Prepared:
    user: str
    message: str
    messages: list[Message]
    why: Why
    items: list[dict[str, Any]]
    wants_items: bool
    conversation_id: int | None
    started: float
    heard: str | None = None
    """The assistant's last answer in this conversation: what the message may be replying to."""
    structured: bool = False
    """Whether the model writes only the lead-in (``Assistant.structured``)."""
    strict: bool = False
    """Whether the model is too small to be trusted with what it alone says about an item (a director, a
    star): a claim the catalogue cannot back is left out, not only one it contradicts."""
    about: list[str] = field(default_factory=list)
    """The items the last checked sentence was about ("it" in the next one refers to them)."""
    lead_sentences: int = 0
    """Sentences of the model's kept so far."""
    numbered: int = 0
    """The numbered list lines of the model's kept so far in the list being written
    (``AnswerWriter.check_line`` numbers them again where a line between was left out)."""
    sentences_seen: set[str] = field(default_factory=set)
    """Those sentences, folded (a sentence said again is left out)."""
    opened: bool = False
    """Whether a free answer has kept any words yet (its first go on from nothing: ``unconnected``)."""
    passages: list[tuple[int, Any]] = field(default_factory=list)
    """The document passages in the prompt, by their number there (``PassageHit``)."""
    log_turns: bool = True
    """Whether the exchange is stored as conversation turns (``ClientTurns.log``)."""
    max_tokens: int = 0
    """The length limit the model was given (a stream's answer that reached it ended for ``length``)."""
    client_limit: bool = False
    """Whether the request set that limit (``max_tokens``): an answer it cut keeps its last words."""
    length: AnswerLength | None = None
    """How long the user asked answers to be, in an instruction in force ("Keep it under a hundred words";
    ``answer_length``): the model is given no more tokens than that takes, and a free answer is kept to it."""
    quote: list[Quote] | None = None
    """A structured answer's quotes from the documents: which passages, and their words."""
    section: str = ""
    """The user's context as a system section (``personal_section``), for a proxied request."""
    recall: bool = False
    """The user asked what the assistant knows about them: their memories and profile are the answer."""
    acknowledge: bool = False
    """The message only told something about the user, understood before the answer (``understood``)."""
    understood: Understood | None = None
    """What the message gives the memory, when worked out before the answer."""
    loved: list[str] = field(default_factory=list)
    """Catalogue items the message says the user loved: kept as likes of theirs (``Asks.loved``)."""
    disliked: list[str] = field(default_factory=list)
    """Catalogue items the message says the user did not like: kept as dislikes (``Asks.disliked``)."""
    had: list[str] = field(default_factory=list)
    """Catalogue items the message says the user has had ("We already watched Zootopia"): kept as views of
    theirs, never picked for them again (``Asks.had``)."""
    help: str = ""
    """The message as the help pages are searched and quoted with (``Asks.help``)."""
    context: str = ""
    """What the message is searched and quoted with besides its own words: what a short follow-up refers
    back to, or what the user told that bears on a request for advice (``Asks.follows``, ``Asks.bears``)."""
    forgets: list[str] | None = None
    """The memories a "forget that ..." message will delete (their words); None when it asks none."""
    asked_about: list[str] = field(default_factory=list)
    """Catalogue items the message asks about; a small model's answer is then what the catalogue says."""
    liked_near: dict[str, list[str]] = field(default_factory=dict)
    """For those items, the titles of the user's own items that bring each closest to them."""
    explains: list[str] | None = None
    """Where those items are the last answer's picks the message asks why of ("Why did you pick those?"):
    the tastes the user stated (``Asks.explains``); None otherwise."""
    foreign: bool = False
    """The model is small and the message in a language it does not write (``small_model_languages``)."""
    before: str | None = None
    """The user's message before this one in the conversation (whom "She ..." stands for)."""
    whom: str | None = None
    """The family member the message is about ("mum" of "Any gift ideas for her?", ``Asks.whom``)."""
    unsourced: str | None = None
    """To a shop's customer, from a small model, where no help page answers the question or the customer asks
    for a person: what the assistant says instead of the model (``NOT_IN_PAGES``, ``NO_HUMAN``)."""
    worked: str | None = None
    """A sum or a linear equation the message asks to be worked out, worked out (``worked``): the whole
    answer, for a model too small to be trusted with it."""
    urgent: str | None = None
    """What to do now, where the message tells of what may be an emergency (``urgent_reply``): the whole
    answer, whoever would have written it."""
    introduced: str | None = None
    """Who the assistant is, as the client's system prompt says, for a message asking (``introduction``)."""
    told: list[str] | None = None
    """What the user told that answers their question about it ("How old is my daughter?": "Daughter is
    7"), in the memories' words; a small model's answer is then these, or that nothing was told (an empty
    list). None: no such question."""
    telling: list[dict[str, Any]] = field(default_factory=list)
    """What the message itself tells of the user beside what it asks ("I'm vegetarian, what should I cook
    tonight?": "Is vegetarian"), as the rules read it, in the form of a memory: it is stored after the answer,
    and holds for the answer already (``known``)."""

    @property
    def known(self) -> list[dict[str, Any]]:
        """The memories the answer was given and what the message itself tells (``telling``): what the
        answer's lines must not go against, and what bears on the request."""
        return [*self.why.memories, *self.telling]

    @functools.cached_property
    def said(self) -> list[str]:
        """The user's messages in the prompt (a model speaking as the user says one of them again)."""
        return [m["content"] for m in self.messages if m["role"] == "user"]

    @functools.cached_property
    def given(self) -> str:
        """Everything the model was given (its prompt, the user's messages), as one text: what a claim of
        the answer can be checked against."""
        return " ".join(m["content"] for m in self.messages)

    @functools.cached_property
    def sourced(self) -> str:
        """What the user said and the passages given, as one text: what a phone number, an address or a
        link the answer gives must come from (not the memories, nor an earlier answer, which ``given``
        holds)."""
        return " ".join([self.message, *self.said, *(hit.text for _, hit in self.passages)])

    @functools.cached_property
    def user_names(self) -> set[str]:
        """The user's name, as their memories or messages give it (``names_of``)."""
        return names_of(self.said, self.why.memories)

    @property
    def forgets_everything(self) -> bool:
        """Whether the message asks to forget every memory ("Delete everything you know about me")."""
        return self.understood is not None and any(
            means_everything(c.text) for c in self.understood.candidates if c.action == "forget"
        )

    @property
    def written(self) -> bool:
        """Whether the assistant writes the whole answer, the model none of it: a small model's lead-in
        to picks said nothing true more often than not ("I'm not capable of providing information about
        movies", "Something funny maybe?"), so its picks are listed under a fixed line."""
        return (
            self.urgent is not None
            or self.worked is not None
            or self.unsourced is not None
            or self.foreign
            or (
                self.structured
                and (
                    self.recall
                    or self.told is not None
                    or self.introduced is not None
                    or self.acknowledge
                    or bool(self.asked_about)
                    or (bool(self.items) and not self.passages)
                )
            )
        )


class AnswerStream:
    """Pieces of an answer as the model writes them; ``answer`` is set once the stream is consumed.

    While the answer is grounded (items given or asked for, or a small model writing), each line is held
    back until it is complete and checked (``Assistant.check_line``), so that an invented item or a
    contradicted fact is left out before anyone sees it; other answers stream as they come.
    """

    def __init__(
        self,
        assistant: Finisher,
        prepared: Prepared,
        pieces: Iterator[str],
        again: Callable[[list[str]], Iterator[str]] | None = None,
    ) -> None:
        self._assistant, self._prepared = assistant, prepared
        self._guard = LoopGuard(pieces)  # a repeating answer stops where it starts to repeat
        self._pieces: Iterator[str] = iter(self._guard)
        self._again = again
        """The model's answer asked for once more, with what the first one went against restated
        (``AssistantSettings.second_try``): taken when a line goes against what the user told before any
        list line went out."""
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        p, a = self._prepared, self._assistant
        sent = ""  # what went out: whitespace is held back until more text follows it
        pending = ""
        gen_start = time.perf_counter()
        self._first: float | None = None
        checked = (
            (x for x in self._checked() if x is not LEFT_OUT)
            if p.items
            else introduced(self._checked(), p.why.removed)
        )
        # "Answer in one or two sentences" (the user's, or the client's system prompt): what goes out keeps
        # to it, as a whole answer does (``within``), and the model is stopped there
        limit = p.length if p.length is not None and p.length.limits and not p.structured else None
        for out in checked:
            text = pending + out
            body = text.rstrip()
            pending = text[len(body) :]
            if not sent:
                body = body.lstrip()
            if body and limit is not None and len(kept := within(sent + body, limit)) < len(sent + body):
                body = kept[len(sent) :] if kept.startswith(sent) else ""
                if body:
                    sent += body
                    yield body
                self._stop_generation()
                break
            if body:
                sent += body
                yield body
        p.why.looped = self._guard.looped
        written = a.count(self._guard.text) if self._guard.text else 0
        if p.max_tokens and written >= p.max_tokens and not p.why.looped:
            p.why.finish_reason = "length"
        p.why.timings_ms["first_token"] = ((self._first or time.perf_counter()) - gen_start) * 1000
        p.why.timings_ms["generation"] = (time.perf_counter() - gen_start) * 1000
        p.why.tokens["completion"] = a.count(sent)
        final = a.finish(p, sent, already_checked=True)
        tail = final.text[len(sent) :]  # finish() adds to what the model wrote (the items, a notice)
        if tail:
            yield tail
        self.answer = final

    def _stop_generation(self) -> None:
        """Stop the model's generation under way (closing the stream of its pieces)."""
        close = getattr(self._pieces, "close", None)
        if close is not None:
            close()

    def _asked_again(self, listed: bool) -> bool:
        """Whether the model is asked once more, the line just checked having gone against what the user
        told (the last of ``kept_away``, then dropped: the answer it was in is not the one given) before
        any list line went out (``listed``); its stream then takes the first's place."""
        p = self._prepared
        if self._again is None or listed:
            return False
        against = [p.why.kept_away.pop()["memory"]]
        self._stop_generation()
        self._guard = LoopGuard(self._again(against))
        self._pieces, self._again = iter(self._guard), None
        p.why.notes.append(
            "a line went against what the user told; asked again (streamed: the second answer)"
        )
        return True

    def _checked(self) -> Iterator[str]:
        """The model's pieces as the user may read them (``Assistant.check_line``)."""
        p, a = self._prepared, self._assistant
        line = ""
        grounded = bool(
            p.items
            or p.wants_items
            or p.structured
            or p.strict
            or aversions(p.why.memories, for_the_household(p.message))
        )
        mid_line = False  # part of the current line went out already: it is prose, not a list item
        listed = gave = False  # a list line, any line went out
        lead_in = False  # the second answer's first line, where it only leads into a list, is left out
        while (piece := next(self._pieces, None)) is not None:
            if self._first is None:
                self._first = time.perf_counter()
            if not grounded:
                yield piece
                continue
            line += piece
            while "\n" in line:
                done, line = line.split("\n", 1)
                if lead_in and done.strip():
                    lead_in = False
                    if done.rstrip().endswith((":", "：")):
                        continue
                against = len(p.why.kept_away)
                checked = a.check_line(done, p)
                if checked is None and len(p.why.kept_away) > against and self._asked_again(listed):
                    line, mid_line, lead_in = "", False, gave  # (a lead-in of the first went out)
                    break
                listed = listed or (checked is not None and bool(LIST_START.match(checked.lstrip())))
                if checked is not None:
                    gave = gave or bool(checked.strip())
                    yield checked + "\n"
                else:
                    yield "\n" if mid_line else LEFT_OUT
                mid_line = False
            # Prose goes out sentence by sentence; a line that is (or may yet become) a list item waits
            # for its end, as does the second answer's first line.
            start = line.lstrip()
            if not lead_in and (mid_line or (len(start) >= 4 and not LIST_START.match(start))):
                ends = [m.end() for m in _SENTENCE_END.finditer(line)]
                if ends:
                    done, line = line[: ends[-1]], line[ends[-1] :]
                    checked = a.check_line(done, p)
                    if checked is not None:  # (the spaces after it said once: "Edinburgh. The")
                        gave = gave or bool(checked.strip())
                        yield checked.rstrip() + (" " if done[-1:].isspace() else "")
                    mid_line = True
        at_limit = bool(p.max_tokens) and a.count(self._guard.text) >= p.max_tokens
        if line and cut_off(line, p, at_limit) and (whole := whole_sentences(line)) != line.rstrip():
            p.why.removed.append(line.rstrip()[len(whole) :].strip())  # cut off by the length limit
            line = whole
        if line:
            checked = a.check_line(line, p)
            if checked is not None:
                yield checked
