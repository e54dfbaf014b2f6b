"""Export everything about a user; erase means gone from every table, index, log, model and folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailorkit import Engine, Settings
from tailorkit.errors import UserNotFoundError
from tailorkit.privacy import redact
from tailorkit.testing import FakeChat

CANARY = "zqxcanary7781"


def scan(folder: Path, needle: str) -> list[str]:
    """Files under ``folder`` whose bytes contain ``needle`` (UTF-8), however they store it."""
    hits = []
    raw = needle.encode()
    for path in folder.rglob("*"):
        if path.is_file() and raw in path.read_bytes():
            hits.append(str(path.relative_to(folder)))
    return hits


@pytest.fixture
def populated(tmp_path: Path) -> Engine:
    engine = Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path))
    engine.ingest_items([{"item": str(i), "title": f"Film {i}", "tags": ["Drama"]} for i in range(1, 9)])
    ratings = [
        {"user": u, "item": str(i), "kind": "rate", "value": 4}
        for u, items in (("ann", [1, 2, 3]), ("bob", [2, 3, 4]), ("cy", [1, 4, 5]), ("dee", [5, 6, 7]))
        for i in items
    ]
    engine.ingest_events(ratings)
    engine.profiles.rebuild()
    engine.train("als", factors=4, epochs=2)
    engine.chat_model = FakeChat()
    engine.chat("ann", f"I'm allergic to {CANARY}. My secret is {CANARY}.")
    engine.memories.add("ann", f"Keeps a diary called {CANARY}")
    engine.track("ann", "search", text=f"where to buy {CANARY}")
    engine.chat("bob", "I live in Berlin")  # someone else's data must survive
    return engine


def test_export_holds_everything(populated: Engine) -> None:
    doc = populated.export("ann")
    assert doc["user"] == "ann" and doc["consent"]["memory"] is True
    assert {e["kind"] for e in doc["events"]} >= {"rate", "message", "search"}
    texts = " ".join(m["text"] for m in doc["memories"])
    assert CANARY in texts
    assert doc["conversations"][0]["turns"][0]["text"].startswith("I'm allergic")
    assert doc["profile"]["user"] == "ann"
    assert "bob" not in str(doc)  # nothing of another user


def test_erase_leaves_no_trace_anywhere(populated: Engine, tmp_path: Path) -> None:
    assert scan(tmp_path, CANARY)  # the canary is really there before
    report = populated.erase("ann")
    assert report["events"] >= 5 and report["memories"] >= 2 and report["turns"] == 2
    assert report["models"] == 1
    populated.close()
    assert scan(tmp_path, CANARY) == []  # database file, WAL, indexes, model files, everything
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as again:
        with pytest.raises(UserNotFoundError):
            again.user("ann")
        assert [m.text for m in again.memories.list("bob")] == ["Lives in Berlin"]
        recs = again.recommend("bob", 3)  # the scrubbed model still serves the others
        assert len(recs) == 3
        _, model = again.recommender.model()
        assert model.user_ids is not None and "ann" not in {str(u) for u in model.user_ids}
        again.track("ann", "view", "1")  # the id can start afresh
        assert len(again.events("ann")) == 1


def test_erase_refits_the_models_without_the_user(populated: Engine) -> None:
    import numpy as np

    from tailorkit.recommend import Interactions, get_recommender

    populated.train("als", factors=4, epochs=2)  # a second version of ALS, and an EASE
    populated.train("ease")
    old = {r["path"] for r in populated.store.scope(populated.tenant).models.list()}
    report = populated.erase("ann")
    assert report["retrained"] == ["als", "ease"] and report["model_versions_removed"] == 3
    records = populated.store.scope(populated.tenant).models.list()
    assert sorted(r["algorithm"] for r in records) == ["als", "ease"]
    assert all(r["snapshot"]["users"] == 3 for r in records)  # fitted after ann was gone
    assert not any(Path(p).exists() for p in old)  # the versions that learned from ann are deleted
    # What is served is what a fresh fit on the others' data gives: ann left no trace in the item factors.
    record, served = populated.recommender.model("als")
    fresh = get_recommender("als")(**record["config"]).fit(
        Interactions.from_store(populated.store, populated.tenant)
    )
    np.testing.assert_allclose(served.item_factors, fresh.item_factors)  # type: ignore[attr-defined]
    assert len(populated.recommend("bob", 3)) == 3


def test_erase_without_refitting_keeps_the_scrubbed_model(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, privacy={"retrain_on_erase": False})
    with Engine.open(tmp_path / "tk.db", settings) as engine:
        engine.ingest_events(
            [
                {"user": u, "item": str(i), "kind": "rate", "value": 4}
                for u, n in (("a", 3), ("b", 2))
                for i in range(n)
            ]
        )
        record = engine.train("ease")
        report = engine.erase("a")
        assert "retrained" not in report and report["models"] == 1
        assert [r["id"] for r in engine.store.scope(engine.tenant).models.list()] == [record["id"]]
        assert Path(record["path"]).exists()


def test_a_failed_refit_does_not_undo_the_erase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tailorkit.recommend import RecommendService

    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.ingest_events(
            [
                {"user": u, "item": str(i), "kind": "rate", "value": 4}
                for u, n in (("a", 3), ("b", 2))
                for i in range(n)
            ]
        )
        record = engine.train("ease")

        def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("disk full")

        monkeypatch.setattr(RecommendService, "train", broken)
        report = engine.erase("a")
        assert report["refit_failed"] == {"ease": "RuntimeError: disk full"} and report["retrained"] == []
        assert report["events"] == 3 and Path(record["path"]).exists()  # the scrubbed model still serves
        with pytest.raises(UserNotFoundError):
            engine.user("a")
        assert [r.item for r in engine.recommend("b", 2)] == ["2"]


def test_redaction() -> None:
    r = redact("mail ann.lee@example.com, call +44 20 7946 0958 or 13812345678; card 4111 1111 1111 1111")
    assert r.text == "mail [EMAIL], call [PHONE] or [PHONE]; card [CARD]"
    assert r.found == {"EMAIL": 1, "PHONE": 2, "CARD": 1}
    assert redact("身份证 11010519491231002X").text == "身份证 [ID]"
    assert redact("born in 1987, order 12345 for 19.99").found == {}
    # digit runs that are not phone numbers stay: years, ISBNs, order numbers
    for text in ("between 2019 2020 2021", "ISBN 978-3-16-148410-0", "ISBN 0-306-40615-2", "order 12345678"):
        assert redact(text).text == text, text
    assert (
        redact("Tel: (415) 555-2671, 电话 138-1234-5678, 020 7946 0958").text
        == "Tel: [PHONE], 电话 [PHONE], [PHONE]"
    )


def test_redaction_before_storage(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, privacy={"redact_pii": True})
    with Engine.open(tmp_path / "tk.db", settings) as engine:
        engine.chat_model = FakeChat()
        engine.chat("ann", "My name is Ann, email me at ann@example.com")
        engine.memories.add("ann", "Phone 13812345678")
        stored = " ".join(m.text for m in engine.memories.list("ann"))
        assert "13812345678" not in stored and "[PHONE]" in stored
        doc = engine.export("ann")
    assert "ann@example.com" not in str(doc)
    assert scan(tmp_path, "ann@example.com") == []


def test_redaction_reaches_what_a_memory_is_found_by(tmp_path: Path) -> None:
    """A rule reads "Is vegan" from a sentence that also gives a phone number and an email: the user's
    words, indexed and embedded with the memory so that a later question finds it, are redacted too."""
    import sqlite3

    settings = Settings(data_dir=tmp_path, privacy={"redact_pii": True})
    said = "I'm vegan, call me at 555-123-4567 or mail bob.smith@example.com any time."
    with Engine.open(tmp_path / "tk.db", settings) as engine:
        engine.chat_model = FakeChat()
        engine.chat("ann", said)
        assert [m.text for m in engine.memories.list("ann")] == ["Is vegan"]
        engine.memories.add_many("ann", [{"text": "Moved house", "context": f"she said: {said}"}])
    with sqlite3.connect(tmp_path / "tk.db") as db:
        indexed = " ".join(
            " ".join(filter(None, row)) for row in db.execute("SELECT terms, context_terms FROM memories")
        )
    assert "vegan" in indexed.split() and "move" in indexed.split()
    for leaked in ("4567", "bob", "smith", "exampl"):
        assert leaked not in indexed.split(), leaked


def test_an_erase_elsewhere_reaches_a_model_already_loaded_here(populated: Engine, tmp_path: Path) -> None:
    """Another process (a second API worker) has the model in memory; the erase rewrites its file, and
    the next request here serves the rewritten one, without the user, before any refit."""
    here = Engine.open(tmp_path / "tk.db", populated.settings)
    try:
        _, before = here.recommender.model()
        assert "ann" in {str(u) for u in before.user_ids}
        populated.erase("ann", refit=False)
        _, after = here.recommender.model()
        assert "ann" not in {str(u) for u in after.user_ids}
    finally:
        here.close()
