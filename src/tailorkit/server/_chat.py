"""Routes for the assistant: chat (whole or streamed as server-sent events), conversations, feedback."""

import json
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from tailorkit.errors import ApiError, TailorkitError
from tailorkit.server._deps import Auth, Ctx
from tailorkit.server._schemas import ChatIn, FeedbackIn, PathId

__all__ = ["router"]

router = APIRouter(tags=["chat"])


def _sse(pieces: Iterator[str], final: Callable[[], dict[str, Any]]) -> Iterator[str]:
    try:
        for piece in pieces:
            yield f"data: {json.dumps({'delta': piece}, ensure_ascii=False)}\n\n"
        yield f"data: {json.dumps({'done': True, **final()}, ensure_ascii=False, default=str)}\n\n"
    except TailorkitError as exc:
        yield f"data: {json.dumps({'error': str(exc)})}\n\n"


@router.post("/api/users/{user}/chat")
def chat(user: str, body: ChatIn, who: Auth, ctx: Ctx) -> Any:
    engine = ctx.for_user(who, user, "chat")
    if body.conversation_id is not None:
        engine.assistant.conversation(user, body.conversation_id)  # 404 unless it is this user's
    args = (user, body.message, body.conversation_id)
    options: dict[str, Any] = {
        "domain": body.domain, "personalised": body.personalised, "documents": body.documents
    }  # fmt: skip
    if not body.stream:
        return engine.assistant.respond(*args, **options).as_dict()
    stream = engine.assistant.stream(*args, **options)
    final = lambda: stream.answer.as_dict() if stream.answer else {}  # noqa: E731
    return StreamingResponse(_sse(iter(stream), final), media_type="text/event-stream")


@router.get("/api/users/{user}/conversations/{conversation_id}")
def conversation(user: str, conversation_id: PathId, who: Auth, ctx: Ctx) -> list[dict[str, Any]]:
    return ctx.for_user(who, user, "read conversation").assistant.conversation(user, conversation_id)


@router.post("/api/users/{user}/feedback")
def feedback(user: str, body: FeedbackIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    assistant = ctx.for_user(who, user, "feedback").assistant
    ctx.catalogue_only(who, [body.item] if body.item else [])
    if body.accept:
        if body.item is None:
            raise ApiError(422, "bad_request", "accept needs an item")
        return assistant.accept(user, body.item)
    return assistant.feedback(user, body.value, turn=body.turn_id, item=body.item)
