"""Content-based recommendation reads item text, tags and (optionally) embeddings."""

import numpy as np
import pandas as pd
import pytest

from tailorkit import InputError
from tailorkit.recommend import ContentBased, Hybrid, Interactions
from tailorkit.testing._recommender_suite import toy_interactions


def _data() -> Interactions:
    frame = pd.DataFrame(
        {"user": ["a", "a", "b"], "item": ["x", "y", "z"], "value": [5, 4, 5], "ts": [1, 2, 3]}
    )
    items = pd.DataFrame(
        {
            "item": ["x", "y", "z", "new-scifi", "new-romance"],
            "title": ["Star voyage", "Alien planet", "Paris love", "Galaxy star war", "Love letters"],
            "tags": [["sci-fi"], ["sci-fi"], ["romance"], ["sci-fi"], ["romance"]],
        }
    )
    return Interactions.from_frame(frame, items=items)


def test_cold_items_are_recommended_by_content_with_features() -> None:
    data = _data()
    model = ContentBased().fit(data)
    a = data.user_index(["a"])[0]
    ids, _ = model.recommend([a], n=1)
    assert data.item_ids[ids[0, 0]] == "new-scifi"  # never interacted with, yet first
    why = model.explain(a, int(ids[0, 0]))
    assert any(name in ("tag_sci_fi", "star") for name, _ in why.features)


def test_embedding_representation_uses_item_vectors() -> None:
    data = _data()
    topic = {"x": [1, 0], "y": [1, 0.1], "z": [0, 1], "new-scifi": [1, 0.05], "new-romance": [0.1, 1]}
    embedded = data.with_item_embeddings(lambda docs: np.array([topic[i] for i in data.item_ids], np.float32))
    model = ContentBased(representation="embedding").fit(embedded)
    ids, _ = model.recommend(data.user_index(["b"]), n=1)
    assert data.item_ids[ids[0, 0]] == "new-romance"
    with pytest.raises(InputError, match="embedding"):
        ContentBased(representation="embedding").fit(data)


def test_hybrid_leans_on_content_for_new_items_only() -> None:
    data = toy_interactions()
    model = Hybrid(collaborative="itemknn", support=5.0).fit(data)
    counts = np.asarray(data.seen.sum(axis=0)).ravel()
    assert np.all((model.alpha > 0.5) == (counts > 5))
