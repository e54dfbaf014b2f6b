"""What the rules read in a message, as the tests of each kind of statement check it."""

from __future__ import annotations

from tailorkit.memory import MemoryKind, RuleExtractor
from tailorkit.memory._remember import candidates_of


def rules_read(message: str) -> list[tuple[str, str]]:
    """The (text, topic) of what the rules read in ``message``, beside the user's words."""
    found = candidates_of(message, RuleExtractor(), context=None, said_at=1_790_000_000.0)
    return [(c.text, c.topic or "") for c in found if c.kind != MemoryKind.EPISODE]
