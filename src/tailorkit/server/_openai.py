"""The OpenAI-compatible API: ``GET /v1/models`` and ``POST /v1/chat/completions`` (whole or streamed).

The whole request is honoured: the client's messages (system, developer, user, assistant and tool turns;
text or text parts) reach the model in order, with the user's personal context added as its own delimited
section after the client's system prompt; the sampling fields OpenAI defines are passed to the backend;
``finish_reason`` and ``usage`` say what happened. The request's ``user`` (or ``X-Tailorkit-User``; an
end-user token's own user) picks whose profile and memories personalise the answer. A stateless client's
history is never stored; ``store: true`` stores the exchange as the user's turns (``metadata.
conversation_id`` continues a conversation, and the answer's ``X-Tailorkit-Conversation`` header names it).
``metadata.domain`` (or ``X-Tailorkit-Domain``) picks the assistant's domain, as ``/api/chat``'s ``domain``.
"""

import contextlib
import json
import time
import uuid
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, Response
from fastapi.responses import StreamingResponse

from tailorkit.assistant import Answer, ClientTurns, Domain, Sampling
from tailorkit.errors import ApiError, TailorkitError
from tailorkit.llm import Message
from tailorkit.server._deps import Auth, Ctx
from tailorkit.server._schemas import OpenAIChatIn, OpenAIMessage
from tailorkit.store import external_id

__all__ = ["router"]

router = APIRouter(tags=["openai"])

MODEL = "tailorkit"
"""The model name of the configured backend, personalised (``/v1/models`` lists it)."""


@router.get("/v1/models")
def models(who: Auth, ctx: Ctx) -> dict[str, Any]:
    """The configured backend (``tailorkit``) and every upstream model server a request may name."""
    name = str(getattr(ctx.chat_model(), "model", MODEL))
    listed = [{"id": MODEL, "object": "model", "owned_by": "tailorkit", "root": name}]
    listed += [
        {"id": upstream, "object": "model", "owned_by": "upstream", "root": config.model or upstream}
        for upstream, config in ctx.settings.llm.upstreams.items()
    ]
    return {"object": "list", "data": listed}


def _text(message: OpenAIMessage, at: int, *, strict: bool = True) -> str:
    """A message's content as text: a string, or its text parts joined (another part is a 400, or with
    ``strict`` False, left to the model server it is forwarded to)."""
    content = message.content
    if content is None or isinstance(content, str):
        return content or ""
    texts = []
    for part in content:
        if part.type != "text" or part.text is None:
            if not strict:
                continue
            raise ApiError(
                400, "bad_request", f"only text content parts are supported, not {part.type!r}",
                param=f"messages.{at}.content",
            )  # fmt: skip
        texts.append(part.text)
    return "\n".join(texts)


def _conversation(body: OpenAIChatIn, *, strict: bool = True) -> tuple[str, ClientTurns]:
    """The last user message, and the client's system prompt and earlier turns as they are (their text
    parts only, with ``strict`` False: a proxied request keeps the rest for its upstream)."""
    last = body.messages[-1]
    if last.role != "user":
        raise ApiError(400, "bad_request", "the last message must be the user's", param="messages")
    leading = 0
    while body.messages[leading].role in ("system", "developer"):
        leading += 1
    instructions = "\n\n".join(_text(m, i, strict=strict) for i, m in enumerate(body.messages[:leading]))
    history: list[Message] = []
    for at, m in enumerate(body.messages[leading:-1], leading):
        turn: Message = {
            "role": "system" if m.role == "developer" else m.role,
            "content": _text(m, at, strict=strict),
        }
        if m.tool_calls:
            turn["tool_calls"] = m.tool_calls
        if m.tool_call_id:
            turn["tool_call_id"] = m.tool_call_id
        if m.name:
            turn["name"] = m.name
        history.append(turn)
    message = _text(last, len(body.messages) - 1, strict=strict)
    if strict and not message.strip():
        raise ApiError(400, "bad_request", "the last message is empty", param="messages")
    return message, ClientTurns(instructions or None, history, log=body.store)


def _sampling(body: OpenAIChatIn, model: Any) -> tuple[dict[str, Any], Sampling]:
    if body.n != 1:
        raise ApiError(400, "bad_request", "only n=1 is supported", param="n")
    if body.tools:
        raise ApiError(
            400, "bad_request", "tools need a model that can call them: name an upstream model", param="tools"
        )
    stop = [body.stop] if isinstance(body.stop, str) else body.stop
    if stop is not None and (len(stop) > 4 or not all(stop)):
        raise ApiError(400, "bad_request", "stop takes up to 4 non-empty sequences", param="stop")
    sampling: Sampling = {}
    if stop:
        sampling["stop"] = stop
    if body.top_p is not None:
        sampling["top_p"] = body.top_p
    if body.seed is not None:
        sampling["seed"] = body.seed
    if body.response_format is not None and body.response_format.type != "text":
        if not getattr(model, "json_mode", True):
            raise ApiError(
                400, "bad_request", f"the {getattr(model, 'name', 'configured')} backend has no JSON mode",
                param="response_format",
            )  # fmt: skip
        sampling["response_format"] = body.response_format.model_dump(exclude_none=True)
    plain = {
        "max_tokens": body.max_completion_tokens or body.max_tokens,
        "temperature": body.temperature,
        "frequency_penalty": body.frequency_penalty,
        "presence_penalty": body.presence_penalty,
    }
    return plain, sampling


def _json_object(answer: Answer) -> str:
    """The answer as the JSON object ``response_format: json_object`` asks for: the model's own where it
    wrote one, else ``{"answer": ..., "items": [...]}`` (a list of picks the assistant wrote itself is not
    JSON; the items as the catalogue has them, with what drove each)."""
    with contextlib.suppress(ValueError):
        if isinstance(json.loads(answer.text), dict):
            return answer.text
    out: dict[str, Any] = {"answer": answer.text}
    if answer.why.recommendations:
        out["items"] = [
            {
                "item": r["item"],
                "title": r.get("title"),
                "because": [b.get("title") or b["item"] for b in r.get("because") or []],
            }
            for r in answer.why.recommendations
        ]
    return json.dumps(out, ensure_ascii=False)


def _usage(answer: Answer) -> dict[str, int]:
    """The prompt's tokens, and the answer's as it went out (the model's, or the assistant's own words
    where it wrote them: a list of picks is not 0 tokens)."""
    prompt = answer.why.tokens.get("prompt", 0)
    completion = answer.why.tokens.get("answer") or answer.why.tokens.get("completion", 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _domain(body: OpenAIChatIn, header: str | None) -> str | None:
    """The assistant's domain for this request (``metadata.domain`` or ``X-Tailorkit-Domain``): a shop's
    support client asks for ``customer_service``, whose answers draw on the tenant's documents."""
    domain = (body.metadata or {}).get("domain") or header
    if domain is not None and domain not in {d.value for d in Domain}:
        raise ApiError(
            400,
            "bad_request",
            f"unknown domain {domain!r}; one of {', '.join(d.value for d in Domain)}",
            param="metadata.domain",
        )
    return domain


@router.post("/v1/chat/completions")
def completions(
    body: OpenAIChatIn,
    who: Auth,
    ctx: Ctx,
    response: Response,
    x_tailorkit_user: Annotated[str | None, Header()] = None,
    x_tailorkit_domain: Annotated[str | None, Header()] = None,
) -> Any:
    user = who.user or body.user or x_tailorkit_user
    upstream = ctx.upstream(body.model)
    if upstream is not None:
        return _proxy(body, who, ctx, user, *upstream, domain=x_tailorkit_domain)
    if body.model not in (None, MODEL, str(getattr(ctx.chat_model(), "model", MODEL))):
        raise ApiError(
            404, "model_not_found", f"no model {body.model!r}; GET /v1/models lists them", param="model"
        )
    message, client = _conversation(body)
    plain, sampling = _sampling(body, ctx.chat_model())
    engine = ctx.for_user(who, user, "chat") if user else ctx.engine_for(who.tenant)
    conversation = None
    if body.store and body.metadata and body.metadata.get("conversation_id"):
        raw = body.metadata["conversation_id"]
        if not raw.isdigit() or len(raw) > 18:
            # (a client that names its own conversations, "c-walker1", was told only "is a number")
            raise ApiError(
                400,
                "bad_request",
                f"metadata.conversation_id is the number an earlier answer's X-Tailorkit-Conversation header"
                f" gave (got {raw[:40]!r}); leave it out to start a conversation",
                param="metadata.conversation_id",
            )
        conversation = int(raw)
        if user:
            engine.assistant.conversation(user, conversation)  # 404 unless it is this user's
    created, cid = int(time.time()), f"chatcmpl-{uuid.uuid4().hex}"
    name = user or "anonymous"
    owner = external_id(user, "user") if user else None  # whose why reports these are (erased with them)
    options: dict[str, Any] = {
        "personalised": user is not None, "client": client, "sampling": sampling, **plain,
        "domain": _domain(body, x_tailorkit_domain),
    }  # fmt: skip
    model = body.model or MODEL
    as_json = body.response_format is not None and body.response_format.type == "json_object"
    if not body.stream:
        answer = engine.assistant.respond(name, message, conversation, **options)
        if answer.conversation_id is not None:
            response.headers["X-Tailorkit-Conversation"] = str(answer.conversation_id)
        response.headers["X-Tailorkit-Why"] = ctx.keep_why(who.tenant, owner, answer.why.as_dict())
        content = _json_object(answer) if as_json else answer.text
        return {
            "id": cid, "object": "chat.completion", "created": created, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": answer.why.finish_reason, "logprobs": None}],
            "usage": _usage(answer),
        }  # fmt: skip
    stream = engine.assistant.stream(name, message, conversation, **options)
    usage_wanted = bool(body.stream_options and body.stream_options.include_usage)
    why_id = ctx.keep_why(who.tenant, owner, {"pending": True})  # filled in when the stream ends

    def events() -> Iterator[str]:
        head = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model}
        first = {**head, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                      "finish_reason": None}]}  # fmt: skip
        yield f"data: {json.dumps(first)}\n\n"
        try:
            for piece in stream:
                if as_json:  # one JSON object, whole: it goes out when the answer is done
                    continue
                chunk = {
                    **head,
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
                yield f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n"
        except TailorkitError as exc:
            yield f"data: {json.dumps({'error': {'message': str(exc), 'type': 'server_error'}})}\n\n"
            return
        answer = stream.answer
        if as_json and answer is not None:
            whole = {
                **head,
                "choices": [{"index": 0, "delta": {"content": _json_object(answer)}, "finish_reason": None}],
            }
            yield f"data: {json.dumps(whole, ensure_ascii=False)}\n\n"
        if answer is not None:
            ctx.keep_why(who.tenant, owner, answer.why.as_dict(), key=why_id)
        finish = answer.why.finish_reason if answer else "stop"
        last = {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}
        yield f"data: {json.dumps(last)}\n\n"
        if usage_wanted and answer is not None:
            yield f"data: {json.dumps({**head, 'choices': [], 'usage': _usage(answer)})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingResponse(events(), media_type="text/event-stream", headers={"X-Tailorkit-Why": why_id})


def _proxy(
    body: OpenAIChatIn,
    who: Any,
    ctx: Any,
    user: str | None,
    http: Any,
    upstream_model: str,
    domain: str | None = None,
) -> Any:
    """Personalise the request and forward it to an upstream model server as it came (tools, tool calls,
    response formats and fields tailorkit does not know included); its answer, streamed or whole, goes
    back as it arrives. Only the system prompt changes: the user's context is added after the client's."""
    import httpx

    raw = body.model_dump(exclude_unset=True)
    raw["model"] = upstream_model
    engine = ctx.for_user(who, user, "chat") if user else ctx.engine_for(who.tenant)
    prepared = None
    message, client = _conversation(body, strict=False) if body.messages[-1].role == "user" else ("", None)
    if user and client is not None and message.strip():
        prepared = engine.assistant.personalise(user, message, client, domain=_domain(body, domain))
        messages = raw["messages"]
        first = messages[0] if messages else None
        if first is not None and first.get("role") in ("system", "developer"):
            content = first.get("content")
            if isinstance(content, list):
                first["content"] = [*content, {"type": "text", "text": prepared.section}]
            else:
                first["content"] = f"{content or ''}\n\n{prepared.section}".strip()
        else:
            messages.insert(0, {"role": "system", "content": prepared.messages[0]["content"]})

    def keep(text: str) -> None:
        if prepared is not None:
            engine.assistant.record(prepared, text)

    if not body.stream:
        try:
            answer = http.post("/chat/completions", json=raw)
        except httpx.HTTPError as exc:
            raise ApiError(502, "upstream_unavailable", f"model server {body.model!r}: {exc}") from None
        if answer.status_code == 200:
            choices = answer.json().get("choices") or [{}]
            keep((choices[0].get("message") or {}).get("content") or "")
        return Response(answer.content, answer.status_code, media_type="application/json")

    try:
        opened = http.stream("POST", "/chat/completions", json=raw)
        answer = opened.__enter__()
    except httpx.HTTPError as exc:
        raise ApiError(502, "upstream_unavailable", f"model server {body.model!r}: {exc}") from None
    if answer.status_code != 200:  # its error, with its status, before any event is sent
        content = answer.read()
        opened.__exit__(None, None, None)
        return Response(content, answer.status_code, media_type="application/json")

    def relay() -> Iterator[bytes]:
        said: list[str] = []
        try:
            for line in answer.iter_lines():
                yield (line + "\n").encode()
                if line.startswith("data:") and line[5:].strip() not in ("", "[DONE]"):
                    try:
                        choices = json.loads(line[5:]).get("choices") or [{}]
                    except json.JSONDecodeError:
                        continue
                    said.append((choices[0].get("delta") or {}).get("content") or "")
        except httpx.HTTPError as exc:
            yield f"data: {json.dumps({'error': {'message': str(exc), 'type': 'server_error'}})}\n\n".encode()
            return
        finally:
            opened.__exit__(None, None, None)
        keep("".join(said))

    return StreamingResponse(relay(), media_type="text/event-stream")
