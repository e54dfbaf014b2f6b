"""``tailorkit ingest docs PATH...`` and ``tailorkit docs {list,search,remove}``: the tenant's documents
(FAQ, policies, manuals) that customer-service and tutoring answers are grounded on."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tailorkit.cli._common import console, guarded, open_engine, print_json
from tailorkit.errors import InputError

__all__ = ["app", "ingest_docs", "list_", "remove", "search"]

app = typer.Typer(help="See, search and remove the tenant's documents.", no_args_is_help=True)
JsonOption = Annotated[bool, typer.Option("--json", help="Print as JSON.")]
DomainOption = Annotated[
    list[str] | None,
    typer.Option(
        "--domain",
        "-d",
        help="An assistant domain the documents answer in (customer_service, tutoring, ...); repeat for "
        "more. None: every domain that uses documents.",
    ),
]


def _domain(said: str) -> str:
    """``said`` as an assistant domain, or an error that lists them."""
    from tailorkit.assistant import Domain

    if said not in {d.value for d in Domain}:
        raise InputError(f"--domain: unknown domain {said!r}; one of {', '.join(d.value for d in Domain)}")
    return said


@guarded
def ingest_docs(
    paths: Annotated[
        list[str], typer.Argument(help="Markdown, text, HTML or PDF files, folders of them, or file:// URLs.")
    ],
    domain: DomainOption = None,
    as_json: JsonOption = False,
) -> None:
    """Split documents into passages and index them by full text and vectors, in one transaction.

    Ingesting a source again replaces its passages, or leaves it alone when its bytes are the same
    (its domains take what --domain says).
    """
    domains = [_domain(d) for d in domain or []]
    with open_engine() as engine:
        report = engine.knowledge.ingest([Path(p) if "://" not in p else p for p in paths], domains=domains)
    if as_json:
        print_json(report.as_dict())
        return
    n = len(report.added) + len(report.updated)
    console.print(
        f"documents: {len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} "
        f"unchanged; {report.passages:,} passages in {report.seconds:.2f} s"
        + (f" ({n / report.seconds:,.1f} documents/s)" if n and report.seconds else ""),
        highlight=False,
    )


@app.command("list")
@guarded
def list_(as_json: JsonOption = False) -> None:
    """The tenant's documents."""
    with open_engine() as engine:
        rows = engine.knowledge.documents()
    if as_json:
        print_json(rows)
        return
    table = Table("id", "title", "kind", "passages", "domains", "source")
    for r in rows:
        table.add_row(
            str(r["id"]), r["title"], r["kind"], str(r["passages"]), r["domains"] or "(all)", r["source"]
        )
    console.print(table)


@app.command()
@guarded
def search(
    query: Annotated[str, typer.Argument(help="A question.")],
    k: Annotated[int, typer.Option("-k", help="Passages to show.")] = 5,
    domain: Annotated[
        str | None, typer.Option("--domain", "-d", help="Only documents for this domain (or for any).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """The passages that best answer QUERY."""
    with open_engine() as engine:
        hits = engine.knowledge.search(query, k, domain=_domain(domain) if domain else None)
    if as_json:
        print_json([h.as_dict() for h in hits])
        return
    for n, h in enumerate(hits, 1):
        console.print(f"[bold][{n}] {h.label}[/bold] ({h.source}, score {h.score:.3f})", highlight=False)
        console.print(h.text if len(h.text) < 400 else h.text[:400] + " …", highlight=False)


@app.command()
@guarded
def remove(
    document: Annotated[str, typer.Argument(help="The document's id or source.")],
    as_json: JsonOption = False,
) -> None:
    """Remove a document and its passages (rows, full-text index, vectors)."""
    with open_engine() as engine:
        gone = engine.knowledge.remove(int(document) if document.isdigit() else document)
    if as_json:
        print_json(gone)
        return
    console.print(f"removed document {gone['id']} ({gone['title']}) and its {gone['passages']} passages")
