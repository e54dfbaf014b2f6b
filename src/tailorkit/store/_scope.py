"""Tenant-scoped repositories: ``Store.scope(tenant)`` resolves the tenant once and hands out the
repositories that read and write its rows, so that the tenant is bound here and nowhere else.

(The repositories move here part by part: API keys, the audit log and the user list so far.)
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update

from tailorkit.store._schema import ApiKey, AuditEntry, User

if TYPE_CHECKING:
    from tailorkit.store._store import Store

__all__ = ["AuditLog", "Keys", "Scope", "Users"]


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
        with self.store.write() as conn:
            conn.execute(
                insert(AuditEntry).values(
                    tenant_id=self.tenant_id, ts=time.time(), actor=actor, action=action, subject=subject
                )
            )

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
    def users(self) -> Users:
        return Users(self.store, self.tenant_id)
