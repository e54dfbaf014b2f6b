"""What a tenant's users did and said: events, the item catalogue, conversations and their turns.

Repositories of ``Store.scope(tenant)``; every query here is bound to the scope's tenant or to a user
row id resolved within it (``Scope.user_id``). A query keyed by a user id does not name the tenant as
well: that would steer SQLite's planner to the tenant's index, a scan of every user's rows.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pandas as pd
from sqlalchemy import Text, bindparam, cast, delete, func, insert, select, update

from tailorkit.store._bulk import by_external_id
from tailorkit.store._schema import Conversation, Event, Item, Turn, User, WhyReport, utcnow

if TYPE_CHECKING:
    from tailorkit.store._store import Store

__all__ = ["Conversations", "Events", "Items", "WhyReports"]

_CHUNK = 500  # ids per IN (...) list


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


@dataclass(frozen=True)
class Events:
    """The tenant's events (``tenant_id`` -1: a tenant that does not exist, so nothing is found)."""

    store: Store
    tenant_id: int

    def log(self, kinds: Sequence[str]) -> pd.DataFrame:
        """Events of ``kinds`` that name an item, in time order: id, user, item (external ids), value, ts."""
        stmt = (
            select(
                Event.id,
                User.external_id.label("user"),
                Item.external_id.label("item"),
                Event.value,
                Event.ts,
            )
            .join(User, User.id == Event.user_id)
            .join(Item, Item.id == Event.item_id)
            .where(Event.tenant_id == self.tenant_id, Event.kind.in_(list(kinds)))
            .order_by(Event.ts, Event.id)
        )
        with self.store.read() as conn:
            return pd.DataFrame(conn.execute(stmt).all(), columns=["id", "user", "item", "value", "ts"])

    def delete(self, ids: Sequence[int]) -> int:
        """Delete the tenant's events ``ids`` in one transaction; how many went."""
        done = 0
        with self.store.write() as conn:
            for chunk in _chunks(list(ids)):
                done += conn.execute(
                    delete(Event).where(Event.tenant_id == self.tenant_id, Event.id.in_(chunk))
                ).rowcount
        return done

    def of_user(self, user_id: int) -> pd.DataFrame:
        """One user's events in time order, with the items' external ids: id, item, kind, value, text,
        ts, source, meta."""
        stmt = (
            select(
                Event.id,
                Item.external_id.label("item"),
                Event.kind,
                Event.value,
                Event.text,
                Event.ts,
                Event.source,
                Event.meta,
            )
            .outerjoin(Item, Item.id == Event.item_id)
            .where(Event.user_id == user_id)
            .order_by(Event.ts, Event.id)
        )
        with self.store.read() as conn:
            return pd.DataFrame(conn.execute(stmt).all(), columns=list(stmt.selected_columns.keys()))

    def disliked(self, user_id: int) -> set[str]:
        """The items (external ids) whose last like or dislike by the user was a dislike (a thumbs down,
        "didn't like the second one"): a later like takes it back."""
        stmt = (
            select(Item.external_id, Event.kind)
            .join(Item, Item.id == Event.item_id)
            .where(Event.user_id == user_id, Event.kind.in_(("like", "dislike")))
            .order_by(Event.ts, Event.id)
        )
        with self.store.read() as conn:
            last: dict[str, str] = dict(conn.execute(stmt).all())  # type: ignore[arg-type]
        return {item for item, kind in last.items() if kind == "dislike"}

    def texts(self, user_ids: Sequence[int], kinds: Sequence[str]) -> list[tuple[float, str]]:
        """(ts, text) of the users' events of ``kinds`` that carry text."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(Event.ts, Event.text).where(
                    Event.user_id.in_(list(user_ids)),
                    Event.kind.in_(list(kinds)),
                    Event.text.is_not(None),
                )
            ).all()
        return [(float(ts), str(text)) for ts, text in rows]

    def count(self, user_ids: Sequence[int] | None = None) -> int:
        where = [Event.tenant_id == self.tenant_id]
        if user_ids is not None:
            where.append(Event.user_id.in_(list(user_ids)))
        with self.store.read() as conn:
            return int(conn.execute(select(func.count()).select_from(Event).where(*where)).scalar_one())

    def for_folding(
        self, *, after: int = 0, user_ids: Sequence[int] | None = None, limit: int | None = None
    ) -> list[tuple[int, int, int | None, str, float | None, str | None, float]]:
        """Events after id ``after`` (of ``user_ids`` when given) in id order, at most ``limit``:
        (id, user_id, item_id, kind, value, text, ts), what a profile fold reads."""
        # "+ 0": the tenant is a filter on the id range, not an index to scan (SQLite would otherwise walk
        # the tenant's whole index to find a few new events)
        where = [(Event.tenant_id + 0) == self.tenant_id, Event.id > after]
        if user_ids is not None:
            where.append(Event.user_id.in_(list(user_ids)))
        stmt = (
            select(Event.id, Event.user_id, Event.item_id, Event.kind, Event.value, Event.text, Event.ts)
            .where(*where)
            .order_by(Event.id)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.store.read() as conn:
            return [tuple(r) for r in conn.execute(stmt).all()]  # type: ignore[misc]

    def item_tags(self, user_id: int) -> list[tuple[str, float | None, list[Any] | None]]:
        """(kind, value, the item's tags) of the user's events that name an item."""
        with self.store.read() as conn:
            rows = conn.execute(_ITEM_TAGS, {"u": user_id}).all()
        return [(str(k), v, t) for k, v, t in rows]

    def with_items(self, user_id: int) -> list[dict[str, Any]]:
        """The user's events with their items' facts, newest first: id, kind, value, text, ts, item_id,
        item (external id), title, tags, attributes, item_text (item columns None for item-less events)."""
        stmt = (
            select(
                Event.id,
                Event.kind,
                Event.value,
                Event.text,
                Event.ts,
                Item.id.label("item_id"),
                Item.external_id.label("item"),
                Item.title,
                Item.tags,
                Item.attributes,
                Item.text.label("item_text"),
            )
            .outerjoin(Item, Item.id == Event.item_id)
            .where(Event.user_id == user_id)
            .order_by(Event.ts.desc(), Event.id.desc())
        )
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]


@dataclass(frozen=True)
class Items:
    """The tenant's catalogue."""

    store: Store
    tenant_id: int

    def frame(self) -> pd.DataFrame:
        """Every item: item (external id), title, text, tags."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(Item.external_id, Item.title, Item.text, Item.tags).where(
                    Item.tenant_id == self.tenant_id
                )
            ).all()
        return pd.DataFrame(rows, columns=["item", "title", "text", "tags"])

    def titles(self, external_ids: Sequence[str] | set[str] | None = None) -> dict[str, str | None]:
        """External id -> title of the items ``external_ids`` (unknown ids left out; one query per 500),
        or of every item that has a title."""
        with self.store.read() as conn:
            if external_ids is None:
                rows = conn.execute(
                    select(Item.external_id, Item.title).where(
                        Item.tenant_id == self.tenant_id, Item.title.is_not(None)
                    )
                ).all()
                return {str(e): str(t) for e, t in rows if t}
            wanted = sorted(set(external_ids))
            out: dict[str, str | None] = {}
            for start in range(0, len(wanted), _CHUNK):
                rows = conn.execute(
                    select(Item.external_id, Item.title).where(
                        Item.tenant_id == self.tenant_id, Item.external_id.in_(wanted[start : start + _CHUNK])
                    )
                ).all()
                out.update((str(e), t) for e, t in rows)
            return out

    def other_titles(self) -> dict[str, list[str]]:
        """External id -> the item's titles in other languages (its ``title_<language>`` attributes:
        ``title_zh`` "千与千寻" for "Spirited Away"), of every item that has one."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(Item.external_id, Item.attributes).where(
                    Item.tenant_id == self.tenant_id,
                    cast(Item.attributes, Text).like('%"title\\_%', escape="\\"),
                )
            ).all()
        out: dict[str, list[str]] = {}
        for item, attributes in rows:
            named = [str(v) for k, v in (attributes or {}).items() if k.startswith("title_") and v]
            if named:
                out[str(item)] = named
        return out

    def tags(self, external_ids: Sequence[str] | set[str]) -> dict[str, list[str]]:
        """External id -> tags of the items ``external_ids`` (unknown ids left out)."""
        wanted = sorted(set(external_ids))
        out: dict[str, list[str]] = {}
        with self.store.read() as conn:
            for start in range(0, len(wanted), _CHUNK):
                rows = conn.execute(
                    select(Item.external_id, Item.tags).where(
                        Item.tenant_id == self.tenant_id, Item.external_id.in_(wanted[start : start + _CHUNK])
                    )
                ).all()
                out.update((str(e), [str(t) for t in (tags or [])]) for e, tags in rows)
        return out

    def described(self, external_ids: Sequence[str] | set[str]) -> dict[str, dict[str, Any]]:
        """External id -> title, text, tags and attributes of the items ``external_ids`` (unknown ids
        left out): what the assistant may say about them."""
        wanted = sorted(set(external_ids))
        out: dict[str, dict[str, Any]] = {}
        with self.store.read() as conn:
            for start in range(0, len(wanted), _CHUNK):
                rows = conn.execute(
                    select(Item.external_id, Item.title, Item.text, Item.tags, Item.attributes).where(
                        Item.tenant_id == self.tenant_id, Item.external_id.in_(wanted[start : start + _CHUNK])
                    )
                ).all()
                out.update(
                    (str(e), {"title": t, "text": x, "tags": list(g or []), "attributes": dict(a or {})})
                    for e, t, x, g, a in rows
                )
        return out

    def tag_counts(self) -> tuple[dict[str, int], int]:
        """How many of the tenant's items carry each tag (the catalogue's genres, categories, labels),
        and how many items there are."""
        counts: dict[str, int] = {}
        n = 0
        with self.store.read() as conn:
            for tags in conn.execute(select(Item.tags).where(Item.tenant_id == self.tenant_id)).scalars():
                n += 1
                for t in set(tags or []):
                    counts[str(t)] = counts.get(str(t), 0) + 1
        return counts, n

    def facts(self, item_ids: Sequence[int]) -> dict[int, tuple[Any, Any, Any, Any]]:
        """Row id -> (tags, attributes, title, text) of items ``item_ids`` (row ids from the tenant's
        events)."""
        out: dict[int, tuple[Any, Any, Any, Any]] = {}
        with self.store.read() as conn:
            for chunk in _chunks(sorted(set(item_ids))):
                rows = conn.execute(
                    select(Item.id, Item.tags, Item.attributes, Item.title, Item.text).where(
                        Item.id.in_(chunk)
                    )
                ).all()
                out.update((int(r[0]), (r[1], r[2], r[3], r[4])) for r in rows)
        return out

    def liked_tags(self, kind: str, threshold: float) -> list[tuple[list[Any] | None, int]]:
        """Each item's tags with how many ``kind`` events of ``threshold`` or more it has."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(Item.tags, func.count())
                .join(Event, Event.item_id == Item.id)
                .where(Event.tenant_id == self.tenant_id, Event.kind == kind, Event.value >= threshold)
                .group_by(Item.id, Item.tags)
            ).all()
        return [(tags, int(n)) for tags, n in rows]


@dataclass(frozen=True)
class Conversations:
    """The tenant's conversations and their turns; every method names the user's row id."""

    store: Store
    tenant_id: int

    def log_exchange(
        self, user_id: int, conversation: int | None, domain: str, message: str, answer: str
    ) -> tuple[int, int, int]:
        """Store a user's message and the answer as two turns (of a new conversation when
        ``conversation`` is None); returns (conversation id, message turn id, answer turn id)."""
        now = time.time()
        with self.store.write() as conn:
            if conversation is None:
                conversation = int(
                    conn.execute(
                        insert(Conversation).values(
                            tenant_id=self.tenant_id,
                            user_id=user_id,
                            domain=domain,
                            created_at=now,
                            updated_at=now,
                        )
                    ).inserted_primary_key[0]  # type: ignore[index]
                )
            else:
                conn.execute(
                    update(Conversation)
                    .where(Conversation.id == conversation, Conversation.user_id == user_id)
                    .values(updated_at=now)
                )
            ids = []
            for role, text in (("user", message), ("assistant", answer)):
                row = {"tenant_id": self.tenant_id, "user_id": user_id, "conversation_id": conversation}
                result = conn.execute(insert(Turn).values(**row, role=role, text=text, ts=now))
                ids.append(int(result.inserted_primary_key[0]))  # type: ignore[index]
        return conversation, ids[0], ids[1]

    def set_why(self, user_id: int, turn: int, why: dict[str, Any]) -> None:
        with self.store.write() as conn:
            conn.execute(update(Turn).where(Turn.id == turn, Turn.user_id == user_id).values(why=why))

    def rate(self, user_id: int, turn: int, value: float) -> bool:
        """Rate one of the user's answers; False when the user has no such answer."""
        with self.store.write() as conn:
            changed = conn.execute(
                update(Turn)
                .where(Turn.id == turn, Turn.user_id == user_id, Turn.role == "assistant")
                .values(rating=value)
            ).rowcount
        return bool(changed)

    def turns(self, user_id: int, conversation: int) -> list[dict[str, Any]]:
        """One of the user's conversations, oldest turn first: id, role, text, ts, rating."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(Turn.id, Turn.role, Turn.text, Turn.ts, Turn.rating)
                .where(Turn.conversation_id == conversation, Turn.user_id == user_id)
                .order_by(Turn.id)
            ).all()
        return [dict(r._mapping) for r in rows]

    def export(self, user_id: int) -> list[dict[str, Any]]:
        """Every conversation of the user with its turns (each with rating and why report)."""
        with self.store.read() as conn:
            conversations = [dict(r._mapping) for r in conn.execute(
                select(Conversation.id, Conversation.domain, Conversation.created_at, Conversation.updated_at)
                .where(Conversation.user_id == user_id).order_by(Conversation.id)
            )]  # fmt: skip
            turns = [dict(r._mapping) for r in conn.execute(
                select(Turn.id, Turn.conversation_id, Turn.role, Turn.text, Turn.ts, Turn.rating, Turn.why)
                .where(Turn.user_id == user_id).order_by(Turn.id)
            )]  # fmt: skip
        for c in conversations:
            c["turns"] = [t for t in turns if t["conversation_id"] == c["id"]]
        return conversations

    def liked_answers(self, user_ids: Sequence[int]) -> list[tuple[float, str]]:
        """(ts, text) of the answers these users rated above zero."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(Turn.ts, Turn.text).where(
                    Turn.user_id.in_(list(user_ids)),
                    Turn.role == "assistant",
                    Turn.rating > 0,
                )
            ).all()
        return [(float(ts), str(text)) for ts, text in rows]


_ITEM_TAGS = (
    select(Event.kind, Event.value, Item.tags)
    .join(Item, Item.id == Event.item_id)
    .where(Event.user_id == bindparam("u"))
)
"""The user's events with their items' tags (each profile read), built once."""
_FORGET_WHY = delete(WhyReport).where(WhyReport.id == bindparam("id"), WhyReport.tenant_id == bindparam("t"))
_KEEP_WHY = insert(WhyReport)
"""What keeping a why report runs (once per answer), built once."""


@dataclass(frozen=True)
class WhyReports:
    """The why reports of a tenant's answers, by their id: in the store, so that any API worker shows a
    report whichever answered; each is kept for a while (``keep``) and goes with its user."""

    store: Store
    tenant_id: int

    def keep(self, key: str, user: str | None, report: dict[str, Any], keep_s: float) -> None:
        """Keep (or replace) report ``key`` of an answer to ``user`` (an external id; None or not yet a
        user: nobody's); now and then, reports older than ``keep_s`` seconds go."""
        now = utcnow()
        with self.store.write() as conn:
            owner = None
            if user is not None:
                found = {"t": self.tenant_id, "e": user}
                owner = conn.execute(by_external_id(User.__table__, (User.id,)), found).scalar()
            conn.execute(_FORGET_WHY, {"id": key, "t": self.tenant_id})
            row = {"id": key, "tenant_id": self.tenant_id, "user_id": owner, "report": report}
            conn.execute(_KEEP_WHY, {**row, "created_at": now})
            if random.random() < 0.01:  # about one answer in a hundred clears what has expired
                old = now - timedelta(seconds=keep_s)
                conn.execute(
                    delete(WhyReport).where(WhyReport.tenant_id == self.tenant_id, WhyReport.created_at < old)
                )

    def get(self, key: str, user: str | None = None, keep_s: float | None = None) -> dict[str, Any] | None:
        """Report ``key``, if it is this tenant's (and with ``user``, an answer to that user) and younger
        than ``keep_s`` seconds."""
        query = select(WhyReport.report).where(WhyReport.id == key, WhyReport.tenant_id == self.tenant_id)
        if user is not None:
            query = query.join(User, User.id == WhyReport.user_id).where(User.external_id == user)
        if keep_s is not None:
            query = query.where(WhyReport.created_at >= utcnow() - timedelta(seconds=keep_s))
        with self.store.read() as conn:
            found = conn.execute(query).scalar()
        return None if found is None else dict(found)
