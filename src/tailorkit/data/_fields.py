"""Checks of single fields over a whole chunk (``Checks``): numbers, event times, ``meta`` objects,
yes/no values, each flagging a ``Problem`` for the rows it cannot take, and the limits they hold to."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from tailorkit.data._values import epoch_seconds, one_row, text_values, to_float
from tailorkit.errors import Problem

__all__ = ["Checks", "bools", "meta_objects", "numbers", "timestamps"]

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


def _meta_size(meta: dict[str, Any]) -> int:
    """``meta``'s size as JSON, -1 when it cannot be written (nested too deeply)."""
    try:
        return len(json.dumps(meta, default=str))
    except (RecursionError, ValueError):
        return -1


def numbers(raw: pd.Series | None, col: str, checks: Checks) -> tuple[np.ndarray, np.ndarray]:
    """A numeric column (``value``): the numbers and where one was given; a problem for anything not a
    finite number of at most 1e9 in size."""
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
    checks.flag(given & np.isnan(vals), col, lambda i: f"not a number: {raw.iloc[i]!r}")
    checks.flag(np.isinf(vals), col, "not a finite number")
    huge = np.isfinite(vals) & (np.abs(vals) > _MAX_VALUE)
    checks.flag(huge, col, lambda i: f"out of range (|value| <= 1e9): {raw.iloc[i]!r}")
    return vals, given


def timestamps(
    raw: pd.Series | None, col: str, checks: Checks, scale: float, now: float
) -> tuple[np.ndarray, np.ndarray]:
    """Event times in epoch seconds (numbers times ``scale``, datetimes, ISO 8601 text) and where one
    was given (``now`` where not); a problem for anything else, or outside 1900 .. 2199."""
    n = checks.n
    if raw is None:
        return np.full(n, now), np.zeros(n, dtype=bool)
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
        out = out * scale
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
    return np.where(given, out, now), given


def meta_objects(raw: pd.Series | None, col: str, checks: Checks) -> list[Any]:
    """Each event's ``meta``: a JSON object of at most ``_MAX_META`` bytes, or None."""
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
            checks.flag(one_row(checks.n, i), col, why)
            out.append(None)
        else:
            checks.flag(one_row(checks.n, i), col, "expected a JSON object")
            out.append(None)
    return out


def bools(raw: pd.Series, col: str, checks: Checks) -> list[bool | None]:
    """A yes/no column (a consent): True, False or None (not given)."""
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
            checks.flag(one_row(len(raw), i), col, f"not a yes/no value: {v!r}")
            out.append(None)
    return out
