"""The personal assistant: context assembly under a token budget, domain templates, grounded answers,
the why report and feedback."""

from tailorkit.assistant._assistant import Answer, AnswerStream, Assistant, Why
from tailorkit.assistant._grounding import Catalogue, title_forms
from tailorkit.assistant._templates import TEMPLATES, Domain, Template

__all__ = [
    "TEMPLATES",
    "Answer",
    "AnswerStream",
    "Assistant",
    "Catalogue",
    "Domain",
    "Template",
    "Why",
    "title_forms",
]
