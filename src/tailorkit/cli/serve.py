"""``tailorkit serve`` and ``tailorkit keys {create,list,revoke}``: the HTTP API and its credentials."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tailorkit.cli._common import console, fail, guarded, open_engine, options, settings

if TYPE_CHECKING:
    import uvicorn

__all__ = ["create", "keys", "list_", "mcp", "revoke", "serve", "supervise", "worker"]

keys = typer.Typer(help="API keys for the HTTP server (each bound to a tenant, optionally to one user).")


@keys.command("create")
@guarded
def create(
    name: Annotated[str, typer.Argument(help="A name to recognise the key by.")],
    user: Annotated[
        str | None, typer.Option("--user", help="An end-user token: only this user's data.")
    ] = None,
    rate: Annotated[
        int | None,
        typer.Option("--rate", help="Requests a minute for this key (default: server.rate_per_minute)."),
    ] = None,
) -> None:
    """Create a key for the current tenant and print it (it is shown only this once)."""
    from tailorkit.server import create_key

    with open_engine() as engine:
        typer.echo(create_key(engine.store, engine.tenant, name, user=user, rate_per_minute=rate))


@keys.command("list")
@guarded
def list_(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """The current tenant's keys: id, name, user, limit, created, revoked (never the keys themselves)."""
    import json
    import time

    from rich.table import Table

    from tailorkit.server import list_keys

    with open_engine() as engine:
        rows = list_keys(engine.store, engine.tenant)
    if as_json:
        typer.echo(json.dumps(rows))
        return
    table = Table("id", "name", "user", "rate/min", "created", "revoked")

    def when(ts: float | None) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""

    for r in rows:
        rate = str(r["rate_per_minute"] or "default")
        table.add_row(
            str(r["id"]), r["name"], r["user"] or "", rate, when(r["created_at"]), when(r["revoked_at"])
        )
    console.print(table)


@keys.command("revoke")
@guarded
def revoke(
    key: Annotated[str, typer.Argument(help="The key, or the name of the tenant's key(s) to revoke.")],
) -> None:
    """Revoke a key of the current tenant (``--tenant``), given in full or by name; requests with it are
    refused from now on. Another tenant's key is never touched."""
    from tailorkit.server import revoke_key

    with open_engine() as engine:
        done, tenant = revoke_key(engine.store, engine.tenant, key), engine.tenant
    if not done:
        raise typer.BadParameter(f"no active key of tenant {tenant!r} matches")
    console.print(f"revoked {done} key{'s' if done > 1 else ''}", highlight=False)


@guarded
def serve(
    host: Annotated[
        str | None, typer.Option("--host", help="Interface to listen on (default 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port (default 8000).")] = None,
    demo_key: Annotated[
        bool,
        typer.Option("--demo-key", help="Create a key named 'demo' on first start, saved in the data dir."),
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=1, help="Worker processes (PostgreSQL only: SQLite serves one process)."
        ),
    ] = 1,
) -> None:
    """Serve the API (REST under /api, OpenAI-compatible /v1, docs at /docs) until interrupted."""
    import uvicorn

    from tailorkit.server import access_log_config, create_app, create_key

    base = settings()
    with open_engine() as engine:
        dialect = engine.store.engine.dialect.name
        if workers > 1 and dialect == "sqlite":
            raise fail(
                "--workers above 1 needs PostgreSQL: SQLite serves one process (its writes take turns "
                "and each process would cache what another erased). Set database_url = "
                '"postgresql://..." (or --db postgresql://...), or serve with one worker.'
            )
        h, p = host or base.server.host, port or base.server.port
        link = f"http://{h}:{p}/"
        if demo_key:
            path = base.data_dir / "demo-api-key"
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.touch(0o600)
                path.write_text(create_key(engine.store, engine.tenant, "demo") + "\n", encoding="utf-8")
            console.print(f"demo API key in {path}", highlight=False)
            # The page takes the key from the link's fragment, which browsers never send to a server:
            # no request (another local user's, a DNS-rebinding web page's) can ask the server for it.
            link += "#key=" + path.read_text(encoding="utf-8").strip()
        console.print(
            f"tailorkit serving tenant {engine.tenant!r} on http://{h}:{p} (docs: /docs)"
            + (f", {workers} workers" if workers > 1 else ""),
            highlight=False,
        )
        if demo_key:
            console.print(f"open the demo page: {link}", highlight=False, soft_wrap=True)
        level = "warning" if options.quiet else "info"
        logs = access_log_config(json_lines=base.server.log_format == "json")
        if workers == 1:
            uvicorn.run(
                create_app(engine.store, engine.settings), host=h, port=p, log_level=level, log_config=logs
            )
            return
        url = engine.store.engine.url.render_as_string(hide_password=False)
    if base.server.rate_limit_storage.startswith("memory://"):
        console.print(
            f"note: each of the {workers} workers counts requests on its own (a key may make {workers}x "
            "server.rate_per_minute a minute); set server.rate_limit_storage = "
            '"redis://..." to share one count',
            highlight=False,
        )
    _worker_environment(url, engine.tenant)
    config = uvicorn.Config(
        "tailorkit.server:worker_app",
        factory=True,
        workers=workers,
        host=h,
        port=p,
        log_level=level,
        log_config=logs,
    )
    failed = supervise(config)
    if failed:
        raise fail(
            f"{failed} of the {workers} worker processes failed to start (the log above says why); "
            "the server has stopped"
        )


def supervise(config: uvicorn.Config) -> int:
    """Serve ``config.workers`` processes of ``config``'s app until interrupted; returns how many failed
    to start. uvicorn's supervisor stops every worker when one fails before it serves (the app, the store
    or the socket is broken, and would fail the same way again) but returns as after Ctrl-C: this says
    which it was."""
    from uvicorn.config import STARTUP_FAILURE
    from uvicorn.supervisors import Multiprocess

    supervisor = Multiprocess(config, sockets=[config.bind_socket()])
    supervisor.run()
    return sum(process.exitcode == STARTUP_FAILURE for process in supervisor.processes)


def _worker_environment(url: str, tenant: str) -> None:
    """What the worker processes read: the database, the tenant and config this command was given, and a
    fresh folder where each writes its metrics for /metrics to sum."""
    import os
    import shutil
    import tempfile

    from tailorkit.server import WORKER_DATABASE

    os.environ[WORKER_DATABASE] = url
    os.environ["TAILORKIT_TENANT"] = tenant
    if options.config is not None:
        os.environ["TAILORKIT_CONFIG"] = str(options.config.resolve())
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder:  # a folder the operator chose: last run's counts are not this run's
        for leftover in Path(folder).glob("*.db"):
            leftover.unlink()
    else:
        folder = tempfile.mkdtemp(prefix="tailorkit-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
        import atexit

        atexit.register(shutil.rmtree, folder, True)


@guarded
def worker(
    threads: Annotated[
        int | None, typer.Option("--threads", min=1, help="Jobs run at once (default: jobs.threads).")
    ] = None,
) -> None:
    """Run background jobs (training, scheduled retraining, profile rebuilds, the refits after an erase)
    from the store's queue until interrupted; start as many as the work needs, on any machine that
    reaches the store. A job whose worker dies mid-way is run again by another."""
    from tailorkit.jobs import run_worker

    with open_engine() as engine:
        console.print(
            f"tailorkit worker: jobs of {engine.store.engine.url.render_as_string()}", highlight=False
        )
        run_worker(engine, threads)


@guarded
def mcp(
    key: Annotated[
        str | None,
        typer.Option(
            "--key", envvar="TAILORKIT_API_KEY", help="The API key the agent acts with (or the env)."
        ),
    ] = None,
) -> None:
    """Serve the MCP tools over stdio (search memories, remember, forget, show and edit the profile,
    recommend, feedback, export) for an agent holding KEY: its tenant, and its user for an end-user
    token. The same tools are at /mcp/ under ``tailorkit serve``."""
    from tailorkit.server import run_mcp, verify_key

    if not key:
        raise typer.BadParameter("give the API key the agent acts with (--key or TAILORKIT_API_KEY)")
    with open_engine() as engine:
        if verify_key(engine.store, key) is None:
            raise typer.BadParameter("unknown or revoked API key", param_hint="--key")
        run_mcp(engine.store, engine.settings, key)
