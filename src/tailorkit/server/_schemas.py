"""The HTTP API's request bodies (responses are the engine's own ``as_dict`` documents)."""

from typing import Annotated, Any, Literal

from fastapi import Path
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

__all__ = [
    "ChatHistoryIn",
    "ChatIn",
    "EventIn",
    "EventsIn",
    "FeedbackIn",
    "MemoryIn",
    "Number",
    "OpenAIChatIn",
    "OpenAIMessage",
    "PathId",
    "ProfilePatch",
    "RecordsIn",
    "RowId",
    "TrainIn",
]


def _not_a_boolean(value: Any) -> Any:
    if isinstance(value, bool):  # JSON true is not the number 1
        raise ValueError("a number, not a boolean")
    return value


Number = Annotated[float, BeforeValidator(_not_a_boolean)]
MAX_ROW_ID = 2**63 - 1
"""The largest id a row can have (a signed 64-bit integer in SQLite and PostgreSQL)."""
RowId = Annotated[int, Field(ge=1, le=MAX_ROW_ID)]
"""A row's id in a body or a tool's arguments: past the store's range it is a 422, not a crash."""
PathId = Annotated[int, Path(ge=1, le=MAX_ROW_ID)]
"""A row's id in a path."""


class EventIn(BaseModel):
    user: str = Field(min_length=1, max_length=256)
    kind: str
    item: str | None = None
    value: Number | None = None
    text: str | None = Field(None, max_length=20_000)
    timestamp: float | str | None = None
    key: str | None = None
    meta: dict[str, Any] | None = None


class EventsIn(BaseModel):
    events: list[EventIn]


class RecordsIn(BaseModel):
    records: list[dict[str, Any]]


class MemoryIn(BaseModel):
    text: str = Field(min_length=1, max_length=5_000)
    as_is: bool = False
    kind: Literal["fact", "preference", "event", "instruction"] = "fact"


class ChatHistoryIn(BaseModel):
    """Messages in the OpenAI format (``role``, ``content``, optional ``time``); all of this user's."""

    messages: list[dict[str, Any]] = Field(min_length=1)


class ProfilePatch(BaseModel):
    attributes: dict[str, Any]


class ChatIn(BaseModel):
    message: str = Field(min_length=1, max_length=20_000)
    conversation_id: RowId | None = None
    domain: str | None = None
    personalised: bool = True
    stream: bool = False
    documents: bool | None = None
    """Ground the answer on the tenant's documents (default: in the domains configured for it)."""


class FeedbackIn(BaseModel):
    value: Number
    turn_id: RowId | None = None
    item: str | None = None
    accept: bool = False


class TrainIn(BaseModel):
    algorithm: str = "ease"
    params: dict[str, Any] = Field(default_factory=dict)
    """Hyperparameters, as ``tailorkit train -p key=value`` takes them."""
    kinds: list[str] | None = None
    """Event kinds that count as interactions (default: rate, purchase, like, click, view, cart)."""


class TuneIn(BaseModel):
    """One LoRA adapter to train: for a user, or for a segment of users (``key=value``)."""

    user: str | None = Field(None, min_length=1, max_length=256)
    segment: str | None = Field(None, min_length=3, max_length=256, pattern=r"^[^=]+=.+$")


class ContentPart(BaseModel):
    """One part of a message's content; only text parts are read."""

    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class OpenAIMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class ResponseFormat(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: Literal["text", "json_object", "json_schema"] = "text"
    json_schema: dict[str, Any] | None = None


class OpenAIChatIn(BaseModel):
    """OpenAI's chat completion request. Fields it does not know are kept (a proxied request forwards
    them) and otherwise ignored, as OpenAI-compatible servers do."""

    model_config = ConfigDict(extra="allow")
    model: str | None = None
    messages: list[OpenAIMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    user: str | None = None
    max_tokens: int | None = Field(None, ge=1, le=32_768)
    max_completion_tokens: int | None = Field(None, ge=1, le=32_768)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, gt=0, le=1)
    stop: str | list[str] | None = None
    seed: int | None = Field(None, ge=-(2**63), le=2**63 - 1)
    n: int = Field(1, ge=1, le=128)
    response_format: ResponseFormat | None = None
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    tools: list[dict[str, Any]] | None = None
    tool_choice: Any = None
    store: bool = False
    """Store the exchange as the user's conversation turns (``metadata.conversation_id`` continues one)."""
    metadata: dict[str, str] | None = None


# -- the app ------------------------------------------------------------------------------------------
