"""Readers keep exact line numbers whatever the mix of good, blank and malformed lines."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tailorkit.data import read_chunks

LINE = st.one_of(
    st.tuples(st.just("ok"), st.integers(0, 10**6)),
    st.tuples(st.just("blank"), st.just(0)),
    st.tuples(st.just("short"), st.integers(0, 10**6)),
    st.tuples(st.just("long"), st.integers(0, 10**6)),
)


def render(kind: str, n: int, quoted: bool) -> str:
    text = f'"t {n}"' if quoted else f"t{n}"
    return {"ok": f"u{n},i{n},{text}", "blank": "", "short": f"u{n},i{n}", "long": f"u{n},i{n},{text},x"}[
        kind
    ]


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=60), batch=st.integers(1, 7), quoted=st.booleans())
def test_line_numbers_survive_blank_and_bad_lines(
    lines: list[tuple[str, int]], batch: int, quoted: bool
) -> None:
    # quoted=True goes through Python's csv module, False through the Arrow fast path: same answers.
    body = "\n".join(render(k, n, quoted) for k, n in lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "f.csv"
        path.write_text("user,item,text\n" + body + "\n", encoding="utf-8")
        if all(k == "blank" for k, _ in lines):
            return  # an empty file: covered by the ingest tests
        good: dict[int, str] = {}
        bad: list[int] = []
        for chunk in read_chunks(path, batch):
            good.update(zip(chunk.lines.tolist(), chunk.frame["user"].tolist(), strict=True))
            bad.extend(p.line for p in chunk.problems)
            assert len(chunk.frame) <= batch
    want_good = {i + 2: f"u{n}" for i, (k, n) in enumerate(lines) if k == "ok"}
    want_bad = [i + 2 for i, (k, _) in enumerate(lines) if k in ("short", "long")]
    assert good == want_good
    assert sorted(bad) == want_bad


def test_parquet_rows_are_numbered_from_one(tmp_path: Path) -> None:
    import pandas as pd

    pd.DataFrame({"user": ["a", "b", "c"]}).to_parquet(tmp_path / "x.parquet")
    chunks = list(read_chunks(tmp_path / "x.parquet", 2))
    assert [c.lines.tolist() for c in chunks] == [[1, 2], [3]]
    assert np.concatenate([c.frame["user"].to_numpy() for c in chunks]).tolist() == ["a", "b", "c"]
