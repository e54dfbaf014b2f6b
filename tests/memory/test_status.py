"""The user's status and paperwork, said in chat: a visa, benefits, tax, a pension, insurance, where they
stand at work and with the law (test109: 12 of its 40 English and 15 of its 40 Chinese statements were read
by a rule on its first run; four were not found at 50 distractors)."""

from __future__ import annotations

import pytest

from tailorkit.memory._domains import applies_to
from tests.memory._reading import rules_read


def _topics(message: str) -> list[str]:
    return [topic for _, topic in rules_read(message)]


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("I'm on a work visa tied to my employer.", "status:visa"),
        ("I'm a dual citizen, British and Canadian.", "status:visa"),
        ("I travel on an Indian passport, so I need a visa for most of Europe.", "status:visa"),
        ("I'm waiting on my residence permit and can't leave the country until it comes.", "status:visa"),
        ("我户口不在本地，孩子上学有点麻烦。", "status:visa"),
        ("我是双重国籍，英国和加拿大。", "status:visa"),
        ("I'm on Universal Credit at the moment.", "money:benefits"),
        ("我现在在领低保。", "money:benefits"),
        ("My bonus only comes through in April.", "money:pay"),
        ("我的年终奖要到四月才发。", "money:pay"),
        ("I'm on a payment plan with HMRC for last year's tax.", "money:tax"),
        ("我跟税务局签了分期补税的协议。", "money:tax"),
        ("My pension can't be touched until I'm 57.", "money:pension"),
        ("我是灵活就业，社保都是自己交的。", "money:pension"),
        ("My health insurance doesn't cover dental.", "money:insurance"),
        ("My credit score is terrible after a default two years ago.", "money:credit"),
        ("I'm still on probation at work for another two months.", "work:status"),
        ("I'm signed off sick until the end of the month.", "work:status"),
        ("我还在试用期，还有两个月。", "work:status"),
        ("My employer pays for my train season ticket.", "work:perks"),
        ("公司报销我的火车月票。", "work:perks"),
        ("I've got a criminal record from when I was young.", "status:legal"),
        ("我下周要去当陪审员。", "status:legal"),
        ("I haven't registered with a GP since I moved.", "health:no_gp"),
        ("I'm still on my parents' phone plan.", "device:phone_plan"),
    ],
)
def test_the_users_status_and_paperwork_are_read(message: str, topic: str) -> None:
    assert topic in _topics(message), _topics(message)


@pytest.mark.parametrize(
    ("message", "not_topic"),
    [
        ("I'm a senior citizen.", "status:visa"),
        ("我朋友在打官司。", "status:legal"),  # someone else's
        ("My pension can't be touched until I'm 57.", "age"),  # an age to come, not the user's
        (
            "I'm registered in a different city, so school places for my kids are tricky.",
            "weak:school_place_kid",
        ),
    ],
)
def test_what_only_looks_like_a_status_is_not_read_so(message: str, not_topic: str) -> None:
    assert not_topic not in _topics(message), _topics(message)


def test_papers_and_money_bear_on_trips_jobs_and_what_is_bought() -> None:
    assert applies_to("I'm on a work visa tied to my employer", "Should I take the offer from the startup?")
    assert applies_to("年终奖要到四月才发", "全家旅行什么时候订？")
    assert applies_to("跟税务局签了分期补税的协议", "今年要不要买点理财？")
    assert applies_to("My employer pays for my train season ticket", "Should I move closer to the office?")
    assert not applies_to("I'm on a work visa tied to my employer", "What should I cook tonight?")
