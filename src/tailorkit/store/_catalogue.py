"""Whether a tenant's catalogue changed, as one process sees it: what is built from the catalogue (the
assistant's titles, a model's tag index) is built again when its generation grows."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from tailorkit.store._schema import Item

__all__ = ["CATALOGUE_LOOK_S", "CatalogueLooks"]

CATALOGUE_LOOK_S = 2.0
"""How often ``CatalogueLooks.generation`` reads whether another process changed a catalogue."""


@dataclass
class _Look:
    generation: int = 0
    seen: tuple[Any, ...] | None = None
    at: float = float("-inf")
    stale: bool = False


class CatalogueLooks:
    """Each tenant's catalogue generation, from its items' count, the sum of their ids and their newest
    update (``read``: a read connection of the store): an item removed and another added in the same
    instant still changes the sum."""

    def __init__(self, read: Callable[[], AbstractContextManager[Connection]]) -> None:
        self._read = read
        self._looks: dict[int, _Look] = {}
        self._lock = threading.Lock()

    def generation(self, tenant_id: int) -> int:
        """A number that grows whenever tenant ``tenant_id``'s catalogue is seen to have changed: items
        added or updated, through this process or another (read at most every ``CATALOGUE_LOOK_S``
        seconds; at once after ``changed``)."""
        now = time.monotonic()
        with self._lock:
            look = self._looks.setdefault(tenant_id, _Look())
            if look.stale or now - look.at >= CATALOGUE_LOOK_S:
                with self._read() as conn:
                    seen = tuple(
                        conn.execute(
                            select(func.count(), func.sum(Item.id), func.max(Item.updated_at)).where(
                                Item.tenant_id == tenant_id
                            )
                        ).one()
                    )
                if look.seen is not None and seen != look.seen:
                    look.generation += 1
                look.seen, look.at, look.stale = seen, now, False
            return look.generation

    def changed(self, tenant_id: int) -> None:
        """This process changed tenant ``tenant_id``'s items: the generation grows now, whatever the next
        look reads (which it takes as the new state)."""
        with self._lock:
            look = self._looks.setdefault(tenant_id, _Look())
            look.generation += 1
            look.stale = True
            look.seen = None
