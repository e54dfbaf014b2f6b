"""The audit log: who read or changed a user's data. Users appear only as keyed digests."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

from sqlalchemy import insert, select

from tailorkit.store import AuditEntry, Store

__all__ = ["audit", "audit_trail", "subject_digest"]


def subject_digest(tenant: str, user: str) -> str:
    """A stable digest of a user id, keyed by the tenant (the same id in two tenants differs)."""
    key = f"tailorkit-audit/{tenant}".encode()
    return hmac.new(key, user.encode(), hashlib.sha256).hexdigest()


def audit(store: Store, tenant: str, actor: str, action: str, user: str) -> None:
    tenant_id = store.tenant_id(tenant)  # before the write lock is taken
    with store.write() as conn:
        conn.execute(
            insert(AuditEntry).values(
                tenant_id=tenant_id,
                ts=time.time(),
                actor=actor,
                action=action,
                subject=subject_digest(tenant, user),
            )
        )


def audit_trail(store: Store, tenant: str, user: str) -> list[dict[str, Any]]:
    """Entries about ``user``, oldest first."""
    digest = subject_digest(tenant, user)
    with store.read() as conn:
        rows = conn.execute(
            select(AuditEntry.ts, AuditEntry.actor, AuditEntry.action)
            .where(AuditEntry.tenant_id == store.tenant_id(tenant), AuditEntry.subject == digest)
            .order_by(AuditEntry.id)
        ).all()
    return [dict(r._mapping) for r in rows]
