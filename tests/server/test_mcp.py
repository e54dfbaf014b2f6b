"""The MCP tools through the official SDK's client, over streamable HTTP (under the server) and stdio
(``tailorkit mcp``), including the isolation of tenants and users for every tool."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from tailorkit import Engine, Settings
from tailorkit.server import create_app, create_key
from tailorkit.testing import FakeChat, serving

TOOLS = {"search_memories", "remember", "forget", "show_profile", "edit_profile", "recommend", "feedback",
         "export"}  # fmt: skip
CANARY = "zqxmcpcanary"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("mcp")
    settings = Settings(data_dir=tmp, server={"rate_per_minute": 10_000})
    engine = Engine.open(tmp / "tk.db", settings)
    engine.ingest_items([{"item": str(i), "title": f"Film {i}", "tags": ["Drama"]} for i in range(1, 6)])
    engine.ingest_events([{"user": u, "item": str(i), "kind": "rate", "value": 5}
                          for u in ("ann", "bob") for i in (1, 2, 3)])  # fmt: skip
    engine.train("itemknn")
    engine.memories.add("bob", f"Bob's PIN is {CANARY}", kind="fact")
    keys = {
        "app": create_key(engine.store, engine.tenant, "agent"),
        "ann": create_key(engine.store, engine.tenant, "ann-agent", user="ann"),
        "other": create_key(engine.store, "other-tenant", "agent"),
    }
    with serving(create_app(engine.store, settings, model=FakeChat())) as root:
        yield {"url": f"{root}/mcp/", "keys": keys, "engine": engine, "db": tmp / "tk.db", "data": tmp}
    engine.close()


async def _http_calls(url: str, key: str | None, calls: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    import httpx2
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=60) as http,
        streamable_http_client(url, http_client=http) as (read, write),
        ClientSession(read, write) as s,
    ):
        await s.initialize()
        out: list[Any] = [sorted(t.name for t in (await s.list_tools()).tools)]
        for name, args in calls:
            out.append(await s.call_tool(name, args))
        return out


def http(world: dict[str, Any], who: str, calls: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    return anyio.run(_http_calls, world["url"], world["keys"][who], calls)


def text(result: Any) -> str:
    return " ".join(getattr(c, "text", "") for c in result.content)


def test_an_application_key_uses_every_tool_for_the_user_it_names(world: dict[str, Any]) -> None:
    names, remembered, found, profile, recs, fed, exported = http(world, "app", [
        ("remember", {"user": "ann", "text": "I'm allergic to peanuts"}),
        ("search_memories", {"user": "ann", "query": "what can't I eat?"}),
        ("edit_profile",
         {"user": "ann", "set_attributes": {"occupation": "nurse"}, "forget": ["genre:Drama"]}),
        ("recommend", {"user": "ann", "n": 2}),
        ("feedback", {"user": "ann", "item": "4", "value": 1}),
        ("export", {"user": "ann"}),
    ])  # fmt: skip
    assert set(names) == TOOLS
    assert not remembered.is_error and "peanut" in text(remembered).lower()
    assert "peanut" in text(found).lower()
    assert "nurse" in text(profile) and not profile.is_error
    assert not recs.is_error and "because" in text(recs)
    assert '"event": "like"' in text(fed) or "like" in text(fed)
    assert "peanut" in text(exported).lower()
    memory_id = next(m.id for m in world["engine"].memories.list("ann") if "peanut" in m.text.lower())
    (_, gone) = http(world, "app", [("forget", {"user": "ann", "memory_id": memory_id})])
    assert json.loads(text(gone))["deleted"]  # the ids deleted
    assert all("peanut" not in m.text.lower() for m in world["engine"].memories.list("ann"))


def test_an_end_user_token_never_reaches_another_user_through_any_tool(world: dict[str, Any]) -> None:
    calls = [
        ("search_memories", {"user": "bob", "query": "PIN"}),
        ("remember", {"user": "bob", "text": "I like jazz"}),
        ("forget", {"user": "bob", "memory_id": 1}),
        ("show_profile", {"user": "bob"}),
        ("edit_profile", {"user": "bob", "forget": ["genre:Drama"]}),
        ("recommend", {"user": "bob"}),
        ("feedback", {"user": "bob", "item": "1", "value": 1}),
        ("export", {"user": "bob"}),
    ]
    _, *results = http(world, "ann", calls)
    for (name, _), result in zip(calls, results, strict=True):
        assert result.is_error and "no user" in text(result), name
        assert CANARY not in text(result)
    # without a user named, the token speaks for its own user; setting attributes is the application's
    _, own, attrs = http(
        world, "ann", [("show_profile", {}), ("edit_profile", {"set_attributes": {"x": "y"}})]
    )
    assert not own.is_error and attrs.is_error and "end-user token" in text(attrs)
    # another tenant's application key does not find this tenant's users
    _, other = http(world, "other", [("search_memories", {"user": "bob", "query": "PIN"})])
    assert CANARY not in text(other)
    bob = world["engine"].memories.list("bob")
    assert [m.text for m in bob] == [f"Bob's PIN is {CANARY}"]  # nothing written to bob by anyone


def test_no_key_no_tools(world: dict[str, Any]) -> None:
    with pytest.raises(Exception):  # noqa: B017 (the SDK's transport error, whichever it raises)
        anyio.run(_http_calls, world["url"], None, [])
    with pytest.raises(Exception):  # noqa: B017
        anyio.run(_http_calls, world["url"], "tk_nosuchkey", [])


def test_the_same_tools_over_stdio(world: dict[str, Any]) -> None:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    env = {**os.environ, "TAILORKIT_API_KEY": world["keys"]["ann"], "TAILORKIT_DATA_DIR": str(world["data"])}
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "tailorkit", "--db", str(world["db"]), "mcp"], env=env
    )

    async def run() -> list[Any]:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as s:
            await s.initialize()
            names = sorted(t.name for t in (await s.list_tools()).tools)
            mine = await s.call_tool("remember", {"text": "I cycle to work every day"})
            theirs = await s.call_tool("search_memories", {"user": "bob", "query": "PIN"})
            return [names, mine, theirs]

    names, mine, theirs = anyio.run(run)
    assert set(names) == TOOLS
    assert not mine.is_error and "cycle" in text(mine).lower()
    assert theirs.is_error and CANARY not in text(theirs)
    assert any("cycle" in m.text.lower() for m in world["engine"].memories.list("ann"))


def test_stdio_refuses_a_bad_key(tmp_path: Path) -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "tailorkit", "--db", str(tmp_path / "x.db"), "mcp", "--key", "tk_nope"],
        capture_output=True, text=True, env={**os.environ, "TAILORKIT_DATA_DIR": str(tmp_path)}, timeout=120,
    )  # fmt: skip
    assert done.returncode != 0 and "unknown or revoked API key" in done.stdout + done.stderr
