"""Request bodies checked before any route sees them: their size, counted on the bytes actually
received (a chunked upload declares none), and their text, which must be valid Unicode."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["BodyGuard", "unpaired_surrogate"]

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[MutableMapping[str, Any], Receive, Send], Awaitable[None]]

# A JSON escape of a surrogate; valid pairs (an emoji written as two escapes) have them too, so a hit
# only means the body is parsed and its strings checked.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def unpaired_surrogate(value: Any, where: str = "body") -> str | None:
    """The JSON path of the first string in ``value`` that holds an unpaired surrogate (text that no
    UTF-8 database or log can hold), or None."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return where
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            found = unpaired_surrogate(k, where) or unpaired_surrogate(v, f"{where}.{k}")
            if found:
                return found
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found = unpaired_surrogate(v, f"{where}[{i}]")
            if found:
                return found
    return None


class BodyGuard:
    """ASGI middleware: a body over ``max_bytes`` is answered 413 and one whose JSON holds an unpaired
    surrogate 422, before the route runs, whatever the request declares about its length.

    The body is read here in full (routes read it whole anyway) and handed on unchanged.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send, 413, "too_large", f"body over {self.max_bytes} bytes")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await self._refuse(send, 413, "too_large", f"body over {self.max_bytes} bytes")
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        data = b"".join(chunks)
        if _SURROGATE_ESCAPE.search(data):
            try:
                where = unpaired_surrogate(json.loads(data))
            except ValueError:
                where = None  # not JSON: the route's own parser says what is wrong
            if where is not None:
                text = f"{where}: text holds an unpaired surrogate (e.g. \\ud800); send valid Unicode"
                await self._refuse(send, 422, "bad_request", text)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as the server would

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(send: Send, status: int, code: str, message: str) -> None:
        body = json.dumps({"error": {"code": code, "message": message}}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
