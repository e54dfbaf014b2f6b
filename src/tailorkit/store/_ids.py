"""External ids (users, items): one normalisation and one limit for every path that takes one."""

from __future__ import annotations

import re

from tailorkit.errors import InputError

__all__ = ["CONTROL_CHARACTERS", "MAX_ID", "external_id"]

MAX_ID = 256
"""Longest id, in characters, after normalisation."""
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
"""Not allowed in an id: invisible, and PostgreSQL cannot store NUL."""


def external_id(value: str, what: str = "user") -> str:
    """``value`` as the id the store keeps: surrounding whitespace removed (as file loads do), then
    checked: not empty, at most ``MAX_ID`` characters, no control characters, valid Unicode.

    Raises:
        InputError: naming ``what`` and the rule broken.
    """
    if not isinstance(value, str):
        raise InputError(f"{what} id must be text, not {type(value).__name__}")
    clean = value.strip()
    if not clean:
        raise InputError(f"{what} id is empty")
    if len(clean) > MAX_ID:
        raise InputError(f"{what} id is longer than {MAX_ID} characters ({len(clean)})")
    if CONTROL_CHARACTERS.search(clean):
        raise InputError(f"{what} id holds a control character")
    try:
        clean.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{what} id holds an unpaired surrogate; send valid Unicode") from None
    return clean
