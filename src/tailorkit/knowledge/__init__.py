"""A tenant's knowledge base: documents (Markdown, text, HTML, PDF) split into passages, indexed by full
text and vectors, retrieved into answers and cited."""

from tailorkit.knowledge._read import KINDS, Document, find_documents, read_document
from tailorkit.knowledge._service import IngestReport, KnowledgeService, PassageHit, Quote
from tailorkit.knowledge._split import Passage, split

__all__ = [
    "KINDS",
    "Document",
    "IngestReport",
    "KnowledgeService",
    "Passage",
    "PassageHit",
    "Quote",
    "find_documents",
    "read_document",
    "split",
]
