"""Metrics against hand-computed values; splits keep their promises."""

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from tailorkit.evaluation import (
    beyond_accuracy,
    leave_last_out,
    random_holdout,
    ranking_metrics,
    rating_metrics,
)
from tailorkit.recommend import Interactions
from tailorkit.testing._recommender_suite import toy_interactions


def test_ranking_metrics_by_hand() -> None:
    relevant = sp.csr_matrix(np.array([[1, 0, 1, 0, 0, 0], [0, 0, 0, 0, 0, 1]], dtype=np.float32))
    ids = np.array([[2, 1, 0], [3, 4, -1]])
    m = ranking_metrics(ids, relevant, np.array([0, 1]), k=3).set_index("user")
    # user 0: hits at ranks 1 and 3 of 2 relevant
    dcg = 1 + 1 / np.log2(4)
    idcg = 1 + 1 / np.log2(3)
    assert m.loc[0, "ndcg@3"] == pytest.approx(dcg / idcg)
    assert m.loc[0, "precision@3"] == pytest.approx(2 / 3)
    assert m.loc[0, "recall@3"] == pytest.approx(1.0)
    assert m.loc[0, "map@3"] == pytest.approx((1 / 1 + 2 / 3) / 2)
    assert m.loc[0, "mrr@3"] == pytest.approx(1.0)
    assert m.loc[0, "hitrate@3"] == 1.0
    assert m.loc[1].sum() == 0.0  # no hit at all


def test_beyond_accuracy_and_rating_metrics() -> None:
    train = sp.csr_matrix(np.array([[1, 1, 0, 0], [1, 0, 1, 0]], dtype=np.float32))
    out = beyond_accuracy(np.array([[0, 3], [2, 3]]), train, k=2)
    assert out["coverage@2"] == pytest.approx(3 / 4)
    assert out["novelty@2"] > 0
    assert rating_metrics(np.array([3.0, 4.0]), np.array([4.0, 4.0])) == {
        "rmse": pytest.approx(np.sqrt(0.5)),
        "mae": 0.5,
    }


def test_random_holdout_is_per_user_and_seeded() -> None:
    data = toy_interactions()
    a = random_holdout(data, 0.25, seed=42)
    b = random_holdout(data, 0.25, seed=42)
    assert a.test.log.equals(b.test.log)
    assert len(a.train) + len(a.test) == len(data)
    sizes = data.log.groupby("user").size()
    test_sizes = a.test.log.groupby("user").size()
    assert (test_sizes == (sizes * 0.25).round().astype(int)).all()
    merged = pd.concat([a.train.log, a.test.log])
    assert not merged.duplicated(["user", "item"]).any()
    assert not random_holdout(data, 0.25, seed=1).test.log.equals(a.test.log)


def test_leave_last_out_takes_the_latest() -> None:
    frame = pd.DataFrame({"user": ["a", "a", "a", "b"], "item": ["x", "y", "z", "x"], "ts": [3, 1, 2, 5.0]})
    data = Interactions.from_frame(frame, value=None)
    split = leave_last_out(data)
    test = split.test.log
    assert len(test) == 1 and data.item_ids[test["item"].iloc[0]] == "x"
    assert len(split.train) == 3  # user b has a single event: it stays in training
