"""The jobs table: background work's state, which every API and job worker reads and writes.

A job moves queued -> running -> done (or failed), and back to queued for a retry. ``claim`` moves it to
running in one UPDATE whose WHERE says the job is free to take (queued, or running with a heartbeat
older than the caller's ``stale`` time: its worker died), so two workers never both run it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, insert, or_, select, update

from tailorkit.store._schema import Job, utcnow

if TYPE_CHECKING:
    from tailorkit.store._store import Store

__all__ = ["Jobs", "stalled_jobs"]

LIVE = ("queued", "running")


@dataclass(frozen=True)
class Jobs:
    """One tenant's jobs."""

    store: Store
    tenant: str

    def create(
        self, kind: str, params: dict[str, Any], key: str | None = None, live: tuple[str, ...] | None = None
    ) -> tuple[int, bool]:
        """A new queued job, or (with ``key``) the one with that key already in a ``live`` state
        (default: queued or running); ``(id, new)``."""
        tid = self.store.create_tenant(self.tenant)
        with self.store.write() as conn:
            if key is not None:
                found = conn.execute(
                    select(Job.id).where(Job.tenant_id == tid, Job.key == key, Job.state.in_(live or LIVE))
                ).scalar()
                if found is not None:
                    return int(found), False
            now = utcnow()
            row = {"tenant_id": tid, "kind": kind, "params": params, "key": key, "state": "queued"}
            row |= {"attempts": 0, "progress": 0.0, "created_at": now, "updated_at": now}
            new = conn.execute(insert(Job).values(**row)).inserted_primary_key
        assert new is not None
        return int(new[0]), True

    def get(self, job_id: int) -> dict[str, Any] | None:
        with self.store.read() as conn:
            row = conn.execute(
                select(Job.__table__).where(
                    Job.id == job_id, Job.tenant_id == self.store.tenant_id(self.tenant)
                )
            ).first()
        return None if row is None else dict(row._mapping)

    def list(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            rows = conn.execute(
                select(Job.__table__)
                .where(Job.tenant_id == self.store.tenant_id(self.tenant))
                .order_by(Job.id.desc())
                .limit(limit)
            ).all()
        return [dict(r._mapping) for r in rows]

    def forget_user(self, external_id: str) -> int:
        """Delete the tenant's jobs whose parameters name user ``external_id`` (an erase); how many."""
        tid = self.store.tenant_id(self.tenant)
        with self.store.write() as conn:
            rows = conn.execute(select(Job.id, Job.params).where(Job.tenant_id == tid)).all()
            named = [
                int(i) for i, params in rows if (params or {}).get("user") == external_id
                or external_id in ((params or {}).get("users") or [])
            ]  # fmt: skip
            if named:
                conn.execute(delete(Job).where(Job.id.in_(named)))
        return len(named)

    def claim(self, job_id: int, worker: str, stale: datetime) -> bool:
        """Take job ``job_id`` to run: queued, or running with no heartbeat since ``stale``."""
        now = utcnow()
        free = or_(Job.state == "queued", and_(Job.state == "running", Job.heartbeat_at < stale))
        with self.store.write() as conn:
            taken = conn.execute(
                update(Job)
                .where(Job.id == job_id, free)
                .values(
                    state="running",
                    worker=worker,
                    heartbeat_at=now,
                    updated_at=now,
                    attempts=Job.attempts + 1,
                )
            ).rowcount
        return bool(taken)

    def beat(self, job_id: int, worker: str, progress: float | None = None, note: str | None = None) -> None:
        """The running job's worker is alive (and how far it got)."""
        values: dict[str, Any] = {"heartbeat_at": utcnow()}
        if progress is not None:
            values["progress"] = progress
        if note is not None:
            values["note"] = note
        with self.store.write() as conn:
            conn.execute(update(Job).where(Job.id == job_id, Job.worker == worker).values(**values))

    def finish(self, job_id: int, worker: str, result: dict[str, Any]) -> None:
        now = utcnow()
        with self.store.write() as conn:
            conn.execute(
                update(Job)
                .where(Job.id == job_id, Job.worker == worker)
                .values(
                    state="done", progress=1.0, result=result, error=None, updated_at=now, heartbeat_at=now
                )
            )

    def fail(self, job_id: int, worker: str, error: str, *, retry: bool) -> None:
        """The attempt failed: queued again for a retry, or failed for good."""
        with self.store.write() as conn:
            conn.execute(
                update(Job)
                .where(Job.id == job_id, Job.worker == worker)
                .values(state="queued" if retry else "failed", error=error[:2000], updated_at=utcnow())
            )


def stalled_jobs(store: Store, stale: datetime) -> list[tuple[int, str]]:
    """Running jobs of every tenant whose worker fell silent before ``stale``, and queued jobs not
    touched since (their queue message was lost): ``(id, tenant)``."""
    from tailorkit.store._schema import Tenant

    with store.read() as conn:
        rows = conn.execute(
            select(Job.id, Tenant.name)
            .join(Tenant, Tenant.id == Job.tenant_id)
            .where(
                or_(
                    and_(Job.state == "running", Job.heartbeat_at < stale),
                    and_(Job.state == "queued", Job.updated_at < stale),
                )
            )
        ).all()
    return [(int(i), str(t)) for i, t in rows]
