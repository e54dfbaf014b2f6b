"""Evaluation: splits, metrics, the benchmark runner and reports."""

from tailorkit.evaluation._answers import Answerer, AnswerScores, token_f1
from tailorkit.evaluation._assistant import AssistantEvalResult, evaluate_assistant
from tailorkit.evaluation._knowledge import FAQ_SET, KnowledgeEvalResult, evaluate_knowledge
from tailorkit.evaluation._memory import MemoryEvalResult, evaluate_memory, locomo_memories
from tailorkit.evaluation._metrics import beyond_accuracy, ranking_metrics, rating_metrics
from tailorkit.evaluation._preferences import PreferenceEvalResult, evaluate_preferences, load_preferences
from tailorkit.evaluation._report import markdown_table, write_report
from tailorkit.evaluation._runner import PROTOCOLS, AlgorithmResult, evaluate, splits_for, tune
from tailorkit.evaluation._splits import (
    Split,
    cold_items_split,
    global_time_split,
    leave_last_out,
    ml100k_folds,
    random_holdout,
    time_split,
)

__all__ = [
    "FAQ_SET",
    "PROTOCOLS",
    "AlgorithmResult",
    "AnswerScores",
    "Answerer",
    "AssistantEvalResult",
    "KnowledgeEvalResult",
    "MemoryEvalResult",
    "PreferenceEvalResult",
    "Split",
    "beyond_accuracy",
    "cold_items_split",
    "evaluate",
    "evaluate_assistant",
    "evaluate_knowledge",
    "evaluate_memory",
    "evaluate_preferences",
    "global_time_split",
    "leave_last_out",
    "load_preferences",
    "locomo_memories",
    "markdown_table",
    "ml100k_folds",
    "random_holdout",
    "ranking_metrics",
    "rating_metrics",
    "splits_for",
    "time_split",
    "token_f1",
    "tune",
    "write_report",
]
