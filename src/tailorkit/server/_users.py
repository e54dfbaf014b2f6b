"""Routes for data in, users, profiles, memories and recommendations."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool as run_sync

from tailorkit.errors import ApiError, InputError
from tailorkit.server._auth import Caller
from tailorkit.server._body import event_records
from tailorkit.server._deps import Auth, Context, Ctx
from tailorkit.server._privacy import job_row
from tailorkit.server._schemas import (
    ChatHistoryIn,
    EventIn,
    EventsIn,
    MemoryIn,
    PathId,
    ProfilePatch,
    RecordsIn,
)
from tailorkit.store import external_id

__all__ = ["router"]

router = APIRouter()

GROUPED = 100
"""Requests of at most this many events go through the group commit (``tailorkit.server._group``);
larger batches already amortise their transaction."""
INLINE_BODY = 64 * 1024
"""Event bodies up to this size are parsed on the event loop; larger ones in a worker thread."""


@router.get("/api/users", tags=["users"])
def list_users(who: Auth, ctx: Ctx, limit: int = Query(50, ge=1, le=1000)) -> list[str]:
    if who.user is not None:
        return [who.user]
    return ctx.store.scope(who.tenant).users.ids(limit)


# -- data in -------------------------------------------------------------------------------------------


async def _raw_body(request: Request) -> bytes:
    return await request.body()


RawBody = Annotated[bytes, Depends(_raw_body)]


def _events_body(one: bool) -> dict[str, Any]:
    """The OpenAPI request body of the event routes (read raw: JSON, NDJSON, gzip; see event_records)."""
    event = EventIn.model_json_schema()
    many = {"oneOf": [EventsIn.model_json_schema(), {"type": "array", "items": event}]}
    content: dict[str, Any] = {"application/json": {"schema": event if one else many}}
    if not one:
        content["application/x-ndjson"] = {"schema": {"type": "string"}}
    return {"requestBody": {"required": True, "content": content}}


@router.post("/api/events", tags=["data"], openapi_extra=_events_body(one=False))
async def post_events(data: RawBody, request: Request, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """Events as a JSON array, ``{"events": [...]}`` or NDJSON (``application/x-ndjson``), optionally
    gzipped (``Content-Encoding: gzip``): validated like a file, written in one transaction, folded
    into the users' profiles; idempotent (an event's ``key``, else its content)."""
    return await _ingest(await _records(data, request, ctx, one=False), who, ctx)


@router.post("/api/event", tags=["data"], openapi_extra=_events_body(one=True))
async def post_event(data: RawBody, request: Request, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """One event (a JSON object), as ``POST /api/events`` takes each."""
    return await _ingest(await _records(data, request, ctx, one=True), who, ctx)


async def _records(data: bytes, request: Request, ctx: Context, *, one: bool) -> list[Any]:
    headers = request.headers
    args = (data, headers.get("content-type", ""), headers.get("content-encoding", ""))
    most = ctx.settings.server.max_body_bytes
    if len(data) <= INLINE_BODY:  # a live event or a small batch parses in microseconds
        return event_records(*args, most, one=one)
    return await run_sync(lambda: event_records(*args, most, one=one))


async def _ingest(records: list[Any], who: Caller, ctx: Context) -> dict[str, Any]:
    """Write the events: a few through the group commit (no thread held while waiting), a batch in a
    worker thread of its own."""
    most = ctx.settings.server.max_batch
    if len(records) > most:
        raise ApiError(413, "too_large", f"at most {most} events per request")
    if not records:
        raise ApiError(422, "bad_request", "body: no events")
    if who.user is not None:
        if not all(_names_only(r, who.user) for r in records):
            raise ApiError(404, "not_found", "events may only name the token's own user")
        items = [r["item"] for r in records if isinstance(r, dict) and isinstance(r.get("item"), str)]
        await run_sync(ctx.catalogue_only, who, [i for i in items if i.strip()])
    if len(records) <= GROUPED:  # written with the events of the requests arriving meanwhile
        new = await ctx.event_group(who.tenant).submit(records)
        return {"written": sum(new), "unchanged": len(new) - sum(new), "rejected": 0}
    report = await run_sync(
        lambda: ctx.engine_for(who.tenant).ingest_events(records, update_profiles=True, source_name="api")
    )
    return {"written": report.written, "unchanged": report.unchanged, "rejected": report.rejected}


def _names_only(record: Any, user: str) -> bool:
    """Whether an event names ``user`` (an end-user token's own) and no one else."""
    named = record.get("user") if isinstance(record, dict) else None
    try:
        return isinstance(named, str) and external_id(named, "user") == user
    except InputError:
        return False


@router.post("/api/users", tags=["data"])
def post_users(body: RecordsIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    return {"written": ctx.application_batch(who, body.records, "users").ingest_users(body.records).written}


@router.post("/api/items", tags=["data"])
def post_items(body: RecordsIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    return {"written": ctx.application_batch(who, body.records, "items").ingest_items(body.records).written}


@router.get("/api/items/{item}", tags=["data"])
def get_item(item: str, who: Auth, ctx: Ctx) -> dict[str, Any]:
    row = ctx.engine_for(who.tenant).item(item)
    return {k: row[k] for k in ("external_id", "title", "text", "tags", "attributes")}


@router.get("/api/users/{user}", tags=["users"])
def get_user(user: str, who: Auth, ctx: Ctx) -> dict[str, Any]:
    row = ctx.for_user(who, user, "read user").user(user)
    return {k: row[k] for k in ("external_id", "attributes", "locale")} | {
        k: bool(row[k]) for k in ("consent_profiling", "consent_memory", "consent_tuning")
    }


# -- profile, memories, recommendations -------------------------------------------------------------


@router.get("/api/users/{user}/profile", tags=["profiles"])
def get_profile(user: str, who: Auth, ctx: Ctx, evidence: bool = False) -> dict[str, Any]:
    engine = ctx.for_user(who, user, "read profile")
    profile = engine.profile(user).as_dict()
    if evidence:
        profile["evidence"] = {
            i["feature"]: engine.profiles.evidence(user, i["feature"], 5) for i in profile["likes"][:10]
        }
    return profile


@router.patch("/api/users/{user}/profile", tags=["profiles"])
def patch_profile(user: str, body: ProfilePatch, who: Auth, ctx: Ctx) -> dict[str, Any]:
    # Attributes are the application's record of who the user is, and they choose the user's segment
    # and so the segment adapter that answers them (trained on the other members' texts): a user
    # could otherwise declare themselves into a segment. A user's own statements go through chat
    # and memories instead.
    engine = ctx.for_user(who, user, "change profile")
    ctx.application_only(who, "change attributes (the application sets them)")
    engine.profiles.declare(user, body.attributes)
    return engine.profile(user).as_dict()


@router.delete("/api/users/{user}/profile/{feature}", tags=["profiles"])
def forget_feature(user: str, feature: str, who: Auth, ctx: Ctx) -> dict[str, str]:
    ctx.for_user(who, user, "forget interest").profiles.forget(user, feature)
    return {"forgotten": feature}


@router.get("/api/users/{user}/memories", tags=["memories"])
def list_memories(
    user: str, who: Auth, ctx: Ctx, history: bool = False, limit: int = Query(100, ge=1, le=1000)
) -> list[dict[str, Any]]:
    memories = ctx.for_user(who, user, "read memories").memories
    return [m.as_dict() for m in memories.list(user, include_history=history, limit=limit)]


@router.get("/api/users/{user}/memories/search", tags=["memories"])
def search_memories(
    user: str,
    who: Auth,
    ctx: Ctx,
    q: str = Query(min_length=1, max_length=2000),
    k: int = Query(10, ge=1, le=100),
) -> list[dict[str, Any]]:
    return [h.as_dict() for h in ctx.for_user(who, user, "search memories").memories.search(user, q, k)]


@router.post("/api/users/{user}/memories", tags=["memories"])
def add_memory(user: str, body: MemoryIn, who: Auth, ctx: Ctx) -> list[dict[str, Any]]:
    memories = ctx.for_user(who, user, "add memory").memories
    changes = memories.remember_or_keep(
        user, body.text, as_is=body.as_is, kind=body.kind, source={"api": True}
    )
    return [c.as_dict() for c in changes]


@router.post("/api/users/{user}/memories/import", tags=["memories"], status_code=202)
def import_history(user: str, body: ChatHistoryIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """A chat history of this user, through the same path as live chat, as a background job: 202 with the
    job (``GET /api/jobs/{id}``: progress in messages, the import's report as its result). Every message
    is checked before the job is queued; the messages are all ``user``'s. A re-sent history takes nothing
    twice (sent again while its job waits or runs, it is that job)."""
    import hashlib
    import json

    from tailorkit.jobs import JobService
    from tailorkit.memory import validate_chat

    most = ctx.settings.server.max_batch
    if len(body.messages) > most:
        raise ApiError(413, "too_large", f"{len(body.messages)} messages in one request; at most {most}")
    engine = ctx.for_user(who, user, "import chat history")
    name = external_id(user, "user")
    validate_chat([{**m, "user": name} for m in body.messages], label="messages")  # the caller's error now
    digest = hashlib.sha256(json.dumps([name, body.messages], sort_keys=True).encode()).hexdigest()[:32]
    params = {"user": name, "messages": body.messages}
    return job_row(JobService(engine).submit("import", params, key=f"import:{digest}"))


@router.delete("/api/users/{user}/memories/{memory_id}", tags=["memories"])
def forget_memory(user: str, memory_id: PathId, who: Auth, ctx: Ctx) -> dict[str, Any]:
    return {"deleted": ctx.for_user(who, user, "forget memory").memories.forget(user, memory_id)}


@router.get("/api/users/{user}/recommendations", tags=["recommendations"])
def recommendations(
    user: str,
    who: Auth,
    ctx: Ctx,
    n: int = Query(10, ge=1, le=100),
    explain: bool = True,
    tag: list[str] = Query([], description="Only items with this catalogue tag (repeatable)."),
) -> list[dict[str, Any]]:
    engine = ctx.for_user(who, user, "read recommendations")
    engine.user(user)  # 404 for unknown users, rather than popular items
    return [r.as_dict() for r in engine.recommend(user, n, explain=explain, tags=tag)]
