"""``tune(user)``: choose the user's own texts, hold out the newest 20%, train a LoRA, keep it only if it
lowers held-out perplexity, write it as a GGUF adapter for llama.cpp, and register it."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from tailorkit.config import Settings
from tailorkit.errors import InputError, TuningError
from tailorkit.store import Scope, Store

__all__ = ["TuningError", "in_segment", "training_texts", "tune"]

TEXT_KINDS = ("message", "review", "tag", "search")


def training_texts(scope: Scope, users: list[int]) -> list[tuple[float, str]]:
    """The users' own words (messages, reviews, tags, searches) and the answers they rated well, by time."""
    both = [*scope.events.texts(users, TEXT_KINDS), *scope.conversations.liked_answers(users)]
    return sorted((ts, text.strip()) for ts, text in both if text.strip())


def in_segment(segment: str, attributes: Mapping[str, Any] | None) -> bool:
    """Whether a user with ``attributes`` belongs to ``segment``, ``key=value`` (compared as text)."""
    key, _, value = segment.partition("=")
    return str((attributes or {}).get(key)) == value


def _users(scope: Scope, user: str | None, segment: str | None) -> tuple[list[int], str]:
    if user is not None:
        uid = scope.user_id(user)  # raises the usual UserNotFoundError
        if not scope.users.consents(user, "tuning"):
            raise TuningError(f"user {user!r} has not consented to model tuning; no adapter was trained")
        return [uid], f"user {user!r}"
    wanted = segment or ""
    key, sep, value = wanted.partition("=")
    if not sep:
        raise InputError(f"a segment is attribute=value (e.g. occupation=student), got {segment!r}")
    ids = [i for i, attrs in scope.users.consenting("tuning") if in_segment(wanted, attrs)]
    if not ids:
        raise TuningError(f"no consenting user has {key}={value}")
    return ids, f"segment {segment!r} ({len(ids)} users)"


def tune(
    store: Store,
    tenant: str,
    settings: Settings,
    user: str | None = None,
    *,
    segment: str | None = None,
    progress: Callable[[int, float], None] | None = None,
) -> dict[str, Any]:
    """Train, evaluate, export and register an adapter for ``user`` (or ``segment="key=value"``).

    Raises:
        TuningError: too little data, no consent, or the adapter did not lower held-out perplexity.
    """
    from tailorkit.llm import bundled_chat_model
    from tailorkit.tuning._gguf import write_gguf_adapter
    from tailorkit.tuning._train import base_model

    s = settings.tuning
    if (user is None) == (segment is None):
        raise InputError("tune needs exactly one of a user or a segment")
    scope = store.scope(tenant)
    ids, who = _users(scope, user, segment)
    texts = training_texts(scope, ids)
    if len(texts) < s.min_examples:
        raise TuningError(
            f"{who} has {len(texts)} texts of their own; an adapter needs at least {s.min_examples} "
            "(messages, reviews, tags, well-rated answers). Nothing was trained."
        )
    cut = int(len(texts) * (1 - s.held_out))
    train, held = [t for _, t in texts[:cut]], [t for _, t in texts[cut:]]
    model_path = Path(settings.llm.model_path or bundled_chat_model())
    base = base_model(model_path)
    result = base.train(train, held, s, progress=progress)
    metrics = {
        "perplexity_before": result.perplexity_before,
        "perplexity_after": result.perplexity_after,
        "gain": result.gain,
        "steps": result.steps,
        "stopped_early": result.stopped_early,
        "seconds": result.seconds,
        "train_loss": result.train_loss,
        "held_out_loss": result.held_out_loss,
    }
    if result.gain < s.min_gain:
        raise TuningError(
            f"the adapter for {who} lowered held-out perplexity by only {result.gain:.1%} "
            f"({result.perplexity_before:.1f} -> {result.perplexity_after:.1f}); it was not kept"
        )
    # Training takes minutes: a user erased (or who withdrew consent) meanwhile must not be learned from.
    still = set(_users(scope, user, segment)[0])
    if not set(ids) <= still:
        raise TuningError(
            f"{who}: a user it learned from was erased or withdrew consent while it trained; nothing was kept"
        )
    folder = settings.adapter_dir(tenant, user if user is not None else f"segment-{segment}")
    path = folder / f"lora-{time.strftime('%Y%m%d-%H%M%S')}.gguf"
    config = base.model.config
    write_gguf_adapter(
        path,
        result.adapter,
        alpha=s.alpha,
        heads=config.num_attention_heads,
        kv_heads=config.num_key_value_heads,
    )
    _write_peft(path.with_suffix(""), result.adapter, s)  # the same weights for the transformers backend
    metrics["size_bytes"] = path.stat().st_size
    record: dict[str, Any] = {
        "user_id": ids[0] if user is not None else None,
        "segment": segment,
        "base_digest": base.digest,
        "data_from": texts[0][0],
        "data_to": texts[-1][0],
        "examples": len(texts),
        "metrics": metrics,
        "path": str(path),
        "created_at": time.time(),
    }
    record["id"] = scope.adapters.add(record, ids)
    record["tenant_id"] = scope.tenant_id
    return record


def _write_peft(folder: Path, adapter: dict[str, Any], s: Any) -> None:
    """The adapter in PEFT's own layout (safetensors + config), for ``TransformersChat``."""
    import json

    from safetensors.torch import save_file

    from tailorkit.tuning._train import lora_config

    folder.mkdir(parents=True, exist_ok=True)
    weights = {k.replace(".default", ""): v.contiguous() for k, v in adapter.items()}
    save_file(weights, str(folder / "adapter_model.safetensors"))
    config = lora_config(s).to_dict()
    config = {k: (sorted(v) if isinstance(v, set) else v) for k, v in config.items()}
    (folder / "adapter_config.json").write_text(json.dumps(config, default=str), encoding="utf-8")
