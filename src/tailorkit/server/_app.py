"""The HTTP API: REST resources under ``/api``, an OpenAI-compatible ``/v1``, health and readiness.

Every route but health needs an API key (``Authorization: Bearer tk_...`` or ``X-API-Key``). The key
decides the tenant; nothing in a request can choose another. An end-user key reaches only its own user:
any other user id answers 404, exactly like a user that does not exist, so ids cannot be probed.

The routes live in routers by subject (``_users``: data, users, profiles, memories, recommendations;
``_chat``; ``_privacy``: export, erase and the model registry; ``_openai``), sharing one ``Context``
and the credential dependencies (``_deps``) and the request bodies (``_schemas``). Here they are put
together with the body guard, one error table and the health and page routes.
"""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.telemetry import TelemetryConfig
from starlette.exceptions import HTTPException as StarletteHTTPException

from tailorkit.config import Settings
from tailorkit.errors import IngestError, Problem, TailorkitError
from tailorkit.llm import ChatModel
from tailorkit.server import _chat, _docs, _metrics, _openai, _privacy, _users
from tailorkit.server._body import BodyGuard
from tailorkit.server._deps import Context
from tailorkit.server._mcp import KeyAuth, build_mcp
from tailorkit.server._metrics import RequestMetrics
from tailorkit.store import Store

STATIC = Path(__file__).parent / "static"

__all__ = ["create_app"]

log = logging.getLogger(__name__)


_ERROR_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                404: "not_found_error", 409: "conflict_error", 413: "invalid_request_error",
                422: "invalid_request_error", 429: "rate_limit_error"}  # fmt: skip


def error_response(
    status: int, code: str, message: str, param: str | None = None, headers: Any = None
) -> JSONResponse:
    """The one error shape: ``{"error": {"code", "message", "type", "param"}}``; ``code`` and ``message``
    as documented, ``type`` and ``param`` as OpenAI's clients read them."""
    kind = _ERROR_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    body = {"error": {"code": code, "message": message, "type": kind, "param": param}}
    return JSONResponse(body, status, headers=headers)


def _in_body(whole: str, problem: Problem) -> str:
    """Where in a request's body a record's problem is: ``events[1].value`` in a batch of events,
    ``records[0].consent_memory`` in one of users or items (``whole``: the route's last part), ``value``
    for the one record ``POST /api/event`` takes."""
    field = f".{problem.field}" if problem.field else ""
    array = {"events": "events", "users": "records", "items": "records"}.get(whole)
    if array and problem.line:
        return f"{array}[{problem.line - 1}]{field}"
    return field.lstrip(".") or "body"


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
    ctx = Context(store, settings, model)
    # the MCP tools over streamable HTTP (stateless: every request carries its key), at /mcp/
    mcp_app = build_mcp(ctx).streamable_http_app(
        streamable_http_path="/", stateless_http=True, json_response=True
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        from tailorkit.jobs import consumer as job_consumer
        from tailorkit.jobs import runs_in_server

        consumer = None
        if runs_in_server(settings, store) and settings.jobs.queue != "immediate":
            consumer = job_consumer(ctx.engine_for(settings.tenant))
            consumer.start()
        try:
            async with mcp_app.router.lifespan_context(mcp_app):
                yield
        finally:
            if consumer is not None:
                consumer.stop(graceful=True)
            ctx.close()

    app = FastAPI(title="tailorkit", version="0.1.0", description=__doc__, telemetry=off, lifespan=lifespan)
    app.state.ctx = ctx
    app.state.engine_for = ctx.engine_for
    server = settings.server

    # Size and text checks on the bytes received (a chunked body declares no length)
    app.add_middleware(BodyGuard, max_bytes=server.max_body_bytes)
    # outermost: every request counted and timed, the ones the body checks refuse too
    app.add_middleware(RequestMetrics)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # The documented error shape for every 4xx: what is wrong and where, no input echoed back.
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()
        ]
        message = "; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else "")
        first = exc.errors()[0].get("loc", ()) if exc.errors() else ()
        param = ".".join(str(p) for p in first[1:]) or None  # without "body"
        # OpenAI's clients expect 400 for an invalid request; the rest of the API documents 422
        status = 400 if request.url.path.startswith("/v1/") else 422
        return error_response(status, "bad_request", message, param)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "bad_request")
        return error_response(exc.status_code, code, str(exc.detail), headers=exc.headers)

    @app.exception_handler(IngestError)
    async def bad_records(request: Request, exc: IngestError) -> JSONResponse:
        # Records sent in the body are named as the body holds them ("events[1].value"), not by a
        # file's line; the whole batch is refused
        if not exc.problems or any(p.source != "<records>" for p in exc.problems):
            return error_response(exc.http_status, exc.code, str(exc), getattr(exc, "param", None))
        whole = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        where = [_in_body(whole, p) for p in exc.problems]
        said = "; ".join(f"{at}: {p.message}" for at, p in zip(where, exc.problems, strict=True))
        more = f" (and {exc.total - len(where)} more)" if exc.total > len(where) else ""
        message = f"{said}{more}; nothing in the request was written (it is one transaction)"
        return error_response(exc.http_status, exc.code, message, where[0])

    @app.exception_handler(TailorkitError)
    async def tailorkit_error(_: Request, exc: TailorkitError) -> JSONResponse:
        # One table: each error class carries its status and code (errors.py). A server fault's own
        # message stays in the log (it may name files or the database); the caller gets its code.
        if exc.http_status >= 500 and exc.code not in ("model_unavailable", "not_installed"):
            log.error("request failed: %s", type(exc).__name__, exc_info=exc)
            return error_response(exc.http_status, exc.code, "internal error")
        return error_response(exc.http_status, exc.code, str(exc), getattr(exc, "param", None))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return error_response(500, "internal", "internal error")

    # -- health and the web page ----------------------------------------------------------------------

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/ready", tags=["health"])
    def ready() -> dict[str, Any]:
        # a read that reaches the database (and writes nothing: no tenant is created by asking)
        return {"status": "ready", "database": store.dialect, "schema_revision": store.revision()}

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/ui/config", include_in_schema=False)
    def ui_config() -> dict[str, Any]:
        return {"demo_user": "1"}

    app.mount("/mcp", KeyAuth(mcp_app, ctx))
    for router in (
        _users.router,
        _chat.router,
        _docs.router,
        _privacy.router,
        _privacy.models_router,
        _openai.router,
        _metrics.router,
    ):
        app.include_router(router)
    return app


WORKER_DATABASE = "TAILORKIT_WORKER_DATABASE"
"""The database each of ``tailorkit serve --workers N``'s processes opens (the rest of the settings come
from the environment and ``TAILORKIT_CONFIG``, as the command's own did)."""


def worker_app() -> FastAPI:
    """The app of one worker process of ``tailorkit serve --workers N`` (uvicorn calls it in each).

    A worker that cannot open the store or its settings exits with uvicorn's startup-failure status, so
    that the supervisor stops (and ``serve`` says so) rather than starting it again twice a second."""
    import logging
    import os
    import sys

    from uvicorn.config import STARTUP_FAILURE

    from tailorkit.engine import Engine

    try:
        engine = Engine.open(os.environ.get(WORKER_DATABASE) or None, Settings.load())
        return create_app(engine.store, engine.settings)
    except Exception:
        logging.getLogger("uvicorn.error").exception("worker process [%d] failed to start", os.getpid())
        sys.exit(STARTUP_FAILURE)
