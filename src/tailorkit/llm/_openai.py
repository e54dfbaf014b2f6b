"""A chat backend for any OpenAI-compatible server: Ollama, vLLM, llama.cpp's server, hosted APIs.

``POST {base_url}/chat/completions``; streaming reads server-sent events (``data: {...}`` lines up to
``data: [DONE]``). Connection failures, timeouts, 429 and 5xx answers are retried (``tenacity``) with
exponential backoff and jitter, waiting at least what a ``Retry-After`` header asks (up to a minute);
other answers fail at once with the server's own message.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import Any

from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

from tailorkit.config import LLMSettings
from tailorkit.errors import ChatModelError, ConfigError, MissingExtraError
from tailorkit.llm._chat import Completion, Message

__all__ = ["OpenAICompatibleChat"]

log = logging.getLogger(__name__)

_RETRY_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
_MAX_WAIT = 60.0


class _RetryableError(ChatModelError):
    """A failure worth another attempt; ``retry_after`` is what the server asked to wait, if it did."""

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _penalties(frequency: float, presence: float) -> dict[str, float]:
    """The penalties a request sets (left out at 0, so servers without them are not asked)."""
    return {k: v for k, v in (("frequency_penalty", frequency), ("presence_penalty", presence)) if v}


def _options(top_p: float | None, seed: int | None, response_format: dict[str, Any] | None) -> dict[str, Any]:
    """The other sampling options a request sets (left out when not set)."""
    given = {"top_p": top_p, "seed": seed, "response_format": response_format}
    return {k: v for k, v in given.items() if v is not None}


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
        self._sleep = time.sleep

    @classmethod
    def from_settings(cls, settings: LLMSettings) -> OpenAICompatibleChat:
        if not settings.base_url:
            raise ConfigError("the 'openai' chat backend needs llm.base_url (TAILORKIT_LLM__BASE_URL)")
        return cls(
            settings.base_url,
            model=settings.model,
            api_key=settings.api_key,
            timeout=settings.timeout_s,
            retries=settings.retries,
        )

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

    def _attempts(self) -> Retrying:
        """Attempts at one request: a ``_RetryableError`` raised in one leads to the next, after a wait."""
        jitter = wait_random_exponential(multiplier=self.backoff, max=_MAX_WAIT)

        def wait(state: RetryCallState) -> float:
            # full jitter: many clients retrying at once spread out; never sooner than the server asked
            error = state.outcome.exception() if state.outcome else None
            delay = max(jitter(state), min(getattr(error, "retry_after", None) or 0.0, _MAX_WAIT))
            log.warning("retrying %s in %.1f s (attempt %d)", self.base_url, delay, state.attempt_number + 1)
            return delay

        return Retrying(
            sleep=lambda seconds: self._sleep(seconds),
            stop=stop_after_attempt(self.retries + 1),
            wait=wait,
            retry=retry_if_exception_type(_RetryableError),
            reraise=True,
        )

    def _fail(self, response: Any) -> ChatModelError:
        try:
            body = response.json()
            detail = body.get("error", body) if isinstance(body, dict) else body
            if isinstance(detail, dict):
                detail = detail.get("message", detail)
        except ValueError:
            detail = response.text
        detail = str(detail) if len(str(detail)) <= 300 else str(detail)[:300] + "..."
        message = f"model server {self.base_url} answered {response.status_code}: {detail}"
        if response.status_code in _RETRY_STATUS:
            after = _retry_after(response.headers.get("retry-after"))
            return _RetryableError(message, status=response.status_code, retry_after=after)
        return ChatModelError(message, status=response.status_code)

    def chat(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        adapter: str | None = None,
        frequency_penalty: float = 0.0,
        presence_penalty: float = 0.0,
        top_p: float | None = None,
        seed: int | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> Completion:
        import httpx

        payload = self._payload(messages, max_tokens, temperature, stop, stream=False)
        payload.update(_penalties(frequency_penalty, presence_penalty))
        payload.update(_options(top_p, seed, response_format))
        for attempt in self._attempts():
            with attempt:
                try:
                    response = self._client.post("/chat/completions", json=payload)
                except httpx.TimeoutException:
                    raise _RetryableError(
                        f"model server {self.base_url} did not answer within {self.timeout:g} s"
                    ) from None
                except httpx.TransportError as exc:
                    raise _RetryableError(f"cannot reach model server {self.base_url}: {exc}") from None
                if response.status_code != 200:
                    raise self._fail(response)
                try:
                    body = response.json()
                    choice = body["choices"][0]
                    text = choice["message"].get("content") or ""
                except (ValueError, KeyError, IndexError, TypeError):
                    shown = response.text[:200]
                    raise ChatModelError(
                        f"model server {self.base_url} sent an answer without choices: {shown!r}"
                    ) from None
                usage = body.get("usage") or {}
                return Completion(
                    text,
                    int(usage.get("prompt_tokens") or 0),
                    int(usage.get("completion_tokens") or 0),
                    choice.get("finish_reason") or "stop",
                )
        raise AssertionError("unreachable: the last attempt returns or raises")

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: list[str] | None = None,
        adapter: str | None = None,
        frequency_penalty: float = 0.0,
        presence_penalty: float = 0.0,
        top_p: float | None = None,
        seed: int | None = None,
        response_format: dict[str, Any] | None = None,
    ) -> Iterator[str]:

        payload = self._payload(messages, max_tokens, temperature, stop, stream=True)
        payload.update(_penalties(frequency_penalty, presence_penalty))
        payload.update(_options(top_p, seed, response_format))
        for attempt in self._attempts():
            with attempt:
                yield from self._stream_once(payload)

    def _stream_once(self, payload: dict[str, Any]) -> Iterator[str]:
        """One streamed attempt; a failure before the first piece is ``_RetryableError``, one after it is
        not (part of the answer is out: a retry would repeat it)."""
        import httpx

        started = False
        try:
            with self._client.stream("POST", "/chat/completions", json=payload) as response:
                if response.status_code != 200:
                    response.read()
                    raise self._fail(response)
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
            error = f"model server {self.base_url} did not answer within {self.timeout:g} s"
        except httpx.TransportError as exc:
            error = f"cannot reach model server {self.base_url}: {exc}"
        raise ChatModelError(error) if started else _RetryableError(error)
