"""The runner and the CLI end to end on a small real-shaped data set."""

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from tailorkit.cli import app
from tailorkit.errors import InputError
from tailorkit.evaluation import evaluate, tune
from tailorkit.recommend import get_recommender
from tailorkit.testing._recommender_suite import toy_interactions


def test_models_beat_popularity_on_structured_data() -> None:
    data = toy_interactions(n_users=200, n_items=60)
    results = {r.algorithm: r for r in evaluate(data, "random-75-25", ["popularity", "ease", "itemknn"], k=5)}
    assert results["ease"].metrics["ndcg@5"] > 1.5 * results["popularity"].metrics["ndcg@5"]
    assert results["itemknn"].metrics["recall@5"] > results["popularity"].metrics["recall@5"]
    assert results["ease"].fit_seconds > 0 and results["ease"].peak_memory_mb >= 0


def test_peak_memory_counts_what_the_block_allocated() -> None:
    from tailorkit.evaluation._runner import _peak_memory

    with _peak_memory() as peak:
        block = np.ones(25_000_000)  # 200 MB, every page touched
        del block
    assert 150 < peak[0] < 400, peak


def test_tuning_picks_the_best_on_a_validation_split_of_train() -> None:
    from tailorkit.evaluation import random_holdout
    from tailorkit.evaluation._runner import _score
    from tailorkit.recommend import ItemKNN

    data = toy_interactions()
    space = {"neighbors": [1, 30]}
    params = tune("itemknn", data, k=5, space=space, repeats=1, validation_fraction=0.3)
    val = random_holdout(data, 0.3, seed=0)
    scores = {
        n: _score(ItemKNN(neighbors=n).fit(val.train), val, 5, ())[0]["ndcg@5"] for n in space["neighbors"]
    }
    assert params == {"neighbors": max(scores, key=scores.__getitem__)}


def test_a_tuning_budget_tries_the_candidates_nearest_the_defaults_first_and_says_what_it_skipped() -> None:
    data = toy_interactions()
    said: list[str] = []
    space = {"neighbors": [10, 50, 100], "shrink": [0.0, 10.0]}  # the defaults: 100 neighbours, shrink 10
    params = tune("itemknn", data, k=5, space=space, repeats=1, budget_s=0.0, report=said.append)
    assert params == {"neighbors": 100, "shrink": 10.0}  # only the first candidate ran: the defaults
    assert said[0].startswith("itemknn neighbors=100, shrink=10.0: ") and said[0].endswith(" s")
    assert said[1] == "itemknn: budget of 0 s spent; 5 of 6 candidates skipped"
    said.clear()
    tune("itemknn", data, k=5, space=space, repeats=1, report=said.append)
    assert len(said) == 6 and all(" in " in line for line in said)  # no budget: every candidate, timed


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"repeats": 0}, "repeats must be at least 1, not 0"),
        ({"validation_fraction": 0.0}, "validation_fraction must be between 0 and 1, not 0.0"),
        ({"validation_fraction": 1.0}, "validation_fraction must be between 0 and 1, not 1.0"),
    ],
)
def test_tuning_rejects_bad_validation_settings(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(InputError, match=message):
        tune("itemknn", toy_interactions(), space={"neighbors": [1, 30]}, **kwargs)  # type: ignore[arg-type]


def test_repeated_tuning_averages_its_splits_and_shares_ensemble_members(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tailorkit.evaluation import random_holdout
    from tailorkit.evaluation._runner import _score
    from tailorkit.recommend import EASE, Ensemble, ItemKNN, Recommender

    data = toy_interactions(n_users=120)
    space = {"neighbors": [1, 3, 30]}
    params = tune("itemknn", data, k=5, space=space)  # by default: 3 splits, 10% each
    vals = [random_holdout(data, 0.1, seed=s) for s in range(3)]
    mean = {
        n: np.mean([_score(ItemKNN(neighbors=n).fit(v.train), v, 5, ())[0]["ndcg@5"] for v in vals])
        for n in space["neighbors"]
    }
    assert params == {"neighbors": max(mean, key=mean.__getitem__)}

    fits: list[str] = []
    original = Recommender.fit

    def counted(self: Recommender, *args: object, **kwargs: object) -> Recommender:
        fits.append(self.name)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Recommender, "fit", counted)
    members = [
        [
            {"algorithm": "ease", "params": {"reg": 10.0}, "weight": w},
            {"algorithm": "popularity", "weight": 1 - w},
        ]
        for w in (0.2, 0.5, 0.8)
    ]
    tune("ensemble", data, k=5, space={"members": members}, repeats=2)
    assert sorted(fits) == ["ease", "ease", "popularity", "popularity"]  # once per member and split
    monkeypatch.setattr(Recommender, "fit", original)

    # an ensemble of members fitted elsewhere ranks exactly as one that fitted them itself
    parts = [EASE(reg=10.0).fit(data), get_recommender("popularity")().fit(data)]
    adopted = Ensemble.of_fitted(parts, data, members=members[1])
    own = Ensemble(members=members[1]).fit(data)
    np.testing.assert_array_equal(
        adopted.recommend(np.arange(20), n=5)[0], own.recommend(np.arange(20), n=5)[0]
    )
    with pytest.raises(InputError, match="match the members"):
        Ensemble.of_fitted(parts[::-1], data, members=members[1])


def test_fixed_parameters_are_held_and_returned() -> None:
    data = toy_interactions()
    space = {"neighbors": [1, 30], "shrink": [0.0, 50.0]}
    params = tune("itemknn", data, k=5, space=space, fixed={"shrink": 7.0})
    assert params["shrink"] == 7.0 and params["neighbors"] in (1, 30)
    assert params == {**tune("itemknn", data, k=5, space={"neighbors": [1, 30]}), "shrink": 7.0}
    assert tune("itemknn", data, space={"neighbors": [5]}, fixed={"neighbors": 9}) == {"neighbors": 9}


def test_weight_grid_shares_tenths() -> None:
    from math import comb

    from tailorkit.evaluation._runner import _weight_grid

    for n in (2, 3, 4, 5):
        grid = _weight_grid(n)
        given = [w for w in grid if min(w) > 0]  # every member given a part
        assert len(grid) == len(set(grid)) and len(given) == comb(9, n - 1)
        assert all(len(w) == n and abs(sum(w) - 1) < 1e-9 and sum(x > 0 for x in w) >= 2 for w in grid)
        assert all(round(x * 10) == x * 10 for w in grid for x in w)
        # up to four members, one can be left out (it only dragged the blend down); never all but one
        assert (len(grid) - len(given) > 0) == (2 < n <= 4)
    assert _weight_grid(1) == [] and _weight_grid(11) == []


def test_an_ensemble_tunes_its_members_then_their_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    from tailorkit.evaluation._runner import SEARCH_SPACES, _weight_grid

    monkeypatch.setitem(SEARCH_SPACES, "itemknn", {"neighbors": [1, 30]})
    monkeypatch.setitem(SEARCH_SPACES, "ease", {"reg": [1.0, 300.0]})
    data = toy_interactions(n_users=120)
    given = [{"algorithm": "itemknn", "params": {"shrink": 5.0}}, "ease"]
    params = tune("ensemble", data, k=5, fixed={"members": given})
    knn, ease = params["members"]
    # each member tuned on its own space, what was given held
    assert knn["params"] == tune("itemknn", data, k=5, fixed={"shrink": 5.0})
    assert ease["params"] == tune("ease", data, k=5)
    # then the weights: the best of the grid, as a plain search over it finds
    members = [{**m, "weight": 1.0} for m in params["members"]]
    space = {
        "members": [
            [{**m, "weight": w} for m, w in zip(members, ws, strict=True) if w > 0] for ws in _weight_grid(2)
        ]
    }
    assert params == tune("ensemble", data, k=5, space=space)
    # one member: tuned, its weight left alone
    alone = tune("ensemble", data, k=5, fixed={"members": "ease"})
    assert alone == {"members": [{"algorithm": "ease", "params": ease["params"], "weight": 1.0}]}


def test_an_algorithm_tuned_alone_is_not_tuned_again_as_a_member(monkeypatch: pytest.MonkeyPatch) -> None:
    import tailorkit.evaluation._runner as runner

    monkeypatch.setitem(runner.SEARCH_SPACES, "itemknn", {"neighbors": [1, 30]})
    searched: list[str] = []
    fit = runner._fit_for_tuning

    def counting(name: str, params: dict, train: object, cache: dict) -> object:  # type: ignore[type-arg]
        searched.append(name)
        return fit(name, params, train, cache)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "_fit_for_tuning", counting)
    data = toy_interactions(n_users=120)
    results = evaluate(
        data,
        "random-75-25",
        ["itemknn", ("ensemble", {"members": "itemknn,popularity"})],
        k=5,
        tune_params=True,
    )
    assert searched.count("itemknn") == 2 * 3  # two candidates on three validation splits, once
    knn = results[1].params["members"][0]
    assert knn["algorithm"] == "itemknn" and knn["params"] == results[0].params


def test_an_ensemble_is_assembled_from_the_models_its_evaluation_already_fitted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tailorkit.recommend import EASE

    fits: list[int] = []
    fit = EASE._fit
    monkeypatch.setattr(
        EASE, "_fit", lambda self, data, progress: fits.append(1) or fit(self, data, progress)
    )
    data = toy_interactions(n_users=120)
    members = [
        {"algorithm": "ease", "params": {}, "weight": 0.7},
        {"algorithm": "popularity", "params": {}, "weight": 0.3},
    ]
    alone, ensemble = evaluate(data, "random-75-25", ["ease", ("ensemble", {"members": members})], k=5)
    assert len(fits) == 1  # EASE fitted once, for itself and as the member
    assert ensemble.fit_seconds >= alone.fit_seconds  # the members' time, summed
    again = evaluate(data, "random-75-25", [("ensemble", {"members": members})], k=5)[0]
    assert again.metrics == ensemble.metrics  # the same ensemble as one fitted on its own


def test_eval_cli_writes_table_json_and_plots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path / "d"))
    out = CliRunner().invoke(
        app,
        [
            "-q",
            "eval",
            "recommend",
            "--dataset",
            "synthetic",
            "-o",
            "events=20000",
            "-o",
            "users=300",
            "-o",
            "items=200",
            "--algorithms",
            "popularity,ease,mf",
            "-p",
            "ease.reg=50",
            "--k",
            "5",
            "--json",
            str(tmp_path / "r.json"),
            "--report",
            str(tmp_path / "rep"),
        ],
    )
    assert out.exit_code == 0, out.output
    assert "| ease |" in out.output
    results = json.loads((tmp_path / "r.json").read_text())["results"]
    assert [r["algorithm"] for r in results] == ["popularity", "ease", "mf"]
    assert "rmse" in results[2]["metrics"]
    assert results[1]["params"] == {"reg": 50}
    assert (tmp_path / "rep" / "metrics.png").stat().st_size > 1000
    assert (tmp_path / "rep" / "curves.png").is_file()
    bad = CliRunner().invoke(app, ["-q", "eval", "recommend", "--dataset", "synthetic", "--protocol", "nope"])
    assert bad.exit_code == 2
    unknown = ["-q", "eval", "recommend", "--dataset", "synthetic", "--algorithms", "ease", "-p", "als.reg=1"]
    bad = CliRunner().invoke(app, unknown)
    assert bad.exit_code == 2 and "ALGORITHM.key=value" in bad.output
