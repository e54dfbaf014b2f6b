"""Reusable test suites and fakes for tailorkit and its plugins."""

from tailorkit.testing._fakes import FakeChat, HashEmbedder, ScriptedChat
from tailorkit.testing._llm_suites import ChatModelContract, EmbedderContract
from tailorkit.testing._recommender_suite import RecommenderContract
from tailorkit.testing._serving import llama_cpp_server, serving, wait_answering

__all__ = [
    "ChatModelContract",
    "EmbedderContract",
    "FakeChat",
    "HashEmbedder",
    "RecommenderContract",
    "ScriptedChat",
    "llama_cpp_server",
    "serving",
    "wait_answering",
]
