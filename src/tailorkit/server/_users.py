"""Routes for data in, users, profiles, memories and recommendations."""

from typing import Any

from fastapi import APIRouter, Query

from tailorkit.errors import ApiError
from tailorkit.server._deps import Auth, Ctx
from tailorkit.server._schemas import ChatHistoryIn, EventsIn, MemoryIn, ProfilePatch, RecordsIn
from tailorkit.store import external_id

__all__ = ["router"]

router = APIRouter()


@router.get("/api/users", tags=["users"])
def list_users(who: Auth, ctx: Ctx, limit: int = Query(50, ge=1, le=1000)) -> list[str]:
    if who.user is not None:
        return [who.user]
    return ctx.store.scope(who.tenant).users.ids(limit)


# -- data in -------------------------------------------------------------------------------------------


@router.post("/api/events", tags=["data"])
def post_events(body: EventsIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    most = ctx.settings.server.max_batch
    if len(body.events) > most:
        raise ApiError(413, "too_large", f"at most {most} events per request")
    if who.user is not None and any(external_id(e.user, "user") != who.user for e in body.events):
        raise ApiError(404, "not_found", "events may only name the token's own user")
    ctx.catalogue_only(who, [e.item for e in body.events if e.item])
    records = [e.model_dump(exclude_none=True) for e in body.events]
    report = ctx.engine_for(who.tenant).ingest_events(records, update_profiles=True, source_name="api")
    return {"written": report.written, "unchanged": report.unchanged, "rejected": report.rejected}


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
    for key, value in body.attributes.items():
        engine.profiles.set(user, key, value)
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


@router.post("/api/users/{user}/memories/import", tags=["memories"])
def import_history(user: str, body: ChatHistoryIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """A chat history of this user, through the same path as live chat; a re-sent batch takes nothing
    twice. Every message is checked before anything is written; the messages are all ``user``'s."""
    from tailorkit.memory import validate_chat

    most = ctx.settings.server.max_batch
    if len(body.messages) > most:
        raise ApiError(413, "too_large", f"{len(body.messages)} messages in one request; at most {most}")
    engine = ctx.for_user(who, user, "import chat history")
    messages = validate_chat([{**m, "user": user} for m in body.messages], label="messages")
    report = engine.memories.import_chat(messages, user=user, source_name="api", batch_size=len(messages))
    return report.as_dict()


@router.delete("/api/users/{user}/memories/{memory_id}", tags=["memories"])
def forget_memory(user: str, memory_id: int, who: Auth, ctx: Ctx) -> dict[str, Any]:
    return {"deleted": ctx.for_user(who, user, "forget memory").memories.forget(user, memory_id)}


@router.get("/api/users/{user}/recommendations", tags=["recommendations"])
def recommendations(
    user: str, who: Auth, ctx: Ctx, n: int = Query(10, ge=1, le=100), explain: bool = True
) -> list[dict[str, Any]]:
    engine = ctx.for_user(who, user, "read recommendations")
    engine.user(user)  # 404 for unknown users, rather than popular items
    return [r.as_dict() for r in engine.recommend(user, n, explain=explain)]
