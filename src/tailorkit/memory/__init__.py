"""Long-term memory: extraction from messages, reconciliation, and hybrid per-user search."""

from tailorkit.memory._extract import Extractor, LLMExtractor, RuleExtractor
from tailorkit.memory._records import Candidate, Change, Hit, Memory, MemoryKind
from tailorkit.memory._service import MemoryService

__all__ = [
    "Candidate",
    "Change",
    "Extractor",
    "Hit",
    "LLMExtractor",
    "Memory",
    "MemoryKind",
    "MemoryService",
    "RuleExtractor",
]
