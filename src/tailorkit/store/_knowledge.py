"""A tenant's knowledge base: documents and their passages. Every query here is bound to one tenant's
id; the full-text index reaches a tenant's passages through terms prefixed with it (migration 0013).

Vectors: exact nearest neighbours over the tenant's passages (sqlite-vec's ``vec_distance_cosine``, numpy
where the extension cannot load, pgvector's ``<=>``): a help centre holds thousands of passages, where an
exact scan takes a few milliseconds and loses nothing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import Table, delete, func, insert, select, text, update

from tailorkit.store._nearest import exact_nearest
from tailorkit.store._schema import DocumentRecord, PassageRecord

if TYPE_CHECKING:
    from tailorkit.store._store import Store

__all__ = ["Knowledge"]

D: Table = DocumentRecord.__table__  # type: ignore[assignment]
P: Table = PassageRecord.__table__  # type: ignore[assignment]


_INNER_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*#*$", re.MULTILINE)
"""A heading inside a passage's text (a short section kept with the one before it)."""


@dataclass(frozen=True)
class Knowledge:
    """The tenant's documents and passages (``tenant_id`` -1: a tenant that does not exist, whose reads
    find nothing)."""

    store: Store
    tenant: str
    tenant_id: int

    def documents(self) -> list[dict[str, Any]]:
        """Every document: id, source, title, kind, language, chars, domains, passages, created and updated
        times."""
        counts = (
            select(P.c.document_id, func.count().label("passages"))
            .where(P.c.tenant_id == self.tenant_id)
            .group_by(P.c.document_id)
            .subquery()
        )
        query = (
            select(
                D.c.id,
                D.c.source,
                D.c.title,
                D.c.kind,
                D.c.language,
                D.c.chars,
                D.c.domains,
                func.coalesce(counts.c.passages, 0).label("passages"),
                D.c.created_at,
                D.c.updated_at,
            )
            .select_from(D.outerjoin(counts, counts.c.document_id == D.c.id))
            .where(D.c.tenant_id == self.tenant_id)
            .order_by(D.c.id)
        )
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def digests(self) -> dict[str, tuple[str, str | None]]:
        """Source -> digest and domains of every document (what re-ingesting compares against)."""
        with self.store.read() as conn:
            rows = conn.execute(
                select(D.c.source, D.c.digest, D.c.domains).where(D.c.tenant_id == self.tenant_id)
            )
            return {str(s): (str(d), domains) for s, d, domains in rows}

    def replace(
        self,
        documents: Sequence[tuple[dict[str, Any], Sequence[dict[str, Any]]]],
        domains: dict[str, str | None] | None = None,
    ) -> list[int]:
        """Write ``documents`` (each its row and its passages' rows) in one transaction: a source seen
        before keeps its id and gets the new passages in place of the old ones. Their ids, in order. In the
        same transaction, the documents of each source in ``domains`` get those domains, their passages
        as they are (the same bytes ingested for other domains)."""
        tid = self.store.create_tenant(self.tenant)
        now = time.time()
        ids: list[int] = []
        with self.store.write() as conn:
            for source, said in (domains or {}).items():
                conn.execute(
                    update(D)
                    .where(D.c.tenant_id == tid, D.c.source == source)
                    .values(domains=said, updated_at=now)
                )
            for doc, passages in documents:
                values = {k: doc[k] for k in ("title", "kind", "digest", "language", "chars")}
                values["domains"] = doc.get("domains")
                found = conn.execute(
                    select(D.c.id).where(D.c.tenant_id == tid, D.c.source == doc["source"])
                ).scalar()
                if found is None:
                    result = conn.execute(
                        insert(D).values(
                            tenant_id=tid, source=doc["source"], created_at=now, updated_at=now, **values
                        )
                    )
                    doc_id = int(result.inserted_primary_key[0])  # type: ignore[index]
                else:
                    doc_id = int(found)
                    conn.execute(update(D).where(D.c.id == doc_id).values(updated_at=now, **values))
                    conn.execute(delete(P).where(P.c.tenant_id == tid, P.c.document_id == doc_id))
                if passages:
                    rows = [{**p, "tenant_id": tid, "document_id": doc_id} for p in passages]
                    conn.execute(insert(P), rows)
                ids.append(doc_id)
        return ids

    def remove(self, document: int | str) -> dict[str, Any] | None:
        """Delete a document (by id or source) with its passages from the table and both indexes (the
        full-text rows follow by trigger or by being a column). The removed document's row, or None."""
        match = D.c.id == document if isinstance(document, int) else D.c.source == document
        with self.store.write() as conn:
            row = conn.execute(
                select(D.c.id, D.c.source, D.c.title).where(D.c.tenant_id == self.tenant_id, match)
            ).first()
            if row is None:
                return None
            gone = conn.execute(
                delete(P).where(P.c.tenant_id == self.tenant_id, P.c.document_id == row.id)
            ).rowcount
            conn.execute(delete(D).where(D.c.id == row.id))
        return {"id": int(row.id), "source": row.source, "title": row.title, "passages": int(gone)}

    def passages(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """Passage id -> id, text, heading, index terms (space-separated), position, document id, source,
        title and domains, for ``ids``."""
        if not ids:
            return {}
        query = (
            select(
                P.c.id,
                P.c.text,
                P.c.heading,
                P.c.terms,
                P.c.position,
                P.c.document_id,
                D.c.source,
                D.c.title,
                D.c.domains,
            )
            .join(D, D.c.id == P.c.document_id)
            .where(P.c.tenant_id == self.tenant_id, P.c.id.in_(list(ids)))
        )
        with self.store.read() as conn:
            return {int(r.id): dict(r._mapping) for r in conn.execute(query)}

    def full_text(
        self, terms: Sequence[str], limit: int, domain: str | None = None
    ) -> list[tuple[int, float]]:
        """The tenant's passages matching any of ``terms``, best first: ``(id, score)``, higher better;
        with ``domain``, only those of documents for it or for every domain."""
        terms = _searchable(terms)
        if not terms:
            return []
        params: dict[str, Any] = {"t": self.tenant_id, "k": limit}
        serves = _serves(params, domain, "p.document_id")
        if self.store.engine.dialect.name == "postgresql":
            params["q"] = " | ".join(terms)
            sql = (
                "SELECT p.id, ts_rank(p.search, q) AS score FROM passages p, to_tsquery('simple', :q) q "
                f"WHERE p.tenant_id = :t AND p.search @@ q{serves} ORDER BY score DESC, p.id LIMIT :k"
            )
        else:
            params["q"] = " OR ".join(self._token(t) for t in terms)
            sql = (
                "SELECT p.id, -bm25(passage_fts) AS score FROM passage_fts "
                "CROSS JOIN passages p ON p.id = passage_fts.rowid "
                f"WHERE passage_fts MATCH :q AND p.tenant_id = :t{serves} ORDER BY score DESC, p.id LIMIT :k"
            )
        with self.store.read() as conn:
            return [(int(r[0]), float(r[1])) for r in conn.execute(text(sql), params)]

    def headings(self, domain: str | None = None) -> list[tuple[int, list[str]]]:
        """Each of the tenant's passages under a heading with the headings it is named by: its own (the last
        of those above it) and those of the short sections it holds ("配送说明" holds "## 配送时效"); with
        ``domain``, of documents for it or for every domain."""
        params: dict[str, Any] = {"t": self.tenant_id}
        sql = (
            "SELECT id, heading, text FROM passages WHERE tenant_id = :t AND heading IS NOT NULL"
            f"{_serves(params, domain, 'document_id')} ORDER BY id"
        )
        with self.store.read() as conn:
            rows = conn.execute(text(sql), params).all()
        return [
            (int(pid), [str(heading).rsplit(" › ", 1)[-1].strip(), *_INNER_HEADING.findall(str(body or ""))])
            for pid, heading, body in rows
        ]

    def _token(self, term: str) -> str:
        """``term`` as a quoted SQLite full-text token of this tenant's (its terms are prefixed with the
        tenant's id, migration 0013: one tenant's query never matches another's passages)."""
        return f'"{self.tenant_id}t{term}"'

    def frequency(self, terms: Sequence[str]) -> dict[str, int]:
        """How many of the tenant's passages hold each of ``terms`` (index terms)."""
        terms = _searchable(terms)
        if not terms:
            return {}
        params: dict[str, Any] = {"t": self.tenant_id}
        if self.store.engine.dialect.name == "postgresql":
            one = (
                "SELECT count(*) FROM passages WHERE tenant_id = :t AND search @@ to_tsquery('simple', :q{n})"
            )
            params |= {f"q{n}": term for n, term in enumerate(terms)}
        else:
            one = "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH :q{n}"
            params |= {f"q{n}": self._token(term) for n, term in enumerate(terms)}
        sql = " UNION ALL ".join(f"SELECT {n}, ({one.format(n=n)})" for n in range(len(terms)))
        with self.store.read() as conn:
            return {terms[int(r[0])]: int(r[1]) for r in conn.execute(text(sql), params)}

    def nearest(
        self, vector: np.ndarray, limit: int, among: Sequence[int] | None = None, domain: str | None = None
    ) -> list[tuple[int, float]]:
        """The tenant's passages (those of ids ``among`` only, where given; with ``domain``, of documents
        for it or for every domain) nearest ``vector`` by cosine similarity, best first: ``(id,
        similarity)`` (passages embedded by a model of another dimension are skipped)."""
        params: dict[str, Any] = {"t": self.tenant_id}
        where = "tenant_id = :t" + _serves(params, domain, "document_id")
        if among is not None:
            if not among:
                return []
            where += f" AND id IN ({', '.join(str(int(i)) for i in among)})"
        with self.store.read() as conn:
            return exact_nearest(
                conn, "passages", where, params, vector, limit, sqlite_vec=self.store.sqlite_vec,
            )  # fmt: skip

    def count(self) -> int:
        """Passages the tenant holds."""
        with self.store.read() as conn:
            query = select(func.count()).select_from(P).where(P.c.tenant_id == self.tenant_id)
            return int(conn.execute(query).scalar_one())


def _serves(params: dict[str, Any], domain: str | None, document: str) -> str:
    """The SQL condition (with its parameter added to ``params``) that a passage's ``document`` column is
    of a document for ``domain`` or for every domain (no domains); none without a domain."""
    if domain is None:
        return ""
    params["dom"] = f"%,{domain},%"
    return (
        f" AND {document} IN (SELECT id FROM documents WHERE tenant_id = :t AND "
        "(domains IS NULL OR ',' || domains || ',' LIKE :dom))"
    )


def _searchable(terms: Sequence[str]) -> list[str]:
    """``terms`` once each, in order, without the empty and those a full-text query cannot quote."""
    return list(dict.fromkeys(t for t in terms if t and '"' not in t))
