"""``tailorkit ingest {events,users,items} FILE``: load records from CSV, TSV, JSONL or Parquet (and
``ingest docs PATH...``: documents, see ``cli/docs.py``)."""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

import typer

from tailorkit.cli._common import console, guarded, open_engine, print_json, progress_bar
from tailorkit.data import IngestOptions, Target

app = typer.Typer(help="Load events, users or items from a file, or documents.", no_args_is_help=True)

MapOption = Annotated[
    list[str] | None,
    typer.Option(
        "--map", "-m", help="field=column, e.g. user=userId,item=movieId (repeat or comma-separate)."
    ),
]
RejectsOption = Annotated[
    Path | None, typer.Option("--rejects", help="Where skipped records go (default: data dir/rejects/).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]
EncodingOption = Annotated[str, typer.Option("--encoding", help="Text encoding of CSV/TSV/JSONL files.")]
ProfilesOption = Annotated[
    bool,
    typer.Option(
        "--profiles/--no-profiles",
        help="Rebuild the profiles from the stored events once written (an item's tags, a user's consent "
        "and new events all bear on them; --no-profiles leaves it to `tailorkit profile rebuild --all`).",
    ),
]
DelimiterOption = Annotated[
    str | None, typer.Option("--delimiter", help="CSV field separator (default: ',' or a tab for .tsv).")
]


def parse_map(values: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values or []:
        for pair in value.split(","):
            if not pair.strip():
                continue
            field, sep, column = pair.partition("=")
            if not sep or not field.strip() or not column.strip():
                raise typer.BadParameter(f"expected field=column, got {pair!r}", param_hint="--map")
            out[field.strip()] = column.strip()
    return out


class _OnErrorChoice(StrEnum):
    fail = "fail"
    skip = "skip"


class _FormatChoice(StrEnum):
    csv = "csv"
    tsv = "tsv"
    jsonl = "jsonl"
    parquet = "parquet"


class _UnitChoice(StrEnum):
    s = "s"
    ms = "ms"


FileArgument = Annotated[Path, typer.Argument(help="CSV, TSV, JSONL or Parquet file.")]
_OnErrorOption = Annotated[
    _OnErrorChoice,
    typer.Option("--on-error", help="fail: keep nothing if any record is bad; skip: reject bad records."),
]
FormatOption = Annotated[
    _FormatChoice | None, typer.Option("--format", help="Default: from the file suffix.")
]


def _options(
    mapping: list[str] | None,
    on_error: _OnErrorChoice,
    fmt: _FormatChoice | None,
    encoding: str,
    delimiter: str | None,
) -> IngestOptions:
    return {
        "mapping": parse_map(mapping),
        "on_error": "skip" if on_error == _OnErrorChoice.skip else "fail",
        "fmt": fmt.value if fmt else None,
        "encoding": encoding,
        "delimiter": delimiter,
    }


def _run(
    target: Target,
    file: Path,
    options: IngestOptions,
    rejects: Path | None,
    as_json: bool,
    profiles: bool = True,
) -> None:
    folded, took = 0, 0.0
    with open_engine() as engine:
        if options.get("on_error") == "skip" and rejects is None:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            rejects = engine.settings.data_dir / "rejects" / f"{file.name}.{stamp}.rejects.jsonl"
        method = {"events": engine.ingest_events, "users": engine.ingest_users, "items": engine.ingest_items}
        with progress_bar(f"{target} from {file.name}") as update:
            options["rejects"], options["progress"] = rejects, update
            report = method[target](file, **options)
        if profiles and report.written:
            start = time.perf_counter()
            with progress_bar("profiles") as update:
                folded = engine.profiles.rebuild(progress=lambda d, t: update("rebuild", d, t))
            took = time.perf_counter() - start
    if as_json:
        print_json({**report.as_dict(), "profiles_rebuilt_from": folded if profiles else None})
        return
    if report.read_as:
        named = ", ".join(f"{field} from {column!r}" for field, column in report.read_as.items())
        console.print(f"columns read as fields: {named} (--map sets others)", highlight=False)
    console.print(
        f"{target}: read {report.read:,}, written {report.written:,}, unchanged {report.unchanged:,}, "
        f"rejected {report.rejected:,} in {report.seconds:.2f} s ({report.rate:,.0f} records/s)",
        highlight=False,
    )
    if report.rejected:
        console.print(f"rejected records and reasons: {report.rejects_path}", highlight=False)
    if profiles and report.written:
        console.print(f"profiles rebuilt from {folded:,} events in {took:.2f} s", highlight=False)


@app.command()
@guarded
def events(
    file: FileArgument,
    mapping: MapOption = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Event kind of every record (rate, view, ...).")
    ] = None,
    on_error: _OnErrorOption = _OnErrorChoice.fail,
    rejects: RejectsOption = None,
    fmt: FormatOption = None,
    encoding: EncodingOption = "utf-8",
    delimiter: DelimiterOption = None,
    timestamp_unit: Annotated[
        _UnitChoice, typer.Option("--timestamp-unit", help="Unit of numeric times.")
    ] = (_UnitChoice.s),
    as_json: JsonOption = False,
    profiles: ProfilesOption = True,
) -> None:
    """Load events (fields: user, item, kind, value, text, timestamp, key, meta), then rebuild the
    profiles."""
    unit: Literal["s", "ms"] = "ms" if timestamp_unit == _UnitChoice.ms else "s"
    options = _options(mapping, on_error, fmt, encoding, delimiter)
    _run("events", file, {**options, "kind": kind, "timestamp_unit": unit}, rejects, as_json, profiles)


def _entity_command(target: Literal["users", "items"], doc: str) -> None:
    @guarded
    def command(
        file: FileArgument,
        mapping: MapOption = None,
        on_error: _OnErrorOption = _OnErrorChoice.fail,
        rejects: RejectsOption = None,
        fmt: FormatOption = None,
        encoding: EncodingOption = "utf-8",
        delimiter: DelimiterOption = None,
        as_json: JsonOption = False,
        profiles: ProfilesOption = True,
    ) -> None:
        options = _options(mapping, on_error, fmt, encoding, delimiter)
        _run(target, file, options, rejects, as_json, profiles)

    command.__doc__ = doc
    app.command(target)(command)


_entity_command(
    "users", "Create or update users (fields: user, locale, consent_*, attributes; other columns too)."
)
_entity_command(
    "items", "Create or update items (fields: item, title, text, tags, attributes; other columns too)."
)

from tailorkit.cli.docs import ingest_docs  # noqa: E402  (the docs command lives with its siblings)

app.command("docs")(ingest_docs)

__all__ = ["app", "events", "parse_map"]
