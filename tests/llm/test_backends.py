"""Chat backends against real models: llama.cpp in process, and the OpenAI-compatible client talking to
``python -m llama_cpp.server`` on loopback; failures from small local servers that misbehave on purpose."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator

import pytest

from tailorkit.errors import ChatModelError
from tailorkit.llm import LlamaCppChat, OpenAICompatibleChat, bundled_chat_model, chat_model
from tailorkit.llm._chat import Message
from tests.conftest import free_port

HELLO: list[Message] = [{"role": "user", "content": "Name three colours."}]


@pytest.fixture(scope="module")
def llama() -> LlamaCppChat:
    return LlamaCppChat(context_size=1024)


def test_llama_cpp_chats_and_streams_deterministically(llama: LlamaCppChat) -> None:
    a = llama.chat(HELLO, max_tokens=24, temperature=0.0)
    b = llama.chat(HELLO, max_tokens=24, temperature=0.0)
    assert a.text and a.text == b.text
    assert 0 < a.completion_tokens <= 24 and a.prompt_tokens > 5
    pieces = list(llama.stream(HELLO, max_tokens=24, temperature=0.0))
    assert len(pieces) > 3
    assert "".join(pieces) == a.text
    assert llama.count_tokens("hello world") >= 2


# Requests that share a prefix with each other (a long system section, the first turn), as a chat's do:
# long enough that whole chunks of the cache are reused.
SYSTEM: Message = {
    "role": "system",
    "content": "You are a helpful assistant for a film website. The user likes science fiction, "
    "documentaries about space and slow dramas, dislikes horror, and watches on weekday evenings. " * 3,
}
TURNS: list[list[Message]] = [
    [SYSTEM, {"role": "user", "content": "Suggest a film for tonight."}],
    [SYSTEM, {"role": "user", "content": "Suggest a film for tonight."},
     {"role": "assistant", "content": "How about Casablanca?"},
     {"role": "user", "content": "Something newer, please."}],
    HELLO,
    [SYSTEM, {"role": "user", "content": "Name three colours."}],
    [SYSTEM, {"role": "user", "content": "Suggest a film for tonight."},
     {"role": "assistant", "content": "How about Casablanca?"},
     {"role": "user", "content": "Something newer, please."},
     {"role": "assistant", "content": "Try Arrival (2016)."},
     {"role": "user", "content": "Is it suitable for a twelve-year-old?"}],
]  # fmt: skip


def test_a_warm_model_answers_as_a_cold_one() -> None:
    """The product's promise: an answer depends on the request (messages, sampling, adapter, seed),
    not on what the process served before. A model that served other requests first, some sharing a
    prefix with this one and one identical to it, answers exactly as a model that served nothing,
    while reusing the cached part of the prompt."""
    cold_answers = []
    cold = LlamaCppChat(context_size=2048)
    for messages in TURNS:
        cold.forget_cache()  # nothing served before, as in a new process
        greedy = cold.chat(messages, max_tokens=24).text
        cold.forget_cache()
        cold_answers.append((greedy, cold.chat(messages, max_tokens=24, temperature=0.8).text))
        assert cold.reused_tokens == 0
    warm = LlamaCppChat(context_size=2048)
    reused = 0
    for _ in range(2):  # twice: the second round runs with every prompt already seen
        for messages, (greedy, sampled) in zip(TURNS, cold_answers, strict=True):
            assert warm.chat(messages, max_tokens=24).text == greedy
            reused += warm.reused_tokens
            assert warm.chat(messages, max_tokens=24, temperature=0.8).text == sampled
            assert "".join(warm.stream(messages, max_tokens=24)) == greedy
    assert reused > 0  # the cache was used, and changed nothing
    fresh = LlamaCppChat(context_size=2048)  # a separate process's first answer, for good measure
    assert fresh.chat(TURNS[1], max_tokens=24).text == cold_answers[1][0]


def test_settings_pick_the_backend() -> None:
    model = chat_model(backend="llama-cpp", context_size=512)
    assert isinstance(model, LlamaCppChat) and model.model_path == bundled_chat_model()
    with pytest.raises(Exception, match="base_url"):
        chat_model(backend="openai")


def test_openai_client_against_a_real_server(llama_server: str) -> None:
    with OpenAICompatibleChat(llama_server, model="smollm2", timeout=60) as client:
        answer = client.chat(HELLO, max_tokens=20)
        assert answer.text.strip() and answer.completion_tokens > 0
        pieces = list(client.stream(HELLO, max_tokens=20))
        assert len(pieces) > 3 and "".join(pieces).strip()


def test_repetition_penalties_reach_the_model(llama: LlamaCppChat, llama_server: str) -> None:
    import re

    def variety(text: str) -> float:
        words = re.findall(r"\w+", text.lower())
        return len(set(words)) / max(len(words), 1)

    # the bundled model answers this with a list that repeats itself ("1. 1", "2. 2", ...)
    echo: list[Message] = [
        {"role": "user", "content": "List the numbers one one one one one one one one, and continue."}
    ]
    plain = llama.chat(echo, max_tokens=30, temperature=0.0).text
    penalised = llama.chat(
        echo, max_tokens=30, temperature=0.0, frequency_penalty=2.0, presence_penalty=1.0
    ).text
    assert variety(penalised) > variety(plain)
    with OpenAICompatibleChat(llama_server, model="smollm2", timeout=60) as client:
        served = client.chat(echo, max_tokens=30, frequency_penalty=2.0, presence_penalty=1.0).text
        assert variety(served) > variety(client.chat(echo, max_tokens=30).text)


def test_a_real_server_error_is_reported(llama_server: str) -> None:
    wizard: list[Message] = [{"role": "wizard", "content": "hi"}]  # type: ignore[typeddict-item]
    with OpenAICompatibleChat(llama_server, retries=1, backoff=0.05) as client:
        with pytest.raises(ChatModelError, match="answered 500: 7 validation errors") as caught:
            client.chat(wizard)  # llama.cpp's server rejects the role (with a 500)
        assert caught.value.status == 500
        with pytest.raises(ChatModelError, match="answered 500"):
            list(client.stream(wizard))
        assert client.chat(HELLO, max_tokens=5).text  # and the server is still fine


class _Misbehaving(http.server.BaseHTTPRequestHandler):
    mode = "error"
    hits = 0

    def do_POST(self) -> None:
        type(self).hits += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.mode == "slow":
            time.sleep(2)
        body = b'{"error": {"message": "model crashed"}}'
        try:
            self.send_response(429 if self.mode == "busy" else 500)
            if self.mode == "busy":
                self.send_header("Retry-After", "3")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up waiting (the timeout test)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def misbehaving() -> Iterator[type[_Misbehaving]]:
    handler = type("Handler", (_Misbehaving,), {"hits": 0})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"  # type: ignore[attr-defined]
    yield handler
    if handler.mode == "slow":
        time.sleep(2.2)  # let the slow handlers finish before the server closes its sockets
    httpd.shutdown()
    httpd.server_close()


def test_a_server_error_is_retried_then_reported(misbehaving: type[_Misbehaving]) -> None:
    with OpenAICompatibleChat(misbehaving.url, retries=2, backoff=0.01) as client:  # type: ignore[attr-defined]
        with pytest.raises(ChatModelError, match="answered 500: model crashed"):
            client.chat(HELLO)
        assert misbehaving.hits == 3
        with pytest.raises(ChatModelError, match="answered 500"):
            list(client.stream(HELLO))


def test_retries_wait_as_long_as_the_server_asks_with_jitter(misbehaving: type[_Misbehaving]) -> None:
    misbehaving.mode = "busy"  # 429 with Retry-After: 3
    with OpenAICompatibleChat(misbehaving.url, retries=2, backoff=0.01) as client:  # type: ignore[attr-defined]
        waits: list[float] = []
        client._sleep = waits.append  # record the waits instead of sleeping them
        with pytest.raises(ChatModelError, match="answered 429") as caught:
            client.chat(HELLO)
        assert caught.value.status == 429 and misbehaving.hits == 3
        assert len(waits) == 2 and all(3.0 <= w <= 60 for w in waits)
    misbehaving.mode, misbehaving.hits = "error", 0  # no Retry-After: exponential backoff with full jitter
    with OpenAICompatibleChat(misbehaving.url, retries=6, backoff=1.0) as client:  # type: ignore[attr-defined]
        waits = []
        client._sleep = waits.append
        with pytest.raises(ChatModelError, match="answered 500"):
            list(client.stream(HELLO))
        assert len(waits) == 6 and all(0 <= w <= 2**k for k, w in enumerate(waits, 1))
        assert len(set(waits)) > 1  # jittered, not a fixed schedule


def test_retry_after_reads_seconds_and_dates() -> None:
    from email.utils import formatdate

    from tailorkit.llm._openai import _retry_after

    assert _retry_after("7") == 7.0 and _retry_after(None) is None and _retry_after("soon") is None
    later = _retry_after(formatdate(time.time() + 30, usegmt=True))
    assert later is not None and 25 <= later <= 31


def test_a_backend_that_times_out(misbehaving: type[_Misbehaving]) -> None:
    misbehaving.mode = "slow"
    start = time.monotonic()
    with (
        OpenAICompatibleChat(misbehaving.url, timeout=0.3, retries=1, backoff=0.01) as client,  # type: ignore[attr-defined]
        pytest.raises(ChatModelError, match=r"did not answer within 0\.3 s"),
    ):
        client.chat(HELLO)
    assert time.monotonic() - start < 1.9  # gave up without waiting for the slow answers
    assert misbehaving.hits == 2


def test_an_unreachable_server() -> None:
    with (
        OpenAICompatibleChat(f"http://127.0.0.1:{free_port()}/v1", retries=0) as client,
        pytest.raises(ChatModelError, match="cannot reach"),
    ):
        client.chat(HELLO)


def test_a_json_schema_constrains_the_bundled_models_answer(llama: LlamaCppChat) -> None:
    """OpenAI's ``response_format`` with a JSON schema becomes llama.cpp's grammar: whatever the small
    model would have said, the answer parses and has the schema's fields."""
    schema = {"type": "object", "properties": {"age": {"type": "integer"}}, "required": ["age"]}
    out = llama.chat(
        [{"role": "user", "content": "How old is a kitten? Answer as JSON."}],
        max_tokens=40,
        response_format={"type": "json_schema", "json_schema": {"name": "age", "schema": schema}},
    )
    assert out.finish_reason == "stop" and isinstance(json.loads(out.text)["age"], int)
