"""Content-based recommendation: TF-IDF over item titles, texts and tags, matched to a user's taste.

A user's taste vector is the sum of the TF-IDF vectors of the items they interacted with (ratings
above their own mean count more, below it count against); an item scores the cosine between its
vector and the taste. Items need no interactions at all to be recommended: this carries cold start.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import scipy.sparse as sp
from numpy.typing import ArrayLike
from pydantic import Field

from tailorkit.errors import InputError
from tailorkit.recommend._base import Explanation, Recommender, RecommenderConfig
from tailorkit.recommend._interactions import Interactions

__all__ = ["ContentBased", "item_document", "item_documents"]


class ContentConfig(RecommenderConfig):
    representation: Literal["tfidf", "embedding"] = "tfidf"
    """``tfidf`` over the item documents, or ``embedding``: the dense vectors in the items' ``embedding``
    column (computed by an ``Embedder``, e.g. the bundled sentence-embedding model)."""
    max_features: int = Field(50_000, ge=10, le=10_000_000)
    min_df: int = Field(1, ge=1, le=1_000_000)
    tag_weight: float = Field(2.0, ge=0)
    """How many times a tag counts compared to a word of the text."""
    use_ratings: bool = True
    """Weigh each item by the user's rating relative to their mean (else every interaction counts 1)."""


def item_documents(data: Interactions, tag_weight: float = 2.0, *, natural: bool = False) -> list[str]:
    """One text per item from its title, text and tags.

    Tags become single tokens repeated ``tag_weight`` times (for TF-IDF), or, with ``natural``, a
    plain "title. text. tag, tag" sentence (for sentence embeddings).
    """
    if data.items is None:
        return [""] * data.n_items
    reps = max(round(tag_weight), 0)
    columns = (
        data.items[c] if c in data.items.columns else [None] * data.n_items for c in ("title", "text", "tags")
    )
    return [
        item_document(title, text, tags, natural=natural, reps=reps)
        for title, text, tags in zip(*columns, strict=True)
    ]


def item_document(title: Any, text: Any, tags: Any, *, natural: bool = True, reps: int = 1) -> str:
    """One item's text: its title, text and tags."""
    parts = [str(title) if isinstance(title, str) else "", str(text) if isinstance(text, str) else ""]
    if isinstance(tags, str):
        tags = json.loads(tags) if tags.startswith("[") else tags.split("|")
    if isinstance(tags, list | tuple | np.ndarray) and len(tags):
        if natural:
            parts.append(", ".join(str(t) for t in tags))
        else:
            parts.append(" ".join(["tag_" + "_".join(str(t).lower().split()) for t in tags] * reps))
    return (". " if natural else " ").join(p for p in parts if p)


class ContentBased(Recommender):
    name = "content"
    Config = ContentConfig
    config: ContentConfig

    def _fit(self, data: Interactions, progress: bool) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.user_weights = self._weights(data)
        if self.config.representation == "embedding":
            self._fit_embeddings(data)
            return
        docs = item_documents(data, self.config.tag_weight)
        vectorizer = TfidfVectorizer(
            max_features=self.config.max_features,
            min_df=self.config.min_df,
            token_pattern=r"(?u)\b\w+\b",
            sublinear_tf=True,
        )
        if any(docs):
            self.item_vectors = vectorizer.fit_transform(docs).astype(np.float32).tocsr()
            self.vocabulary = np.array(vectorizer.get_feature_names_out(), dtype=object)
        else:
            self.item_vectors = sp.csr_matrix((data.n_items, 1), dtype=np.float32)
            self.vocabulary = np.array(["<none>"], dtype=object)

    def _fit_embeddings(self, data: Interactions) -> None:
        if data.items is None or "embedding" not in data.items.columns:
            raise InputError(
                "content: representation='embedding' needs an 'embedding' column in the item data"
            )
        vectors = data.items["embedding"].tolist()
        dim = next((len(v) for v in vectors if v is not None and len(v)), 0)
        if dim == 0:
            raise InputError("content: no item has an embedding")
        dense = np.zeros((data.n_items, dim), np.float32)
        for k, v in enumerate(vectors):
            if v is not None and len(v) == dim:
                dense[k] = v
        dense /= np.linalg.norm(dense, axis=1, keepdims=True) + 1e-9
        self.item_vectors = sp.csr_matrix(dense)
        self.vocabulary = np.array([f"dim{d}" for d in range(dim)], dtype=object)

    def _weights(self, data: Interactions) -> sp.csr_matrix:
        x = data.matrix("value").tocsr()
        if not self.config.use_ratings or x.nnz == 0:
            return data.seen
        x = x.copy()
        for u in range(x.shape[0]):
            lo, hi = x.indptr[u], x.indptr[u + 1]
            if hi > lo:
                vals = x.data[lo:hi]
                centred = vals - vals.mean()
                # an all-equal history (or implicit data) still says "like": keep it positive
                x.data[lo:hi] = centred if np.abs(centred).sum() > 0 else 1.0
        return x

    def _taste(self, users: np.ndarray) -> sp.csr_matrix:
        taste = (self.user_weights[users] @ self.item_vectors).tocsr()
        norms = np.sqrt(np.asarray(taste.multiply(taste).sum(axis=1)).ravel()) + 1e-9
        return sp.diags(1 / norms) @ taste

    def _scores(self, users: np.ndarray) -> np.ndarray:
        return np.asarray((self._taste(users) @ self.item_vectors.T).todense())

    def item_similarity(self, item: int) -> np.ndarray:
        return np.asarray((self.item_vectors @ self.item_vectors[item].T).todense()).ravel()

    def explain(self, user: int, item: int, k: int = 5) -> Explanation:
        base = super().explain(user, item, k)
        users = self._check_users([user])
        contrib = self._taste(users).multiply(self.item_vectors[item]).tocsr()
        order = np.argsort(-contrib.data)[:k]
        features = [
            (str(self.vocabulary[contrib.indices[i]]), float(contrib.data[i]))
            for i in order
            if contrib.data[i] > 0
        ]
        return Explanation(base.user, base.item, base.score, base.because, features)

    def _fold_in(
        self, users: np.ndarray, rows: sp.csr_matrix, grew: int, sequences: Sequence[ArrayLike] | None
    ) -> None:
        w = self.user_weights.tolil()
        if grew > 0:
            w.resize((w.shape[0] + grew, w.shape[1]))
        w[users] = rows
        self.user_weights = w.tocsr()

    def _state(self) -> dict[str, np.ndarray]:
        v, w = self.item_vectors, self.user_weights
        return {
            "iv_data": v.data,
            "iv_indices": v.indices,
            "iv_indptr": v.indptr,
            "iv_shape": np.array(v.shape),
            "uw_data": w.data,
            "uw_indices": w.indices,
            "uw_indptr": w.indptr,
            "uw_shape": np.array(w.shape),
            "vocabulary": np.array([str(t) for t in self.vocabulary]),
        }

    def _set_state(self, state: dict[str, np.ndarray]) -> None:
        def csr(prefix: str) -> Any:
            shape = tuple(int(s) for s in state[f"{prefix}_shape"])
            return sp.csr_matrix(
                (state[f"{prefix}_data"], state[f"{prefix}_indices"], state[f"{prefix}_indptr"]), shape=shape
            )

        self.item_vectors, self.user_weights = csr("iv"), csr("uw")
        self.vocabulary = state["vocabulary"].astype(object)
