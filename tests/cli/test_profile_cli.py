"""The profile commands end to end."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailorkit import Engine
from tailorkit.cli import app


def test_profile_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path / "d"))
    db = str(tmp_path / "p.db")
    with Engine.open(db) as engine:
        engine.ingest_items(
            [
                {"item": "a", "title": "Alien (1979)", "tags": ["Sci-Fi"]},
                {"item": "b", "title": "Heat (1995)", "tags": ["Crime"]},
            ]
        )
        engine.ingest_events(
            [
                {"user": "u", "item": "a", "kind": "rate", "value": 5, "timestamp": 1},
                {"user": "u", "item": "b", "kind": "rate", "value": 2, "timestamp": 2},
            ]
        )
    runner = CliRunner()

    def run(*args: str) -> str:
        out = runner.invoke(app, ["-q", "--db", db, *args])
        assert out.exit_code == 0, out.output
        return out.output

    assert "rebuilt from 2 events" in run("profile", "rebuild", "--all")
    shown = json.loads(run("profile", "show", "u", "--json"))
    assert shown["likes"][0]["feature"] == "genre:Sci-Fi"
    assert "Enjoys Sci-Fi" in run("profile", "show", "u")
    run("profile", "set", "u", "age=33", "locale=zh-CN")
    assert json.loads(run("profile", "show", "u", "--json"))["explicit"] == {"age": 33}
    assert run("profile", "show", "u").split(": ", 1)[1].startswith("喜欢")
    assert json.loads(run("profile", "evidence", "u", "genre:Crime", "--json"))[0]["item"] == "b"
    assert run("profile", "forget", "u", "genre:Crime").startswith("forgot genre:Crime for u")
    assert "genre:Crime" not in run("profile", "show", "u")
    # an interest the user never had: said as much, and never inferred from now on
    assert "u had no genre:Horror" in run("profile", "forget", "u", "genre:Horror")
    bad = runner.invoke(app, ["-q", "--db", db, "profile", "forget", "u", "shoe_size"])
    assert bad.exit_code == 1 and "no attribute 'shoe_size'" in bad.output
    assert runner.invoke(app, ["-q", "--db", db, "profile", "rebuild"]).exit_code == 2
    run("profile", "set", "u", "dislikes=Horror")  # a declared dislike says so, as a declared like does
    assert "genre:Horror (declared)" in run("profile", "show", "u")
