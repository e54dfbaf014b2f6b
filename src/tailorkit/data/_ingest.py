"""Ingestion: read, validate and write records in batches, each batch one transaction.

``on_error="fail"`` (the default) validates the whole input before writing anything, so a bad record
anywhere means nothing from the input is kept. ``on_error="skip"`` writes the good records and sends
each bad one, with its reason, to a rejects file (JSON lines). Either way a crash leaves only whole
batches behind, and a re-run adds exactly what is missing (events carry an idempotency digest).

Events are validated in one pass into a staging table and then moved into the store slice by slice
(see ``tailorkit.store._staging``); users and items, which are few, are validated in a first pass and
upserted in a second.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, TypedDict, TypeVar

import pandas as pd

from tailorkit.data._readers import Format, RawChunk, read_chunks
from tailorkit.data._validate import Target, Valid, Validator
from tailorkit.errors import IngestError, InputError, Problem
from tailorkit.store import EventStage, Store

__all__ = ["IngestOptions", "IngestReport", "OnError", "Progress", "Source", "ingest"]

OnError = Literal["fail", "skip"]
PLAIN_RECORDS = 1_000
"""Most events ``Validator.plain_events`` checks in one list (past it, the vectorised checks cost less)."""
Source = Path | str | pd.DataFrame | Iterable[dict[str, Any]]
Progress = Callable[[str, int, int | None], None]
"""Called as ``progress(phase, records_done, records_total_or_None)``."""


class IngestOptions(TypedDict, total=False):
    """The keyword options of ``ingest`` that callers choose (see its docstring)."""

    mapping: Mapping[str, str] | None
    kind: str | None
    on_error: OnError
    rejects: Path | None
    fmt: Format | None
    encoding: str
    delimiter: str | None
    header: list[str] | None
    timestamp_unit: Literal["s", "ms"]
    source_name: str | None
    progress: Progress | None
    track_new: bool


@dataclass
class IngestReport:
    """What one ingestion did."""

    target: str
    source: str
    read: int = 0
    """Records read (good and bad)."""
    written: int = 0
    """Records that changed the store (new events; created or changed users and items)."""
    unchanged: int = 0
    """Valid records already in the store (duplicate events, users and items with the same values)."""
    rejected: int = 0
    rejects_path: str | None = None
    batches: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    """The first rejected records' problems, up to ``max_reported_errors`` (``on_error='skip'``)."""
    read_as: dict[str, str] = field(default_factory=dict)
    """Fields read from a column the file's header names otherwise (``{"user": "user_id"}``)."""
    new: list[bool] | None = None
    """Events with ``track_new``: per valid record, in input order, whether it was new (a record whose
    event was stored before, or sent earlier in the same input, is not)."""
    new_events: list[tuple[Any, ...]] | None = field(default=None, repr=False)
    """Events with ``track_new``: the events stored, as a profile fold reads them (id, user_id, item_id,
    kind, value, text, ts)."""

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("new_events")
        return out

    @property
    def rate(self) -> float:
        """Records per second."""
        return self.read / self.seconds if self.seconds > 0 else 0.0


def _label(source: Source) -> str:
    if isinstance(source, str | Path):
        return str(source)
    return "<dataframe>" if isinstance(source, pd.DataFrame) else "<records>"


def ingest(
    store: Store,
    tenant: str,
    target: Target,
    source: Source,
    *,
    mapping: Mapping[str, str] | None = None,
    kind: str | None = None,
    on_error: OnError = "fail",
    rejects: Path | None = None,
    batch_size: int = 50_000,
    max_reported_errors: int = 20,
    fmt: Format | None = None,
    encoding: str = "utf-8",
    delimiter: str | None = None,
    header: list[str] | None = None,
    timestamp_unit: Literal["s", "ms"] = "s",
    source_name: str | None = None,
    progress: Progress | None = None,
    track_new: bool = False,
) -> IngestReport:
    """Load events, users or items into ``store`` for ``tenant``.

    Args:
        store: the store to write to.
        tenant: the tenant the records belong to.
        target: "events", "users" or "items".
        source: a file (CSV, TSV, JSONL, Parquet), a DataFrame, or an iterable of dicts.
        mapping: canonical field -> input column, e.g. ``{"user": "userId", "value": "rating"}``.
        kind: the event kind of every record when the input has no kind column.
        on_error: "fail" writes nothing if any record is bad; "skip" writes the good ones.
        rejects: where skipped records go (JSON lines); required with ``on_error="skip"``.
        batch_size: records per batch (and per transaction).
        max_reported_errors: problems listed in an ``IngestError``.
        fmt, encoding, delimiter, header: how to read a text file (see ``read_chunks``).
        timestamp_unit: unit of numeric timestamps.
        source_name: stored as each event's ``source`` (default: the file name).
        progress: called after each batch.
        track_new: events only: fill ``IngestReport.new`` (for callers that answer per record).

    Returns:
        What was read, written and rejected.

    Raises:
        IngestError: a record is bad (``on_error="fail"``) or the input cannot be read at all.
        InputError: the arguments are inconsistent.
    """
    if on_error not in ("fail", "skip"):
        raise InputError(f"on_error must be 'fail' or 'skip', not {on_error!r}")
    if on_error == "skip" and rejects is None:
        raise InputError("on_error='skip' needs a rejects file for the records it skips")
    label = _label(source)
    is_file = isinstance(source, str | Path)
    if source_name is None and is_file:
        source_name = Path(source).name  # type: ignore[arg-type]
    validator = Validator(target, label, mapping, kind, timestamp_unit)
    report = IngestReport(target=target, source=source_name if not is_file and source_name else label)
    start = time.perf_counter()

    # One-shot iterables cannot be read twice: buffer them for the users/items validation pass.
    if target != "events" and on_error == "fail" and not is_file and not isinstance(source, pd.DataFrame):
        source = list(source)  # type: ignore[arg-type]

    def chunks() -> Iterator[RawChunk]:
        return read_chunks(source, batch_size, fmt=fmt, encoding=encoding, delimiter=delimiter, header=header)

    # A live event, a chat turn's or an HTTP batch's: checked record by record when they are plain
    # (``Validator.plain_events``), without a DataFrame per field.
    plain = None
    if target == "events" and isinstance(source, list) and 0 < len(source) <= min(batch_size, PLAIN_RECORDS):
        plain = validator.plain_events(source)

    def validated() -> Iterator[Valid]:
        if plain is not None:
            yield plain
            return
        for chunk in chunks():
            if len(chunk.frame.columns) or not chunk.problems:  # a chunk of unreadable records only has none
                validator.check_header(list(chunk.frame.columns), is_file)
            yield validator.validate(chunk)

    # A reader thread pays off over many batches; for a handful of in-memory records (a live event) its
    # start-up and hand-over would cost more than the work, so they are read inline.
    small = isinstance(source, list | pd.DataFrame) and len(source) <= batch_size
    fetch: Fetch = _inline if small else _prefetch
    rejects_fh: IO[str] | None = None

    def account(valid: Valid) -> None:
        """Count a validated chunk and, in skip mode, send its bad records to the rejects file."""
        nonlocal rejects_fh
        report.batches += 1
        n_bad = len(valid.bad_lines)
        report.read += len(valid.frame) + n_bad
        if n_bad and on_error == "skip":
            if rejects_fh is None:
                assert rejects is not None
                rejects.parent.mkdir(parents=True, exist_ok=True)
                rejects_fh = rejects.open("w", encoding="utf-8", errors="backslashreplace")
                report.rejects_path = str(rejects)
            _write_rejects(rejects_fh, valid)
            report.rejected += n_bad
            room = max(0, max_reported_errors - len(report.problems))
            report.problems.extend(str(p) for p in valid.problems[:room])

    try:
        if target == "events":
            _load_events(
                store,
                tenant,
                source_name,
                validated,
                account,
                on_error,
                batch_size,
                max_reported_errors,
                report,
                progress,
                fetch,
                direct=plain is not None,
                track=track_new,
            )
        else:
            _load_entities(
                store,
                tenant,
                target,
                validated,
                account,
                on_error,
                max_reported_errors,
                report,
                progress,
                fetch,
            )
    finally:
        if rejects_fh is not None:
            rejects_fh.close()
        if target == "items":  # what was built from the catalogue is built again
            store.catalogue_changed(store.tenant_id(tenant))
    report.read_as = dict(validator.read_as)
    report.seconds = time.perf_counter() - start
    return report


def _load_events(
    store: Store,
    tenant: str,
    source_name: str | None,
    validated: Callable[[], Iterator[Valid]],
    account: Callable[[Valid], None],
    on_error: OnError,
    batch_size: int,
    max_reported: int,
    report: IngestReport,
    progress: Progress | None,
    fetch: Fetch,
    *,
    direct: bool = False,
    track: bool = False,
) -> None:
    """One pass: validate and stage every batch, then (if nothing failed) flush slice by slice
    (``direct``: a few plain events, flushed from their JSON without a stage table; ``track``: say in
    ``report.new`` which records were new)."""
    problems: list[Problem] = []
    n_problems = 0
    digests: list[tuple[int, int]] = []

    def encoded() -> Iterator[tuple[Valid, str]]:
        for valid in validated():
            yield valid, valid.payload or EventStage.encode(valid.frame)

    with store.stage_events(tenant, source_name, direct=direct, track=track) as stage:
        for valid, payload in fetch(encoded):
            account(valid)
            n_problems += len(valid.problems)
            problems.extend(valid.problems[: max(0, max_reported - len(problems))])
            if not (on_error == "fail" and n_problems):
                stage.stage(valid.frame, payload)
                if track:
                    digests.extend(
                        zip(valid.frame["key_hi"].tolist(), valid.frame["key_lo"].tolist(), strict=True)
                    )
            if progress:
                progress("validate", report.read, None)
        if on_error == "fail" and n_problems:
            raise IngestError(problems, n_problems)

        def moved(done: int) -> None:
            if progress:
                progress("write", done, stage.staged)

        report.written = stage.flush(moved)
        report.unchanged = stage.staged - report.written
        if track:
            seen: set[tuple[int, int]] = set()
            report.new = []
            report.new_events = stage.new_events
            for digest in digests:
                report.new.append(digest in stage.new_keys and digest not in seen)
                seen.add(digest)


def _load_entities(
    store: Store,
    tenant: str,
    target: Target,
    validated: Callable[[], Iterator[Valid]],
    account: Callable[[Valid], None],
    on_error: OnError,
    max_reported: int,
    report: IngestReport,
    progress: Progress | None,
    fetch: Fetch,
) -> None:
    """Users and items: validate everything first (``fail``), then upsert batch by batch."""
    batches: Iterable[Valid]
    total: int | None = None
    if on_error == "fail":
        cached, total, problems, n_problems = _check_all(validated, max_reported, progress)
        if n_problems:
            raise IngestError(problems, n_problems)
        batches = cached if cached is not None else fetch(validated)
    else:
        batches = fetch(validated)
    write = store.write_users if target == "users" else store.write_items
    for valid in batches:
        account(valid)
        if len(valid.frame):
            changed = write(tenant, valid.frame)
            report.written += changed
            report.unchanged += len(valid.frame) - changed
        if progress:
            progress("write", report.read, total)


T = TypeVar("T")
_DONE = object()
Fetch = Callable[[Callable[[], Iterator[Any]]], Iterator[Any]]


def _inline(produce: Callable[[], Iterator[T]]) -> Iterator[T]:
    return produce()


def _prefetch(produce: Callable[[], Iterator[T]], depth: int = 2) -> Iterator[T]:
    """Run ``produce`` in a thread, ``depth`` items ahead of the consumer.

    Reading and validating the next batch overlaps with writing this one: SQLite and most of
    pandas release the GIL, so the two cores both work.
    """
    q: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(x: Any) -> bool:
        while not stop.is_set():
            try:
                q.put(x, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for x in produce():
                if not put(x):
                    return
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            put(exc)

    worker = threading.Thread(target=run, name="tailorkit-ingest-reader", daemon=True)
    worker.start()
    try:
        while True:
            x = q.get()
            if x is _DONE:
                return
            if isinstance(x, BaseException):
                raise x
            yield x
    finally:
        stop.set()
        worker.join()


def _check_all(
    validated: Callable[[], Iterator[Valid]], max_reported: int, progress: Progress | None
) -> tuple[list[Valid] | None, int, list[Any], int]:
    """Validate everything once; keep the result when it is a single batch (no need to read twice)."""
    problems: list[Any] = []
    n_problems = 0
    total = 0
    first: list[Valid] = []
    for i, valid in enumerate(validated()):
        total += len(valid.frame) + len(valid.bad_lines)
        n_problems += len(valid.problems)
        problems.extend(valid.problems[: max(0, max_reported - len(problems))])
        first = [valid] if i == 0 else []
        if progress:
            progress("validate", total, None)
    return (first or None), total, problems, n_problems


def _write_rejects(fh: IO[str], valid: Valid) -> None:
    by_line: dict[int, list[str]] = {}
    for p in valid.problems:
        by_line.setdefault(p.line, []).append(p.message if p.field is None else f"{p.field}: {p.message}")
    for line in sorted(by_line):
        rec = {"line": line, "errors": by_line[line], "record": valid.rejected.get(line)}
        fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
