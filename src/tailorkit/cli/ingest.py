"""``tailorkit ingest {events,users,items} FILE``: load records from CSV, TSV, JSONL or Parquet."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Literal, cast

import typer

from tailorkit.cli._common import console, fail, guarded, open_engine, print_json, progress_bar
from tailorkit.data import IngestReport, OnError

app = typer.Typer(help="Load events, users or items from a file.", no_args_is_help=True)

MapOption = Annotated[
    list[str] | None,
    typer.Option(
        "--map", "-m", help="field=column, e.g. user=userId,item=movieId (repeat or comma-separate)."
    ),
]
OnErrorOption = Annotated[
    str, typer.Option("--on-error", help="fail: keep nothing if any record is bad; skip: reject bad records.")
]
RejectsOption = Annotated[
    Path | None, typer.Option("--rejects", help="Where skipped records go (default: data dir/rejects/).")
]
FormatOption = Annotated[
    str | None, typer.Option("--format", help="csv, tsv, jsonl or parquet (default: suffix).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]
EncodingOption = Annotated[str, typer.Option("--encoding", help="Text encoding of CSV/TSV/JSONL files.")]
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


def _run(
    target: Literal["events", "users", "items"],
    file: Path,
    mapping: list[str] | None,
    on_error: str,
    rejects: Path | None,
    fmt: str | None,
    as_json: bool,
    **extra: object,
) -> None:
    if on_error not in ("fail", "skip"):
        raise typer.BadParameter("must be 'fail' or 'skip'", param_hint="--on-error")
    if fmt is not None and fmt not in ("csv", "tsv", "jsonl", "parquet"):
        raise typer.BadParameter("must be csv, tsv, jsonl or parquet", param_hint="--format")
    fields = parse_map(mapping)
    with open_engine() as engine:
        if on_error == "skip" and rejects is None:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            rejects = engine.settings.data_dir / "rejects" / f"{file.name}.{stamp}.rejects.jsonl"
        method = {"events": engine.ingest_events, "users": engine.ingest_users, "items": engine.ingest_items}[
            target
        ]
        with progress_bar(f"{target} from {file.name}") as update:
            report: IngestReport = method(
                file,
                mapping=fields,
                on_error=cast(OnError, on_error),
                rejects=rejects,
                progress=update,
                fmt=fmt,
                **extra,
            )
    if as_json:
        print_json(report.as_dict())
        return
    console.print(
        f"{target}: read {report.read:,}, written {report.written:,}, unchanged {report.unchanged:,}, "
        f"rejected {report.rejected:,} in {report.seconds:.2f} s ({report.rate:,.0f} records/s)",
        highlight=False,
    )
    if report.rejected:
        console.print(f"rejected records and reasons: {report.rejects_path}", highlight=False)


@app.command()
@guarded
def events(
    file: Annotated[Path, typer.Argument(help="CSV, TSV, JSONL or Parquet file.")],
    mapping: MapOption = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Event kind of every record (rate, view, ...).")
    ] = None,
    on_error: OnErrorOption = "fail",
    rejects: RejectsOption = None,
    fmt: FormatOption = None,
    encoding: EncodingOption = "utf-8",
    delimiter: DelimiterOption = None,
    timestamp_unit: Annotated[str, typer.Option("--timestamp-unit", help="s or ms for numeric times.")] = "s",
    as_json: JsonOption = False,
) -> None:
    """Load events (fields: user, item, kind, value, text, timestamp, key, meta)."""
    if timestamp_unit not in ("s", "ms"):
        raise typer.BadParameter("must be s or ms", param_hint="--timestamp-unit")
    _run(
        "events",
        file,
        mapping,
        on_error,
        rejects,
        fmt,
        as_json,
        kind=kind,
        timestamp_unit=timestamp_unit,
        encoding=encoding,
        delimiter=delimiter,
    )


@app.command()
@guarded
def users(
    file: Annotated[Path, typer.Argument(help="CSV, TSV, JSONL or Parquet file.")],
    mapping: MapOption = None,
    on_error: OnErrorOption = "fail",
    rejects: RejectsOption = None,
    fmt: FormatOption = None,
    encoding: EncodingOption = "utf-8",
    delimiter: DelimiterOption = None,
    as_json: JsonOption = False,
) -> None:
    """Create or update users (fields: user, locale, consent_*, attributes; other columns are attributes)."""
    _run("users", file, mapping, on_error, rejects, fmt, as_json, encoding=encoding, delimiter=delimiter)


@app.command()
@guarded
def items(
    file: Annotated[Path, typer.Argument(help="CSV, TSV, JSONL or Parquet file.")],
    mapping: MapOption = None,
    on_error: OnErrorOption = "fail",
    rejects: RejectsOption = None,
    fmt: FormatOption = None,
    encoding: EncodingOption = "utf-8",
    delimiter: DelimiterOption = None,
    as_json: JsonOption = False,
) -> None:
    """Create or update items (fields: item, title, text, tags, attributes; other columns are attributes)."""
    _run("items", file, mapping, on_error, rejects, fmt, as_json, encoding=encoding, delimiter=delimiter)


__all__ = ["app", "fail", "parse_map"]
