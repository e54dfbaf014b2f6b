"""``tailorkit profile {show,set,forget,rebuild,evidence}``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table

from tailorkit.cli._common import console, guarded, open_engine, print_json, progress_bar

__all__ = ["app", "evidence", "forget", "rebuild", "set_", "show"]

app = typer.Typer(help="See and correct what tailorkit infers about a user.", no_args_is_help=True)


@app.command()
@guarded
def show(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Interests listed per side.")] = 10,
) -> None:
    """Explicit attributes, inferred likes and dislikes, behaviour and the summary."""
    with open_engine() as engine:
        profile = engine.profiles.show(user, limit=limit)
    if as_json:
        print_json(profile.as_dict())
        return
    console.print(f"[bold]{user}[/]: {profile.summary}", highlight=False)
    if profile.explicit:
        console.print(
            "declared: " + ", ".join(f"{k}={v}" for k, v in profile.explicit.items()), highlight=False
        )
    table = Table("likes", "score", "dislikes", "score")
    for k in range(max(len(profile.likes), len(profile.dislikes))):
        like = profile.likes[k] if k < len(profile.likes) else None
        dis = profile.dislikes[k] if k < len(profile.dislikes) else None
        table.add_row(
            like.feature + (" (declared)" if like.declared else "") if like else "",
            f"{like.score:.3f}" if like else "",
            dis.feature + (" (declared)" if dis.declared else "") if dis else "",
            f"{dis.score:.3f}" if dis else "",
        )
    console.print(table)
    shown = {k: (_date(v) if k in ("first_event", "last_event") else v) for k, v in profile.behaviour.items()}
    console.print(", ".join(f"{k}: {v}" for k, v in shown.items() if v not in (None, [])), highlight=False)


def _date(ts: float | None) -> str:
    return "-" if ts is None else datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")


@app.command("set")
@guarded
def set_(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    assignments: Annotated[list[str], typer.Argument(help="key=value (e.g. age=31 likes=Sci-Fi,Drama)")],
) -> None:
    """Declare attributes; what a user declares beats what is inferred."""
    declared = {}
    for a in assignments:
        key, sep, value = a.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected key=value, got {a!r}")
        declared[key.strip()] = value.strip()
    with open_engine() as engine:
        engine.profiles.declare(user, declared)
    console.print(f"updated {user}", highlight=False)


@app.command()
@guarded
def forget(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    feature: Annotated[str, typer.Argument(help="An attribute key, or an interest such as genre:Drama.")],
) -> None:
    """Forget an attribute or an inferred interest (it is not inferred again)."""
    with open_engine() as engine:
        had = engine.profiles.forget(user, feature)
    if had:
        console.print(f"forgot {feature} for {user}", highlight=False)
    else:
        console.print(f"{user} had no {feature}; it will not be inferred from now on", highlight=False)


@app.command()
@guarded
def evidence(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    feature: Annotated[str, typer.Argument(help="An interest such as genre:Drama.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """The user's events an interest came from."""
    with open_engine() as engine:
        rows = engine.profiles.evidence(user, feature)
    if as_json:
        print_json(rows)
        return
    table = Table("event", "kind", "value", "item", "title / text")
    for r in rows:
        table.add_row(
            str(r["event"]),
            r["kind"],
            "" if r["value"] is None else str(r["value"]),
            r["item"] or "",
            r["title"] or r["text"] or "",
        )
    console.print(table)


@app.command()
@guarded
def rebuild(
    user: Annotated[list[str] | None, typer.Argument(help="Users to rebuild (with --all: everyone).")] = None,
    everyone: Annotated[bool, typer.Option("--all", help="Rebuild every user's profile.")] = False,
) -> None:
    """Recompute profiles from the stored events."""
    if not everyone and not user:
        raise typer.BadParameter("name users or pass --all")
    with open_engine() as engine, progress_bar("profiles") as update:
        n = engine.profiles.rebuild(None if everyone else user, progress=lambda d, t: update("rebuild", d, t))
    console.print(f"rebuilt from {n:,} events", highlight=False)
