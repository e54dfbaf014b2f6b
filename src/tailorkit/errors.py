"""The exceptions tailorkit raises. Every message says what is wrong, where, and what to do.

Hierarchy, with the HTTP status and error code each one answers with (the server maps errors from these
attributes alone, as one table)::

    TailorkitError                        500 internal
    ├── ConfigError                       500 config       a setting or config file is invalid
    ├── StoreError                        503 store_unavailable  the database cannot be opened or written
    ├── InputError (ValueError)           422 bad_request  bad input from a caller: arguments, records
    │   ├── IngestError                   422 bad_request  a file or batch failed validation (every Problem)
    │   ├── ConflictError                 409 conflict     an idempotency key was used for other content
    │   └── TuningError                   422 bad_request  no adapter: too little data, no consent, no gain
    ├── ExtractionError                   422 bad_request  memory extraction stayed invalid after retries
    ├── ChatModelError                    503 model_unavailable  a chat model is unreachable or failed
    ├── NotFoundError (KeyError)          404 not_found    something looked up does not exist
    │   ├── UserNotFoundError
    │   ├── ItemNotFoundError
    │   ├── MemoryNotFoundError
    │   └── DatasetNotFoundError
    ├── MissingExtraError (ImportError)   501 not_installed  an optional dependency; names the extra
    └── ApiError                          (its own)        a refusal of the HTTP API (401, 403, 413, 429 ...)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

__all__ = [
    "ApiError",
    "ChatModelError",
    "ConfigError",
    "ConflictError",
    "DatasetNotFoundError",
    "ExtractionError",
    "IngestError",
    "InputError",
    "ItemNotFoundError",
    "MemoryNotFoundError",
    "MissingExtraError",
    "NotFoundError",
    "Problem",
    "StoreError",
    "TailorkitError",
    "TuningError",
    "UserNotFoundError",
]


class TailorkitError(Exception):
    """Base class of every error tailorkit raises on purpose."""

    http_status: ClassVar[int] = 500
    """The HTTP status the server answers this error with."""
    code: ClassVar[str] = "internal"
    """The machine-readable ``error.code`` of the server's answer."""


class ConfigError(TailorkitError):
    """A setting, environment variable or config file is invalid."""

    code = "config"


class StoreError(TailorkitError):
    """The database cannot be opened, migrated or written."""

    http_status, code = 503, "store_unavailable"


class InputError(TailorkitError, ValueError):
    """Bad input from a caller."""

    http_status, code = 422, "bad_request"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input record.

    Attributes:
        source: the file name or a label such as ``<records>``.
        line: 1-based line of a text file (row number for Parquet and in-memory records); 0 if none.
        field: the column as the input names it, or None when the problem is the whole record.
        message: what is wrong.
    """

    source: str
    line: int
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        if self.field:
            return f"{where}: field {self.field!r}: {self.message}"
        return f"{where}: {self.message}"


class IngestError(InputError):
    """Input failed validation; nothing from it was written (``on_error='fail'``).

    Attributes:
        problems: the problems found, at most ``Settings.ingest.max_reported_errors``.
        total: how many problems there were in all.
    """

    def __init__(self, problems: Sequence[Problem], total: int | None = None, hint: str = "") -> None:
        self.problems = list(problems)
        self.total = total if total is not None else len(self.problems)
        first = str(self.problems[0]) if self.problems else "invalid input"
        more = (
            f" (and {self.total - 1} more problem{'s' if self.total > 2 else ''})" if self.total > 1 else ""
        )
        hint = hint or "nothing was written; fix the input, or pass on_error='skip' (--on-error skip)"
        super().__init__(f"{first}{more}; {hint}")


class ConflictError(InputError):
    """An event's idempotency key was used before, by the same user, for different content: the
    batch is refused whole (nothing written), rather than the new event silently counted "unchanged".
    """

    http_status, code = 409, "conflict"


class TuningError(InputError):
    """A user or segment cannot get an adapter (too little data, no consent, no gain)."""


class ChatModelError(TailorkitError):
    """A chat model could not answer: its server is unreachable or slow, or it answered an error.

    Attributes:
        status: the HTTP status of a server's error answer, when there was one.
    """

    http_status, code = 503, "model_unavailable"

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ExtractionError(TailorkitError):
    """A model was asked for memories as JSON and kept answering something invalid.

    Attributes:
        message: the user message the memories were to come from (it was not dropped silently).
        output: the model's last answer.
        reason: what was wrong with it.
    """

    http_status, code = 422, "bad_request"

    def __init__(self, message: str, output: str, reason: str, attempts: int) -> None:
        self.message, self.output, self.reason, self.attempts = message, output, reason, attempts
        shown = output if len(output) <= 200 else output[:200] + "..."
        super().__init__(
            f"memory extraction failed after {attempts} attempts: {reason}; last model output: {shown!r}"
        )


class NotFoundError(TailorkitError, KeyError):
    """Something looked up does not exist."""

    http_status, code = 404, "not_found"

    def __str__(self) -> str:  # KeyError would show the repr of the message
        return str(self.args[0]) if self.args else ""


class UserNotFoundError(NotFoundError):
    """No user with this id in this tenant."""


class ItemNotFoundError(NotFoundError):
    """No item with this id in this tenant."""


class MemoryNotFoundError(NotFoundError):
    """No memory with this id belongs to this user."""


class DatasetNotFoundError(NotFoundError):
    """No data set of this name is registered, or its files are not where they were looked for."""


class MissingExtraError(TailorkitError, ImportError):
    """An optional dependency is missing."""

    http_status, code = 501, "not_installed"

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.package, self.extra = package, extra
        super().__init__(
            f"{feature} needs the {package!r} package; install it with: pip install 'tailorkit[{extra}]'"
        )


class ApiError(TailorkitError):
    """The HTTP API refuses a request for a reason of its own (no key, another user's data, too large, too
    many): it carries its status and code itself.

    Attributes:
        http_status: the status to answer with.
        code: the ``error.code`` to answer with.
    """

    def __init__(self, status: int, code: str, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.http_status, self.code = status, code  # type: ignore[misc]
        self.param = param
        """The request field at fault (OpenAI's ``error.param``), where there is one."""
