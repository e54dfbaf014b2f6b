"""Explicit matrix factorisation: it learns ratings, records curves, and predicts in range."""

import numpy as np
import pandas as pd

from tailorkit.recommend import Interactions, MatrixFactorization


def test_learns_a_low_rank_rating_matrix(low_rank_ratings: Interactions) -> None:
    data = low_rank_ratings
    model = MatrixFactorization(factors=8, epochs=60, reg=0.02, validation_fraction=0.1, seed=1).fit(data)
    loss, val = model.history["loss"], model.history["val_rmse"]
    assert len(loss) == len(val) == 60
    assert loss[-1] < loss[0] * 0.5 and val[-1] < val[0]
    assert val[-1] < 0.5  # far below the spread of the ratings (~1.3)
    pred = model.predict(np.array([0, 1]), np.array([0, 1]))
    assert ((pred >= 1) & (pred <= 5)).all()


def test_day_bias_learns_a_sessions_mood(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tailorkit.recommend import Recommender

    rows = []
    for u in range(30):
        for i in range(40):
            day = (i + u) % 2  # every user has a grumpy day and a cheerful day; items fall on both
            rows.append((u, i, 4.0 if day else 2.0, day * 86_400.0 + u))
    data = Interactions.from_frame(pd.DataFrame(rows, columns=["user", "item", "value", "ts"]))
    moody = MatrixFactorization(factors=2, epochs=40, reg=0.05, day_bias=True, reg_day=0.01).fit(data)
    u, items = np.zeros(2, dtype=np.int64), np.array([0, 0])
    cheerful, grumpy = 86_400.0 + 5, 5.0
    gap = np.diff(moody.predict(u, items, np.array([cheerful, grumpy])))[0]
    assert gap < -1.0  # the same film, a worse day: the day's bias explains the ratings
    plain = MatrixFactorization(factors=2, epochs=40, reg=0.05).fit(data)
    assert np.ptp(plain.predict(u, items)) == 0.0  # without the day it cannot tell the two apart
    loaded = Recommender.load(moody.save(tmp_path / "m.npz"))
    times = np.array([cheerful, grumpy])
    np.testing.assert_allclose(loaded.predict(u, items, times), moody.predict(u, items, times))  # type: ignore[attr-defined]
