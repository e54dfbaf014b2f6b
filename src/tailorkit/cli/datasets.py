"""``tailorkit datasets {list,load}``: the public data sets tailorkit can load."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tailorkit.cli._common import console, guarded, open_engine, parse_options, print_json, progress_bar
from tailorkit.data import DATASETS

__all__ = ["app", "list_", "load"]

app = typer.Typer(help="List and load public data sets.", no_args_is_help=True)


@app.command("list")
@guarded
def list_() -> None:
    """Show the registered data sets."""
    table = Table("name", "description", "licence")
    for name in DATASETS.names():
        ds = DATASETS.get(name)
        table.add_row(name, ds.description, ds.licence)
    console.print(table)


@app.command()
@guarded
def load(
    name: Annotated[str, typer.Argument(help="Data set name (see `datasets list`).")],
    path: Annotated[Path | None, typer.Option("--path", help="Folder or file of the data set.")] = None,
    option: Annotated[
        list[str] | None, typer.Option("--option", "-o", help="key=value for the loader.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Load a data set into the store (idempotent: loading twice adds nothing)."""
    opts = parse_options(option)
    with open_engine() as engine, progress_bar(name) as update:
        report = engine.load_dataset(name, path, progress=update, **opts)
    if as_json:
        print_json(report.as_dict())
        return
    table = Table(
        "part", "read", "written", "unchanged", "rejected", "seconds", title=f"{name} from {report.path}"
    )
    for p in report.parts:
        table.add_row(
            f"{p.target} ({Path(p.source).name})",
            f"{p.read:,}",
            f"{p.written:,}",
            f"{p.unchanged:,}",
            f"{p.rejected:,}",
            f"{p.seconds:.2f}",
        )
    console.print(table)
    console.print(f"loaded {name} in {report.seconds:.2f} s", highlight=False)
