"""``tailorkit doctor``: each piece a deployment's settings name, checked, with what to do when it is not
there."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from tailorkit.cli._common import console, guarded, options, print_json, settings
from tailorkit.config import Settings

__all__ = ["doctor"]

Check = tuple[str, str, str]
"""(piece, "ok" | "warn" | "fail", what was found or what to do)."""


def _database(base: Settings) -> tuple[list[Check], Any]:
    from tailorkit.store import Store, current_revision, has_sqlite_vec, head_revision

    url = options.db or base.resolved_database_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve().as_posix()}"
    try:
        store = Store.open(url, base.store, upgrade=False)
    except Exception as exc:
        return [("database", "fail", str(exc))], None
    shown = store.engine.url.render_as_string()
    found, head = current_revision(store.engine), head_revision()
    out = [("database", "ok", f"{shown}: schema {found}")]
    if found != head:
        out = [
            ("database", "fail", f"{shown}: schema {found}, this version needs {head}: run `tailorkit init`")
        ]
    if store.engine.dialect.name == "sqlite":
        vec = has_sqlite_vec(store.engine)
        out.append(
            (
                "vector search",
                "ok" if vec else "warn",
                "sqlite-vec loaded" if vec else "exact search in Python",
            )
        )
    else:
        out.append(("vector search", "ok", "pgvector (the schema uses it)"))
    return out, store


def _jobs(base: Settings, store: Any) -> list[Check]:
    from tailorkit.jobs import queue, runs_in_server

    url = store.engine.url.render_as_string(hide_password=False)
    try:
        pending = queue(base, url).pending_count()
    except Exception as exc:
        return [("job queue", "fail", f"{type(exc).__name__}: {exc} (jobs.queue = {base.jobs.queue!r})")]
    out: list[Check] = [("job queue", "ok", f"{base.jobs.queue or 'the store'}: {pending} waiting")]
    jobs = store.scope(options.tenant or base.tenant).jobs.list(200)
    now = datetime.now(UTC)
    waiting = [j for j in jobs if j["state"] == "queued"]
    oldest = max(((now - _aware(j["updated_at"])).total_seconds() for j in waiting), default=0.0)
    in_server = runs_in_server(base, store)
    if oldest > base.jobs.stale_after_s:
        who = "the server (it runs jobs itself)" if in_server else "`tailorkit worker`"
        out.append(
            ("job workers", "warn", f"{len(waiting)} jobs waiting up to {oldest:.0f} s: is {who} running?")
        )
    else:
        out.append(("job workers", "ok", "in the server" if in_server else "no job waits too long"))
    return out


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _reach(name: str, base_url: str, api_key: str | None) -> Check:
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    try:
        r = httpx.get(base_url.rstrip("/") + "/models", headers=headers, timeout=5)
    except httpx.HTTPError as exc:
        return (name, "fail", f"{base_url} unreachable ({type(exc).__name__})")
    if r.status_code >= 400:
        return (name, "fail", f"{base_url}/models answered {r.status_code}")
    return (name, "ok", f"{base_url} answers")


def _models(base: Settings) -> list[Check]:
    from tailorkit.llm import bundled_chat_model, bundled_embedding_model

    llm, out = base.llm, []
    if llm.backend == "llama-cpp":
        try:
            path = llm.model_path or bundled_chat_model()
            out.append(("chat model", "ok" if Path(path).is_file() else "fail", f"llama.cpp: {path}"))
        except Exception as exc:
            out.append(("chat model", "fail", f"llama.cpp: {exc}"))
    elif llm.backend == "openai":
        out.append(_reach("chat model", llm.base_url or "", llm.api_key) if llm.base_url else
                   ("chat model", "fail", "llm.base_url is not set"))  # fmt: skip
    else:
        out.append(("chat model", "ok", f"backend {llm.backend}"))
    for name, upstream in llm.upstreams.items():
        out.append(_reach(f"upstream {name}", upstream.base_url, upstream.api_key))
    try:
        folder = llm.embedding_model or bundled_embedding_model()
        out.append(("embedding model", "ok" if Path(folder).exists() else "fail", str(folder)))
    except Exception as exc:
        out.append(("embedding model", "fail", str(exc)))
    return out


def _limits(base: Settings) -> list[Check]:
    from limits import storage

    uri = base.server.rate_limit_storage
    try:
        counts = storage.storage_from_string(uri)
        alive = bool(counts.check())
    except Exception as exc:
        return [("rate limits", "fail", f"{uri}: {type(exc).__name__}: {exc}")]
    if not alive:
        return [("rate limits", "fail", f"{uri} does not answer")]
    shared = not uri.startswith("memory://")
    return [("rate limits", "ok", f"{uri}" + ("" if shared else " (each server process counts its own)"))]


@guarded
def doctor(
    as_json: Annotated[bool, typer.Option("--json", help="The checks as JSON.")] = False,
) -> None:
    """Check the pieces this configuration names: database and schema, vector search, the job queue and
    workers, the chat model or server, upstreams, the embedding model, the rate-limit storage. Exits 1 when
    one is missing."""
    base = settings()
    started = time.perf_counter()
    checks, store = _database(base)
    parts: list[Callable[[], list[Check]]] = [lambda: _models(base), lambda: _limits(base)]
    if store is not None:
        parts.insert(0, lambda: _jobs(base, store))
    for part in parts:
        checks += part()
    if store is not None:
        store.engine.dispose()
    if as_json:
        print_json([{"piece": p, "state": s, "detail": d} for p, s, d in checks])
    else:
        marks = {"ok": "[green]ok[/]  ", "warn": "[yellow]warn[/]", "fail": "[bold red]FAIL[/]"}
        for piece, state, detail in checks:
            console.print(f"{marks[state]} {piece}: {detail}", highlight=False, soft_wrap=True)
        console.print(f"({time.perf_counter() - started:.1f} s)", style="dim")
    if any(state == "fail" for _, state, _ in checks):
        raise typer.Exit(1)
