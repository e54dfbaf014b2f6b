"""``tailorkit memory {add,search,list,forget,import}``: what the assistant remembers about a user."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tailorkit.cli._common import console, guarded, open_engine, print_json, progress_bar

__all__ = ["add", "app", "forget", "import_", "list_", "pin", "search"]

app = typer.Typer(help="See, add, search and forget a user's long-term memories.", no_args_is_help=True)

_KINDS = "fact, preference, event or instruction"


def _when(ts: float | None) -> str:
    return "" if ts is None else datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M")


@app.command()
@guarded
def add(
    user: Annotated[str, typer.Argument(help="The user's id (created if new).")],
    text: Annotated[str, typer.Argument(help="What the user said, or the memory itself with --as-is.")],
    as_is: Annotated[
        bool, typer.Option("--as-is", help="Store TEXT as one memory instead of extracting from it.")
    ] = False,
    kind: Annotated[str, typer.Option("--kind", help=f"With --as-is: {_KINDS}.")] = "fact",
    topic: Annotated[str | None, typer.Option("--topic", help="With --as-is: e.g. drink:tea.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Remember what TEXT says: extracted, then reconciled (a duplicate reinforces, a change supersedes).

    When the extractor finds nothing, TEXT is kept as a fact as it is.
    """
    with open_engine() as engine:
        changes = engine.memories.remember_or_keep(
            user, text, as_is=as_is, kind=kind, topic=topic, source={"cli": True}
        )
    if as_json:
        print_json([c.as_dict() for c in changes])
        return
    for c in changes:
        detail = f" #{c.memory.id} {c.memory.text!r}" if c.memory else ""
        extra = f" (replaces {', '.join(map(str, c.replaced))})" if c.replaced else ""
        gone = f" {', '.join(map(str, c.deleted))}" if c.deleted else ""
        console.print(f"{c.action}{detail}{extra}{gone}", highlight=False)


@app.command()
@guarded
def search(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    query: Annotated[str, typer.Argument(help="What to look for, in any words (English or Chinese).")],
    k: Annotated[int, typer.Option("-k", "--k", min=1, help="How many memories.")] = 10,
    history: Annotated[bool, typer.Option("--history", help="Include superseded memories.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """The user's memories most relevant to QUERY (full text + embeddings + recency, fused)."""
    with open_engine() as engine:
        hits = engine.memories.search(user, query, k, include_history=history)
    if as_json:
        print_json([h.as_dict() for h in hits])
        return
    table = Table("id", "score", "kind", "memory", "text rank", "vector rank")
    for h in hits:
        old = "" if h.memory.active else " [superseded]"
        table.add_row(
            str(h.memory.id),
            f"{h.score:.4f}",
            h.memory.kind,
            h.memory.text + old,
            str(h.text_rank or "-"),
            str(h.vector_rank or "-"),
        )
    console.print(table)


@app.command("list")
@guarded
def list_(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    history: Annotated[
        bool, typer.Option("--history", help="Include superseded and expired memories.")
    ] = False,
    expired: Annotated[
        bool, typer.Option("--expired", help="Include memories whose time passed ('until Friday').")
    ] = False,
    kind: Annotated[str | None, typer.Option("--kind", help=f"Only this kind: {_KINDS}.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many, newest first.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Everything remembered about the user that still holds, newest first."""
    with open_engine() as engine:
        memories = engine.memories.list(
            user, include_history=history, expired=expired, kind=kind, limit=limit
        )
    if as_json:
        print_json([m.as_dict() for m in memories])
        return
    table = Table("id", "kind", "memory", "topic", "seen", "since", "until")
    for m in memories:
        table.add_row(
            str(m.id),
            m.kind,
            m.text + (" (pinned)" if m.pinned else "") + (" (expired)" if m.expired else ""),
            m.topic or "",
            str(m.reinforced + 1),
            _when(m.valid_from),
            _when(m.valid_to) + (f" -> #{m.superseded_by}" if m.superseded_by else ""),
        )
    console.print(table)


@app.command()
@guarded
def forget(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    ids: Annotated[list[int] | None, typer.Argument(help="Memory ids (see `memory list`).")] = None,
    matching: Annotated[
        str | None, typer.Option("--matching", help='Forget what this describes, e.g. "I drink coffee".')
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Forget every memory of the user.")] = False,
) -> None:
    """Delete memories (with the history they superseded) from the table and every index."""
    if not ids and matching is None and not all_:
        raise typer.BadParameter("name memory ids, --matching TEXT or --all")
    deleted: list[int] = []
    with open_engine() as engine:
        if all_:
            n = engine.memories.forget_all(user)
            console.print(f"forgot all {n} memories of {user}", highlight=False)
            return
        for memory_id in ids or []:
            deleted += engine.memories.forget(user, memory_id)
        if matching is not None:
            deleted += engine.memories.forget_matching(user, matching).deleted
    if not deleted:
        console.print("nothing matched; nothing forgotten", highlight=False)
    else:
        console.print(f"forgot {len(deleted)}: {', '.join(map(str, sorted(deleted)))}", highlight=False)


@app.command()
@guarded
def pin(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    memory_id: Annotated[int, typer.Argument(help="The memory's id (see `memory list`).")],
    off: Annotated[bool, typer.Option("--off", help="Unpin it.")] = False,
) -> None:
    """Pin a memory: it never expires and ranks first among equals; --off unpins it."""
    with open_engine() as engine:
        memory = engine.memories.pin(user, memory_id, pinned=not off)
    console.print(f"{'unpinned' if off else 'pinned'} #{memory.id} {memory.text!r}", highlight=False)


@app.command("import")
@guarded
def import_(
    path: Annotated[Path, typer.Argument(help="A JSON-lines chat history (OpenAI message format).")],
    user: Annotated[
        str | None, typer.Option("--user", help="Whose messages those without a 'user' field are.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Take a chat history through the same path as live chat: each user message logged and remembered.

    One message per line: ``{"role": "user", "content": "...", "time": "2024-05-01T09:00:00Z", "user":
    "ana"}`` (``content`` may be an array of content parts; ``time`` and ``user`` are optional). The
    whole file is checked before anything is written; a re-run takes nothing twice.
    """
    from tailorkit.memory import read_chat

    if not path.is_file():
        raise typer.BadParameter(f"{path} is not a file", param_hint="PATH")
    messages = read_chat(path)
    with open_engine() as engine, progress_bar("messages") as update:
        report = engine.memories.import_chat(
            messages,
            user=user,
            source_name=path.name,
            progress=lambda done, total: update("messages", done, total),
            fold=engine.profiles.fold_events,
        )
    if as_json:
        print_json(report.as_dict())
        return
    console.print(
        f"{report.messages:,} messages in {report.seconds:.1f} s ({report.rate:,.1f}/s): "
        f"{report.remembered:,} user messages taken, {report.already_imported:,} already imported, "
        f"{report.memories:,} memories added or changed",
        highlight=False,
    )
