"""A light HTTP/1.1 load generator for the benchmarks: ``connections`` keep-alive connections on one
asyncio loop, each sending the next prepared request as soon as its last answer is read.

The requests are encoded before the clock starts and each answer is read by its Content-Length only, so
the client costs a few tens of microseconds a request: on a 2-core machine shared with the server, a
general-purpose client (httpx: about 1 ms a request) would measure itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit


def request(method: str, path: str, host: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    """One HTTP/1.1 request, encoded."""
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _run(
    base: str, requests: Sequence[bytes], connections: int, answer: Callable[[int, bytes], None]
) -> None:
    url = urlsplit(base)
    queue = iter(requests)

    async def connection() -> None:
        reader, writer = await asyncio.open_connection(url.hostname, url.port)
        try:
            for raw in queue:
                writer.write(raw)
                head = await reader.readuntil(b"\r\n\r\n")
                status = int(head[9:12])
                length = 0
                for line in head.split(b"\r\n")[1:]:
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                answer(status, await reader.readexactly(length))
        finally:
            writer.close()

    await asyncio.gather(*(connection() for _ in range(connections)))


def load(
    base: str, requests: Sequence[bytes], connections: int, answer: Callable[[int, bytes], None]
) -> float:
    """Send every request over ``connections`` connections; ``answer(status, body)`` sees each answer.
    Returns the seconds it took."""
    started = time.perf_counter()
    asyncio.run(_run(base, requests, connections, answer))
    return time.perf_counter() - started
