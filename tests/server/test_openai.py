"""The OpenAI-compatible route with real clients: the whole request reaches the model (system prompt,
history, sampling fields), with the user's context as its own section; finish reasons, usage, errors."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tailorkit import Engine, Settings
from tailorkit.llm import Completion, LlamaCppChat, Message
from tailorkit.server import create_app, create_key
from tailorkit.testing import FakeChat, llama_cpp_server, serving

HISTORY = [
    {"role": "system", "content": "Answer only in French."},
    {"role": "user", "content": "I am planning a film night."},
    {"role": "assistant", "content": "Quelle bonne idée !"},
]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("openai")
    settings = Settings(data_dir=tmp, server={"rate_per_minute": 10_000})
    engine = Engine.open(tmp / "tk.db", settings)
    engine.ingest_items(
        [{"item": str(i), "title": f"Film {i} (199{i})", "tags": ["Drama"]} for i in range(1, 6)]
    )
    engine.ingest_events([{"user": u, "item": str(i), "kind": "rate", "value": 5}
                          for u in ("ann", "bob") for i in (1, 2, 3)])  # fmt: skip
    engine.memories.add("ann", "Ann is vegetarian", kind="fact")
    engine.train("itemknn")
    key = create_key(engine.store, engine.tenant, "app")
    model = FakeChat()
    with serving(create_app(engine.store, settings, model=model)) as root:
        yield {"url": f"{root}/v1", "key": key, "model": model, "engine": engine, "settings": settings}
    engine.close()


def client(api: dict[str, Any]) -> Any:
    from openai import OpenAI

    return OpenAI(base_url=api["url"], api_key=api["key"], max_retries=0)


def test_the_clients_system_prompt_and_history_reach_the_model_with_the_users_context(
    api: dict[str, Any],
) -> None:
    model: FakeChat = api["model"]
    with client(api) as c:
        c.chat.completions.create(
            model="tailorkit",
            user="ann",
            messages=[*HISTORY, {"role": "user", "content": "What should I eat?"}],
        )
    sent = model.calls[-1]
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "user"]
    system = sent[0]["content"]
    assert system.startswith("Answer only in French.")  # the client's, first and whole
    assert "<<<USER_DATA" in system and "vegetarian" in system  # then ann's context, delimited
    assert "helpful personal assistant" not in system  # the template's role gives way to the client's
    assert [m["content"] for m in sent[1:]] == ["I am planning a film night.", "Quelle bonne idée !",
                                                "What should I eat?"]  # fmt: skip


def test_sampling_fields_finish_reasons_usage_and_json_mode(api: dict[str, Any]) -> None:
    model: FakeChat = api["model"]
    with client(api) as c:
        cut = c.chat.completions.create(
            model="tailorkit", messages=[{"role": "user", "content": "tell me a long story please"}],
            max_completion_tokens=3, temperature=0.7, top_p=0.5, seed=7, stop=["END"],
        )  # fmt: skip
        assert model.sampling[-1] == (3, 0.7)
        assert model.options[-1] == {"stop": ["END"], "top_p": 0.5, "seed": 7, "response_format": None}
        assert cut.choices[0].finish_reason == "length" and cut.usage is not None
        assert cut.usage.completion_tokens == 3 and cut.usage.total_tokens == cut.usage.prompt_tokens + 3
        done = c.chat.completions.create(model="tailorkit", messages=[{"role": "user", "content": "hi"}])
        assert done.choices[0].finish_reason == "stop"
        as_json = c.chat.completions.create(
            model="tailorkit", messages=[{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
            response_format={"type": "json_object"},
        )  # fmt: skip
        assert json.loads(as_json.choices[0].message.content or "") == {"answer": "You said: hi"}
        # ... and where the assistant writes the answer itself (picks), it is JSON too, with the items
        model.small = True  # (a small model: the assistant writes the list)
        picks = c.chat.completions.create(
            model="tailorkit", messages=[{"role": "user", "content": "Recommend me a film"}], user="ann",
            response_format={"type": "json_object"},
        )  # fmt: skip
        said = json.loads(picks.choices[0].message.content or "")
        assert "Film 4" in said["answer"] and {i["item"] for i in said["items"]} <= {"4", "5"}
        assert picks.usage is not None and picks.usage.completion_tokens > 10  # the list's own tokens, not 0
        streamed = c.chat.completions.create(
            model="tailorkit", messages=[{"role": "user", "content": "Recommend me a film"}], user="ann",
            response_format={"type": "json_object"}, stream=True,
        )  # fmt: skip
        whole = "".join(chunk.choices[0].delta.content or "" for chunk in streamed if chunk.choices)
        assert json.loads(whole)["items"] == said["items"]
        model.small = False
        # fields it does not know are ignored, as OpenAI-compatible servers do
        extra = c.chat.completions.create(
            model="tailorkit", messages=[{"role": "user", "content": "hi"}],
            extra_body={"logit_bias": {}, "parallel_tool_calls": False, "whatever": 1},
        )  # fmt: skip
        assert extra.choices[0].message.content == "You said: hi"


def test_invalid_requests_get_openai_shaped_errors(api: dict[str, Any]) -> None:
    import openai

    with client(api) as c:
        for kwargs, param in (
            ({"n": 2}, "n"),
            ({"temperature": 3}, "temperature"),
            ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
            ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]}, "tools"),
        ):
            with pytest.raises(openai.BadRequestError) as raised:
                c.chat.completions.create(
                    model="tailorkit", messages=[{"role": "user", "content": "x"}], **kwargs
                )
            body = raised.value.body
            assert (
                isinstance(body, dict) and body["param"] == param and body["type"] == "invalid_request_error"
            )
        with pytest.raises(openai.BadRequestError, match="only text content parts"):
            c.chat.completions.create(
                model="tailorkit",
                messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}],
            )
        with pytest.raises(openai.NotFoundError) as missing:
            c.chat.completions.create(model="gpt-17", messages=[{"role": "user", "content": "x"}])
        assert missing.value.code == "model_not_found"


def test_streams_sync_and_async_with_usage(api: dict[str, Any]) -> None:
    import asyncio

    from openai import AsyncOpenAI

    with client(api) as c:
        chunks = list(c.chat.completions.create(
            model="tailorkit", messages=[{"role": "user", "content": "hello there"}], user="ann",
            stream=True, stream_options={"include_usage": True},
        ))  # fmt: skip
    text = "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)
    assert text == "You said: hello there"
    assert [ch.choices[0].finish_reason for ch in chunks if ch.choices][-1] == "stop"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0 and not chunks[-1].choices

    async def ask() -> str:
        async with AsyncOpenAI(base_url=api["url"], api_key=api["key"], max_retries=0) as ac:
            out = await ac.chat.completions.create(
                model="tailorkit", messages=[{"role": "user", "content": "hey"}]
            )
            streamed = await ac.chat.completions.create(
                model="tailorkit", messages=[{"role": "user", "content": "hey"}], stream=True
            )
            pieces = [ch.choices[0].delta.content or "" async for ch in streamed if ch.choices]
            return (out.choices[0].message.content or "") + "|" + "".join(pieces)

    assert asyncio.run(ask()) == "You said: hey|You said: hey"


def test_a_stateless_client_is_not_logged_and_one_that_opts_in_is(api: dict[str, Any]) -> None:
    engine: Engine = api["engine"]
    scope = engine.store.scope(engine.tenant)
    uid = scope.user_id("bob")

    def turns() -> int:
        from sqlalchemy import func, select

        from tailorkit.store import Conversation, Turn

        query = select(func.count()).select_from(Turn).join(Conversation).where(Conversation.user_id == uid)
        with engine.store.read() as conn:
            return int(conn.execute(query).scalar_one())

    before = turns()
    with client(api) as c:
        c.chat.completions.create(
            model="tailorkit", user="bob", messages=[*HISTORY[1:], {"role": "user", "content": "hi"}]
        )
        assert turns() == before  # the client keeps its history: nothing stored twice
        raw = c.chat.completions.with_raw_response.create(
            model="tailorkit", user="bob", store=True, messages=[{"role": "user", "content": "first"}]
        )
        conversation = raw.headers["x-tailorkit-conversation"]
        c.chat.completions.create(
            model="tailorkit", user="bob", store=True, metadata={"conversation_id": conversation},
            messages=[{"role": "user", "content": "second"}],
        )  # fmt: skip
    stored = scope.conversations.turns(uid, int(conversation))
    assert [t["text"] for t in stored if t["role"] == "user"] == ["first", "second"]
    assert turns() == before + 4
    # a conversation the client named itself is refused with what the field takes, and nothing is stored
    import openai

    with client(api) as c, pytest.raises(openai.BadRequestError) as refused:
        c.chat.completions.create(
            model="tailorkit", user="bob", store=True, metadata={"conversation_id": "c-bob"},
            messages=[{"role": "user", "content": "third"}],
        )  # fmt: skip
    said = str(refused.value)
    assert "X-Tailorkit-Conversation" in said and "'c-bob'" in said, said
    assert turns() == before + 4


def test_a_client_picks_the_assistants_domain(api: dict[str, Any]) -> None:
    """A shop's support client said "please don't suggest calling" and got films: the route always answered
    in the general domain. ``metadata.domain`` (or ``X-Tailorkit-Domain``) picks it, as ``/api/chat``'s
    ``domain`` does; an unknown one is a 400 naming the field."""
    import openai

    root = api["url"].removesuffix("/v1")
    asked = [{"role": "user", "content": "My knee hurts after running."}]
    with client(api) as c, httpx.Client() as web:

        def template(raw: Any) -> str:
            why = raw.headers["x-tailorkit-why"]
            got = web.get(f"{root}/api/why/{why}", headers={"Authorization": f"Bearer {api['key']}"})
            return str(got.json()["template"])

        plain = c.chat.completions.with_raw_response.create(model="tailorkit", user="ann", messages=asked)
        coached = c.chat.completions.with_raw_response.create(
            model="tailorkit", user="ann", messages=asked, metadata={"domain": "health_coaching"}
        )
        headed = c.chat.completions.with_raw_response.create(
            model="tailorkit", user="ann", messages=asked, extra_headers={"X-Tailorkit-Domain": "tutoring"}
        )
        assert (template(plain), template(coached), template(headed)) == (
            "general", "health_coaching", "tutoring",
        )  # fmt: skip
        assert "not a diagnosis" in (coached.parse().choices[0].message.content or "")
        with pytest.raises(openai.BadRequestError) as raised:
            c.chat.completions.create(model="tailorkit", messages=asked, metadata={"domain": "cooking"})
    body = raised.value.body
    assert (
        isinstance(body, dict)
        and body["param"] == "metadata.domain"
        and "customer_service" in body["message"]
    )


def test_another_client_library_talks_to_it(api: dict[str, Any]) -> None:
    """LangChain's OpenAI chat model, a client of its own (it builds its requests itself)."""
    langchain_openai = pytest.importorskip("langchain_openai")
    chat = langchain_openai.ChatOpenAI(
        base_url=api["url"], api_key=api["key"], model="tailorkit", max_retries=0, temperature=0.2
    )
    reply = chat.invoke([("system", "Be brief."), ("human", "hello from langchain")])
    assert reply.content == "You said: hello from langchain"
    assert api["model"].calls[-1][0]["content"].startswith("Be brief.")


class Recording(LlamaCppChat):
    """The bundled model, keeping the messages each request gave it."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[list[Message]] = []

    def chat(self, messages: list[Message], **kw: Any) -> Completion:  # type: ignore[override]
        self.received.append(list(messages))
        return super().chat(messages, **kw)


@pytest.mark.slow
def test_the_bundled_model_answers_from_the_whole_request(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    with Engine.open(tmp_path / "tk.db", settings) as engine:
        engine.memories.add("ann", "Ann lives in Lyon", kind="fact")
        key = create_key(engine.store, engine.tenant, "app")
        model = Recording()
        with serving(create_app(engine.store, settings, model=model)) as root:
            url = f"{root}/v1"
            asked = {
                "role": "user",
                "content": "What should I do where I live?",
            }  # advice: the model's to write
            body = {"model": "tailorkit", "user": "ann", "max_tokens": 24, "messages": [*HISTORY, asked]}
            out = httpx.post(f"{url}/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"},
                             timeout=120).json()  # fmt: skip
    sent = model.received[-1]
    assert sent[0]["role"] == "system" and sent[0]["content"].startswith("Answer only in French.")
    assert "Lyon" in sent[0]["content"]  # ann's memory, in her section
    assert [m["content"] for m in sent[1:]] == [
        "I am planning a film night.",
        "Quelle bonne idée !",
        "What should I do where I live?",
    ]
    assert out["choices"][0]["message"]["content"] and out["usage"]["prompt_tokens"] > 0


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """tailorkit in front of an upstream model server: a second tailorkit on loopback (its fake model
    records what reached it)."""
    tmp = tmp_path_factory.mktemp("proxy")
    upstream_engine = Engine.open(tmp / "up.db", Settings(data_dir=tmp / "up"))
    upstream_key = create_key(upstream_engine.store, upstream_engine.tenant, "proxy")
    upstream_model = FakeChat()
    stack = contextlib.ExitStack()
    up_root = stack.enter_context(serving(create_app(upstream_engine.store, upstream_engine.settings,
                                                     model=upstream_model)))  # fmt: skip
    up_url = f"{up_root}/v1"
    settings = Settings(
        data_dir=tmp / "front",
        server={"rate_per_minute": 10_000},
        llm={"upstreams": {"big": {"base_url": up_url, "api_key": upstream_key, "model": "tailorkit"}}},
    )
    engine = Engine.open(tmp / "front.db", settings)
    engine.memories.add("ann", "Ann is allergic to peanuts", kind="fact")
    engine.memories.add("bob", "Bob zqxcanary likes jazz", kind="fact")
    keys = {"app": create_key(engine.store, engine.tenant, "app"),
            "ann": create_key(engine.store, engine.tenant, "ann", user="ann")}  # fmt: skip
    with stack:
        root = stack.enter_context(serving(create_app(engine.store, settings, model=FakeChat())))
        yield {"url": f"{root}/v1", "keys": keys, "upstream": upstream_model, "engine": engine}
    engine.close()
    upstream_engine.close()


def test_a_request_naming_an_upstream_is_personalised_and_forwarded(proxied: dict[str, Any]) -> None:
    from openai import OpenAI

    upstream: FakeChat = proxied["upstream"]
    with OpenAI(base_url=proxied["url"], api_key=proxied["keys"]["app"], max_retries=0) as c:
        assert [m.id for m in c.models.list().data] == ["tailorkit", "big"]
        out = c.chat.completions.create(
            model="big", user="ann", messages=[*HISTORY, {"role": "user", "content": "What can I cook?"}],
            max_tokens=50, seed=3,
        )  # fmt: skip
        system = upstream.calls[-1][0]["content"]
        assert system.startswith("Answer only in French.") and "allergic to peanuts" in system
        assert upstream.options[-1]["seed"] == 3 and upstream.sampling[-1][0] == 50  # forwarded as sent
        assert out.choices[0].message.content == "You said: What can I cook?"
        pieces = [ch.choices[0].delta.content or "" for ch in c.chat.completions.create(
            model="big", user="ann", messages=[{"role": "user", "content": "stream it"}], stream=True,
        ) if ch.choices]  # fmt: skip
        assert "".join(pieces) == "You said: stream it"
    # the proxied message was remembered for ann, as a chat through tailorkit's own model is
    texts = [m.text for m in proxied["engine"].memories.list("ann")]
    assert any("cook" in t.lower() for t in texts) or len(texts) >= 1


def test_proxy_mode_keeps_users_apart(proxied: dict[str, Any]) -> None:
    import openai

    upstream: FakeChat = proxied["upstream"]
    with openai.OpenAI(base_url=proxied["url"], api_key=proxied["keys"]["ann"], max_retries=0) as c:
        c.chat.completions.create(model="big", user="bob", messages=[{"role": "user", "content": "hi jazz"}])
        # an end-user token speaks for its own user whatever the request names
        assert (
            "zqxcanary" not in json.dumps(upstream.calls[-1])
            and "peanuts" in upstream.calls[-1][0]["content"]
        )
    with openai.OpenAI(base_url=proxied["url"], api_key=proxied["keys"]["app"], max_retries=0) as c:
        c.chat.completions.create(model="big", user="bob", messages=[{"role": "user", "content": "hi"}])
        assert (
            "peanuts" not in json.dumps(upstream.calls[-1])
            and "zqxcanary" in upstream.calls[-1][0]["content"]
        )
        c.chat.completions.create(model="big", messages=[{"role": "user", "content": "anonymous"}])
        assert "zqxcanary" not in json.dumps(upstream.calls[-1]) and "peanuts" not in json.dumps(
            upstream.calls[-1]
        )


@pytest.mark.slow
def test_a_tool_call_round_trip_through_a_proxied_llama_cpp_server(tmp_path: Path) -> None:
    """The upstream is llama.cpp's own server with a function-calling chat format: the tool call it makes
    and the tool's result the client sends back pass through tailorkit untouched."""
    from openai import OpenAI

    options = ("--n_ctx", "2048", "--chat_format", "chatml-function-calling")
    with llama_cpp_server(tmp_path / "server.log", *options) as up:
        settings = Settings(data_dir=tmp_path, llm={"upstreams": {"local-tools": {"base_url": up}}})
        with Engine.open(tmp_path / "tk.db", settings) as engine:
            engine.memories.add("ann", "Ann lives in Oslo", kind="fact")
            key = create_key(engine.store, engine.tenant, "app")
            with serving(create_app(engine.store, settings, model=FakeChat())) as root:
                url = f"{root}/v1"
                tools = [{"type": "function", "function": {
                    "name": "get_weather", "description": "The weather in a city",
                    "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                                   "required": ["city"]}}}]  # fmt: skip
                asked = [{"role": "user", "content": "What is the weather where I live?"}]
                with OpenAI(base_url=url, api_key=key, max_retries=0, timeout=120) as c:
                    first = c.chat.completions.create(
                        model="local-tools", user="ann", messages=asked, tools=tools, max_tokens=48,
                        tool_choice={"type": "function", "function": {"name": "get_weather"}},
                    )  # fmt: skip
                    call = (first.choices[0].message.tool_calls or [None])[0]
                    assert call is not None and call.function.name == "get_weather"
                    json.loads(call.function.arguments)  # the upstream's grammar made it JSON
                    # (llama_cpp.server wants a string content beside tool calls)
                    called = {"role": "assistant", "content": "", "tool_calls": [call.model_dump()]}
                    result = {"role": "tool", "tool_call_id": call.id, "content": '{"temp_c": 4}'}
                    second = c.chat.completions.create(
                        model="local-tools", user="ann", max_tokens=24, tools=tools,
                        messages=[*asked, called, result],
                    )  # fmt: skip
                    assert second.choices[0].finish_reason in ("stop", "length", "tool_calls")


@pytest.mark.slow
def test_a_client_leaving_mid_stream_does_not_hold_the_model(tmp_path: Path) -> None:
    """The bundled model is held while it generates; a client that disconnects after the first piece
    must leave it free for the next request (a lock left held by a worker thread would stop them all)."""
    settings = Settings(data_dir=tmp_path)
    with Engine.open(tmp_path / "tk.db", settings) as engine:
        key = create_key(engine.store, engine.tenant, "app")
        with serving(create_app(engine.store, settings, model=LlamaCppChat())) as root:
            headers = {"Authorization": f"Bearer {key}"}
            body = {"messages": [{"role": "user", "content": "Tell me a long story about a cat."}],
                    "max_tokens": 200, "stream": True}  # fmt: skip
            with httpx.Client(headers=headers, timeout=60) as c:
                for _ in range(2):
                    with c.stream("POST", f"{root}/v1/chat/completions", json=body) as r:
                        next(line for line in r.iter_lines() if '"content": "' in line)  # then leave
                done = c.post(f"{root}/v1/chat/completions", json={**body, "stream": False, "max_tokens": 8})
            assert done.status_code == 200 and done.json()["choices"][0]["message"]["content"]


def test_every_answer_has_a_why_report_its_caller_alone_may_read(api: dict[str, Any]) -> None:
    engine: Engine = api["engine"]
    keys = {"app": api["key"], "ann": create_key(engine.store, engine.tenant, "ann", user="ann"),
            "other": create_key(engine.store, "another-tenant", "app")}  # fmt: skip
    root = api["url"].removesuffix("/v1")
    ask = {"messages": [{"role": "user", "content": "What should I eat tonight?"}], "user": "ann"}
    with httpx.Client(timeout=30) as c:

        def get(why: str, who: str) -> httpx.Response:
            return c.get(f"{root}/api/why/{why}", headers={"Authorization": f"Bearer {keys[who]}"})

        app = {"Authorization": f"Bearer {keys['app']}"}
        whole = c.post(f"{api['url']}/chat/completions", json=ask, headers=app)
        with c.stream("POST", f"{api['url']}/chat/completions", json={**ask, "stream": True},
                      headers=app) as streamed:  # fmt: skip
            list(streamed.iter_lines())
        for why in (whole.headers["x-tailorkit-why"], streamed.headers["x-tailorkit-why"]):
            report = get(why, "app").json()
            assert any("vegetarian" in m["text"] for m in report["memories"]) and report["tokens"]
            assert get(why, "ann").status_code == 200  # ann's own answer
            assert get(why, "other").status_code == 404  # another tenant
        assert get("why_nosuchreport", "app").status_code == 404
        answered = c.post(f"{api['url']}/chat/completions", json={**ask, "user": "bob"}, headers=app)
        bob = answered.headers["x-tailorkit-why"]
        assert get(bob, "ann").status_code == 404  # another user's, through ann's token
        assert (
            c.delete(f"{root}/api/users/bob", headers={"Authorization": f"Bearer {keys['app']}"}).status_code
            == 200
        )
        assert get(bob, "app").status_code == 404  # gone with bob's erase
