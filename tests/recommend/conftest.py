from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tailorkit.evaluation import Split, random_holdout, ranking_metrics
from tailorkit.recommend import Interactions, Recommender


@pytest.fixture
def low_rank_ratings(rng: np.random.Generator) -> Interactions:
    """30% of a 200 x 100 rank-3 rating matrix (1-5), every rating at time 0."""
    users, items = 200, 100
    truth = np.clip(3 + rng.normal(size=(users, 3)) @ rng.normal(size=(items, 3)).T, 1, 5)
    pairs = [(a, b) for a in range(users) for b in range(items) if rng.random() < 0.3]
    frame = pd.DataFrame(
        {
            "user": [a for a, _ in pairs],
            "item": [b for _, b in pairs],
            "value": [truth[a, b] for a, b in pairs],
            "ts": 0.0,
        }
    )
    return Interactions.from_frame(frame)


@pytest.fixture
def ml100k_split(shared_data: Path) -> Split:
    """MovieLens 100K, per user a random 25% held out (seed 42): the issue's ranking protocol."""
    frame = pd.read_csv(
        shared_data / "movielens-100k" / "u.data",
        sep="\t",
        header=None,
        names=["user", "item", "value", "ts"],
    )
    return random_holdout(Interactions.from_frame(frame), 0.25, seed=42)


def ndcg_at_10(model: Recommender, split: Split) -> float:
    users = np.unique(split.test.log["user"])
    ids, _ = model.fit(split.train).recommend(users, n=10)
    return float(ranking_metrics(ids, split.test.seen, users, 10)["ndcg@10"].mean())
