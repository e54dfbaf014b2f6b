"""``Validator.plain_events`` (a live event's or a small batch's fast path) against the vectorised
``validate`` that files take: whatever the fast path accepts, it makes exactly the rows, digests and
stage payload that ``validate`` makes; whatever it cannot take, it leaves to ``validate``."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from tailorkit.data._readers import read_chunks
from tailorkit.data._validate import Validator
from tailorkit.store import EventStage

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
ID = st.one_of(TEXT, st.sampled_from(["u1", " u1 ", "用户", "x" * 300]), st.integers(0, 9), st.none())
NUMBER = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1_700_000_000, 1_700_000_000.5, 4.5, True, "3", "2024-01-01T00:00:00Z"]),
)
RECORD = st.fixed_dictionaries(
    {},
    optional={
        "user": ID,
        "item": ID,
        "kind": st.sampled_from(["rate", "click", "message", " View ", "Purchase", "tag", "nope", "", None]),
        "value": NUMBER,
        "text": st.one_of(st.none(), TEXT, st.just("  ")),
        "timestamp": NUMBER,
        "key": st.one_of(st.none(), TEXT, st.integers(0, 5)),
        "meta": st.one_of(st.none(), st.just({}), st.dictionaries(TEXT, TEXT, max_size=2), st.just("{}")),
    },
)

NAME = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=10).filter(
    str.strip
)
PLAIN = st.fixed_dictionaries(
    {
        "user": NAME,
        "kind": st.sampled_from(["rate", "click", "view", "purchase", "feedback", "Rate "]),
        "item": NAME,
        "value": st.one_of(st.integers(-5, 5), st.floats(-1e9, 1e9, allow_nan=False)),
    },
    optional={
        "text": st.one_of(st.none(), NAME),
        "timestamp": st.one_of(st.none(), st.integers(0, 4_000_000_000), st.floats(0, 4e9)),
        "key": st.one_of(st.none(), NAME),
        "meta": st.one_of(st.none(), st.just({}), st.dictionaries(NAME, NAME, max_size=2)),
    },
)
"""Records the fast path takes (mostly); ``RECORD`` mixed in gives it what it must leave alone."""


def vectorised(validator: Validator, records: list[dict]) -> pd.DataFrame:
    (chunk,) = read_chunks(records, len(records))
    valid = validator.validate(chunk)
    assert not valid.problems
    return valid


@settings(max_examples=400, deadline=None)
@given(
    records=st.lists(st.one_of(PLAIN, PLAIN, PLAIN, RECORD), min_size=1, max_size=6),
    unit=st.sampled_from(["s", "ms"]),
)
def test_the_fast_path_makes_what_the_vectorised_checks_make(records: list[dict], unit: str) -> None:
    validator = Validator("events", "<records>", timestamp_unit=unit, now=1_750_000_000.0)  # type: ignore[arg-type]
    plain = validator.plain_events(records)
    if plain is None:
        return  # left to validate (which words the problem, or takes what the fast path does not)
    slow = vectorised(validator, records)
    fast, want = plain.frame, slow.frame
    assert list(fast.columns) == list(want.columns)
    for column in ("user", "item", "kind", "text"):
        assert [None if x is None or x != x else x for x in fast[column]] == [
            None if x is None or x != x else x for x in want[column]
        ], column
    np.testing.assert_array_equal(fast["value"].to_numpy(), want["value"].to_numpy())
    np.testing.assert_array_equal(fast["ts"].to_numpy(), want["ts"].to_numpy())
    for column in ("key_hi", "key_lo", "keyed"):
        np.testing.assert_array_equal(fast[column].to_numpy(), want[column].to_numpy(), err_msg=column)
    assert list(fast["meta"]) == list(want["meta"])
    assert list(plain.lines) == list(slow.lines)
    assert plain.payload is not None
    fast_rows, want_rows = json.loads(plain.payload), json.loads(EventStage.encode(want))
    assert len(fast_rows) == len(want_rows)
    for got, expected in zip(fast_rows, want_rows, strict=True):
        assert len(got) == len(expected)
        for a, b in zip(got, expected, strict=True):
            if isinstance(a, float) and isinstance(b, int | float):  # pandas writes at most 15 decimals
                assert math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15), (got, expected)
            else:
                assert a == b, (got, expected)


def test_plain_records_take_the_fast_path_and_others_do_not() -> None:
    validator = Validator("events", "<records>", now=1_750_000_000.0)
    plain = [
        {"user": "u1", "kind": "rate", "item": "i1", "value": 4, "timestamp": 1_700_000_000},
        {"user": "用户", "kind": "message", "text": "我不吃辣", "meta": {"turn": 1}, "key": "k1"},
    ]
    assert validator.plain_events(plain) is not None
    for odd in (
        {"user": "u1", "kind": "rate", "item": "i1", "value": "4"},  # a number as text
        {"user": "u1", "kind": "click", "item": "i1", "timestamp": "2024-01-01"},  # a time as text
        {"user": "u1", "kind": "rate", "item": "i1"},  # a rating without its value: validate words it
        {"user": "", "kind": "click", "item": "i1"},
    ):
        assert validator.plain_events([*plain, odd]) is None
