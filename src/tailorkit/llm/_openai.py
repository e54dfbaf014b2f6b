"""A chat backend for any OpenAI-compatible server: Ollama, vLLM, llama.cpp's server, hosted APIs.

``POST {base_url}/chat/completions``; streaming reads server-sent events (``data: {...}`` lines up to
``data: [DONE]``). Connection failures, timeouts, 429 and 5xx answers are retried with exponential
backoff; other answers fail at once with the server's own message.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from typing import Any

from tailorkit.errors import ChatModelError, MissingExtraError
from tailorkit.llm._chat import Completion, Message

__all__ = ["OpenAICompatibleChat"]

log = logging.getLogger(__name__)

_RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})


class OpenAICompatibleChat:
    """Chat through an OpenAI-compatible HTTP API.

    Args:
        base_url: the API root, e.g. ``http://127.0.0.1:8080/v1``.
        model: the model name the server knows.
        api_key: sent as a bearer token when given.
        timeout: seconds to wait for a connection and for each read.
        retries: further attempts after a retryable failure.
        backoff: seconds before the first retry; doubles each time.
    """

    name = "openai"

    def __init__(
        self,
        base_url: str,
        *,
        model: str = "default",
        api_key: str | None = None,
        timeout: float = 60.0,
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        try:
            import httpx
        except ImportError:
            raise MissingExtraError("httpx", "llm", "The OpenAI-compatible chat backend") from None
        self.base_url = base_url.rstrip("/")
        self.model, self.retries, self.backoff, self.timeout = model, retries, backoff, timeout
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout, headers=headers)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> OpenAICompatibleChat:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _payload(
        self,
        messages: list[Message],
        max_tokens: int,
        temperature: float,
        stop: list[str] | None,
        stream: bool,
    ) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": list(messages),
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": stream,
        }
        if stop:
            payload["stop"] = stop
        return payload

    def _attempts(self) -> Iterator[int]:
        for attempt in range(self.retries + 1):
            if attempt:
                delay = self.backoff * 2 ** (attempt - 1)
                log.warning("retrying %s in %.1f s (attempt %d)", self.base_url, delay, attempt + 1)
                time.sleep(delay)
            yield attempt

    def _fail(self, response: Any) -> ChatModelError:
        try:
            body = response.json()
            detail = body.get("error", body) if isinstance(body, dict) else body
            if isinstance(detail, dict):
                detail = detail.get("message", detail)
        except ValueError:
            detail = response.text
        detail = str(detail) if len(str(detail)) <= 300 else str(detail)[:300] + "..."
        return ChatModelError(
            f"model server {self.base_url} answered {response.status_code}: {detail}",
            status=response.status_code,
        )

    def chat(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        adapter: str | None = None,
    ) -> Completion:
        import httpx

        payload = self._payload(messages, max_tokens, temperature, stop, stream=False)
        error: ChatModelError | None = None
        for _ in self._attempts():
            try:
                response = self._client.post("/chat/completions", json=payload)
            except httpx.TimeoutException:
                error = ChatModelError(
                    f"model server {self.base_url} did not answer within {self.timeout:g} s"
                )
                continue
            except httpx.TransportError as exc:
                error = ChatModelError(f"cannot reach model server {self.base_url}: {exc}")
                continue
            if response.status_code in _RETRY_STATUS:
                error = self._fail(response)
                continue
            if response.status_code != 200:
                raise self._fail(response)
            try:
                body = response.json()
                choice = body["choices"][0]
                text = choice["message"].get("content") or ""
            except (ValueError, KeyError, IndexError, TypeError):
                raise ChatModelError(
                    f"model server {self.base_url} sent an answer without choices: {response.text[:200]!r}"
                ) from None
            usage = body.get("usage") or {}
            return Completion(
                text,
                int(usage.get("prompt_tokens") or 0),
                int(usage.get("completion_tokens") or 0),
                choice.get("finish_reason") or "stop",
            )
        assert error is not None
        raise error

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        adapter: str | None = None,
    ) -> Iterator[str]:
        import httpx

        payload = self._payload(messages, max_tokens, temperature, stop, stream=True)
        error: ChatModelError | None = None
        for _ in self._attempts():
            started = False
            try:
                with self._client.stream("POST", "/chat/completions", json=payload) as response:
                    if response.status_code != 200:
                        response.read()
                        error = self._fail(response)
                        if response.status_code in _RETRY_STATUS:
                            continue
                        raise error
                    for line in response.iter_lines():
                        if not line.startswith("data:"):
                            continue  # comments, event names, keep-alives
                        data = line[5:].strip()
                        if data == "[DONE]":
                            return
                        try:
                            chunk = json.loads(data)
                        except json.JSONDecodeError:
                            raise ChatModelError(
                                f"model server {self.base_url} streamed bad JSON: {data[:200]!r}"
                            ) from None
                        if "error" in chunk:
                            raise ChatModelError(
                                f"model server {self.base_url} failed mid-stream: {chunk['error']}"
                            )
                        choices = chunk.get("choices") or [{}]
                        piece = (choices[0].get("delta") or {}).get("content")
                        if piece:
                            started = True
                            yield piece
                    return
            except httpx.TimeoutException:
                error = ChatModelError(
                    f"model server {self.base_url} did not answer within {self.timeout:g} s"
                )
            except httpx.TransportError as exc:
                error = ChatModelError(f"cannot reach model server {self.base_url}: {exc}")
            if started:  # part of the answer is out: a retry would repeat it
                assert error is not None
                raise error
        assert error is not None
        raise error
