"""Request bodies checked before any route sees them: their size, counted on the bytes actually
received (a chunked upload declares none), and their text, which must be valid Unicode; and event
batches read from JSON or NDJSON bodies, gzipped or not."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["NDJSON_TYPES", "BodyGuard", "event_records", "unpaired_surrogate"]

NDJSON_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines", "application/ndjson")
"""Content types read as one JSON event per line."""

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


def event_records(
    data: bytes, content_type: str, encoding: str, max_bytes: int, *, one: bool = False
) -> list[Any]:
    """The events of a request body: a JSON array, ``{"events": [...]}`` or one JSON object per line
    (NDJSON content types); with ``one``, a single JSON object. Gzip-compressed when ``encoding`` says
    so (at most ``max_bytes`` uncompressed). Raises ``ApiError`` (415, 413, 422) naming what is wrong
    and where."""
    import orjson

    from tailorkit.errors import ApiError

    encoding = encoding.strip().lower()
    if encoding == "gzip":
        inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            out = inflate.decompress(data, max_bytes + 1)
        except zlib.error as exc:
            raise ApiError(422, "bad_request", f"body: not gzip data ({exc})") from None
        if len(out) > max_bytes or inflate.unconsumed_tail:
            raise ApiError(413, "too_large", f"body over {max_bytes} bytes once decompressed")
        data = out
    elif encoding not in ("", "identity"):
        raise ApiError(415, "unsupported_media_type", f"Content-Encoding {encoding!r}: send gzip or none")
    kind = content_type.split(";")[0].strip().lower()
    if kind in NDJSON_TYPES and not one:
        records = []
        for number, line in enumerate(data.split(b"\n"), 1):
            if not line.strip():
                continue
            try:
                records.append(orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                raise ApiError(422, "bad_request", f"body line {number}: not JSON ({exc})") from None
        return records
    if kind not in ("", "application/json") and not kind.endswith("+json"):
        wanted = ", ".join(("application/json", *NDJSON_TYPES))
        raise ApiError(415, "unsupported_media_type", f"Content-Type {kind!r}: send one of {wanted}")
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ApiError(422, "bad_request", f"body: not JSON ({exc})") from None
    if one:
        if not isinstance(value, dict):
            raise ApiError(422, "bad_request", "body: expected one event, a JSON object")
        return [value]
    if isinstance(value, dict) and isinstance(value.get("events"), list):
        return list(value["events"])
    if isinstance(value, list):
        return value
    raise ApiError(422, "bad_request", 'body: expected a JSON array of events or {"events": [...]}')
