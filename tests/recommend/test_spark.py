"""ALS trained on Spark: the shared contract, the factors' alignment, real data, the store path."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tailorkit import Engine
from tailorkit.errors import MissingExtraError
from tailorkit.evaluation import random_holdout, ranking_metrics
from tailorkit.recommend import Interactions, SparkALS
from tailorkit.testing import RecommenderContract
from tailorkit.testing._recommender_suite import toy_interactions

pytestmark = [pytest.mark.spark, pytest.mark.slow]

LOCAL = {"master": "local[1]"}


class TestSparkALS(RecommenderContract):
    algorithm = SparkALS
    params = {"factors": 8, "epochs": 5, **LOCAL}


def test_folding_in_a_trained_user_gives_back_sparks_own_factors() -> None:
    # Spark's last half-step solves each user's factors against the final item factors with
    # regParam x (the user's count); folding the same rows in must land on the same vectors, which
    # only happens when factors are matched to the right user and item indices.
    data = toy_interactions()
    model = SparkALS(factors=8, epochs=5, **LOCAL).fit(data)
    trained = model.user_factors[:6].copy()
    model.partial_fit_users(np.arange(6), data.seen[:6])
    np.testing.assert_allclose(model.user_factors[:6], trained, atol=1e-3)


def test_recommends_within_each_users_taste_group() -> None:
    data = toy_interactions()  # even users pick even items, odd users odd items
    ids, _ = SparkALS(factors=8, epochs=10, **LOCAL).fit(data).recommend(np.arange(data.n_users), n=3)
    users = np.repeat(np.arange(data.n_users), 3)
    parity = np.array([int(str(data.item_ids[i])[1:]) % 2 for i in ids.ravel()])  # type: ignore[index]
    user_parity = np.array([int(str(data.user_ids[u])[1:]) % 2 for u in users])  # type: ignore[index]
    assert (parity == user_parity).mean() > 0.95


@pytest.mark.realdata
def test_movielens_100k_ranking_is_on_par_with_als(shared_data: Path) -> None:
    frame = pd.read_csv(
        shared_data / "movielens-100k" / "u.data",
        sep="\t",
        header=None,
        names=["user", "item", "value", "ts"],
    )
    split = random_holdout(Interactions.from_frame(frame), 0.25, seed=42)
    users = np.unique(split.test.log["user"])
    model = SparkALS(factors=32, epochs=10, reg=0.01, alpha=5.0, master="local[2]").fit(split.train)
    ids, _ = model.recommend(users, n=10)
    ndcg = ranking_metrics(ids, split.test.seen, users, 10)["ndcg@10"].mean()
    # popularity scores about 0.31 here and tuned ALS 0.45
    assert ndcg > 0.38, ndcg


def test_trains_from_the_store_and_serves(engine: Engine) -> None:
    engine.load_dataset("demo")
    record = engine.recommender.train("spark-als", factors=8, epochs=5, master="local[1]")
    assert record["algorithm"] == "spark-als" and record["config"]["master"] == "local[1]"
    recs = engine.recommender.recommend("1", n=5)
    assert len(recs) == 5 and len({r.item for r in recs}) == 5


def test_without_pyspark_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'tailorkit\[spark\]'"):
        SparkALS(**LOCAL).fit(toy_interactions())
