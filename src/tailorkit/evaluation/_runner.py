"""The benchmark runner: fit each algorithm on the training side of a protocol, score the test side."""

from __future__ import annotations

import ctypes
import itertools
import json
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from tailorkit.errors import InputError
from tailorkit.evaluation._metrics import beyond_accuracy, ranking_metrics, rating_metrics
from tailorkit.evaluation._splits import (
    Split,
    global_time_split,
    leave_last_out,
    ml100k_folds,
    random_holdout,
    time_split,
    validation_split,
)
from tailorkit.recommend import Ensemble, Interactions, Recommender, get_recommender

__all__ = ["PROTOCOLS", "AlgorithmResult", "evaluate", "splits_for", "tune"]

Protocol = Literal["random-75-25", "ml100k-folds", "leave-last-out"]
PROTOCOLS: tuple[str, ...] = ("random-75-25", "ml100k-folds", "leave-last-out", "time")

ONE_SPLIT_PAST = 200_000
"""Interactions from which tuning scores candidates on one validation split instead of three: at
MovieLens 100K's size three splits' mean moves the choice; on logs this large the validation side holds
tens of thousands of interactions and one split's score varies less than the candidates differ."""

# Small grids searched on validation splits carved from the training side (never the test side).
SEARCH_SPACES: dict[str, dict[str, Sequence[Any]]] = {
    "ease": {"reg": [100.0, 250.0, 500.0, 1000.0], "session_gap": [0.0, 60.0]},
    "itemknn": {"neighbors": [50, 100, 200], "shrink": [0.0, 10.0, 50.0]},
    "als": {"factors": [64, 128], "reg": [0.05, 1.0, 10.0], "alpha": [1.0, 5.0]},
    # reg is per interaction in the weighted-lambda models, so its useful range is far below ALS's
    "als-wr": {
        "factors": [64, 128],
        "reg": [0.1, 0.2, 0.3],
        "alpha": [0.25, 1.0],
        "weighting": ["binary", "value"],
    },
    "spark-als": {"reg": [0.1, 0.2, 0.4], "alpha": [1.0, 2.0]},
    "bpr": {"factors": [64, 128], "learning_rate": [0.002, 0.005, 0.01], "epochs": [100]},
    "neural": {"factors": [32, 64], "learning_rate": [0.005, 0.01]},
    "autorec": {"reg": [150.0, 300.0, 600.0]},
    "svd": {"factors": [24, 48, 96, 192], "item_norm": [0.25, 0.5]},
    "mf": {
        "reg": [0.08, 0.1, 0.12],
        "learning_rate": [0.01, 0.013],
        "epochs": [30, 40],
        "factors": [50],
        "models": [4],
    },
}


@dataclass
class AlgorithmResult:
    """One algorithm under one protocol (metrics averaged over folds where there are several)."""

    algorithm: str
    params: dict[str, Any]
    metrics: dict[str, float]
    fit_seconds: float
    peak_memory_mb: float
    by_group: dict[str, dict[str, float]] = field(default_factory=dict)
    history: dict[str, list[float]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def splits_for(
    data: Interactions,
    protocol: str,
    *,
    seed: int = 42,
    folds_path: Path | None = None,
    before: float | None = None,
) -> Iterator[Split]:
    """The train/test splits of a protocol (``time``: train before ``before``, epoch seconds; default:
    the time that leaves the newest 20% of the log for testing)."""
    if protocol == "time":
        yield time_split(data, before) if before is not None else global_time_split(data, 0.2)
    elif protocol == "random-75-25":
        yield random_holdout(data, 0.25, seed=seed)
    elif protocol == "leave-last-out":
        yield leave_last_out(data, 1)
    elif protocol == "ml100k-folds":
        if folds_path is None:
            raise InputError(
                "the ml100k-folds protocol needs the MovieLens 100K folder (u1.base ... u5.test)"
            )
        yield from ml100k_folds(data, folds_path)
    else:
        raise InputError(f"unknown protocol {protocol!r}; expected one of: {', '.join(PROTOCOLS)}")


def _fit(
    name: str, params: dict[str, Any], train: Interactions, memo: Reuse | None = None
) -> tuple[Recommender, float, float]:
    """The model fitted on ``train``, its fit seconds and peak memory (MB). With ``memo``, a model this
    evaluation already fitted with these parameters is the one returned (with the time and memory it took
    then), and an ensemble with fixed weights is assembled from its members fitted so (its time: theirs,
    summed; its memory: the most any took)."""
    finals = memo.finals if memo is not None else {}
    key = (id(train), model_key(name, params))
    if key in finals:
        return finals[key]
    if memo is not None and name == "ensemble" and params.get("validation_fraction", 0) == 0:
        members = Ensemble(**params).config.members
        parts = [_fit(m.algorithm, m.params, train, memo) for m in members]
        ensemble = Ensemble.of_fitted([p[0] for p in parts], train, **params)
        finals[key] = (ensemble, sum(p[1] for p in parts), max(p[2] for p in parts))
        return finals[key]
    with _peak_memory() as peak:
        start = time.perf_counter()
        model = get_recommender(name)(**params).fit(train)
        seconds = time.perf_counter() - start
    finals[key] = (model, seconds, peak[0])
    return finals[key]


_STATUS, _CLEAR_REFS = Path("/proc/self/status"), Path("/proc/self/clear_refs")


def _status_kb(field: str) -> int:
    for line in _STATUS.read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise OSError(f"no {field} in {_STATUS}")


def _release_free_heap() -> None:
    """Hand memory that glibc's allocator keeps after frees back to the system (no-op elsewhere)."""
    with suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


@contextmanager
def _peak_memory() -> Iterator[list[float]]:
    """Megabytes the process's peak resident memory rose by during the block, where Linux lets the
    peak be reset (it counts every allocator: numpy, numba, implicit's C++, torch); elsewhere what
    ``tracemalloc`` sees (Python and numpy allocations only, and it slows compiled parallel code)."""
    out = [0.0]
    try:
        _release_free_heap()  # else a fit that reuses memory freed earlier in the process reads as ~0
        _CLEAR_REFS.write_text("5")
        base = _status_kb("VmRSS")
    except OSError:
        tracemalloc.start()
        try:
            yield out
            out[0] = tracemalloc.get_traced_memory()[1] / 2**20
        finally:
            tracemalloc.stop()
        return
    yield out
    out[0] = max(_status_kb("VmHWM") - base, 0) / 1024


def _score(
    model: Recommender, split: Split, k: int, group_by: Sequence[str]
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    test = split.test
    users = np.unique(test.log["user"].to_numpy())
    ids, _ = model.recommend(users, n=k)
    per_user = ranking_metrics(ids, test.seen, users, k)
    metrics = {str(c): float(v) for c, v in per_user.drop(columns="user").mean().items()}
    metrics["users"] = float(len(users))
    # how far the mean could be from the one on other users of the same kind (one standard error)
    metrics[f"ndcg@{k}_se"] = (
        float(per_user[f"ndcg@{k}"].std(ddof=1) / np.sqrt(len(users))) if len(users) > 1 else 0.0
    )
    metrics.update(beyond_accuracy(ids, split.train.seen, k))
    if model.predicts_ratings:
        metrics.update(rating_metrics(model.predict_log(test.log), test.log["value"].to_numpy()))
    groups: dict[str, dict[str, float]] = {}
    if split.train.users is not None:
        for attr in group_by:
            if attr not in split.train.users.columns:
                continue
            values = split.train.users[attr].to_numpy()[users]
            if attr == "age":
                values = np.array([_age_band(v) for v in values], dtype=object)
            frame = per_user.assign(group=values)
            for g, part in frame.groupby("group"):
                groups[f"{attr}={g}"] = {
                    f"ndcg@{k}": float(part[f"ndcg@{k}"].mean()),
                    "users": float(len(part)),
                }
    return metrics, groups


def _age_band(age: Any) -> str:
    try:
        a = int(age)
    except (TypeError, ValueError):
        return "unknown"
    for hi, band in ((18, "<18"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (56, "45-55")):
        if a < hi:
            return band
    return "56+"


@dataclass
class Reuse:
    """Work one evaluation shares across its algorithms: each tuning choice (by algorithm, fixed
    parameters and training side), the validation splits carved from a training side, and fitted models
    by training side and (algorithm, parameters): a tuning's winners on its validation splits and the
    final fits. An ensemble of algorithms already tuned and fitted then fits nothing of its own."""

    choices: dict[str, dict[str, Any]] = field(default_factory=dict)
    splits: dict[tuple[int, int, float], Split] = field(default_factory=dict)
    models: dict[int, dict[str, Recommender]] = field(default_factory=dict)
    finals: dict[tuple[int, str], tuple[Recommender, float, float]] = field(default_factory=dict)
    """Models fitted on a protocol's training sides: model, fit seconds, peak MB."""

    def split(self, train: Interactions, seed: int, fraction: float) -> Split:
        key = (id(train), seed, fraction)
        if key not in self.splits:
            self.splits[key] = validation_split(train, fraction, seed)
        return self.splits[key]

    def fitted(self, train: Interactions) -> dict[str, Recommender]:
        """The models fitted on ``train`` so far (a validation split's training side), by ``model_key``."""
        return self.models.setdefault(id(train), {})


def model_key(name: str, params: dict[str, Any]) -> str:
    return json.dumps([name, params], sort_keys=True, default=str)


def tune(
    name: str,
    train: Interactions,
    k: int = 10,
    *,
    seed: int = 0,
    space: dict[str, Sequence[Any]] | None = None,
    repeats: int | None = None,
    validation_fraction: float = 0.1,
    fixed: dict[str, Any] | None = None,
    budget_s: float | None = None,
    report: Callable[[str], None] | None = None,
    memo: Reuse | None = None,
) -> dict[str, Any]:
    """Pick hyperparameters on the mean score over ``repeats`` validation splits of ``train`` (a random
    ``validation_fraction`` of each user's interactions; seeds ``seed``, ``seed + 1`` ...). By default
    three, and one from ``ONE_SPLIT_PAST`` interactions, where one split's score is already steady and
    each fit costs more. ``fixed``
    parameters go into every candidate unsearched; the result holds them too.

    Candidates are tried nearest the algorithm's defaults first (most often the good ones); with
    ``budget_s``, no candidate starts once that much time has gone, and ``report`` hears how long each
    took, its score, and how many were skipped.

    The chosen model is then fitted on all of ``train`` while each candidate was fitted on the rest of
    a validation split, so settings that depend on how dense the data is (regularisation, rank,
    ensemble weights) transfer better the smaller that share; averaging several splits pays for the
    noisier metric of a smaller one.

    An ensemble without a ``space`` is tuned in two steps: each member on its own search space (its
    given parameters held), then the members' weights, in tenths, over every split of the whole among
    them. Its members are fitted once per validation split and shared by every weighting tried.

    ``memo`` (an evaluation's ``Reuse``) keeps each choice, the validation splits and the winners' fitted
    models: an algorithm tuned alone and then as an ensemble member on the same data is tuned and fitted
    once."""
    fixed = dict(fixed or {})
    if repeats is None:
        repeats = 3 if len(train) < ONE_SPLIT_PAST else 1
    if repeats < 1:
        raise InputError(f"repeats must be at least 1, not {repeats}")
    if not 0 < validation_fraction < 1:
        raise InputError(f"validation_fraction must be between 0 and 1, not {validation_fraction}")
    how: dict[str, Any] = {"seed": seed, "repeats": repeats, "validation_fraction": validation_fraction}
    memo = Reuse() if memo is None else memo
    memo_key = json.dumps([name, fixed, id(train), k, how, space], sort_keys=True, default=str)
    if memo_key in memo.choices:
        return dict(memo.choices[memo_key])
    if name == "ensemble" and space is None:
        passed = {**how, "budget_s": budget_s, "report": report, "memo": memo}
        memo.choices[memo_key] = _tune_ensemble(train, k, fixed, passed)
        return memo.choices[memo_key]
    space = SEARCH_SPACES.get(name, {}) if space is None else space
    space = {key: values for key, values in space.items() if key not in fixed}
    if not space:
        return fixed
    splits = [memo.split(train, seed + r, validation_fraction) for r in range(repeats)]
    fitted = [memo.fitted(val.train) for val in splits]
    best: tuple[float, dict[str, Any], list[Recommender]] | None = None
    candidates = _nearest_defaults_first(name, space)
    say = report or (lambda _: None)
    started = time.perf_counter()
    for n, combo in enumerate(candidates):
        if budget_s is not None and best is not None and time.perf_counter() - started > budget_s:
            say(
                f"{name}: budget of {budget_s:g} s spent; "
                f"{len(candidates) - n} of {len(candidates)} candidates skipped"
            )
            break
        params = {**dict(zip(space.keys(), combo, strict=True)), **fixed}
        objectives, models = [], []
        began = time.perf_counter()
        for val, cache in zip(splits, fitted, strict=True):
            models.append(_fit_for_tuning(name, params, val.train, cache))
            metrics, _ = _score(models[-1], val, k, ())
            objectives.append(-metrics["rmse"] if "rmse" in metrics else metrics[f"ndcg@{k}"])
        objective = float(np.mean(objectives))
        shown = ", ".join(f"{key}={value}" for key, value in zip(space.keys(), combo, strict=True))
        say(f"{name} {shown}: {objective:.4f} in {time.perf_counter() - began:.1f} s")
        if best is None or objective > best[0]:
            best = (objective, params, models)
    assert best is not None
    memo.choices[memo_key] = best[1]
    if name != "ensemble":  # the winner's models on each split, for the ensembles that will use it
        for cache, model in zip(fitted, best[2], strict=True):
            cache[model_key(name, best[1])] = model
    return best[1]


def _nearest_defaults_first(name: str, space: dict[str, Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The grid's candidates, those that differ from the algorithm's defaults in the fewest parameters
    (and by the least, relatively) first."""
    defaults = get_recommender(name).Config().model_dump()

    def distance(combo: tuple[Any, ...]) -> tuple[int, float]:
        changed, far = 0, 0.0
        for key, value in zip(space.keys(), combo, strict=True):
            default = defaults.get(key)
            if value == default:
                continue
            changed += 1
            if isinstance(value, int | float) and isinstance(default, int | float) and default:
                far += abs(float(value) - float(default)) / abs(float(default))
            else:
                far += 1.0
        return changed, far

    return sorted(itertools.product(*space.values()), key=distance)


def _tune_ensemble(train: Interactions, k: int, fixed: dict[str, Any], how: dict[str, Any]) -> dict[str, Any]:
    config = Ensemble(**fixed).config
    members = [
        {**m.model_dump(), "params": tune(m.algorithm, train, k, fixed=m.params, **how)}
        for m in config.members
    ]
    grid = _weight_grid(len(members))
    if config.validation_fraction > 0 or not grid:  # weights learned by the ensemble, or one member
        return {**fixed, "members": members}
    rest = {key: value for key, value in fixed.items() if key != "members"}
    # nearest equal weights among the members given some first (so each member left out once early,
    # then the near-even blends of all): with a budget, the blends tried are the likeliest ones
    grid.sort(key=lambda ws: (_from_even(ws), -sum(w > 0 for w in ws)))
    space: dict[str, Sequence[Any]] = {  # a member given no part is left out
        "members": [[{**m, "weight": w} for m, w in zip(members, ws, strict=True) if w > 0] for ws in grid]
    }
    return tune("ensemble", train, k, space=space, fixed=rest, **how)


def _from_even(weights: tuple[float, ...]) -> float:
    """How far ``weights`` are from sharing equally among the members they give some to."""
    given = [w for w in weights if w > 0]
    return round(sum(abs(w - 1 / len(given)) for w in given), 9)


def _weight_grid(n: int, steps: int = 10) -> list[tuple[float, ...]]:
    """Every way to share ``steps`` equal parts among ``n`` members, at least two of them getting some:
    up to four members, one that only drags the blend down on validation can be left out; more, each
    gets at least one part (none for one member, or for more members than parts)."""
    if n < 2:
        return []
    if n > 4:
        cuts: Iterable[tuple[int, ...]] = itertools.combinations(range(1, steps), n - 1)
    else:
        cuts = itertools.combinations_with_replacement(range(steps + 1), n - 1)
    shares = [tuple(float(b - a) / steps for a, b in itertools.pairwise((0, *c, steps))) for c in cuts]
    return [ws for ws in shares if sum(w > 0 for w in ws) >= 2]


def _fit_for_tuning(
    name: str, params: dict[str, Any], train: Interactions, cache: dict[str, Recommender]
) -> Recommender:
    """A candidate fitted on ``train``: the model in ``cache`` where there is one; an ensemble from its
    members in ``cache``, fitting (and keeping) those not there."""
    if name != "ensemble" or params.get("validation_fraction", 0) > 0:
        known = cache.get(model_key(name, params))
        return known if known is not None else get_recommender(name)(**params).fit(train)
    parts = []
    for member in Ensemble(**params).config.members:
        key = model_key(member.algorithm, member.params)
        if key not in cache:
            cache[key] = get_recommender(member.algorithm)(**member.params).fit(train)
        parts.append(cache[key])
    return Ensemble.of_fitted(parts, train, **params)


def evaluate(
    data: Interactions,
    protocol: str,
    algorithms: Sequence[str | tuple[str, dict[str, Any]]],
    *,
    k: int = 10,
    seed: int = 42,
    folds_path: Path | None = None,
    tune_params: bool = False,
    group_by: Sequence[str] = ("gender", "age"),
    progress: Callable[[str], None] | None = None,
    before: float | None = None,
    budget_s: float | None = None,
) -> list[AlgorithmResult]:
    """Evaluate algorithms under a protocol; metrics are averaged over its folds.

    Args:
        algorithms: registry names, or (name, params) pairs.
        tune_params: pick each algorithm's parameters with :func:`tune` on every training side.
    """
    splits = list(splits_for(data, protocol, seed=seed, folds_path=folds_path, before=before))
    results = []
    memo = Reuse()  # an algorithm tuned and fitted alone is not tuned or fitted again as a member
    for entry in algorithms:
        name, params = (entry, {}) if isinstance(entry, str) else entry
        get_recommender(name)  # fail early on an unknown name
        per_fold: list[dict[str, float]] = []
        groups: list[dict[str, dict[str, float]]] = []
        seconds, peaks, history, chosen = [], [], {}, dict(params)
        for split in splits:
            if progress:
                progress(f"{name} on {split.name}")
            if tune_params:
                chosen = tune(
                    name, split.train, k, fixed=params, budget_s=budget_s, report=progress, memo=memo
                )
            model, fit_s, peak = _fit(name, chosen, split.train, memo)
            metrics, by_group = _score(model, split, k, group_by)
            per_fold.append(metrics)
            groups.append(by_group)
            seconds.append(fit_s)
            peaks.append(peak)
            history = model.history
        mean = {str(c): float(v) for c, v in pd.DataFrame(per_fold).mean().items()}
        merged = {
            g: {str(c): float(v) for c, v in pd.DataFrame([d[g] for d in groups if g in d]).mean().items()}
            for g in sorted({g for d in groups for g in d})
        }
        fit_s, peak = float(np.mean(seconds)), float(np.max(peaks))
        results.append(AlgorithmResult(name, chosen, mean, fit_s, peak, merged, history))
    return results
