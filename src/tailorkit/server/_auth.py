"""API keys: created once (the plain key is shown then and never again), stored as SHA-256 digests, each
bound to a tenant and optionally to one end user."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from tailorkit.errors import InputError
from tailorkit.store import Store, external_id

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
    store.scope(tenant, create=True).keys.add(name, _digest(key), user=user, rate_per_minute=rate_per_minute)
    return key


def list_keys(store: Store, tenant: str) -> list[dict[str, Any]]:
    """The tenant's keys (never the keys themselves): id, name, user, limit, created, revoked."""
    return store.scope(tenant).keys.list()


def revoke_key(store: Store, tenant: str, key_or_name: str) -> int:
    """Revoke the tenant's active key given in full, or every active key of the tenant with that name;
    returns how many were revoked. A key of another tenant is never touched."""
    keys = store.scope(tenant).keys
    if key_or_name.startswith(PREFIX):
        return keys.revoke(digest=_digest(key_or_name))
    return keys.revoke(name=key_or_name)


def verify_key(store: Store, key: str) -> Caller | None:
    """The caller a key stands for, or None for an unknown or revoked key."""
    if not key.startswith(PREFIX):
        return None
    row = store.key_by_digest(_digest(key))
    if row is None:
        return None
    return Caller(
        row["tenant"], int(row["id"]), row["user_external_id"], str(row["name"]), row["rate_per_minute"]
    )
