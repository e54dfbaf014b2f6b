"""The HTTP API: REST resources under ``/api``, an OpenAI-compatible ``/v1``, health and readiness.

Every route but health needs an API key (``Authorization: Bearer tk_...`` or ``X-API-Key``). The key
decides the tenant; nothing in a request can choose another. An end-user key reaches only its own user:
any other user id answers 404, exactly like a user that does not exist, so ids cannot be probed.

(No ``from __future__ import annotations`` here: FastAPI reads the route signatures, which name types
local to ``create_app``.)
"""

import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from fastapi.telemetry import TelemetryConfig
from pydantic import BaseModel, BeforeValidator, Field
from sqlalchemy import select
from starlette.exceptions import HTTPException as StarletteHTTPException

from tailorkit.config import Settings
from tailorkit.engine import Engine
from tailorkit.errors import ApiError, ConfigError, TailorkitError
from tailorkit.llm import ChatModel
from tailorkit.privacy import audit
from tailorkit.server._auth import Caller, verify_key
from tailorkit.server._body import BodyGuard
from tailorkit.store import Store, User, external_id

STATIC = Path(__file__).parent / "static"

__all__ = ["create_app"]

log = logging.getLogger(__name__)


# -- request bodies ---------------------------------------------------------------------------------


def _not_a_boolean(value: Any) -> Any:
    if isinstance(value, bool):  # JSON true is not the number 1
        raise ValueError("a number, not a boolean")
    return value


Number = Annotated[float, BeforeValidator(_not_a_boolean)]


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


class ProfilePatch(BaseModel):
    attributes: dict[str, Any]


class ChatIn(BaseModel):
    message: str = Field(min_length=1, max_length=20_000)
    conversation_id: int | None = None
    domain: str | None = None
    personalised: bool = True
    stream: bool = False


class FeedbackIn(BaseModel):
    value: Number
    turn_id: int | None = None
    item: str | None = None
    accept: bool = False


class TrainIn(BaseModel):
    algorithm: str = "ease"
    params: dict[str, Any] = Field(default_factory=dict)
    """Hyperparameters, as ``tailorkit train -p key=value`` takes them."""
    kinds: list[str] | None = None
    """Event kinds that count as interactions (default: rate, purchase, like, click, view, cart)."""


class OpenAIMessage(BaseModel):
    role: Literal["system", "user", "assistant"]
    content: str


class OpenAIChatIn(BaseModel):
    model: str | None = None
    messages: list[OpenAIMessage] = Field(min_length=1)
    stream: bool = False
    user: str | None = None
    max_tokens: int | None = Field(None, ge=1, le=4096)
    temperature: float | None = Field(None, ge=0, le=2)


# -- the app ------------------------------------------------------------------------------------------


class _Limiter:
    """At most ``rate`` requests per key (or the key's own limit) in any 60 seconds (a moving window),
    counted in ``limits`` storage: this process's memory, or a store shared by several workers."""

    def __init__(self, rate: int, storage_uri: str = "memory://") -> None:
        from limits import storage, strategies

        self.rate = rate
        try:
            counts = storage.storage_from_string(storage_uri)
        except Exception as exc:  # limits' ConfigurationError, or the backend's driver missing
            raise ConfigError(f"setting 'server.rate_limit_storage' ({storage_uri!r}): {exc}") from None
        self._limiter = strategies.MovingWindowRateLimiter(counts)

    def allow(self, key_id: int, rate: int | None = None) -> bool:
        from limits import RateLimitItemPerMinute

        return bool(self._limiter.hit(RateLimitItemPerMinute(rate or self.rate), "api-key", str(key_id)))


def create_app(store: Store, settings: Settings, model: ChatModel | None = None) -> FastAPI:
    """The API over ``store``; ``model`` answers chats (default: the configured backend, loaded once).

    The web page at ``/`` never gets a key from the server: it takes one typed in, or from the link's
    fragment (``/#key=...``) that ``tailorkit serve --demo-key`` prints.
    """
    # FastAPI records OpenTelemetry spans, metrics and error logs (paths carry user ids, errors carry
    # their messages) wherever the process has a provider, and exports them when the environment asks:
    # nothing about users leaves the server that way unless an operator builds it in on purpose.
    off = TelemetryConfig(
        tracing=False, metrics=False, logs=False, operation_spans=False, auto_configure=False
    )
    app = FastAPI(title="tailorkit", version="0.1.0", description=__doc__, telemetry=off)
    server = settings.server
    engines: dict[str, Engine] = {}
    engines_lock = threading.Lock()
    shared: dict[str, ChatModel] = {}
    limiter = _Limiter(server.rate_per_minute, server.rate_limit_storage)

    def chat_model() -> ChatModel:
        if "model" not in shared:
            from tailorkit.llm import chat_model as build

            shared["model"] = model or build(settings.llm)
        return shared["model"]

    def engine_for(tenant: str) -> Engine:
        with engines_lock:
            if tenant not in engines:
                engine = Engine(store, settings.model_copy(update={"tenant": tenant}, deep=True))
                engines[tenant] = engine
            engine = engines[tenant]
        if engine._chat_model is None:
            engine.chat_model = chat_model()
        return engine

    # FastAPI's security helpers parse the credentials and declare both schemes in the OpenAPI document
    bearer = HTTPBearer(auto_error=False, description="an API key: `Authorization: Bearer tk_...`")
    header_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="the same key, as a header")

    def caller(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
        x_api_key: Annotated[str | None, Depends(header_key)],
    ) -> Caller:
        key = x_api_key or (credentials.credentials if credentials else None)
        if not key:
            raise ApiError(401, "unauthenticated", "send an API key: 'Authorization: Bearer tk_...'")
        who = verify_key(store, key)
        if who is None:
            raise ApiError(401, "unauthenticated", "unknown or revoked API key")
        if not limiter.allow(who.key_id, who.rate_per_minute):
            rate = who.rate_per_minute or server.rate_per_minute
            raise ApiError(429, "rate_limited", f"more than {rate} requests a minute for this key")
        return who

    Auth = Annotated[Caller, Depends(caller)]  # noqa: N806 (a type alias)

    def for_user(who: Caller, user: str, action: str) -> Engine:
        """The caller's engine, once the caller may act on ``user``; the access goes to the audit log.

        ``user`` is compared in the store's normal form (``external_id``), the form every route and
        file load writes: one id is one user whichever route names it.
        """
        clean = external_id(user, "user")
        if who.user is not None and who.user != clean:
            raise ApiError(404, "not_found", f"no user {user[:80]!r}")  # the same answer as a missing user
        audit(store, who.tenant, f"key:{who.key_id}", action, clean)
        return engine_for(who.tenant)

    # Size and text checks on the bytes received (a chunked body declares no length)
    app.add_middleware(BodyGuard, max_bytes=server.max_body_bytes)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        # The documented error shape for every 4xx: what is wrong and where, no input echoed back.
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()
        ]
        message = "; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else "")
        return JSONResponse({"error": {"code": "bad_request", "message": message}}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "bad_request")
        return JSONResponse(
            {"error": {"code": code, "message": str(exc.detail)}}, exc.status_code, headers=exc.headers
        )

    @app.exception_handler(TailorkitError)
    async def tailorkit_error(_: Request, exc: TailorkitError) -> JSONResponse:
        # One table: each error class carries its status and code (errors.py). A server fault's own
        # message stays in the log (it may name files or the database); the caller gets its code.
        if exc.http_status >= 500 and exc.code not in ("model_unavailable", "not_installed"):
            log.error("request failed: %s", type(exc).__name__, exc_info=exc)
            return JSONResponse({"error": {"code": exc.code, "message": "internal error"}}, exc.http_status)
        return JSONResponse({"error": {"code": exc.code, "message": str(exc)}}, exc.http_status)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return JSONResponse({"error": {"code": "internal", "message": "internal error"}}, 500)

    # -- health ------------------------------------------------------------------------------------

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", tags=["health"])
    def ready() -> dict[str, Any]:
        store.tenant_id(settings.tenant)
        return {"status": "ready", "database": store.dialect}

    # -- web page ----------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/ui/config", include_in_schema=False)
    def ui_config() -> dict[str, Any]:
        return {"demo_user": "1"}

    @app.get("/api/users", tags=["users"])
    def list_users(who: Auth, limit: int = Query(50, ge=1, le=1000)) -> list[str]:
        if who.user is not None:
            return [who.user]
        with store.read() as conn:
            rows = conn.execute(
                select(User.external_id)
                .where(User.tenant_id == store.tenant_id(who.tenant))
                .order_by(User.id)
                .limit(limit)
            ).scalars()
            return [str(r) for r in rows]

    # -- data in -----------------------------------------------------------------------------------

    @app.post("/api/events", tags=["data"])
    def post_events(body: EventsIn, who: Auth) -> dict[str, Any]:
        if len(body.events) > server.max_batch:
            raise ApiError(413, "too_large", f"at most {server.max_batch} events per request")
        if who.user is not None and any(external_id(e.user, "user") != who.user for e in body.events):
            raise ApiError(404, "not_found", "events may only name the token's own user")
        catalogue_only(who, [e.item for e in body.events if e.item])
        records = [e.model_dump(exclude_none=True) for e in body.events]
        report = engine_for(who.tenant).ingest_events(records, update_profiles=True, source_name="api")
        return {"written": report.written, "unchanged": report.unchanged, "rejected": report.rejected}

    def catalogue_only(who: Caller, items: list[str]) -> None:
        """An end-user token names only items of the catalogue: the catalogue is the application's
        (an item made up by a user would outlive their erase, in the table and in trained models)."""
        if who.user is None or not items:
            return
        wanted = {external_id(i, "item") for i in items}
        unknown = sorted(wanted - store.item_titles(who.tenant, wanted).keys())
        if unknown:
            raise ApiError(404, "not_found", f"no item {unknown[0][:80]!r} in the catalogue")

    def application_only(who: Caller, doing: str) -> None:
        """Refuse what only an application key may do to an end-user token."""
        if who.user is not None:
            raise ApiError(403, "forbidden", f"an end-user token cannot {doing}")

    def application_batch(who: Caller, records: list[dict[str, Any]], what: str) -> Engine:
        application_only(who, f"write {what}")
        if len(records) > server.max_batch:
            raise ApiError(413, "too_large", f"at most {server.max_batch} records per request")
        return engine_for(who.tenant)

    @app.post("/api/users", tags=["data"])
    def post_users(body: RecordsIn, who: Auth) -> dict[str, Any]:
        return {"written": application_batch(who, body.records, "users").ingest_users(body.records).written}

    @app.post("/api/items", tags=["data"])
    def post_items(body: RecordsIn, who: Auth) -> dict[str, Any]:
        return {"written": application_batch(who, body.records, "items").ingest_items(body.records).written}

    @app.get("/api/items/{item}", tags=["data"])
    def get_item(item: str, who: Auth) -> dict[str, Any]:
        row = engine_for(who.tenant).item(item)
        return {k: row[k] for k in ("external_id", "title", "text", "tags", "attributes")}

    @app.get("/api/users/{user}", tags=["users"])
    def get_user(user: str, who: Auth) -> dict[str, Any]:
        row = for_user(who, user, "read user").user(user)
        return {k: row[k] for k in ("external_id", "attributes", "locale")} | {
            k: bool(row[k]) for k in ("consent_profiling", "consent_memory", "consent_tuning")
        }

    # -- profile, memories, recommendations ------------------------------------------------------------

    @app.get("/api/users/{user}/profile", tags=["profiles"])
    def get_profile(user: str, who: Auth, evidence: bool = False) -> dict[str, Any]:
        engine = for_user(who, user, "read profile")
        profile = engine.profile(user).as_dict()
        if evidence:
            profile["evidence"] = {
                i["feature"]: engine.profiles.evidence(user, i["feature"], 5) for i in profile["likes"][:10]
            }
        return profile

    @app.patch("/api/users/{user}/profile", tags=["profiles"])
    def patch_profile(user: str, body: ProfilePatch, who: Auth) -> dict[str, Any]:
        # Attributes are the application's record of who the user is, and they choose the user's segment
        # and so the segment adapter that answers them (trained on the other members' texts): a user
        # could otherwise declare themselves into a segment. A user's own statements go through chat
        # and memories instead.
        engine = for_user(who, user, "change profile")
        application_only(who, "change attributes (the application sets them)")
        for key, value in body.attributes.items():
            engine.profiles.set(user, key, value)
        return engine.profile(user).as_dict()

    @app.delete("/api/users/{user}/profile/{feature}", tags=["profiles"])
    def forget_feature(user: str, feature: str, who: Auth) -> dict[str, str]:
        for_user(who, user, "forget interest").profiles.forget(user, feature)
        return {"forgotten": feature}

    @app.get("/api/users/{user}/memories", tags=["memories"])
    def list_memories(
        user: str, who: Auth, history: bool = False, limit: int = Query(100, ge=1, le=1000)
    ) -> list[dict[str, Any]]:
        return [
            m.as_dict()
            for m in for_user(who, user, "read memories").memories.list(
                user, include_history=history, limit=limit
            )
        ]

    @app.get("/api/users/{user}/memories/search", tags=["memories"])
    def search_memories(
        user: str, who: Auth, q: str = Query(min_length=1, max_length=2000), k: int = Query(10, ge=1, le=100)
    ) -> list[dict[str, Any]]:
        return [h.as_dict() for h in for_user(who, user, "search memories").memories.search(user, q, k)]

    @app.post("/api/users/{user}/memories", tags=["memories"])
    def add_memory(user: str, body: MemoryIn, who: Auth) -> list[dict[str, Any]]:
        memories = for_user(who, user, "add memory").memories
        changes = memories.remember_or_keep(
            user, body.text, as_is=body.as_is, kind=body.kind, source={"api": True}
        )
        return [c.as_dict() for c in changes]

    @app.delete("/api/users/{user}/memories/{memory_id}", tags=["memories"])
    def forget_memory(user: str, memory_id: int, who: Auth) -> dict[str, Any]:
        return {"deleted": for_user(who, user, "forget memory").memories.forget(user, memory_id)}

    @app.get("/api/users/{user}/recommendations", tags=["recommendations"])
    def recommendations(
        user: str, who: Auth, n: int = Query(10, ge=1, le=100), explain: bool = True
    ) -> list[dict[str, Any]]:
        engine = for_user(who, user, "read recommendations")
        engine.user(user)  # 404 for unknown users, rather than popular items
        return [r.as_dict() for r in engine.recommend(user, n, explain=explain)]

    # -- chat, feedback ------------------------------------------------------------------------------

    def sse(pieces: Iterator[str], final: Any) -> Iterator[str]:
        try:
            for piece in pieces:
                yield f"data: {json.dumps({'delta': piece}, ensure_ascii=False)}\n\n"
            yield f"data: {json.dumps({'done': True, **final()}, ensure_ascii=False, default=str)}\n\n"
        except TailorkitError as exc:
            yield f"data: {json.dumps({'error': str(exc)})}\n\n"

    @app.post("/api/users/{user}/chat", tags=["chat"])
    def chat(user: str, body: ChatIn, who: Auth) -> Any:
        engine = for_user(who, user, "chat")
        if body.conversation_id is not None:
            engine.assistant.conversation(user, body.conversation_id)  # 404 unless it is this user's
        args = (user, body.message, body.conversation_id)
        if not body.stream:
            return engine.assistant.respond(
                *args, domain=body.domain, personalised=body.personalised
            ).as_dict()
        stream = engine.assistant.stream(*args, domain=body.domain, personalised=body.personalised)
        final = lambda: stream.answer.as_dict() if stream.answer else {}  # noqa: E731
        return StreamingResponse(sse(iter(stream), final), media_type="text/event-stream")

    @app.get("/api/users/{user}/conversations/{conversation_id}", tags=["chat"])
    def conversation(user: str, conversation_id: int, who: Auth) -> list[dict[str, Any]]:
        return for_user(who, user, "read conversation").assistant.conversation(user, conversation_id)

    @app.post("/api/users/{user}/feedback", tags=["chat"])
    def feedback(user: str, body: FeedbackIn, who: Auth) -> dict[str, Any]:
        assistant = for_user(who, user, "feedback").assistant
        catalogue_only(who, [body.item] if body.item else [])
        if body.accept:
            if body.item is None:
                raise ApiError(422, "bad_request", "accept needs an item")
            return assistant.accept(user, body.item)
        return assistant.feedback(user, body.value, turn=body.turn_id, item=body.item)

    # -- privacy ------------------------------------------------------------------------------------

    @app.get("/api/users/{user}/export", tags=["privacy"])
    def export(user: str, who: Auth) -> Any:
        return for_user(who, user, "export").export(user)

    @app.delete("/api/users/{user}", tags=["privacy"])
    def erase(user: str, who: Auth) -> dict[str, Any]:
        return for_user(who, user, "erase").erase(user)

    # -- the model registry (application keys only) -----------------------------------------------

    def registry_row(record: dict[str, Any]) -> dict[str, Any]:
        # the file's name only: where it lies on the server is not the caller's business
        row = {k: v for k, v in record.items() if k not in ("path", "tenant_id")}
        return row | {"file": Path(str(record["path"])).name}

    @app.get("/api/models", tags=["recommendations"])
    def list_models(who: Auth, algorithm: str | None = None) -> list[dict[str, Any]]:
        application_only(who, "see the model registry")
        return [registry_row(r) for r in store.models(who.tenant, algorithm)]

    @app.post("/api/models", tags=["recommendations"])
    def train_model(body: TrainIn, who: Auth) -> dict[str, Any]:
        """Fit a recommender on the tenant's events and register it; recommendations use it at once."""
        from tailorkit.recommend import DEFAULT_KINDS  # here: the server starts without the recommenders

        application_only(who, "train models")
        service = engine_for(who.tenant).recommender
        kinds = tuple(body.kinds or DEFAULT_KINDS)
        return registry_row(service.train(body.algorithm, kinds=kinds, **body.params))

    # -- OpenAI-compatible -------------------------------------------------------------------------

    @app.get("/v1/models", tags=["openai"])
    def models(who: Auth) -> dict[str, Any]:
        name = str(getattr(chat_model(), "model", "tailorkit"))
        return {
            "object": "list",
            "data": [{"id": "tailorkit", "object": "model", "owned_by": "tailorkit", "root": name}],
        }

    @app.post("/v1/chat/completions", tags=["openai"])
    def completions(
        body: OpenAIChatIn,
        who: Auth,
        x_tailorkit_user: Annotated[str | None, Header()] = None,
    ) -> Any:
        user = who.user or body.user or x_tailorkit_user
        last = body.messages[-1]
        if last.role != "user":
            raise ApiError(422, "bad_request", "the last message must be the user's")
        created, cid = int(time.time()), f"chatcmpl-{uuid.uuid4().hex}"
        engine = for_user(who, user, "chat") if user else engine_for(who.tenant)
        assistant = engine.assistant
        personal = user is not None
        name = user or "anonymous"
        sampling: dict[str, Any] = {"max_tokens": body.max_tokens, "temperature": body.temperature}
        if not body.stream:
            answer = assistant.respond(name, last.content, personalised=personal, **sampling)
            usage = {
                "prompt_tokens": answer.why.tokens.get("prompt", 0),
                "completion_tokens": answer.why.tokens.get("completion", 0),
            }
            usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
            message = {"role": "assistant", "content": answer.text}
            return {
                "id": cid, "object": "chat.completion", "created": created, "model": "tailorkit",
                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                "usage": usage,
            }  # fmt: skip
        stream = assistant.stream(name, last.content, personalised=personal, **sampling)

        def events() -> Iterator[str]:
            head = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": "tailorkit"}
            first = {**head, "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": None}]}
            yield f"data: {json.dumps(first)}\n\n"
            try:
                for piece in stream:
                    chunk = {
                        **head,
                        "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                    }
                    yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"
            except TailorkitError as exc:
                yield f"data: {json.dumps({'error': {'message': str(exc)}})}\n\n"
                return
            last_chunk = {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
            yield f"data: {json.dumps(last_chunk)}\n\n"
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    app.state.engine_for = engine_for
    return app
