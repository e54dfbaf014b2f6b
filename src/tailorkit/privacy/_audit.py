"""The audit log: who read or changed a user's data. Users appear only as digests keyed by a random
secret of the tenant's (``TenantSecret``), so a guessed id cannot be matched against the log without
that secret; erase replaces the user's digests with random values, leaving the entries unlinkable."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Any

from sqlalchemy import insert, select, update

from tailorkit.store import AuditEntry, Store

__all__ = ["audit", "audit_trail", "forget_subject", "subject_digest"]


def subject_digest(store: Store, tenant: str, user: str) -> str:
    """The digest that stands for ``user`` in the tenant's audit log (the same id differs by tenant)."""
    key = store.audit_key(tenant)
    return hmac.new(key, user.encode("utf-8"), hashlib.sha256).hexdigest()


def audit(store: Store, tenant: str, actor: str, action: str, user: str) -> None:
    subject = subject_digest(store, tenant, user)  # before the write lock is taken
    tenant_id = store.tenant_id(tenant)
    with store.write() as conn:
        conn.execute(
            insert(AuditEntry).values(
                tenant_id=tenant_id, ts=time.time(), actor=actor, action=action, subject=subject
            )
        )


def audit_trail(store: Store, tenant: str, user: str) -> list[dict[str, Any]]:
    """Entries about ``user``, oldest first."""
    digest = subject_digest(store, tenant, user)
    with store.read() as conn:
        rows = conn.execute(
            select(AuditEntry.ts, AuditEntry.actor, AuditEntry.action)
            .where(AuditEntry.tenant_id == store.tenant_id(tenant), AuditEntry.subject == digest)
            .order_by(AuditEntry.id)
        ).all()
    return [dict(r._mapping) for r in rows]


def forget_subject(store: Store, tenant: str, user: str) -> int:
    """Give every entry about ``user`` a random subject (one per user, so the entries still read as one
    person's history): nobody, not even with the audit key, can tell whose it was. Returns how many."""
    digest = subject_digest(store, tenant, user)
    with store.write() as conn:
        return int(
            conn.execute(
                update(AuditEntry)
                .where(AuditEntry.tenant_id == store.tenant_id(tenant), AuditEntry.subject == digest)
                .values(subject=secrets.token_hex(32))
            ).rowcount
        )
