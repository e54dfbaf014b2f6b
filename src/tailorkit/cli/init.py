"""``tailorkit init``: create (or migrate) the database."""

from __future__ import annotations

from tailorkit.cli._common import console, guarded, open_engine

__all__ = ["init"]


@guarded
def init() -> None:
    """Create the database (or bring its schema up to date) and the default tenant."""
    with open_engine() as engine:
        stats = engine.stats()
    console.print(
        f"[green]ready[/]: {stats.database} (schema {stats.schema_revision}, tenant {stats.tenant!r})"
    )
