"""How long the user wants answers, read from their instructions (``memory._brevity``)."""

from __future__ import annotations

import pytest

from tailorkit import Engine
from tailorkit.memory import ANSWER_LENGTH_TOPIC, AnswerLength, MemoryService, answer_length
from tailorkit.testing import HashEmbedder


@pytest.mark.parametrize(
    ("said", "length"),
    [
        ("Keep your answers under a hundred words", AnswerLength(words=100)),
        ("Please reply in under 80 words.", AnswerLength(words=80)),
        ("Answer in 50 words or less", AnswerLength(words=50)),
        ("Three sentences max", AnswerLength(sentences=3)),
        ("Keep answers to two sentences", AnswerLength(sentences=2)),
        ("Keep it short, please", AnswerLength(words=60)),
        ("Keep your answers brief, I read on my phone", AnswerLength(words=60)),
        ("回答不要超过100字", AnswerLength(words=100)),
        ("回答控制在三句话以内", AnswerLength(sentences=3)),
        ("回答简短一点", AnswerLength(words=120)),
        # the whole answer: it lifts a limit said before
        ("Give me detailed answers from now on", AnswerLength()),
        ("以后回答说详细点", AnswerLength()),
        # nothing of the answer's length
        ("Bullet points please", None),
        ("Give me the answer first, then the reasoning", None),
        ("我的论文不要超过800字", None),  # a limit the user has, not one on the answers
    ],
)
def test_how_long_answers_are_to_be(said: str, length: AnswerLength | None) -> None:
    assert answer_length(said) == length


def test_a_later_instruction_of_length_replaces_the_earlier(engine: Engine) -> None:
    memories = MemoryService(engine.store, engine.tenant, embedder=HashEmbedder())
    memories.remember("kim", "Keep your answers under a hundred words, please.")
    assert memories.stated("kim", ["answer"]) == ["Keep your answers under a hundred words, please"]
    memories.remember("kim", "Actually, give me detailed answers from now on.")
    assert memories.stated("kim", ["answer"]) == ["Give me detailed answers from now on"]
    history = memories.list("kim", include_history=True)
    assert [m.topic for m in history] == [ANSWER_LENGTH_TOPIC, ANSWER_LENGTH_TOPIC]
    assert history[1].valid_to is not None  # the first, superseded: history, not in force


@pytest.mark.parametrize(
    ("said", "instruction"),
    [
        ("No more than three sentences, please.", True),  # was read as an aversion to sentences
        ("Please, no more than 50 words.", True),
        ("Fifty words max.", True),
        ("My essay must be under 500 words.", False),  # a limit the user has
        ("Under 5 words is too short.", False),
    ],
)
def test_a_length_said_alone_is_an_instruction_for_the_answers(said: str, instruction: bool) -> None:
    from tailorkit.memory import MemoryKind, RuleExtractor

    kinds = [c.kind for c in RuleExtractor().extract(said)]
    assert (MemoryKind.INSTRUCTION in kinds) is instruction, kinds
    assert MemoryKind.PREFERENCE not in kinds
