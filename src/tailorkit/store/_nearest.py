"""Exact nearest neighbours by cosine similarity over the rows a filter selects, in the database where
it can (pgvector's ``<=>``, sqlite-vec's ``vec_distance_cosine``) and in numpy where it cannot: what
the memories' and the knowledge base's vector search share."""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import Connection

from tailorkit.store._bulk import sql_text

__all__ = ["exact_nearest"]


def exact_nearest(
    conn: Connection,
    table: str,
    where: str,
    params: dict[str, Any],
    vector: np.ndarray,
    limit: int,
    *,
    sqlite_vec: bool,
) -> list[tuple[int, float]]:
    """The rows of ``table`` that match ``where`` (SQL over ``params``), nearest ``vector`` by cosine
    similarity, best first: ``(id, similarity)``, computed exactly: pgvector's ``<=>``, sqlite-vec's
    ``vec_distance_cosine``, or numpy where the extension cannot load. Rows embedded by a model of
    another dimension are skipped rather than failing the search."""
    vector = np.ascontiguousarray(vector, dtype=np.float32)
    params = {**params, "k": limit}
    if conn.dialect.name == "postgresql":
        params.update(v="[" + ",".join(map(repr, vector.tolist())) + "]", d=len(vector))
        sql = (
            f"SELECT id, 1 - (embedding <=> CAST(:v AS vector)) AS sim FROM {table} WHERE {where} "
            "AND embedding IS NOT NULL AND vector_dims(embedding) = :d "
            "ORDER BY embedding <=> CAST(:v AS vector) LIMIT :k"
        )
        return [(int(r[0]), float(r[1])) for r in conn.execute(sql_text(sql), params)]
    params.update(v=vector.tobytes(), n=vector.nbytes)
    clause = f"WHERE {where} AND embedding IS NOT NULL AND length(embedding) = :n"
    if sqlite_vec:
        sql = (
            f"SELECT id, 1 - vec_distance_cosine(embedding, :v) AS sim FROM {table} {clause} "
            "ORDER BY sim DESC LIMIT :k"
        )
        return [(int(r[0]), float(r[1])) for r in conn.execute(sql_text(sql), params)]
    rows = conn.execute(sql_text(f"SELECT id, embedding FROM {table} {clause}"), params).all()
    if not rows:
        return []
    matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
    norms = np.linalg.norm(matrix, axis=1) * max(float(np.linalg.norm(vector)), 1e-12)
    sims = matrix @ vector / np.maximum(norms, 1e-12)
    order = np.argsort(-sims, kind="stable")[:limit]
    return [(int(rows[i][0]), float(sims[i])) for i in order]
