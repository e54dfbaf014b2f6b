"""Ingestion: every format, mapping, each kind of bad input, skip mode, idempotency."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from tailorkit import Engine, IngestError, InputError, Settings
from tests.conftest import write

RATINGS = "userId,movieId,rating,timestamp\n1,10,4.0,964982703\n1,20,3.5,964982224\n2,10,5,964983815\n"
MAP = {"user": "userId", "item": "movieId", "value": "rating"}


def counts(engine: Engine) -> tuple[int, int, int]:
    s = engine.stats()
    return s.users, s.items, s.events


def test_csv_with_mapping_and_constant_kind(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", RATINGS)
    report = engine.ingest_events(path, mapping=MAP, kind="rate")
    assert (report.read, report.written, report.rejected) == (3, 3, 0)
    assert counts(engine) == (2, 2, 3)  # users and items created on the fly
    ev = engine.events("1")
    assert ev["item"].tolist() == ["20", "10"]  # time order
    assert ev["value"].tolist() == [3.5, 4.0]
    assert ev["ts"].tolist() == [964982224.0, 964982703.0]
    assert set(ev["source"]) == {"r.csv"}


def test_loading_the_same_file_twice_adds_nothing(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", RATINGS)
    engine.ingest_events(path, mapping=MAP, kind="rate")
    again = engine.ingest_events(path, mapping=MAP, kind="rate")
    assert (again.written, again.unchanged) == (0, 3)
    assert counts(engine) == (2, 2, 3)
    # The same events from another file (another format) are the same events.
    jl = write(tmp_path / "r.jsonl", "\n".join(json.dumps(r) for r in pd.read_csv(path).to_dict("records")))
    assert engine.ingest_events(jl, mapping=MAP, kind="rate").written == 0


def test_a_changed_value_is_a_new_event_and_an_appended_file_adds_only_the_new_rows(
    engine: Engine, tmp_path: Path
) -> None:
    path = write(tmp_path / "r.csv", RATINGS)
    engine.ingest_events(path, mapping=MAP, kind="rate")
    write(path, RATINGS + "3,30,2,964990000\n")
    report = engine.ingest_events(path, mapping=MAP, kind="rate")
    assert (report.written, report.unchanged) == (1, 3)


def test_explicit_keys_make_events_idempotent_across_content(engine: Engine) -> None:
    rows = [{"user": "u", "item": "i", "kind": "click", "key": "order-1", "timestamp": 1}]
    engine.ingest_events(rows)
    rows[0]["timestamp"] = 2  # a retry with another clock reading: still the same event
    assert engine.ingest_events(rows).written == 0


def test_jsonl_and_parquet_and_tsv(engine: Engine, tmp_path: Path) -> None:
    recs = [
        {"user": "a", "item": "x", "kind": "view", "timestamp": "2024-05-01T10:00:00Z"},
        {"user": "a", "kind": "search", "text": "red shoes", "timestamp": "2024-05-01T10:01:00+02:00"},
        {
            "user": "b",
            "kind": "message",
            "text": "我对花生过敏",
            "meta": {"channel": "app"},
            "timestamp": 1714557600,
        },
    ]
    jl = write(tmp_path / "e.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n\n")
    assert engine.ingest_events(jl).written == 3
    a = engine.events("a")
    assert a["kind"].tolist() == ["search", "view"]  # 08:01Z sorts before 10:00Z
    assert a["ts"].tolist() == [1714550460.0, 1714557600.0]
    b = engine.events("b")
    assert b["text"].tolist() == ["我对花生过敏"]
    assert b["meta"].tolist() == [{"channel": "app"}]

    pq = tmp_path / "e.parquet"
    pd.DataFrame(
        {"u": ["c", "c"], "i": ["x", "y"], "r": [1.0, 2.0], "t": pd.to_datetime([1, 2], unit="s")}
    ).to_parquet(pq)
    assert (
        engine.ingest_events(
            pq, mapping={"user": "u", "item": "i", "value": "r", "timestamp": "t"}, kind="rate"
        ).written
        == 2
    )
    assert engine.events("c")["ts"].tolist() == [1.0, 2.0]

    tsv = write(tmp_path / "u.data", "7\t1\t5\t881250949\n7\t2\t3\t891717742\n")
    rep = engine.ingest_events(tsv, fmt="tsv", header=["user", "item", "value", "timestamp"], kind="rate")
    assert rep.written == 2


def test_dataframe_and_iterable_of_dicts(engine: Engine) -> None:
    df = pd.DataFrame({"user": [1, 2], "item": [10, 11], "kind": ["purchase", "click"], "timestamp": [5, 6]})
    assert engine.ingest_events(df).written == 2
    assert engine.user("1")["external_id"] == "1"  # ints become the same ids as "1" from a CSV
    gen = ({"user": f"g{i}", "item": "10", "kind": "like", "timestamp": i} for i in range(5))
    assert engine.ingest_events(gen).written == 5


def test_timestamps_in_milliseconds(engine: Engine) -> None:
    rows = [{"user": "u", "item": "i", "kind": "view", "timestamp": 1714557600123}]
    with pytest.raises(IngestError, match="milliseconds"):
        engine.ingest_events(rows)
    engine.ingest_events(rows, timestamp_unit="ms")
    assert engine.events("u")["ts"].tolist() == [pytest.approx(1714557600.123)]


def test_users_and_items_files_upsert_and_keep_extra_columns_as_attributes(
    engine: Engine, tmp_path: Path
) -> None:
    users = write(
        tmp_path / "users.csv", "id,age,occupation,zip,locale,consent_tuning\n1,24,技术员,02139,zh-CN,no\n"
    )
    assert engine.ingest_users(users, mapping={"user": "id"}).written == 1
    u = engine.user("1")
    assert u["attributes"] == {"age": 24, "occupation": "技术员", "zip": "02139"}
    assert (u["locale"], u["consent_tuning"], u["consent_profiling"]) == ("zh-CN", False, True)
    write(users, "id,age\n1,25\n")
    assert engine.ingest_users(users, mapping={"user": "id"}).written == 1
    assert engine.user("1")["attributes"]["age"] == 25
    assert engine.user("1")["attributes"]["occupation"] == "技术员"  # merged, not replaced
    assert engine.ingest_users(users, mapping={"user": "id"}).written == 0  # same values: unchanged

    items = write(
        tmp_path / "items.jsonl",
        json.dumps({"item": "m1", "title": "Heat", "tags": "Crime|Action", "year": 1995}) + "\n",
    )
    engine.ingest_items(items)
    it = engine.item("m1")
    assert (it["title"], it["tags"], it["attributes"]) == ("Heat", ["Crime", "Action"], {"year": 1995})


def test_a_header_s_common_names_for_fields_are_read(engine: Engine, tmp_path: Path) -> None:
    """``user_id``, ``User ID``, ``movieId``, ``rating``, ``genres``: read as the fields they name, and
    not kept again as attributes; a name two columns could be is not guessed, nor a field's own
    column overridden."""
    items = write(tmp_path / "items.csv", "Item ID,name,genres,price\nb1,Dune,scifi|classic,14.5\n")
    report = engine.ingest_items(items)
    assert report.read_as == {"item": "Item ID", "title": "name", "tags": "genres"}
    it = engine.item("b1")
    assert (it["title"], it["tags"], it["attributes"]) == ("Dune", ["scifi", "classic"], {"price": 14.5})
    events = write(tmp_path / "e.csv", "user_id,item,kind,rating,score,ts\nu1,b1,view,4,0.5,1700000000\n")
    report = engine.ingest_events(events)
    assert report.read_as == {"user": "user_id", "timestamp": "ts"}  # rating or score: not guessed
    assert engine.events("u1")["ts"].iloc[0] == 1700000000
    with pytest.raises(IngestError, match="field 'value': a numeric value is required"):
        engine.ingest_events(write(tmp_path / "f.csv", "user_id,item,kind,rating,score\nu1,b1,rate,4,1\n"))


# -- bad input: a clear message naming file, line and field; nothing written ----------------------------

BAD_CASES = {
    "missing column": ("userId,rating,timestamp\n1,4,5\n", r"r\.csv:1: field 'movieId': column not found"),
    "bad number": (
        "userId,movieId,rating,timestamp\n1,10,4,5\n1,11,four,6\n",
        r"r\.csv:3: field 'rating': not a number: 'four'",
    ),
    "huge number": (
        "userId,movieId,rating,timestamp\n1,10,4,5\n1,11,8e184,6\n",
        r"r\.csv:3: field 'rating': out of range \(\|value\| <= 1e9\): '8e184'",
    ),
    "bad timestamp": (
        "userId,movieId,rating,timestamp\n1,10,4,yesterday\n",
        r"r\.csv:2: field 'timestamp': not a timestamp: 'yesterday'",
    ),
    "missing user": (
        "userId,movieId,rating,timestamp\n,10,4,5\n",
        r"r\.csv:2: field 'userId': missing value",
    ),
    "wrong field count": (
        "userId,movieId,rating,timestamp\n1,10,4,5\n1,10,4\n",
        r"r\.csv:3: expected 4 fields, found 3",
    ),
    "header only": ("userId,movieId,rating,timestamp\n", r"r\.csv:1: empty file: a header but no records"),
    "empty file": ("", r"r\.csv: empty file"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_csv_input_is_named_and_leaves_the_store_unchanged(
    engine: Engine, tmp_path: Path, case: str
) -> None:
    engine.ingest_events(write(tmp_path / "ok.csv", RATINGS), mapping=MAP, kind="rate")
    before = counts(engine)
    text, message = BAD_CASES[case]
    with pytest.raises(IngestError, match=message):
        engine.ingest_events(write(tmp_path / "r.csv", text), mapping=MAP, kind="rate")
    assert counts(engine) == before


def test_undecodable_bytes_name_line_and_field(engine: Engine, tmp_path: Path) -> None:
    path = write(
        tmp_path / "r.csv", b"user,item,kind,text\nu1,i1,review,fine\nu1,i2,review,caf\xe9 au lait\n"
    )
    with pytest.raises(IngestError, match=r"r\.csv:3: field 'text': undecodable bytes"):
        engine.ingest_events(path)
    assert counts(engine) == (0, 0, 0)
    # Told the right encoding, the same file loads.
    assert engine.ingest_events(path, encoding="latin-1").written == 2
    assert "café au lait" in engine.events("u1")["text"].tolist()


def test_unknown_event_kind(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "e.csv", "user,item,kind\nu,i,view\nu,i,teleport\n")
    with pytest.raises(
        IngestError, match=r"e\.csv:3: field 'kind': unknown event kind 'teleport'; expected one of"
    ):
        engine.ingest_events(path)
    with pytest.raises(InputError, match="unknown event kind 'nope'"):
        engine.ingest_events(path, kind="nope")


def test_kind_rules(engine: Engine) -> None:
    with pytest.raises(IngestError, match="an item is required for 'rate' events"):
        engine.ingest_events([{"user": "u", "kind": "rate", "value": 3}])
    with pytest.raises(IngestError, match="a numeric value is required for 'rate' events"):
        engine.ingest_events([{"user": "u", "item": "i", "kind": "rate"}])
    with pytest.raises(IngestError, match="text is required for 'search' events"):
        engine.ingest_events([{"user": "u", "kind": "search"}])


def test_bad_json_lines_and_mapping(engine: Engine, tmp_path: Path) -> None:
    path = write(
        tmp_path / "e.jsonl", '{"user": "u", "kind": "view", "item": "i"}\n{"user": "u", kind}\n[1]\n'
    )
    with pytest.raises(IngestError, match=r"e\.jsonl:2: not valid JSON") as info:
        engine.ingest_events(path)
    assert info.value.total == 2
    assert "e.jsonl:3: expected a JSON object" in str(info.value.problems[1])
    with pytest.raises(InputError, match="--map names unknown field 'usr'"):
        engine.ingest_events(path, mapping={"usr": "user"})


def test_a_bad_record_far_into_a_multi_batch_file_keeps_everything_out(
    engine: Engine, tmp_path: Path
) -> None:
    lines = ["user,item,kind,value"] + [f"u{i % 7},i{i},rate,{1 + i % 5}" for i in range(2_500)]
    lines[2_400] = "u1,i1,rate,NaNa"
    path = write(tmp_path / "big.csv", "\n".join(lines) + "\n")
    engine.settings.ingest.batch_size = 500
    with pytest.raises(IngestError, match=r"big\.csv:2401: field 'value'"):
        engine.ingest_events(path)
    assert counts(engine) == (0, 0, 0)


def test_skip_mode_writes_good_rows_and_rejects_bad_ones_with_reasons(engine: Engine, tmp_path: Path) -> None:
    text = "userId,movieId,rating,timestamp\n1,10,4,5\n1,11,four,6\n2,12,3,7\n,13,3,8\n3,14,5\n"
    rejects = tmp_path / "rejects.jsonl"
    report = engine.ingest_events(
        write(tmp_path / "r.csv", text), mapping=MAP, kind="rate", on_error="skip", rejects=rejects
    )
    assert (report.read, report.written, report.rejected) == (5, 2, 3)
    rows = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in rows] == [3, 5, 6]
    assert rows[0]["errors"] == ["rating: not a number: 'four'"]
    assert rows[0]["record"] == {"userId": 1, "movieId": 11, "rating": "four", "timestamp": 6}
    assert rows[1]["errors"] == ["userId: missing value"]
    assert rows[2]["errors"] == ["expected 4 fields, found 3"]
    with pytest.raises(InputError, match="needs a rejects file"):
        engine.ingest_events(tmp_path / "r.csv", on_error="skip")


def test_quoted_fields_with_newlines_keep_exact_line_numbers(engine: Engine, tmp_path: Path) -> None:
    text = 'user,item,kind,text\nu,i,review,"a long\nreview, with commas"\nu,i,review,"ok"\nu,,review,x\n'
    with pytest.raises(IngestError, match=r"q\.csv:5: field 'item': an item is required"):
        engine.ingest_events(write(tmp_path / "q.csv", text))
    assert engine.ingest_events(tmp_path / "q.csv", on_error="skip", rejects=tmp_path / "rj").written == 2
    assert "a long\nreview, with commas" in engine.events("u")["text"].tolist()


def test_blank_lines_and_bad_rows_in_the_fast_reader_keep_line_numbers(
    engine: Engine, tmp_path: Path
) -> None:
    text = "user,item,kind\nu,i1,view\n\nu,i2,view,extra\n\nu,i3,teleport\n"
    with pytest.raises(IngestError) as info:
        engine.ingest_events(write(tmp_path / "b.csv", text))
    assert [str(p) for p in info.value.problems] == [
        "b.csv:4: expected 3 fields, found 4".replace("b.csv", str(tmp_path / "b.csv")),
        f"{tmp_path / 'b.csv'}:6: field 'kind': unknown event kind 'teleport'; expected one of: "
        "cart, click, dislike, feedback, like, message, purchase, rate, review, search, tag, view",
    ]


def test_tenants_do_not_see_each_others_data(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "shared.db"
    with Engine.open(db, settings, tenant="a") as a, Engine.open(db, settings, tenant="b") as b:
        a.ingest_events([{"user": "same-id", "item": "x", "kind": "view", "timestamp": 1}])
        b.ingest_events([{"user": "same-id", "item": "x", "kind": "view", "timestamp": 1}])  # not a duplicate
        b.ingest_events([{"user": "other", "item": "y", "kind": "view", "timestamp": 2}])
        assert (a.stats().events, b.stats().events) == (1, 2)
        assert a.user("same-id")["id"] != b.user("same-id")["id"]
        with pytest.raises(KeyError):
            a.user("other")


@pytest.mark.parametrize("as_frame", [False, True])
def test_track_new_says_which_records_were_new_in_input_order(tmp_path: Path, as_frame: bool) -> None:
    engine = Engine.open(tmp_path / "t.db", Settings(data_dir=tmp_path))
    engine.ingest_events([{"user": "a", "item": "x", "kind": "view", "key": "k1"}])
    records = [
        {"user": "a", "item": "x", "kind": "view", "key": "k1"},  # stored before
        {"user": "b", "item": "y", "kind": "view", "key": "k2"},
        {"user": "b", "item": "y", "kind": "view", "key": "k2"},  # the line before, again
        {"user": "c", "item": "z", "kind": "rate", "value": 4},
    ]
    source: Any = pd.DataFrame(records) if as_frame else records  # the vectorised checks, or record by record
    report = engine.ingest_events(source, track_new=True)
    assert report.new == [False, True, False, True]
    assert (report.written, report.unchanged) == (2, 2)
    engine.close()
