"""Fakes the assistant tests share."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tailorkit.llm import Completion, Message
from tailorkit.testing import FakeChat


class Saying(FakeChat):
    """A fake model that says ``said`` to any message (whole, or word by word when streamed)."""

    def __init__(self, said: str, *, small: bool = False) -> None:
        super().__init__()
        self.said = said
        self.small = small

    def chat(self, messages: list[Message], **kw: object) -> Completion:  # type: ignore[override]
        self.calls.append(list(messages))
        self.kwargs = kw
        return Completion(self.said)

    def stream(self, messages: list[Message], **kw: object) -> Iterator[str]:  # type: ignore[override]
        self.calls.append(list(messages))
        self.kwargs = kw
        yield from re.findall(r"\S+\s*|\s+", self.said)
