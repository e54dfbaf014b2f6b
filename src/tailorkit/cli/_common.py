"""What every command shares: global options, opening the engine, errors, progress bars."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tailorkit.config import Settings
from tailorkit.engine import Engine
from tailorkit.errors import IngestError, TailorkitError

console = Console()
err_console = Console(stderr=True)


@dataclass
class Options:
    db: str | None = None
    tenant: str | None = None
    config: Path | None = None
    quiet: bool = False


options = Options()


def settings() -> Settings:
    return Settings.load(options.config)


@contextmanager
def open_engine() -> Iterator[Engine]:
    engine = Engine.open(options.db, settings(), tenant=options.tenant)
    try:
        yield engine
    finally:
        engine.close()


def fail(message: str) -> typer.Exit:
    """Print a one-line error and return the exit for user errors (code 1)."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn tailorkit errors into a one-line message and exit code 1 (an input's further problems,
    each where it is, on a line of its own below it)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except IngestError as exc:
            exit_ = fail(str(exc))
            for problem in exc.problems[1:]:
                err_console.print(f"  also: {problem}", highlight=False, soft_wrap=True)
            if exc.total > len(exc.problems):
                err_console.print(f"  ... {exc.total - len(exc.problems):,} more", highlight=False)
            raise exit_ from None
        except TailorkitError as exc:
            raise fail(str(exc)) from None

    return wrapper


@contextmanager
def progress_bar(description: str) -> Iterator[Callable[[str, int, int | None], None]]:
    """A Rich progress bar driven by ingestion's ``progress(phase, done, total)`` callback."""
    if options.quiet or (not sys.stderr.isatty() and not console.is_terminal):
        yield lambda phase, done, total: None
        return
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def update(phase: str, done: int, total: int | None) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(f"{description}: {phase}", total=total)
            bar.update(tasks[phase], completed=done, total=total)

        yield update


def print_json(obj: Any) -> None:
    typer.echo(json.dumps(obj, indent=2, ensure_ascii=False, default=str))


def parse_options(values: list[str] | None, hint: str = "--option") -> dict[str, str]:
    """``key=value`` pairs as a dict (a usage error, exit 2, when malformed)."""
    opts = {}
    for o in values or []:
        key, sep, value = o.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"expected key=value, got {o!r}", param_hint=hint)
        opts[key.strip()] = value.strip()
    return opts


def typed(value: str) -> object:
    """A command-line value as an int or a float where it reads as one, else the string."""
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            continue
    return value
