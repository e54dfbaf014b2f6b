"""The recommender registry, filled from the ``tailorkit.recommenders`` entry-point group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tailorkit._registry import Registry
from tailorkit.errors import NotFoundError

if TYPE_CHECKING:
    from tailorkit.recommend._base import Recommender

__all__ = ["RECOMMENDERS", "get_recommender"]

RECOMMENDERS: Registry[type[Recommender]] = Registry("tailorkit.recommenders", "recommender", NotFoundError)


def get_recommender(name: str) -> type[Recommender]:
    """The algorithm class registered as ``name`` (``ease``, ``als``, ``itemknn`` ...)."""
    return RECOMMENDERS.get(name)
