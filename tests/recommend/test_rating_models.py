"""AutoRec and the stacked ensemble: they learn ratings, weigh members by merit, and fail clearly."""

from pathlib import Path

import numpy as np
import pytest

from tailorkit.errors import InputError
from tailorkit.recommend import AutoRec, Ensemble, Interactions, Recommender


def _held_out(
    data: Interactions, share: float = 0.2
) -> tuple[Interactions, np.ndarray, np.ndarray, np.ndarray]:
    log = data.log
    test = np.random.default_rng(0).random(len(log)) < share
    part = log[test]
    return (
        data.with_log(log[~test]),
        part["user"].to_numpy(),
        part["item"].to_numpy(),
        part["value"].to_numpy(),
    )


def _rmse(pred: np.ndarray, truth: np.ndarray) -> float:
    return float(np.sqrt(np.mean((pred - truth) ** 2)))


def test_autorec_learns_a_low_rank_rating_matrix(low_rank_ratings: Interactions) -> None:
    train, users, items, truth = _held_out(low_rank_ratings)
    model = AutoRec(
        hidden=32, reg=1.0, epochs=150, learning_rate=1e-2, batch_size=16, validation_fraction=0.1
    ).fit(train)
    loss, val = model.history["loss"], model.history["val_rmse"]
    assert len(loss) == len(val) == 150
    assert loss[-1] < loss[0] * 0.5 and val[-1] < val[0]
    pred = model.predict(users, items)
    assert ((pred >= 1) & (pred <= 5)).all()
    spread = float(np.std(truth))
    assert _rmse(pred, truth) < 0.6 * spread  # far better than predicting the mean


def test_ensemble_stacking_weighs_the_better_member(low_rank_ratings: Interactions, tmp_path: Path) -> None:
    train, users, items, truth = _held_out(low_rank_ratings)
    members = [
        {"algorithm": "mf", "params": {"factors": 8, "epochs": 60, "reg": 0.02}},
        {"algorithm": "mf", "params": {"factors": 1, "epochs": 2, "reg": 5.0}},  # little better than the mean
    ]
    model = Ensemble(members=members, validation_fraction=0.2).fit(train)
    weights = model._weights
    assert weights.sum() == pytest.approx(1.0) and (weights >= 0).all()
    assert weights[0] > 0.7
    good, weak = (_rmse(p.predict(users, items), truth) for p in model.parts)
    assert weak > good
    assert _rmse(model.predict(users, items), truth) < weak
    loaded = Recommender.load(model.save(tmp_path / "e.npz"))
    np.testing.assert_allclose(loaded.predict(users, items), model.predict(users, items))
    np.testing.assert_allclose(loaded._weights, weights)  # type: ignore[attr-defined]


def test_ensemble_of_rankers_ranks_but_does_not_rate(low_rank_ratings: Interactions) -> None:
    members = [{"algorithm": "ease", "params": {"reg": 10.0}}, {"algorithm": "popularity"}]
    model = Ensemble(members=members).fit(low_rank_ratings)
    assert not model.predicts_ratings
    ids, _ = model.recommend([0, 1], 5)
    assert ids.shape == (2, 5) and (ids >= 0).all()
    with pytest.raises(InputError, match="'ease' does not predict ratings"):
        model.predict(np.array([0]), np.array([0]))
    with pytest.raises(InputError, match="learning weights needs ratings; 'ease'"):
        Ensemble(members=members, validation_fraction=0.1).fit(low_rank_ratings)


def test_the_default_ensemble_ranks_and_the_rating_one_is_named() -> None:
    """A recommender is judged on its ranking: the default blends EASE, PureSVD and ALS-WR; the pair that
    rates best (MF with a day bias, AutoRec) is the ``ratings`` preset."""
    assert [m.algorithm for m in Ensemble().config.members] == ["ease", "svd", "als-wr"]
    rating = Ensemble(members="ratings").config.members
    assert [m.algorithm for m in rating] == ["mf", "autorec"] and rating[0].params["day_bias"]


def test_ensemble_config_errors_name_the_field() -> None:
    with pytest.raises(InputError, match="members"):
        Ensemble(members=[{"algorithm": "ensemble"}])
    with pytest.raises(InputError, match="members"):
        Ensemble(members=[])
    with pytest.raises(InputError, match="weight"):
        Ensemble(members=[{"algorithm": "mf", "weight": -1}])
    with pytest.raises(InputError, match=r"members\.1\.algorithm: .*no recommender named 'nope'"):
        Ensemble(members="ease,nope")


def test_ensemble_members_can_be_named_only() -> None:
    """As the command line gives them (``-p members=ease,svd``): default parameters, equal weights."""
    listed = Ensemble(members=" ease, svd,").config.members
    assert [(m.algorithm, m.params, m.weight) for m in listed] == [("ease", {}, 1.0), ("svd", {}, 1.0)]
    mixed = Ensemble(members=["ease", {"algorithm": "svd", "weight": 3}]).config.members
    assert [(m.algorithm, m.weight) for m in mixed] == [("ease", 1.0), ("svd", 3.0)]


def test_ensemble_forgets_users_in_every_member(low_rank_ratings: Interactions, tmp_path: Path) -> None:
    members = [
        {"algorithm": "mf", "params": {"factors": 4, "epochs": 5, "day_bias": True}},
        {"algorithm": "autorec", "params": {"hidden": 8, "epochs": 5}},
    ]
    model = Ensemble(members=members).fit(low_rank_ratings)
    row = int(np.flatnonzero(model.user_ids == "3")[0])  # type: ignore[operator]
    assert model.parts[0].p[:, row].any() and model.parts[1].weight[row].any()
    assert model.forget_users(["3"]) == 1
    loaded = Recommender.load(model.save(tmp_path / "f.npz"))
    assert "3" not in {str(u) for u in loaded.user_ids}  # type: ignore[union-attr]
    mf, autorec = loaded.parts  # type: ignore[attr-defined]
    assert not mf.p[:, row].any() and not mf.bu[:, row].any()
    assert not mf.bd[:, :-1][:, (mf.day_keys >> 20) == row].any()
    assert not autorec.weight[row].any() and autorec.bias[row] == 0
    assert loaded.user_items[row].nnz == 0  # type: ignore[index]
