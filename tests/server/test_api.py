"""The HTTP API: resources, errors, limits, the OpenAI-compatible endpoint, and tenant isolation."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from tailorkit import Engine, Settings
from tailorkit.server import create_app, create_key, revoke_key
from tailorkit.testing import FakeChat

CANARY = "zqxsecret4411"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Two tenants with the same user ids, keys for each, and an end-user token."""
    tmp = tmp_path_factory.mktemp("api")
    # background jobs run as they are submitted (a TestClient outside a block runs no server threads)
    settings = Settings(
        data_dir=tmp, server={"rate_per_minute": 10_000, "max_batch": 50}, jobs={"queue": "immediate"}
    )
    engine = Engine.open(tmp / "tk.db", settings)
    keys = {
        "acme": create_key(engine.store, "acme", "app"),
        "globex": create_key(engine.store, "globex", "app"),
        "acme-ann": create_key(engine.store, "acme", "ann's phone", user="ann"),
    }
    app = create_app(engine.store, settings, model=FakeChat())
    client = TestClient(app)
    for tenant in ("acme", "globex"):
        hdr = {"Authorization": f"Bearer {keys[tenant]}"}
        items = [{"item": str(i), "title": f"{tenant} film {i}", "tags": ["Drama"]} for i in range(1, 7)]
        assert client.post("/api/items", json={"records": items}, headers=hdr).status_code == 200
        events = [
            {"user": u, "item": str(i), "kind": "rate", "value": 5}
            for u, liked in (("ann", [1, 2]), ("bob", [2, 3]), ("cy", [3, 4]))
            for i in liked
        ]
        assert client.post("/api/events", json={"events": events}, headers=hdr).json()["written"] == 6
        app.state.engine_for(tenant).train("itemknn")
        secret = f"{tenant} {CANARY} I'm allergic to peanuts"
        mem = {"text": secret, "as_is": True}
        assert client.post("/api/users/ann/memories", json=mem, headers=hdr).status_code == 200
    from tailorkit.server import verify_key

    app_key_id = verify_key(engine.store, keys["acme"]).key_id  # type: ignore[union-attr]
    yield {"client": client, "keys": keys, "engine": engine, "app": app, "app_key_id": app_key_id}
    engine.close()


def h(world: dict[str, Any], who: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {world['keys'][who]}"}


def test_health_needs_no_key_but_everything_else_does(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready").json()
    assert ready["status"] == "ready" and ready["schema_revision"]
    # asking whether the server is ready writes nothing: the default tenant is not created by it
    assert world["engine"].store.find_tenant(world["engine"].tenant) is None
    missing = client.get("/api/users/ann")
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "unauthenticated"
    assert client.get("/api/users/ann", headers={"Authorization": "Bearer tk_nope"}).status_code == 401
    assert client.get("/api/users/ann", headers={"X-API-Key": world["keys"]["acme"]}).status_code == 200


def test_resources(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    a = h(world, "acme")
    assert client.get("/api/users/ann/profile", headers=a).json()["user"] == "ann"
    patched = client.patch("/api/users/ann/profile", json={"attributes": {"age": 31}}, headers=a).json()
    assert patched["explicit"]["age"] == 31
    bad = {"attributes": {"age": 32, "occupation": "nurse", "locale": "English please"}}
    refused = client.patch("/api/users/ann/profile", json=bad, headers=a)
    assert refused.status_code == 422 and "locale" in refused.json()["error"]["message"]
    explicit = client.get("/api/users/ann/profile", headers=a).json()["explicit"]
    assert explicit["age"] == 31 and "occupation" not in explicit  # all or nothing
    recs = client.get("/api/users/ann/recommendations?n=3", headers=a).json()
    assert len(recs) == 3 and all(r["title"].startswith("acme film") for r in recs)
    tagged = client.get("/api/users/ann/recommendations?n=3&tag=Drama", headers=a).json()
    assert [r["item"] for r in tagged] == [r["item"] for r in recs]  # every item is a drama
    typo = client.get("/api/users/ann/recommendations?tag=Dramma", headers=a)
    assert typo.status_code == 422 and "'Dramma'" in typo.json()["error"]["message"]
    found = client.get("/api/users/ann/memories/search", params={"q": "allergic"}, headers=a).json()
    assert found and "acme" in found[0]["memory"]["text"]
    answer = client.post("/api/users/ann/chat", json={"message": "recommend me a film"}, headers=a).json()
    assert answer["text"] and answer["why"]["recommendations"]
    fb = client.post("/api/users/ann/feedback", json={"value": 1, "turn_id": answer["turn_id"]}, headers=a)
    assert fb.json()["event"] == "feedback"
    turns = client.get(f"/api/users/ann/conversations/{answer['conversation_id']}", headers=a).json()
    assert [t["role"] for t in turns] == ["user", "assistant"]
    assert client.get("/api/items/1", headers=a).json()["title"] == "acme film 1"


def test_chat_streams_server_sent_events(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    body = {"message": "hi there", "stream": True}
    with client.stream("POST", "/api/users/bob/chat", json=body, headers=h(world, "acme")) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        events = [json.loads(line[5:]) for line in r.iter_lines() if line.startswith("data:")]
    assert "".join(e.get("delta", "") for e in events).strip() == "You said: hi there"
    assert events[-1]["done"] and events[-1]["turn_id"]


def test_errors_are_json_with_codes(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    a = h(world, "acme")
    nobody = client.get("/api/users/nobody/profile", headers=a)
    assert nobody.status_code == 404 and nobody.json()["error"]["code"] == "not_found"
    bad = client.post("/api/users/ann/chat", json={"message": "x", "domain": "astrology"}, headers=a)
    assert bad.status_code == 422 and "unknown domain" in bad.json()["error"]["message"]
    many = {"events": [{"user": "a", "kind": "view", "item": "1"}] * 51}
    assert client.post("/api/events", json=many, headers=a).status_code == 413
    wrong = {
        "events": [{"user": "a", "kind": "view", "item": "1"}, {"user": "a", "kind": "rate", "item": "1"}]
    }
    bad_event = client.post("/api/events", json=wrong, headers=a)  # a rating needs a value
    assert bad_event.status_code == 422 and "Traceback" not in bad_event.text
    error = bad_event.json()["error"]  # named where the body holds it, not by a file's line
    assert error["param"] == "events[1].value" and error["message"].startswith("events[1].value: a numeric")
    assert "nothing in the request was written" in error["message"] and "<records>" not in error["message"]
    one = client.post(
        "/api/event", json={"user": "a", "kind": "rate", "item": "1", "value": "great"}, headers=a
    )
    assert one.json()["error"]["message"].startswith("value: not a number: 'great'")
    items = client.post(
        "/api/items", json={"records": [{"item": "x", "title": "T"}, {"item": ""}]}, headers=a
    )
    assert items.json()["error"]["param"] == "records[1].item"


def test_events_arrive_as_json_ndjson_gzip_or_one_at_a_time_idempotent_by_key(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    a, engine = h(world, "acme"), world["app"].state.engine_for("acme")
    before = engine.stats().events
    made = [{"user": "dee", "kind": "view", "item": str(i), "key": f"ev-{i}"} for i in range(1, 7)]
    ndjson = "\n".join(json.dumps(e) for e in made[2:4]).encode() + b"\n\n"  # a blank line is nothing
    sent = [
        client.post("/api/events", json=made[:2], headers=a),  # a bare array
        client.post("/api/events", content=ndjson, headers={**a, "Content-Type": "application/x-ndjson"}),
        client.post(
            "/api/events",
            content=gzip.compress(json.dumps({"events": made[4:5]}).encode()),
            headers={**a, "Content-Type": "application/json", "Content-Encoding": "gzip"},
        ),
        client.post("/api/event", json=made[5], headers=a),
    ]
    assert [r.json()["written"] for r in sent] == [2, 2, 1, 1], [r.text for r in sent]
    assert engine.stats().events == before + 6
    again = client.post("/api/events", json=made, headers=a).json()  # the same keys: nothing new
    assert again == {"written": 0, "unchanged": 6, "rejected": 0}
    assert engine.profiles.show("dee").behaviour["events"] == 6  # each folded into the profile once
    assert client.post("/api/event", json={**made[0], "kind": "click"}, headers=a).status_code == 409
    refused = {
        "not gzip": client.post("/api/events", content=b"plain", headers={**a, "Content-Encoding": "gzip"}),
        "brotli": client.post("/api/events", content=b"[]", headers={**a, "Content-Encoding": "br"}),
        "csv": client.post("/api/events", content=b"u,view", headers={**a, "Content-Type": "text/csv"}),
        "bad line": client.post(
            "/api/events",
            content=b'{"user": "dee"}\n{oops',
            headers={**a, "Content-Type": "application/x-ndjson"},
        ),
        "bad event": client.post(
            "/api/events", json=[made[0], {"user": "dee", "kind": "rate", "item": "1"}], headers=a
        ),
        "no events": client.post("/api/events", json=[], headers=a),
        "an array as one": client.post("/api/event", json=made[:1], headers=a),
        "a bomb": client.post(
            "/api/events",
            content=gzip.compress(b"[" + b" " * (11 * 2**20) + b"]"),
            headers={**a, "Content-Encoding": "gzip"},
        ),
        "another user": client.post(
            "/api/event", json={**made[0], "user": "eve"}, headers=h(world, "acme-ann")
        ),
    }
    codes = {name: r.status_code for name, r in refused.items()}
    assert codes == {
        "not gzip": 422,
        "brotli": 415,
        "csv": 415,
        "bad line": 422,
        "bad event": 422,
        "no events": 422,
        "an array as one": 422,
        "a bomb": 413,
        "another user": 404,
    }
    assert "line 2" in refused["bad line"].json()["error"]["message"]
    assert "events[1].value: a numeric value is required" in refused["bad event"].json()["error"]["message"]
    assert engine.stats().events == before + 6  # a refused batch writes nothing, not even its good events


def test_metrics_count_routes_by_template_and_name_no_user(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    a = h(world, "acme")
    for _ in range(3):
        assert client.get("/api/users/ann/profile", headers=a).status_code == 200
    assert (
        client.post("/api/event", json={"user": "ann", "kind": "view", "item": "3"}, headers=a).status_code
        == 200
    )
    client.get("/api/users/ann/memories/search", params={"q": "peanuts"}, headers=a)
    text = client.get("/metrics", headers=a).text
    samples = {
        line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
        for line in text.splitlines()
        if line and not line.startswith("#")
    }
    profile = 'tailorkit_requests_total{method="GET",route="/api/users/{user}/profile",status="200"}'
    assert samples[profile] >= 3
    assert samples["tailorkit_events_ingested_total"] >= 1
    assert samples['tailorkit_search_seconds_count{index="memories"}'] >= 1
    assert samples['tailorkit_model_served_version{algorithm="itemknn"}'] >= 1  # the fixture trained it
    assert "ann" not in text and "peanuts" not in text  # routes by template; no query text
    assert client.get("/metrics", headers=h(world, "acme-ann")).status_code == 403  # not a user's to read
    assert client.get("/metrics").status_code == 401


def test_limits(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, server={"rate_per_minute": 3, "max_body_bytes": 2048})
    engine = Engine.open(tmp_path / "l.db", settings)
    key = create_key(engine.store, "t", "k")
    client = TestClient(create_app(engine.store, settings, model=FakeChat()))
    hdr = {"Authorization": f"Bearer {key}"}
    big = client.post(
        "/api/events", content=b"{" + b" " * 4096 + b"}", headers={**hdr, "Content-Type": "application/json"}
    )
    assert big.status_code == 413
    codes = [client.get("/api/users/x", headers=hdr).status_code for _ in range(4)]
    assert codes[-1] == 429
    assert revoke_key(engine.store, "other", key) == 0  # another tenant cannot revoke it
    assert revoke_key(engine.store, "t", key) == 1
    engine.close()


def test_no_route_leaks_across_tenants_or_users(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    acme, globex, ann = h(world, "acme"), h(world, "globex"), h(world, "acme-ann")
    mem = client.get("/api/users/ann/memories", headers=acme).json()[0]["id"]
    answer = client.post("/api/users/ann/chat", json={"message": "hello"}, headers=acme).json()
    cid, tid = answer["conversation_id"], answer["turn_id"]
    own = client.get("/api/users/ann/memories", headers=globex).json()
    assert own and all("globex" in m["text"] for m in own)  # globex's own "ann", never acme's
    probes = [
        ("GET", f"/api/users/ann/conversations/{cid}", None),
        ("DELETE", f"/api/users/ann/memories/{mem}", None),
        ("POST", "/api/users/ann/feedback", {"value": 1, "turn_id": tid}),
        ("POST", "/api/users/ann/chat", {"message": "more", "conversation_id": cid}),
    ]
    for method, path, body in probes:  # acme's memory, conversation and turn ids, from globex
        r = client.request(method, path, json=body, headers=globex)
        assert r.status_code == 404, (method, path, r.text)
    other_user_routes = [
        ("GET", "/api/users/bob", None), ("GET", "/api/users/bob/profile", None),
        ("GET", "/api/users/bob/memories", None), ("GET", "/api/users/bob/memories/search?q=x", None),
        ("POST", "/api/users/bob/memories", {"text": "x"}), ("GET", "/api/users/bob/recommendations", None),
        ("POST", "/api/users/bob/chat", {"message": "x"}),
        ("POST", "/api/users/bob/feedback", {"value": 1, "item": "1"}),
        ("GET", "/api/users/bob/export", None), ("DELETE", "/api/users/bob", None),
        ("PATCH", "/api/users/bob/profile", {"attributes": {"a": 1}}),
        ("POST", "/api/events", {"events": [{"user": "bob", "kind": "view", "item": "1"}]}),
    ]  # fmt: skip
    for method, path, body in other_user_routes:  # ann's end-user token on bob's data
        r = client.request(method, path, json=body, headers=ann)
        assert r.status_code == 404, (method, path, r.text)
    exported = json.dumps(client.get("/api/users/ann/export", headers=globex).json())
    assert "acme" not in exported and CANARY in exported
    assert client.get("/api/users/ann/memories", headers=ann).status_code == 200
    assert any(m["id"] == mem for m in client.get("/api/users/ann/memories", headers=acme).json())


def test_erase_through_the_api(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    g = h(world, "globex")
    assert client.delete("/api/users/cy", headers=g).json()["user"] == "cy"
    assert client.get("/api/users/cy", headers=g).status_code == 404
    assert client.get("/api/users/cy", headers=h(world, "acme")).status_code == 200  # acme's cy stays


@pytest.fixture(scope="module")
def live(world: dict[str, Any]) -> Iterator[str]:
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(world["app"], host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/v1"
    server.should_exit = True
    thread.join(10)


def test_openai_sdk_becomes_personal(world: dict[str, Any], live: str) -> None:
    from openai import OpenAI

    client = OpenAI(base_url=live, api_key=world["keys"]["acme"], max_retries=0)
    assert [m.id for m in client.models.list().data] == ["tailorkit"]
    answer = client.chat.completions.create(
        model="tailorkit", messages=[{"role": "user", "content": "recommend me a film"}], user="ann"
    )
    text = answer.choices[0].message.content or ""
    assert text.startswith("Here is what I suggest") and "acme film" in text
    anonymous = client.chat.completions.create(
        model="tailorkit", messages=[{"role": "user", "content": "hi"}]
    )
    assert anonymous.choices[0].message.content == "You said: hi"
    short = client.chat.completions.create(
        model="tailorkit", messages=[{"role": "user", "content": "hi there"}], max_tokens=2, temperature=0.9
    )
    assert short.choices[0].message.content == "You said:"  # the request's max_tokens reached the model
    stream = client.chat.completions.create(
        model="tailorkit", messages=[{"role": "user", "content": "hello again"}], user="ann", stream=True
    )
    pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
    assert "".join(pieces).strip() == "You said: hello again"
    client.close()
    with httpx.Client() as raw:
        body = {"messages": [{"role": "user", "content": "x"}], "user": "ann"}
        assert raw.post(f"{live}/chat/completions", json=body).status_code == 401


def test_access_is_audited_without_naming_the_user(world: dict[str, Any]) -> None:
    from sqlalchemy import select

    from tailorkit.privacy import audit_trail
    from tailorkit.store import AuditEntry

    client: TestClient = world["client"]
    client.get("/api/users/bob/profile", headers=h(world, "acme"))
    client.get("/api/users/bob/export", headers=h(world, "acme"))
    trail = audit_trail(world["engine"].store, "acme", "bob")
    assert [e["action"] for e in trail][-2:] == ["read profile", "export"]
    # the key's row id, not its name (a name like "ana-phone" can name a person)
    assert {e["actor"] for e in trail} == {f"key:{world['app_key_id']}"}
    with world["engine"].store.read() as conn:
        subjects = conn.execute(select(AuditEntry.subject)).scalars().all()
    assert "bob" not in subjects and all(len(x) == 64 for x in subjects)
    assert audit_trail(world["engine"].store, "globex", "bob") == []  # another tenant's bob


def test_the_model_registry_over_the_api(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    a, g, ann = h(world, "acme"), h(world, "globex"), h(world, "acme-ann")
    assert client.get("/api/models", headers=ann).status_code == 403  # not for end-user tokens
    assert client.post("/api/models", json={"algorithm": "ease"}, headers=ann).status_code == 403
    acme = client.get("/api/models", headers=a).json()
    assert acme and all(r["algorithm"] == "itemknn" and "path" not in r for r in acme)
    assert all(r["file"].endswith(".npz") for r in acme)
    trained = client.post(
        "/api/models", json={"algorithm": "itemknn", "params": {"neighbors": 5}, "kinds": ["rate"]}, headers=g
    )
    assert trained.status_code == 202, trained.text  # a background job (here run as it was submitted)
    job = client.get(trained.json()["href"], headers=g).json()
    assert job["kind"] == "train" and job["state"] == "done" and job["attempts"] == 1
    assert client.get(trained.json()["href"], headers=a).status_code == 404  # another tenant's job
    globex = client.get("/api/models", headers=g).json()
    record = globex[0]  # newest first, and what recommendations now use
    assert record["id"] == job["result"]["model"] and record["snapshot"]["job"] == job["id"]
    assert record["config"]["neighbors"] == 5 and record["snapshot"]["kinds"] == ["rate"]
    assert not {r["id"] for r in globex} & {r["id"] for r in acme}  # each tenant sees its own
    unknown = client.post("/api/models", json={"algorithm": "nope"}, headers=g)
    assert unknown.status_code == 404 and "nope" in unknown.json()["error"]["message"]
    bad = client.post("/api/models", json={"algorithm": "itemknn", "params": {"neighbors": -1}}, headers=g)
    assert bad.status_code == 422 and "neighbors" in bad.json()["error"]["message"]


def test_adapters_train_as_jobs_and_an_erase_takes_the_users_jobs(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    a = h(world, "acme")
    assert client.post("/api/adapters", json={"user": "ann"}, headers=h(world, "acme-ann")).status_code == 403
    assert client.post("/api/adapters", json={}, headers=a).status_code == 422
    assert client.post("/api/adapters", json={"user": "nobody"}, headers=a).status_code == 404
    job = client.post("/api/adapters", json={"user": "cy"}, headers=a)
    assert job.status_code == 202, job.text
    done = client.get(job.json()["href"], headers=a).json()
    # cy has said too little for an adapter: the job fails at once, with the reason, and is not retried
    assert done["state"] == "failed" and done["attempts"] == 1 and "at least" in done["error"]
    assert client.delete("/api/users/cy", headers=a).json()["jobs"] == 1
    assert client.get(job.json()["href"], headers=a).status_code == 404


def test_rate_limit_storage_is_a_setting(tmp_path: Path) -> None:
    from tailorkit.errors import ConfigError

    engine = Engine.open(tmp_path / "s.db", Settings(data_dir=tmp_path))
    with pytest.raises(ConfigError, match="rate_limit_storage"):
        create_app(engine.store, Settings(data_dir=tmp_path, server={"rate_limit_storage": "nosuch://x"}))
    engine.close()


def test_the_local_rate_limit_counts_without_a_thread_per_hit(monkeypatch: pytest.MonkeyPatch) -> None:
    import limits.storage.memory as memory

    from tailorkit.server._deps import Limiter

    started: list[float] = []

    class Counted(threading.Timer):
        def start(self) -> None:
            started.append(time.monotonic())
            super().start()

    monkeypatch.setattr(memory.threading, "Timer", Counted)
    limiter = Limiter(5)
    allowed = []
    for _ in range(30):  # 0.45 s of hits, each after the library's 10 ms sweep timer has fired
        allowed.append(limiter.allow(1))
        time.sleep(0.015)
    assert allowed == [True] * 5 + [False] * 25  # the moving window is the library's
    assert limiter.allow(2)  # another key has its own count
    assert len(started) <= 2  # at most one sweep a second (the library alone started ~30 timers)


def test_a_chat_history_batch_imports_once(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    messages = [
        {"role": "user", "content": "I moved to Valencia last spring", "time": 1714554000},
        {"role": "assistant", "content": "How exciting!"},
        {"role": "user", "content": [{"type": "text", "text": "I swim every morning before work"}]},
    ]
    url = "/api/users/imp/memories/import"
    first = client.post(url, json={"messages": messages}, headers=h(world, "acme"))
    assert first.status_code == 202, first.text  # a job (run as submitted here: the immediate queue)
    job = client.get(first.json()["href"], headers=h(world, "acme")).json()
    assert job["state"] == "done" and job["kind"] == "import" and "params" not in job
    assert job["result"]["remembered"] == 2 and job["result"]["already_imported"] == 0
    again = client.post(url, json={"messages": messages}, headers=h(world, "acme")).json()
    assert again["result"]["remembered"] == 0 and again["result"]["already_imported"] == 2
    bad = client.post(url, json={"messages": [{"role": "robot", "content": "x"}]}, headers=h(world, "acme"))
    assert bad.status_code == 422 and "messages:1: field 'role'" in bad.json()["error"]["message"]
    # an end-user token imports only its own history, and sees only its own jobs
    other = client.post(url, json={"messages": messages}, headers=h(world, "acme-ann"))
    assert other.status_code == 404
    own = client.post(
        "/api/users/ann/memories/import", json={"messages": messages}, headers=h(world, "acme-ann")
    )
    assert own.status_code == 202
    assert client.get(own.json()["href"], headers=h(world, "acme-ann")).json()["result"]["remembered"] == 2
    assert client.get(first.json()["href"], headers=h(world, "acme-ann")).status_code == 404


def test_documents_are_the_tenants_own_and_answers_cite_them(world: dict[str, Any]) -> None:
    client: TestClient = world["client"]
    doc = {
        "source": "help/refunds.md",
        "text": "# Refunds\n\n## Timing\n\nRefunds reach your card within five business days.",
    }
    added = client.post("/api/docs", json={"documents": [doc]}, headers=h(world, "acme"))
    assert added.status_code == 200 and added.json()["added"] == ["help/refunds.md"]
    again = client.post("/api/docs", json={"documents": [doc]}, headers=h(world, "acme")).json()
    assert again["unchanged"] == ["help/refunds.md"]  # the same text again changes nothing
    user_token = client.post("/api/docs", json={"documents": [doc]}, headers=h(world, "acme-ann"))
    assert user_token.status_code == 403
    found = client.get("/api/docs/search", params={"q": "when do refunds arrive"}, headers=h(world, "acme"))
    assert found.json()[0]["title"] == "Refunds" and "five business days" in found.json()[0]["text"]
    assert client.get("/api/docs/search", params={"q": "refunds"}, headers=h(world, "globex")).json() == []
    # the assistant domains a document answers in: the same text for customer service only
    shop = {"documents": [doc], "domains": ["customer_service"]}
    assert client.post("/api/docs", json=shop, headers=h(world, "acme")).json()["updated"] == [
        "help/refunds.md"
    ]
    tutor = {"q": "when do refunds arrive", "domain": "tutoring"}
    assert client.get("/api/docs/search", params=tutor, headers=h(world, "acme")).json() == []
    bad = client.post("/api/docs", json={**shop, "domains": ["shop"]}, headers=h(world, "acme"))
    assert bad.status_code == 422 and "customer_service" in bad.text
    answer = client.post(
        "/api/users/ann/chat",
        json={"message": "When will my refund arrive?", "domain": "customer_service"},
        headers=h(world, "acme"),
    ).json()
    assert answer["why"]["citations"] and "Source: [1] Refunds" in answer["text"]
    other = client.post(
        "/api/users/ann/chat",
        json={"message": "When will my refund arrive?", "domain": "customer_service"},
        headers=h(world, "globex"),
    ).json()
    assert not other["why"]["passages"]  # globex has no documents, and never sees acme's
    (listed,) = client.get("/api/docs", headers=h(world, "acme")).json()
    assert client.delete(f"/api/docs/{listed['id']}", headers=h(world, "globex")).status_code == 404
    gone = client.delete(f"/api/docs/{listed['id']}", headers=h(world, "acme")).json()
    assert gone["passages"] == 1 and client.get("/api/docs", headers=h(world, "acme")).json() == []
