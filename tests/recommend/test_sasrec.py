"""SASRec reads order: on walks where each item is followed by the next, it learns what comes next, and a
new user folded in with their sequence gets the item after their last."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from tailorkit import Engine, Settings
from tailorkit.recommend import Interactions, SASRec

N_ITEMS = 30


def walks(n_users: int = 240, seed: int = 0) -> Interactions:
    """Each user walks the item cycle from a random start: i, i+1, i+2 ... (mod 30), in time order."""
    rng = np.random.default_rng(seed)
    rows = []
    for u in range(n_users):
        start, steps = int(rng.integers(N_ITEMS)), int(rng.integers(5, 12))
        rows += [(f"u{u}", f"i{(start + k) % N_ITEMS}", 1.0, float(k)) for k in range(steps)]
    frame = pd.DataFrame(rows, columns=["user", "item", "value", "ts"])
    return Interactions.from_frame(frame, item_ids=[f"i{i}" for i in range(N_ITEMS)])


def test_it_learns_what_comes_next_and_folds_in_a_sequence() -> None:
    data = walks()
    model = SASRec(factors=32, epochs=40, max_len=12, dropout=0.1, learning_rate=3e-3).fit(data)
    assert model.history["loss"][-1] < model.history["loss"][0] / 3
    # every user's next step is the item after their last one
    last = data.log.sort_values("ts").groupby("user")["item"].last()
    users = last.index.to_numpy()
    ids, _ = model.recommend(users, n=1)
    hits = np.mean(ids[:, 0] == (last.to_numpy() + 1) % N_ITEMS)
    assert hits > 0.8, hits
    # a new user, given their walk in time order
    index = {str(i): n for n, i in enumerate(data.item_ids)}
    walk = [index[f"i{i}"] for i in (20, 21, 22, 23)]
    row = sp.csr_matrix((np.ones(4), ([0] * 4, walk)), shape=(1, data.n_items))
    new = data.n_users
    model.partial_fit_users([new], row, sequences=[np.array(walk)])
    top = model.recommend([new], n=1)[0][0, 0]
    assert data.item_ids[top] == "i24"


def test_trained_and_served_through_the_engine_a_new_user_folded_in_by_time(tmp_path: Path) -> None:
    engine = Engine.open(tmp_path / "s.db", Settings(data_dir=tmp_path))
    data = walks()
    frame = data.log
    engine.ingest_events(
        [
            {
                "user": str(data.user_ids[u]),
                "item": str(data.item_ids[i]),
                "kind": "view",
                "timestamp": 1e9 + t,
            }
            for u, i, t in zip(frame["user"], frame["item"], frame["ts"], strict=True)
        ]
    )
    engine.train("sasrec", factors=32, epochs=40, max_len=12, dropout=0.1, learning_rate=3e-3)
    # a user the model never saw, whose time order is not the items' order: 14, then 3, then 4
    told = [
        {"user": "new", "item": f"i{i}", "kind": "view", "timestamp": 2e9 + n}
        for n, i in enumerate((14, 3, 4))
    ]
    engine.ingest_events(told)
    top = engine.recommend("new", 1, algorithm="sasrec")
    assert [r.item for r in top] == ["i5"]  # after 4 (in item order the last would be 14, then 15)
    engine.close()
