from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tailorkit.recommend import Interactions


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
