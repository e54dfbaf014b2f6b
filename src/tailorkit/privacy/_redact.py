"""Personal identifiers taken out of text before it is stored (memories, conversation logs)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Redaction", "redact"]

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_CN_ID = re.compile(
    r"(?<![0-9])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9])"
)
_CARD = re.compile(r"(?<![0-9])(?:\d[ -]?){12,18}\d(?![0-9])")
_PHONE = re.compile(
    r"(?<![0-9])(?:\+?86[ -]?)?1[3-9]\d{9}(?![0-9])"  # Chinese mobile numbers
    r"|(?<![\w+])\+?\d{1,3}?[ .-]?\(?\d{2,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}(?![0-9])"  # others
)
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


@dataclass
class Redaction:
    text: str
    found: dict[str, int] = field(default_factory=dict)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _cn_id_valid(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[:17], _CN_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17].upper()


def redact(text: str) -> Redaction:
    """Replace emails, phone numbers, payment card numbers (Luhn-checked) and Chinese resident identity
    numbers (checksum-checked) with ``[EMAIL]``, ``[PHONE]``, ``[CARD]``, ``[ID]``."""
    found: dict[str, int] = {}

    def sub(pattern: re.Pattern[str], label: str, text: str, check: object = None) -> str:
        def replace(m: re.Match[str]) -> str:
            value = m.group(0)
            if check is not None and not check(value):  # type: ignore[operator]
                return value
            found[label] = found.get(label, 0) + 1
            return f"[{label}]"

        return pattern.sub(replace, text)

    text = sub(_EMAIL, "EMAIL", text)
    text = sub(_CN_ID, "ID", text, _cn_id_valid)
    text = sub(_CARD, "CARD", text, lambda v: _luhn(re.sub(r"\D", "", v)))
    text = sub(_PHONE, "PHONE", text, lambda v: len(re.sub(r"\D", "", v)) >= 7)
    return Redaction(text, found)
