"""Memories of one tenant's users: remember (extract + reconcile), add, search, list, forget.

Every method takes the user first and reaches that user's rows only; the user's row id is bound in
the query layer (``store/_memories.py``), never taken from what a caller passes about a memory.
"""

from __future__ import annotations

import builtins
import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from tailorkit.config import MemorySettings
from tailorkit.errors import InputError, MemoryNotFoundError, UserNotFoundError
from tailorkit.llm import Embedder, torch_threads
from tailorkit.memory._dates import anchored, asked_time, asks_about_past, coming_period, when_to
from tailorkit.memory._domains import (
    about_someone,
    asks_own_case,
    domain_cues,
    domain_names,
    seeks_advice,
)
from tailorkit.memory._extract import Extractor, RuleExtractor
from tailorkit.memory._import import ChatMessage, ImportReport, import_chat
from tailorkit.memory._names import known_names, linked_names, names_given
from tailorkit.memory._reconcile import (
    delete_with_history,
    described,
    forget_matching,
    memory_of,
    new_row,
    reconcile,
)
from tailorkit.memory._records import Candidate, Change, Hit, Memory, MemoryKind
from tailorkit.memory._remember import STATING, candidates_of
from tailorkit.memory._rules import named_before
from tailorkit.memory._search import fuse
from tailorkit.metrics import timed
from tailorkit.privacy import redact
from tailorkit.store import Memories, Store, UserMemories
from tailorkit.text import index_terms, is_chinese

__all__ = ["MemoryService", "Understood"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Understood:
    """What one message gives the memory (``MemoryService.understand``), before anything is written:
    the candidates (redacted where PII is redacted) and their vectors."""

    candidates: list[Candidate]
    vectors: np.ndarray | None
    said_at: float | None


class MemoryService:
    """Long-term memories of one tenant's users.

    Args:
        store: the database.
        tenant: whose users these are.
        settings: search weights and reconciliation thresholds.
        embedder: turns texts into vectors; default: the bundled MiniLM, loaded on first use. Pass
            ``False`` for full-text search only.
        extractor: what ``remember`` uses; default: the rule-based English/Chinese extractor.
    """

    def __init__(
        self,
        store: Store,
        tenant: str,
        settings: MemorySettings | None = None,
        *,
        embedder: Embedder | bool | None = None,
        extractor: Extractor | None = None,
        redact_pii: bool = False,
    ) -> None:
        self.store, self.tenant = store, tenant
        self.redact_pii = redact_pii
        self.settings = settings or MemorySettings()
        self._embedder = embedder
        self.extractor: Extractor = extractor or RuleExtractor()
        self._executor: ThreadPoolExecutor | None = None

    # -- plumbing --------------------------------------------------------------------------------

    @property
    def embedder(self) -> Embedder | None:
        if self._embedder is None:
            from tailorkit.llm import SentenceEmbedder

            self._embedder = SentenceEmbedder()  # type: ignore[assignment]
        return self._embedder if self._embedder is not False else None  # type: ignore[return-value]

    def _embed(self, texts: Sequence[str]) -> np.ndarray | None:
        embedder = self.embedder
        return None if embedder is None or not texts else embedder.embed(list(texts))

    @property
    def _rows(self) -> Memories:
        """The tenant's memories, reached one user at a time (the user is bound in the store)."""
        return self.store.scope(self.tenant).memories

    # -- writing ---------------------------------------------------------------------------------

    def remember(
        self,
        user: str,
        message: str,
        *,
        source: dict[str, Any] | None = None,
        extractor: Extractor | None = None,
        context: str | None = None,
        said_at: float | None = None,
        understood: Understood | None = None,
        before: str | None = None,
    ) -> list[Change]:
        """Keep what one message says about the user, reconciled with what is already known.

        What a rule (or the LLM extractor) understands becomes a structured memory; every other sentence
        worth keeping (``worth_keeping``: not small talk, not a question that says nothing about the
        user) is kept in the user's own words as one episodic memory, so that nothing the user says
        about themselves is lost. ``context`` (e.g. the turn the message answers) is searched with a
        lower weight; ``said_at`` (epoch seconds) is when it was said, default now. ``understood``:
        what ``understand`` made of the message already (the other arguments but ``source`` are then
        not read).

        Returns one ``Change`` per memory (none when the message holds nothing to keep or the user has
        turned memory off). An ``LLMExtractor`` whose answer stays invalid raises ``ExtractionError``:
        the message is not dropped silently.
        """
        if understood is None:
            understood = self.understand(
                user, message, extractor=extractor, context=context, said_at=said_at, before=before
            )
        elif not self._consents(user):  # (turned off since it was understood)
            understood = None
        if understood is None or not understood.candidates:
            return []
        return self._write(user, understood, source)

    def understand(
        self,
        user: str,
        message: str,
        *,
        extractor: Extractor | None = None,
        context: str | None = None,
        said_at: float | None = None,
        before: str | None = None,
    ) -> Understood | None:
        """What ``remember`` would keep of ``message``, with the vectors, worked out without writing
        anything (None: the user turned memory off, and the message is not even read). A caller that
        stores the message with other things in one transaction (a chat turn) calls this first, so that
        no other writer waits while the model embeds, or loads on first use. ``before``: the user's message
        before it, whose family member "She ..." may stand for (``named_before``)."""
        if not self._consents(user):
            log.info("memory is off for this user; nothing remembered")
            return None
        candidates = self.reads(message, extractor=extractor, context=context, said_at=said_at, before=before)
        return self._understood(candidates, said_at)

    def reads(
        self,
        message: str,
        *,
        extractor: Extractor | None = None,
        context: str | None = None,
        said_at: float | None = None,
        before: str | None = None,
        keep_episodes: bool | None = None,
    ) -> builtins.list[Candidate]:
        """What ``understand`` reads in ``message``, with nothing looked up, embedded or written: what the
        message tells holds for its own answer before it is stored ("I'm vegetarian, what should I cook
        tonight?")."""
        found = candidates_of(
            named_before(message, before),
            extractor or self.extractor,
            context=context,
            said_at=said_at if said_at is not None else time.time(),
            keep_episodes=self.settings.keep_episodes if keep_episodes is None else keep_episodes,
        )
        # the names of the people and animals in the user's life said in passing ("I named him Buddy")
        # (not one a rule kept already: "Has a cat called Miso")
        kept = " ".join(c.text.lower() for c in found if c.kind != MemoryKind.EPISODE)
        given = names_given(message, before=before, context=context)
        return found + [
            c
            for c in given
            if not re.search(rf"(?<![a-z]){re.escape((c.topic or '').rpartition(':')[2])}(?![a-z])", kept)
        ]

    def to_forget(self, user: str, understood: Understood) -> builtins.list[Memory]:
        """The memories that the "forget that ..." requests of ``understood`` describe, which ``remember``
        would delete (read, nothing changed): what an answer can say it forgot."""
        forgets = [(i, c) for i, c in enumerate(understood.candidates) if c.action == "forget"]
        if not forgets:
            return []
        now, ids = time.time(), set()
        with self._rows.reading(user) as mem:
            for i, c in forgets:
                vector = None if understood.vectors is None else understood.vectors[i]
                ids |= described(mem, c, vector, now, self.settings)
            rows = mem.rows(ids=sorted(ids)) if ids else []
        return [memory_of(r, user) for r in rows]

    def import_chat(
        self,
        messages: Sequence[ChatMessage],
        *,
        user: str | None = None,
        source_name: str = "import",
        batch_size: int = 200,
        progress: Callable[[int, int], None] | None = None,
        fold: Callable[[Sequence[tuple[Any, ...]]], Any] | None = None,
    ) -> ImportReport:
        """Take a chat history through the chat path, idempotent on re-run (``memory._import``); ``fold``
        takes the messages' events into the profiles."""
        return import_chat(
            self,
            messages,
            user=user,
            source_name=source_name,
            batch_size=batch_size,
            progress=progress,
            fold=fold,
        )

    def remember_or_keep(
        self,
        user: str,
        text: str,
        *,
        as_is: bool = False,
        kind: str = MemoryKind.FACT,
        topic: str | None = None,
        source: dict[str, Any] | None = None,
    ) -> list[Change]:
        """``remember`` what ``text`` says; when nothing is extracted (or ``as_is``), keep ``text`` itself
        as one memory of ``kind``. What the CLI and the API do with a text someone adds."""
        changes = [] if as_is else self.remember(user, text, source=source)
        return changes or [self.add(user, text, kind=kind, topic=topic, source=source)]

    def add(
        self,
        user: str,
        text: str,
        *,
        kind: str = MemoryKind.FACT,
        topic: str | None = None,
        subject: str | None = None,
        polarity: int = 1,
        importance: float = 0.5,
        source: dict[str, Any] | None = None,
    ) -> Change:
        """Remember one statement as given (reconciled like an extracted one)."""
        candidate = Candidate(text, kind, topic, subject, polarity, importance)
        return self.apply(user, [candidate], source=source)[0]

    def apply(
        self, user: str, candidates: Sequence[Candidate], *, source: dict[str, Any] | None = None
    ) -> list[Change]:
        """Reconcile ``candidates`` with the user's memories, all in one transaction."""
        if candidates and not self._consents(user):
            log.info("memory is off for this user; nothing remembered")
            return [Change("nothing") for _ in candidates]
        if not candidates:
            return []
        return self._write(user, self._understood(candidates, None), source)

    def _understood(self, candidates: Sequence[Candidate], said_at: float | None) -> Understood:
        if self.redact_pii:  # every text a memory is shown, indexed or embedded by
            candidates = [
                replace(c, text=redact(c.text).text, said=_redacted(c.said), context=_redacted(c.context))
                for c in candidates
            ]
        vectors = self._embed([_meant(c) for c in candidates]) if candidates else None
        return Understood(list(candidates), vectors, said_at)

    def _write(self, user: str, understood: Understood, source: dict[str, Any] | None) -> list[Change]:
        """Reconcile what was understood with the user's memories, in one transaction."""
        vectors, said_at = understood.vectors, understood.said_at
        now = time.time()
        changes: list[Change] = []
        with self._rows.writing(user) as mem:
            for i, c in enumerate(understood.candidates):
                vector = None if vectors is None else vectors[i]
                if c.action == "forget":
                    changes.append(forget_matching(mem, c, vector, now, self.settings))
                else:
                    change = reconcile(mem, user, c, vector, now, source, self.settings, said_at=said_at)
                    changes.append(change)
        if any(ch.deleted for ch in changes):
            self.store.purge_deleted()  # "forget that ..." leaves no words behind either
        return changes

    def add_many(
        self,
        user: str,
        memories: Sequence[Mapping[str, Any]],
        *,
        vectors: np.ndarray | None = None,
        batch_size: int = 2000,
    ) -> list[int]:
        """Store many memories as given, without reconciliation, in one transaction (imports, benchmarks).

        Each mapping has ``text`` and optionally ``kind``, ``topic``, ``subject``, ``polarity``,
        ``importance``, ``source``, ``context`` (surrounding text, searched with a lower weight),
        ``valid_from`` (epoch seconds) and ``meta``. ``vectors`` skips embedding when given.
        """
        if vectors is not None and len(vectors) != len(memories):
            raise InputError(f"{len(vectors)} vectors for {len(memories)} memories")
        if not self._consents(user):
            raise InputError(f"user {user!r} has turned memory off; nothing was stored")
        if self.redact_pii:
            memories = [
                {**m, "text": redact(str(m.get("text", ""))).text, "context": _redacted(m.get("context"))}
                for m in memories
            ]
        now = time.time()
        ids: list[int] = []
        with self._rows.writing(user) as mem:
            for start in range(0, len(memories), batch_size):
                chunk = memories[start : start + batch_size]
                for j, m in enumerate(chunk):
                    if not isinstance(m.get("text"), str) or not m["text"].strip():
                        raise InputError(f"memory {start + j}: field 'text' must be a non-empty string")
                block = (
                    vectors[start : start + len(chunk)]
                    if vectors is not None
                    else self._embed([m["text"] for m in chunk])
                )
                rows = [
                    new_row(
                        Candidate(
                            m["text"],
                            m.get("kind", MemoryKind.FACT),
                            m.get("topic"),
                            m.get("subject"),
                            int(m.get("polarity", 1)),
                            float(m.get("importance", 0.5)),
                        ),
                        None if block is None else block[j],
                        now=now,
                        source=m.get("source"),
                        context=m.get("context"),
                        valid_from=m.get("valid_from"),
                        meta=m.get("meta"),
                    )
                    for j, m in enumerate(chunk)
                ]
                ids += mem.insert(rows)
        return ids

    # -- reading ---------------------------------------------------------------------------------

    def search(
        self,
        user: str,
        query: str,
        k: int = 10,
        *,
        include_history: bool = False,
        kinds: Sequence[str] | None = None,
        beside_other_work: bool = False,
    ) -> list[Hit]:
        """The user's memories most relevant to ``query``, best first.

        Full-text (BM25 on SQLite, ``ts_rank`` on Postgres) and embedding similarity each rank up to
        ``settings.candidates`` memories; the rankings are fused by weighted reciprocal rank with the
        rankings of ``memory._search.fuse`` (standing facts for advice, the time the query names ...).
        Memories that no longer hold leave search, except that a question about the past ("when did I
        ...") still reaches those whose time passed by itself (a past plan, "until Friday"); superseded
        ones only with ``include_history``.
        """
        if k < 1:
            raise InputError(f"k must be at least 1, got {k}")
        if not query.strip():  # only its embedding would rank: the same few memories for any blank
            raise InputError("query is empty: say what to look for")
        with timed("memories"):
            return self._search(user, query, k, include_history, kinds, beside_other_work)

    def _search(
        self,
        user: str,
        query: str,
        k: int,
        include_history: bool,
        kinds: Sequence[str] | None,
        beside_other_work: bool,
    ) -> list[Hit]:
        s = self.settings
        with self._rows.reading(user) as mem:
            if not mem.any():
                return []  # nothing to find: skip the query embedding (most of a search's cost)
            uid = mem.user_id
            by_meaning = s.vector_weight > 0 and self.embedder is not None
            names = own_names(mem) if by_meaning else []
        # The query embedding (the slowest step; torch releases the GIL) runs while the database
        # does the full-text ranking.
        embedding = (
            self._pool().submit(self._embed_query, unnamed(query, names), beside_other_work)
            if by_meaning
            else None
        )
        terms = index_terms(query)
        cues = index_terms(domain_cues(query)) if s.domain_weight > 0 else []
        names = index_terms(domain_names(query)) if cues else []
        active_at = None if include_history else time.time()
        # a question about the past is still answered by what held then ("until Friday", a past plan)
        past = asks_about_past(query)
        n = max(s.candidates, k)
        now = active_at or time.time()
        with self._rows.reading(uid) as mem:
            # a request about the user's dogs is about Toby and Buddy too: the names they gave them
            roles = known_names(mem.naming(now)) if s.name_weight > 0 else []
            given = index_terms(" ".join(linked_names(query, roles))) if roles else []
            name_hits = (
                mem.full_text(given, n, active_at=active_at, context_weight=0, expired_too=past)
                if given
                else []
            )
            text_hits = mem.full_text(
                terms, n, active_at=active_at, context_weight=s.context_weight, expired_too=past
            )
            # what a preference that applies to this request would say (its domains' cue words)
            domain_hits = mem.full_text(cues, n, active_at=active_at, expired_too=past) if cues else []
            # ... or names in its own words what such requests are about ("the whole trip")
            named = (
                mem.full_text(names, n, active_at=active_at, context_weight=0, expired_too=past)
                if names
                else []
            )
            # what the user stated as lasting applies to a request for advice whatever its words
            advice = s.standing_weight > 0 and seeks_advice(query)
            # ... and to any other request about the user's own life now ("Planning a holiday for August."),
            # not to a search of a word or two nor to one through the history; and to a question of why or
            # when in the user's own case, past or not ("Why did I get this parking fine?")
            other = (
                ((not past and len(terms) > 2) or asks_own_case(query))
                and active_at is not None
                and s.standing_weight > 0
                and not about_someone(query)
            )
            standing = mem.standing(now, n) if advice or other else []
            # what the user asked of every answer ("Give me the answer first, then the reasoning") applies
            # to any request: a question, advice asked, one about their own life; not to a search of a word
            # or two, nor to one through the history; and not how to deliver to them or reach them, which
            # a request about that finds by its words
            asked_of_answers = (
                [i for i, text in mem.instructions(now, n) if not _ELSEWHERE.search(text)]
                if s.instruction_weight > 0
                and active_at is not None
                and (advice or other or _ASKS.search(query) is not None)
                else []
            )
            vector = embedding.result() if embedding is not None else None
            vec_hits = (
                mem.nearest(vector[0], n, active_at=active_at, expired_too=past) if vector is not None else []
            )
            # the plans that fall in a stretch of time ahead the request names ("this summer")
            # ... or, asked when to do something, every plan of the year ahead
            period = None if past or s.time_weight <= 0 else coming_period(query, now) or when_to(query, now)
            planned = mem.ending_between(*period, n) if period else []
            ids = {i for i, _ in text_hits} | {i for i, _ in vec_hits} | {i for i, _ in domain_hits}
            ids |= set(standing) | set(asked_of_answers) | set(planned) | {i for i, _ in named}
            ids |= {i for i, _ in name_hits}
            facts = mem.ranking_facts(ids) if ids else []
            if named:  # only what states a preference or a constraint (not "grandma's 90th birthday")
                weighty = {f[0] for f in facts if f[4] >= STATING}
                best = {i: score for i, score in named if i in weighty} | dict(domain_hits)
                domain_hits = sorted(best.items(), key=lambda hit: (-hit[1], -hit[0]))[:n]
            # a time the query names ranks what was said then ("in May 2023", "last weekend", 上个月)
            asked = asked_time(query, now) if s.time_weight > 0 else None
            # ... or beside an event it names ("the week before the trip", 搬家前一周): when that was told of
            anchor = anchored(query) if asked is None and s.time_weight > 0 else None
            event = index_terms(anchor.event) if anchor is not None else []
            told = (
                mem.full_text(event, 1, active_at=None, context_weight=0, expired_too=True) if event else []
            )
            told_of = (
                told[0][0] if told else None
            )  # the event's memory: ranked by its words, not as said then
            if anchor is not None and told_of is not None:
                asked = anchor.around(mem.ranking_facts([told_of])[0][3])

            def fused(
                facts: list[Any], hop_hits: list[tuple[int, float]], near: list[int], k: int
            ) -> list[tuple[float, int]]:
                in_time = [f[0] for f in facts if asked.holds(f[3]) and f[0] != told_of] if asked else []
                in_time += [i for i in planned if i not in in_time]
                return fuse(
                    text_hits,
                    vec_hits,
                    facts,
                    terms,
                    s,
                    k,
                    kinds=kinds,
                    domain_hits=domain_hits,
                    standing=standing,
                    instructions=asked_of_answers,
                    in_time=in_time,
                    hop_hits=hop_hits,
                    near=near,
                    name_hits=name_hits,
                    now=active_at,
                )

            top = fused(facts, [], [], max(k, s.hop_from))
            rows: dict[int, dict[str, Any]] = {}
            if (s.hop_weight > 0 or s.near_weight > 0) and top and not advice:
                # the second hop: what shares words with the best memories found so far, and what was said
                # around them (not for a request for advice: what applies to it is what the user stated as
                # lasting, ranked above)
                first = [i for _, i in top[: s.hop_from]]
                rows = {r["id"]: r for r in mem.rows(ids=first)}
                hop_hits: list[tuple[int, float]] = []
                if s.hop_weight > 0:
                    linked = {t for r in rows.values() for t in index_terms(r["text"])} - set(terms)
                    hop_hits = mem.full_text(
                        sorted(linked), n, active_at=active_at, context_weight=0, expired_too=past
                    )
                near: list[int] = []
                if s.near_weight > 0:
                    near = mem.said_around(
                        [rows[i] for i in first if i in rows],
                        s.near_gap_s,
                        active_at=active_at,
                        expired_too=past,
                    )
                more = ({i for i, _ in hop_hits} | set(near)) - ids
                facts = [*facts, *mem.ranking_facts(more)] if more else facts
                ids |= more
                top = fused(facts, hop_hits, near, k)
            top = top[:k]
            unread = [i for _, i in top if i not in rows]  # the hop read the first ones already
            rows |= {r["id"]: r for r in mem.rows(ids=unread)} if unread else {}
        text_rank = {i: r for r, (i, _) in enumerate(text_hits, 1)}
        vec_rank = {i: r for r, (i, _) in enumerate(vec_hits, 1)}
        similarity = dict(vec_hits)
        return [
            Hit(memory_of(rows[i], user), score, text_rank.get(i), vec_rank.get(i), similarity.get(i))
            for score, i in top
        ]

    def used(self, user: str, memory_ids: Sequence[int], at: float | None = None) -> None:
        """Mark memories as used (they went into an answer): their disuse, which lowers their rank, starts
        again. Ids that are not the user's are ignored."""
        if memory_ids:
            with self._rows.changing(user) as mem:
                mem.touch(memory_ids, time.time() if at is None else at)

    def _embed_query(self, query: str, beside_other_work: bool) -> np.ndarray | None:
        with torch_threads(1 if beside_other_work else None):
            return self._embed([query])

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="tailorkit-embed")
        return self._executor

    def list(
        self,
        user: str,
        *,
        include_history: bool = False,
        expired: bool = False,
        kind: str | None = None,
        limit: int | None = 100,
    ) -> list[Memory]:
        """The user's memories, newest first: those that still hold, and with ``expired`` also those whose
        time passed ("until Friday", a past plan), with ``include_history`` every one (superseded too)."""
        with self._rows.reading(user) as mem:
            if include_history or expired:
                rows = mem.rows(kind=kind)
                if not include_history:
                    rows = [r for r in rows if r["superseded_by"] is None]
                rows = rows[:limit] if limit is not None else rows
            else:
                rows = mem.rows(active_at=time.time(), kind=kind, limit=limit)
        return [memory_of(r, user) for r in rows]

    def stated(self, user: str, categories: Iterable[str]) -> builtins.list[str]:
        """The words of the user's memories in force whose topic is of ``categories`` (``health``: what
        they live with; ``weak``: what they find hard), oldest first; none for a user not stored, or of no
        category."""
        return [text for text, _ in self.stated_topics(user, categories)]

    def stated_topics(self, user: str, categories: Iterable[str]) -> builtins.list[tuple[str, str]]:
        """``stated``, each with its memory's topic (``limits:salt``)."""
        categories = list(categories)
        if not categories:
            return []
        try:
            with self._rows.reading(user) as mem:
                return [(str(r["text"]), str(r["topic"])) for r in mem.stated(categories, time.time())]
        except UserNotFoundError:
            return []

    def pin(self, user: str, memory_id: int, pinned: bool = True) -> Memory:
        """Pin a memory (it never expires and ranks as most important) or unpin it."""
        with self._rows.changing(user) as mem:
            rows = mem.rows(ids=[memory_id])
            if not rows:
                raise MemoryNotFoundError(f"user {user!r} has no memory {memory_id}")
            row = rows[0]
            if row["superseded_by"] is not None:
                raise InputError(f"memory {memory_id} was superseded by {row['superseded_by']}; pin that one")
            meta = {**(row["meta"] or {}), "pinned": pinned}
            if not pinned:
                meta.pop("pinned")
            values: dict[str, Any] = {"meta": meta or None, "updated_at": time.time()}
            values["importance"] = 1.0 if pinned else min(float(row["importance"]), 0.9)
            if pinned:
                values["valid_to"] = None
            mem.update([memory_id], **values)
            return memory_of(mem.rows(ids=[memory_id])[0], user)

    def get(self, user: str, memory_id: int) -> Memory:
        with self._rows.reading(user) as mem:
            rows = mem.rows(ids=[memory_id])
        if not rows:
            raise MemoryNotFoundError(f"user {user!r} has no memory {memory_id}")
        return memory_of(rows[0], user)

    def history(self, user: str, memory_id: int) -> builtins.list[Memory]:
        """The memory and the ones it superseded, newest first."""
        chain = [self.get(user, memory_id)]
        with self._rows.reading(user) as mem:
            while older := mem.superseded([chain[-1].id]):
                chain += [memory_of(r, user) for r in mem.rows(ids=older)]
        return chain

    def count(self, user: str, *, include_history: bool = True) -> int:
        with self._rows.reading(user) as mem:
            return mem.count(include_history=include_history)

    # -- forgetting ------------------------------------------------------------------------------

    def forget(self, user: str, memory_id: int) -> builtins.list[int]:
        """Delete one memory and the history it superseded, from the table and every index.

        Returns the ids deleted. Raises ``MemoryNotFoundError`` when the user has no such memory.
        """
        with self._rows.changing(user) as mem:
            if not mem.rows(ids=[memory_id]):
                raise MemoryNotFoundError(f"user {user!r} has no memory {memory_id}")
            deleted = delete_with_history(mem, {memory_id})
        self.store.purge_deleted()  # its words leave the index segments and the log, not just the table
        return deleted

    def forget_matching(self, user: str, description: str) -> Change:
        """Delete what ``description`` describes ("I drink coffee"), as a "forget that ..." message does."""
        extracted = [c for c in self.extractor.extract(description) if c.action == "add"]
        topic = extracted[0].topic if extracted else None
        return self.apply(user, [Candidate(description, topic=topic, action="forget")])[0]

    def forget_all(self, user: str) -> int:
        """Delete every memory of the user; how many were deleted."""
        with self._rows.changing(user) as mem:
            deleted = mem.delete(mem.ids())
        if deleted:
            self.store.purge_deleted()
        return deleted

    def _consents(self, user: str) -> bool:
        return self.store.scope(self.tenant).users.consents(user, "memory")


def _redacted(text: Any) -> Any:
    """``text`` with its emails, phone numbers and the like replaced (``privacy.redact``); None stays None."""
    return redact(text).text if isinstance(text, str) else text


def _meant(c: Candidate) -> str:
    """What a memory is embedded as: its words, and for one the rules read from a sentence that says more
    (``Candidate.says_more``), that sentence too ("Likes climbing. We love climbing, sliding, and playing
    games."): a question in other words than the memory's may still be near what the user said. On LoCoMo
    through the chat path, recall@10 0.747 -> 0.752 (open-domain 0.461 -> 0.507). A Chinese memory is
    most of its sentence already: its words alone."""
    if c.says_more and c.said and not is_chinese(c.said):
        return f"{c.text}. {c.said}"
    return c.text


_ASKS = re.compile(
    r"[?？]\s*$|[吗呢吧]\s*[。！!]?\s*$"
    r"|^\s*(?:what|how|why|when|where|which|who|is|are|do|does|did|should|shall|can|could|would|will)\s+\w+\s+\w"
    r"|^\s*(?:(?:can|could|would|will) you|please|help me|tell me|give me|show me|write|explain|suggest|"
    r"recommend|find|book|plan|make|draft)\b|^\s*(?:请|帮我|给我|麻烦)"
    r"|什么|怎么|为什么|如何|哪|多少|几[点个天号]|是不是|要不要|能不能|有没有|可不可以",
    re.IGNORECASE,
)
"""A request (a question, "Can you ...", "Tell me ...", 帮我 ..., 今晚吃什么), not a search of a word or
two."""
_ELSEWHERE = re.compile(
    r"\b(?:deliver\w*|ship(?:ped|ping|ment)?|dispatch\w*|parcels?|packages?|couriers?|doorstep|porch|"
    r"letter ?box|mailbox|concierge|neighbou?r|knock|buzz|phone|voicemail|calls?|ring me|text me|e-?mail me|"
    r"message me|contact me|reach me)\b|快递|包裹|送货|配送|派送|门卫|快递柜|驿站|电话|短信|邮件|联系我",
    re.IGNORECASE,
)
"""An instruction about deliveries or how to reach the user ("Leave parcels with my neighbour", "Please
don't call me", 快递放门卫): not asked of every answer."""
_TOLD_NAME = re.compile(r"^(?:Name is |名字是)")
"""How a name the user told is kept ("Name is Priya", "名字是小雨")."""


def own_names(mem: UserMemories) -> list[str]:
    """What the user is called: their name attributes and the name they told ("Name is Priya", "名字是小雨"),
    and the first word of a name of several ("Caroline Smith": "Caroline" too)."""
    told = [_TOLD_NAME.sub("", str(r["text"])).strip() for r in mem.stated(("name",), time.time())]
    said = [*mem.names(), *told]
    said += [n.split()[0] for n in said if " " in n]
    return [n for n in dict.fromkeys(said) if n]


def unnamed(query: str, names: Sequence[str]) -> str:
    """``query`` as its embedding is made: the user's own ``names`` said as the user says them of
    themselves ("What did Caroline research?" -> "What did I research?"), as their memories are in their
    own words. Every memory searched is the user's, so their name tells nothing of which one is meant, and
    its vector leans to the turns where others called them by it. (On LoCoMo through the chat path, each
    speaker's name on their user: recall@5/10/20 +0.017/+0.011/+0.011, conversations 1-3 and 4-6 both.)"""
    for name in names:
        if is_chinese(name):
            query = query.replace(name, "")
            continue
        n = re.escape(name)
        query = re.sub(rf"\b{n}'s\b", "my", query)
        query = re.sub(rf"\b{n}\b", "I", query)
    return query
