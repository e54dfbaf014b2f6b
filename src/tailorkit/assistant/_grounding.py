"""Finding catalogue items named in an answer, so that what the assistant recommends can be checked
against what the recommender gave it (and mapped back to items for evaluation)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tailorkit.store import Store

__all__ = ["LIST_START", "Catalogue", "keep_line", "title_forms"]

LIST_START = re.compile(r"^(?:\d{1,2}[.)]|[-*•])\s*")
"""How a list line starts: "1." "2)" "-" "*" "•"."""
_YEAR = re.compile(r"\s*\((\d{4})\)\s*$")
_ARTICLE = re.compile(r"^(.*), (the|a|an|le|la|les|il|el|das|der|die)$", re.IGNORECASE)


def title_forms(title: str) -> list[str]:
    """Ways an answer may write a title: as stored, without its year, with a trailing article moved
    to the front ("Usual Suspects, The (1995)" -> "The Usual Suspects")."""
    forms = {title.strip()}
    bare = _YEAR.sub("", title).strip()
    forms.add(bare)
    m = _ARTICLE.match(bare)
    if m:
        forms.add(f"{m.group(2)} {m.group(1)}")
    return sorted((f for f in forms if f), key=len, reverse=True)


@dataclass
class _Form:
    text: str
    item: str
    strict: bool
    """Short titles ("Big", "Heat") must appear with their capital letter to count."""


class Catalogue:
    """The tenant's item titles, searchable in free text."""

    def __init__(self, titles: dict[str, str]) -> None:
        self.titles = titles
        forms: list[_Form] = []
        for item, title in titles.items():
            for form in title_forms(title):
                if len(form) >= 3:
                    forms.append(_Form(form.lower(), item, strict=len(form) < 6))
        forms.sort(key=lambda f: len(f.text), reverse=True)
        self._forms = forms

    @classmethod
    def from_store(cls, store: Store, tenant: str) -> Catalogue:
        return cls({item: title for item, title in store.scope(tenant).items.titles().items() if title})

    def find(self, text: str) -> list[str]:
        """Items whose titles ``text`` names, in order of first mention (longest title wins an overlap)."""
        lowered = text.lower()
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, str]] = []
        seen: set[str] = set()
        for form in self._forms:
            start = lowered.find(form.text)
            while start >= 0:
                end = start + len(form.text)
                bounded = (start == 0 or not lowered[start - 1].isalnum()) and (
                    end == len(lowered) or not lowered[end].isalnum()
                )
                overlaps = any(s < end and start < e for s, e in taken)
                exact = not form.strict or text[start:end][:1].isupper()
                if bounded and not overlaps and exact:
                    taken.append((start, end))
                    if form.item not in seen:
                        seen.add(form.item)
                        found.append((start, form.item))
                start = lowered.find(form.text, end)
        return [item for _, item in sorted(found)]


def keep_line(line: str, allowed: set[str], catalogue: Catalogue) -> bool:
    """False for a list line that names no item of ``allowed`` (an invention) while items were given;
    True for every other line."""
    if not allowed or not LIST_START.match(line.lstrip()):
        return True
    named = catalogue.find(line)
    return bool(named) and all(i in allowed for i in named)
