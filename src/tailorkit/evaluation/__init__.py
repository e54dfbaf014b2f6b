"""Evaluation: splits, metrics, the benchmark runner and reports."""

from tailorkit.evaluation._metrics import beyond_accuracy, ranking_metrics, rating_metrics
from tailorkit.evaluation._splits import (
    Split,
    global_time_split,
    leave_last_out,
    ml100k_folds,
    random_holdout,
)

__all__ = [
    "Split",
    "beyond_accuracy",
    "global_time_split",
    "leave_last_out",
    "ml100k_folds",
    "random_holdout",
    "ranking_metrics",
    "rating_metrics",
]
