"""ALS-WR: the solver, its loss curve, fold-in, and the MovieLens figure that justifies it."""

from __future__ import annotations

import numpy as np
import pytest

from tailorkit.evaluation import Split
from tailorkit.recommend import ALSWR
from tailorkit.recommend._alswr import ALSWRConfig, _half_step
from tailorkit.testing._recommender_suite import toy_interactions
from tests.recommend.conftest import ndcg_at_10


def test_conjugate_gradient_reaches_the_exact_weighted_lambda_solution(rng: np.random.Generator) -> None:
    data = toy_interactions()
    x = data.matrix("value").astype(np.float64)
    items = rng.normal(size=(data.n_items, 6))
    cfg = ALSWRConfig(factors=6, reg=0.3, alpha=0.5, cg_steps=6)  # CG is exact in k steps
    got = _half_step(x, items, np.zeros((data.n_users, 6)), cfg)
    for u in range(data.n_users):
        idx, w = x[u].indices, x[u].data
        c = 1 + cfg.alpha * w
        a = items.T @ items + (items[idx].T * (c - 1)) @ items[idx] + cfg.reg * len(idx) * np.eye(6)
        np.testing.assert_allclose(got[u], np.linalg.solve(a, c @ items[idx]), rtol=1e-6, atol=1e-8)


def test_the_loss_falls_every_epoch_and_is_recorded() -> None:
    model = ALSWR(factors=8, epochs=8).fit(toy_interactions())
    loss = np.array(model.history["loss"])
    assert len(loss) == 8
    assert np.all(np.diff(loss) <= 1e-9), loss


def test_folding_in_a_trained_user_gives_back_the_trained_factors() -> None:
    data = toy_interactions()
    model = ALSWR(factors=8, epochs=5, cg_steps=8).fit(data)  # exact solves, like the fold-in's
    trained = model.user_factors[:6].copy()
    model.partial_fit_users(np.arange(6), data.seen[:6])
    np.testing.assert_allclose(model.user_factors[:6], trained, atol=1e-4)


@pytest.mark.realdata
def test_movielens_100k_beats_tuned_implicit_als(ml100k_split: Split) -> None:
    # tuned ALS through implicit (factors 128, reg 10, alpha 1) scores 0.455 on this split
    assert ndcg_at_10(ALSWR(), ml100k_split) > 0.47
