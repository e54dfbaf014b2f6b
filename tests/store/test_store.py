"""The store: schema via Alembic, SQLite settings, tenants, integrity."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import inspect

from tailorkit import Engine, StoreError, UserNotFoundError
from tailorkit.store import Store, create_db_engine
from tailorkit.store._connect import current_revision, has_sqlite_vec


def test_open_creates_schema_with_alembic(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        tables = set(inspect(store.engine).get_table_names())
        assert {"tenants", "users", "items", "events", "models", "memories", "memory_fts"} <= tables
        assert current_revision(store.engine) == "0020"
        cols = {c["name"] for c in inspect(store.engine).get_columns("events")}
        assert {
            "tenant_id",
            "user_id",
            "item_id",
            "kind",
            "value",
            "text",
            "ts",
            "source",
            "meta",
            "key_hi",
            "key_lo",
        } <= cols
    finally:
        store.close()


def test_sqlite_pragmas_and_extensions(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
            assert conn.exec_driver_sql("SELECT sqlite_version()").scalar() >= "3.41"
        assert has_sqlite_vec(store.engine)
        assert store.integrity_check() == "ok"
    finally:
        store.close()


def test_a_write_that_cannot_take_the_lock_says_so(tmp_path: Path) -> None:
    """Another process holds the write lock past the busy timeout: the transaction's BEGIN IMMEDIATE
    fails as a StoreError naming the cause, and the store serves again once the lock is free."""
    import pysqlite3.dbapi2 as sqlite3

    from tailorkit.config import StoreSettings

    path = tmp_path / "a.db"
    store = Store.open(f"sqlite:///{path}", StoreSettings(busy_timeout_ms=50))
    other = sqlite3.connect(str(path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError, match="database is locked"), store.write() as conn:
            conn.exec_driver_sql("SELECT 1")
        other.execute("COMMIT")
        with store.write() as conn:
            assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    finally:
        other.close()
        store.close()


def test_reads_inside_a_snapshot_share_one_transaction(tmp_path: Path) -> None:
    """A profile's reads see one state of the store: what another writer commits meanwhile shows only
    after the snapshot ends."""
    with Engine.open(tmp_path / "a.db") as engine:
        engine.ingest_users([{"user": "a"}])
        store = engine.store
        with store.snapshot() as outer:
            with store.read() as conn:
                assert conn is outer
                assert conn.exec_driver_sql("SELECT count(*) FROM users").scalar() == 1
            engine.ingest_users([{"user": "b"}])  # another transaction, committed
            with store.read() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM users").scalar() == 1
        with store.read() as conn:
            assert conn is not outer
            assert conn.exec_driver_sql("SELECT count(*) FROM users").scalar() == 2


def test_upgrade_false_refuses_an_empty_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="tailorkit init"):
        Store.open(f"sqlite:///{tmp_path / 'empty.db'}", upgrade=False)


def test_bad_urls_are_clear() -> None:
    with pytest.raises(StoreError, match="only sqlite and postgresql"):
        create_db_engine("mysql://x/y")
    with pytest.raises(StoreError, match="not valid"):
        create_db_engine("::::")


def test_failed_batch_leaves_nothing(engine: Engine) -> None:
    """A write that fails midway rolls back the whole batch, users created on the fly included."""
    import pandas as pd

    batch = pd.DataFrame(
        {
            "user": ["new"],
            "item": ["x"],
            "kind": ["view"],
            "value": [None],
            "text": [None],
            "ts": [1.0],
            "key_hi": [1],
            "key_lo": [2],
            "meta": [None],
        }
    )
    engine.store.write_events("default", batch)
    bad = batch.assign(user=["brand-new"], key_lo=[3], kind=[None])  # NOT NULL violation in the insert
    with pytest.raises(StoreError):
        engine.store.write_events("default", bad)
    with pytest.raises(UserNotFoundError):
        engine.user("brand-new")
    assert engine.stats().events == 1
    # The id cache did not keep the rolled-back user: writing it again works.
    engine.store.write_events("default", bad.assign(kind=["view"]))
    assert engine.user("brand-new")["external_id"] == "brand-new"


def test_engine_opens_paths_and_urls(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    with Engine.open(tmp_path / "x.db", settings) as e1:
        assert e1.store.dialect == "sqlite"
    with Engine.open(f"sqlite:///{tmp_path / 'y.db'}", settings) as e2:
        assert e2.stats().events == 0
    with Engine.open(settings=settings) as e3:
        assert e3.store.url.endswith("data/tailorkit.db")


def _indexed(engine: Engine, term: str) -> int:
    """How many of the (one user's) memories the full-text index finds under ``term``."""
    from sqlalchemy import text

    with engine.store.engine.connect() as conn:
        user = conn.execute(text("SELECT user_id FROM memories LIMIT 1")).scalar_one()
        return int(
            conn.execute(
                text("SELECT count(*) FROM memory_fts WHERE memory_fts MATCH :q"), {"q": f'"{user}x{term}"'}
            ).scalar_one()
        )


def test_chinese_terms_stored_before_in_traditional_script_are_rewritten(engine: Engine) -> None:
    """Migration 0018: a memory said in traditional script ("我對花生過敏") had its terms stored as said,
    and a question in simplified script found it by its words no more; after the upgrade its terms are in
    simplified characters, as ``index_terms`` now cuts both scripts, and the full-text index finds them."""
    from sqlalchemy import text

    from tailorkit.store._connect import migrate
    from tailorkit.text import index_terms

    assert index_terms("藍牙耳機") == index_terms("蓝牙耳机")
    engine.memories.remember("mei", "我對花生過敏。")
    with engine.store.engine.begin() as conn:
        terms, context = conn.execute(text("SELECT terms, context_terms FROM memories")).one()
        assert "过敏" in terms.split() and "過敏" not in terms.split()
        conn.execute(
            text("UPDATE memories SET terms = :t, context_terms = :c"),
            {"t": terms.replace("过敏", "過敏"), "c": (context or "").replace("过敏", "過敏") or None},
        )  # as stored before 0018
        conn.execute(text("UPDATE alembic_version SET version_num = '0017'"))

    assert _indexed(engine, "過敏") == 1 and _indexed(engine, "过敏") == 0
    migrate(engine.store.engine)
    with engine.store.engine.connect() as conn:
        rewritten = conn.execute(text("SELECT terms FROM memories")).scalar_one()
    assert rewritten == terms and _indexed(engine, "过敏") == 1 and _indexed(engine, "過敏") == 0


def test_terms_stored_before_settled_stems_are_rewritten(engine: Engine) -> None:
    """Migration 0016: a memory whose terms were stored with Snowball's "deliveri" for "delivery" is found
    by the full-text index under "deliver"'s term after the upgrade (its terms and the index rewritten);
    "batteri" stays."""
    from sqlalchemy import text

    from tailorkit.store._connect import migrate

    engine.memories.remember("ann", "The delivery of the new battery was late.")

    with engine.store.engine.begin() as conn:
        terms = conn.execute(text("SELECT terms FROM memories")).scalar_one()
        assert "deliv" in terms.split() and "batteri" in terms.split()
        old = " ".join("deliveri" if t == "deliv" else t for t in terms.split())
        conn.execute(text("UPDATE memories SET terms = :t"), {"t": old})  # as stored before 0016
        conn.execute(text("UPDATE alembic_version SET version_num = '0015'"))
        conn.execute(text("ALTER TABLE documents DROP COLUMN domains"))  # as it was before 0017
    assert _indexed(engine, "deliveri") == 1 and _indexed(engine, "deliv") == 0
    migrate(engine.store.engine)
    assert current_revision(engine.store.engine) == "0020"
    with engine.store.engine.connect() as conn:
        assert conn.execute(text("SELECT terms FROM memories")).scalar_one() == terms
    assert (
        _indexed(engine, "deliv") == 1
        and _indexed(engine, "deliveri") == 0
        and _indexed(engine, "batteri") == 1
    )


def test_diets_stored_as_one_slot_before_get_their_own_topics(engine: Engine) -> None:
    """Migration 0019: every diet was one slot (topic ``diet``), so "I'm vegan." then "I'm gluten-free."
    superseded the vegan diet. After the upgrade the gluten-free diet has its own topic and the vegan one
    holds again beside it; a later vegetarian diet stays the one meatless diet; a Chinese one moves too."""
    from sqlalchemy import text

    from tailorkit.store._connect import migrate

    for said in ("I'm vegan.", "I'm gluten-free.", "我吃清真。"):
        engine.memories.remember("vee", said)
    engine.memories.remember("lee", "I'm vegan.")
    engine.memories.remember("lee", "I'm keto.")
    engine.memories.remember("lee", "I'm vegetarian.")
    with engine.store.engine.begin() as conn:  # as stored before 0019: one slot, the later diet superseding
        rows = conn.execute(
            text("SELECT id, user_id FROM memories WHERE topic LIKE 'diet%' ORDER BY id")
        ).all()
        conn.execute(text("UPDATE memories SET topic = 'diet' WHERE topic LIKE 'diet%'"))
        for before, after in itertools.pairwise(rows):
            if before.user_id == after.user_id:
                conn.execute(
                    text("UPDATE memories SET valid_to = 1, superseded_by = :a WHERE id = :b"),
                    {"a": after.id, "b": before.id},
                )
        conn.execute(text("UPDATE alembic_version SET version_num = '0018'"))
    assert {m.text for m in engine.memories.list("vee")} == {"吃清真"}
    migrate(engine.store.engine)
    assert current_revision(engine.store.engine) == "0020"
    held = {(m.text, m.topic) for m in engine.memories.list("vee")}
    assert held == {("Is vegan", "diet"), ("Is gluten-free", "diet:gluten_free"), ("吃清真", "diet:清真")}
    assert {(m.text, m.topic) for m in engine.memories.list("lee")} == {
        ("Is keto", "diet:keto"),
        ("Is vegetarian", "diet"),
    }


def test_chinese_terms_stored_after_digits_are_cut_apart(engine: Engine) -> None:
    """Migration 0020: "每周至少150分钟中等强度运动" was stored as the one term "150分钟中等强度运动"
    (digits and the Chinese after them were one run), so "运动" did not find it. After the upgrade its
    terms are the digits and the Chinese cut into words, as ``index_terms`` now reads it, and the full-text
    index finds them; a term of Chinese alone stays as it was."""
    from sqlalchemy import text

    from tailorkit.store._connect import migrate
    from tailorkit.text import index_terms

    said = "我每周至少150分钟中等强度运动。"
    assert "运动" in index_terms(said) and "150" in index_terms(said)
    engine.memories.remember("mei", said)
    with engine.store.engine.begin() as conn:
        terms = conn.execute(text("SELECT terms FROM memories")).scalar_one()
        assert "运动" in terms.split()
        old = " ".join(t for t in terms.split() if t not in ("150", "分钟", "中等", "强度", "运动"))
        old = f"{old} 150分钟中等强度运动"
        conn.execute(text("UPDATE memories SET terms = :t"), {"t": old})  # as stored before 0020
        conn.execute(text("UPDATE alembic_version SET version_num = '0019'"))
    assert _indexed(engine, "运动") == 0
    migrate(engine.store.engine)
    with engine.store.engine.connect() as conn:
        rewritten = conn.execute(text("SELECT terms FROM memories")).scalar_one().split()
    assert {"150", "分钟", "中等", "强度", "运动"} <= set(
        rewritten
    ) and "150分钟中等强度运动" not in rewritten
    assert _indexed(engine, "运动") == 1 and _indexed(engine, "每周") == 1
