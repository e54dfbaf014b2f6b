"""The OpenAI-compatible API: ``GET /v1/models`` and ``POST /v1/chat/completions`` (whole or streamed);
the request's ``user`` (or ``X-Tailorkit-User``; an end-user token's own user) picks whose profile and
memories personalise the answer."""

import json
import time
import uuid
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import StreamingResponse

from tailorkit.errors import ApiError, TailorkitError
from tailorkit.server._deps import Auth, Ctx
from tailorkit.server._schemas import OpenAIChatIn

__all__ = ["router"]

router = APIRouter(tags=["openai"])


@router.get("/v1/models")
def models(who: Auth, ctx: Ctx) -> dict[str, Any]:
    name = str(getattr(ctx.chat_model(), "model", "tailorkit"))
    return {
        "object": "list",
        "data": [{"id": "tailorkit", "object": "model", "owned_by": "tailorkit", "root": name}],
    }


@router.post("/v1/chat/completions")
def completions(
    body: OpenAIChatIn,
    who: Auth,
    ctx: Ctx,
    x_tailorkit_user: Annotated[str | None, Header()] = None,
) -> Any:
    user = who.user or body.user or x_tailorkit_user
    last = body.messages[-1]
    if last.role != "user":
        raise ApiError(422, "bad_request", "the last message must be the user's")
    created, cid = int(time.time()), f"chatcmpl-{uuid.uuid4().hex}"
    engine = ctx.for_user(who, user, "chat") if user else ctx.engine_for(who.tenant)
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
