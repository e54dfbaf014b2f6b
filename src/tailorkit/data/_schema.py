"""What an event, an item and a user look like on the way in."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "EVENT_FIELDS",
    "ITEM_FIELDS",
    "NEEDS_ITEM",
    "NEEDS_TEXT",
    "NEEDS_VALUE",
    "USER_FIELDS",
    "EventKind",
]


class EventKind(StrEnum):
    """What a user did."""

    RATE = "rate"
    """Gave an explicit rating (``value``)."""
    VIEW = "view"
    CLICK = "click"
    PURCHASE = "purchase"
    CART = "cart"
    LIKE = "like"
    DISLIKE = "dislike"
    REVIEW = "review"
    """Wrote about an item (``text``, optional ``value``)."""
    TAG = "tag"
    """Labelled an item with a free-text tag (``text``)."""
    SEARCH = "search"
    """Searched (``text`` is the query)."""
    MESSAGE = "message"
    """Said something to the assistant or in a conversation (``text``)."""
    FEEDBACK = "feedback"
    """Judged an answer or a recommendation (``value``: +1 / -1 or a rating)."""


NEEDS_ITEM = frozenset(
    {EventKind.RATE, EventKind.VIEW, EventKind.CLICK, EventKind.PURCHASE, EventKind.CART, EventKind.LIKE}
    | {EventKind.DISLIKE, EventKind.REVIEW, EventKind.TAG}
)
NEEDS_VALUE = frozenset({EventKind.RATE, EventKind.FEEDBACK})
NEEDS_TEXT = frozenset({EventKind.REVIEW, EventKind.TAG, EventKind.SEARCH, EventKind.MESSAGE})

EVENT_FIELDS = ("user", "item", "kind", "value", "text", "timestamp", "key", "meta")
"""Canonical event fields; ``--map`` maps them to a file's columns."""
ITEM_FIELDS = ("item", "title", "text", "tags", "attributes")
"""Canonical item fields; other columns of an items file become attributes."""
USER_FIELDS = ("user", "locale", "consent_profiling", "consent_memory", "consent_tuning", "attributes")
"""Canonical user fields; other columns of a users file become attributes."""
