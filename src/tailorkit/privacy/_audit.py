"""The audit log: who read or changed a user's data. Users appear only as digests keyed by a random
secret of the tenant's (``TenantSecret``), so a guessed id cannot be matched against the log without
that secret; erase replaces the user's digests with random values, leaving the entries unlinkable."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from tailorkit.store import Store

__all__ = ["audit", "audit_trail", "forget_subject", "subject_digest"]


def subject_digest(store: Store, tenant: str, user: str) -> str:
    """The digest that stands for ``user`` in the tenant's audit log (the same id differs by tenant)."""
    key = store.audit_key(tenant)
    return hmac.new(key, user.encode("utf-8"), hashlib.sha256).hexdigest()


def audit(store: Store, tenant: str, actor: str, action: str, user: str) -> None:
    """Log that ``actor`` did ``action`` to ``user``'s data (nothing for a tenant that does not exist:
    it holds nobody's data)."""
    scope = store.scope(tenant)
    if scope.exists:
        scope.audit.add(actor, action, subject_digest(store, tenant, user))


def audit_trail(store: Store, tenant: str, user: str) -> list[dict[str, Any]]:
    """Entries about ``user``, oldest first."""
    scope = store.scope(tenant)
    return scope.audit.entries(subject_digest(store, tenant, user)) if scope.exists else []


def forget_subject(store: Store, tenant: str, user: str) -> int:
    """Give every entry about ``user`` a random subject (one per user, so the entries still read as one
    person's history): nobody, not even with the audit key, can tell whose it was. Returns how many."""
    scope = store.scope(tenant)
    return scope.audit.unlink(subject_digest(store, tenant, user)) if scope.exists else 0
