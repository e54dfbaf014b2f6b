"""The personal assistant: context assembly under a token budget, domain templates, grounded answers,
the why report and feedback."""

from tailorkit.assistant._answer import Answer, AnswerStream, Why
from tailorkit.assistant._assistant import Assistant, AssistantParts, ClientTurns, Sampling
from tailorkit.assistant._conduct import refuses
from tailorkit.assistant._context import Piece, PieceKind, pack
from tailorkit.assistant._grounding import (
    Catalogue,
    ItemFacts,
    check_facts,
    natural_title,
    short_title,
    title_forms,
)
from tailorkit.assistant._loops import cut_loop
from tailorkit.assistant._templates import TEMPLATES, Domain, Template

__all__ = [
    "TEMPLATES",
    "Answer",
    "AnswerStream",
    "Assistant",
    "AssistantParts",
    "Catalogue",
    "ClientTurns",
    "Domain",
    "ItemFacts",
    "Piece",
    "PieceKind",
    "Sampling",
    "Template",
    "Why",
    "check_facts",
    "cut_loop",
    "natural_title",
    "pack",
    "refuses",
    "short_title",
    "title_forms",
]
