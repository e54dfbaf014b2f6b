"""tailorkit's memory, profile and recommendations as MCP tools (the official ``mcp`` SDK): over stdio
(``tailorkit mcp``) and over streamable HTTP at ``/mcp`` under the server.

Every call is made by a caller an API key stands for: over HTTP the request's key, over stdio the key
the process was started with. The key fixes the tenant; an end-user token fixes the user as well, so an
agent holding one can never name another user (a tool given another user's id answers as for a missing
one), and what only an application may do (set attributes) it cannot. Every access goes to the audit
log, as through the REST API.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import Any

from tailorkit.errors import ApiError, TailorkitError
from tailorkit.server._auth import Caller, verify_key
from tailorkit.server._deps import Context
from tailorkit.server._schemas import RowId

__all__ = ["CALLER", "KeyAuth", "build_mcp", "run_mcp"]

CALLER: contextvars.ContextVar[Caller | None] = contextvars.ContextVar("tailorkit_mcp_caller", default=None)
"""Who is calling: set per HTTP request by ``KeyAuth``, once for a stdio process."""


def build_mcp(ctx: Context) -> Any:
    """The MCP server: its tools act for the caller in ``CALLER``, through ``ctx`` (the API's context)."""
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError

    server = MCPServer(
        "tailorkit",
        # the SDK configures the root logger when none is: at WARNING nothing routine (request URLs,
        # session starts) is logged by an application that left logging to us
        log_level="WARNING",
        instructions=(
            "Personal memory, profile and recommendations for the users of one application. With an "
            "application key, name the user in every call; with an end-user token, leave it out."
        ),
    )

    def engine_for(user: str | None, action: str) -> tuple[Any, str]:
        who = CALLER.get()
        if who is None:
            raise ApiError(401, "unauthenticated", "no API key")
        name = user or who.user  # an end-user token naming anyone else is refused by for_user, as a 404
        if not name:
            raise ApiError(400, "bad_request", "name the user (an application key speaks for every user)")
        return ctx.for_user(who, name, action), name

    def tool(fn: Callable[..., Any]) -> Callable[..., Any]:
        """A tool whose tailorkit errors become the tool's error message (never a stack trace)."""
        import functools

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except TailorkitError as exc:
                raise ToolError(str(exc)) from None

        return server.tool()(wrapper)

    @tool
    def search_memories(query: str, user: str | None = None, k: int = 5) -> list[dict[str, Any]]:
        """The user's memories most relevant to ``query`` (full text, meaning and recency fused)."""
        engine, name = engine_for(user, "search memories")
        return [h.as_dict() for h in engine.memories.search(name, query, max(1, min(k, 50)))]

    @tool
    def remember(text: str, user: str | None = None) -> list[dict[str, Any]]:
        """Remember what ``text`` says about the user (extracted and reconciled as in chat)."""
        engine, name = engine_for(user, "add memory")
        return [c.as_dict() for c in engine.memories.remember_or_keep(name, text, source={"mcp": True})]

    @tool
    def forget(memory_id: RowId, user: str | None = None) -> dict[str, Any]:
        """Forget one of the user's memories (and the history it replaced)."""
        engine, name = engine_for(user, "forget memory")
        return {"deleted": engine.memories.forget(name, memory_id)}

    @tool
    def show_profile(user: str | None = None) -> dict[str, Any]:
        """The user's profile: attributes, likes and dislikes with weights, behaviour, summary."""
        engine, name = engine_for(user, "read profile")
        return dict(engine.profile(name).as_dict())

    @tool
    def edit_profile(
        user: str | None = None, set_attributes: dict[str, str] | None = None, forget: list[str] | None = None
    ) -> dict[str, Any]:
        """Set attributes (application keys only: they choose segments) or forget inferred features
        (e.g. ``genre:Horror``: never inferred again)."""
        engine, name = engine_for(user, "change profile")
        if set_attributes:
            who = CALLER.get()
            assert who is not None
            ctx.application_only(who, "change attributes (the application sets them)")
            engine.profiles.declare(name, set_attributes)
        for feature in forget or []:
            engine.profiles.forget(name, feature)
        return dict(engine.profile(name).as_dict())

    @tool
    def recommend(user: str | None = None, n: int = 5) -> list[dict[str, Any]]:
        """Items for the user, each with the reasons (the user's own items that drove it)."""
        engine, name = engine_for(user, "recommend")
        engine.user(name)  # unknown users are not handed popular items under their name
        return [r.as_dict() for r in engine.recommend(name, max(1, min(n, 100)), explain=True)]

    @tool
    def feedback(
        value: float, user: str | None = None, item: str | None = None, turn: int | None = None
    ) -> dict[str, Any]:
        """The user's judgement of an item or an answer: +1 / -1, or a rating."""
        engine, name = engine_for(user, "feedback")
        who = CALLER.get()
        assert who is not None
        ctx.catalogue_only(who, [item] if item else [])
        return dict(engine.assistant.feedback(name, value, turn=turn, item=item))

    @tool
    def export(user: str | None = None) -> dict[str, Any]:
        """Everything known about the user, as one document."""
        engine, name = engine_for(user, "export")
        return dict(engine.export(name))

    return server


class KeyAuth:
    """ASGI middleware in front of the MCP app: the request's API key (``Authorization: Bearer`` or
    ``X-API-Key``) becomes the caller its tools act for; no valid key, 401."""

    def __init__(self, app: Any, ctx: Context) -> None:
        self.app, self.ctx = app, ctx

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        auth = headers.get("authorization", "")
        key = headers.get("x-api-key") or (auth[7:].strip() if auth.lower().startswith("bearer ") else "")
        who = verify_key(self.ctx.store, key) if key else None
        if who is None or not self.ctx.limiter.allow(who.key_id, who.rate_per_minute):
            status, message = (401, "unknown or missing API key") if who is None else (429, "rate limited")
            from starlette.responses import JSONResponse

            body = {"error": {"code": "unauthenticated" if status == 401 else "rate_limited",
                              "message": message, "type": "authentication_error", "param": None}}  # fmt: skip
            await JSONResponse(body, status)(scope, receive, send)
            return
        token = CALLER.set(who)
        try:
            await self.app(scope, receive, send)
        finally:
            CALLER.reset(token)


def run_mcp(store: Any, settings: Any, key: str) -> None:
    """Serve the MCP tools over stdio for the caller ``key`` stands for (``tailorkit mcp``). Raises
    ``ApiError`` (401) for an unknown or revoked key."""
    who = verify_key(store, key)
    if who is None:
        raise ApiError(401, "unauthenticated", "unknown or revoked API key")
    CALLER.set(who)
    build_mcp(Context(store, settings)).run("stdio")
