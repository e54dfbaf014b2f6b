"""Validation: raw records in, canonical typed records out, with a ``Problem`` for every bad field.

The checks are vectorised over a whole chunk (pandas), so validating costs about as much as reading.
A record with any problem is left out of the output; the caller decides whether that fails the input
(``on_error='fail'``) or sends the record to a rejects file (``on_error='skip'``). The checks of single
fields: ``_fields.py``; the fast path for a live event's plain records: ``_plain.py``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd

from tailorkit.data._fields import Checks, bools, meta_objects, numbers, timestamps
from tailorkit.data._readers import _SURROGATE, RawChunk
from tailorkit.data._schema import (
    EVENT_FIELDS,
    ITEM_FIELDS,
    NEEDS_ITEM,
    NEEDS_TEXT,
    NEEDS_VALUE,
    USER_FIELDS,
    EventKind,
    column_aliases,
)
from tailorkit.data._values import (
    one_row,
    row_digest,
    scalar,
    tags,
    text_values,
)
from tailorkit.errors import IngestError, InputError, Problem
from tailorkit.store import CONTROL_CHARACTERS, MAX_ID

__all__ = ["Target", "Valid", "Validator"]

Target = Literal["events", "users", "items"]
_KINDS = {k.value for k in EventKind}


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
        self.read_as: dict[str, str] = {}
        """Fields whose column a file's header named otherwise (``user`` from ``user_id``)."""

    def column(self, name: str) -> str:
        return self.mapping.get(name, name)

    def check_header(self, columns: list[str], is_file: bool) -> None:
        """Fail the whole input when a required or mapped column is absent from a file's header."""
        if self._checked_header or not is_file:
            return
        self._checked_header = True
        unmapped = tuple(f for f in self.fields if f not in self.mapping)
        self.read_as = column_aliases(unmapped, columns)
        self.mapping.update(self.read_as)
        required = {
            "events": ["user"] + ([] if self.kind else ["kind"]),
            "users": ["user"],
            "items": ["item"],
        }
        for f in [*required[self.target], *self.mapping]:
            col = self.column(f)
            if col not in columns:
                how = f"mapped from field {f!r}" if f in self.mapping else f"required field {f!r}"
                if f == "kind" and f not in self.mapping:
                    how += "; --kind KIND gives every record one (rate, view, ...), --map kind=COLUMN"
                    how += " reads it"
                elif f not in self.mapping:
                    how += f"; --map {f}=COLUMN names the one that holds it"
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
        lines, bad = checks.lines, checks.bad
        problems = sorted(checks.problems, key=lambda p: p.line)  # in the file's order, not the fields'
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

        value, value_given = numbers(self._get(frame, "value"), self.column("value"), checks)
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

        ts, ts_given = timestamps(
            self._get(frame, "timestamp"), self.column("timestamp"), checks, self.scale, self.now
        )
        meta = meta_objects(self._get(frame, "meta"), self.column("meta"), checks)

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
        """``records`` validated without the per-column checks when every one is plain and valid (a
        live event's fast path: ``data._plain``); None leaves them to ``validate``."""
        from tailorkit.data._plain import plain_events

        return plain_events(self, records)

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
                    out[f] = bools(raw, self.column(f), checks)
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
