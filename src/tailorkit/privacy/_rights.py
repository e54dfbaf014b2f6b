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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, delete, func, select, text

from tailorkit.config import remove_within
from tailorkit.privacy._audit import audit_trail, forget_subject
from tailorkit.store import AdapterRecord, AdapterSource, ApiKey, Conversation, ModelRecord, Turn, User
from tailorkit.tuning import in_segment

if TYPE_CHECKING:
    from tailorkit.engine import Engine

__all__ = ["erase_user", "export_user"]


def export_user(engine: Engine, user: str) -> dict[str, Any]:
    """One JSON-ready document with everything stored about ``user``."""
    row = engine.store.get_user(engine.tenant, user)
    uid = int(row["id"])
    profile = engine.profiles.show(user, limit=50)
    evidence = {
        i.feature: engine.profiles.evidence(user, i.feature, 20)
        for i in [*profile.likes, *profile.dislikes][:20]
    }
    events = engine.events(user)
    with engine.store.read() as conn:
        conversations = [dict(r._mapping) for r in conn.execute(
            select(Conversation.id, Conversation.domain, Conversation.created_at, Conversation.updated_at)
            .where(Conversation.user_id == uid).order_by(Conversation.id)
        )]  # fmt: skip
        turns = [dict(r._mapping) for r in conn.execute(
            select(Turn.id, Turn.conversation_id, Turn.role, Turn.text, Turn.ts, Turn.rating, Turn.why)
            .where(Turn.user_id == uid).order_by(Turn.id)
        )]  # fmt: skip
    for c in conversations:
        c["turns"] = [t for t in turns if t["conversation_id"] == c["id"]]
    memories = engine.memories.list(user, include_history=True, limit=None)
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
            "feedback": [t for t in turns if t["rating"] is not None],
            "adapters": [
                {k: a[k] for k in ("path", "segment", "created_at", "examples", "data_from", "data_to")}
                for a in _adapters_from(engine, uid, row["attributes"] or {})
            ],
            "audit": audit_trail(engine.store, engine.tenant, user),
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


def erase_user(engine: Engine, user: str) -> dict[str, Any]:
    """Delete ``user`` from every table, index, log, model file and adapter folder. Returns a report."""
    store = engine.store
    row = store.get_user(engine.tenant, user)
    uid = int(row["id"])
    report: dict[str, Any] = {"user": user}
    learned_from = _adapters_from(engine, uid, row["attributes"] or {})
    with store.write() as conn:
        for table in ("events", "memories", "turns", "conversations", "profile_features", "profile_stats"):
            report[table] = conn.execute(
                text(f"SELECT count(*) FROM {table} WHERE user_id = :u"), {"u": uid}
            ).scalar()
        # A segment's adapters that learned from the user go with them (their own ones cascade)
        conn.execute(delete(AdapterRecord).where(AdapterRecord.id.in_([a["id"] for a in learned_from])))
        conn.execute(delete(User).where(User.id == uid))  # everything else cascades from the user row
        # The user's API tokens go too: an erased user's token must not recreate them
        report["api_keys"] = conn.execute(
            delete(ApiKey).where(
                ApiKey.tenant_id == store.tenant_id(engine.tenant),
                ApiKey.user_external_id == row["external_id"],
            )
        ).rowcount
    store.forget_cached_user(engine.tenant, row["external_id"])
    report["audit_entries_unlinked"] = forget_subject(store, engine.tenant, row["external_id"])
    report["rejects"] = _scrub_rejects(engine.settings.data_dir / "rejects", row["external_id"])
    store.purge_deleted(("events", "memories", "turns", "conversations", "users", "api_keys", "audit_log"))
    report["models"] = _scrub_models(engine, user)
    if engine.settings.privacy.retrain_on_erase:
        report["retrained"], report["model_versions_removed"], failed = _retrain_models(engine)
        if failed:
            report["refit_failed"] = failed
    # Every file removed here must lie inside the tenant's adapter folder, whatever a stored path or an
    # id says: a path that climbs out (or names the folder itself) is left alone.
    adapters_root = engine.settings.adapter_dir(engine.tenant, user).parent
    for adapter in learned_from:  # the GGUF file, its PEFT copy and its loss curve
        path = Path(adapter["path"])
        for part in (path, path.with_suffix(".png"), path.with_suffix("")):
            remove_within(part, adapters_root)
    report["adapters"] = len(learned_from)
    report["segment_adapters"] = sorted({a["segment"] for a in learned_from if a["segment"]})
    # anything else left in the user's own folder
    remove_within(engine.settings.adapter_dir(engine.tenant, user), adapters_root)
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


def _adapters_from(engine: Engine, uid: int, attributes: dict[str, Any]) -> list[dict[str, Any]]:
    """Every adapter that may have learned from user ``uid``: their own, and the segments' ones they were a
    source of. A segment adapter registered without sources (before revision 0009) counts when its
    ``key=value`` matches the user's attributes."""
    with engine.store.read() as conn:
        sources: dict[int, int] = dict(conn.execute(
            select(AdapterSource.adapter_id, func.max(case((AdapterSource.user_id == uid, 1), else_=0)))
            .join(AdapterRecord, AdapterRecord.id == AdapterSource.adapter_id)
            .where(AdapterRecord.tenant_id == engine.store.tenant_id(engine.tenant))
            .group_by(AdapterSource.adapter_id)
        ).all())  # fmt: skip
        adapters = [dict(r) for r in conn.execute(
            select(AdapterRecord.__table__)
            .where(AdapterRecord.tenant_id == engine.store.tenant_id(engine.tenant))
            .order_by(AdapterRecord.created_at)
        ).mappings()]  # fmt: skip

    def learned_from_user(a: dict[str, Any]) -> bool:
        if a["id"] in sources:
            return bool(sources[a["id"]])
        return a["user_id"] == uid or (a["segment"] is not None and in_segment(a["segment"], attributes))

    return [a for a in adapters if learned_from_user(a)]


def _scrub_models(engine: Engine, user: str) -> int:
    from tailorkit.recommend import Recommender

    scrubbed = 0
    for record in engine.store.models(engine.tenant):
        path = Path(record["path"])
        if not path.exists():
            continue
        model = Recommender.load(path)
        if model.forget_users([user]):
            tmp = path.with_name(path.stem + ".erasing.npz")
            model.save(tmp)
            tmp.replace(path)
            scrubbed += 1
    engine.recommender.reload()
    return scrubbed


def _retrain_models(engine: Engine) -> tuple[list[str], int, dict[str, str]]:
    """Fit the newest model of each algorithm again, with its configuration, on the data as it is now;
    then delete every older version (file and registry row) of the algorithms that were refitted. An
    algorithm with nothing left to learn from, or whose refit fails (reported), keeps its scrubbed model."""
    from tailorkit.errors import InputError
    from tailorkit.recommend import DEFAULT_KINDS

    before = engine.store.models(engine.tenant)
    newest: dict[str, dict[str, Any]] = {}
    for record in before:
        newest.setdefault(record["algorithm"], record)
    retrained: list[str] = []
    failed: dict[str, str] = {}
    for algorithm, record in newest.items():
        kinds = tuple((record["snapshot"] or {}).get("kinds") or DEFAULT_KINDS)
        try:
            engine.recommender.train(algorithm, kinds=kinds, **(record["config"] or {}))
        except InputError:
            continue
        except Exception as exc:  # the user is already gone: report it, keep the scrubbed model
            failed[algorithm] = f"{type(exc).__name__}: {exc}"
            continue
        retrained.append(algorithm)
    stale = [r for r in before if r["algorithm"] in retrained]
    models_root = engine.recommender.models_dir
    for record in stale:  # files first: a crash in between leaves rows without files, which are skipped
        remove_within(Path(record["path"]), models_root)
    with engine.store.write() as conn:
        conn.execute(delete(ModelRecord).where(ModelRecord.id.in_([r["id"] for r in stale])))
    engine.recommender.reload()
    return sorted(retrained), len(stale), failed
