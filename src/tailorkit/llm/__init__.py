"""Models: the ``Embedder`` contract and its default (chat backends arrive with the assistant)."""

from tailorkit.llm._embedder import Embedder, SentenceEmbedder, bundled_embedding_model

__all__ = ["Embedder", "SentenceEmbedder", "bundled_embedding_model"]
