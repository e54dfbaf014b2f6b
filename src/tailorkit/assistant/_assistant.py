"""The personal assistant: context for one user, a domain template, generation, grounding, logging.

``respond`` and ``stream`` share every step (``_prepare`` before generation, ``_finish`` after); only
how the model's words arrive differs.

Context assembly keeps, within the token budget, pieces in this order of priority (what is dropped
first when the budget runs out is at the end): the profile summary, the top three recommendations,
the two most relevant memories, the last two turns, the remaining recommendations, the remaining
memories, the declared attributes, older turns.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from tailorkit.assistant._grounding import Catalogue
from tailorkit.assistant._templates import DATA_CLOSE, DATA_OPEN, TEMPLATES, Domain, quote, system_prompt
from tailorkit.config import AssistantSettings
from tailorkit.data import EventKind
from tailorkit.errors import InputError, NotFoundError, UserNotFoundError
from tailorkit.llm import ChatModel, Message
from tailorkit.privacy import redact
from tailorkit.store import AdapterRecord, Conversation, Turn
from tailorkit.text import language
from tailorkit.tuning import in_segment

if TYPE_CHECKING:
    from tailorkit.engine import Engine

__all__ = ["Answer", "AnswerStream", "Assistant", "Why"]

_RECOMMEND_INTENT = re.compile(
    r"\b(?:recommend|suggest|what (?:should|could|can) i (?:watch|read|see|buy|try|listen)|any good|"
    r"something (?:to|like)|similar to)\b|推荐|有什么好看|有什么好听|看什么|读什么",
    re.IGNORECASE,
)


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
    """Lines taken out of the answer because they named items outside the given list."""
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
class _Prepared:
    user: str
    message: str
    messages: list[Message]
    why: Why
    items: list[dict[str, Any]]
    wants_items: bool
    conversation_id: int | None
    started: float


class AnswerStream:
    """Pieces of an answer as the model writes them; ``answer`` is set once the stream is consumed.

    A line that starts a list item is held back until it is complete, so that an item the model
    invented can be left out before anyone sees it.
    """

    def __init__(self, assistant: Assistant, prepared: _Prepared, pieces: Iterator[str]) -> None:
        self._assistant, self._prepared, self._pieces = assistant, prepared, pieces
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        p, a = self._prepared, self._assistant
        kept: list[str] = []
        line = ""
        first: float | None = None
        gen_start = time.perf_counter()
        for piece in self._pieces:
            if first is None:
                first = time.perf_counter()
            line += piece
            while "\n" in line:
                done, line = line.split("\n", 1)
                if a._keep_line(done, p):
                    kept.append(done + "\n")
                    yield done + "\n"
            # Until a line is long enough to tell, it may still become a list item ("1" then ". Title").
            start = line.lstrip()
            if len(start) >= 4 and not _LIST_START.match(start):
                kept.append(line)
                yield line
                line = ""
        if line and a._keep_line(line, p):
            kept.append(line)
            yield line
        p.why.timings_ms["first_token"] = ((first or time.perf_counter()) - gen_start) * 1000
        p.why.timings_ms["generation"] = (time.perf_counter() - gen_start) * 1000
        raw = "".join(kept)
        p.why.tokens["completion"] = a._count(raw)
        final = a._finish(p, raw, already_checked=True)
        tail = final.text[len(raw) :]
        if tail:
            yield tail
        self.answer = final


_LIST_START = re.compile(r"^(?:\d{1,2}[.)]|[-*•])\s*")


class Assistant:
    """Answers one user at a time, with that user's profile, memories and recommendations.

    Args:
        engine: the open engine (store, profiles, memories, recommender).
        model: the chat model.
        settings: budget, counts and default domain.
    """

    def __init__(self, engine: Engine, model: ChatModel, settings: AssistantSettings | None = None) -> None:
        self.engine, self.model = engine, model
        self.settings = settings or AssistantSettings()
        self._catalogue: Catalogue | None = None
        self._pool = ThreadPoolExecutor(2, thread_name_prefix="tailorkit-context")

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
    ) -> Answer:
        """Answer ``message`` for ``user`` (continuing ``conversation`` when given); ``max_tokens`` and
        ``temperature`` override the configured ones for this answer."""
        prepared = self._prepare(user, message, conversation, domain, personalised)
        gen_start = time.perf_counter()
        completion = self.model.chat(
            prepared.messages,
            **self._sampling(max_tokens, temperature),
            adapter=prepared.why.adapter,
        )
        prepared.why.timings_ms["generation"] = (time.perf_counter() - gen_start) * 1000
        prepared.why.tokens["completion"] = completion.completion_tokens or self._count(completion.text)
        return self._finish(prepared, completion.text)

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
    ) -> AnswerStream:
        """Like ``respond``, but the answer arrives in pieces; the ``Answer`` is on the stream after."""
        prepared = self._prepare(user, message, conversation, domain, personalised)
        pieces = self.model.stream(
            prepared.messages,
            **self._sampling(max_tokens, temperature),
            adapter=prepared.why.adapter,
        )
        return AnswerStream(self, prepared, pieces)

    def _sampling(self, max_tokens: int | None, temperature: float | None) -> dict[str, Any]:
        """The request's length and temperature, else the configured ones."""
        return {
            "max_tokens": max_tokens or self.settings.max_tokens,
            "temperature": self.settings.temperature if temperature is None else temperature,
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
            uid = self._user_id(user)
            with self.engine.store.write() as conn:
                changed = conn.execute(
                    update(Turn)
                    .where(Turn.id == turn, Turn.user_id == uid, Turn.role == "assistant")
                    .values(rating=value)
                ).rowcount
            if not changed:
                raise NotFoundError(f"user {user!r} has no answer {turn}")
            self.engine.track(user, EventKind.FEEDBACK, value=value, meta={"turn": turn})
            return {"turn": turn, "value": value, "event": "feedback"}
        kind = "like" if value == 1 else "dislike" if value == -1 else "rate"
        self.engine.track(user, kind, item, value=value, meta={"feedback": True})
        return {"item": item, "value": value, "event": kind}

    def accept(self, user: str, item: str) -> dict[str, Any]:
        """The user took a recommended item: a positive interaction for the next training."""
        self.engine.track(user, EventKind.LIKE, item, value=1.0, meta={"accepted_recommendation": True})
        return {"item": item, "event": "like"}

    def conversation(self, user: str, conversation: int) -> list[dict[str, Any]]:
        """The turns of one of the user's conversations, oldest first."""
        uid = self._user_id(user)
        with self.engine.store.read() as conn:
            rows = conn.execute(
                select(Turn.id, Turn.role, Turn.text, Turn.ts, Turn.rating)
                .where(Turn.conversation_id == conversation, Turn.user_id == uid)
                .order_by(Turn.id)
            ).all()
        if not rows:
            raise NotFoundError(f"user {user!r} has no conversation {conversation}")
        return [dict(r._mapping) for r in rows]

    # -- preparing -------------------------------------------------------------------------------

    def _user_id(self, user: str) -> int:
        return int(self.engine.store.get_user(self.engine.tenant, user)["id"])

    def _count(self, text: str) -> int:
        counter = getattr(self.model, "count_tokens", None)
        if counter is not None:
            return int(counter(text))
        return max(1, len(text) // 4)

    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = Catalogue.from_store(self.engine.store, self.engine.tenant)
        return self._catalogue

    def _prepare(
        self, user: str, message: str, conversation: int | None, domain: str | None, personalised: bool
    ) -> _Prepared:
        started = time.perf_counter()
        if not message.strip():
            raise InputError("the message is empty")
        try:
            template = TEMPLATES[Domain(domain or self.settings.domain)]
        except ValueError:
            raise InputError(
                f"unknown domain {domain!r}; one of {', '.join(d.value for d in Domain)}"
            ) from None
        lang = language(message)
        why = Why(template.domain.value, lang, personalised)
        wants_items = template.recommends or bool(_RECOMMEND_INTENT.search(message))
        s = self.settings
        known = True
        try:
            self._user_id(user)
        except UserNotFoundError:
            known = False
        pieces: list[tuple[int, str, str, Any]] = []  # (priority, kind, text, payload)
        items: list[dict[str, Any]] = []
        # Memory search (mostly the query embedding, which releases the GIL) runs beside the profile and
        # the recommendations.
        memory_search = (
            self._pool.submit(self.engine.memories.search, user, message, s.memories, beside_other_work=True)
            if personalised and known and s.memories
            else None
        )
        if personalised and known:
            profile = self.engine.profiles.show(user, limit=5)
            if profile.summary:
                pieces.append((0, "summary", f"Profile: {quote(profile.summary)}", None))
            declared = "; ".join(
                f"{k}={v}" for k, v in profile.explicit.items() if not str(k).startswith("_")
            )
            if declared:
                pieces.append((6, "declared", f"Declared: {quote(declared)}", None))
        if wants_items and (personalised or self.settings.anonymous_recommendations):
            items = self._recommendations(user if personalised else None, why)
            for rank, rec in enumerate(items):
                because = ", ".join(b["title"] or b["item"] for b in rec["because"][:2])
                line = f"{rank + 1}. {quote(rec['title'] or rec['item'])}"
                if because:
                    line += f" (because you liked {quote(because)})"
                pieces.append((1 if rank < 3 else 4, "item", line, rec))
        if memory_search is not None:
            for rank, hit in enumerate(memory_search.result()):
                line = f"- [memory {hit.memory.id}] {quote(hit.memory.text)}"
                pieces.append((2 if rank < 2 else 5, "memory", line, hit))
        if conversation is not None:
            turns = self.conversation(user, conversation)[-s.recent_turns :]
            for age, t in enumerate(reversed(turns)):
                role = "user" if t["role"] == "user" else "assistant"
                pieces.append(
                    (3 if age < 2 else 7, "turn", t["text"], {"role": role, "text": t["text"], "id": t["id"]})
                )

        # Fill the budget by priority, then render in reading order.
        budget = s.context_tokens
        chosen: list[tuple[int, str, str, Any]] = []
        used = 0
        for piece in sorted(pieces, key=lambda p: p[0]):
            cost = self._count(piece[2])
            if used + cost > budget:
                why.dropped[piece[1]] = why.dropped.get(piece[1], 0) + 1
                continue
            chosen.append(piece)
            used += cost
        kept = {id(p) for p in chosen}
        in_order = [p for p in pieces if id(p) in kept]
        lines = [p[2] for p in in_order if p[1] in ("summary", "declared")]
        memories = [p for p in in_order if p[1] == "memory"]
        if memories:
            lines.append("Memories:")
            lines += [p[2] for p in memories]
        given = [p for p in in_order if p[1] == "item"]
        if given:
            lines.append("Recommended items:")
            lines += [p[2] for p in given]
        data_block = f"{DATA_OPEN}\n" + "\n".join(lines) + f"\n{DATA_CLOSE}" if lines else ""
        system = system_prompt(template, lang, data_block, with_items=bool(given))
        turns_kept = sorted((p[3] for p in in_order if p[1] == "turn"), key=lambda t: t["id"])
        history: list[Message] = [{"role": t["role"], "content": t["text"]} for t in turns_kept]
        messages: list[Message] = [
            {"role": "system", "content": system},
            *history,
            {"role": "user", "content": message},
        ]

        why.profile = [p[2] for p in in_order if p[1] in ("summary", "declared")]
        why.memories = [
            {"id": p[3].memory.id, "text": p[3].memory.text, "score": round(p[3].score, 5)} for p in memories
        ]
        why.recommendations = [p[3] for p in given]
        why.tokens = {
            "system": self._count(system),
            "history": sum(self._count(t["text"]) for t in turns_kept),
            "message": self._count(message),
            "context_budget": budget,
            "context_used": used,
        }
        why.tokens["prompt"] = why.tokens["system"] + why.tokens["history"] + why.tokens["message"]
        if personalised and known:
            why.adapter = self._adapter(user, why)
        why.timings_ms["context"] = (time.perf_counter() - started) * 1000
        return _Prepared(
            user, message, messages, why, [p[3] for p in given], wants_items, conversation, started
        )

    def _adapter(self, user: str, why: Why) -> str | None:
        """The user's newest adapter, else the newest of a segment they belong to (``key=value`` matching
        their attributes), among those trained on the model that will answer; else the base model."""
        digest = getattr(self.model, "digest", None)
        if digest is None:
            return None  # a backend without adapters (an HTTP server, the fake)
        person = self.engine.user(user)  # known: _prepare checked
        store = self.engine.store
        with store.read() as conn:
            rows = conn.execute(
                select(AdapterRecord.path, AdapterRecord.base_digest, AdapterRecord.segment)
                .where(
                    AdapterRecord.tenant_id == store.tenant_id(self.engine.tenant),
                    (AdapterRecord.user_id == person["id"]) | AdapterRecord.segment.is_not(None),
                )
                .order_by(AdapterRecord.user_id.is_(None), AdapterRecord.created_at.desc())
            ).all()
        for path, base, segment in rows:
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

    def _recommendations(self, user: str | None, why: Why) -> list[dict[str, Any]]:
        n = self.settings.recommendations
        service = self.engine.recommender
        try:
            # Without a user (the non-personalised mode), or for one nobody knows yet: popularity.
            try:
                recs = service.recommend(user, n, explain=True) if user else service.popular(n)
            except UserNotFoundError:
                recs = service.popular(n)
        except NotFoundError as exc:
            why.notes.append(f"no recommendations: {exc}")
            return []
        return [
            {
                "item": r.item,
                "title": r.title,
                "score": round(r.score, 5),
                "because": r.because,
                "note": r.note,
            }
            for r in recs
        ]

    # -- finishing -------------------------------------------------------------------------------

    def _keep_line(self, line: str, p: _Prepared) -> bool:
        """False for a list line that names no given item while items were given (an invention)."""
        if not p.items or not _LIST_START.match(line.lstrip()):
            return True
        allowed = {r["item"] for r in p.items}
        named = self.catalogue().find(line)
        if named and all(i in allowed for i in named):
            return True
        p.why.removed.append(line.strip())
        return False

    def _finish(self, p: _Prepared, raw: str, *, already_checked: bool = False) -> Answer:
        why = p.why
        lines = raw.splitlines(keepends=True)
        text = raw if already_checked else "".join(line for line in lines if self._keep_line(line, p))
        text = text.strip()
        if p.items:
            allowed = [r["item"] for r in p.items]
            mentioned = [i for i in self.catalogue().find(text) if i in set(allowed)]
            missing = [r for r in p.items if r["item"] not in mentioned]
            want = min(len(p.items), self.settings.recommendations)
            if len(mentioned) < want:
                lead = "为你推荐：" if why.language == "zh" else "Recommended for you:"
                listing = "\n".join(
                    f"{k}. {r['title'] or r['item']}" for k, r in enumerate(missing, len(mentioned) + 1)
                )
                text = f"{text}\n\n{lead}\n{listing}" if text else f"{lead}\n{listing}"
                why.appended_items = True
        template = TEMPLATES[Domain(why.template)]
        if template.notice:
            text = f"{text}\n\n{template.notice.get(why.language, template.notice['en'])}"
        why.mentioned_items = self.catalogue().find(text) if (p.items or p.wants_items) else []
        # One unit of work: the two turns, the message's event, its profile fold, the memories it gives
        # and the why report commit together or not at all.
        with self.engine.store.unit_of_work() as conn:
            conversation_id, turn_id = self._log(p, text)
            why.timings_ms["total"] = (time.perf_counter() - p.started) * 1000
            if conversation_id is not None and turn_id is not None:
                conn.execute(update(Turn).where(Turn.id == turn_id).values(why=why.as_dict()))
        return Answer(text, conversation_id, turn_id, why)

    def _log(self, p: _Prepared, answer: str) -> tuple[int | None, int | None]:
        """Store the two turns, log the message as an event and remember what it says (personalised)."""
        if not p.why.personalised:
            return None, None
        engine = self.engine
        now = time.time()
        tenant_id = engine.store.tenant_id(engine.tenant)
        message = p.message
        if engine.settings.privacy.redact_pii:
            message, answer = redact(message).text, redact(answer).text
        with engine.store.write() as conn:
            uid = engine.store.resolve_users(conn, engine.tenant, [p.user])[p.user]
            cid = p.conversation_id
            if cid is None:
                cid = conn.execute(
                    insert(Conversation).values(
                        tenant_id=tenant_id,
                        user_id=uid,
                        domain=p.why.template,
                        created_at=now,
                        updated_at=now,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
            else:
                conn.execute(update(Conversation).where(Conversation.id == cid).values(updated_at=now))
            ins = insert(Turn)
            user_turn = conn.execute(
                ins.values(
                    tenant_id=tenant_id, user_id=uid, conversation_id=cid, role="user", text=message, ts=now
                )
            ).inserted_primary_key[0]  # type: ignore[index]
            answer_turn = conn.execute(
                ins.values(
                    tenant_id=tenant_id,
                    user_id=uid,
                    conversation_id=cid,
                    role="assistant",
                    text=answer,
                    ts=now,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
        engine.track(p.user, EventKind.MESSAGE, text=message, meta={"turn": int(user_turn)})
        changes = engine.memories.remember(p.user, p.message, source={"turn": int(user_turn)})
        p.why.memory_changes = [
            {
                "action": c.action,
                "memory": c.memory.id if c.memory else None,
                "replaced": c.replaced,
                "deleted": c.deleted,
            }
            for c in changes
        ]
        return int(cid), int(answer_turn)
