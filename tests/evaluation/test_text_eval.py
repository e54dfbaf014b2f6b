"""The measures of answers' words, the assistant evaluation that reports them, and the FAQ evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tailorkit import Settings
from tailorkit.assistant import Catalogue
from tailorkit.assistant._grounding import ItemFacts
from tailorkit.errors import InputError
from tailorkit.evaluation import FAQ_SET, evaluate_assistant, evaluate_knowledge
from tailorkit.evaluation._knowledge import load_questions
from tailorkit.evaluation._text import TextMeasures, distinct_n
from tailorkit.testing import FakeChat


def test_each_measure_counts_what_it_names() -> None:
    cat = Catalogue({"1": "Die Hard (1988)"}).with_facts(
        [ItemFacts("1", "Die Hard (1988)", 1988, ("Action",))]
    )
    m = TextMeasures()
    m.add("Here you go. Die Hard (1988) is great.", cat, ["1"])
    m.add("I'm unable to provide recommendations. " + "I like films a lot. " * 3, cat, ["1"])
    m.add("Die Hard came out in 1999.", cat, ["1"])
    m.add("I can't book flights.", cat, [])  # nothing given: not a false refusal
    s = m.summary()
    assert s["answers"] == 4 and s["loop_rate"] == 0.25 and s["contradiction_rate"] == 0.25
    assert s["false_refusal_rate"] == 0.25 and s["mean_length"] > 4
    assert distinct_n(["a b a b a b"]) == pytest.approx(2 / 5) and distinct_n(["a b c"]) == 1.0
    assert distinct_n(["你好你好"]) == pytest.approx(2 / 3)


@pytest.mark.realdata
@pytest.mark.slow
def test_the_assistant_eval_reports_hit_rates_and_the_words(
    settings: Settings, tmp_path: Path, shared_data: Path
) -> None:  # (``shared_data``: a clear failure where the data sets are missing)
    model = FakeChat()
    model.small = True  # structured: the catalogue writes the item lines
    result = evaluate_assistant(
        "movielens-100k", None, settings, model, work_dir=tmp_path, users=8, baselines=False
    )
    assert result.structured and result.users == 8
    # the items are listed by the assistant itself: the answer finds what the recommender found
    assert result.hit_at_5["personalised"] == result.hit_at_5["recommender"]
    final = result.text["final"]
    assert final["answers"] == 8 and final["loop_rate"] == 0 and final["false_refusal_rate"] == 0
    assert 0 < final["distinct_2"] <= 1 and final["mean_length"] > 20


@pytest.mark.slow
def test_the_faq_eval_scores_search_and_citations_and_reads_its_questions(tmp_path: Path) -> None:
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"q": "How long is the password reset link valid?", "answer": "60 minutes"}\n'
        '{"q": "How much is Plus per year?", "answer": "49 euros a year"}\n'
    )
    result = evaluate_knowledge(
        Settings(data_dir=tmp_path), work_dir=tmp_path, questions=questions, model=FakeChat()
    )
    assert result.questions == 2 and result.documents == 11 and result.recall[5] == 1.0
    assert result.cited is not None and 0 <= result.cited <= 1 and result.looped == 0
    assert len(load_questions(FAQ_SET / "questions.jsonl")) == 70
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"q": "ok", "answer": "x"}\n{"q": "no answer"}\n')
    with pytest.raises(InputError, match=r"bad\.jsonl:2: a question needs the fields q and answer"):
        load_questions(bad)


@pytest.mark.slow
def test_an_answer_wrapped_across_two_lines_of_chinese_is_found(tmp_path: Path) -> None:
    """配送说明.md wraps "显示已签收但您没有 / 收到" across two lines; joined, the passage holds the answer
    (it was counted a miss, the line break read as a space)."""
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"q": "物流显示已签收，可我根本没拿到快递。", "answer": "显示已签收但您没有收到"}\n',
        encoding="utf-8",
    )
    result = evaluate_knowledge(Settings(data_dir=tmp_path), work_dir=tmp_path, questions=questions)
    assert result.recall[1] == 1.0
