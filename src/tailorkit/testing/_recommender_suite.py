"""The contract every ``Recommender`` passes. A plugin's tests reuse it::

class TestMyModel(RecommenderContract):
    algorithm = MyModel
    params = {"factors": 8}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from tailorkit.errors import InputError, NotFoundError
from tailorkit.recommend import Interactions, Recommender

__all__ = ["RecommenderContract", "toy_interactions"]


def toy_interactions(n_users: int = 60, n_items: int = 40, seed: int = 0) -> Interactions:
    """Two taste groups (even items / odd items) with a popular head, deterministic."""
    rng = np.random.default_rng(seed)
    rows = []
    for u in range(n_users):
        pool = np.arange(u % 2, n_items, 2)
        picks = rng.choice(pool, size=min(8, len(pool)), replace=False, p=None)
        rows += [
            (f"u{u}", f"i{i}", float(rng.integers(1, 6)), float(u * 100 + k)) for k, i in enumerate(picks)
        ]
    frame = pd.DataFrame(rows, columns=["user", "item", "value", "ts"])
    genres = ("comedy", "drama")
    items = pd.DataFrame(
        {
            "item": [f"i{i}" for i in range(n_items)],
            "title": [f"{genres[i % 2]} film number {i}" for i in range(n_items)],
            "text": [f"a {genres[i % 2]} story" for i in range(n_items)],
            "tags": [[genres[i % 2]] for i in range(n_items)],
        }
    )
    return Interactions.from_frame(frame, items=items)


class RecommenderContract:
    """Subclass with ``algorithm`` (a ``Recommender`` class) and ``params`` (small, fast settings)."""

    algorithm: ClassVar[type[Recommender]]
    params: ClassVar[dict[str, Any]] = {}
    deterministic: ClassVar[bool] = True

    @pytest.fixture
    def data(self) -> Interactions:
        return toy_interactions()

    @pytest.fixture
    def model(self, data: Interactions) -> Recommender:
        return self.algorithm(**self.params).fit(data)

    def test_recommend_shapes_and_order(self, model: Recommender, data: Interactions) -> None:
        ids, scores = model.recommend(np.arange(5), n=7)
        assert ids.shape == scores.shape == (5, 7)
        assert np.all(np.diff(scores, axis=1) <= 1e-6), "scores must be sorted, best first"
        assert ids.min() >= 0 and ids.max() < data.n_items

    def test_seen_items_are_excluded_unless_asked(self, model: Recommender, data: Interactions) -> None:
        users = np.arange(data.n_users)
        ids, _ = model.recommend(users, n=10)
        seen = data.seen
        for r, u in enumerate(users):
            assert not set(ids[r]) & set(seen[u].indices)
        all_ids, _ = model.recommend(users[:3], n=data.n_items, exclude_seen=False)
        assert sorted(all_ids[0]) == list(range(data.n_items))

    def test_candidates_restrict_the_ranking(self, model: Recommender) -> None:
        cand = np.array([1, 3, 5, 7, 9, 11])
        ids, _ = model.recommend([0, 1], n=3, candidates=cand, exclude_seen=False)
        assert set(ids.ravel()) <= set(cand)

    def test_fewer_eligible_items_than_n_are_padded(self, model: Recommender, data: Interactions) -> None:
        ids, scores = model.recommend([0], n=data.n_items + 5)
        n_seen = data.seen[0].nnz
        assert (ids[0] == -1).sum() == n_seen + 5
        assert np.isneginf(scores[0][ids[0] == -1]).all()

    def test_score_matches_recommend(self, model: Recommender) -> None:
        ids, scores = model.recommend([2], n=5)
        np.testing.assert_allclose(model.score(2, ids[0]), scores[0], rtol=1e-4, atol=1e-5)

    def test_same_seed_same_model(self, data: Interactions) -> None:
        if not self.deterministic:
            pytest.skip("not deterministic by design")
        a = self.algorithm(**self.params).fit(data).recommend(np.arange(10), n=5)
        b = self.algorithm(**self.params).fit(data).recommend(np.arange(10), n=5)
        np.testing.assert_array_equal(a[0], b[0])

    def test_save_load_round_trip(self, model: Recommender, tmp_path: Path) -> None:
        path = model.save(tmp_path / "model.npz")
        loaded = Recommender.load(path)
        assert type(loaded) is type(model) and loaded.config == model.config
        np.testing.assert_array_equal(
            loaded.recommend(np.arange(6), n=5)[0], model.recommend(np.arange(6), n=5)[0]
        )
        with np.load(path, allow_pickle=False) as f:  # nothing in it needs pickle
            assert len(f.files) > 0

    def test_explain_names_the_users_own_items(self, model: Recommender, data: Interactions) -> None:
        ids, _ = model.recommend([4], n=1)
        why = model.explain(4, int(ids[0, 0]))
        assert why.item == ids[0, 0] and why.user == 4
        own = set(data.seen[4].indices)
        assert why.note or (why.because and {i for i, _ in why.because} <= own) or why.features

    def test_partial_fit_users_serves_a_new_user(self, model: Recommender, data: Interactions) -> None:
        new = data.n_users
        row = sp.csr_matrix((np.ones(3), ([0, 0, 0], [0, 2, 4])), shape=(1, data.n_items))
        model.partial_fit_users([new], row)
        ids, _ = model.recommend([new], n=5)
        assert not {0, 2, 4} & set(ids[0])
        assert (ids[0] >= 0).all()

    def test_bad_arguments_raise_clear_errors(self, model: Recommender, data: Interactions) -> None:
        with pytest.raises(NotFoundError, match="user index"):
            model.recommend([data.n_users + 10])
        with pytest.raises(InputError, match="n must be a positive integer"):
            model.recommend([0], n=0)
        with pytest.raises(NotFoundError, match="item index"):
            model.score(0, [data.n_items])
        with pytest.raises(InputError, match="fit"):
            self.algorithm(**self.params).recommend([0])
        with pytest.raises(InputError):
            self.algorithm(no_such_parameter=1)
