"""The user's family ties, said in chat: who they do not get on with, children shared with an ex, a child who
has left home, a baby on the way (test111: its first run found 0.90 / 0.85 at 50, 8 and 11 of 40 statements
structured; 我和公婆处不来 was not found for 今年春节在哪儿过？ even at 12)."""

from __future__ import annotations

import pytest

from tailorkit.memory._domains import applies_to
from tests.memory._reading import rules_read


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("I don't get on with my in-laws.", "family:ties"),
        ("My brother and I aren't speaking at the moment.", "family:ties"),
        ("I'm estranged from my father.", "family:ties"),
        ("My ex and I share custody, the kids are with me every other week.", "family:ties"),
        ("My dad remarried last year and I barely know his wife.", "family:ties"),
        ("我和公婆处不来。", "likes:公婆"),  # (read before as not getting on with them, 处不来)
        ("我和我爸断绝来往了。", "family:ties"),
        ("我和前妻共同抚养孩子，孩子隔周在我这儿。", "family:ties"),
        ("My daughter just left for university.", "family:nest"),
        ("We've just found out we're having twins.", "family:nest"),
        ("My sister has just had a baby and I'm helping her a lot.", "family:nest"),
        ("我女儿今年秋天开始住校，家里就剩我们俩了。", "family:nest"),
        ("我们刚知道怀的是双胞胎。", "family:nest"),
    ],
)
def test_the_users_family_ties_are_read(message: str, topic: str) -> None:
    assert topic in [t for _, t in rules_read(message)], rules_read(message)


@pytest.mark.parametrize(
    "message",
    [
        "I don't get on with spicy food.",
        "My brother and I are speaking at the wedding.",
        "我和公婆一起去旅游了。",
    ],
)
def test_what_only_looks_like_a_family_tie_is_not_read_so(message: str) -> None:
    assert not [t for _, t in rules_read(message) if t in ("family:ties", "family:nest")], rules_read(message)


def test_family_ties_bear_on_the_holidays_and_a_child_gone_on_the_evenings() -> None:
    assert applies_to("我和公婆处不来", "今年春节在哪儿过？")
    assert applies_to("I don't get on with my in-laws", "Where should we spend Christmas this year?")
    assert applies_to("My daughter just left for university", "What should I do with my free evenings?")
    assert applies_to("We've just found out we're having twins", "Should we get a bigger car?")
    assert not applies_to("I don't get on with my in-laws", "Which laptop should I buy?")


def test_a_charge_and_a_club_of_every_week_are_standing_and_no_plan() -> None:
    """The two Chinese statements test111 still missed at 50: a grandmother cared for at weekends (read as a
    plan for this weekend, gone by the August festival) and a book club every other Thursday; and the question
    of which evening a team dinner goes on, a choice to make (定在哪天)."""
    from tailorkit.memory import RuleExtractor
    from tailorkit.memory._domains import seeks_advice
    from tailorkit.memory._keep import lasts
    from tailorkit.memory._remember import candidates_of

    for said in ("周末主要是我照顾外婆。", "我参加了一个读书会，隔周四聚一次。"):
        assert lasts(said)
        read = candidates_of(said, RuleExtractor(), context=None, said_at=1_790_000_000.0)
        assert not [c for c in read if c.when], read
    assert seeks_advice("团队聚餐定在哪天晚上？")
