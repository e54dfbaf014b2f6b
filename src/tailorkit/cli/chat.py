"""``tailorkit chat``, ``tailorkit feedback`` and ``tailorkit demo``: the assistant from a terminal."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.panel import Panel

from tailorkit.assistant import Why, short_title
from tailorkit.cli._common import console, guarded, open_engine, print_json
from tailorkit.engine import Engine

__all__ = ["chat", "demo", "feedback"]

_DOMAIN = "general, customer_service, content_recommendation, tutoring or health_coaching"


def _why_lines(why: Why) -> str:
    lines = [f"profile: {fact}" for fact in why.profile]
    lines += [f"memory #{m['id']}: {m['text']}" for m in why.memories]
    for r in why.recommendations:
        # (titles as a reader knows them: "The First Wives Club (1996)", not "First Wives Club, The (1996)")
        because = ", ".join(short_title(b["title"]) if b["title"] else b["item"] for b in r["because"][:2])
        lines.append(
            f"item {r['item']} {short_title(r['title'] or '')}"
            + (f" (because you liked {because})" if because else "")
        )
    lines += [f"removed: {r}" for r in why.removed]
    lines += [f"corrected: {c['sentence']} ({c['fact']})" for c in why.corrected]
    if why.looped:
        lines.append("the model began repeating itself: cut there")
    lines += [f"note: {n}" for n in why.notes]
    if why.structured:
        lines.append(
            "structured: the assistant wrote the answer"
            + (
                ", the model only its lead-in"
                if why.tokens.get("completion")
                else "; the model was not asked"
            )
        )
    t, ms = why.tokens, why.timings_ms
    lines.append(
        f"template {why.template} · prompt {t.get('prompt')} tokens, answer {t.get('completion')} · "
        f"context {ms.get('context', 0):.0f} ms, first token {ms.get('first_token', 0):.0f} ms, "
        f"generation {ms.get('generation', 0):.0f} ms"
    )
    return "\n".join(lines)


def _one(
    engine: Engine,
    user: str,
    message: str,
    conversation: int | None,
    domain: str | None,
    personal: bool,
    why: bool,
) -> int | None:
    stream = engine.assistant.stream(user, message, conversation, domain=domain, personalised=personal)
    for piece in stream:
        console.print(piece, end="", highlight=False, markup=False, soft_wrap=True)
    console.print()
    answer = stream.answer
    assert answer is not None
    if why:
        console.print(Panel(_why_lines(answer.why), title="why", border_style="dim"), highlight=False)
    return answer.conversation_id


@guarded
def chat(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    message: Annotated[
        str | None, typer.Argument(help="One message; omit for an interactive session.")
    ] = None,
    conversation: Annotated[
        int | None, typer.Option("--conversation", help="Continue this conversation.")
    ] = None,
    domain: Annotated[str | None, typer.Option("--domain", help=_DOMAIN)] = None,
    no_personal: Annotated[
        bool,
        typer.Option("--no-personal", help="Answer without the user's profile, memories or recommendations."),
    ] = False,
    why: Annotated[bool, typer.Option("--why", help="Show what went into each answer.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="One message: print the answer and its why report as JSON.")
    ] = False,
) -> None:
    """Talk to the assistant as USER: answers stream in, personalised with what is known about them."""
    with open_engine() as engine:
        if message is not None:
            if as_json:
                answer = engine.chat(user, message, conversation, domain=domain, personalised=not no_personal)
                print_json(answer.as_dict())
            else:
                _one(engine, user, message, conversation, domain, not no_personal, why)
            return
        console.print(f"chatting as {user!r}; an empty line, /quit or Ctrl-D ends", highlight=False)
        while True:
            try:
                text = input("> ") if sys.stdin.isatty() else sys.stdin.readline()
            except EOFError:
                break
            # (not said to the assistant, nor kept: "/quit" got "Please, enjoy your dinner.")
            if not text.strip() or text.strip().lower() in _ENDS:
                break
            conversation = _one(engine, user, text.strip(), conversation, domain, not no_personal, why)


_ENDS = frozenset({"/quit", "/exit", "/q", "/bye", "quit", "exit", ":q"})
"""What ends an interactive chat besides an empty line, as other command-line chats are ended."""


@guarded
def feedback(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    value: Annotated[float, typer.Argument(help="+1 / -1 (thumbs) or a rating.")],
    turn: Annotated[int | None, typer.Option("--turn", help="An answer's turn id (from --json).")] = None,
    item: Annotated[str | None, typer.Option("--item", help="An item id.")] = None,
    accept: Annotated[
        bool, typer.Option("--accept", help="With --item: the user took this recommendation.")
    ] = False,
) -> None:
    """Record a thumbs up/down or a rating on an answer or an item; the profile learns from it."""
    with open_engine() as engine:
        if accept:
            if item is None:
                raise typer.BadParameter("--accept needs --item")
            result = engine.assistant.accept(user, item)
        else:
            result = engine.assistant.feedback(user, value, turn=turn, item=item)
    console.print(f"recorded {result['event']} for {user}", highlight=False)


DEMO_QUESTION = "Can you recommend me some movies for tonight?"


@guarded
def demo(
    users: Annotated[str, typer.Option("--users", help="Two demo users, comma-separated.")] = "1,414",
) -> None:
    """A tour on the demo data: two users with different tastes ask the same question."""
    chosen = [u.strip() for u in users.split(",") if u.strip()]
    with open_engine() as engine:
        stats = engine.stats()
        if stats.events == 0:
            console.print("loading the bundled demo data ...", highlight=False)
            engine.load_dataset("demo")
            engine.profiles.rebuild()
        if not engine.store.scope(engine.tenant).models.list():
            console.print("training a recommender ...", highlight=False)
            engine.train("ease")
        for user in chosen:
            profile = engine.profile(user)
            console.rule(f"user {user}")
            console.print(f"[bold]profile[/]: {profile.summary}", highlight=False)
            console.print(f"[bold]{user} asks[/]: {DEMO_QUESTION}", highlight=False)
            _one(engine, user, DEMO_QUESTION, None, "content_recommendation", True, True)
