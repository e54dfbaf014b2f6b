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
    "column_aliases",
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


_ALIASES: dict[str, tuple[str, ...]] = {
    "user": ("userid", "uid", "customerid", "visitorid", "memberid", "accountid"),
    "item": ("itemid", "iid", "productid", "movieid", "bookid", "articleid", "sku", "asin"),
    "kind": ("event", "eventtype", "action", "interaction", "interactiontype"),
    "value": ("rating", "score"),
    "timestamp": ("ts", "time", "datetime", "date", "createdat", "eventtime", "occurredat"),
    "title": ("name", "productname", "movietitle", "itemname"),
    "tags": ("genres", "genre", "categories", "category", "labels"),
    "text": ("description", "overview", "summary", "content"),
}
"""Other names files commonly give a field's column, written as :func:`_folded` leaves them."""


def _folded(column: str) -> str:
    return "".join(c for c in column.lower() if c.isalnum())


def column_aliases(fields: tuple[str, ...], columns: list[str]) -> dict[str, str]:
    """The column that holds each of ``fields`` a header names otherwise: ``user_id``, ``userId``,
    ``User ID`` or ``User`` for ``user``, ``movieId`` for ``item``, ``rating`` for ``value``, ``genres``
    for ``tags``.
    A field whose own name is a column, or that more than one column could be, is left out.

    >>> column_aliases(EVENT_FIELDS, ["userId", "movieId", "rating", "timestamp"])
    {'user': 'userId', 'item': 'movieId', 'value': 'rating'}
    """
    out: dict[str, str] = {}
    for name in fields:
        if name in columns or name not in _ALIASES:
            continue
        wanted = {name, *_ALIASES[name]}
        found = [c for c in columns if _folded(c) in wanted]
        if len(found) == 1 and found[0] not in out.values():
            out[name] = found[0]
    return out
