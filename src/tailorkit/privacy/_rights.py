"""A user's rights over their data: export everything, erase everything.

Erase removes the user's row; every table that holds their data (events, profile features and stats,
memories, conversations, turns) cascades from it, and the memory full-text index follows by trigger. Then
the index is merged so that deleted terms leave its segments, freed pages are overwritten (the store runs
with ``secure_delete``), the write-ahead log is checkpointed and truncated, every saved model forgets the
user's id, training row and learned rows (and, with ``privacy.retrain_on_erase``, the newest model of each
algorithm is fitted again without them, its older versions deleted), and every adapter that learned from
the user is deleted: their own, and each segment's adapter they were a source of (the segment falls back
to the base model until it is tuned again without them).
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tailorkit.config import Settings, remove_within
from tailorkit.privacy._audit import audit_trail, forget_subject
from tailorkit.store import Scope, Store
from tailorkit.tuning import in_segment

if TYPE_CHECKING:
    from tailorkit.memory import MemoryService
    from tailorkit.profiles import ProfileService
    from tailorkit.recommend import RecommendService

__all__ = ["Holders", "erase_user", "export_user"]


@dataclass(frozen=True)
class Holders:
    """Everything that holds a tenant's user data; export and erase ask each for its own part."""

    store: Store
    tenant: str
    settings: Settings
    profiles: ProfileService
    memories: MemoryService
    recommender: RecommendService

    @property
    def scope(self) -> Scope:
        return self.store.scope(self.tenant)


def export_user(holders: Holders, user: str) -> dict[str, Any]:
    """One JSON-ready document with everything stored about ``user``."""
    h = holders
    row = h.store.get_user(h.tenant, user)
    uid = int(row["id"])
    profile = h.profiles.show(user, limit=50)
    evidence = {
        i.feature: h.profiles.evidence(user, i.feature, 20) for i in [*profile.likes, *profile.dislikes][:20]
    }
    events = h.scope.events.of_user(uid)
    conversations = h.scope.conversations.export(uid)
    turns = [t for c in conversations for t in c["turns"]]
    memories = h.memories.list(user, include_history=True, limit=None)
    doc: dict[str, Any] = _plain(
        {
            "user": user,
            "exported_at": time.time(),
            "attributes": row["attributes"],
            "locale": row["locale"],
            "consent": {k[len("consent_") :]: bool(row[k]) for k in row if k.startswith("consent_")},
            "created_at": str(row["created_at"]),
            "events": events.to_dict(orient="records"),
            "profile": profile.as_dict(),
            "profile_evidence": evidence,
            "memories": [m.as_dict() for m in memories],
            "conversations": conversations,
            "feedback": sorted((t for t in turns if t["rating"] is not None), key=lambda t: t["id"]),
            "adapters": [
                {k: a[k] for k in ("path", "segment", "created_at", "examples", "data_from", "data_to")}
                for a in _adapters_from(h.scope, uid, row["attributes"] or {})
            ],
            "audit": audit_trail(h.store, h.tenant, user),
        }
    )
    return doc


def _plain(value: Any) -> Any:
    """JSON-ready: missing numbers (NaN) as null, numpy scalars as Python ones, times as text."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return _plain(value.item())
    if value is None or isinstance(value, str | int | bool):
        return value
    return str(value)


def erase_user(holders: Holders, user: str, *, refit: bool = True) -> dict[str, Any]:
    """Delete ``user`` from every table, index, log, model file and adapter folder. Returns a report.
    With ``refit`` (and ``privacy.retrain_on_erase``) every model is also fitted again without them, here;
    without, that is left to the caller (a background job)."""
    h = holders
    store, scope, settings = h.store, h.scope, h.settings
    row = store.get_user(h.tenant, user)
    uid = int(row["id"])
    report: dict[str, Any] = {"user": user}
    learned_from = _adapters_from(scope, uid, row["attributes"] or {})
    # the user row (everything else cascades from it), the segments' adapters that learned from the
    # user (their own ones cascade) and their API tokens, in one transaction
    report.update(scope.users.erase(uid, row["external_id"], [a["id"] for a in learned_from]))
    store.forget_cached_user(h.tenant, row["external_id"])
    forget_texts = getattr(h.memories.embedder, "forget_recent", None)
    if forget_texts is not None:  # the vectors of recent messages, kept by their words
        forget_texts()
    report["audit_entries_unlinked"] = forget_subject(store, h.tenant, row["external_id"])
    report["jobs"] = scope.jobs.forget_user(row["external_id"])  # a tuning job names its user
    report["rejects"] = _scrub_rejects(settings.data_dir / "rejects", row["external_id"])
    store.purge_deleted(
        ("events", "memories", "turns", "conversations", "users", "api_keys", "audit_log", "why_reports")
    )
    report["models"] = h.recommender.forget_user(user)
    if settings.privacy.retrain_on_erase and refit:
        report["retrained"], report["model_versions_removed"], failed = h.recommender.refit_all()
        if failed:
            report["refit_failed"] = failed
    # Every file removed here must lie inside the tenant's adapter folder, whatever a stored path or an
    # id says: a path that climbs out (or names the folder itself) is left alone.
    adapters_root = settings.adapter_dir(h.tenant, user).parent
    for adapter in learned_from:  # the GGUF file, its PEFT copy and its loss curve
        path = Path(adapter["path"])
        for part in (path, path.with_suffix(".png"), path.with_suffix("")):
            remove_within(part, adapters_root)
    report["adapters"] = len(learned_from)
    report["segment_adapters"] = sorted({a["segment"] for a in learned_from if a["segment"]})
    # anything else left in the user's own folder
    remove_within(settings.adapter_dir(h.tenant, user), adapters_root)
    return report


def _scrub_rejects(folder: Path, user: str) -> int:
    """Rewrite the rejects files in ``folder`` without the records that name ``user`` in any field
    (whatever the input called its user column); returns how many records were removed."""
    removed = 0
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        kept: list[str] = []
        dropped = 0
        with path.open(encoding="utf-8", errors="surrogateescape") as f:
            for line in f:
                try:
                    record = json.loads(line).get("record") or {}
                except (ValueError, AttributeError):
                    record = {}
                values = record.values() if isinstance(record, dict) else []
                if any(str(v).strip() == user for v in values) or (not record and user in line):
                    dropped += 1
                else:
                    kept.append(line)
        if dropped:
            tmp = path.with_name(path.name + ".erasing")
            tmp.write_text("".join(kept), encoding="utf-8", errors="surrogateescape")
            tmp.replace(path)
            removed += dropped
    return removed


def _adapters_from(scope: Scope, uid: int, attributes: dict[str, Any]) -> list[dict[str, Any]]:
    """Every adapter that may have learned from user ``uid``: their own, and the segments' ones they were a
    source of. A segment adapter registered without sources (before revision 0009) counts when its
    ``key=value`` matches the user's attributes."""

    def learned_from_user(a: dict[str, Any], source: bool | None) -> bool:
        if source is not None:
            return source
        return a["user_id"] == uid or (a["segment"] is not None and in_segment(a["segment"], attributes))

    return [a for a, source in scope.adapters.with_sources(uid) if learned_from_user(a, source)]
