"""Models: the ``ChatModel`` and ``Embedder`` contracts, their registries and backends.

Backends load their libraries on first use: importing this package stays light.
"""

from tailorkit.llm._chat import ChatModel, Completion, Message
from tailorkit.llm._embedder import Embedder, SentenceEmbedder, bundled_embedding_model, torch_threads
from tailorkit.llm._hf import TransformersBase, transformers_base
from tailorkit.llm._llamacpp import LlamaCppChat, bundled_chat_model, file_digest, plain_weights_on_amx
from tailorkit.llm._openai import OpenAICompatibleChat
from tailorkit.llm._registry import CHAT_MODELS, EMBEDDERS, chat_model, embedder

__all__ = [
    "CHAT_MODELS",
    "EMBEDDERS",
    "ChatModel",
    "Completion",
    "Embedder",
    "LlamaCppChat",
    "Message",
    "OpenAICompatibleChat",
    "SentenceEmbedder",
    "TransformersBase",
    "bundled_chat_model",
    "bundled_embedding_model",
    "chat_model",
    "embedder",
    "file_digest",
    "plain_weights_on_amx",
    "torch_threads",
    "transformers_base",
]
