"""The runner and the CLI end to end on a small real-shaped data set."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tailorkit.cli import app
from tailorkit.evaluation import evaluate, tune
from tailorkit.testing._recommender_suite import toy_interactions


def test_models_beat_popularity_on_structured_data() -> None:
    data = toy_interactions(n_users=200, n_items=60)
    results = {r.algorithm: r for r in evaluate(data, "random-75-25", ["popularity", "ease", "itemknn"], k=5)}
    assert results["ease"].metrics["ndcg@5"] > 1.5 * results["popularity"].metrics["ndcg@5"]
    assert results["itemknn"].metrics["recall@5"] > results["popularity"].metrics["recall@5"]
    assert results["ease"].fit_seconds >= 0 and results["ease"].peak_memory_mb > 0


def test_tuning_picks_the_best_on_a_validation_split_of_train() -> None:
    from tailorkit.evaluation import random_holdout
    from tailorkit.evaluation._runner import _score
    from tailorkit.recommend import ItemKNN

    data = toy_interactions()
    space = {"neighbors": [1, 30]}
    params = tune("itemknn", data, k=5, space=space)
    val = random_holdout(data, 0.2, seed=0)
    scores = {
        n: _score(ItemKNN(neighbors=n).fit(val.train), val, 5, ())[0]["ndcg@5"] for n in space["neighbors"]
    }
    assert params == {"neighbors": max(scores, key=scores.__getitem__)}


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
    assert (tmp_path / "rep" / "metrics.png").stat().st_size > 1000
    assert (tmp_path / "rep" / "curves.png").is_file()
    bad = CliRunner().invoke(app, ["-q", "eval", "recommend", "--dataset", "synthetic", "--protocol", "nope"])
    assert bad.exit_code == 2
