"""EASE with sessions: co-occurrence within one sitting weighs more than across months."""

import numpy as np
import pandas as pd
import pytest

from tailorkit.recommend import EASE, Interactions

DAY = 86_400.0


def _log() -> Interactions:
    """Every user who takes item 0 takes item 1 in the same minute and item 2 weeks later; other
    users fill in random items so the matrix is not degenerate."""
    rng = np.random.default_rng(5)
    rows = []
    for u in range(60):
        start = u * 1000.0
        if u < 30:
            rows += [(u, 0, start), (u, 1, start + 20), (u, 2, start + 30 * DAY)]
        for k, i in enumerate(rng.choice(np.arange(3, 40), 6, replace=False)):
            rows.append((u, int(i), start + (k + 1) * 7 * DAY))
    frame = pd.DataFrame(rows, columns=["user", "item", "ts"]).assign(value=1.0)
    return Interactions.from_frame(frame)


def test_session_cooccurrence_outweighs_distant_cooccurrence() -> None:
    data = _log()
    item = data.item_index(["0", "1", "2"])
    plain = EASE(reg=5.0).fit(data)
    sessions = EASE(reg=5.0, session_gap=60.0).fit(data)
    # without time, 1 and 2 are interchangeable partners of 0
    np.testing.assert_allclose(plain.weights[item[0], item[1]], plain.weights[item[0], item[2]], rtol=1e-4)
    # with sessions, the same-minute partner is the stronger one
    assert sessions.weights[item[0], item[1]] > 1.5 * sessions.weights[item[0], item[2]] > 0
    # a user who has only item 0 now gets 1 before 2
    new = data.user_ids.size
    seen = np.zeros((1, data.n_items))
    seen[0, item[0]] = 1
    sessions.partial_fit_users([new], seen)
    ids, _ = sessions.recommend([new], 2)
    assert ids[0, 0] == item[1]


def test_a_gap_that_never_splits_matches_doubling_the_gram() -> None:
    data = _log()
    one_session_each = EASE(reg=10.0, session_gap=1e12).fit(data)
    doubled = EASE(reg=5.0).fit(data)  # X'X + X'X + 10 I has the same B as X'X + 5 I
    np.testing.assert_allclose(one_session_each.weights, doubled.weights, atol=1e-5)


def test_a_catalogue_too_large_for_the_machine_is_refused_naming_what_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tailorkit.errors import InputError
    from tailorkit.recommend import _base

    monkeypatch.setattr(_base, "physical_memory", lambda: 28_800.0)  # three quarters of it holds ~27 items
    with pytest.raises(InputError, match=r"40 items .* k = 40 items kept.* min_support .* als-wr"):
        EASE().fit(_log())
    monkeypatch.setattr(_base, "physical_memory", lambda: 2.0**34)
    assert EASE().fit(_log()).weights.shape == (40, 40)
