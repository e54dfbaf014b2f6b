"""The command line: commands, output, exit codes (0 ok, 1 user error, 2 usage)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailorkit.cli import app

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "cli.db"


def run(db: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--quiet", "--db", str(db), *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_init_ingest_stats(db: Path, tmp_path: Path) -> None:
    code, out = run(db, "init")
    assert code == 0 and "ready" in out and db.exists()
    csv = tmp_path / "r.csv"
    csv.write_text("userId,movieId,rating,timestamp\n1,10,4,5\n2,10,3,6\n", encoding="utf-8")
    code, out = run(
        db, "ingest", "events", str(csv), "--map", "user=userId,item=movieId,value=rating", "--kind", "rate"
    )
    assert code == 0, out
    assert "written 2" in out
    code, out = run(db, "stats", "--json")
    stats = json.loads(out)
    assert (stats["users"], stats["items"], stats["events"]) == (2, 1, 2)
    assert stats["events_by_kind"] == {"rate": 2}


def test_user_errors_exit_1_with_one_line(db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("user,item,kind\nu,i,view\nu,i,warp\n", encoding="utf-8")
    code, out = run(db, "ingest", "events", str(csv))
    assert code == 1
    assert f"{csv}:3: field 'kind': unknown event kind 'warp'" in out
    assert "Traceback" not in out
    code, out = run(db, "ingest", "events", str(tmp_path / "missing.csv"))
    assert code == 1 and "file not found" in out
    code, out = run(db, "datasets", "load", "nope")
    assert code == 1 and "no data set named 'nope'" in out


def test_common_column_names_are_read_and_said(db: Path, tmp_path: Path) -> None:
    """A MovieLens ratings file loads with only its kind given, the columns it read said; a file with
    two bad records names both, each with its line."""
    csv = tmp_path / "ratings.csv"
    csv.write_text("userId,movieId,rating,timestamp\n1,10,4,5\n2,10,3,6\n", encoding="utf-8")
    code, out = run(db, "ingest", "events", str(csv))
    assert code == 1 and "--kind KIND gives every record one" in out
    code, out = run(db, "ingest", "events", str(csv), "--kind", "rate")
    assert code == 0, out
    assert "user from 'userId', item from 'movieId', value from 'rating'" in " ".join(out.split())
    assert "written 2" in out and "profiles rebuilt from 2 events" in out
    code, out = run(db, "profile", "show", "1")
    assert code == 0 and "ratings: 1" in out  # the profile knows them without a rebuild by hand
    bad = tmp_path / "bad.csv"
    bad.write_text("user_id,item_id,kind,value\nu,i,rate,five\nu,j,rate,4\nu,k,warp,\n", encoding="utf-8")
    code, out = run(db, "ingest", "events", str(bad))
    out = " ".join(out.split())
    assert code == 1 and f"{bad}:2: field 'value': not a number: 'five'" in out
    assert f"also: {bad}:4: field 'kind': unknown event kind 'warp'" in out


def test_usage_errors_exit_2(db: Path, tmp_path: Path) -> None:
    assert run(db, "ingest", "events")[0] == 2
    assert run(db, "ingest", "events", "x.csv", "--map", "user")[0] == 2
    assert run(db, "ingest", "events", "x.csv", "--on-error", "maybe")[0] == 2
    assert run(db, "no-such-command")[0] == 2


def test_skip_mode_reports_rejects(db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "mixed.csv"
    csv.write_text("user,item,kind\nu,i,view\nu,i,warp\n", encoding="utf-8")
    rejects = tmp_path / "rej.jsonl"
    code, out = run(
        db, "ingest", "events", str(csv), "--on-error", "skip", "--rejects", str(rejects), "--json"
    )
    assert code == 0
    report = json.loads(out)
    assert (report["written"], report["rejected"], report["rejects_path"]) == (1, 1, str(rejects))
    assert json.loads(rejects.read_text(encoding="utf-8"))["line"] == 3


def test_users_and_items_commands(db: Path, tmp_path: Path) -> None:
    users = tmp_path / "u.jsonl"
    users.write_text(
        json.dumps({"user": "李雷", "locale": "zh-CN", "age": 30}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    assert run(db, "ingest", "users", str(users))[0] == 0
    items = tmp_path / "i.csv"
    items.write_text("item,title,tags\nb1,三体,科幻|小说\n", encoding="utf-8")
    assert run(db, "ingest", "items", str(items))[0] == 0
    stats = json.loads(run(db, "stats", "--json")[1])
    assert (stats["users"], stats["items"]) == (1, 1)


def test_datasets_list_and_load(db: Path) -> None:
    code, out = run(db, "datasets", "list")
    assert code == 0 and "ml-100k" in out and "locomo" in out
    code, out = run(db, "datasets", "load", "synthetic", "-o", "events=500", "-o", "users=20", "--json")
    assert code == 0
    assert json.loads(out)["dataset"] == "synthetic"


def test_encoding_and_delimiter_options(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("user;item;kind;text\nu;i;review;caf\xe9\n".encode("latin-1"))
    code, out = run(db, "ingest", "events", str(path), "--delimiter", ";")
    assert code == 1 and "undecodable bytes" in out and ":2:" in out
    code, out = run(db, "ingest", "events", str(path), "--delimiter", ";", "--encoding", "latin-1")
    assert code == 0, out


def test_user_export_and_erase(db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "r.csv"
    csv.write_text(
        "user,item,kind,value\nann,10,rate,4\nann,11,rate,5\nbob,10,rate,3\nbob,12,rate,4\n", encoding="utf-8"
    )
    assert run(db, "ingest", "events", str(csv))[0] == 0
    assert run(db, "train", "--algorithm", "ease")[0] == 0
    out_file = tmp_path / "ann.json"
    code, out = run(db, "user", "export", "ann", "--out", str(out_file))
    assert code == 0 and "exported 'ann'" in out
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    assert doc["user"] == "ann" and sorted(e["item"] for e in doc["events"]) == ["10", "11"]
    result = runner.invoke(app, ["--quiet", "--db", str(db), "user", "erase", "ann"], input="n\n")
    assert result.exit_code == 1 and "Erase everything about 'ann'" in result.output
    code, out = run(db, "user", "export", "ann")  # still there; the first export is in the audit trail
    assert code == 0 and [(a["actor"], a["action"]) for a in json.loads(out)["audit"]] == [("cli", "export")]
    code, out = run(db, "user", "erase", "ann", "--yes", "--json")
    report = json.loads(out)
    assert code == 0 and report["events"] == 2 and report["retrained"] == ["ease"]
    code, out = run(db, "user", "export", "ann")
    assert code == 1 and "no user 'ann'" in out
    code, out = run(db, "user", "erase", "nobody", "--yes")
    assert code == 1 and "no user 'nobody'" in out
    assert json.loads(run(db, "user", "export", "bob")[1])["user"] == "bob"


def test_models_lists_the_registry_newest_first(db: Path, tmp_path: Path) -> None:
    assert run(db, "models")[1].startswith("no trained models yet")
    csv = tmp_path / "r.csv"
    csv.write_text("user,item,kind\nann,10,view\nann,11,view\nbob,10,view\n", encoding="utf-8")
    assert run(db, "ingest", "events", str(csv))[0] == 0
    for algorithm in ("ease", "itemknn", "ease"):
        assert run(db, "train", "--algorithm", algorithm)[0] == 0
    code, out = run(db, "models", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["algorithm"] for r in rows] == ["ease", "itemknn", "ease"]
    assert rows[0]["id"] > rows[2]["id"] and rows[0]["snapshot"]["interactions"] == 3
    assert [r["algorithm"] for r in json.loads(run(db, "models", "-a", "itemknn", "--json")[1])] == [
        "itemknn"
    ]
    code, out = run(db, "models")
    assert code == 0 and f"{rows[0]['id']} *" in out and f"{rows[1]['id']} *" in out
    assert f"{rows[2]['id']} *" not in out  # an older version


def test_recommend_reads_a_tag_as_the_catalogue_spells_it_and_says_why_nothing_is_left(
    db: Path, tmp_path: Path
) -> None:
    events, items = tmp_path / "e.csv", tmp_path / "i.csv"
    events.write_text(
        "user,item,kind\nann,10,view\nann,11,view\nbob,10,view\nbob,12,view\n", encoding="utf-8"
    )
    items.write_text(
        "item,title,tags\n10,Alien,Sci-Fi|Horror\n11,Amélie,Comedy\n12,霸王别姬,Drama\n", encoding="utf-8"
    )
    assert run(db, "ingest", "events", str(events))[0] == 0
    assert run(db, "ingest", "items", str(items))[0] == 0
    assert run(db, "train", "--algorithm", "ease")[0] == 0
    code, out = run(db, "recommend", "ann", "--tag", " drama", "--json")
    assert code == 0 and [r["item"] for r in json.loads(out)] == ["12"]
    code, out = run(db, "recommend", "ann", "--tag", "scifi")
    assert code == 1 and "'scifi'" in out and "did you mean 'Sci-Fi'?" in out
    code, out = run(db, "recommend", "bob", "--tag", "drama")
    assert code == 0 and "nothing to recommend for bob" in out and "'drama'" in out


def test_recommend_names_titles_as_a_reader_knows_them(db: Path, tmp_path: Path) -> None:
    """ "Fugitive, The (1993)" in the table and its reasons read "The Fugitive (1993)"; --json keeps the
    catalogue's spelling."""
    events, items = tmp_path / "e.csv", tmp_path / "i.csv"
    events.write_text("user,item,kind\nann,1,view\nbob,1,view\nbob,2,view\n", encoding="utf-8")
    items.write_text(
        'item,title\n1,"Fugitive, The (1993)"\n2,"Usual Suspects, The (1995)"\n', encoding="utf-8"
    )
    assert run(db, "ingest", "events", str(events))[0] == 0 and run(db, "ingest", "items", str(items))[0] == 0
    assert run(db, "train", "--algorithm", "itemknn")[0] == 0
    code, out = run(db, "recommend", "ann", "--explain")
    assert code == 0 and "The Usual Suspects (1995)" in out and "The Fugitive (1993)" in out, out
    assert json.loads(run(db, "recommend", "ann", "--json")[1])[0]["title"] == "Usual Suspects, The (1995)"


def test_doctor_names_what_is_missing(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out = run(db, "doctor", "--json")
    assert code == 1 and {"piece": "database", "state": "fail"}.items() <= json.loads(out)[0].items()
    assert "tailorkit init" in json.loads(out)[0]["detail"]
    assert run(db, "init")[0] == 0
    code, out = run(db, "doctor", "--json")
    states = {c["piece"]: c["state"] for c in json.loads(out)}
    assert code == 0 and states["database"] == states["job queue"] == states["chat model"] == "ok", out
    monkeypatch.setenv("TAILORKIT_LLM__BACKEND", "openai")
    monkeypatch.setenv("TAILORKIT_LLM__BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    code, out = run(db, "doctor", "--json")
    chat = next(c for c in json.loads(out) if c["piece"] == "chat model")
    assert code == 1 and chat["state"] == "fail" and "127.0.0.1:9" in chat["detail"]


def test_eval_recommend_from_the_stores_own_events(db: Path, tmp_path: Path) -> None:
    # clicks and views (no ratings at all) over 60 days: what training reads, and what eval must read
    rows = ["user,item,kind,timestamp"]
    for u in range(40):
        for k in range(12):
            item = (u % 4) * 10 + (k * 3 + u) % 10  # four groups of users, each with its own ten items
            day = (u + 5 * k) % 60  # 2024-01-01 plus up to 59 days
            rows.append(f"u{u},i{item},{'click' if k % 2 else 'view'},{1_704_067_200 + day * 86_400}")
    path = tmp_path / "clicks.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run(db, "ingest", "events", str(path))[0] == 0
    code, out = run(db, "eval", "recommend", "--from-store", "--protocol", "time", "--before", "2024-02-10",
                    "--algorithms", "popularity,itemknn", "--json", str(tmp_path / "r.json"))  # fmt: skip
    assert code == 0, out
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["context"]["kinds"] == ["rate", "purchase", "like", "click", "view", "cart"]
    scores = {r["algorithm"]: r["metrics"]["ndcg@10"] for r in report["results"]}
    assert scores["itemknn"] > scores["popularity"]  # the groups are learnable from the store's events
    tested = report["results"][0][
        "metrics"
    ]  # how many users the figures rest on, and how far they may be off
    assert 0 < tested["users"] <= 40 and 0 < tested["ndcg@10_se"] < 0.5
    assert f"scored on {tested['users']:.0f} test users (few" in " ".join(out.split())
    code, out = run(
        db, "eval", "recommend", "--from-store", "--protocol", "leave-last-out", "--algorithms", "itemknn"
    )
    assert code == 0 and "itemknn" in out
    code, out = run(db, "eval", "recommend", "--from-store", "--protocol", "time", "--before", "2030-01-01")
    assert code == 1 and "nothing to test on" in out
    assert run(db, "eval", "recommend", "--protocol", "time")[0] == 2  # neither a data set nor the store
