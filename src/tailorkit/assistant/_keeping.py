"""What an exchange leaves behind for a personalised answer: the two turns, the message as an event
folded into the profile, and what the message gives the user's memory (or takes from it and from the
profile: "forget that ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tailorkit.assistant._answer import Prepared
from tailorkit.data import EventKind
from tailorkit.memory import interest_words
from tailorkit.privacy import redact

if TYPE_CHECKING:
    from tailorkit.assistant._assistant import AssistantParts
    from tailorkit.memory import Understood

__all__ = ["keep_exchange", "understand"]

_FAULT = re.compile(
    r"\b(?:too|not|never|didn't|did not|don't|wasn't|couldn't|hated?|boring|awful|terrible|dull|meh|"
    r"overrated|disappointing|disappointed|waste)\b|不喜欢|不好看|太|没意思|难看|无聊|失望|一般",
    re.IGNORECASE,
)
"""What finds fault with what the user had ("it was too violent", "没意思")."""


def understand(parts: AssistantParts, p: Prepared, answer: str) -> Understood | None:
    """What the message gives the user's memory (``MemoryService.understand``), read with what it
    replied to and the answer it got, so that "yes, twice a week" is found by what it was about."""
    if not p.why.personalised or p.recall:  # "what do you know about me" tells nothing new
        return None
    if p.understood is not None:  # worked out before the answer (an acknowledgement)
        return p.understood
    around = " ".join(t for t in (p.heard, answer) if t) or None
    return parts.memories.understand(p.user, p.message, context=around, before=p.before)


def keep_exchange(
    parts: AssistantParts, p: Prepared, answer: str, understood: Understood | None
) -> tuple[int | None, int | None, int | None]:
    """Store the two turns, log the message as an event and remember what it says (personalised:
    ``understood``). Returns the conversation, the answer's turn and the user's row id (None each
    when not kept)."""
    if not p.why.personalised:
        return None, None, None
    message = p.message
    if parts.redact_pii:
        message, answer = redact(message).text, redact(answer).text
    with parts.store.write() as conn:
        uid = parts.store.resolve_users(conn, parts.tenant, [p.user])[p.user]
    cid = user_turn = answer_turn = None
    if p.log_turns:
        cid, user_turn, answer_turn = parts.scope.conversations.log_exchange(
            uid, p.conversation_id, p.why.template, message, answer
        )
    parts.track(p.user, EventKind.MESSAGE, text=message, meta={"turn": user_turn} if user_turn else None)
    for item in p.loved:  # "We both loved Amelie": a like, as a click on it would be, for the next picks
        parts.track(p.user, EventKind.LIKE, item, value=1.0, meta={"said": True})
    for item in p.disliked:  # "I didn't like the second one": a thumbs down on it
        parts.track(p.user, EventKind.DISLIKE, item, value=-1.0, meta={"said": True})
    # "We already watched Zootopia": a view of it, so that it is not picked for them again (not where the
    # message finds fault: "I've already seen Heat, it was too violent for me" likes nothing)
    for item in [] if _FAULT.search(p.message) else p.had:
        if item not in p.loved and item not in p.disliked:
            parts.track(p.user, EventKind.VIEW, item, meta={"said": True})
    source = {"turn": user_turn} if user_turn else None
    changes = (
        parts.memories.remember(p.user, p.message, source=source, understood=understood)
        if understood is not None
        else []
    )
    # what the user asked to forget goes from the profile too: the words an earlier message gave it
    # ("I'm vegetarian and ..." made "vegetarian" an interest), never inferred again
    if any(c.action == "forgotten" for c in changes) and understood is not None:
        asked = [c.text for c in understood.candidates if c.action == "forget"]
        # "Delete everything you know about me": the words of all that was forgotten
        gone = [*asked, *(p.forgets or [])] if p.forgets_everything else asked
        for word in interest_words(gone):
            parts.profiles.forget(p.user, f"kw:{word}")
    # the memories the answer was written from were used: their disuse starts again
    parts.memories.used(p.user, [m["id"] for m in p.why.memories])
    p.why.memory_changes = [
        {
            "action": c.action,
            "memory": c.memory.id if c.memory else None,
            "replaced": c.replaced,
            "deleted": c.deleted,
        }
        for c in changes
    ]
    return cid, answer_turn, uid
