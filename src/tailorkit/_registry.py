"""One registry per extension kind, filled from entry points; built-ins register the same way."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Generic, TypeVar

from tailorkit.errors import NotFoundError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Named extensions of one kind, from the entry-point group ``group`` plus runtime registrations.

    Args:
        group: the entry-point group, e.g. ``tailorkit.datasets``.
        kind: what the extensions are, for error messages ("data set").
        not_found: the ``NotFoundError`` subclass raised for an unknown name.
    """

    def __init__(self, group: str, kind: str, not_found: type[NotFoundError] = NotFoundError) -> None:
        self.group, self.kind, self.not_found = group, kind, not_found
        self._loaded: dict[str, T] = {}
        self._extra: dict[str, T] = {}

    def names(self) -> list[str]:
        return sorted({ep.name for ep in entry_points(group=self.group)} | set(self._extra))

    def get(self, name: str) -> T:
        if name in self._extra:
            return self._extra[name]
        if name not in self._loaded:
            eps = [ep for ep in entry_points(group=self.group) if ep.name == name]
            if not eps:
                known = ", ".join(self.names()) or "none"
                raise self.not_found(f"no {self.kind} named {name!r}; known: {known}")
            self._loaded[name] = eps[0].load()
        return self._loaded[name]

    def register(self, name: str, obj: T) -> None:
        """Add or replace an extension at run time (tests, notebooks)."""
        self._extra[name] = obj

    def unregister(self, name: str) -> None:
        self._extra.pop(name, None)
