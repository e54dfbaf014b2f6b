"""Value conversions for validation: text, numbers, times, attribute values, tags and idempotency digests,
each vectorised over a column where it can be."""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "column_digest",
    "epoch_seconds",
    "one_row",
    "row_digest",
    "scalar",
    "tags",
    "text_values",
    "to_float",
]

_INT = re.compile(r"-?(0|[1-9]\d{0,17})")  # no leading zeros: "02139" stays a string
_FLOAT = re.compile(r"-?\d+\.\d+")
# 16-character SipHash keys for the two halves of the 128-bit idempotency digest.
_HASH_KEYS = ("tailorkit-evt-k1", "tailorkit-evt-k2")


def text_values(s: pd.Series) -> pd.Series:
    """Values as stripped strings; missing values become "" (ints stay ints: 1.0 -> "1")."""
    if pd.api.types.is_float_dtype(s.dtype):
        vals = s.to_numpy(dtype=float)
        finite = np.isfinite(vals)
        whole = np.all(vals[finite] == np.round(vals[finite])) and np.all(np.abs(vals[finite]) < 2**53)
        if finite.any() and whole:  # beyond 2**53 a float is no exact integer: keep its text form
            out = pd.Series([""] * len(s), index=s.index, dtype=object)
            out[finite] = vals[finite].astype(np.int64).astype(str)
            return out
    return s.where(s.notna(), "").astype(str).str.strip()


def epoch_seconds(times: pd.Series) -> np.ndarray:
    """UTC datetimes as epoch seconds (NaN where missing), for any year pandas parses: in microseconds,
    since nanoseconds (pandas' own arithmetic) end in 2262 and would overflow."""
    micros = times.dt.tz_convert("UTC").dt.tz_localize(None).dt.as_unit("us").to_numpy(dtype="datetime64[us]")
    return np.where(np.isnat(micros), np.nan, micros.astype(np.int64) / 1e6)


def to_float(text: pd.Series, given: np.ndarray) -> np.ndarray:
    """Parse numbers from strings; NaN where missing or not a number."""
    try:  # Arrow's cast is ~10x pandas' to_numeric, and almost every input is clean
        import pyarrow as pa
        import pyarrow.compute as pc

        arr = pa.array(text.to_numpy(dtype=object), type=pa.string(), mask=~given)
        return np.asarray(pc.cast(arr, pa.float64()).to_numpy(zero_copy_only=False), dtype=float)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pd.to_numeric(text.where(given, None), errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def row_digest(frame: pd.DataFrame, ts: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """A 128-bit idempotency key per row, as two int64 arrays: SipHashes of the row's values.

    With ``ts``, the top 32 bits of the first half are the event's minute: keys then sort roughly
    by time, so the unique index grows at its end the way logs arrive (random keys make SQLite's
    inserts about 1.5x slower on a million-row table).
    """
    columns = [
        c.array if isinstance(c.dtype, pd.api.extensions.ExtensionDtype) else c.to_numpy()
        for _, c in frame.items()
    ]
    return column_digest(columns, ts)


def column_digest(columns: list[Any], ts: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``row_digest`` of the rows whose values ``columns`` hold (arrays, one per field, in order): the
    same keys as ``pd.util.hash_pandas_object(frame, index=False)`` under the two hash keys, without a
    DataFrame (which costs more than the hashing for a few rows)."""
    halves = []
    # factorising first (pandas' default) pays off on many repeated values; the hashes are the same
    categorize = len(columns[0]) > 1_000
    for key in _HASH_KEYS:
        # Python's tuple hash over the columns' SipHashes, as pandas combines a frame's columns
        out = np.full(len(columns[0]), 0x345678, dtype=np.uint64)
        mult = np.uint64(1000003)
        for i, column in enumerate(columns):
            out ^= pd.util.hash_array(column, hash_key=key, categorize=categorize).astype(
                np.uint64, copy=False
            )
            out *= mult
            mult += np.uint64(82520 + 2 * (len(columns) - i))
        halves.append(out + np.uint64(97531))
    hi, lo = halves
    if ts is not None:
        minutes = np.clip(np.nan_to_num(ts) // 60, 0, 2**31 - 1).astype(np.uint64)
        hi = (minutes << np.uint64(32)) | (hi >> np.uint64(32))
    return hi.view(np.int64), lo.view(np.int64)


def one_row(n: int, i: int) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    mask[i] = True
    return mask


def scalar(v: Any, parse: bool = True) -> Any:
    """An attribute value: None for empties; with ``parse`` (CSV text), numbers from numeric strings."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return None
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, str):
        s = v.strip()
        if not s:
            return None
        if not parse:
            return v
        if _INT.fullmatch(s):
            return int(s)
        if _FLOAT.fullmatch(s):
            return float(s)
        return s
    return v


def tags(v: Any) -> list[str] | None:
    """Tags from a list, a JSON list, or a string separated by "|" (MovieLens) or ","."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return None
    if isinstance(v, list | tuple | np.ndarray):
        return [str(t).strip() for t in v if str(t).strip()]
    s = str(v).strip()
    if s.startswith("["):
        try:
            parsed = json.loads(s)
            if isinstance(parsed, list):
                return [str(t).strip() for t in parsed if str(t).strip()]
        except json.JSONDecodeError:
            pass
    sep = "|" if "|" in s else ","
    return [t.strip() for t in s.split(sep) if t.strip()]
