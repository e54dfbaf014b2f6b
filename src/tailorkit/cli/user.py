"""``tailorkit user {export,erase}``: a user's rights over their data, from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tailorkit.cli._common import console, guarded, open_engine, print_json
from tailorkit.privacy import audit

__all__ = ["app", "erase", "export"]

app = typer.Typer(help="Export or erase everything known about a user.", no_args_is_help=True)


@app.command()
@guarded
def export(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the JSON here (default: print it).")
    ] = None,
) -> None:
    """Everything stored about USER as one JSON document: attributes, events, profile with evidence,
    memories with their history, conversations, feedback, adapters and the audit trail."""
    with open_engine() as engine:
        doc = engine.export(user)
        audit(engine.store, engine.tenant, "cli", "export", user)
    if out is None:
        print_json(doc)
        return
    tmp = out.with_name(out.name + ".part")  # a complete file or none
    tmp.write_text(json.dumps(doc, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(out)
    console.print(f"exported {user!r} to {out} ({out.stat().st_size:,} bytes)", highlight=False)


@app.command()
@guarded
def erase(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Delete USER everywhere: rows, full-text and vector indexes, logs, model files (refitted without
    them) and every adapter that learned from them. This cannot be undone."""
    with open_engine() as engine:
        engine.user(user)  # a missing user fails here, before any question
        if not yes and not typer.confirm(f"Erase everything about {user!r} in tenant {engine.tenant!r}?"):
            raise typer.Exit(1)
        audit(engine.store, engine.tenant, "cli", "erase", user)
        report = engine.erase(user)
    if as_json:
        print_json(report)
        return
    counts = ", ".join(f"{report[k]} {k}" for k in ("events", "memories", "turns", "conversations"))
    refitted = ", ".join(report.get("retrained", [])) or "none"
    console.print(
        f"erased {user!r}: {counts}; {report['models']} model file(s) scrubbed, refitted: {refitted}; "
        f"{report['adapters']} adapter(s) deleted",
        highlight=False,
    )
