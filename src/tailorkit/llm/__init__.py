"""Models: the ``ChatModel`` and ``Embedder`` contracts and the default embedder."""

from tailorkit.llm._chat import ChatModel, Completion, Message
from tailorkit.llm._embedder import Embedder, SentenceEmbedder, bundled_embedding_model

__all__ = ["ChatModel", "Completion", "Embedder", "Message", "SentenceEmbedder", "bundled_embedding_model"]
