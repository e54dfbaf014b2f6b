"""Reusable test suites and fakes for tailorkit and its plugins."""

from tailorkit.testing._recommender_suite import RecommenderContract

__all__ = ["RecommenderContract"]
