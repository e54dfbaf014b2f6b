"""``tailorkit serve`` and ``tailorkit keys {create,revoke}``: the HTTP API and its credentials."""

from __future__ import annotations

from typing import Annotated

import typer

from tailorkit.cli._common import console, guarded, open_engine, options, settings

keys = typer.Typer(help="API keys for the HTTP server (each bound to a tenant, optionally to one user).")


@keys.command("create")
@guarded
def create(
    name: Annotated[str, typer.Argument(help="A name to recognise the key by.")],
    user: Annotated[
        str | None, typer.Option("--user", help="An end-user token: only this user's data.")
    ] = None,
) -> None:
    """Create a key for the current tenant and print it (it is shown only this once)."""
    from tailorkit.server import create_key

    with open_engine() as engine:
        typer.echo(create_key(engine.store, engine.tenant, name, user=user))


@keys.command("revoke")
@guarded
def revoke(key: Annotated[str, typer.Argument(help="The key to revoke.")]) -> None:
    """Revoke a key; requests with it are refused from now on."""
    from tailorkit.server import revoke_key

    with open_engine() as engine:
        if not revoke_key(engine.store, key):
            raise typer.BadParameter("no such active key")
    console.print("revoked", highlight=False)


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
) -> None:
    """Serve the API (REST under /api, OpenAI-compatible /v1, docs at /docs) until interrupted."""
    import uvicorn

    from tailorkit.server import access_log_config, create_app, create_key

    base = settings()
    with open_engine() as engine:
        h, p = host or base.server.host, port or base.server.port
        key = None
        if demo_key:
            path = base.data_dir / "demo-api-key"
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(create_key(engine.store, engine.tenant, "demo") + "\n", encoding="utf-8")
                path.chmod(0o600)
            console.print(f"demo API key in {path}", highlight=False)
            # Only a page served to this machine alone gets the key filled in.
            key = path.read_text(encoding="utf-8").strip() if h in ("127.0.0.1", "localhost") else None
        app = create_app(engine.store, engine.settings, demo_key=key)
        console.print(
            f"tailorkit serving tenant {engine.tenant!r} on http://{h}:{p} (docs: /docs)", highlight=False
        )
        level = "warning" if options.quiet else "info"
        uvicorn.run(app, host=h, port=p, log_level=level, log_config=access_log_config())
