"""API keys: created once (the plain key is shown then and never again), stored as SHA-256 digests, each
bound to a tenant and optionally to one end user."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import insert, select, update

from tailorkit.store import ApiKey, Store, Tenant

__all__ = ["Caller", "create_key", "revoke_key", "verify_key"]

PREFIX = "tk_"


@dataclass(frozen=True)
class Caller:
    """Who is calling: the tenant every read and write is scoped to, and the one user an end-user token
    may reach (None for an application key)."""

    tenant: str
    key_id: int
    user: str | None = None
    name: str = ""
    """The key's name, recorded in the audit log."""


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(store: Store, tenant: str, name: str, *, user: str | None = None) -> str:
    """A new key for ``tenant`` (for ``user`` only, when given). Returns the plain key."""
    key = PREFIX + secrets.token_urlsafe(32)
    tenant_id = store.tenant_id(tenant)  # its own transaction, before this one takes the write lock
    with store.write() as conn:
        conn.execute(
            insert(ApiKey).values(
                tenant_id=tenant_id,
                name=name,
                digest=_digest(key),
                user_external_id=user,
                created_at=time.time(),
            )
        )
    return key


def revoke_key(store: Store, key: str) -> bool:
    with store.write() as conn:
        done = conn.execute(
            update(ApiKey)
            .where(ApiKey.digest == _digest(key), ApiKey.revoked_at.is_(None))
            .values(revoked_at=time.time())
        ).rowcount
    return bool(done)


def verify_key(store: Store, key: str) -> Caller | None:
    """The caller a key stands for, or None for an unknown or revoked key."""
    if not key.startswith(PREFIX):
        return None
    with store.read() as conn:
        row = conn.execute(
            select(ApiKey.id, Tenant.name, ApiKey.user_external_id, ApiKey.name)
            .join(Tenant, Tenant.id == ApiKey.tenant_id)
            .where(ApiKey.digest == _digest(key), ApiKey.revoked_at.is_(None))
        ).first()
    return None if row is None else Caller(str(row[1]), int(row[0]), row[2], str(row[3]))
