"""Routes for the tenant's knowledge base: list, add (as text), search and remove documents. Adding and
removing take an application key; any caller of the tenant may search."""

from typing import Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from tailorkit.assistant import Domain
from tailorkit.server._deps import Auth, Ctx
from tailorkit.server._schemas import PathId

__all__ = ["router"]

router = APIRouter(tags=["documents"])


class DocumentIn(BaseModel):
    source: str = Field(min_length=1, max_length=1024)
    """Its identity: adding the same source again replaces it (or leaves it, when the text is the same)."""
    text: str = Field(min_length=1, max_length=5_000_000)
    format: Literal["markdown", "text", "html"] = "markdown"
    title: str | None = Field(None, max_length=300)


class DocumentsIn(BaseModel):
    documents: list[DocumentIn] = Field(min_length=1, max_length=1000)
    domains: list[Domain] = Field(default_factory=list, max_length=len(Domain))
    """The assistant domains they answer in ("customer_service"); none: every domain that uses documents."""


@router.get("/api/docs")
def documents(who: Auth, ctx: Ctx) -> list[dict[str, Any]]:
    return ctx.engine_for(who.tenant).knowledge.documents()


@router.post("/api/docs")
def add_documents(body: DocumentsIn, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """Add or replace documents, all in one transaction."""
    from tailorkit.knowledge import Document

    ctx.application_only(who, "add documents")
    docs = [Document.of_text(d.source, d.text, kind=d.format, title=d.title) for d in body.documents]
    domains = [d.value for d in body.domains]
    return ctx.engine_for(who.tenant).knowledge.add(docs, domains=domains).as_dict()


@router.get("/api/docs/search")
def search_documents(
    who: Auth,
    ctx: Ctx,
    q: str = Query(min_length=1, max_length=2000),
    k: int = Query(5, ge=1, le=50),
    domain: Domain | None = None,
) -> list[dict[str, Any]]:
    """The passages that best answer ``q`` (with ``domain``: of the documents for it, or for any)."""
    knowledge = ctx.engine_for(who.tenant).knowledge
    return [h.as_dict() for h in knowledge.search(q, k, domain=domain.value if domain else None)]


@router.delete("/api/docs/{document_id}")
def remove_document(document_id: PathId, who: Auth, ctx: Ctx) -> dict[str, Any]:
    """Remove a document and its passages from the table and both indexes."""
    ctx.application_only(who, "remove documents")
    return ctx.engine_for(who.tenant).knowledge.remove(document_id)
