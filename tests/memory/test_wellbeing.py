"""What the user has been through, said in chat: a death in the family, a breakdown, betting kept away from
(test108, wellbeing: its first run missed "I've self-excluded from every betting site" for a stag do, "I had a
breakdown last year ..." for a job to apply for, and 我妈上个月去世了 for a Mother's Day present)."""

from __future__ import annotations

import pytest

from tailorkit.memory._domains import applies_to
from tests.memory._reading import rules_read


@pytest.mark.parametrize(
    ("message", "text", "topic"),
    [
        ("My mum passed away last month.", "Mum passed away last month", "family:mum:died"),
        (
            "We lost our dog two weeks ago and I'm still grieving.",
            "Dog passed away two weeks ago",
            "family:dog:died",
        ),
        ("I lost my dad in 2019.", "Dad passed away in 2019", "family:dad:died"),
        ("My dad died when I was ten.", "Dad passed away when I was ten", "family:dad:died"),
        # (a LoCoMo turn: what goes on after it is not when)
        (
            "Last week, my grandma passed away and it's been really hard.",
            "Grandma passed away",
            "family:grandma:died",
        ),
        ("我妈上个月去世了。", "妈上个月去世了", "family:妈:died"),
        ("我们家狗两周前走了，我还很难过。", "狗两周前走了", "family:狗:died"),
        ("I've self-excluded from every betting site.", "Has self-excluded from betting", "avoids:gambl"),
        (
            "I had a breakdown last year and I'm still rebuilding my confidence.",
            "Had breakdown",
            "health:breakdown",
        ),
    ],
)
def test_what_the_user_has_been_through_is_read(message: str, text: str, topic: str) -> None:
    assert (text, topic) in rules_read(message), rules_read(message)


@pytest.mark.parametrize(
    "message",
    [
        "My phone died.",
        "My dad nearly died last year.",
        "I had a breakdown on the M6.",
        "My battery died again.",
    ],
)
def test_what_only_looks_like_a_loss_is_not_read_so(message: str) -> None:
    assert not [t for _, t in rules_read(message) if t.endswith(":died") or t == "health:breakdown"], (
        rules_read(message)
    )


def test_a_loss_bears_on_the_days_that_remember_and_a_breakdown_on_a_new_job() -> None:
    assert applies_to("Mum passed away last month", "What should I get my sister for Mother's Day?")
    assert applies_to("妈上个月去世了", "母亲节给我姐买点什么？")
    assert applies_to("Has self-excluded from betting", "What should we do for my stag do?")
    assert applies_to("Had breakdown", "Should I apply for the team leader job?")
    assert not applies_to("Had breakdown", "Which podcast should I listen to?")
