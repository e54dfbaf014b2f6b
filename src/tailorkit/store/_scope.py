"""Tenant-scoped repositories: ``Store.scope(tenant)`` resolves the tenant once and hands out the
repositories that read and write its rows, so that the tenant is bound here and nowhere else.

Users, API keys, the audit log and adapters live here; events, items and conversations in
``_activity.py``; stored profiles in ``_profiles.py``; memories in ``_memories.py``; documents and
passages in ``_knowledge.py``.
"""

from __future__ import annotations

import functools
import json
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, delete, func, insert, select, text, update

from tailorkit.store._activity import Conversations, Events, Items, WhyReports
from tailorkit.store._bulk import by_external_id
from tailorkit.store._jobs import Jobs
from tailorkit.store._knowledge import Knowledge
from tailorkit.store._memories import Memories
from tailorkit.store._profiles import Profiles
from tailorkit.store._schema import AdapterRecord, AdapterSource, ApiKey, AuditEntry, ModelRecord, User

if TYPE_CHECKING:
    from tailorkit.store._store import Store

__all__ = ["Adapters", "AuditLog", "Keys", "Models", "Scope", "Users"]

_ABSENT = -1  # the id a missing tenant reads with: no row has it


@dataclass(frozen=True)
class Keys:
    """The tenant's API keys, by their SHA-256 digests (a plain key is never stored)."""

    store: Store
    tenant_id: int | None

    def add(self, name: str, digest: str, *, user: str | None, rate_per_minute: int | None) -> int:
        assert self.tenant_id is not None, "a key is added to a tenant that exists (scope(create=True))"
        with self.store.write() as conn:
            result = conn.execute(
                insert(ApiKey).values(
                    tenant_id=self.tenant_id,
                    name=name,
                    digest=digest,
                    user_external_id=user,
                    created_at=time.time(),
                    rate_per_minute=rate_per_minute,
                )
            )
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def list(self) -> list[dict[str, Any]]:
        """id, name, user, rate limit, created and revoked times; never the digests."""
        if self.tenant_id is None:
            return []
        with self.store.read() as conn:
            rows = conn.execute(
                select(
                    ApiKey.id,
                    ApiKey.name,
                    ApiKey.user_external_id.label("user"),
                    ApiKey.rate_per_minute,
                    ApiKey.created_at,
                    ApiKey.revoked_at,
                )
                .where(ApiKey.tenant_id == self.tenant_id)
                .order_by(ApiKey.id)
            ).all()
        return [dict(r._mapping) for r in rows]

    def revoke(self, *, digest: str | None = None, name: str | None = None) -> int:
        """Revoke the active key with ``digest``, or every active key named ``name``; how many."""
        if self.tenant_id is None:
            return 0
        match = ApiKey.digest == digest if digest is not None else ApiKey.name == name
        with self.store.write() as conn:
            done = conn.execute(
                update(ApiKey)
                .where(ApiKey.tenant_id == self.tenant_id, match, ApiKey.revoked_at.is_(None))
                .values(revoked_at=time.time())
            ).rowcount
        return int(done)


@dataclass(frozen=True)
class AuditLog:
    """Who read or changed whose data; users appear as digests only (``tailorkit.privacy``)."""

    store: Store
    tenant_id: int

    def add(self, actor: str, action: str, subject: str) -> None:
        entry = {
            "tenant_id": self.tenant_id,
            "ts": time.time(),
            "actor": actor,
            "action": action,
            "subject": subject,
        }
        with self.store.write() as conn:
            conn.execute(_AUDIT, entry)

    def entries(self, subject: str) -> list[dict[str, Any]]:
        """Entries about ``subject``, oldest first: ts, actor, action."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(AuditEntry.ts, AuditEntry.actor, AuditEntry.action)
                .where(AuditEntry.tenant_id == self.tenant_id, AuditEntry.subject == subject)
                .order_by(AuditEntry.id)
            ).all()
        return [dict(r._mapping) for r in rows]

    def unlink(self, subject: str) -> int:
        """Give every entry about ``subject`` one new random subject; how many entries."""
        with self.store.write() as conn:
            done = conn.execute(
                update(AuditEntry)
                .where(AuditEntry.tenant_id == self.tenant_id, AuditEntry.subject == subject)
                .values(subject=secrets.token_hex(32))
            ).rowcount
        return int(done)


@dataclass(frozen=True)
class Users:
    """The tenant's users."""

    store: Store
    tenant_id: int | None

    def ids(self, limit: int) -> list[str]:
        """External ids, oldest first, at most ``limit``."""
        if self.tenant_id is None:
            return []
        with self.store.read() as conn:
            rows = conn.execute(
                select(User.external_id)
                .where(User.tenant_id == self.tenant_id)
                .order_by(User.id)
                .limit(limit)
            ).scalars()
            return [str(r) for r in rows]

    def profiling_exceptions(
        self, user_ids: Sequence[int] | None = None
    ) -> list[tuple[int, bool, dict[str, Any]]]:
        """(id, consent to profiling, attributes) of those of ``user_ids`` (None: of the tenant's users)
        who refused profiling or asked for features to be forgotten: the users whose events a profile
        fold treats apart (most users are neither, and are not read at all). The ids go in as one JSON
        parameter: a batch of a thousand users is one statement, not a thousand bound values."""
        params: dict[str, Any] = {"t": self.tid}
        if user_ids is not None:
            params["ids"] = json.dumps(sorted({int(u) for u in user_ids}))
        query = _exceptions(self.store.dialect, user_ids is not None)
        with self.store.read() as conn:
            rows = conn.execute(query, params).all()
        return [(int(i), bool(ok), attrs or {}) for i, ok, attrs in rows]

    def attributes(self) -> list[tuple[str, dict[str, Any]]]:
        """(external id, attributes) of every user of the tenant."""
        with self.store.read() as conn:
            rows = conn.execute(select(User.external_id, User.attributes).where(User.tenant_id == self.tid))
            return [(str(e), a or {}) for e, a in rows]

    def consenting(self, consent: str) -> list[tuple[int, dict[str, Any]]]:
        """(id, attributes) of the users who gave ``consent`` (``tuning``, ``memory``, ``profiling``)."""
        column = _consent_column(consent)
        with self.store.read() as conn:
            rows = conn.execute(
                select(User.id, User.attributes).where(User.tenant_id == self.tid, column.is_(True))
            ).all()
        return [(int(i), a or {}) for i, a in rows]

    def change(self, user_id: int, **values: Any) -> None:
        """Set columns of one of the tenant's users: ``attributes``, ``locale``, ``consent_*``."""
        with self.store.write() as conn:
            conn.execute(update(User).where(User.tenant_id == self.tid, User.id == user_id).values(**values))

    def consents(self, external_id: str, consent: str) -> bool:
        """Whether the user gave ``consent``; True for a user not stored yet (the default is consent)."""
        query = by_external_id(User.__table__, (_consent_column(consent),))
        with self.store.read() as conn:
            row = conn.execute(query, {"t": self.tid, "e": external_id}).first()
        return row is None or bool(row[0])

    def erase(self, user_id: int, external_id: str, adapters: Sequence[int]) -> dict[str, int]:
        """Delete the user row (every table holding their data cascades from it), the adapters in
        ``adapters`` and the API tokens issued to the user, in one transaction; counts of what went."""
        report: dict[str, int] = {}
        with self.store.write() as conn:
            for table in _USER_TABLES:
                report[table] = int(
                    conn.execute(
                        text(f"SELECT count(*) FROM {table} WHERE user_id = :u"), {"u": user_id}
                    ).scalar()
                    or 0
                )
            conn.execute(
                delete(AdapterRecord).where(
                    AdapterRecord.tenant_id == self.tid, AdapterRecord.id.in_(list(adapters))
                )
            )
            conn.execute(delete(User).where(User.tenant_id == self.tid, User.id == user_id))
            # an erased user's token must not recreate them
            report["api_keys"] = int(
                conn.execute(
                    delete(ApiKey).where(ApiKey.tenant_id == self.tid, ApiKey.user_external_id == external_id)
                ).rowcount
            )
        return report

    @property
    def tid(self) -> int:
        return _ABSENT if self.tenant_id is None else self.tenant_id


_EXCEPTIONS = {
    "sqlite": (
        "SELECT id, consent_profiling, attributes FROM users WHERE tenant_id = :t {among}"
        "AND (NOT consent_profiling OR json_extract(attributes, '$._forgotten') IS NOT NULL)"
    ),
    "postgresql": (
        "SELECT id, consent_profiling, attributes FROM users WHERE tenant_id = :t {among}"
        "AND (NOT consent_profiling OR attributes -> '_forgotten' IS NOT NULL)"
    ),
}
_AMONG = {
    "sqlite": "AND id IN (SELECT value FROM json_each(:ids)) ",
    "postgresql": "AND id IN (SELECT CAST(jsonb_array_elements_text(CAST(:ids AS jsonb)) AS bigint)) ",
}

_AUDIT = insert(AuditEntry)
"""An audit entry (one per access to a user's data), built once."""


@functools.cache
def _exceptions(dialect: str, among: bool) -> Any:
    """``Users.profiling_exceptions``'s statement (``among``: of the ids in ``:ids``), built once."""
    sql = _EXCEPTIONS[dialect].replace("{among}", _AMONG[dialect] if among else "")
    return text(sql).columns(User.id, User.consent_profiling, User.attributes)


_USER_TABLES = ("events", "memories", "turns", "conversations", "profile_features", "profile_stats")


def _consent_column(consent: str) -> Any:
    if consent not in ("tuning", "memory", "profiling"):
        raise ValueError(f"no consent {consent!r}")
    return getattr(User, f"consent_{consent}")


@dataclass(frozen=True)
class Models:
    """The tenant's registry of trained recommender models (their files live under the data folder)."""

    store: Store
    tenant: str

    def add(self, **fields: Any) -> dict[str, Any]:
        """Register a trained model (``algorithm``, ``config``, ``snapshot``, ``metrics``, ``fit_seconds``,
        ``path``, ``created_at``); returns the stored row."""
        tid = self.store.create_tenant(self.tenant)
        with self.store.write() as conn:
            result = conn.execute(insert(ModelRecord).values(tenant_id=tid, **fields))
            new_id = result.inserted_primary_key[0] if result.inserted_primary_key else None
            row = conn.execute(select(ModelRecord.__table__).where(ModelRecord.id == new_id)).one()
        return dict(row._mapping)

    def list(self, algorithm: str | None = None) -> list[dict[str, Any]]:
        """The tenant's trained models (of ``algorithm``), newest first."""
        table = ModelRecord.__table__
        query = select(table).where(table.c.tenant_id == self.store.tenant_id(self.tenant))
        if algorithm is not None:
            query = query.where(table.c.algorithm == algorithm)
        with self.store.read() as conn:
            rows = conn.execute(query.order_by(table.c.created_at.desc(), table.c.id.desc())).all()
        return [dict(r._mapping) for r in rows]

    def delete(self, ids: Sequence[int]) -> int:
        """Remove registry rows ``ids`` of the tenant (their files are the caller's); how many went."""
        with self.store.write() as conn:
            done = conn.execute(
                delete(ModelRecord).where(
                    ModelRecord.tenant_id == self.store.tenant_id(self.tenant), ModelRecord.id.in_(list(ids))
                )
            ).rowcount
        return int(done)


@dataclass(frozen=True)
class Adapters:
    """The tenant's LoRA adapters and the users each learned from."""

    store: Store
    tenant_id: int

    def add(self, record: dict[str, Any], sources: Sequence[int]) -> int:
        """Register an adapter (its row's fields without ``tenant_id``) learned from users ``sources``."""
        with self.store.write() as conn:
            result = conn.execute(insert(AdapterRecord).values(**record, tenant_id=self.tenant_id))
            new_id = int(result.inserted_primary_key[0])  # type: ignore[index]
            conn.execute(insert(AdapterSource), [{"adapter_id": new_id, "user_id": i} for i in sources])
        return new_id

    def candidates(self, user_id: int) -> list[tuple[str, str, str | None]]:
        """(path, base digest, segment) of the user's own adapters and every segment's, the user's own
        first, newest first within each."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(AdapterRecord.path, AdapterRecord.base_digest, AdapterRecord.segment)
                .where(
                    AdapterRecord.tenant_id == self.tenant_id,
                    (AdapterRecord.user_id == user_id) | AdapterRecord.segment.is_not(None),
                )
                .order_by(AdapterRecord.user_id.is_(None), AdapterRecord.created_at.desc())
            ).all()
        return [(str(p), str(b), s) for p, b, s in rows]

    def with_sources(self, user_id: int) -> list[tuple[dict[str, Any], bool | None]]:
        """Every adapter of the tenant, oldest first, with whether ``user_id`` is among its recorded
        sources (None: registered without sources, before revision 0009)."""
        with self.store.read() as conn:
            mine = func.max(case((AdapterSource.user_id == user_id, 1), else_=0))
            sources: dict[int, int] = dict(conn.execute(
                select(AdapterSource.adapter_id, mine)
                .join(AdapterRecord, AdapterRecord.id == AdapterSource.adapter_id)
                .where(AdapterRecord.tenant_id == self.tenant_id)
                .group_by(AdapterSource.adapter_id)
            ).all())  # fmt: skip
            adapters = [dict(r) for r in conn.execute(
                select(AdapterRecord.__table__)
                .where(AdapterRecord.tenant_id == self.tenant_id)
                .order_by(AdapterRecord.created_at)
            ).mappings()]  # fmt: skip
        return [(a, bool(sources[a["id"]]) if a["id"] in sources else None) for a in adapters]


@dataclass(frozen=True)
class Scope:
    """One tenant's part of the store. ``tenant_id`` is None for a tenant that does not exist (reads
    then find nothing, and nothing is created by reading)."""

    store: Store
    tenant: str
    tenant_id: int | None

    @property
    def keys(self) -> Keys:
        return Keys(self.store, self.tenant_id)

    @property
    def audit(self) -> AuditLog:
        assert self.tenant_id is not None, "the audit log belongs to a tenant that exists"
        return AuditLog(self.store, self.tenant_id)

    @property
    def exists(self) -> bool:
        return self.tenant_id is not None

    @property
    def tid(self) -> int:
        return _ABSENT if self.tenant_id is None else self.tenant_id

    @property
    def users(self) -> Users:
        return Users(self.store, self.tenant_id)

    @property
    def events(self) -> Events:
        return Events(self.store, self.tid)

    @property
    def items(self) -> Items:
        return Items(self.store, self.tid)

    @property
    def conversations(self) -> Conversations:
        return Conversations(self.store, self.tid)

    @property
    def profiles(self) -> Profiles:
        return Profiles(self.store, self.tid)

    @property
    def whys(self) -> WhyReports:
        return WhyReports(self.store, self.tid)

    @property
    def memories(self) -> Memories:
        return Memories(self.store, self.tenant, self.tid)

    @property
    def knowledge(self) -> Knowledge:
        return Knowledge(self.store, self.tenant, self.tid)

    @property
    def models(self) -> Models:
        return Models(self.store, self.tenant)

    @property
    def jobs(self) -> Jobs:
        return Jobs(self.store, self.tenant)

    @property
    def adapters(self) -> Adapters:
        return Adapters(self.store, self.tid)

    def user_id(self, external_id: str) -> int:
        """The row id of user ``external_id``. Raises ``UserNotFoundError``."""
        return int(self.store.get_user(self.tenant, external_id)["id"])
