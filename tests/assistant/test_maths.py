"""Sums and linear equations a small model is not asked: the assistant works them out, step by step."""

from __future__ import annotations

import pytest

from tailorkit import Engine
from tailorkit.assistant import Domain
from tailorkit.assistant._maths import worked
from tests.assistant._fakes import Saying


@pytest.mark.parametrize(
    ("message", "language", "answer"),
    [
        (
            "Can you explain how to solve 3x + 5 = 20?",
            "en",
            "Solving 3x + 5 = 20 step by step:\n\n1. Take 5 from both sides: 3x = 15\n"
            "2. Divide both sides by 3: x = 5\n\nSo x = 5. Check: 3×5 + 5 = 20 ✓",
        ),
        (
            "solve 2(x - 3) = 4x + 1",
            "en",
            "Solving 2(x - 3) = 4x + 1 step by step:\n\n1. Expand the brackets: 2x - 6 = 4x + 1\n"
            "2. Take 4x from both sides: -2x - 6 = 1\n3. Add 6 to both sides: -2x = 7\n"
            "4. Divide both sides by -2: x = -7/2 (-3.5)\n\nSo x = -7/2 (-3.5). Check: 2((-7/2) - 3) = -13 ✓",
        ),
        (
            "x/2 + 1 = 4, find x",
            "en",
            "Solving x ÷ 2 + 1 = 4 step by step:\n\n1. Take 1 from both sides: x ÷ 2 = 3\n"
            "2. Multiply both sides by 2: x = 6\n\nSo x = 6. Check: 6 ÷ 2 + 1 = 4 ✓",
        ),
        (
            "解方程 5x - 7 = 3x + 9",
            "zh",
            "解方程 5x - 7 = 3x + 9：\n\n1. 两边同时减去 3x：2x - 7 = 9\n2. 两边同时加上 7：2x = 16\n"
            "3. 两边同时除以 2：x = 8\n\n所以 x = 8。验算：5×8 - 7 = 33 ✓",
        ),
        (
            "how do I solve x + 1 = x + 2",
            "en",
            "Solving x + 1 = x + 2 step by step:\n\n1. Take x from both sides: 1 = 2\n\n"
            "The two sides can never be equal, so the equation has no solution.",
        ),
        ("What is 17 * 23?", "en", "17 × 23 = 391"),
        (
            "What's 1/3 + 1/6?",
            "en",
            "Working out 1/3 + 1/6 step by step:\n\n1. Write both over the common denominator 6: 1/3 + 1/6 = "
            "2/6 + 1/6 = 3/6\n2. Simplify: 3/6 = 1/2\n\nSo 1/3 + 1/6 = 1/2 (0.5).",
        ),
        # a fraction typed as one is one number: "3/4 ÷ 2/5" was worked out as 3 ÷ 4 ÷ 2 ÷ 5 = 3/40, and
        # "What's 3/4 divided by 2/5?" went to the model, which said "3/4 is equal to 4/12"
        *(
            (
                asked,
                "en",
                "Working out 3/4 ÷ 2/5 step by step:\n\n1. Dividing by a fraction is multiplying by it "
                "flipped: 3/4 ÷ 2/5 = 3/4 × 5/2\n2. Multiply the tops and the bottoms: (3 × 5)/(4 × 2) = "
                "15/8\n\nSo 3/4 ÷ 2/5 = 15/8 (1.875).",
            )
            for asked in (
                "What's 3/4 ÷ 2/5?",
                "What's 3/4 divided by 2/5?",
                "Can you explain how to divide 3/4 by 2/5?",
            )
        ),
        (
            "3/4除以2/5等于多少？",
            "zh",
            "计算 3/4 ÷ 2/5：\n\n1. 除以一个分数，等于乘以它的倒数：3/4 ÷ 2/5 = 3/4 × 5/2\n"
            "2. 分子乘分子，分母乘分母：(3 × 5)/(4 × 2) = 15/8\n\n所以 3/4 ÷ 2/5 = 15/8 (1.875)。",
        ),
        (
            "What's 2/3 times 3/4?",
            "en",
            "Working out 2/3 × 3/4 step by step:\n\n1. Multiply the tops and the bottoms: (2 × 3)/(3 × 4) = "
            "6/12\n2. Simplify: 6/12 = 1/2\n\nSo 2/3 × 3/4 = 1/2 (0.5).",
        ),
        ("What's 12 times 13?", "en", "12 × 13 = 156"),
        ("What is 10/4?", "en", "10/4 = 5/2 (2.5)"),
        ("Calculate (3 + 4) × 2", "en", "(3 + 4) × 2 = 14"),
        ("10 ÷ 4 等于多少？", "zh", "10 ÷ 4 = 5/2 (2.5)"),
        ("what is 5/0", "en", "That divides by zero, which has no answer."),
    ],
)
def test_a_sum_or_a_linear_equation_is_worked_out_exactly(message: str, language: str, answer: str) -> None:
    assert worked(message, language) == answer


@pytest.mark.parametrize(
    ("message", "language", "answer"),
    [
        (
            "Can you explain how to solve 2x + y = 7 and x - y = 2?",
            "en",
            "Solving 2x + y = 7 and x - y = 2 together, step by step:\n\n"
            "1. Write both alike: (1) 2x + y = 7, (2) x - y = 2\n2. Add (1) and (2) to remove y: 3x = 9\n"
            "3. Divide both sides by 3: x = 3\n4. Put x = 3 into (1): 2×3 + y = 7, so y = 1\n\n"
            "So x = 3, y = 1. Check in (2): 3 - 1 = 2 ✓",
        ),
        (
            "Solve x + y = 5 and 2x + 3y = 12",
            "en",
            "Solving x + y = 5 and 2x + 3y = 12 together, step by step:\n\n"
            "1. Write both alike: (1) x + y = 5, (2) 2x + 3y = 12\n2. Multiply (1) by 2: 2x + 2y = 10\n"
            "3. Take (2) from (1) to remove x: -y = -2\n4. Divide both sides by -1: y = 2\n"
            "5. Put y = 2 into (1): x + 2 = 5, so x = 3\n\nSo x = 3, y = 2. Check in (2): 2×3 + 3×2 = 12 ✓",
        ),
        (
            "解方程组 x + y = 10，x - y = 2",
            "zh",
            "解方程组 x + y = 10，x - y = 2：\n\n1. 整理成同一形式：(1) x + y = 10，(2) x - y = 2\n"
            "2. 两式相加，消去 y：2x = 12\n3. 两边同时除以 2：x = 6\n"
            "4. 把 x = 6 代入 (1)：6 + y = 10，得 y = 4\n\n"
            "所以 x = 6，y = 4。验算 (2)：6 - 4 = 2 ✓",
        ),
    ],
)
def test_two_equations_in_two_unknowns_are_solved_together(message: str, language: str, answer: str) -> None:
    """ "Can you explain how to solve 2x + y = 7 and x - y = 2?" (walked on the demo tutor) took the bundled
    model 45 s and got a passage on equations in one unknown: simultaneous equations are solved by
    elimination, each step shown, the answer checked in the other equation."""
    assert worked(message, language) == answer
    # each solution holds in both equations, whichever unknown is removed
    for said, x, y in (("Solve 2x + 3y = 7 and 3x - 2y = 4", 2, 1), ("solve y = 2x + 1 and x + y = 7", 2, 5)):
        assert f"So x = {x}, y = {y}." in (worked(said, "en") or ""), worked(said, "en")
    # none where there is no one solution, or nothing to solve
    for said in ("solve 2a + 4b = 10 and a + 2b = 5", "If x = 3 and y = 4, what is x + y?"):
        assert worked(said, "en") is None, said


@pytest.mark.parametrize(
    "message",
    [
        "What is a good 5-10 minute workout?",  # a range
        "What is 5-10 minutes of walking worth?",
        "Is 3 - 2 enough?",  # no ask for its value
        "My flight is at 10:30-11:45, what time should I leave?",
        "I was born on 1990-05-01, what is my star sign?",
        "2x + 3y = 7, solve it",  # two unknowns
        "Solve x^2 = 4",  # not linear (and no powers read)
        "In Python, if x = 5 what does x + 1 give?",  # already solved
        "I work 9-5, when can I go to the gym?",
        "I run 3 times a week, what's a good pace?",  # a word of a sum, no sum
        "What's 5 times better, a walk or a run?",
        "Divide the class into 3 groups, any ideas?",
    ],
)
def test_what_is_not_a_sum_or_an_equation_asked_for_is_left_to_the_model(message: str) -> None:
    assert worked(message, "en") is None


@pytest.mark.parametrize(
    ("message", "language", "lead", "step"),
    [
        ("Is 1/2 + 1/3 = 2/5?", "en", "Not quite: 1/2 + 1/3 isn't 2/5.", "So 1/2 + 1/3 = 5/6"),
        ("Is 7 x 8 = 54?", "en", "Not quite: 7 × 8 isn't 54.", "7 × 8 = 56"),
        ("I think 2/3 ÷ 4/5 = 5/6, right?", "en", "Yes, that's right.", "So 2/3 ÷ 4/5 = 5/6"),
        ("Is 3/4 = 6/8?", "en", "Yes, that's right.", "6/8 = 3/4 (0.75)"),
        ("1/2 + 1/3 = 2/5 对吗？", "zh", "不对，1/2 + 1/3 不等于 2/5。", "所以 1/2 + 1/3 = 5/6"),
    ],
)
def test_a_sum_the_user_checks_is_said_right_or_wrong_and_worked_out(
    message: str, language: str, lead: str, step: str
) -> None:
    """ "Is 1/2 + 1/3 = 2/5?" from a year 8 learner was answered with the course notes on adding fractions
    (and nothing of whether it is right): yes or no, then the sum worked out."""
    answer = worked(message, language) or ""
    assert answer.startswith(lead) and step in answer, answer


@pytest.mark.parametrize(
    "message",
    ["My score was 7/10 = 70%, is that good?", "We have 2 rooms = 4 beds for the six of us, enough?"],
)
def test_numbers_said_equal_in_passing_are_no_check(message: str) -> None:
    assert worked(message, "en") is None


def test_a_small_model_is_not_asked_to_solve_an_equation(engine: Engine) -> None:
    """The bundled SmolLM2 answered "how to solve 3x + 5 = 20" with "add 5 to both sides ... divide by 5 ...
    a linear equation with no solution". To a small model's user the assistant writes the worked answer
    (whole and streamed) and the model is not asked; a larger model is asked as before."""
    small = Saying("Add 5 to both sides. The equation has no solution.", small=True)
    original, engine.chat_model = engine.chat_model, small
    try:
        asked = "Can you explain how to solve 3x + 5 = 20?"
        answer = engine.assistant.respond("mei", asked, domain=Domain.TUTORING)
        assert "So x = 5. Check: 3×5 + 5 = 20 ✓" in answer.text and "no solution" not in answer.text
        assert not small.calls and "worked" in answer.why.notes[-1]
        stream = engine.assistant.stream("mei", "解方程 5x - 7 = 3x + 9", domain=Domain.TUTORING)
        assert "所以 x = 8" in "".join(stream) and not small.calls
        engine.chat_model = Saying("x = 5, since 3 × 5 + 5 = 20.")  # a larger model
        assert engine.assistant.respond("mei", asked, domain=Domain.TUTORING).text.startswith("x = 5, since")
    finally:
        engine.chat_model = original
