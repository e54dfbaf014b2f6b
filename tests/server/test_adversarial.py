"""The adversarial suite: what an attacker with valid keys of two tenants and an end-user token tries.

Each test is the reproduction of a defect found by an adversarial test of the server (issue 17), kept so
that it stays fixed: ids that climb out of their folders, bodies that hide their size, idempotency keys
shared across users, erase that leaves traces, forget that leaves words in the index, a demo key handed
to any page, ids normalised differently by route, rows created by writes that write nothing, 500s for
bad input, and the rest. Ids come from a property-based generator through every route that takes one.
"""

from __future__ import annotations

import json
import logging
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tailorkit import Engine, Settings
from tailorkit.config import path_part
from tailorkit.privacy import audit_trail
from tailorkit.server import create_app, create_key, verify_key
from tailorkit.testing import FakeChat

CANARY = "qqvcanary4410"


def scan(folder: Path, needle: str) -> list[str]:
    """Files under ``folder`` whose bytes hold ``needle`` (UTF-8)."""
    raw = needle.encode()
    return [str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and raw in p.read_bytes()]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Any]]:
    settings = Settings(data_dir=tmp_path, server={"rate_per_minute": 100_000, "max_body_bytes": 1 << 20})
    engine = Engine.open(tmp_path / "tk.db", settings)
    keys = {
        "acme": create_key(engine.store, "acme", "acme-app"),
        "globex": create_key(engine.store, "globex", "globex-app"),
        "ann": create_key(engine.store, "acme", "ana-phone", user="ann"),
    }
    client = TestClient(create_app(engine.store, settings, model=FakeChat()))
    for tenant in ("acme", "globex"):
        items = [{"item": str(i), "title": f"Film {i}", "tags": ["Drama"]} for i in range(1, 5)]
        assert (
            client.post("/api/items", json={"records": items}, headers=auth(keys[tenant])).status_code == 200
        )
    acme = client.app.state.engine_for("acme")  # type: ignore[attr-defined]
    yield {
        "client": client,
        "keys": keys,
        "engine": engine,
        "acme": acme,
        "settings": settings,
        "dir": tmp_path,
    }
    client.close()
    engine.close()


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def adapter_folders(settings: Settings) -> dict[tuple[str, str], Path]:
    """Adapter folders with a file in each, for users of two tenants (as tuning leaves them)."""
    out = {}
    for tenant, user in (("acme", "bob"), ("acme", "cy"), ("globex", "bob")):
        folder = settings.adapter_dir(tenant, user)
        folder.mkdir(parents=True)
        (folder / "lora.gguf").write_bytes(b"weights")
        out[(tenant, user)] = folder
    return out


# -- 1. ids that climb out of their folder ---------------------------------------------------------


@pytest.mark.parametrize("evil", ["..", ".", "...", "../..", "a/../..", "~", "/", "..\\.."])
def test_erasing_a_user_with_a_dotted_id_deletes_no_other_folder(world: dict[str, Any], evil: str) -> None:
    client, settings = world["client"], world["settings"]
    folders = adapter_folders(settings)
    event = {"user": evil, "kind": "view", "item": "1"}
    assert (
        client.post("/api/events", json={"events": [event]}, headers=auth(world["keys"]["acme"])).json()[
            "written"
        ]
        == 1
    )
    own = settings.adapter_dir("acme", evil)  # the user's own folder, with a file in it
    own.mkdir(parents=True)
    (own / "lora.gguf").write_bytes(b"x")
    quoted = "".join(f"%{b:02X}" for b in evil.encode())  # as curl --path-as-is sends it
    r = client.delete(f"/api/users/{quoted}", headers=auth(world["keys"]["acme"]))
    if "/" in evil:  # the router decodes %2F before matching: such an id has no URL; erase it directly
        assert r.status_code in (404, 405)
        r = type(r)(200, json=client.app.state.engine_for("acme").erase(evil))
    assert r.status_code == 200, r.text
    assert r.json()["user"] == evil
    assert all((f / "lora.gguf").exists() for f in folders.values())  # every other user's, every tenant's
    assert not own.exists()


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=300), st.text(min_size=1, max_size=50))
def test_every_id_names_one_folder_inside_its_parent(user: str, tenant: str) -> None:
    root = Path("/data")
    folder = Settings(data_dir=root).adapter_dir(tenant, user)
    assert folder.parent.parent == root / "adapters"
    assert folder.name not in (".", "..", "") and "/" not in folder.name and "\\" not in folder.name
    assert len(folder.name) <= 60
    assert path_part(user + "x") != path_part(user)
    assert path_part("a/b") != path_part("a_b") != path_part("a.b")


# -- 2. a chunked body over the limit -----------------------------------------------------------------


def test_a_chunked_body_is_held_to_the_size_limit(world: dict[str, Any]) -> None:
    client = world["client"]

    def body() -> Iterator[bytes]:  # no Content-Length: Transfer-Encoding: chunked
        yield b'{"events": ['
        for _ in range(3000):
            yield b'{"user": "ann", "kind": "view", "item": "1", "text": "' + b"x" * 1000 + b'"},'
        yield b"]}"

    headers = {**auth(world["keys"]["ann"]), "Content-Type": "application/json"}
    r = client.post("/api/events", content=body(), headers=headers)
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    assert world["acme"].stats().events == 0


# -- 3. idempotency keys belong to their user ----------------------------------------------------------


def test_idempotency_keys_are_per_user_and_a_changed_event_is_a_conflict(world: dict[str, Any]) -> None:
    client, keys = world["client"], world["keys"]
    mine = {"user": "ann", "kind": "rate", "item": "1", "value": 5, "key": "order-1"}
    assert (
        client.post("/api/events", json={"events": [mine]}, headers=auth(keys["ann"])).json()["written"] == 1
    )
    # bob's event with the same key is bob's own: written, not "unchanged" (and tells nobody about ann)
    bobs = {**mine, "user": "bob", "value": 2}
    assert (
        client.post("/api/events", json={"events": [bobs]}, headers=auth(keys["acme"])).json()["written"] == 1
    )
    again = client.post("/api/events", json={"events": [mine]}, headers=auth(keys["ann"])).json()
    assert again == {"written": 0, "unchanged": 1, "rejected": 0}
    changed = {**mine, "value": 1}  # the same key for different content
    other = {"user": "ann", "kind": "view", "item": "2"}
    r = client.post("/api/events", json={"events": [other, changed]}, headers=auth(keys["ann"]))
    assert r.status_code == 409 and r.json()["error"]["code"] == "conflict"
    events = world["acme"].events("ann")
    assert events[["kind", "value"]].values.tolist() == [["rate", 5.0]]  # nothing of that batch written


# -- 4. erase leaves nothing that identifies the user ------------------------------------------------


def test_erase_removes_tokens_rejects_and_audit_links(world: dict[str, Any]) -> None:
    client, keys, engine, folder = world["client"], world["keys"], world["acme"], world["dir"]
    ann = auth(keys["ann"])
    assert client.post(
        "/api/users/ann/memories", json={"text": f"My pet is {CANARY}"}, headers=ann
    ).is_success
    bad = folder / "bad.csv"
    bad.write_text(f"user,item,kind,text\nann,1,nonsense,{CANARY}\nbob,1,view,\n", encoding="utf-8")
    rejects = folder / "rejects" / "bad.csv.rejects.jsonl"
    engine.ingest_events(bad, on_error="skip", rejects=rejects)
    bad.unlink()  # the input was the application's; the rejects file is tailorkit's
    assert CANARY in rejects.read_text(encoding="utf-8") and "bob" not in rejects.read_text(encoding="utf-8")
    client.get("/api/users/ann/profile", headers=ann)
    digest_before = {e["ts"] for e in audit_trail(engine.store, "acme", "ann")}
    assert digest_before

    report = client.delete("/api/users/ann", headers=ann).json()
    assert report["api_keys"] == 1 and report["rejects"] == 1
    engine.store.engine.dispose()
    assert scan(folder, CANARY) == []
    assert scan(folder, "ana-phone") == []  # the token's name went with it
    # the token no longer works, and cannot recreate the user
    assert verify_key(engine.store, keys["ann"]) is None
    event = {"user": "ann", "kind": "view", "item": "1"}
    assert client.post("/api/events", json={"events": [event]}, headers=ann).status_code == 401
    # audit entries stay (accountability) but no longer lead to ann, even for someone with the audit key
    assert audit_trail(engine.store, "acme", "ann") == []
    # the audit key is a random secret, not derived from the tenant's name
    import hashlib
    import hmac

    guessed = hmac.new(b"tailorkit-audit/acme", b"bob", hashlib.sha256).hexdigest()
    client.get("/api/users/bob/profile", headers=auth(keys["acme"]))
    with engine.store.read() as conn:
        subjects = {r[0] for r in conn.exec_driver_sql("SELECT subject FROM audit_log")}
        actors = {r[0] for r in conn.exec_driver_sql("SELECT actor FROM audit_log")}
    assert guessed not in subjects
    assert all(a.startswith("key:") and a[4:].isdigit() for a in actors)


# -- 5. forgetting one memory leaves no words behind ---------------------------------------------------


def test_forgetting_one_memory_leaves_its_words_nowhere(world: dict[str, Any]) -> None:
    client, folder = world["client"], world["dir"]
    ann = auth(world["keys"]["ann"])
    kept = client.post(
        "/api/users/ann/memories", json={"text": "Likes green tea", "as_is": True}, headers=ann
    )
    gone = client.post(
        "/api/users/ann/memories", json={"text": f"Secret word {CANARY}", "as_is": True}, headers=ann
    ).json()[0]["memory"]["id"]
    assert kept.is_success and scan(folder, CANARY)
    assert client.delete(f"/api/users/ann/memories/{gone}", headers=ann).json()["deleted"] == [gone]
    with world["engine"].store.read() as conn:  # the checkpoint the attacker ran
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shadow = b"".join(
            bytes(r[0] or b"") for r in conn.exec_driver_sql("SELECT block FROM memory_fts_data")
        )
    assert CANARY.encode() not in shadow
    assert scan(folder, CANARY) == []
    assert [m["text"] for m in client.get("/api/users/ann/memories", headers=ann).json()] == [
        "Likes green tea"
    ]


# -- 6. the demo key, and files private to the owner ----------------------------------------------------


def test_no_request_gets_a_key_and_data_files_are_private(world: dict[str, Any]) -> None:
    client = world["client"]
    for host in ("127.0.0.1:8000", "evil.example:8000", "localhost"):
        config = client.get("/ui/config", headers={"Host": host}).json()
        assert all(not str(v).startswith("tk_") for v in config.values())
    folder = world["dir"]
    db = folder / "tk.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    wal = folder / "tk.db-wal"
    assert not wal.exists() or stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_a_new_data_folder_is_private(tmp_path: Path) -> None:
    data = tmp_path / "fresh" / "data"
    Engine.open(None, Settings(data_dir=data)).close()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "tailorkit.db").stat().st_mode) == 0o600


# -- 7. one id normalisation, one limit ----------------------------------------------------------------


def test_ids_are_normalised_once_for_every_route(world: dict[str, Any]) -> None:
    client, engine = world["client"], world["engine"]
    app = auth(world["keys"]["acme"])
    victim_token = create_key(engine.store, "acme", "t", user="victim ")
    event = {"user": "victim", "kind": "view", "item": "1"}
    assert client.post("/api/events", json={"events": [event]}, headers=auth(victim_token)).is_success
    assert client.post("/api/users/%20sp1/memories", json={"text": "Likes jazz"}, headers=app).is_success
    event = {"user": " sp1", "kind": "view", "item": "1"}
    assert client.post("/api/events", json={"events": [event]}, headers=app).is_success
    users = client.get("/api/users", headers=app).json()
    assert "sp1" in users and " sp1" not in users and "victim" in users and "victim " not in users
    long_id = "x" * 5000
    r = client.post(f"/api/users/{long_id}/memories", json={"text": "hi"}, headers=app)
    assert r.status_code == 422 and "256" in r.json()["error"]["message"]
    assert long_id not in client.get("/api/users", headers=app).json()
    for bad in ("a\x00b", "tab\there"):
        r = client.post(
            "/api/events", json={"events": [{"user": bad, "kind": "view", "item": "1"}]}, headers=app
        )
        assert r.status_code == 422 and "control character" in r.json()["error"]["message"]


# -- 8. writes that write nothing create nothing ------------------------------------------------------


def test_end_user_tokens_name_only_catalogue_items(world: dict[str, Any]) -> None:
    client, engine, keys = world["client"], world["engine"], world["keys"]
    made_up = {"user": "ann", "kind": "like", "item": "my-own-item"}
    r = client.post("/api/events", json={"events": [made_up]}, headers=auth(keys["ann"]))
    assert r.status_code == 404
    r = client.post(
        "/api/users/ann/feedback", json={"value": 1, "item": "my-own-item"}, headers=auth(keys["ann"])
    )
    assert r.status_code == 404
    assert engine.store.scope("acme").items.titles({"my-own-item"}) == {}
    known = {"user": "ann", "kind": "like", "item": "1"}
    assert (
        client.post("/api/events", json={"events": [known]}, headers=auth(keys["ann"])).json()["written"] == 1
    )


def test_an_all_duplicate_batch_creates_no_user_or_item(tmp_path: Path) -> None:
    engine = Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path))
    event = [{"user": "u", "item": "i", "kind": "view", "timestamp": 1_700_000_000, "key": "k"}]
    assert engine.ingest_events(event).written == 1
    with engine.store.write() as conn:  # the stored event's user now goes by another name
        conn.exec_driver_sql("UPDATE users SET external_id = 'u-old'")
    engine.close()
    engine = Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path))
    before = engine.stats()
    report = engine.ingest_events(event)  # known by its key: nothing is written ...
    assert (report.written, report.unchanged) == (0, 1)
    after = engine.stats()  # ... so "u" is not created
    assert (
        (after.users, after.items, after.events) == (before.users, before.items, before.events) == (1, 1, 1)
    )
    with pytest.raises(KeyError):
        engine.user("u")
    new = [{"user": "u", "item": "i", "kind": "view", "timestamp": 1_700_000_000, "key": "k2"}]
    assert engine.ingest_events(new).written == 1 and engine.stats().users == 2  # a real write still creates
    engine.close()


# -- 9. clear errors instead of 500s ----------------------------------------------------------------


@pytest.mark.parametrize("when", ["9999-01-01T00:00:00", "0001-01-01", "2300-01-01", -62135596800])
def test_times_outside_the_range_are_refused_clearly(world: dict[str, Any], when: Any) -> None:
    event = {"user": "ann", "kind": "view", "item": "1", "timestamp": when}
    r = world["client"].post("/api/events", json={"events": [event]}, headers=auth(world["keys"]["acme"]))
    assert r.status_code == 422 and "timestamp" in r.json()["error"]["message"]
    assert world["acme"].stats().events == 0


def test_a_lone_surrogate_is_a_clear_error_and_stays_out_of_the_log(
    world: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    client, app = world["client"], auth(world["keys"]["acme"])
    secret = "mail-ann@example.com"
    bodies = [
        ("/api/events", '{"events": [{"user": "ann", "kind": "search", "text": "' + secret + '\\ud800"}]}'),
        ("/api/users/ann/memories", '{"text": "' + secret + ' \\udfff"}'),
        ("/api/users/ann/chat", '{"message": "\\ud800' + secret + '"}'),
    ]
    with caplog.at_level(logging.DEBUG):
        for path, body in bodies:
            r = client.post(path, content=body, headers={**app, "Content-Type": "application/json"})
            assert r.status_code == 422, (path, r.text)
            assert "surrogate" in r.json()["error"]["message"]
    assert secret not in caplog.text
    json_headers = {**app, "Content-Type": "application/json"}
    ok = client.post(
        "/api/users/ann/memories", content='{"text": "I like \\ud83d\\ude00"}', headers=json_headers
    )
    assert ok.status_code == 200  # a valid pair (an emoji) is fine


def test_training_parameters_are_bounded(world: dict[str, Any]) -> None:
    client, app = world["client"], auth(world["keys"]["acme"])
    client.post("/api/events", json={"events": [{"user": "ann", "kind": "like", "item": "1"}]}, headers=app)
    for params in ({"factors": 3_000_000_000}, {"epochs": 10**9}, {"seed": -1}):
        r = client.post("/api/models", json={"algorithm": "als", "params": params}, headers=app)
        assert r.status_code == 422, (params, r.text)


def test_cli_reports_bad_files_without_tracebacks(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tailorkit.cli import app

    files = {
        "u16.csv": "user,item,rating\n1,2,5\n".encode("utf-16"),
        "deep.jsonl": ('{"user": "1", "item": "2", "meta": ' + "[" * 5000 + "]" * 5000 + "}\n").encode(),
        "long.csv": b"user,item,rating\n1,2," + b"9" * 5_000_000 + b"\n",
    }
    env = {"TAILORKIT_DATA_DIR": str(tmp_path / "d")}
    outcomes = {}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        args = ["ingest", "events", str(tmp_path / name), "-m", "value=rating", "--kind", "rate"]
        result = CliRunner().invoke(app, args, env=env)
        assert "Traceback" not in result.output, result.output
        outcomes[name] = (result.exit_code, result.output)
    assert outcomes["u16.csv"][0] == 0  # its byte-order mark says what it is
    assert outcomes["deep.jsonl"][0] == 1 and "deep.jsonl:1" in outcomes["deep.jsonl"][1]
    assert "nested too deeply" in outcomes["deep.jsonl"][1]
    assert outcomes["long.csv"][0] == 1 and "long.csv:2" in outcomes["long.csv"][1]


# -- 10. the small ones --------------------------------------------------------------------------------


def test_a_batch_may_mix_keyed_and_unkeyed_events(world: dict[str, Any]) -> None:
    events = [
        {"user": "ann", "kind": "view", "item": "1", "key": "v-1"},
        {"user": "ann", "kind": "view", "item": "2"},
    ]
    r = world["client"].post("/api/events", json={"events": events}, headers=auth(world["keys"]["acme"]))
    assert r.json() == {"written": 2, "unchanged": 0, "rejected": 0}


def test_ids_of_an_erased_users_rows_are_never_handed_out_again(tmp_path: Path) -> None:
    engine = Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path))
    engine.chat_model = FakeChat()
    engine.chat("ann", "I live in Lisbon")
    old = engine.chat("bob", "I like jazz")  # bob's rows are the newest of each table
    bob_memory = max(m.id for m in engine.memories.list("bob"))
    engine.erase("bob")
    new = engine.chat("cy", "I like tea")
    assert new.conversation_id is not None and old.conversation_id is not None
    assert new.conversation_id > old.conversation_id
    assert new.turn_id is not None and old.turn_id is not None and new.turn_id > old.turn_id
    assert min(m.id for m in engine.memories.list("cy")) > bob_memory
    engine.close()


def test_errors_have_one_shape_and_booleans_are_not_numbers(world: dict[str, Any]) -> None:
    client, app = world["client"], auth(world["keys"]["acme"])
    one = {"user": "ann", "kind": "rate", "item": "1"}
    checks = [
        client.post("/api/events", json={"events": [{**one, "value": True}]}, headers=app),
        client.post("/api/events", json={"nope": 1}, headers=app),
        client.post("/api/events", content=b"{not json", headers={**app, "Content-Type": "application/json"}),
        client.get("/api/users/ann/recommendations?n=0", headers=app),
        client.get("/no/such/route", headers=app),
    ]  # fmt: skip
    for r in checks:
        assert 400 <= r.status_code < 500, r.text
        assert set(r.json()) == {"error"} and {"code", "message"} <= set(r.json()["error"]), r.text
    assert world["acme"].stats().events == 0
    big_meta = {"user": "ann", "kind": "view", "item": "1", "meta": {"x": "y" * 70_000}}
    r = client.post("/api/events", json={"events": [big_meta]}, headers=app)
    assert r.status_code == 422 and "65536 bytes" in r.json()["error"]["message"]


def test_ids_past_the_stores_range_are_a_clear_422(world: dict[str, Any]) -> None:
    """A 64-bit row id is the most a path or body may name (2**63 crashed the route with a 500)."""
    client, app = world["client"], auth(world["keys"]["acme"])
    client.post("/api/users", json={"records": [{"user": "ann"}]}, headers=app)
    huge = 2**63
    checks = [
        client.get(f"/api/users/ann/conversations/{huge}", headers=app),
        client.delete(f"/api/users/ann/memories/{huge}", headers=app),
        client.delete(f"/api/docs/{huge}", headers=app),
        client.get(f"/api/jobs/{huge}", headers=app),
        client.post("/api/users/ann/chat", json={"message": "hi", "conversation_id": huge}, headers=app),
        client.post("/api/users/ann/feedback", json={"value": 1, "turn_id": huge}, headers=app),
        client.get("/api/users/ann/conversations/0", headers=app),
    ]  # fmt: skip
    for r in checks:
        assert r.status_code == 422, r.text
        assert set(r.json()) == {"error"}
    assert client.get(f"/api/users/ann/conversations/{huge - 1}", headers=app).status_code == 404


def test_keys_are_listed_and_revoked_by_name_within_their_tenant(world: dict[str, Any]) -> None:
    from tailorkit.server import list_keys, revoke_key

    store, keys = world["engine"].store, world["keys"]
    assert [k["name"] for k in list_keys(store, "acme")] == ["acme-app", "ana-phone"]
    assert revoke_key(store, "globex", "ana-phone") == 0  # globex cannot touch acme's key
    assert revoke_key(store, "globex", keys["ann"]) == 0
    assert verify_key(store, keys["ann"]) is not None
    assert revoke_key(store, "acme", "ana-phone") == 1
    assert verify_key(store, keys["ann"]) is None
    assert list_keys(store, "no-such-tenant") == [] and store.find_tenant("no-such-tenant") is None


def test_a_key_can_have_its_own_rate_limit(world: dict[str, Any]) -> None:
    client, engine = world["client"], world["engine"]
    slow = create_key(engine.store, "acme", "slow", rate_per_minute=2)
    codes = [client.get("/api/users", headers=auth(slow)).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    assert client.get("/api/users", headers=auth(world["keys"]["acme"])).status_code == 200


# -- 11. a user cannot declare themselves into a segment -----------------------------------------------


def test_an_end_user_token_cannot_change_attributes(world: dict[str, Any]) -> None:
    client, keys = world["client"], world["keys"]
    client.post("/api/events", json={"events": [{"user": "ann", "kind": "view", "item": "1"}]},
                headers=auth(keys["acme"]))  # fmt: skip
    r = client.patch(
        "/api/users/ann/profile", json={"attributes": {"occupation": "doctor"}}, headers=auth(keys["ann"])
    )
    assert r.status_code == 403
    assert world["acme"].user("ann")["attributes"].get("occupation") is None
    r = client.patch(
        "/api/users/ann/profile", json={"attributes": {"occupation": "doctor"}}, headers=auth(keys["acme"])
    )
    assert r.status_code == 200 and world["acme"].user("ann")["attributes"]["occupation"] == "doctor"


# -- property-based ids through every route ------------------------------------------------------------

IDS = st.one_of(
    st.sampled_from(["..", ".", "./", "../x", "%2e%2e", "a/b", "a\\b", " lead", "trail ", "\u3000全角", "é",
                     "e\u0301", "🙂", "x" * 256, "x" * 257, "\u202eevil", "null\x00", "CON", "a?b", "a#b"]),
    st.text(min_size=1, max_size=40),
)  # fmt: skip
ROUTES = [
    ("GET", "/api/users/{u}", None),
    ("GET", "/api/users/{u}/profile", None),
    ("GET", "/api/users/{u}/memories", None),
    ("GET", "/api/users/{u}/memories/search?q=tea", None),
    ("POST", "/api/users/{u}/memories", {"text": "Likes tea"}),
    ("GET", "/api/users/{u}/recommendations", None),
    ("POST", "/api/users/{u}/chat", {"message": "hi"}),
    ("POST", "/api/users/{u}/feedback", {"value": 1, "item": "1"}),
    ("GET", "/api/users/{u}/export", None),
    ("DELETE", "/api/users/{u}", None),
]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("ids")
    settings = Settings(data_dir=tmp, server={"rate_per_minute": 1_000_000})
    engine = Engine.open(tmp / "tk.db", settings)
    key = create_key(engine.store, "acme", "app")
    client = TestClient(create_app(engine.store, settings, model=FakeChat()))
    client.post("/api/items", json={"records": [{"item": "1", "title": "Film 1"}]}, headers=auth(key))
    folders = adapter_folders(settings)
    yield {"client": client, "key": key, "engine": engine, "folders": folders, "dir": tmp}
    client.close()
    engine.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(user=IDS)
def test_any_id_through_every_route(shared: dict[str, Any], user: str) -> None:
    client, key = shared["client"], auth(shared["key"])
    quoted = "".join(f"%{b:02X}" for b in user.encode("utf-8", "surrogatepass"))
    event = {"user": user, "kind": "view", "item": "1"}
    r = client.post("/api/events", json={"events": [event]}, headers=key)
    assert r.status_code in (200, 422), r.text
    for method, path, body in ROUTES:
        r = client.request(method, path.format(u=quoted), json=body, headers=key)
        assert r.status_code < 500, (method, path, user, r.text)
        assert set(r.json()) == {"error"} if r.status_code >= 400 else True
    assert all((f / "lora.gguf").exists() for f in shared["folders"].values())
    assert (shared["dir"] / "tk.db").exists()  # nothing deleted the data folder itself
    listed = client.get("/api/users?limit=1000", headers=key).json()
    assert all(u == u.strip() and 0 < len(u) <= 256 for u in listed)
    json.dumps(listed)  # every id stored is valid Unicode
