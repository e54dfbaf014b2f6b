"""Streaming readers: CSV/TSV, JSONL and Parquet files, DataFrames and iterables of dicts.

Every reader yields ``RawChunk``s of at most ``batch_size`` records, so memory stays flat whatever
the input size, and each record keeps the line (or row) it came from for error messages.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from tailorkit.errors import IngestError, Problem

__all__ = ["Format", "RawChunk", "detect_format", "read_chunks"]

Format = Literal["csv", "tsv", "jsonl", "parquet"]
_SURROGATE = re.compile("[\udc80-\udcff]")
_SUFFIXES: dict[str, Format] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}


@dataclass
class RawChunk:
    """Records as read, before validation.

    Attributes:
        frame: one column per input column, values as the input gave them (strings for text files).
        lines: the 1-based line (text files) or row (Parquet, records) of each record.
        problems: records that could not even be read (bad JSON, wrong field count); not in ``frame``.
        undecodable: whether some value held bytes that are not valid in the file's encoding.
        text: whether values are untyped text (CSV), so that numbers in attributes get parsed.
    """

    frame: pd.DataFrame
    lines: np.ndarray
    problems: list[Problem] = field(default_factory=list)
    undecodable: bool = False
    text: bool = False
    """Values are untyped text (CSV/TSV): numbers in attribute columns are parsed."""


def detect_format(path: Path) -> Format:
    """The format a file's suffix names (``.gz`` and friends are not supported)."""
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(
            [Problem(str(path), 0, None, f"unknown file type {path.suffix!r}")],
            hint="use .csv, .tsv, .jsonl or .parquet, or pass the format (--format)",
        )
    return fmt


def read_chunks(
    source: str | Path | pd.DataFrame | Iterable[dict[str, Any]],
    batch_size: int,
    *,
    fmt: Format | None = None,
    encoding: str = "utf-8",
    delimiter: str | None = None,
    header: list[str] | None = None,
) -> Iterator[RawChunk]:
    """Yield the records of ``source`` in chunks of at most ``batch_size``.

    Args:
        source: a file path, a DataFrame or an iterable of dicts.
        batch_size: records per chunk.
        fmt: the file format; guessed from the suffix when None.
        encoding: text encoding of CSV/JSONL files.
        delimiter: CSV field separator; "," for csv and a tab for tsv when None.
        header: column names for a text file that has no header line.

    Raises:
        IngestError: the file is missing, empty or not of its format.
    """
    if isinstance(source, pd.DataFrame):
        yield from _frame_chunks(source, batch_size)
        return
    if not isinstance(source, str | Path):
        yield from _record_chunks(source, batch_size)
        return
    path = Path(source)
    if not path.is_file():
        raise IngestError([Problem(str(path), 0, None, "file not found")], hint="check the path")
    fmt = fmt or detect_format(path)
    if path.stat().st_size == 0:
        raise IngestError([Problem(str(path), 0, None, "empty file")], hint="nothing was written")
    if fmt in ("csv", "tsv", "jsonl"):
        encoding = _check_encoding(path, encoding)
    if fmt in ("csv", "tsv"):
        sep = delimiter or ("\t" if fmt == "tsv" else ",")
        yield from _csv_chunks(path, batch_size, encoding, sep, header)
    elif fmt == "jsonl":
        yield from _jsonl_chunks(path, batch_size, encoding)
    else:
        yield from _parquet_chunks(path, batch_size)


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
MAX_RECORD_BYTES = 1 << 20
"""Longest record (line) of a text file: past it a file is not a log of events, users or items."""


def _check_encoding(path: Path, encoding: str) -> str:
    """The encoding to read ``path`` with: a UTF-16/32 byte-order mark wins over a UTF-8 default (the
    file says what it is); UTF-16 without one (NUL bytes in a UTF-8 read) is refused, naming the fix."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig")
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name if utf8 else encoding
    if utf8 and b"\x00" in head:
        raise IngestError(
            [
                Problem(
                    str(path), 1, None, "holds NUL bytes: not UTF-8 text (UTF-16 without a byte-order mark?)"
                )
            ],
            hint="pass the file's encoding (--encoding utf-16-le, or utf-16-be)",
        )
    return encoding


def _frame_chunks(df: pd.DataFrame, batch_size: int) -> Iterator[RawChunk]:
    for start in range(0, len(df), batch_size):
        part = df.iloc[start : start + batch_size].reset_index(drop=True)
        yield RawChunk(part, np.arange(start + 1, start + 1 + len(part)))


def _record_chunks(records: Iterable[dict[str, Any]], batch_size: int) -> Iterator[RawChunk]:
    it = iter(records)
    start = 0
    while batch := list(itertools.islice(it, batch_size)):
        problems = [
            Problem("<records>", start + i + 1, None, f"expected a dict, got {type(r).__name__}")
            for i, r in enumerate(batch)
            if not isinstance(r, dict)
        ]
        keep = [i for i, r in enumerate(batch) if isinstance(r, dict)]
        frame = pd.DataFrame.from_records([batch[i] for i in keep]) if keep else pd.DataFrame()
        yield RawChunk(frame, np.asarray(keep, dtype=np.int64) + start + 1, problems)
        start += len(batch)


def _csv_chunks(
    path: Path, batch_size: int, encoding: str, sep: str, header: list[str] | None
) -> Iterator[RawChunk]:
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig") and _plain_utf8(path):
        yield from _arrow_csv_chunks(path, batch_size, sep, header)
    else:
        yield from _python_csv_chunks(path, batch_size, encoding, sep, header)


def _long_line(path: Path, limit: int = MAX_RECORD_BYTES) -> int | None:
    """The number of the first line of ``path`` longer than ``limit`` bytes, or None."""
    with path.open("rb") as fh:
        for number, line in enumerate(fh, 1):
            if len(line) > limit:
                return number
    return None


def _plain_utf8(path: Path, block: int = 1 << 20) -> bool:
    """True when the file is valid UTF-8 without quote characters.

    Such a file has exactly one record per line, so the fast Arrow parser can report exact line
    numbers; anything else (quoted fields may hold newlines, undecodable bytes must be located)
    goes through Python's csv module, which tracks lines itself. Scans at about 1 GB/s.
    """
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    with path.open("rb") as fh:
        while chunk := fh.read(block):
            if b'"' in chunk:
                return False
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return False
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _read_header(path: Path, sep: str) -> list[str]:
    with path.open(encoding="utf-8-sig") as fh:
        first = fh.readline().rstrip("\r\n")
    return [h.strip() for h in first.split(sep)]


def _check_header(name: str, header: list[str] | None) -> list[str]:
    if not header or all(not h for h in header):
        raise IngestError([Problem(name, 1, None, "empty file: no header line")])
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        raise IngestError([Problem(name, 1, dupes[0], "column name appears twice in the header")])
    return header


def _arrow_csv_chunks(path: Path, batch_size: int, sep: str, header: list[str] | None) -> Iterator[RawChunk]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    name = str(path)
    has_header = header is None
    columns = _check_header(name, _read_header(path, sep) if header is None else list(header))
    first_line = 2 if has_header else 1
    skipped: list[tuple[int, str]] = []

    def on_invalid(row: Any) -> str:
        skipped.append(
            (int(row.number), f"expected {row.expected_columns} fields, found {row.actual_columns}")
        )
        return "skip"

    def too_long(exc: Exception, at: int) -> IngestError:
        line = _long_line(path)
        if line is None:
            return IngestError([Problem(name, at, None, f"not readable as CSV: {exc}")])
        return IngestError(
            [Problem(name, line, None, f"longer than {MAX_RECORD_BYTES} bytes")],
            hint="a record of a text file is one line under 1 MiB",
        )

    try:
        reader = pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(
                use_threads=False, block_size=1 << 20, skip_rows=1 if has_header else 0, column_names=columns
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=sep, quote_char=False, invalid_row_handler=on_invalid, ignore_empty_lines=False
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(columns, pa.string()), strings_can_be_null=False
            ),
        )
    except pa.ArrowInvalid as exc:  # a record that spans Arrow's whole block: a line over 1 MiB
        raise too_long(exc, first_line) from None
    index = 0  # records seen so far (blank lines included: each is one record of empty strings)
    any_rows = False
    pending: list[Any] = []
    pending_rows = 0
    reported = 0

    def emit(batches: list[Any]) -> RawChunk:
        nonlocal index, reported
        table = pa.Table.from_batches(batches)
        frame = table.to_pandas()
        n = len(frame)
        base = np.arange(index, index + n) + first_line
        # Invalid rows were skipped by the parser; every one before a record pushes its line down.
        bad = np.asarray(sorted(ln for ln, _ in skipped), dtype=np.int64)
        shift = np.searchsorted(bad - np.arange(len(bad)), base, side="right")
        lines = base + shift
        index += n
        blank = np.ones(n, dtype=bool)
        for col in frame.columns:
            blank &= (frame[col] == "").to_numpy()
        if blank.any():
            frame, lines = frame[~blank].reset_index(drop=True), lines[~blank]
        upto = int(lines[-1]) if len(lines) else 1 << 62
        new = [Problem(name, ln, None, msg) for ln, msg in skipped[reported:] if ln <= upto]
        reported += len(new)
        return RawChunk(frame, lines, new, text=True)

    batches = iter(reader)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            break
        except pa.ArrowInvalid as exc:
            raise too_long(exc, index + first_line) from None
        pending.append(batch)
        pending_rows += batch.num_rows
        while pending_rows >= batch_size:
            table = pa.Table.from_batches(pending)
            head, rest = table.slice(0, batch_size), table.slice(batch_size)
            chunk = emit(head.to_batches())
            any_rows = any_rows or len(chunk.frame) > 0 or bool(chunk.problems)
            yield chunk
            pending = rest.to_batches()
            pending_rows = rest.num_rows
    if pending_rows or len(skipped) > reported:
        chunk = (
            emit(pending) if pending_rows else RawChunk(pd.DataFrame(columns=columns), np.zeros(0, np.int64))
        )
        chunk.problems.extend(Problem(name, ln, None, msg) for ln, msg in skipped[reported:])
        reported = len(skipped)
        any_rows = any_rows or len(chunk.frame) > 0 or bool(chunk.problems)
        yield chunk
    if not any_rows:
        raise IngestError([Problem(name, 1, None, "empty file: a header but no records")])


def _python_csv_chunks(
    path: Path, batch_size: int, encoding: str, sep: str, header: list[str] | None
) -> Iterator[RawChunk]:
    name = str(path)
    # surrogateescape keeps undecodable bytes visible, so the line and field can be named.
    with path.open(encoding=encoding, errors="surrogateescape", newline="") as fh:
        reader = csv.reader(fh, delimiter=sep)
        if header is None:
            header = next(reader, None)
            if header and header[0].startswith("\ufeff"):
                header[0] = header[0][1:]
            header = [h.strip() for h in header or []]
        header = _check_header(name, header)
        width = len(header)
        any_rows = False
        while True:
            rows: list[list[str]] = []
            lines: list[int] = []
            problems: list[Problem] = []
            try:
                for row in reader:
                    if len(row) != width:
                        if not row or (len(row) == 1 and not row[0].strip()):
                            continue  # blank line
                        problems.append(
                            Problem(name, reader.line_num, None, f"expected {width} fields, found {len(row)}")
                        )
                    else:
                        rows.append(row)
                        lines.append(reader.line_num)
                    if len(rows) + len(problems) >= batch_size:
                        break
            except csv.Error as exc:
                problems.append(Problem(name, reader.line_num, None, f"not valid CSV: {exc}"))
            if not rows and not problems:
                break
            any_rows = True
            frame = pd.DataFrame(rows, columns=header, dtype=object)
            bad = any(_SURROGATE.search("\x1f".join(r)) for r in rows) if rows else False
            yield RawChunk(frame, np.asarray(lines, dtype=np.int64), problems, bad, text=True)
            if problems and problems[-1].message.startswith("not valid CSV"):
                break
        if not any_rows:
            raise IngestError([Problem(name, 1, None, "empty file: a header but no records")])


def _jsonl_chunks(path: Path, batch_size: int, encoding: str) -> Iterator[RawChunk]:
    name = str(path)
    any_rows = False
    with path.open("rb") as fh:
        lineno = 0
        while True:
            records: list[dict[str, Any]] = []
            lines: list[int] = []
            problems: list[Problem] = []
            for raw in fh:
                lineno += 1
                try:
                    text = raw.decode(encoding)
                except UnicodeDecodeError as exc:
                    problems.append(
                        Problem(name, lineno, None, f"undecodable bytes ({encoding}): {exc.reason}")
                    )
                    continue
                if not text.strip():
                    continue
                if len(raw) > MAX_RECORD_BYTES:
                    problems.append(Problem(name, lineno, None, f"longer than {MAX_RECORD_BYTES} bytes"))
                    continue
                try:
                    rec = json.loads(text)
                except RecursionError:
                    problems.append(Problem(name, lineno, None, "not valid JSON: nested too deeply"))
                    continue
                except json.JSONDecodeError as exc:
                    problems.append(
                        Problem(name, lineno, None, f"not valid JSON: {exc.msg} (column {exc.colno})")
                    )
                    continue
                if not isinstance(rec, dict):
                    problems.append(
                        Problem(name, lineno, None, f"expected a JSON object, got {type(rec).__name__}")
                    )
                    continue
                records.append(rec)
                lines.append(lineno)
                if len(records) + len(problems) >= batch_size:
                    break
            if not records and not problems:
                break
            any_rows = True
            frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
            yield RawChunk(frame, np.asarray(lines, dtype=np.int64), problems)
    if not any_rows:
        raise IngestError([Problem(name, 0, None, "empty file: no records")])


def _parquet_chunks(path: Path, batch_size: int) -> Iterator[RawChunk]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    name = str(path)
    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise IngestError([Problem(name, 0, None, f"not a Parquet file: {exc}")]) from None
    if pf.metadata.num_rows == 0:
        raise IngestError([Problem(name, 0, None, "empty file: no rows")])
    start = 0
    for batch in pf.iter_batches(batch_size=batch_size):
        frame = batch.to_pandas()
        yield RawChunk(frame, np.arange(start + 1, start + 1 + len(frame)))
        start += len(frame)
