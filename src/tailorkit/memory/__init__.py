"""Long-term memory: extraction from messages, reconciliation, and hybrid per-user search."""

from tailorkit.memory._brevity import ANSWER_LENGTH_TOPIC, AnswerLength, answer_length
from tailorkit.memory._domains import applies_to, asks_in, names_another, seeks_advice
from tailorkit.memory._extract import Extractor, LLMExtractor, RuleExtractor
from tailorkit.memory._import import ChatMessage, ImportReport, read_chat, validate_chat
from tailorkit.memory._keep import (
    DropReason,
    interest_words,
    likings,
    why_not_kept,
    without_opening,
    worth_keeping,
)
from tailorkit.memory._limits import LIMIT_TOPIC, LengthLimit, length_limit
from tailorkit.memory._reconcile import means_everything
from tailorkit.memory._records import Candidate, Change, Hit, Memory, MemoryKind
from tailorkit.memory._rules import for_whom, sentences
from tailorkit.memory._service import MemoryService, Understood

__all__ = [
    "ANSWER_LENGTH_TOPIC",
    "LIMIT_TOPIC",
    "AnswerLength",
    "Candidate",
    "Change",
    "ChatMessage",
    "DropReason",
    "Extractor",
    "Hit",
    "ImportReport",
    "LLMExtractor",
    "LengthLimit",
    "Memory",
    "MemoryKind",
    "MemoryService",
    "RuleExtractor",
    "Understood",
    "answer_length",
    "applies_to",
    "asks_in",
    "for_whom",
    "interest_words",
    "length_limit",
    "likings",
    "means_everything",
    "names_another",
    "read_chat",
    "seeks_advice",
    "sentences",
    "validate_chat",
    "why_not_kept",
    "without_opening",
    "worth_keeping",
]
