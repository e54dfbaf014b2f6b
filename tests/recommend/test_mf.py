"""Explicit matrix factorisation: it learns ratings, records curves, and predicts in range."""

import numpy as np
import pandas as pd

from tailorkit.recommend import Interactions, MatrixFactorization


def test_learns_a_low_rank_rating_matrix(rng: np.random.Generator) -> None:
    users, items = 200, 100
    u = rng.normal(size=(users, 3))
    v = rng.normal(size=(items, 3))
    truth = np.clip(3 + u @ v.T, 1, 5)
    pairs = [(a, b) for a in range(users) for b in range(items) if rng.random() < 0.3]
    frame = pd.DataFrame(
        {
            "user": [a for a, _ in pairs],
            "item": [b for _, b in pairs],
            "value": [truth[a, b] for a, b in pairs],
            "ts": 0.0,
        }
    )
    data = Interactions.from_frame(frame)
    model = MatrixFactorization(factors=8, epochs=60, reg=0.02, validation_fraction=0.1, seed=1).fit(data)
    loss, val = model.history["loss"], model.history["val_rmse"]
    assert len(loss) == len(val) == 60
    assert loss[-1] < loss[0] * 0.5 and val[-1] < val[0]
    assert val[-1] < 0.5  # far below the spread of the ratings (~1.3)
    pred = model.predict(np.array([0, 1]), np.array([0, 1]))
    assert ((pred >= 1) & (pred <= 5)).all()
