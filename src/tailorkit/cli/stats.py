"""``tailorkit stats``: what the store holds for the tenant."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table

from tailorkit.cli._common import console, guarded, open_engine, print_json

__all__ = ["stats"]


def _when(ts: float | None) -> str:
    return "-" if ts is None else datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M")


@guarded
def stats(as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """Counts of users, items and events (by kind)."""
    with open_engine() as engine:
        s = engine.stats()
    if as_json:
        print_json(s.as_dict())
        return
    console.print(f"tenant {s.tenant!r} in {s.database}", highlight=False, soft_wrap=True)
    table = Table("what", "count")
    table.add_row("users", f"{s.users:,}")
    table.add_row("items", f"{s.items:,}")
    table.add_row("events", f"{s.events:,}")
    for kind, n in s.events_by_kind.items():
        table.add_row(f"  {kind}", f"{n:,}")
    console.print(table)
    console.print(
        f"events from {_when(s.first_event)} to {_when(s.last_event)}; schema {s.schema_revision}",
        highlight=False,
    )
