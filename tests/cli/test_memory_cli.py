"""``tailorkit memory ...`` and ``tailorkit eval memory`` through the real command line app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailorkit.cli import app


def test_memory_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path))
    db = str(tmp_path / "tk.db")
    runner = CliRunner()

    def run(*args: str) -> str:
        out = runner.invoke(app, ["-q", "--db", db, *args])
        assert out.exit_code == 0, out.output
        return out.output

    added = json.loads(run("memory", "add", "ann", "I drink coffee. 我对花生过敏。", "--json"))
    assert [c["action"] for c in added] == ["added", "added"]
    changed = json.loads(run("memory", "add", "ann", "I switched to tea", "--json"))
    assert changed[0]["replaced"] == [added[0]["memory"]["id"]]
    kept = json.loads(run("memory", "add", "ann", "Loves the smell of rain", "--as-is", "--json"))
    assert kept[0]["memory"]["kind"] == "fact"
    found = json.loads(run("memory", "search", "ann", "花生", "--json"))
    assert found[0]["memory"]["text"] == "对花生过敏"
    listed = json.loads(run("memory", "list", "ann", "--json"))
    assert {m["text"] for m in listed} == {"Drinks tea", "对花生过敏", "Loves the smell of rain"}
    assert len(json.loads(run("memory", "list", "ann", "--history", "--json"))) == 4
    assert "forgot 2" in run("memory", "forget", "ann", "--matching", "I drink tea")
    assert "nothing matched" in run("memory", "forget", "ann", "--matching", "I play golf")
    bad = runner.invoke(app, ["-q", "--db", db, "memory", "forget", "ann", "12345"])
    assert bad.exit_code == 1 and "has no memory 12345" in bad.output
    nobody = runner.invoke(app, ["-q", "--db", db, "memory", "search", "zed", "x"])
    assert nobody.exit_code == 1 and "no user 'zed'" in nobody.output
    assert "forgot all 2" in run("memory", "forget", "ann", "--all")
    history = tmp_path / "history.jsonl"
    history.write_text(
        '{"role": "user", "content": "I live in Oslo"}\n{"role": "assistant", "content": "Nice!"}\n'
        '{"role": "user", "content": "我每天早上六点跑步", "user": "bo"}\n',
        encoding="utf-8",
    )
    report = json.loads(run("memory", "import", str(history), "--user", "ann", "--json"))
    assert report["messages"] == 3 and report["remembered"] == 2 and report["memories"] == 2
    assert (
        json.loads(run("memory", "import", str(history), "--user", "ann", "--json"))["already_imported"] == 2
    )
    unowned = runner.invoke(app, ["-q", "--db", db, "memory", "import", str(history)])
    assert unowned.exit_code == 1 and "history.jsonl:1: field 'user' is missing" in unowned.output


@pytest.mark.realdata
@pytest.mark.slow
def test_eval_memory_on_one_locomo_conversation(
    tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path))
    reports = {}
    for mode in ("chat", "store"):
        out = tmp_path / f"{mode}.json"
        result = CliRunner().invoke(
            app,
            [
                "eval", "memory", "--dataset", "locomo", "--path", str(shared_data / "locomo"),
                "--conversations", "conv-30", "--mode", mode, "--json", str(out),
            ],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        reports[mode] = report = json.loads(out.read_text())
        assert report["questions"] > 50 and report["settings"]["mode"] == mode
        # BM25 alone gets about 0.55 on this file; the fused search must clearly beat it.
        assert report["recall"]["recall@10"] > 0.65
        assert report["recall"]["recall@5"] <= report["recall"]["recall@10"] <= report["recall"]["recall@20"]
        assert report["search_latency_ms"]["p50"] > 0
    assert reports["store"]["memories"] == 369  # every turn, written directly
    # through remember(): small talk and bare questions are not kept, some turns hold two memories
    assert 250 < reports["chat"]["memories"] < 450


@pytest.mark.realdata
@pytest.mark.slow
def test_eval_memory_answers_through_a_real_server(
    tmp_path: Path, shared_data: Path, llama_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundled model behind llama.cpp's server answers and judges (the floor, not a target)."""
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TAILORKIT_LLM__BACKEND", "openai")
    monkeypatch.setenv("TAILORKIT_LLM__BASE_URL", llama_server)
    out = tmp_path / "answers.json"
    result = CliRunner().invoke(
        app,
        [
            "eval", "memory", "--path", str(shared_data / "locomo"), "--conversations", "conv-30",
            "--answer", "--judge", "smollm2", "--questions", "3", "--answer-k", "5", "--json", str(out),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "answers: token F1" in result.output and "judge accuracy" in result.output
    answers = json.loads(out.read_text())["answers"]
    assert answers["questions"] == 3 and len(answers["examples"]) == 3
    assert all(e["answer"] for e in answers["examples"]) and 0.0 <= answers["f1"] <= 1.0
    assert answers["judge_accuracy"] in (0.0, 1 / 3, 2 / 3, 1.0)
    # five memories with their dates and the instructions: a real prompt, counted by the server
    assert 100 < answers["context_tokens"]["mean"] < 1024
    assert 0 < answers["answer_ms"]["p50"] <= answers["answer_ms"]["p95"]
    judgeless = CliRunner().invoke(app, ["eval", "memory", "--judge", "smollm2"])
    assert judgeless.exit_code != 0 and "add --answer" in judgeless.output
