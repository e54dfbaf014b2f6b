"""API keys: created once (the plain key is shown then and never again), stored as SHA-256 digests, each
bound to a tenant and optionally to one end user."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update

from tailorkit.errors import InputError
from tailorkit.store import ApiKey, Store, Tenant, external_id

__all__ = ["Caller", "create_key", "list_keys", "revoke_key", "verify_key"]

PREFIX = "tk_"


@dataclass(frozen=True)
class Caller:
    """Who is calling: the tenant every read and write is scoped to, and the one user an end-user token
    may reach (None for an application key)."""

    tenant: str
    key_id: int
    user: str | None = None
    name: str = ""
    """The key's name (for people; the audit log records ``key_id``)."""
    rate_per_minute: int | None = None
    """This key's own request limit; None: the server's default."""


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(
    store: Store, tenant: str, name: str, *, user: str | None = None, rate_per_minute: int | None = None
) -> str:
    """A new key for ``tenant`` (for ``user`` only, when given; at most ``rate_per_minute`` requests a
    minute, when given). Returns the plain key."""
    if user is not None:
        user = external_id(user, "user")  # the form every route compares against
    if rate_per_minute is not None and not 1 <= rate_per_minute <= 1_000_000:
        raise InputError(f"rate_per_minute must be 1 .. 1000000, not {rate_per_minute}")
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
                rate_per_minute=rate_per_minute,
            )
        )
    return key


def list_keys(store: Store, tenant: str) -> list[dict[str, Any]]:
    """The tenant's keys (never the keys themselves): id, name, user, limit, created, revoked."""
    tenant_id = store.find_tenant(tenant)
    if tenant_id is None:
        return []
    with store.read() as conn:
        rows = conn.execute(
            select(
                ApiKey.id,
                ApiKey.name,
                ApiKey.user_external_id.label("user"),
                ApiKey.rate_per_minute,
                ApiKey.created_at,
                ApiKey.revoked_at,
            )
            .where(ApiKey.tenant_id == tenant_id)
            .order_by(ApiKey.id)
        ).all()
    return [dict(r._mapping) for r in rows]


def revoke_key(store: Store, tenant: str, key_or_name: str) -> int:
    """Revoke the tenant's active key given in full, or every active key of the tenant with that name;
    returns how many were revoked. A key of another tenant is never touched."""
    match = (
        ApiKey.digest == _digest(key_or_name)
        if key_or_name.startswith(PREFIX)
        else ApiKey.name == key_or_name
    )
    tenant_id = store.find_tenant(tenant)
    if tenant_id is None:
        return 0
    with store.write() as conn:
        done = conn.execute(
            update(ApiKey)
            .where(ApiKey.tenant_id == tenant_id, match, ApiKey.revoked_at.is_(None))
            .values(revoked_at=time.time())
        ).rowcount
    return int(done)


def verify_key(store: Store, key: str) -> Caller | None:
    """The caller a key stands for, or None for an unknown or revoked key."""
    if not key.startswith(PREFIX):
        return None
    with store.read() as conn:
        row = conn.execute(
            select(ApiKey.id, Tenant.name, ApiKey.user_external_id, ApiKey.name, ApiKey.rate_per_minute)
            .join(Tenant, Tenant.id == ApiKey.tenant_id)
            .where(ApiKey.digest == _digest(key), ApiKey.revoked_at.is_(None))
        ).first()
    return None if row is None else Caller(str(row[1]), int(row[0]), row[2], str(row[3]), row[4])
