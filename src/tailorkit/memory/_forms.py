"""What the user says as a form, a label and its value ("Diet: vegan.", "Car: none.", "饮食：纯素。"), as
the sentence it stands for ("I'm vegan", "I don't have a car", "我吃纯素"), so that the rules read it: people
paste what they told another service, or type it as a list.

Only labels that name something of the user's are read so; any other ("Quick update: ...", "好消息：...")
stays as said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tailorkit.text import is_chinese

__all__ = ["as_said", "as_said_all"]

_NONE_EN = re.compile(r"^(?:none|no|nope|n/?a|nil|zero|nothing|never|not applicable)\b", re.I)
_NONE_ZH = re.compile(r"^(?:没有|无|不|没)")
_COUNT_EN = re.compile(r"^(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?P<rest>.*)$", re.I)
_VERB_FIRST_EN = re.compile(
    r"^(?:can't|cannot|don't|do not|never|only|always|can|need|have|use|wear|up|in bed)\b", re.I
)


def _diet(v: str) -> str:
    return f"I'm {v}"


def _none_or(then: str, none: str) -> Callable[[str], str]:
    return lambda v: none if _NONE_EN.match(v) else then.format(v=v)


def _count(noun: str) -> Callable[[str], str]:
    def say(v: str) -> str:
        m = _COUNT_EN.match(v)
        if _NONE_EN.match(v):
            return f"I don't have any {noun}"
        return f"I have {m.group('n')} {noun}{m.group('rest')}" if m else f"I have {noun}: {v}"

    return say


def _is_or_does(v: str) -> str:
    """ "Mobility: wheelchair user" -> "I'm a wheelchair user"; "Eyesight: can't read small print" -> "I can't
    read small print"; "Sleep: up at 5am" -> "I'm up at 5am"; "Hearing: hearing aid in both ears" -> "I have
    hearing aid in both ears"."""
    if re.match(r"(?:up|in bed|asleep|awake)\b", v, re.I):
        return f"I'm {v}"
    if _VERB_FIRST_EN.match(v):
        return f"I {v}"
    first = re.split(r"[,;]", v)[0].strip()
    if re.search(
        r"(?:user|beginner|walker|runner|sleeper|riser|owl|lark|patient|survivor|diabetic|amputee)$",
        first,
        re.I,
    ):
        return f"I'm {_a(v)}"
    if re.search(r"\b(?:in|on|with)\b", first):  # "hearing aid in both ears", "brace on my knee"
        return f"I have {v}"
    return f"I'm {v}"


def _a(v: str) -> str:
    return (
        v
        if re.match(r"(?:a|an|the|my)\s", v, re.I)
        else f"{'an' if re.match(r'[aeiou]', v, re.I) else 'a'} {v}"
    )


_LABELS_EN: dict[str, Callable[[str], str]] = {
    "diet|dietary requirements?|dietary needs|food": _diet,
    "allerg(?:y|ies)|allergic to": lambda v: _none_or("I'm allergic to {v}", "I have no allergies")(v),
    "budget|spending limit|max spend|price range": lambda v: f"My budget is {v}",
    "kids|children": _count("kids"),
    "mobility|access needs": _is_or_does,
    # "Job: A&E nurse" (I'm an A&E nurse); "Work: from home on Fridays" (I work from home on Fridays)
    "job|work|occupation|profession": lambda v: (
        f"I work {v}"
        if re.match(
            r"(?:from|at|in|on|for|as|nights|days|weekends|part[- ]time|full[- ]time|shifts)\b", v, re.I
        )
        else f"I'm {_a(v)}"
    ),
    "car|vehicle": _none_or("I drive {v}", "I don't have a car"),
    "languages?|speaks?": lambda v: f"I speak {v}",
    "dislikes|hates|not a fan of|can't stand": lambda v: f"I dislike {v}",
    "likes|loves|interests|hobbies": lambda v: f"I love {v}",
    "location|city|town|based in|lives? in|home town": lambda v: f"I live in {v}",
    # "Home: third floor walk-up" (I live in a third floor walk-up); "Home: London" (I live in London)
    "home|housing|flat|house": lambda v: (
        f"I live in {v}" if re.match(r"(?-i:[A-Z])", v) else f"I live in {_a(v)}"
    ),
    "age": lambda v: f"I'm {v}",
    "pets?": _none_or("I have {v}", "I don't have any pets"),
    "hearing|eyesight|vision|sight|health|conditions?|medical|fitness|sleep|schedule|mobility issues": (
        _is_or_does
    ),
    "faith|religion": lambda v: f"I'm {v}",
    "caffeine|coffee|alcohol|sugar|smoking|meat|dairy": lambda v: v,
    "contact|preferred contact|contact me|reach me": lambda v: f"Please contact me by {v}",
    "medication|meds|medicines?": _none_or("I take {v}", "I don't take any medication"),
}
_LABEL_EN = re.compile(
    r"^\s*(?P<label>" + "|".join(_LABELS_EN) + r")\s*:\s*(?P<value>[^:\n]+?)\s*(?P<end>[.!]?)\s*$", re.I
)
_CAFFEINE_EN = re.compile(r"^(?:only )?(?P<when>(?:before|after|until|till) .+)$", re.I)

_LABELS_ZH: dict[str, Callable[[str], str]] = {
    "饮食|忌口": lambda v: f"我吃{v}" if not v.startswith(("不", "吃")) else f"我{v}",
    "过敏|过敏原": lambda v: "我没有过敏" if _NONE_ZH.match(v) else f"我对{v}过敏",
    "预算": lambda v: f"预算{v}",
    "孩子|小孩": lambda v: (
        "我没有孩子"
        if _NONE_ZH.match(v)
        else f"我有{v.split('，')[0].split(',')[0]}孩子"
        + "".join(f"，{part}" for part in re.split(r"[，,]", v)[1:])
    ),
    "车|汽车": lambda v: "我没有车" if _NONE_ZH.match(v) else f"我开{v}",
    "所在地|坐标|城市|住在|居住地": lambda v: f"我住在{v}",
    "住处|住房|房子": lambda v: f"我住{v}",
    "年龄": lambda v: f"我{v}岁" if re.fullmatch(r"[\d一二三四五六七八九十]+", v) else f"我{v}",
    "宠物": lambda v: "我没有宠物" if _NONE_ZH.match(v) else f"我养了{v}",
    "信仰|宗教": lambda v: f"我是{v}",
    "语言": lambda v: f"我会说{v}",
    "工作|职业": lambda v: (
        f"我{v}" if re.match(r"[在做当上]", v) else f"我上{v}" if v.endswith("班") else f"我是{v}"
    ),
    "不喜欢|讨厌": lambda v: f"我不喜欢{v}",
    "喜欢|爱好|兴趣": lambda v: f"我喜欢{v}",
    "联系方式|联系我": lambda v: f"联系我{v}",
    "行动|出行|听力|视力|健康|身体|健身|作息|睡眠|用药": lambda v: (
        v
        if v.startswith("我")
        else f"我是{v}"
        if re.match(r"(?:纯|完全的?)?(?:新手|小白|初学者|老手)", v)
        else f"我{v}"
    ),
    "咖啡因|咖啡|酒|烟|糖": lambda v: v,
}
_LABEL_ZH = re.compile(
    r"^\s*(?P<label>" + "|".join(_LABELS_ZH) + r")\s*[：:]\s*(?P<value>[^：:\n]+?)\s*(?P<end>[。！]?)\s*$"
)


def as_said(sentence: str) -> str:
    """``sentence`` as the sentence its form stands for ("Diet: vegan." -> "I'm vegan."); itself where it is
    no form of a label the user fills in of themselves."""
    if is_chinese(sentence):
        m = _LABEL_ZH.match(sentence)
        if not m:
            return sentence
        say = next(f for k, f in _LABELS_ZH.items() if re.fullmatch(k, m.group("label")))
        said = say(m.group("value"))
        if re.fullmatch(
            "咖啡因|咖啡|酒|烟|糖", m.group("label")
        ):  # "咖啡因：中午以后不碰": 咖啡因我中午以后不碰
            said = f"{m.group('label')}我{m.group('value')}"
        return said + (m.group("end") or "。")
    m = _LABEL_EN.match(sentence)
    if not m:
        return sentence
    label, value = m.group("label"), m.group("value")
    say = next(f for k, f in _LABELS_EN.items() if re.fullmatch(k, label, re.I))
    if re.fullmatch("caffeine|coffee|alcohol|sugar|smoking|meat|dairy", label, re.I):
        # "Caffeine: none after noon", "Alcohol: none", "Caffeine: only before 12"
        thing = label.lower()
        if none := _NONE_EN.match(value):
            said = f"I avoid {thing}{value[none.end() :]}"
        elif when := _CAFFEINE_EN.match(value):
            said = f"I only have {thing} {when.group('when')}"
        else:
            said = f"{label}: {value}"
    else:
        said = say(value)
    return said + (m.group("end") or ".")


def as_said_all(message: str) -> str:
    """``message`` with each of its sentences as ``as_said`` reads it (a form is one sentence, or a line)."""
    if ":" not in message and "：" not in message:
        return message
    return "".join(as_said(part) for part in re.split(r"(?<=[。！？.!?\n])(?=\s*\S)", message))
