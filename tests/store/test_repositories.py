"""The tenant-scoped repositories of ``Store.scope``: the same fixtures on SQLite and on PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tailorkit.data import ingest
from tailorkit.errors import UserNotFoundError
from tailorkit.store import Store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'tk.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    opened = Store.open(url)
    try:
        yield opened
    finally:
        opened.close()


def _tenant(request: pytest.FixtureRequest, name: str) -> str:
    """A tenant name of this test alone (the PostgreSQL server is shared by the whole run)."""
    return f"{request.node.name[:60]}-{name}"


def _load(store: Store, tenant: str) -> None:
    """Two items and three ratings, through the same ingestion path as a user's files."""
    items = [
        {"item": "i1", "title": "Alien (1979)", "tags": ["Sci-Fi"]},
        {
            "item": "i2",
            "title": "Heat (1995)",
            "tags": ["Crime"],
            "attributes": {"title_zh": "盗火线", "year": 1995},
        },
    ]
    ingest(store, tenant, "items", items)
    ratings = [("u1", "i1", 5.0, 100), ("u1", "i2", 2.0, 200), ("u2", "i1", 4.0, 150)]
    events = [{"user": u, "item": i, "kind": "rate", "value": v, "timestamp": t} for u, i, v, t in ratings]
    ingest(store, tenant, "events", events)


def test_reading_creates_no_tenant(store: Store, request: pytest.FixtureRequest) -> None:
    name = _tenant(request, "ghost")
    scope = store.scope(name)
    assert not scope.exists and scope.tenant_id is None
    assert scope.users.ids(10) == [] and scope.keys.list() == []
    assert scope.events.log(["rate"]).empty and scope.items.titles() == {}
    assert store.find_tenant(name) is None  # still nothing: reads never create
    with pytest.raises(UserNotFoundError):
        store.get_user(name, "u1")
    assert store.revision() is not None and store.find_tenant(name) is None
    assert store.scope(name, create=True).exists and store.find_tenant(name) is not None


def test_events_items_and_users_stay_in_their_tenant(store: Store, request: pytest.FixtureRequest) -> None:
    a, b = _tenant(request, "a"), _tenant(request, "b")
    _load(store, a)
    _load(store, b)
    sa, sb = store.scope(a), store.scope(b)
    log = sa.events.log(["rate"])
    assert log[["user", "item", "value"]].values.tolist() == [
        ["u1", "i1", 5.0],
        ["u2", "i1", 4.0],
        ["u1", "i2", 2.0],
    ]
    assert sa.items.titles() == {"i1": "Alien (1979)", "i2": "Heat (1995)"}
    assert sa.items.other_titles() == {"i2": ["盗火线"]}  # a title in another language, in either engine
    assert sorted(sa.users.ids(10)) == ["u1", "u2"]
    # deleting tenant a's events by id cannot touch tenant b's, even when given b's ids
    assert sa.events.delete(sb.events.log(["rate"])["id"].tolist()) == 0
    assert sa.events.delete(log["id"].tolist()[:1]) == 1
    assert len(sa.events.log(["rate"])) == 2 and len(sb.events.log(["rate"])) == 3
    u1 = sa.user_id("u1")
    facts = sa.items.facts([store.get_item(a, "i1")["id"]])
    assert list(facts.values()) == [(["Sci-Fi"], {}, "Alien (1979)", None)]
    assert sa.events.count([u1]) == 1 and sb.events.count() == 3


def test_profiles_upsert_merges_and_clears(store: Store, request: pytest.FixtureRequest) -> None:
    tenant = _tenant(request, "p")
    _load(store, tenant)
    scope = store.scope(tenant)
    uid = scope.user_id("u1")
    # (user_id, feature, anchor, rated, rated_value, implicit, events) and
    # (user_id, events, ratings, rating_sum, rating_sumsq, first_ts, last_ts)
    half_life = 100.0
    scope.profiles.upsert(
        [(uid, "genre:Drama", 100.0, 1.0, 4.0, 0.0, 1)], [(uid, 1, 1, 4.0, 16.0, 100.0, 100.0)], half_life
    )
    # a later contribution moves the anchor; the old sums halve over one half-life
    later = (uid, "genre:Drama", 200.0, 1.0, 2.0, 0.0, 1)
    scope.profiles.upsert([later], [(uid, 1, 1, 4.0, 16.0, 200.0, 200.0)], half_life)
    stored = scope.profiles.read(uid)
    (feature,) = stored.features
    assert feature[0] == "genre:Drama" and feature[1] == 200.0
    assert feature[2] == pytest.approx(1.5) and feature[3] == pytest.approx(4.0)
    assert stored.stats.events == 2 and stored.stats.first_ts == 100.0 and stored.stats.last_ts == 200.0
    assert stored.users == 1 and stored.df == {"genre:Drama": 1}
    scope.profiles.forget_feature(uid, "genre:Drama")
    assert scope.profiles.read(uid).features == []
    scope.profiles.clear([uid])
    assert scope.profiles.read(uid).stats is None


def test_profiling_exceptions_are_the_refusing_and_the_forgetting(
    store: Store, request: pytest.FixtureRequest
) -> None:
    tenant, other = _tenant(request, "x"), _tenant(request, "y")
    _load(store, tenant)
    _load(store, other)
    scope = store.scope(tenant)
    ingest(store, tenant, "events", [{"user": "u3", "item": "i1", "kind": "view", "timestamp": 300}])
    u1, u2, u3 = (scope.user_id(u) for u in ("u1", "u2", "u3"))
    scope.users.change(u1, consent_profiling=False)
    scope.users.change(u2, attributes={"age": 30, "_forgotten": ["genre:Crime"]})
    # the other tenant's refusing user is not this tenant's, even when its id is asked for
    store.scope(other).users.change(store.scope(other).user_id("u1"), consent_profiling=False)
    expected = [(u1, False, {}), (u2, True, {"age": 30, "_forgotten": ["genre:Crime"]})]
    assert sorted(scope.users.profiling_exceptions()) == expected
    asked = [u1, u2, u3, store.scope(other).user_id("u1")]
    assert sorted(scope.users.profiling_exceptions(asked)) == expected
    assert scope.users.profiling_exceptions([u3]) == []


def test_conversations_bind_the_user(store: Store, request: pytest.FixtureRequest) -> None:
    tenant = _tenant(request, "c")
    _load(store, tenant)
    scope = store.scope(tenant)
    u1, u2 = scope.user_id("u1"), scope.user_id("u2")
    cid, asked, answered = scope.conversations.log_exchange(u1, None, "general", "hello", "hi there")
    assert [t["role"] for t in scope.conversations.turns(u1, cid)] == ["user", "assistant"]
    assert scope.conversations.turns(u2, cid) == []  # another user's conversation reads as none
    assert not scope.conversations.rate(u2, answered, 1.0)
    assert not scope.conversations.rate(u1, asked, 1.0)  # only answers are rated
    assert scope.conversations.rate(u1, answered, 1.0)
    scope.conversations.set_why(u1, answered, {"template": "general"})
    (exported,) = scope.conversations.export(u1)
    assert exported["turns"][1]["why"] == {"template": "general"} and exported["turns"][1]["rating"] == 1.0
    assert scope.conversations.liked_answers([u1]) == [(pytest.approx(time.time(), abs=60), "hi there")]


def test_memories_are_reached_one_user_at_a_time(store: Store, request: pytest.FixtureRequest) -> None:
    tenant = _tenant(request, "m")
    memories = store.scope(tenant).memories
    now = time.time()
    row = {"kind": "preference", "topic": "drink:coffee", "subject": None, "polarity": 1, "language": "en"}
    row |= {"importance": 0.5, "reinforced": 0, "source": None, "created_at": now, "updated_at": now}
    row |= {"valid_from": now, "valid_to": None, "superseded_by": None, "context_terms": None, "meta": None}
    vector = np.ones(4, dtype=np.float32)
    with memories.writing("ann") as mem:  # a new user (and tenant) is created by writing
        (first,) = mem.insert([{**row, "text": "I love coffee", "terms": "love coffee", "embedding": vector}])
    with memories.writing("bob") as mem:
        mem.insert([{**row, "text": "coffee is awful", "terms": "coffee awful", "embedding": -vector}])
    with memories.reading("ann") as mem:
        assert [i for i, _ in mem.full_text(["coffee"], 5, active_at=None)] == [first]
        assert [i for i, _ in mem.nearest(vector, 5, active_at=None)] == [first]
        assert mem.in_category("drink", now + 1)[0]["id"] == first and mem.count() == 1
    with memories.changing("bob") as mem:
        assert mem.delete([first]) == 0  # ann's memory is out of bob's reach
    with memories.changing("ann") as mem:
        assert mem.delete(mem.ids()) == 1 and not mem.any()
    with pytest.raises(UserNotFoundError), memories.reading("nobody"):
        pass


def test_adapters_and_erase(store: Store, request: pytest.FixtureRequest) -> None:
    tenant = _tenant(request, "e")
    _load(store, tenant)
    scope = store.scope(tenant)
    u1, u2 = scope.user_id("u1"), scope.user_id("u2")
    record = {"user_id": None, "segment": "team=blue", "base_digest": "d", "examples": 3, "metrics": {}}
    record |= {"path": "/x.gguf", "created_at": 1.0, "data_from": 0.0, "data_to": 1.0}
    adapter = scope.adapters.add(record, [u1])
    assert scope.adapters.candidates(u2) == [("/x.gguf", "d", "team=blue")]
    assert [(a["id"], mine) for a, mine in scope.adapters.with_sources(u1)] == [(adapter, True)]
    assert [(a["id"], mine) for a, mine in scope.adapters.with_sources(u2)] == [(adapter, False)]
    report = scope.users.erase(u1, "u1", [adapter])
    assert report["events"] == 2 and report["api_keys"] == 0
    assert scope.adapters.with_sources(u2) == [] and sorted(scope.users.ids(10)) == ["u2"]
    assert len(scope.events.log(["rate"])) == 1
