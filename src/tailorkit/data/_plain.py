"""The fast path for plain records (``Validator.plain_events``): a live event or a chat turn's few
events, each a dict of text ids, a known kind and numbers, checked and converted in plain Python in
microseconds, where the vectorised checks of ``Validator.validate`` cost milliseconds a call. Anything
else is left to ``validate``, which words every problem."""

from __future__ import annotations

import json
import math
from typing import Any

import numpy as np
import orjson
import pandas as pd

from tailorkit.data._fields import _FIRST_TIME, _LAST_TIME, _MAX_META, _MAX_VALUE, _meta_size
from tailorkit.data._schema import NEEDS_ITEM, NEEDS_TEXT, NEEDS_VALUE
from tailorkit.data._validate import _KINDS, Valid, Validator
from tailorkit.data._values import column_digest
from tailorkit.store import CONTROL_CHARACTERS, MAX_ID

__all__ = ["plain_events"]


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


def plain_events(validator: Validator, records: list[Any]) -> Valid | None:
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
        validator.column(f) for f in ("kind", "user", "item", "value", "text", "timestamp", "meta", "key")
    )
    for record in records:
        if not isinstance(record, dict):
            return None
        get = record.get
        kind = validator.kind if validator.kind is not None else get(c_kind)
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
        if not _plain_number(ts, 1e11 / validator.scale):
            return None
        stated = ts is not None
        ts = float(ts) * validator.scale if ts is not None else validator.now
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
    user_, item_, kind_, value_, text_, ts_, given_, key_, meta_ = (list(c) for c in zip(*rows, strict=True))
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
