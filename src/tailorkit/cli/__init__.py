"""The ``tailorkit`` command line (Typer + Rich). Exit codes: 0 ok, 1 user error, 2 usage."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from tailorkit.cli import datasets, docs, eval, ingest, memory, profile, user
from tailorkit.cli._common import options as _options
from tailorkit.cli.chat import chat, demo, feedback
from tailorkit.cli.doctor import doctor
from tailorkit.cli.init import init
from tailorkit.cli.recommend import models, recommend, train
from tailorkit.cli.serve import keys, mcp, serve, worker
from tailorkit.cli.stats import stats
from tailorkit.cli.tune import tune

__all__ = ["app", "main"]

app = typer.Typer(
    name="tailorkit",
    help="Make an LLM assistant personal to each user: profiles, memories, recommendations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _global(
    db: Annotated[
        str | None, typer.Option("--db", help="SQLite file or database URL (default: data dir).")
    ] = None,
    tenant: Annotated[
        str | None, typer.Option("--tenant", help="Tenant to act for (default: 'default').")
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="A tailorkit.toml to read.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    _options.db, _options.tenant, _options.config, _options.quiet = db, tenant, config, quiet


app.command()(init)
app.command()(stats)
app.command()(train)
app.command()(recommend)
app.command()(models)
app.command()(chat)
app.command()(feedback)
app.command()(demo)
app.command()(serve)
app.command()(mcp)
app.command()(worker)
app.command()(doctor)
app.command()(tune)
app.add_typer(keys, name="keys")
app.add_typer(ingest.app, name="ingest")
app.add_typer(datasets.app, name="datasets")
app.add_typer(eval.app, name="eval")
app.add_typer(profile.app, name="profile")
app.add_typer(memory.app, name="memory")
app.add_typer(docs.app, name="docs")
app.add_typer(user.app, name="user")


def main() -> None:
    # Everything the command writes (database, WAL, models, adapters, rejects, exports) holds users'
    # data: readable by this account only.
    os.umask(0o077)
    app()
