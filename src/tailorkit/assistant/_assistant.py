"""The personal assistant: context for one user, a domain template, generation, grounding, logging.

``respond`` and ``stream`` share every step (``_prepare`` before generation, ``finish`` after); only
how the model's words arrive differs. What a message asks and the context gathered for it:
``_gathering.py``; which of the catalogue's items it picks: ``_picking.py``; context pieces and their
budget: ``_context.py``; checking an answer against the catalogue: ``_grounding.py``; what no answer
should say: ``_conduct.py``; the words the user reads: ``_writing.py``; the answer and its why report:
``_answer.py``; what an exchange leaves behind (turns, event, memories): ``_keeping.py``.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypedDict

from tailorkit.assistant._answer import Answer, AnswerStream, Prepared, Why
from tailorkit.assistant._aversions import for_the_household, goes_against
from tailorkit.assistant._bearing import to_user
from tailorkit.assistant._conduct import introduction
from tailorkit.assistant._context import PieceKind, blocks, pack, report
from tailorkit.assistant._follow_ups import answering, counted_down
from tailorkit.assistant._gathering import Gatherer
from tailorkit.assistant._grounding import Catalogue
from tailorkit.assistant._intents import (
    CLOSED_QUESTION,
    OPEN_REQUEST,
    WANTS_A_PERSON,
    acknowledged,
    asks_something,
    only_tells,
    tells_only_who,
)
from tailorkit.assistant._keeping import keep_exchange, understand
from tailorkit.assistant._loops import cut_loop, fold
from tailorkit.assistant._maths import worked
from tailorkit.assistant._phrases import NO_HUMAN, NOT_IN_PAGES
from tailorkit.assistant._templates import TEMPLATES, Domain, personal_section, system_prompt
from tailorkit.assistant._urgent import urgent_reply
from tailorkit.assistant._writing import AnswerWriter, model_view, noted_line
from tailorkit.config import AssistantSettings
from tailorkit.data import EventKind
from tailorkit.errors import InputError, NotFoundError, UserNotFoundError
from tailorkit.llm import ChatModel, Message
from tailorkit.memory import ANSWER_LENGTH_TOPIC, AnswerLength, MemoryKind, answer_length
from tailorkit.store import Scope, Store
from tailorkit.text import main_language, sentences, simplified, traditional
from tailorkit.tuning import in_segment

if TYPE_CHECKING:
    from tailorkit.knowledge import KnowledgeService
    from tailorkit.memory import MemoryService
    from tailorkit.profiles import ProfileService
    from tailorkit.recommend import RecommendService

__all__ = ["Assistant", "AssistantParts", "ClientTurns", "Sampling"]

_REMINDER = {"en": "(Keep to what I told you: {said}.)", "zh": "（请记住我说过的：{said}。）"}
"""What a second try adds to the user's message: what the first answer's lines went against."""


def _reminded(messages: list[Message], against: list[str], language: str) -> list[Message]:
    """``messages`` with what ``against`` names restated at the end of the last one (the user's)."""
    zh = language == "zh"
    said = ("；" if zh else "; ").join(dict.fromkeys(against))
    last = messages[-1]
    reminder = _REMINDER["zh" if zh else "en"].format(said=said)
    return [*messages[:-1], {**last, "content": f"{last['content']}\n\n{reminder}"}]


class Sampling(TypedDict, total=False):
    """Sampling options a request may set beyond length, temperature and penalties."""

    top_p: float
    seed: int
    stop: list[str]
    response_format: dict[str, Any]


@dataclass(frozen=True)
class ClientTurns:
    """What a client that keeps its own conversation (an OpenAI-style request) sends with its message."""

    instructions: str | None = None
    """The client's system prompt: it stays first, and the user's context follows it as its own
    delimited section (the domain template's role is left out: the client's speaks)."""
    history: list[Message] = field(default_factory=list)
    """The earlier turns, in order, as the model is to see them (none left out for the budget)."""
    log: bool = False
    """Whether the exchange is stored as the user's turns (the client opted in); a stateless client's
    history is never stored, so it is not logged again with every request."""


@dataclass(frozen=True)
class AssistantParts:
    """What the assistant works with, each for one tenant."""

    store: Store
    tenant: str
    profiles: ProfileService
    memories: MemoryService
    recommender: RecommendService
    track: Callable[..., int]
    """Records one event for a user and folds it into their profile (``Engine.track``)."""
    redact_pii: bool = False
    knowledge: KnowledgeService | None = None
    """The tenant's documents, for the domains that answer from them."""

    @property
    def scope(self) -> Scope:
        return self.store.scope(self.tenant)


class Assistant:
    """Answers one user at a time, with that user's profile, memories and recommendations.

    Args:
        parts: the store, profiles, memories, recommender and event recorder of one tenant.
        model: the chat model.
        settings: budget, counts and default domain.
    """

    def __init__(
        self, parts: AssistantParts, model: ChatModel, settings: AssistantSettings | None = None
    ) -> None:
        self.parts, self.model = parts, model
        self.settings = settings or AssistantSettings()
        self._catalogue: Catalogue | None = None
        self._catalogue_generation = 0
        self.writer = AnswerWriter(self.catalogue, parts.knowledge, self.settings)
        self.gatherer = Gatherer(parts, self.settings, self.catalogue, self.structured, self.conversation)

    # -- public --------------------------------------------------------------------------------

    def respond(
        self,
        user: str,
        message: str,
        conversation: int | None = None,
        *,
        domain: str | None = None,
        personalised: bool = True,
        max_tokens: int | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        documents: bool | None = None,
        client: ClientTurns | None = None,
        sampling: Sampling | None = None,
    ) -> Answer:
        """Answer ``message`` for ``user`` (continuing ``conversation`` when given); ``max_tokens``,
        ``temperature``, the penalties and ``sampling`` override the configured ones for this answer;
        ``documents`` grounds it on the tenant's documents (default: in the domains ``KnowledgeSettings``
        names); ``client`` carries a client's own system prompt and history (``ClientTurns``)."""
        prepared = self._prepare(user, message, conversation, domain, personalised, documents, client)
        if prepared.written:  # the assistant writes it all (``AnswerWriter``)
            return self.finish(prepared, "")
        why = prepared.why
        options = self._sampling(
            prepared, max_tokens, temperature, frequency_penalty, presence_penalty, sampling
        )
        prepared.client_limit = max_tokens is not None
        gen_start = time.perf_counter()
        completion = self.model.chat(prepared.messages, **options, adapter=why.adapter)
        why.tokens["completion"] = completion.completion_tokens or self.count(completion.text)
        if completion.prompt_tokens:
            why.tokens["prompt"] = completion.prompt_tokens  # the backend's count, template included
        text, why.looped = cut_loop(completion.text)  # where it began repeating itself, cut
        if self.settings.second_try and (against := self._against(prepared, text)):
            # ... asked once more with what its lines went against restated; the answer with fewer such lines
            again = self.model.chat(
                _reminded(prepared.messages, against, why.language), **options, adapter=why.adapter
            )
            why.tokens["completion"] += again.completion_tokens or self.count(again.text)
            retried, looped = cut_loop(again.text)
            better = len(self._against(prepared, retried)) < len(against)
            why.notes.append(
                f"{len(against)} line(s) went against what the user told; asked again: "
                + ("kept the second answer" if better else "kept the first")
            )
            if better:
                completion, text, why.looped = again, retried, looped
        why.timings_ms["generation"] = (time.perf_counter() - gen_start) * 1000
        why.finish_reason = completion.finish_reason
        return self.finish(prepared, text)

    def _against(self, p: Prepared, text: str) -> list[str]:
        """What the user told that each line of the model's ``text`` goes against, one per such line
        (``goes_against``, as the answer's check leaves them out)."""
        if not p.known:
            return []
        together = for_the_household(p.message)
        found = (goes_against(line, p.known, together) for line in text.split("\n") if line.strip())
        return [m for m in found if m is not None]

    def stream(
        self,
        user: str,
        message: str,
        conversation: int | None = None,
        *,
        domain: str | None = None,
        personalised: bool = True,
        max_tokens: int | None = None,
        temperature: float | None = None,
        frequency_penalty: float | None = None,
        presence_penalty: float | None = None,
        documents: bool | None = None,
        client: ClientTurns | None = None,
        sampling: Sampling | None = None,
    ) -> AnswerStream:
        """Like ``respond``, but the answer arrives in pieces; the ``Answer`` is on the stream after."""
        prepared = self._prepare(user, message, conversation, domain, personalised, documents, client)
        options = self._sampling(
            prepared, max_tokens, temperature, frequency_penalty, presence_penalty, sampling
        )
        prepared.max_tokens = int(options["max_tokens"])
        prepared.client_limit = max_tokens is not None
        pieces: Iterator[str] = (
            iter(())
            if prepared.written
            else self.model.stream(prepared.messages, **options, adapter=prepared.why.adapter)
        )
        why = prepared.why

        def again(against: list[str]) -> Iterator[str]:
            messages = _reminded(prepared.messages, against, why.language)
            return self.model.stream(messages, **options, adapter=why.adapter)

        second = self.settings.second_try and not prepared.written
        return AnswerStream(self, prepared, pieces, again if second else None)

    def _sampling(
        self,
        p: Prepared,
        max_tokens: int | None,
        temperature: float | None,
        frequency_penalty: float | None,
        presence_penalty: float | None,
        sampling: Sampling | None = None,
    ) -> dict[str, Any]:
        """The request's length, temperature and penalties, else the configured ones. A closed question
        gets ``short_answer_tokens``; a structured answer's lead-in is one short paragraph (it stops at
        its first line break)."""
        s = self.settings
        length = max_tokens or s.max_tokens
        if (
            max_tokens is None
            and CLOSED_QUESTION.search(simplified(p.message))
            and not OPEN_REQUEST.search(simplified(p.message))
        ):
            length = min(length, s.short_answer_tokens)
        if p.structured:
            length = min(length, s.structured_tokens)
        elif max_tokens is None and p.length is not None and p.length.limits:
            # "Keep your answers under a hundred words": about as many tokens as that takes (a sentence
            # of the limit's, about thirty), with room to end the sentence it is in
            asked = p.length.words if p.length.words is not None else 30 * (p.length.sentences or 1)
            length = min(length, int(asked * 1.5) + 16)
        extra: dict[str, Any] = dict(sampling or {})
        if p.structured:
            extra["stop"] = ["\n", *extra.get("stop", [])]
        return {
            **extra,
            "max_tokens": length,
            "temperature": s.temperature if temperature is None else temperature,
            "frequency_penalty": s.frequency_penalty if frequency_penalty is None else frequency_penalty,
            "presence_penalty": s.presence_penalty if presence_penalty is None else presence_penalty,
        }

    def feedback(
        self, user: str, value: float, *, turn: int | None = None, item: str | None = None
    ) -> dict[str, Any]:
        """Record the user's judgement of an answer (``turn``) or of an item (``item``).

        ``value`` is +1 / -1 (thumbs) or a rating. It becomes an event, so the profile learns from it:
        on an item, thumbs up is a ``like`` (a positive interaction for the next training), thumbs down
        a ``dislike``, anything else a ``rate``.
        """
        if (turn is None) == (item is None):
            raise InputError("feedback needs exactly one of turn or item")
        if turn is not None:
            if not self.parts.scope.conversations.rate(self._user_id(user), turn, value):
                raise NotFoundError(f"user {user!r} has no answer {turn}")
            self.parts.track(user, EventKind.FEEDBACK, value=value, meta={"turn": turn})
            return {"turn": turn, "value": value, "event": "feedback"}
        kind = "like" if value == 1 else "dislike" if value == -1 else "rate"
        self.parts.track(user, kind, item, value=value, meta={"feedback": True})
        return {"item": item, "value": value, "event": kind}

    def accept(self, user: str, item: str) -> dict[str, Any]:
        """The user took a recommended item: a positive interaction for the next training."""
        self.parts.track(user, EventKind.LIKE, item, value=1.0, meta={"accepted_recommendation": True})
        return {"item": item, "event": "like"}

    def conversation(self, user: str, conversation: int) -> list[dict[str, Any]]:
        """The turns of one of the user's conversations, oldest first."""
        turns = self.parts.scope.conversations.turns(self._user_id(user), conversation)
        if not turns:
            raise NotFoundError(f"user {user!r} has no conversation {conversation}")
        return turns

    # -- preparing -------------------------------------------------------------------------------

    def _user_id(self, user: str) -> int:
        return self.parts.scope.user_id(user)

    def count(self, text: str) -> int:
        """Tokens in ``text`` by the model's tokenizer (about four characters each without one)."""
        counter = getattr(self.model, "count_tokens", None)
        if counter is not None:
            return int(counter(text))
        return max(1, len(text) // 4)

    def structured(self) -> bool:
        """Whether answers that recommend items are structured (``AssistantSettings.structured``)."""
        mode = self.settings.structured
        return mode == "on" or (mode == "auto" and bool(getattr(self.model, "small", False)))

    def catalogue(self) -> Catalogue:
        """The tenant's catalogue, read again once items were added or changed (by any process)."""
        store = self.parts.store
        generation = store.catalogue_generation(store.tenant_id(self.parts.tenant))
        if self._catalogue is None or generation != self._catalogue_generation:
            self._catalogue = Catalogue.from_store(store, self.parts.tenant)
            self._catalogue_generation = generation
        return self._catalogue

    def _prepare(
        self,
        user: str,
        message: str,
        conversation: int | None,
        domain: str | None,
        personalised: bool,
        documents: bool | None = None,
        client: ClientTurns | None = None,
    ) -> Prepared:
        """Everything an answer needs before the model writes: what the message asks, the user's context
        gathered and packed into the prompt's budget, the prompt, and the why report so far."""
        started = time.perf_counter()
        if not message.strip():
            raise InputError("the message is empty")
        try:
            template = TEMPLATES[Domain(domain or self.settings.domain)]
        except ValueError:
            raise InputError(
                f"unknown domain {domain!r}; one of {', '.join(d.value for d in Domain)}"
            ) from None
        lang = main_language(message)
        why = Why(template.domain.value, lang, personalised)
        known = True
        try:
            self._user_id(user)
        except UserNotFoundError:
            known = False
        # the conversation before the message, read once; its last answer, which the message may reply to
        # ("the second one", "yes please")
        earlier = self.gatherer.earlier(user, conversation, client)
        heard, before = earlier.last_said(), earlier.last_said("user")
        asks = self.gatherer.read(user, message, template, personalised and known, personalised, earlier)
        pieces = self.gatherer.gather(
            user, message, template, asks, why, personalised and known, documents, earlier
        )
        # A message that only tells about the user ("I can't stand horror films") gets a small model's
        # rambling at best: the assistant acknowledges what it understood of it (``acknowledged``)
        understood = None
        if personalised and not asks.recall and self.structured() and only_tells(message):
            understood = self.parts.memories.understand(user, message, context=heard, before=before)
        said = understood.candidates if understood is not None else []
        # ... and what a message that asks tells beside it ("I'm vegetarian, what should I cook tonight?")
        # holds for its answer already, as the memories it will be: the answer's lines keep to it
        telling = (
            [
                {
                    "id": None,
                    "text": c.text,
                    "kind": str(c.kind),
                    "topic": c.topic,
                    "polarity": c.polarity,
                    "subject": c.subject,
                }
                for c in self.parts.memories.reads(message, context=heard, before=before, keep_episodes=False)
                if c.action == "add"
            ]
            if personalised and understood is None and not asks.recall
            else []
        )
        forgetting = any(c.action == "forget" for c in said)
        # "we already watched Zootopia like ten times lol" (walked through the OpenAI route) was answered by a
        # small model with "You've already watched Zootopia five times": what the user had or loved, only
        # told, is acknowledged too (a guide to films picks others than it instead)
        had_told = understood is not None and not template.recommends and bool(asks.had or asks.loved)
        acknowledge = forgetting or acknowledged(said, template.domain) or had_told
        # "forget that I'm vegetarian": what it will delete, so that the answer says what it forgot
        forgets = (
            [m.text for m in self.parts.memories.to_forget(user, understood)]
            if understood is not None and forgetting
            else None
        )

        # "My son is seven" to a guide to films: who the household is asks for no picks yet (it got five for
        # anyone), what the user likes does ("I love Miyazaki": picks that allow for it)
        if acknowledge and template.recommends and not forgetting and tells_only_who(said):
            pieces = [p for p in pieces if p.kind is not PieceKind.ITEM]
            why.notes.append("the message only tells who the household is: no picks yet")
        # Fill the budget by priority, then render in reading order.
        budget = self.settings.context_tokens
        packed = pack(pieces, budget, self.count)
        why.dropped = packed.dropped
        rendered = blocks(packed)
        given, passages = rendered.given, rendered.passages
        why.passages = [{"n": p.payload[0], **p.payload[1].as_dict()} for p in passages]
        # "How old is my daughter?" with no documents or items to give: the memories that answer it
        told = None
        if asks.own and not (given or passages):
            shown = [m.payload.memory for m in rendered.memories]
            told = [to_user(counted_down(m, message), m.subject, m.topic) for m in answering(message, shown)]
        # "What's your name?": who the system prompt (the client's, or the domain's) says the assistant is
        role = (client.instructions if client else None) or template.role.get(lang, template.role["en"])
        introduced = introduction(message, role) if self.structured() else None
        # a small model introduces the items, or the documents' words, the assistant gives them
        structured = bool(given or passages or asks.recall or acknowledge or asks.about or told is not None)
        structured = structured or introduced is not None
        structured = structured and self.structured()
        # a shop's customer asking what no help page answers, or for a person, from a small model: it made up
        # the shop's policies and phone numbers ("you can call us at 1-800-811-1111"); the assistant says so
        unsourced = None
        if template.domain is Domain.CUSTOMER_SERVICE and self.structured() and not structured:
            person = bool(WANTS_A_PERSON.search(message))
            if person or asks_something(message):
                unsourced = (NO_HUMAN if person else NOT_IN_PAGES)["zh" if lang == "zh" else "en"]
        why.structured = structured
        # the user's instructions for every answer ("Give me the answer first, then the reasoning"): a small
        # model given them wrote about them ("They're providing a helpful and informative answer") or made
        # up facts around them instead of answering, so only a larger model is shown them
        asked = "" if self.structured() else rendered.asked
        if rendered.asked and not asked:
            why.notes.append("the user's instructions for answers are not shown to a small model")
        section = personal_section(lang, rendered.data, bool(given), structured, rendered.docs, asked)
        system = system_prompt(
            template, lang, rendered.data, with_items=bool(given), structured=structured,
            docs_block=rendered.docs, instructions=client.instructions if client else None, asked=asked,
        )  # fmt: skip
        turns_kept = sorted((p.payload for p in packed.of(PieceKind.TURN)), key=lambda t: t["id"])
        history: list[Message] = [{"role": t["role"], "content": t["text"]} for t in turns_kept]
        if client is not None and client.history:
            history = list(client.history)
            turns_kept = [{"text": m["content"]} for m in history]
        messages: list[Message] = [
            {"role": "system", "content": system},
            *model_view(history),
            {"role": "user", "content": message},
        ]
        report(why, rendered, packed.used, budget, system, turns_kept, message, self.count)
        if personalised and known:
            why.adapter = self._adapter(user, why)
        why.timings_ms["context"] = (time.perf_counter() - started) * 1000
        given_items = [p.payload for p in given]
        return Prepared(
            user, message, messages, why, given_items, asks.items, conversation, started, heard, structured,
            passages=[p.payload for p in passages], log_turns=client.log if client else True,
            section=section, recall=asks.recall, acknowledge=acknowledge, understood=understood,
            forgets=forgets, strict=self.structured(), asked_about=asks.about, liked_near=asks.liked_near,
            explains=asks.explains,
            told=told, loved=asks.loved, disliked=asks.disliked, had=asks.had, introduced=introduced,
            before=before,
            whom=asks.whom, telling=telling,
            urgent=urgent_reply(message, lang), unsourced=unsourced,
            worked=worked(message, lang) if self.structured() else None,
            help=asks.help, context=asks.follows or asks.bears,
            foreign=self.structured() and lang not in self.settings.small_model_languages,
            # a small model saying again what its last answer said ("I'm so sorry to hear that ...") says
            # nothing new: those sentences are left out as a repeat within the answer is
            sentences_seen={fold(x) for x in sentences(heard)} if heard and self.structured() else set(),
            # what the user asked of answers, else what the client's system prompt asks ("Answer in one or
            # two sentences")
            length=(self._answer_length(user) if personalised and known else None)
            or (answer_length(client.instructions) if client and client.instructions else None),
        )  # fmt: skip

    def _had_noted(self, p: Prepared, language: str) -> list[str]:
        """What the message said the user had or loved of the catalogue, as the answer's note says it
        ("Has seen Zootopia (2016)", "喜欢千与千寻"): seen, read, heard or played as the message says it,
        else as the catalogue's kind of item is had."""
        catalogue = self.catalogue()
        said = next((kind for kind, verbs in _HAD_VERBS.items() if verbs.search(p.message)), None)
        had = _HAD_SAID.get(said or catalogue.kind or "", _HAD_SAID[""])
        zh = language == "zh"
        titles = catalogue.titles
        named = functools.partial(catalogue.known_as, zh=zh)
        return [
            *(f"{_LOVED_SAID[zh]}{named(i)}" for i in p.loved if i in titles),
            # "I hated the first one": which one, by its title (it is not picked again)
            *(f"{_DISLIKED_SAID[zh]}{named(i)}" for i in p.disliked if i in titles and i not in p.loved),
            *(
                f"{had[zh]}{named(i)}"
                for i in p.had
                if i in titles and i not in p.loved and i not in p.disliked
            ),
        ]

    def _answer_length(self, user: str) -> AnswerLength | None:
        """How long ``user`` asked answers to be, in the instruction of it in force ("Keep it short",
        "回答不要超过100字"; a later "Give me detailed answers" lifts it): None where they asked nothing."""
        told = self.parts.memories.stated(user, [ANSWER_LENGTH_TOPIC.partition(":")[0]])
        return answer_length(told[-1]) if told else None

    def personalise(
        self,
        user: str,
        message: str,
        client: ClientTurns,
        *,
        personalised: bool = True,
        domain: str | None = None,
        documents: bool | None = None,
    ) -> Prepared:
        """The user's context for a request another model answers (a proxied request): ``section`` is
        what to add to the client's system prompt; ``record`` keeps the exchange afterwards."""
        return self._prepare(user, message, None, domain, personalised, documents, client)

    def record(self, p: Prepared, answer: str) -> None:
        """Keep an exchange another model answered: the message's event and memories (and the turns, when
        the client opted in), as ``finish`` does, without grounding the answer it did not write."""
        understood = understand(self.parts, p, answer)
        with self.parts.store.unit_of_work():
            _, turn_id, user_id = keep_exchange(self.parts, p, answer, understood)
            p.why.timings_ms["total"] = (time.perf_counter() - p.started) * 1000
            if turn_id is not None and user_id is not None:
                self.parts.scope.conversations.set_why(user_id, turn_id, p.why.as_dict())

    def _adapter(self, user: str, why: Why) -> str | None:
        """The user's newest adapter, else the newest of a segment they belong to (``key=value`` matching
        their attributes), among those trained on the model that will answer; else the base model."""
        digest = getattr(self.model, "digest", None)
        if digest is None:
            return None  # a backend without adapters (an HTTP server, the fake)
        person = self.parts.store.get_user(self.parts.tenant, user)  # known: _prepare checked
        for path, base, segment in self.parts.scope.adapters.candidates(person["id"]):
            if segment is not None and not in_segment(segment, person["attributes"]):
                continue
            whose = f"segment {segment}'s" if segment else "the user's"
            if base != digest:
                why.notes.append(f"{whose} adapter was trained on another base model; not used")
                continue
            if segment:
                why.notes.append(f"answered with the adapter of segment {segment}")
            return str(path)
        return None

    # -- finishing -------------------------------------------------------------------------------

    def check_line(self, line: str, p: Prepared) -> str | None:
        """One complete line of the model's answer as the user may read it (``AnswerWriter.check_line``)."""
        return self.writer.check_line(line, p)

    def finish(self, p: Prepared, raw: str, *, already_checked: bool = False) -> Answer:
        """Ground the model's answer, list the given items it left out, quote or cite the documents
        (``AnswerWriter.compose``), and store the turn."""
        why = p.why
        text = self.writer.compose(p, raw, already_checked=already_checked)
        why.mentioned_items = self.catalogue().find(text) if (p.items or p.wants_items) else []
        # One unit of work: the two turns, the message's event, its profile fold, the memories it gives
        # and the why report commit together or not at all; what the message gives the memory is worked
        # out (and embedded) before it begins, so that no other writer waits on the model.
        understood = understand(self.parts, p, text)
        # what the assistant writes itself reads in the user's script: "好的，我記住了。" to "我對花生過敏"; a
        # message the same in both ("保固多久？") in the script of the last one that tells them apart
        telling = (m for m in (p.message, *reversed(p.said)) if simplified(m) != m or traditional(m) != m)
        script = next(telling, p.message)
        own = traditional if why.language == "zh" and simplified(script) != script else str
        if p.written:
            text = own(text)
        if understood is not None and self.settings.confirm_memories:
            why.noted = [  # as said to the user: "Preparing for your exam"
                to_user(c.text, c.subject, c.topic)
                for c in understood.candidates
                if c.kind != MemoryKind.EPISODE and c.action == "add"
            ] + (self._had_noted(p, why.language) if p.acknowledge else [])
            if why.noted:
                text = f"{text}\n\n{own(noted_line(why.noted, why.language))}".strip()
        if p.forgets:
            text = f"{text}\n\n{own(noted_line(p.forgets, why.language, forgot=True))}".strip()
        why.tokens["answer"] = self.count(text)  # what went out, the assistant's own words included
        with self.parts.store.unit_of_work():
            conversation_id, turn_id, user_id = keep_exchange(self.parts, p, text, understood)
            why.timings_ms["total"] = (time.perf_counter() - p.started) * 1000
            if turn_id is not None and user_id is not None:
                self.parts.scope.conversations.set_why(user_id, turn_id, why.as_dict())
        return Answer(text, conversation_id, turn_id, why)


_HAD_SAID = {
    "film": ("Has seen ", "看过"),
    "book": ("Has read ", "读过"),
    "music": ("Has heard ", "听过"),
    "podcast": ("Has heard ", "听过"),
    "game": ("Has played ", "玩过"),
    "": ("Has had ", "用过"),
}
"""How a note says the user had an item, by the catalogue's kind (its ``kind``; other kinds: had)."""
_LOVED_SAID = ("Loved ", "喜欢")
_DISLIKED_SAID = ("Didn't like ", "不喜欢")
_HAD_VERBS = {
    "film": re.compile(r"\b(?:seen|saw|watched)\b|看", re.I),
    "book": re.compile(r"\b(?:read|finished)\b|读|看完", re.I),
    "music": re.compile(r"\b(?:heard|listened)\b|听", re.I),
    "game": re.compile(r"\b(?:played)\b|玩", re.I),
}
"""The verbs a message says an item was had with, by the kind of item they say it of."""
