"""The live event routes' group commit: concurrent requests written together, each answered for its own
events; and the cache of checked application keys."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from tailorkit import Engine, Settings
from tailorkit.errors import InputError
from tailorkit.server import create_app, create_key, revoke_key
from tailorkit.server._group import GroupCommit
from tailorkit.testing import FakeChat


def test_requests_that_wait_are_written_as_one_group_each_answered_for_its_own() -> None:
    groups: list[list[Any]] = []
    gate = threading.Event()

    def write(records: list[Any]) -> list[bool]:
        gate.wait(5)  # the first write holds until the others have queued
        if any(r == "bad" for r in records):
            raise InputError(f"<records>:{records.index('bad') + 1}: bad")
        groups.append(list(records))
        return [r % 2 == 0 for r in records]

    async def main() -> list[Any]:
        group = GroupCommit(write, most=100)
        first = asyncio.create_task(group.submit([0]))
        await asyncio.sleep(0.05)
        rest = [asyncio.create_task(group.submit(r)) for r in ([1, 2], ["bad"], [3], [4, 5, 6])]
        await asyncio.sleep(0.05)
        gate.set()
        return await asyncio.gather(first, *rest, return_exceptions=True)

    answers = asyncio.run(main())
    assert answers[0] == [True] and answers[1] == [False, True] and answers[3] == [False]
    assert answers[4] == [True, False, True]
    assert isinstance(answers[2], InputError) and "<records>:1" in str(answers[2])  # its own line, alone
    # the first request alone; the four that queued behind it tried together (refused: the bad one),
    # then one by one: the good ones written once each
    assert groups == [[0], [1, 2], [3], [4, 5, 6]]


def test_a_group_is_cut_at_its_most_events() -> None:
    sizes: list[int] = []

    def write(records: list[Any]) -> list[bool]:
        time.sleep(0.02)
        sizes.append(len(records))
        return [True] * len(records)

    async def main() -> None:
        group = GroupCommit(write, most=5)
        await asyncio.gather(*(group.submit([n, n]) for n in range(8)))

    asyncio.run(main())
    assert sum(sizes) == 16 and max(sizes) <= 5 and len(sizes) < 8


def test_concurrent_single_events_over_http_are_all_kept_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, server={"rate_per_minute": 10**6})
    engine = Engine.open(tmp_path / "g.db", settings)
    engine.ingest_items([{"item": f"i{n}", "title": f"Film {n}", "tags": ["Drama"]} for n in range(60)])
    key = create_key(engine.store, engine.tenant, "app")
    app = create_app(engine.store, settings, model=FakeChat())
    hdr = {"Authorization": f"Bearer {key}"}

    async def main() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t", headers=hdr) as client:
            sends = [
                {"user": f"u{n % 7}", "item": f"i{n}", "kind": "view", "key": f"k{n}"} for n in range(60)
            ]
            sends += sends[:10]  # sent twice, some in the same group as their first copy
            sends.append({"user": "u1", "item": "i1", "kind": "rate", "value": "lots", "key": "bad"})
            return await asyncio.gather(*(client.post("/api/event", json=e) for e in sends))

    answers = asyncio.run(main())
    assert [a.status_code for a in answers[:-1]] == [200] * 70
    assert answers[-1].status_code == 422 and "value" in answers[-1].text
    written = sum(a.json()["written"] for a in answers[:-1])
    unchanged = sum(a.json()["unchanged"] for a in answers[:-1])
    assert (written, unchanged) == (60, 10)
    assert engine.stats().events == 60
    assert engine.profile("u3").as_dict()["likes"]  # folded into the profiles as they arrived
    engine.close()


def test_a_revoked_application_key_is_refused_once_its_check_expires(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, server={"key_cache_s": 0.3})
    engine = Engine.open(tmp_path / "k.db", settings)
    app_key = create_key(engine.store, "t", "app")
    user_key = create_key(engine.store, "t", "phone", user="ann")
    client = TestClient(create_app(engine.store, settings, model=FakeChat()))

    def status(key: str) -> int:
        return client.get("/api/users/ann", headers={"Authorization": f"Bearer {key}"}).status_code

    assert status(app_key) == 404 and status(user_key) == 404  # known keys (no user ann yet)
    revoke_key(engine.store, "t", app_key)
    revoke_key(engine.store, "t", user_key)
    assert status(user_key) == 401  # an end-user token is checked every time
    time.sleep(0.4)
    assert status(app_key) == 401
    engine.close()


@pytest.mark.parametrize("path", ["/api/event", "/api/events"])
def test_an_end_user_token_still_names_only_itself_and_the_catalogue(tmp_path: Path, path: str) -> None:
    settings = Settings(data_dir=tmp_path)
    engine = Engine.open(tmp_path / "u.db", settings)
    engine.ingest_items([{"item": "film", "title": "A film"}])
    token = create_key(engine.store, "default", "phone", user="ann")
    client = TestClient(create_app(engine.store, settings, model=FakeChat()))
    hdr = {"Authorization": f"Bearer {token}"}
    one = {"user": "ann", "item": "film", "kind": "view"}
    body: Any = one if path == "/api/event" else [one]
    assert client.post(path, json=body, headers=hdr).status_code == 200
    other = {**one, "user": "bob"}
    made_up = {**one, "item": "not-in-catalogue"}
    for bad in (other, made_up):
        body = bad if path == "/api/event" else [bad]
        assert client.post(path, json=body, headers=hdr).status_code in (403, 404, 422)
    assert engine.stats().events == 1
    engine.close()
