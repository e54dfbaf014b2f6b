"""Personal identifiers taken out of text before it is stored (memories, conversation logs).

Phone numbers are found by ``phonenumbers`` (Google's libphonenumber metadata), which accepts only
numbers that are valid for their country: a hand-written pattern took "between 2019 2020 2021" and an
ISBN for phone numbers. Numbers written with a country code are found whatever the region; national
ones (no ``+``) are read as numbers of each region in ``PHONE_REGIONS``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import phonenumbers

__all__ = ["PHONE_REGIONS", "Redaction", "redact"]

PHONE_REGIONS: tuple[str, ...] = ("US", "GB", "CN")
"""Regions whose national number formats are recognised without a country code."""

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_CN_ID = re.compile(
    r"(?<![0-9])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9])"
)
_CARD = re.compile(r"(?<![0-9])(?:\d[ -]?){12,18}\d(?![0-9])")
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


def _phones(text: str, regions: Sequence[str], found: dict[str, int]) -> str:
    for region in regions:
        spans = [
            (m.start, m.end)
            for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        ]
        for start, end in reversed(spans):
            text = text[:start] + "[PHONE]" + text[end:]
        if spans:
            found["PHONE"] = found.get("PHONE", 0) + len(spans)
    return text


def redact(text: str, *, regions: Sequence[str] = PHONE_REGIONS) -> Redaction:
    """Replace emails, phone numbers (valid for their country; national forms of ``regions``), payment
    card numbers (Luhn-checked) and Chinese resident identity numbers (checksum-checked) with
    ``[EMAIL]``, ``[PHONE]``, ``[CARD]``, ``[ID]``."""
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
    text = _phones(text, regions, found)
    return Redaction(text, found)
