"""Every chat backend and embedder that ships passes the same contract a plugin's would."""

from tailorkit.llm import ChatModel, Embedder, LlamaCppChat, SentenceEmbedder
from tailorkit.testing import ChatModelContract, EmbedderContract, FakeChat, HashEmbedder


class TestFakeChat(ChatModelContract):
    @staticmethod
    def build() -> ChatModel:
        return FakeChat()


class TestLlamaCppChat(ChatModelContract):
    @staticmethod
    def build() -> ChatModel:
        return LlamaCppChat(context_size=1024)


class TestHashEmbedder(EmbedderContract):
    @staticmethod
    def build() -> Embedder:
        return HashEmbedder()


class TestSentenceEmbedder(EmbedderContract):
    @staticmethod
    def build() -> Embedder:
        return SentenceEmbedder()
