"""``tailorkit chat``, ``feedback`` and ``demo`` through the command line app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailorkit.cli import app


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TAILORKIT_LLM__BACKEND", "fake")  # the deterministic model, through the registry
    return CliRunner()


def test_chat_once_as_json_then_feedback(cli: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "tk.db")
    out = cli.invoke(app, ["-q", "--db", db, "chat", "ann", "I'm allergic to peanuts. Hello!", "--json"])
    assert out.exit_code == 0, out.output
    answer = json.loads(out.output)
    assert answer["text"].startswith("You said:")
    assert answer["why"]["memory_changes"][0]["action"] == "added"
    fb = cli.invoke(app, ["-q", "--db", db, "feedback", "ann", "1", "--turn", str(answer["turn_id"])])
    assert fb.exit_code == 0 and "recorded feedback" in fb.output
    bad = cli.invoke(app, ["-q", "--db", db, "feedback", "ann", "1", "--turn", "999"])
    assert bad.exit_code == 1 and "no answer 999" in bad.output
    again = cli.invoke(app, ["-q", "--db", db, "chat", "ann", "What can't I eat?", "--why"])
    assert again.exit_code == 0 and "memory #" in again.output and "Allergic to peanuts" in again.output


def test_interactive_chat_reads_until_an_empty_line(cli: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "tk.db")
    out = cli.invoke(app, ["-q", "--db", db, "chat", "bob", "--domain", "tutoring"], input="hi\nagain\n\n")
    assert out.exit_code == 0, out.output
    assert out.output.count("You said:") == 2
    # "/quit" ends it as other command-line chats end, and is not said to the assistant
    out = cli.invoke(app, ["-q", "--db", db, "chat", "cy"], input="hi\n/quit\nnot said\n")
    assert out.exit_code == 0 and out.output.count("You said:") == 1 and "not said" not in out.output
    bad = cli.invoke(app, ["-q", "--db", db, "chat", "bob", "hi", "--domain", "astrology"])
    assert bad.exit_code == 1 and "unknown domain" in bad.output


@pytest.mark.slow
def test_demo_tour_on_the_bundled_data(cli: CliRunner, tmp_path: Path) -> None:
    out = cli.invoke(app, ["-q", "--db", str(tmp_path / "tk.db"), "demo"])
    assert out.exit_code == 0, out.output
    assert out.output.count("asks") == 2 and out.output.count("why") == 2
    first, second = out.output.split("user 414")
    assert "Here is what I suggest" in first and "Here is what I suggest" in second
    assert first.split("asks")[1] != second.split("asks")[1]  # different users, different answers


def test_why_shows_the_assistants_notes() -> None:
    """What the assistant noted of an answer (an instruction a small model was not shown) is in ``--why``."""
    from tailorkit.assistant import Why
    from tailorkit.cli.chat import _why_lines

    why = Why(template="general", language="en", personalised=True)
    why.notes.append("the user's instructions for answers are not shown to a small model")
    assert "note: the user's instructions for answers are not shown to a small model" in _why_lines(why)
