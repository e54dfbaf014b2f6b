"""Group commit for the live event routes: events sent by concurrent requests are written together.

Writing a few events costs about the same whatever their number: the id lookups, the insert, the
profile fold and the commit are some ten statements, several milliseconds, while each event adds
microseconds. So while one group is being written (in a worker thread), the requests that arrive wait
on the event loop, and when the write ends everything that queued meanwhile is written as the next
group, one batch in one transaction (the group commit of databases' logs). A lone request waits for
nothing; under load each write carries many requests' events, and a waiting request holds no thread.

Each request still gets its own answer: which of its events were new. Every check runs before anything
is written, so a group that fails (a bad record, a key reused for other content, a store error) wrote
nothing, and its requests are then written one by one: each gets its own answer or its own error, never
another's.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any

import anyio.to_thread

__all__ = ["GroupCommit"]

Write = Callable[[list[Any]], list[bool]]
"""Write records in one transaction; per record, whether it was new."""
Outcome = list[bool] | Exception


class GroupCommit:
    """Write each request's events through ``write``, together with those of the requests that queue
    while a write runs; at most ``most`` events a group. For one event loop (the server's)."""

    def __init__(self, write: Write, most: int) -> None:
        self._write, self._most = write, most
        self._queue: deque[tuple[list[Any], asyncio.Future[list[bool]]]] = deque()
        self._writer: asyncio.Task[None] | None = None

    async def submit(self, records: list[Any]) -> list[bool]:
        """Write ``records`` (at once, or in the next group); per record, whether it was new.

        Raises whatever ``write`` raised for these records written alone.
        """
        future: asyncio.Future[list[bool]] = asyncio.get_running_loop().create_future()
        self._queue.append((records, future))
        if self._writer is None:
            self._writer = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        group: list[tuple[list[Any], asyncio.Future[list[bool]]]] = []
        try:
            while self._queue:
                group = [self._queue.popleft()]
                size = len(group[0][0])
                while self._queue and size + len(self._queue[0][0]) <= self._most:
                    group.append(self._queue.popleft())
                    size += len(group[-1][0])
                outcomes = await anyio.to_thread.run_sync(self._run, [records for records, _ in group])
                for (_, future), outcome in zip(group, outcomes, strict=True):
                    if future.done():  # its request went away (the write stands: events are idempotent)
                        continue
                    if isinstance(outcome, Exception):
                        future.set_exception(outcome)
                    else:
                        future.set_result(outcome)
                group = []
        except BaseException as exc:  # the loop is shutting down: no request is left waiting
            for _, future in [*group, *self._queue]:
                if not future.done():
                    future.set_exception(RuntimeError(f"the event write was interrupted: {exc!r}"))
            self._queue.clear()
            raise
        finally:
            self._writer = None

    def _run(self, requests: list[list[Any]]) -> list[Outcome]:
        """The group's outcomes, one per request (in a worker thread)."""
        try:
            new = self._write([r for records in requests for r in records])
        except Exception as exc:
            if len(requests) == 1:
                return [exc]
            return [self._alone(records) for records in requests]  # nothing was written: each alone
        outcomes: list[Outcome] = []
        start = 0
        for records in requests:
            outcomes.append(new[start : start + len(records)])
            start += len(records)
        return outcomes

    def _alone(self, records: list[Any]) -> Outcome:
        try:
            return self._write(records)
        except Exception as exc:
            return exc
