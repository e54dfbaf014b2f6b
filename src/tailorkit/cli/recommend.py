"""``tailorkit train`` and ``tailorkit recommend USER``."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from tailorkit.assistant import short_title
from tailorkit.cli._common import console, guarded, open_engine, parse_options, print_json, typed

__all__ = ["models", "recommend", "train"]


@guarded
def train(
    algorithm: Annotated[
        str, typer.Option("--algorithm", "-a", help="Registry name (ease, als, itemknn ...).")
    ] = ("ease"),
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="Hyperparameter key=value.")
    ] = None,
    kinds: Annotated[str, typer.Option("--kinds", help="Event kinds that count as interactions.")] = (
        "rate,purchase,like,click,view,cart"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the registry row as JSON.")] = False,
) -> None:
    """Train a recommender on the tenant's events and register it."""
    params: dict[str, Any] = {k: typed(v) for k, v in parse_options(param, "--param").items()}
    wanted = tuple(k.strip() for k in kinds.split(",") if k.strip())
    with open_engine() as engine:
        record = engine.recommender.train(algorithm, kinds=wanted, **params)
    if as_json:
        print_json(record)
        return
    snap = record["snapshot"]
    console.print(
        f"trained {algorithm} #{record['id']} on {snap['interactions']:,} interactions "
        f"({snap['users']:,} users, {snap['items']:,} items) in {record['fit_seconds']:.2f} s -> "
        f"{record['path']}",
        highlight=False,
    )


@guarded
def recommend(
    user: Annotated[str, typer.Argument(help="The user's id.")],
    n: Annotated[int, typer.Option("-n", min=1, help="How many items.")] = 10,
    explain: Annotated[
        bool, typer.Option("--explain", help="Say which of the user's items drove each.")
    ] = False,
    algorithm: Annotated[
        str | None, typer.Option("--algorithm", "-a", help="Use the newest model of this.")
    ] = None,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", "-t", help="Only items with this catalogue tag (repeatable).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Recommend items for a user with the newest trained model."""
    with open_engine() as engine:
        recs = engine.recommend(user, n, explain=explain, algorithm=algorithm, tags=tag or ())
    if as_json:
        print_json([r.as_dict() for r in recs])
        return
    if not recs:
        carrying = f" carrying {' and '.join(map(repr, tag))}" if tag else ""
        console.print(
            f"nothing to recommend for {user}: every item{carrying} is one they have had or keep away from",
            highlight=False,
        )
        return
    table = Table(
        "#", "item", "title", "score", *(["because you liked"] if explain else []), title=f"for {user}"
    )
    for rank, r in enumerate(recs, 1):
        # (titles as a reader knows them; --json keeps the catalogue's)
        why = "; ".join(short_title(b["title"]) if b["title"] else b["item"] for b in r.because[:3]) or r.note
        title = short_title(r.title) if r.title else ""
        table.add_row(str(rank), r.item, title, f"{r.score:.3f}", *([why] if explain else []))
    console.print(table)


@guarded
def models(
    algorithm: Annotated[str | None, typer.Option("--algorithm", "-a", help="Only this algorithm.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the registry rows as JSON.")] = False,
) -> None:
    """The model registry, newest first: algorithm, when, on what data, how long it took, where it is.
    ``recommend`` serves the newest of each algorithm."""
    with open_engine() as engine:
        records = engine.store.scope(engine.tenant).models.list(algorithm)
    if as_json:
        print_json(records)
        return
    if not records:
        console.print("no trained models yet: run `tailorkit train`", highlight=False)
        return
    table = Table(
        "#", "algorithm", "trained", "users", "items", "interactions", "fit s", "file", title="models"
    )
    served: set[str] = set()
    for r in records:
        snap = r["snapshot"] or {}
        newest = r["algorithm"] not in served
        served.add(r["algorithm"])
        table.add_row(
            f"{r['id']}{' *' if newest else ''}",
            r["algorithm"],
            str(r["created_at"])[:19],
            f"{snap.get('users', 0):,}",
            f"{snap.get('items', 0):,}",
            f"{snap.get('interactions', 0):,}",
            f"{r['fit_seconds']:.2f}",
            str(r["path"]),
        )
    console.print(table)
    console.print("* the newest of its algorithm (what `recommend --algorithm` serves)", highlight=False)
