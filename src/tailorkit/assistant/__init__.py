"""The personal assistant: context assembly under a token budget, domain templates, grounded answers,
the why report and feedback."""

from tailorkit.assistant._answer import Answer, AnswerStream, Why
from tailorkit.assistant._assistant import Assistant, AssistantParts, ClientTurns, Sampling
from tailorkit.assistant._context import Piece, PieceKind, pack
from tailorkit.assistant._grounding import Catalogue, title_forms
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
    "Piece",
    "PieceKind",
    "Sampling",
    "Template",
    "Why",
    "pack",
    "title_forms",
]
