"""Reusable test suites and fakes for tailorkit and its plugins."""

from tailorkit.testing._fakes import FakeChat, HashEmbedder, ScriptedChat
from tailorkit.testing._recommender_suite import RecommenderContract

__all__ = ["FakeChat", "HashEmbedder", "RecommenderContract", "ScriptedChat"]
