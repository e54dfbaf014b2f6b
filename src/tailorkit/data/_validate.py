"""Validation: raw records in, canonical typed records out, with a ``Problem`` for every bad field.

The checks are vectorised over a whole chunk (pandas), so validating costs about as much as reading.
A record with any problem is left out of the output; the caller decides whether that fails the input
(``on_error='fail'``) or sends the record to a rejects file (``on_error='skip'``).
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import orjson
import pandas as pd

from tailorkit.data._readers import _SURROGATE, RawChunk
from tailorkit.data._schema import (
    EVENT_FIELDS,
    ITEM_FIELDS,
    NEEDS_ITEM,
    NEEDS_TEXT,
    NEEDS_VALUE,
    USER_FIELDS,
    EventKind,
)
from tailorkit.data._values import (
    column_digest,
    epoch_seconds,
    one_row,
    row_digest,
    scalar,
    tags,
    text_values,
    to_float,
)
from tailorkit.errors import IngestError, InputError, Problem
from tailorkit.store import CONTROL_CHARACTERS, MAX_ID

__all__ = ["Target", "Valid", "Validator"]

Target = Literal["events", "users", "items"]
_KINDS = {k.value for k in EventKind}
_FIRST_TIME = -2_208_988_800.0
"""1900-01-01T00:00:00Z: the earliest event time accepted, in epoch seconds."""
_LAST_TIME = 7_258_118_400.0
"""2200-01-01T00:00:00Z: the first time no longer accepted (pandas' clock ends in 2262)."""
_MAX_META = 65_536
"""Largest ``meta`` of one event, as JSON: context about the event, not a document store."""
_MAX_VALUE = 1e9
"""Largest |value|: a rating, count, amount or feedback sign; beyond this it is a unit or parsing mistake,
and the models' float32 arithmetic would overflow on it."""
_TRUE = {"1", "true", "t", "yes", "y"}
_FALSE = {"0", "false", "f", "no", "n"}


@dataclass
class Valid:
    """A validated chunk: canonical columns, the input line of each row, and the problems found."""

    frame: pd.DataFrame
    lines: np.ndarray
    problems: list[Problem] = field(default_factory=list)
    bad_lines: set[int] = field(default_factory=set)
    rejected: dict[int, dict[str, Any]] = field(default_factory=dict)
    """The raw record of each bad line that could be read at all."""
    payload: str | None = None
    """The rows as the store's stage takes them (``EventStage.encode``), when made already."""


@dataclass
class Checks:
    """What validating one chunk found so far: its rows' lines, the problems, and which rows are bad.
    Every check of a column adds to it through ``flag``."""

    source: str
    lines: np.ndarray
    problems: list[Problem]
    bad: np.ndarray

    @property
    def n(self) -> int:
        return len(self.bad)

    def flag(self, mask: np.ndarray, field: str, msg: Any) -> None:
        """A problem for every row where ``mask``; ``msg`` is a string or a per-row callable."""
        for i in np.flatnonzero(mask):
            text = msg(i) if callable(msg) else msg
            self.problems.append(Problem(self.source, int(self.lines[i]), field, text))
        self.bad |= mask


def _plain_id(v: Any, optional: bool = False) -> str | None:
    """A text id as ``validate`` stores it (stripped), None when absent and optional; "" when it is
    anything ``plain_events`` leaves to ``validate``."""
    if v is None and optional:
        return None
    if not isinstance(v, str):
        return ""
    v = v.strip()
    return v if (v or not optional) and len(v) <= MAX_ID and not CONTROL_CHARACTERS.search(v) else ""


def _plain_number(v: Any, limit: float) -> bool:
    """Absent, or a finite int or float (not a bool) of at most ``limit`` in size."""
    return v is None or (
        isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) and abs(v) <= limit
    )


def _meta_size(meta: dict[str, Any]) -> int:
    """``meta``'s size as JSON, -1 when it cannot be written (nested too deeply)."""
    try:
        return len(json.dumps(meta, default=str))
    except (RecursionError, ValueError):
        return -1


class Validator:
    """Checks and converts raw chunks for one target (events, users or items).

    Args:
        target: what the records are.
        source: the file name or label used in problems.
        mapping: canonical field -> input column (``user=userId``); unmapped fields use their own name.
        kind: a constant event kind for inputs without a kind column.
        timestamp_unit: unit of numeric timestamps, "s" or "ms".
        now: the time given to events that have no timestamp (default: when validation starts).
    """

    def __init__(
        self,
        target: Target,
        source: str,
        mapping: Mapping[str, str] | None = None,
        kind: str | None = None,
        timestamp_unit: Literal["s", "ms"] = "s",
        now: float | None = None,
    ) -> None:
        fields = {"events": EVENT_FIELDS, "users": USER_FIELDS, "items": ITEM_FIELDS}[target]
        mapping = dict(mapping or {})
        unknown = sorted(set(mapping) - set(fields))
        if unknown:
            raise InputError(
                f"--map names unknown field {unknown[0]!r}; the {target} fields are: {', '.join(fields)}"
            )
        if kind is not None and kind not in _KINDS:
            raise InputError(f"unknown event kind {kind!r}; expected one of: {', '.join(sorted(_KINDS))}")
        if timestamp_unit not in ("s", "ms"):
            raise InputError(f"timestamp unit must be 's' or 'ms', not {timestamp_unit!r}")
        self.target, self.source, self.mapping, self.kind = target, source, mapping, kind
        self.fields = fields
        self.scale = 1.0 if timestamp_unit == "s" else 1e-3
        self.now = time.time() if now is None else now
        self._checked_header = False

    def column(self, name: str) -> str:
        return self.mapping.get(name, name)

    def check_header(self, columns: list[str], is_file: bool) -> None:
        """Fail the whole input when a required or mapped column is absent from a file's header."""
        if self._checked_header or not is_file:
            return
        self._checked_header = True
        required = {
            "events": ["user"] + ([] if self.kind else ["kind"]),
            "users": ["user"],
            "items": ["item"],
        }
        for f in [*required[self.target], *self.mapping]:
            col = self.column(f)
            if col not in columns:
                how = f"mapped from field {f!r}" if f in self.mapping else f"required field {f!r}"
                raise IngestError(
                    [
                        Problem(
                            self.source,
                            1,
                            col,
                            f"column not found ({how}); columns are: {', '.join(columns)}",
                        )
                    ],
                    hint="nothing was written; fix the header or the --map option",
                )

    # -- shared ---------------------------------------------------------------------------------

    def _start(self, chunk: RawChunk) -> tuple[pd.DataFrame, Checks]:
        frame = chunk.frame
        problems = list(chunk.problems)
        bad = np.zeros(len(frame), dtype=bool)
        if chunk.undecodable:
            frame = frame.copy()
            for col in frame.columns:
                values = frame[col].tolist()
                hit = np.array(
                    [isinstance(v, str) and bool(_SURROGATE.search(v)) for v in values], dtype=bool
                )
                for i in np.flatnonzero(hit):
                    problems.append(
                        Problem(
                            self.source,
                            int(chunk.lines[i]),
                            str(col),
                            "undecodable bytes (not valid in this encoding; pass encoding=... / --encoding)",
                        )
                    )
                    # Show the bad bytes as U+FFFD from here on (arrow strings cannot hold them).
                    values[i] = values[i].encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                if hit.any():
                    frame[col] = pd.Series(values, dtype=object)
                bad |= hit
        return frame, Checks(self.source, chunk.lines, problems, bad)

    def _get(self, frame: pd.DataFrame, name: str) -> pd.Series | None:
        col = self.column(name)
        return frame[col] if col in frame.columns else None

    def _ids(
        self,
        s: pd.Series,
        name: str,
        required: np.ndarray | bool,
        checks: Checks,
    ) -> pd.Series:
        vals = text_values(s)
        empty = (vals == "").to_numpy()
        req = np.broadcast_to(np.asarray(required), empty.shape)
        checks.flag(empty & req, self.column(name), "missing value")
        long = (vals.str.len() > MAX_ID).to_numpy()
        checks.flag(long, self.column(name), f"longer than {MAX_ID} characters")
        control = vals.str.contains(CONTROL_CHARACTERS, regex=True).to_numpy(dtype=bool)
        checks.flag(control & ~long, self.column(name), "holds a control character")
        return vals.where(~empty, None)

    def _finish(
        self,
        raw: pd.DataFrame,
        out: pd.DataFrame,
        checks: Checks,
    ) -> Valid:
        lines, problems, bad = checks.lines, checks.problems, checks.bad
        keep = ~bad
        bad_lines = {int(x) for x in lines[bad]} | {p.line for p in problems}
        rejected = {
            int(line): {str(k): scalar(v) for k, v in rec.items()}
            for line, rec in zip(lines[bad], raw[bad].to_dict("records"), strict=True)
        }
        return Valid(out[keep].reset_index(drop=True), lines[keep], problems, bad_lines, rejected)

    def validate(self, chunk: RawChunk) -> Valid:
        """Check one chunk; see ``Valid``."""
        if self.target == "events":
            return self._events(chunk)
        return self._entities(chunk)

    # -- events ---------------------------------------------------------------------------------

    def _events(self, chunk: RawChunk) -> Valid:
        frame, checks = self._start(chunk)
        n, lines = len(frame), chunk.lines
        if n == 0:
            return Valid(
                pd.DataFrame(
                    columns=["user", "item", "kind", "value", "text", "ts", "key_hi", "key_lo", "meta"]
                ),
                lines,
                checks.problems,
                {p.line for p in checks.problems},
            )
        none = pd.Series([None] * n, dtype=object)

        if self.kind is not None:
            kind = pd.Series([self.kind] * n, dtype=object)
        else:
            raw = self._get(frame, "kind")
            kind = text_values(raw).str.lower() if raw is not None else pd.Series([""] * n, dtype=object)
            unknown = ~kind.isin(_KINDS).to_numpy()
            allowed = ", ".join(sorted(_KINDS))
            checks.flag(
                unknown,
                self.column("kind"),
                lambda i: (
                    f"unknown event kind {kind.iloc[i]!r}; expected one of: {allowed}"
                    if kind.iloc[i]
                    else "missing value"
                ),
            )

        raw_user = self._get(frame, "user")
        if raw_user is None:
            checks.flag(np.ones(n, bool), self.column("user"), "missing value")
            user = none
        else:
            user = self._ids(raw_user, "user", True, checks)

        needs_item = kind.isin([k.value for k in NEEDS_ITEM]).to_numpy()
        raw_item = self._get(frame, "item")
        if raw_item is None:
            item = none
            checks.flag(
                needs_item,
                self.column("item"),
                lambda i: f"an item is required for {kind.iloc[i]!r} events",
            )
        else:
            item = self._ids(raw_item, "item", False, checks)
            checks.flag(
                item.isna().to_numpy() & needs_item,
                self.column("item"),
                lambda i: f"an item is required for {kind.iloc[i]!r} events",
            )

        value, value_given = self._numbers(self._get(frame, "value"), "value", checks)
        needs_value = kind.isin([k.value for k in NEEDS_VALUE]).to_numpy()
        checks.flag(
            needs_value & ~value_given,
            self.column("value"),
            lambda i: f"a numeric value is required for {kind.iloc[i]!r} events",
        )

        raw_text = self._get(frame, "text")
        if raw_text is None:
            text = none
        else:
            text = raw_text.where(raw_text.notna(), "").astype(str)
            text = text.where(text.str.strip() != "", None)
        needs_text = kind.isin([k.value for k in NEEDS_TEXT]).to_numpy()
        checks.flag(
            needs_text & text.isna().to_numpy(),
            self.column("text"),
            lambda i: f"text is required for {kind.iloc[i]!r} events",
        )

        ts, ts_given = self._timestamps(self._get(frame, "timestamp"), checks)
        meta = self._meta(self._get(frame, "meta"), checks)

        out = pd.DataFrame({"user": user, "item": item, "kind": kind, "value": value, "text": text, "ts": ts})
        raw_key = self._get(frame, "key")
        keys = text_values(raw_key) if raw_key is not None else None
        keyed = (keys != "").to_numpy() if keys is not None else np.zeros(n, dtype=bool)
        key_hi, key_lo = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
        if keys is not None and keyed.any():
            # A caller's key is optional per event; where given, it is the event's identity within its
            # user (two users' keys never meet: one user cannot claim or probe another's keys).
            pairs = pd.DataFrame({"u": out["user"].fillna("")[keyed], "k": keys[keyed]})
            key_hi[keyed], key_lo[keyed] = row_digest(pairs)
        if not keyed.all():
            # Identical content is the same event: loading a file twice adds nothing.
            # A missing timestamp is "now", which differs per load, so it is left out of the digest.
            rest = ~keyed
            content = out.loc[rest, ["user", "item", "kind", "value", "text"]].fillna(
                {"item": "", "text": ""}
            )
            content = content.assign(ts=np.where(ts_given, ts, np.nan)[rest])
            key_hi[rest], key_lo[rest] = row_digest(content, np.where(ts_given, ts, 0.0)[rest])
        out["key_hi"], out["key_lo"] = key_hi, key_lo
        out["keyed"] = keyed
        out["meta"] = meta
        return self._finish(frame, out, checks)

    def plain_events(self, records: list[Any]) -> Valid | None:
        """``records`` (dicts) validated as ``validate`` would, without its per-column pandas calls, when
        every record is plain and valid: text ids, a known kind, a number or nothing for ``value`` and
        ``timestamp``, a small dict or nothing for ``meta``. A live event or a chat turn's few then
        cost microseconds, not milliseconds. None when any record is anything else (a time as text, a
        bad field): the vectorised ``validate`` then decides, and words every problem, as for files."""
        rows: list[tuple[Any, ...]] = []
        needs_item = {k.value for k in NEEDS_ITEM}
        needs_value = {k.value for k in NEEDS_VALUE}
        needs_text = {k.value for k in NEEDS_TEXT}
        c_kind, c_user, c_item, c_value, c_text, c_ts, c_meta, c_key = (
            self.column(f) for f in ("kind", "user", "item", "value", "text", "timestamp", "meta", "key")
        )
        for record in records:
            if not isinstance(record, dict):
                return None
            get = record.get
            kind = self.kind if self.kind is not None else get(c_kind)
            if not isinstance(kind, str) or (kind := kind.strip().lower()) not in _KINDS:
                return None
            user, item = _plain_id(get(c_user)), _plain_id(get(c_item), True)
            if not user or item == "" or (item is None and kind in needs_item):
                return None
            value, text, ts = get(c_value), get(c_text), get(c_ts)
            if not _plain_number(value, _MAX_VALUE) or (value is None and kind in needs_value):
                return None
            if text is not None and not isinstance(text, str):
                return None
            text = text if text is not None and text.strip() else None
            if text is None and kind in needs_text:
                return None
            if not _plain_number(ts, 1e11 / self.scale):
                return None
            stated = ts is not None
            ts = float(ts) * self.scale if ts is not None else self.now
            if not _FIRST_TIME <= ts < _LAST_TIME:
                return None
            meta, key = get(c_meta), get(c_key)
            if meta is not None and not (isinstance(meta, dict) and 0 <= _meta_size(meta) <= _MAX_META):
                return None
            if key is not None and not isinstance(key, str):
                return None
            key = key.strip() if key is not None else ""
            value = np.nan if value is None else float(value)
            rows.append((user, item, kind, value, text, ts, stated, key, meta))
        n = len(rows)
        user_, item_, kind_, value_, text_, ts_, given_, key_, meta_ = (
            list(c) for c in zip(*rows, strict=True)
        )
        value, ts = np.array(value_, dtype=float), np.array(ts_, dtype=float)
        users, kinds = np.array(user_, dtype=object), np.array(kind_, dtype=object)
        items, texts = np.array(item_, dtype=object), np.array(text_, dtype=object)
        keyed, given = np.array([k != "" for k in key_], dtype=bool), np.array(given_, dtype=bool)
        key_hi, key_lo = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
        if keyed.any():
            pairs = [users[keyed], np.array(key_, dtype=object)[keyed]]
            key_hi[keyed], key_lo[keyed] = column_digest(pairs)
        if not keyed.all():  # the digest of ``validate``'s content columns, computed on the same values
            rest = ~keyed
            stamps = np.where(given, ts, np.nan)[rest]
            content = [
                users[rest],
                np.array([x or "" for x in item_], dtype=object)[rest],
                kinds[rest],
                value[rest],
                np.array([x or "" for x in text_], dtype=object)[rest],
                stamps,
            ]
            key_hi[rest], key_lo[rest] = column_digest(content, np.nan_to_num(stamps))
        out = pd.DataFrame(
            {
                "user": users,
                "item": items,
                "kind": kinds,
                "value": value,
                "text": texts,
                "ts": ts,
                "key_hi": key_hi,
                "key_lo": key_lo,
                "keyed": keyed,
                "meta": meta_,
            }
        )
        listed = [
            [u, i, k, None if v != v else v, t, float(x), m, int(h), int(lo)]
            for u, i, k, v, t, x, m, h, lo in zip(
                user_, item_, kind_, value_, text_, ts, meta_, key_hi, key_lo, strict=True
            )
        ]
        try:
            payload = orjson.dumps(
                listed, default=str, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY
            ).decode()
        except orjson.JSONEncodeError:  # what only the standard library writes (an integer past 64 bits)
            payload = json.dumps(listed, ensure_ascii=False, default=str)
        return Valid(out, np.arange(1, n + 1, dtype=np.int64), payload=payload)

    def _numbers(
        self,
        raw: pd.Series | None,
        name: str,
        checks: Checks,
    ) -> tuple[np.ndarray, np.ndarray]:
        n = checks.n
        if raw is None:
            return np.full(n, np.nan), np.zeros(n, dtype=bool)
        if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
            vals = raw.to_numpy(dtype=float, na_value=np.nan)
            given = ~np.isnan(vals)
        else:
            text = text_values(raw)
            given = (text != "").to_numpy()
            vals = to_float(text, given)
        col = self.column(name)
        checks.flag(given & np.isnan(vals), col, lambda i: f"not a number: {raw.iloc[i]!r}")
        checks.flag(np.isinf(vals), col, "not a finite number")
        huge = np.isfinite(vals) & (np.abs(vals) > _MAX_VALUE)
        checks.flag(huge, col, lambda i: f"out of range (|value| <= 1e9): {raw.iloc[i]!r}")
        return vals, given

    def _timestamps(self, raw: pd.Series | None, checks: Checks) -> tuple[np.ndarray, np.ndarray]:
        n = checks.n
        if raw is None:
            return np.full(n, self.now), np.zeros(n, dtype=bool)
        col = self.column("timestamp")
        if pd.api.types.is_datetime64_any_dtype(raw.dtype):
            out = epoch_seconds(pd.to_datetime(raw, utc=True))
            given = raw.notna().to_numpy()
        else:
            text = text_values(raw)
            given = (text != "").to_numpy()
            if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
                out = raw.to_numpy(dtype=float, na_value=np.nan)
            else:
                if raw.dtype == object:  # True is not a time, though Python calls it 1
                    given = given & ~np.fromiter((isinstance(v, bool) for v in raw), bool, len(raw))
                out = to_float(text, given)
            out = out * self.scale
            other = given & np.isnan(out)
            if other.any():
                parsed = pd.to_datetime(raw[other], utc=True, errors="coerce", format="ISO8601")
                out[other] = epoch_seconds(parsed)
        checks.flag(
            given & np.isnan(out),
            col,
            lambda i: f"not a timestamp: {raw.iloc[i]!r} (expected epoch seconds or ISO 8601)",
        )
        known = np.nan_to_num(out)
        too_big = known > 1e11
        checks.flag(
            too_big,
            col,
            lambda i: (
                f"timestamp {raw.iloc[i]!r} is after the year 5000: milliseconds? "
                "(pass timestamp_unit='ms' / --timestamp-unit ms)"
            ),
        )
        # One range whatever the form (epoch seconds or ISO 8601): what an event log can hold
        outside = given & ~too_big & ((known < _FIRST_TIME) | (known >= _LAST_TIME))
        checks.flag(
            outside,
            col,
            lambda i: f"timestamp {raw.iloc[i]!r} is outside 1900-01-01 .. 2199-12-31",
        )
        return np.where(given, out, self.now), given

    def _meta(self, raw: pd.Series | None, checks: Checks) -> list[Any]:
        if raw is None:
            return [None] * checks.n
        out: list[Any] = []
        for i, v in enumerate(raw.tolist()):
            if isinstance(v, str) and v.strip():
                try:
                    v = json.loads(v)
                except json.JSONDecodeError:
                    v = 0  # flagged below
            if v is None or (isinstance(v, float) and np.isnan(v)) or v == "":
                out.append(None)
            elif isinstance(v, dict):
                size = _meta_size(v)
                if 0 <= size <= _MAX_META:
                    out.append(v)
                    continue
                why = "nested too deeply" if size < 0 else f"larger than {_MAX_META} bytes as JSON"
                checks.flag(one_row(checks.n, i), self.column("meta"), why)
                out.append(None)
            else:
                checks.flag(one_row(checks.n, i), self.column("meta"), "expected a JSON object")
                out.append(None)
        return out

    # -- users and items --------------------------------------------------------------------------

    def _entities(self, chunk: RawChunk) -> Valid:
        frame, checks = self._start(chunk)
        n, lines = len(frame), chunk.lines
        id_name = "user" if self.target == "users" else "item"
        raw_id = self._get(frame, id_name)
        if n == 0 or raw_id is None:
            if n:
                checks.flag(np.ones(n, bool), self.column(id_name), "missing value")
            found = checks.problems
            return Valid(pd.DataFrame(columns=[id_name]), lines[:0], found, {p.line for p in found})
        out = pd.DataFrame({id_name: self._ids(raw_id, id_name, True, checks)})
        used = {self.column(f) for f in self.fields}
        extras = [c for c in frame.columns if c not in used]
        attrs: list[dict[str, Any]] = [{} for _ in range(n)]
        raw_attrs = self._get(frame, "attributes")
        if raw_attrs is not None:
            for i, v in enumerate(raw_attrs.tolist()):
                if isinstance(v, str) and v.strip():
                    try:
                        v = json.loads(v)
                    except json.JSONDecodeError:
                        v = None
                        checks.flag(one_row(n, i), self.column("attributes"), "not valid JSON")
                if isinstance(v, dict):
                    attrs[i].update(v)
        for col in extras:
            for i, v in enumerate(frame[col].tolist()):
                v = scalar(v, chunk.text)
                if v is not None:
                    attrs[i][str(col)] = v
        out["attributes"] = pd.Series(attrs, dtype=object)
        if self.target == "users":
            raw_locale = self._get(frame, "locale")
            if raw_locale is not None:
                loc = text_values(raw_locale)
                out["locale"] = loc.where(loc != "", None)
            for f in ("consent_profiling", "consent_memory", "consent_tuning"):
                raw = self._get(frame, f)
                if raw is not None:
                    out[f] = self._bools(raw, f, checks)
        else:
            for f in ("title", "text"):
                raw = self._get(frame, f)
                if raw is not None:
                    t = raw.where(raw.notna(), "").astype(str).str.strip()
                    out[f] = t.where(t != "", None)
            raw_tags = self._get(frame, "tags")
            if raw_tags is not None:
                out["tags"] = pd.Series([tags(v) for v in raw_tags.tolist()], dtype=object)
        return self._finish(frame, out, checks)

    def _bools(self, raw: pd.Series, name: str, checks: Checks) -> list[bool | None]:
        out: list[bool | None] = []
        for i, v in enumerate(raw.tolist()):
            if isinstance(v, bool) or v is None:
                out.append(v)
                continue
            s = str(v).strip().lower()
            if s in ("", "nan"):
                out.append(None)
            elif s in _TRUE or s in _FALSE:
                out.append(s in _TRUE)
            else:
                checks.flag(one_row(len(raw), i), self.column(name), f"not a yes/no value: {v!r}")
                out.append(None)
        return out
