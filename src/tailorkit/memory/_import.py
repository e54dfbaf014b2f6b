"""Importing chat histories: the same path as live chat, idempotent on re-run.

A history is a sequence of messages in the OpenAI message format (``role``, ``content`` as a string or
an array of content parts), each optionally with ``time`` (ISO 8601 or epoch seconds) and ``user`` (whose
message it is). Every user message goes where a live one goes: it is logged as a ``message`` event (with
an idempotency key, so a re-run finds it already there and skips it) and remembered (``remember``, with
the assistant's previous answer as its context and its time as when it was said). Messages are
validated first (a bad one is reported by line and field, and nothing is written); each batch of
messages is one transaction.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tailorkit.data import EventKind, ingest
from tailorkit.errors import IngestError, InputError, Problem

if TYPE_CHECKING:
    from tailorkit.memory._service import MemoryService

__all__ = ["ChatMessage", "ImportReport", "import_chat", "read_chat", "validate_chat"]

_ROLES = frozenset({"system", "user", "assistant", "tool", "developer"})
MAX_CONTENT = 100_000
MAX_PROBLEMS = 20
"""The bad messages an error names (it counts them all)."""


@dataclass(frozen=True)
class ChatMessage:
    """One validated message of a history."""

    line: int
    role: str
    content: str
    user: str | None
    time: float | None


@dataclass
class ImportReport:
    messages: int = 0
    """Messages read (every role)."""
    remembered: int = 0
    """User messages taken in this time (logged and remembered)."""
    already_imported: int = 0
    """User messages a previous import already took (skipped)."""
    memories: int = 0
    """Memories added or changed by what was taken."""
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Messages per second."""
        return self.messages / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "messages_per_second": round(self.rate, 1)}


def _text(content: Any, where: str) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts: the text ones count, images and audio have none
        parts = []
        for k, part in enumerate(content):
            if not isinstance(part, Mapping) or "type" not in part:
                raise InputError(f"{where}: field 'content[{k}]' must be an object with a 'type'")
            if part["type"] == "text":
                if not isinstance(part.get("text"), str):
                    raise InputError(f"{where}: field 'content[{k}].text' must be a string")
                parts.append(part["text"])
        return "\n".join(parts)
    if content is None:
        return ""
    raise InputError(f"{where}: field 'content' must be a string or an array of content parts")


def _time(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise InputError(f"{where}: field 'time' must be ISO 8601 text or epoch seconds, not {value!r}")
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise InputError(f"{where}: field 'time' is not an ISO 8601 time: {value[:40]!r}") from None
        return parsed.timestamp()
    raise InputError(f"{where}: field 'time' must be ISO 8601 text or epoch seconds")


def validate_chat(records: Iterable[Any], *, label: str = "messages") -> list[ChatMessage]:
    """Check every message: ``IngestError`` names each bad one (up to ``MAX_PROBLEMS``) by its line and
    field, in order, and nothing is imported."""
    out: list[ChatMessage] = []
    problems: list[Problem] = []
    total = 0
    for n, record in enumerate(records, 1):
        where = f"{label}:{n}"
        try:
            out.append(_message(n, record, where))
        except InputError as exc:
            total += 1
            if len(problems) < MAX_PROBLEMS:
                problems.append(Problem(label, n, None, str(exc).removeprefix(f"{where}: ")))
    if problems:
        raise IngestError(problems, total, hint="nothing was imported; fix those lines")
    return out


@dataclass(frozen=True)
class _Unreadable:
    """A line of a history file that is not JSON (named among the other bad lines)."""

    why: str


def _message(n: int, record: Any, where: str) -> ChatMessage:
    if isinstance(record, _Unreadable):
        raise InputError(f"{where}: not valid JSON: {record.why}")
    if not isinstance(record, Mapping):
        raise InputError(f"{where}: a message must be a JSON object")
    role = record.get("role")
    if role not in _ROLES:
        raise InputError(f"{where}: field 'role' must be one of {sorted(_ROLES)}, got {role!r}")
    content = _text(record.get("content"), where)
    if len(content) > MAX_CONTENT:
        raise InputError(f"{where}: field 'content' is over {MAX_CONTENT:,} characters")
    user = record.get("user")
    if user is not None and (
        not isinstance(user, str | int) or isinstance(user, bool) or not str(user).strip()
    ):
        raise InputError(f"{where}: field 'user' must be a non-empty string")
    return ChatMessage(
        n, str(role), content, None if user is None else str(user), _time(record.get("time"), where)
    )


def read_chat(path: Path) -> list[ChatMessage]:
    """A JSON-lines history file, validated (``IngestError`` names the file, each bad line and field)."""
    records: list[Any] = []
    with path.open(encoding="utf-8-sig") as f:
        for line in f:
            if not line.strip():
                records.append({"role": "system", "content": ""})  # keeps line numbers; ignored below
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                records.append(_Unreadable(exc.msg))
    return validate_chat(records, label=str(path))


def import_chat(
    service: MemoryService,
    messages: Sequence[ChatMessage],
    *,
    user: str | None = None,
    source_name: str = "import",
    batch_size: int = 200,
    progress: Callable[[int, int], None] | None = None,
    fold: Callable[[Sequence[tuple[Any, ...]]], Any] | None = None,
) -> ImportReport:
    """Take a validated history through the chat path (see the module). ``user``: whose messages those
    without a ``user`` field are (``InputError`` when a user message has neither); ``fold``: what takes
    each message's stored event into the profiles, as a live chat's are (``ProfileService.fold_events``),
    in the same transaction."""
    for m in messages:
        if m.role == "user" and m.user is None and user is None:
            raise InputError(f"{source_name}:{m.line}: field 'user' is missing and no --user was given")
    report = ImportReport(messages=len(messages))
    started = time.perf_counter()
    store = service.store
    heard: dict[str, str] = {}
    told: dict[str, str] = {}  # each user's message before: whom "She ..." stands for
    seen: Counter[tuple[str, str, float | None, str]] = Counter()
    for start in range(0, len(messages), batch_size):
        with store.unit_of_work():
            for m in messages[start : start + batch_size]:
                who = m.user or user
                assert who is not None
                if m.role == "assistant":
                    heard[who] = m.content
                    continue
                if m.role != "user" or not m.content.strip():
                    continue
                said = (who, m.role, m.time, m.content)
                seen[said] += 1  # the same words at the same time twice are two messages
                key = hashlib.sha256(json.dumps([*said, seen[said]]).encode()).hexdigest()[:32]
                event: dict[str, Any] = {"user": who, "kind": EventKind.MESSAGE, "text": m.content}
                event["key"] = f"chat:{key}"
                if m.time is not None:
                    event["timestamp"] = m.time
                stored = ingest(
                    store,
                    service.tenant,
                    "events",
                    [event],
                    source_name=source_name,
                    track_new=fold is not None,
                )
                if not stored.written:
                    report.already_imported += 1
                    continue
                if fold is not None and stored.new_events:
                    fold(stored.new_events)
                changes = service.remember(
                    who,
                    m.content,
                    source={"import": source_name, "line": m.line},
                    context=heard.get(who),
                    said_at=m.time,
                    before=told.get(who),
                )
                told[who] = m.content
                report.remembered += 1
                report.memories += sum(c.action in ("added", "superseded", "reinforced") for c in changes)
        if progress:
            progress(min(start + batch_size, len(messages)), len(messages))
    report.seconds = time.perf_counter() - started
    return report
