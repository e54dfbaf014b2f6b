"""Sums and linear equations a message asks to be worked out (one unknown, or two equations in two:
simultaneous equations), worked out by the assistant, step by step, in English or Chinese (``worked``):
the bundled SmolLM2-135M asked "how to solve 3x + 5 = 20" added 5 to both sides, divided by 5 and called
it an equation with no solution. A small model is not asked these; the answer is exact (sympy, on
rationals) and checked by putting the solution back.

Only what is plainly a sum or an equation is read: digits, one lower-case letter an unknown, the four
operations and brackets, at most 80 characters, no powers (what a request could make too large to work
out). An equation is read in a message that asks for it ("solve", "find", "解", or a question mark); a sum
only where its value is asked right before or after it ("What's 17 * 23?", "10 ÷ 4 等于多少？"). Operations
said in words are read as their signs ("3/4 divided by 2/5", "divide 3/4 by 2/5", "3/4除以2/5"), and a
fraction typed as one ("3/4", no spaces) is one number: "3/4 ÷ 2/5" is 15/8, not 3 ÷ 4 ÷ 2 ÷ 5. Two
fractions added, taken away, multiplied or divided are worked out in steps (a common denominator, the
second fraction flipped).
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from tokenize import TokenError

import sympy
from sympy.parsing.sympy_parser import (
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

__all__ = ["worked"]

_TERM = r"(?:\d+(?:\.\d+)?|(?<![A-Za-z])[a-z](?![A-Za-z])|[-+*/×÷·()（）−]|[ \t])+"
_EQUATION = re.compile(rf"(?P<lhs>{_TERM})=(?P<rhs>{_TERM})")
_NUMBER = r"\d+(?:\.\d+)?"
_SUM = rf"\(?[ \t]*{_NUMBER}(?:[ \t]*\)?[ \t]*[-+*/×÷·−][ \t]*\(?[ \t]*{_NUMBER})+[ \t]*\)?"
"""A sum of numbers ("17 * 23", "2+2", "(3 + 4) × 2"): at least one operation between two numbers."""
_SUM_ASKED = re.compile(
    r"(?:\b(?:what(?:'s|’s| is)|calculate|compute|work out|evaluate|how much is)|算一下|计算)"
    r"[ \t]*[:：]?[ \t]*"
    rf"(?P<asked>{_SUM})(?=[ \t]*(?:[?？.!。]|$))"
    rf"|(?P<sum>{_SUM})[ \t]*(?:=[ \t]*[?？]|等于多少|等于几|是多少)",
    re.IGNORECASE,
)
"""A sum the message asks the value of: "What's 17 * 23?", "Calculate (3 + 4) × 2", "10 ÷ 4 等于多少？",
"2+2=?" (not "What is 5-10 minutes of walking worth?": the sum is followed by more words)."""
_ASKS = re.compile(
    r"\b(?:solve|work(?:ing)? out|calculate|evaluate|simplify|find|what(?:'s|’s| is| does)|"
    r"how (?:do|would|can|should) (?:i|you|we) (?:solve|do|work out)|equals?)\b|[?？]|解|求|等于多少|是多少",
    re.IGNORECASE,
)
"""A message that asks for an equation to be solved."""
_FRACTION = re.compile(r"(?<![\d/.])(\d+)/(\d+)(?![\d/.])")
"""A fraction typed as one, with no spaces around its slash ("3/4"): one number, not a division."""
_OPERAND = r"\d+(?:/\d+)?"
_TWO_FRACTIONS = re.compile(rf"(?P<a>{_OPERAND})[ \t]*(?P<op>[-+*/×÷·−])[ \t]*(?P<b>{_OPERAND})")
_SAID = rf"{_NUMBER}(?:/\d+)?"
_SPOKEN = (
    (re.compile(rf"\bdivide[ \t]+({_SAID})[ \t]+by[ \t]+({_SAID})", re.I), r"work out \1 ÷ \2"),
    (re.compile(rf"\bmultiply[ \t]+({_SAID})[ \t]+by[ \t]+({_SAID})", re.I), r"work out \1 × \2"),
    (re.compile(rf"\bsubtract[ \t]+({_SAID})[ \t]+from[ \t]+({_SAID})", re.I), r"work out \2 − \1"),
    (re.compile(rf"({_SAID})[ \t]+divided[ \t]+by[ \t]+(?=\d)", re.I), r"\1 ÷ "),
    (re.compile(rf"({_SAID})[ \t]+(?:times|multiplied[ \t]+by|x)[ \t]+(?=\d)", re.I), r"\1 × "),
    (re.compile(rf"({_SAID})[ \t]+plus[ \t]+(?=\d)", re.I), r"\1 + "),
    (re.compile(rf"({_SAID})[ \t]+minus[ \t]+(?=\d)", re.I), r"\1 − "),
    (re.compile(rf"({_SAID})[ \t]*除以[ \t]*(?=\d)"), r"\1 ÷ "),
    (re.compile(rf"({_SAID})[ \t]*乘以?[ \t]*(?=\d)"), r"\1 × "),
    (re.compile(rf"({_SAID})[ \t]*加上?[ \t]*(?=\d)"), r"\1 + "),
    (re.compile(rf"({_SAID})[ \t]*减去?[ \t]*(?=\d)"), r"\1 − "),
)
"""Operations said in words, and the signs they are read as ("3/4 divided by 2/5", "divide 3/4 by 2/5",
"3 乘以 4")."""


def _signs(message: str) -> str:
    """``message`` with the operations it says in words between numbers written as signs."""
    for pattern, sign in _SPOKEN:
        message = pattern.sub(sign, message)
    return message


_TRANSFORMS = (*standard_transformations, implicit_multiplication_application)
_LONGEST = 80


def worked(message: str, language: str) -> str | None:
    """The worked answer to a sum, a linear equation in one unknown or two in two that ``message`` asks
    for, in ``language`` ("zh" or English), or None where it asks for none (or for what this does not work
    out)."""
    if len(message) > 400:
        return None
    zh = language == "zh"
    message = _signs(message)
    equations = list(_EQUATION.finditer(message))
    if len(equations) == 2 and _ASKS.search(message):  # "solve 2x + y = 7 and x - y = 2"
        together = _together([(e.group("lhs"), e.group("rhs")) for e in equations], zh)
        if together is not None:
            return together
    if (eq := _EQUATION.search(message)) is not None and _ASKS.search(message):
        if not re.search(r"[a-z]", eq.group(0)):  # "Is 1/2 + 1/3 = 2/5?": whether it holds, worked out
            # (only a message that is the check: not "My score was 7/10 = 70%, is that good?")
            rest = message[: eq.start()] + message[eq.end() :]
            said = len(re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]", rest))
            return (
                None
                if said > 8 or message[eq.end() :].startswith("%")
                else _checked(eq.group("lhs"), eq.group("rhs"), zh)
            )
        return _solved(eq.group("lhs"), eq.group("rhs"), zh)
    if (found := _SUM_ASKED.search(message)) is not None:
        return _summed(found.group("asked") or found.group("sum"), zh)
    return None


def _parsed(text: str, unknowns: set[str]) -> sympy.Expr | None:
    """``text`` as an exact expression (numbers as rationals), or None where it is not one (nor a number
    or one of ``unknowns`` in it: "x - y" is one side of an equation)."""
    said = text.replace("×", "*").replace("·", "*").replace("÷", "/").replace("−", "-")
    said = _FRACTION.sub(r"(\1/\2)", said.replace("（", "(").replace("）", ")").strip())
    if len(said) > _LONGEST or not re.search(r"\d" + "".join(f"|{u}" for u in sorted(unknowns)), said):
        return None
    try:
        expr = parse_expr(
            said,
            local_dict={u: sympy.Symbol(u) for u in unknowns},
            transformations=_TRANSFORMS,
            evaluate=False,
        )
    except (SyntaxError, TypeError, ValueError, TokenError, ZeroDivisionError):
        return None
    if not isinstance(expr, sympy.Expr):
        return None
    return sympy.nsimplify(expr, rational=True)


def _solved(lhs_said: str, rhs_said: str, zh: bool) -> str | None:
    """The steps that solve ``lhs = rhs`` for its one unknown, or None if it is not linear in one."""
    unknowns = set(re.findall(r"(?<![A-Za-z])[a-z](?![A-Za-z])", lhs_said + " " + rhs_said))
    if len(unknowns) != 1:
        return None
    (name,) = unknowns
    x = sympy.Symbol(name)
    lhs, rhs = _parsed(lhs_said, unknowns), _parsed(rhs_said, unknowns)
    if lhs is None or rhs is None:
        return None
    left, right = sympy.expand(lhs), sympy.expand(rhs)
    for side in (left, right):
        if not side.is_polynomial(x) or sympy.degree(side, x) > 1:
            return None
    a_left, b_left = left.coeff(x, 1), left.coeff(x, 0)
    a_right, b_right = right.coeff(x, 1), right.coeff(x, 0)
    a, c = a_left - a_right, b_right - b_left
    if {lhs, rhs} & {x} and (lhs.is_number or rhs.is_number):
        return None  # already solved ("if x = 5, what does x + 1 give?")
    said = f"{_typed(lhs_said)} = {_typed(rhs_said)}"
    lead = f"解方程 {said}：" if zh else f"Solving {said} step by step:"
    steps: list[str] = []
    if "(" in said or "（" in said:
        shown = f"{_show(left)} = {_show(right)}"
        steps.append(f"展开括号：{shown}" if zh else f"Expand the brackets: {shown}")
    if a_right != 0:
        moved, shown = _show(a_right * x), f"{_show(a * x + b_left)} = {_show(b_right)}"
        steps.append(f"两边同时减去 {moved}：{shown}" if zh else f"Take {moved} from both sides: {shown}")
    if a == 0:
        if zh:
            end = "两边恒等，任何数都是解。" if c == 0 else "两边不可能相等，所以方程无解。"
        else:
            end = (
                f"Both sides are always equal: every value of {name} is a solution."
                if c == 0
                else "The two sides can never be equal, so the equation has no solution."
            )
        return _listed(lead, steps, end)
    if b_left != 0:
        size, shown = _show(abs(b_left)), f"{_show(a * x)} = {_show(c)}"
        if zh:
            steps.append(f"两边同时{'减去' if b_left > 0 else '加上'} {size}：{shown}")
        else:
            verb = f"Take {size} from both sides" if b_left > 0 else f"Add {size} to both sides"
            steps.append(f"{verb}: {shown}")
    value = sympy.Rational(c) / sympy.Rational(a)
    if a != 1:
        if sympy.numer(a) == 1:  # x ÷ 2 = 3: times 2
            times = _show(sympy.denom(a))
            steps.append(
                f"两边同时乘以 {times}：{name} = {_number(value)}"
                if zh
                else f"Multiply both sides by {times}: {name} = {_number(value)}"
            )
        else:
            by = _show(a)
            steps.append(
                f"两边同时除以 {by}：{name} = {_number(value)}"
                if zh
                else f"Divide both sides by {by}: {name} = {_number(value)}"
            )
    # the check: the solution put back into the equation as the user wrote it
    put = f"({value})" if value < 0 or sympy.denom(value) != 1 else str(value)
    back = re.sub(rf"(?<=[\d)])\s*{name}(?![A-Za-z])", f"×{put}", _typed(lhs_said))
    back = re.sub(rf"(?<![A-Za-z]){name}(?![A-Za-z])", put, back)
    left_value = lhs.subs(x, value)
    holds = sympy.simplify(left_value - rhs.subs(x, value)) == 0
    checked = f"{back} = {_number(sympy.nsimplify(left_value))}" + (" ✓" if holds else "")
    end = (
        f"所以 {name} = {_number(value)}。验算：{checked}"
        if zh
        else f"So {name} = {_number(value)}. Check: {checked}"
    )
    return _listed(lead, steps, end)


def _together(said: list[tuple[str, str]], zh: bool) -> str | None:
    """The steps that solve two linear equations in two unknowns together (simultaneous equations), by
    elimination: each as a·x + b·y = c, one or both multiplied so that an unknown has the same size in
    both, added or taken away, the other unknown found, put back, and checked in the other equation; None
    where they are not two linear equations in the same two unknowns with one solution."""
    names = sorted(set(re.findall(r"(?<![A-Za-z])[a-z](?![A-Za-z])", " ".join(f"{a} {b}" for a, b in said))))
    if len(names) != 2:
        return None
    x, y = (sympy.Symbol(u) for u in names)
    rows: list[tuple[sympy.Expr, sympy.Expr, sympy.Expr]] = []
    for lhs_said, rhs_said in said:
        lhs, rhs = _parsed(lhs_said, set(names)), _parsed(rhs_said, set(names))
        if lhs is None or rhs is None:
            return None
        side = sympy.expand(lhs - rhs)
        if not side.is_polynomial(x, y) or sympy.Poly(side, x, y).total_degree() > 1:
            return None
        rows.append((side.coeff(x, 1), side.coeff(y, 1), -side.subs({x: 0, y: 0})))
    (a1, b1, c1), (a2, b2, c2) = rows
    if a1 * b2 - a2 * b1 == 0 or (0 in (a1, a2) and 0 in (b1, b2)):
        # no one solution, or nothing to eliminate ("If x = 3 and y = 4, what is x + y?"): not worked here
        return None
    typed = [(_typed(lhs), _typed(rhs)) for lhs, rhs in said]
    form = [f"{_show(a * x + b * y)} = {_show(c)}" for a, b, c in rows]
    both = f"{typed[0][0]} = {typed[0][1]}", f"{typed[1][0]} = {typed[1][1]}"
    lead = (
        f"解方程组 {both[0]}，{both[1]}："
        if zh
        else f"Solving {both[0]} and {both[1]} together, step by step:"
    )
    steps = [
        f"整理成同一形式：(1) {form[0]}，(2) {form[1]}"
        if zh
        else f"Write both alike: (1) {form[0]}, (2) {form[1]}"
    ]
    # the unknown to remove: the one whose sizes need the smaller multipliers (the second one on a tie)
    gone_is_y = 0 not in (b1, b2) and (
        0 in (a1, a2) or sympy.lcm(abs(b1), abs(b2)) <= sympy.lcm(abs(a1), abs(a2))
    )
    p, q = (b1, b2) if gone_is_y else (a1, a2)
    size = sympy.lcm(abs(p), abs(q))
    m1, m2 = size / abs(p), size / abs(q)
    gone, kept = (y, x) if gone_is_y else (x, y)
    for n, (m, (a, b, c)) in enumerate(((m1, rows[0]), (m2, rows[1])), 1):
        if m != 1:
            shown = f"{_show(m * a * x + m * b * y)} = {_show(m * c)}"
            steps.append(
                f"({n}) 两边乘以 {_show(m)}：{shown}" if zh else f"Multiply ({n}) by {_show(m)}: {shown}"
            )
    add = p * m1 == -q * m2
    sign = 1 if add else -1
    k = (a1 * m1 + sign * a2 * m2) if gone_is_y else (b1 * m1 + sign * b2 * m2)
    total = c1 * m1 + sign * c2 * m2
    combined = f"{_show(k * kept)} = {_show(total)}"
    if zh:
        steps.append(f"两式{'相加' if add else '相减'}，消去 {gone}：{combined}")
    else:
        steps.append(f"{'Add (1) and (2)' if add else 'Take (2) from (1)'} to remove {gone}: {combined}")
    value = sympy.Rational(total) / sympy.Rational(k)
    if k != 1:
        found = f"{kept} = {_number(value)}"
        steps.append(
            f"两边同时除以 {_show(k)}：{found}" if zh else f"Divide both sides by {_show(k)}: {found}"
        )
    # the other unknown, from the first equation that has it
    n = 1 if (rows[0][1] if gone_is_y else rows[0][0]) != 0 else 2
    a, b, c = rows[n - 1]
    own, other = (b, a) if gone_is_y else (a, b)
    second = (sympy.Rational(c) - other * value) / own
    solution = {kept: value, gone: second}
    put = f"{_put(typed[n - 1][0], {str(kept): value})} = {_put(typed[n - 1][1], {str(kept): value})}"
    got = f"{gone} = {_number(second)}"
    steps.append(
        f"把 {kept} = {_number(value)} 代入 ({n})：{put}，得 {got}"
        if zh
        else f"Put {kept} = {_number(value)} into ({n}): {put}, so {got}"
    )
    lhs_said, rhs_said = typed[2 - n]
    values = {str(name): v for name, v in solution.items()}
    holds = rows[2 - n][0] * solution[x] + rows[2 - n][1] * solution[y] == rows[2 - n][2]
    checked = f"{_put(lhs_said, values)} = {_put(rhs_said, values)}" + (" ✓" if holds else "")
    answer = (
        f"{x} = {_number(solution[x])}，{y} = {_number(solution[y])}"
        if zh
        else f"{x} = {_number(solution[x])}, {y} = {_number(solution[y])}"
    )
    end = f"所以 {answer}。验算 ({3 - n})：{checked}" if zh else f"So {answer}. Check in ({3 - n}): {checked}"
    return _listed(lead, steps, end)


def _put(typed: str, values: dict[str, sympy.Expr]) -> str:
    """``typed`` (one side of an equation as the user wrote it) with each unknown's value put in its place:
    "2x + y" with x = 3 is "2×3 + y"."""
    for name, value in values.items():
        shown = f"({_number(value)})" if value < 0 or sympy.denom(value) != 1 else _number(value)
        typed = re.sub(rf"(?<=[\d)])\s*{name}(?![A-Za-z])", f"×{shown}", typed)
        typed = re.sub(rf"(?<![A-Za-z]){name}(?![A-Za-z])", shown, typed)
    return typed


def _typed(text: str) -> str:
    """What the user wrote, its spaces tidied ("3x+5" -> "3x + 5")."""
    kept = _FRACTION.sub("\\1\u2044\\2", text.strip())  # a fraction as typed ("3/4") is no division
    spaced = re.sub(r"\s*([-+=×÷*/−])\s*", r" \1 ", kept)
    typed = re.sub(r"\s+", " ", re.sub(r"^\s*-\s+", "-", spaced)).replace(" * ", " × ").replace(" / ", " ÷ ")
    return typed.replace("\u2044", "/")


def _checked(lhs_said: str, rhs_said: str, zh: bool) -> str | None:
    """Whether what the user wrote holds ("Is 1/2 + 1/3 = 2/5?", "Is 3/4 = 6/8?"): yes or no, then the sum
    worked out, or each number in its lowest terms (None where a side is no number)."""
    lhs, rhs = _parsed(lhs_said, set()), _parsed(rhs_said, set())
    if lhs is None or rhs is None:
        return None
    try:
        holds = bool(sympy.simplify(lhs - rhs) == 0)
    except (ZeroDivisionError, TypeError):
        return None

    def a_sum(said: str) -> bool:  # (a fraction typed as one is a number: "3/4 = 6/8" has no sum)
        return bool(re.search(r"[-+*/×÷·−]", _FRACTION.sub("1", said)))

    sums = [said for said in (lhs_said, rhs_said) if a_sum(said)]
    if sums:
        steps = _summed(sums[0], zh)
    else:  # each number not in its lowest terms, in them ("6/8 = 3/4 (0.75)")
        # (and a fraction as a decimal, beside a decimal: "2/3 = 2/3 (≈ 0.667)" for "Is 2/3 = 0.6?")
        decimal = "." in lhs_said + rhs_said
        shown = [(said, _number(sympy.nsimplify(v))) for said, v in ((lhs_said, lhs), (rhs_said, rhs))]
        steps = "\n".join(
            f"{_typed(said)} = {value}"
            for said, value in shown
            if _typed(said) != value.split(" (")[0] or (decimal and "." not in said)
        )
    if not steps:
        return None
    left, right = _typed(lhs_said), _typed(rhs_said)
    if zh:
        lead = "对。" if holds else f"不对，{left} 不等于 {right}。"
    else:
        lead = "Yes, that's right." if holds else f"Not quite: {left} isn't {right}."
    return f"{lead}\n\n{steps}"


def _summed(said: str, zh: bool) -> str | None:
    """``said``, a sum of numbers, with its value."""
    expr = _parsed(said, set())
    if expr is None:
        return None
    try:
        value = sympy.nsimplify(sympy.simplify(expr))
    except (ZeroDivisionError, TypeError):
        return None
    if value.has(sympy.zoo, sympy.nan, sympy.oo) or not value.is_number:
        return "除数不能为零，这个算式没有结果。" if zh else "That divides by zero, which has no answer."
    two = _TWO_FRACTIONS.fullmatch(said.strip())
    if two is None or "/" not in two.group("a") + two.group("b"):
        return f"{_typed(said)} = {_number(value)}"
    return _fractions(_typed(said), two.group("a"), two.group("op"), two.group("b"), value, zh)


def _fractions(typed: str, a_said: str, op: str, b_said: str, value: sympy.Expr, zh: bool) -> str:
    """Two numbers, one of them a fraction, added, taken away, multiplied or divided, in steps."""
    a, b = Fraction(a_said), Fraction(b_said)
    op = {"*": "×", "·": "×", "/": "÷", "−": "-"}.get(op, op)
    shown_a, shown_b = f"{a.numerator}/{a.denominator}", f"{b.numerator}/{b.denominator}"
    if op == "÷":
        flipped = f"{b.denominator}/{b.numerator}"
        same = f"{shown_a} ÷ {shown_b} = {shown_a} × {flipped}"
        step = (
            f"除以一个分数，等于乘以它的倒数：{same}"
            if zh
            else f"Dividing by a fraction is multiplying by it flipped: {same}"
        )
        tops, bottoms = (a.numerator, b.denominator), (a.denominator, b.numerator)
        steps = [step, _multiplied(tops, bottoms, zh)]
    elif op == "×":
        steps = [_multiplied((a.numerator, b.numerator), (a.denominator, b.denominator), zh)]
    else:
        common = a.denominator * b.denominator // math.gcd(a.denominator, b.denominator)
        top_a, top_b = a.numerator * common // a.denominator, b.numerator * common // b.denominator
        top = top_a + top_b if op == "+" else top_a - top_b
        over = f"{top_a}/{common} {op} {top_b}/{common} = {top}/{common}"
        steps = [
            f"通分，公分母是 {common}：{shown_a} {op} {shown_b} = {over}"
            if zh
            else f"Write both over the common denominator {common}: {shown_a} {op} {shown_b} = {over}"
        ]
    result = _exact(value)
    lead = f"计算 {typed}：" if zh else f"Working out {typed} step by step:"
    end = f"所以 {typed} = {_number(value)}。" if zh else f"So {typed} = {_number(value)}."
    last = steps[-1].rpartition("= ")[2]
    if last != str(result):  # "6/12" -> "1/2", "4/2" -> "2"
        steps.append(f"约分：{last} = {result}" if zh else f"Simplify: {last} = {result}")
    return _listed(lead, steps, end)


def _multiplied(tops: tuple[int, int], bottoms: tuple[int, int], zh: bool) -> str:
    product = f"{tops[0] * tops[1]}/{bottoms[0] * bottoms[1]}"
    said = f"({tops[0]} × {tops[1]})/({bottoms[0]} × {bottoms[1]}) = {product}"
    return f"分子乘分子，分母乘分母：{said}" if zh else f"Multiply the tops and the bottoms: {said}"


def _listed(lead: str, steps: list[str], end: str) -> str:
    numbered = "\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1))
    return f"{lead}\n\n{numbered}\n\n{end}" if steps else f"{lead}\n\n{end}"


def _number(value: sympy.Expr) -> str:
    """A rational as it is read: 5, -2, 5/2 (2.5), 1/3 (about 0.333)."""
    fraction = _exact(value)
    if fraction.denominator == 1:
        return str(fraction.numerator)
    decimal = fraction.numerator / fraction.denominator
    exact = Fraction(decimal).limit_denominator(10**6) == fraction and len(f"{decimal}") <= 8
    return f"{fraction} ({decimal:g})" if exact else f"{fraction} (≈ {decimal:.3f})"


def _exact(value: sympy.Expr) -> Fraction:
    """A rational sympy number as a ``Fraction``."""
    return Fraction(int(sympy.numer(value)), int(sympy.denom(value)))


def _show(expr: sympy.Expr) -> str:
    """An expression as written by hand: 3x + 5, 2(x - 3), 10 ÷ 4."""
    text = sympy.sstr(expr, order="lex")
    text = re.sub(r"(\d)\*([a-z])", r"\1\2", text)
    return text.replace("*", " × ").replace("/", " ÷ ")
