"""Extraction: from one user message to candidate memories.

Two extractors behind one ``Extractor`` interface:

* ``RuleExtractor``: deterministic patterns for English and Chinese (likes and dislikes, allergies,
  diets, drinks, names, relations, jobs, homes, plans with dates, instructions to the assistant,
  "forget that ..."). No model, so it runs anywhere and in tests; it misses what it has no pattern for.
* ``LLMExtractor``: asks a ``ChatModel`` for JSON, validates it against a schema, retries with the
  validation error, and raises ``ExtractionError`` when the answer stays invalid: a message is never
  dropped without a trace.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field, ValidationError

from tailorkit.errors import ExtractionError
from tailorkit.llm import ChatModel, Message
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.text import index_terms, is_chinese

__all__ = ["Extractor", "LLMExtractor", "RuleExtractor", "topic_value"]

log = logging.getLogger(__name__)


class Extractor(Protocol):
    def extract(self, message: str) -> list[Candidate]:
        """The memories ``message`` states (possibly none)."""
        ...


def topic_value(phrase: str) -> str:
    """A stable key for what a phrase names: its index terms joined (``"Peanuts"`` -> ``peanut``)."""
    if is_chinese(phrase):  # the words themselves: search segmentation would add overlapping pieces
        return re.sub(r"\s+", "", phrase)[:120]
    return "_".join(index_terms(phrase))[:120] or phrase.strip().lower()[:120]


# -- English --------------------------------------------------------------------------------------

_DRINKS = frozenset(
    [
        "coffee",
        "tea",
        "water",
        "juice",
        "milk",
        "beer",
        "wine",
        "soda",
        "cola",
        "matcha",
        "espresso",
        "latte",
        "cappuccino",
        "kombucha",
        "smoothies",
        "smoothie",
        "lemonade",
        "cocoa",
        "chocolate",
        "whisky",
        "whiskey",
        "vodka",
        "gin",
        "rum",
        "sake",
        "decaf",
        "oat",
    ]
)
_DIETS = {
    "vegetarian": "vegetarian",
    "vegan": "vegan",
    "pescatarian": "pescatarian",
    "gluten-free": "gluten-free",
    "keto": "keto",
    "halal": "halal",
    "kosher": "kosher",
    "lactose intolerant": "lactose-free",
    "diabetic": "diabetic",
}
_RELATIONS = (
    "daughter|son|wife|husband|partner|girlfriend|boyfriend|mother|mum|mom|father|dad|brother|sister|"
    "grandmother|grandma|grandfather|grandpa|baby|kid|child|dog|cat|puppy|boss|friend|best friend|colleague"
)
_DATE_EN = re.compile(
    r"\b(?:tomorrow|tonight|today|next (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|this (?:week|weekend|month|year|summer|winter|spring|autumn|fall)|on (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|in (?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d+ (?:days|weeks|months))|(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? "
    r"of \w+|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b",
    re.IGNORECASE,
)
_FUTURE_EN = re.compile(
    r"\b(?:will|'ll|going to|gonna|plan(?:ning)? to|start(?:s|ing)?|begin(?:s|ning)?|have an?|'ve got an?|"
    r"(?:am|is|are|'m|'s|'re) (?:\w+ing)|flying|moving|visiting|leaving|due)\b",
    re.IGNORECASE,
)
_CHANGE_EN = re.compile(r"\b(?:switched|changed|moved|now|anymore|no longer|these days|nowadays)\b", re.I)
_TAIL = re.compile(
    r"\s*(?:\b(?:very much|so much|a lot|a bit|anymore|any more|these days|nowadays|now|too|as well|"
    r"really|at all|lately|recently|instead|every day|daily|in the morning)\b\s*)+$",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:the|a|an|some|to|drinking|eating|watching|reading|playing|listening to)\s+", re.I)


def _clean(phrase: str) -> str:
    phrase = phrase.strip(" ,.;:!?\"'")
    for _ in range(3):
        phrase = _TAIL.sub("", _LEAD.sub("", phrase)).strip(" ,.;:!?\"'")
    return phrase


def _sentences(message: str) -> list[str]:
    return [
        s.strip() for s in re.split(r"(?<=[.!?;。！？；\n])\s*|\s+(?:but|and then)\s+", message) if s.strip()
    ]


Rule = Callable[[re.Match[str], str], Candidate | None]


def _likes(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or len(obj) > 80:
        return None
    if obj.split()[0].lower() in _DRINKS:
        return Candidate(
            f"Likes {obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(obj.split()[0])}", importance=0.5
        )
    return Candidate(f"Likes {obj}", MemoryKind.PREFERENCE, f"likes:{topic_value(obj)}")


def _dislikes(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or len(obj) > 80:
        return None
    drink = obj.split()[0].lower() in _DRINKS
    topic = f"drink:{topic_value(obj.split()[0])}" if drink else f"likes:{topic_value(obj)}"
    return Candidate(f"Dislikes {obj}", MemoryKind.PREFERENCE, topic, polarity=-1, change=True)


def _drink(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or obj.split()[0].lower() not in _DRINKS:
        return None
    change = bool(_CHANGE_EN.search(sentence))
    return Candidate(
        f"Drinks {obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(obj.split()[0])}", change=change
    )


def _switch(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj:
        return None
    if obj.split()[0].lower() in _DRINKS:
        return Candidate(
            f"Drinks {obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(obj.split()[0])}", change=True
        )
    return Candidate(f"Switched to {obj}", MemoryKind.PREFERENCE, f"uses:{topic_value(obj)}", change=True)


def _allergy(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    return Candidate(f"Allergic to {obj}", MemoryKind.FACT, f"allergy:{topic_value(obj)}", importance=0.9)


def _diet(m: re.Match[str], sentence: str) -> Candidate | None:
    diet = _DIETS[m.group("diet").lower()]
    return Candidate(f"Is {diet}", MemoryKind.FACT, "diet", importance=0.8)


def _no_eat(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    return Candidate(f"Does not eat {obj}", MemoryKind.FACT, f"avoids:{topic_value(obj)}", importance=0.8)


def _name(m: re.Match[str], sentence: str) -> Candidate | None:
    return Candidate(f"Name is {m.group('name')}", MemoryKind.FACT, "name", importance=0.9)


def _relation(m: re.Match[str], sentence: str) -> Candidate | None:
    role = m.group("role").lower()
    return Candidate(
        f"{role.capitalize()}'s name is {m.group('name')}",
        MemoryKind.FACT,
        f"relation:{role}:{m.group('name').lower()}",
        subject=role,
        importance=0.7,
    )


def _job(m: re.Match[str], sentence: str) -> Candidate | None:
    job = _clean(m.group("job"))
    if not job or len(job) > 60:
        return None
    change = bool(_CHANGE_EN.search(sentence))
    return Candidate(f"Works as {job}", MemoryKind.FACT, "job", importance=0.7, change=change)


def _employer(m: re.Match[str], sentence: str) -> Candidate | None:
    where = _clean(m.group("where"))
    return Candidate(f"Works at {where}", MemoryKind.FACT, "employer", importance=0.6)


def _home(m: re.Match[str], sentence: str) -> Candidate | None:
    where = _clean(m.group("where"))
    if not where:
        return None
    return Candidate(f"Lives in {where}", MemoryKind.FACT, "home", importance=0.7)


def _instruction(m: re.Match[str], sentence: str) -> Candidate | None:
    return Candidate(sentence.rstrip(".!"), MemoryKind.INSTRUCTION, None, importance=0.8)


def _forget(m: re.Match[str], sentence: str) -> Candidate | None:
    return Candidate(m.group("what").strip(" .!"), action="forget")


_EN_RULES: list[tuple[re.Pattern[str], Rule]] = [
    (
        re.compile(
            r"^(?:please\s+)?(?:forget|delete|erase)\s+(?:that\s+|about\s+|the fact that\s+)?(?P<what>.+)",
            re.I,
        ),
        _forget,
    ),
    (re.compile(r"^(?:please\s+)?(?:always|never|don't|do not|stop)\s+\w+.*", re.I), _instruction),
    (
        re.compile(r"^please\s+(?:answer|reply|respond|write|talk|speak|call me|use|keep|be)\b.*", re.I),
        _instruction,
    ),
    (
        re.compile(
            r"\b(?i:my name is) (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)|\b(?i:call me) (?P<n2>[A-Z][\w'-]+)"
        ),
        lambda m, s: _name_any(m),
    ),
    (
        re.compile(
            rf"\bmy (?P<role>{_RELATIONS})(?:'s name is| is called| is named|,| named| called)\s+(?P<name>[A-Z][\w'-]+)",
            re.I,
        ),
        _relation,
    ),
    (
        re.compile(
            r"\bI(?:'m| am)?\s+(?:severely |very |quite |mildly )?allergic to (?P<obj>[^,.;!?]+)", re.I
        ),
        _allergy,
    ),
    (
        re.compile(rf"\bI(?:'m| am)\s+(?:a |an |now |now a |strictly )?(?P<diet>{'|'.join(_DIETS)})\b", re.I),
        _diet,
    ),
    (re.compile(r"\bI (?:don't|do not|never|can't|cannot) eat (?P<obj>[^,.;!?]+)", re.I), _no_eat),
    (
        re.compile(
            r"\bI(?:'ve| have)?\s+(?:just |recently )?(?:switched|changed|moved over|gone over) (?:from [\w\s]+ )?to (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _switch,
    ),
    (re.compile(r"\bI(?:'ve| have)?\s+(?:just |recently )?(?i:moved to) (?P<where>[A-Z][^,.;!?]*)"), _home),
    (re.compile(r"\bI (?i:live in) (?P<where>[A-Z][^,.;!?]*)"), _home),
    (re.compile(r"\bI(?:'m| am) (?i:from) (?P<where>[A-Z][^,.;!?]*)"), _home),
    (re.compile(r"\bI (?:now |currently )?work as (?:a |an )?(?P<job>[^,.;!?]+)", re.I), _job),
    (re.compile(r"\bmy (?:job|profession|occupation) is (?:a |an )?(?P<job>[^,.;!?]+)", re.I), _job),
    (
        re.compile(
            r"\bI(?:'m| am) (?:now )?(?:a|an) (?P<job>[\w-]+(?: [\w-]+)?) by (?:profession|trade)", re.I
        ),
        _job,
    ),
    (re.compile(r"\bI (?:now |currently )?work (?:at|for) (?P<where>[^,.;!?]+)", re.I), _employer),
    (
        re.compile(
            r"\bI (?:really |just |absolutely |totally )?(?:don't|do not|no longer|can't stand|cannot stand|hate|dislike|detest)\s+(?:like |enjoy |love |want |drink |eat )?(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _dislikes,
    ),
    (
        re.compile(r"\bI (?:usually |always |only |mostly |now |normally )?drink (?P<obj>[^,.;!?]+)", re.I),
        _drink,
    ),
    (
        re.compile(
            r"\bI (?:really |absolutely |totally |do |also )?(?:like|love|enjoy|adore|prefer|am into|'m into)\s+(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _likes,
    ),
    (re.compile(r"\bI(?:'m| am) (?:a |such a )?(?:big |huge )?fan of (?P<obj>[^,.;!?]+)", re.I), _likes),
    (
        re.compile(r"\bmy favou?rite (?P<what>\w+(?: \w+)?) is (?P<obj>[^,.;!?]+)", re.I),
        lambda m, s: _favourite(m),
    ),
]


def _name_any(m: re.Match[str]) -> Candidate:
    name = m.group("name") or m.group("n2")
    return Candidate(f"Name is {name}", MemoryKind.FACT, "name", importance=0.9)


def _favourite(m: re.Match[str]) -> Candidate:
    what, obj = m.group("what").lower(), _clean(m.group("obj"))
    return Candidate(f"Favourite {what} is {obj}", MemoryKind.PREFERENCE, f"favourite:{topic_value(what)}")


# -- Chinese --------------------------------------------------------------------------------------

_ZH_DRINKS = (
    "咖啡",
    "茶",
    "绿茶",
    "红茶",
    "奶茶",
    "牛奶",
    "果汁",
    "啤酒",
    "红酒",
    "白酒",
    "可乐",
    "豆浆",
    "水",
)
_ZH_RELATIONS = (
    "女儿|儿子|妻子|老婆|丈夫|老公|妈妈|母亲|爸爸|父亲|哥哥|姐姐|弟弟|妹妹|孩子|宝宝|狗|猫|老板|朋友"
)
_ZH_DATE = re.compile(
    r"(?:明天|后天|今晚|今天|下周[一二三四五六日天]?|下个?星期[一二三四五六日天]?|下个月|明年|这周末|周末|"
    r"[一二三四五六七八九十\d]{1,3}月(?:[一二三四五六七八九十\d]{1,3}[日号])?|[\d]{1,2}[日号]|春节|国庆)"
)
_ZH_END = "，。！？；,.!?;"


def _zh(text: str) -> str:
    return text.strip(_ZH_END + " 了的啊呀吧呢")


_ZH_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], str], Candidate | None]]] = [
    (
        re.compile(r"^(?:请)?(?:忘记|忘掉|忘了|删除|删掉)(?:我说过)?(?P<what>.+)"),
        lambda m, s: Candidate(_zh(m.group("what")), action="forget"),
    ),
    (
        re.compile(
            r"^(?:请|以后|今后)+.*(?:回答|回复|称呼|叫我|推荐|不要|别|用).*|^(?:不要|别)(?:再)?给我.+"
        ),
        lambda m, s: Candidate(_zh(s), MemoryKind.INSTRUCTION, None, importance=0.8),
    ),
    (
        re.compile(r"我对(?P<obj>[^，。！？；,.!?;]+?)过敏"),
        lambda m, s: Candidate(
            f"对{m.group('obj')}过敏",
            MemoryKind.FACT,
            f"allergy:{topic_value(m.group('obj'))}",
            importance=0.9,
        ),
    ),
    (
        re.compile(
            r"我(?:的名字)?叫(?P<name>[\u4e00-\u9fff]{2,4})(?=[，。！？；,.!?;]|$)|我的名字是(?P<n2>[^，。！？；,.!?;]{1,12})"
        ),
        lambda m, s: _zh_name(m),
    ),
    (
        re.compile(rf"我(?:的)?(?P<role>{_ZH_RELATIONS})(?:的名字)?叫(?P<name>[^，。！？；,.!?;]{{1,8}})"),
        lambda m, s: Candidate(
            f"{m.group('role')}叫{_zh(m.group('name'))}",
            MemoryKind.FACT,
            f"relation:{m.group('role')}:{_zh(m.group('name'))}",
            subject=m.group("role"),
            importance=0.7,
        ),
    ),
    (
        re.compile(r"我(?:现在)?(?:吃素|是素食者|是素食主义者|只吃素)"),
        lambda m, s: Candidate("吃素", MemoryKind.FACT, "diet", importance=0.8),
    ),
    (
        re.compile(r"我(?:已经)?(?:现在)?(?:改喝|换成了?喝?|改成了?喝?|开始喝)(?P<obj>[^，。！？；,.!?;]+)"),
        lambda m, s: Candidate(
            f"喝{_zh(m.group('obj'))}",
            MemoryKind.PREFERENCE,
            f"drink:{topic_value(_zh(m.group('obj')))}",
            change=True,
        ),
    ),
    (
        re.compile(r"我(?:已经)?(?:搬到了?|搬去了?|住在)(?P<where>[^，。！？；,.!?;]+)"),
        lambda m, s: Candidate(f"住在{_zh(m.group('where'))}", MemoryKind.FACT, "home", importance=0.7),
    ),
    (
        re.compile(r"我(?:现在)?在(?P<where>[^，。！？；,.!?;]+?)(?:工作|上班)"),
        lambda m, s: Candidate(f"在{m.group('where')}工作", MemoryKind.FACT, "employer", importance=0.6),
    ),
    (
        re.compile(
            r"我(?:现在)?(?:是一名|是一位|是一个|是个|当|做)(?P<job>[^，。！？；,.!?;]{1,10}?)(?:工作)?(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: Candidate(f"职业是{_zh(m.group('job'))}", MemoryKind.FACT, "job", importance=0.7),
    ),
    (
        re.compile(
            r"我(?:一点也|一点都|再也|真的|很|非常|特别)?(?:不喜欢|讨厌|不爱|不再喜欢|受不了|不想再?)(?:喝|吃|看|听)?(?P<obj>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: _zh_pref(m, -1),
    ),
    (
        re.compile(r"我(?:平时|每天|一般|通常|只|现在|早上)*喝(?P<obj>[^，。！？；,.!?;]+)"),
        lambda m, s: _zh_drink(m, s),
    ),
    (
        re.compile(
            r"我(?:也|很|非常|特别|最|真的|超)*(?:喜欢|爱|热爱|迷上了?)(?:喝|吃|看|听|玩)?(?P<obj>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: _zh_pref(m, 1),
    ),
]


def _zh_name(m: re.Match[str]) -> Candidate | None:
    name = _zh(m.group("name") or m.group("n2") or "")
    if not name:
        return None
    return Candidate(f"名字是{name}", MemoryKind.FACT, "name", importance=0.9)


def _zh_pref(m: re.Match[str], polarity: int) -> Candidate | None:
    obj = _zh(m.group("obj"))
    if not obj:
        return None
    category = "drink" if obj in _ZH_DRINKS else "likes"
    text = f"喜欢{obj}" if polarity > 0 else f"不喜欢{obj}"
    return Candidate(
        text, MemoryKind.PREFERENCE, f"{category}:{topic_value(obj)}", polarity=polarity, change=polarity < 0
    )


def _zh_drink(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _zh(m.group("obj"))
    if obj not in _ZH_DRINKS:
        return None
    return Candidate(
        f"喝{obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(obj.split()[0])}", change="现在" in sentence
    )


class RuleExtractor:
    """Deterministic English and Chinese patterns; no model needed.

    Each sentence yields at most one memory from the first rule that matches it, plus a dated plan
    when the sentence names a future date ("my daughter starts school in May", "我下周去北京出差").
    """

    def extract(self, message: str) -> list[Candidate]:
        found: list[Candidate] = []
        for sentence in _sentences(message):
            chinese = bool(re.search(r"[\u4e00-\u9fff]", sentence))
            rules = _ZH_RULES if chinese else _EN_RULES
            candidate = None
            for pattern, rule in rules:
                m = pattern.search(sentence)
                if m and (candidate := rule(m, sentence)) is not None:
                    break
            if candidate is not None and candidate.action == "forget":
                found.append(self._forget_target(candidate))
                continue
            if candidate is not None:
                found.append(candidate)
            plan = self._plan(sentence, chinese)
            if plan is not None and (candidate is None or candidate.kind != MemoryKind.INSTRUCTION):
                found.append(plan)
        return found

    def _forget_target(self, request: Candidate) -> Candidate:
        """Carry the topic of what is to be forgotten ("forget that I drink coffee" -> drink:coffee)."""
        inner = [c for c in self.extract(request.text) if c.action == "add"]
        topic = inner[0].topic if inner else None
        return Candidate(
            request.text, topic=topic, action="forget", polarity=inner[0].polarity if inner else 1
        )

    @staticmethod
    def _plan(sentence: str, chinese: bool) -> Candidate | None:
        if chinese:
            when = _ZH_DATE.search(sentence)
            if when and re.search(r"要|会|打算|计划|准备|开始|去|有", sentence):
                who = re.search(rf"我(?:的)?({_ZH_RELATIONS})", sentence)
                subject = who.group(1) if who else None
                return Candidate(
                    _zh(sentence), MemoryKind.EVENT, None, subject, when=when.group(0), importance=0.6
                )
            return None
        when = _DATE_EN.search(sentence)
        if (
            when
            and _FUTURE_EN.search(sentence)
            and re.search(r"\b(?:I|I'm|I'll|we|we're|my|our)\b", sentence, re.I)
        ):
            who = re.search(rf"\bmy ({_RELATIONS})\b", sentence, re.I)
            subject = who.group(1).lower() if who else None
            return Candidate(
                sentence.rstrip(".!"), MemoryKind.EVENT, None, subject, when=when.group(0), importance=0.6
            )
        return None


# -- LLM ------------------------------------------------------------------------------------------


class _LLMMemory(BaseModel):
    text: str = Field(min_length=1, max_length=500)
    kind: Literal["fact", "preference", "event", "instruction"]
    topic: str | None = Field(None, max_length=160)
    polarity: Literal[1, -1] = 1
    importance: float = Field(0.5, ge=0, le=1)
    change: bool = False
    action: Literal["add", "forget"] = "add"
    when: str | None = None


class _LLMAnswer(BaseModel):
    memories: list[_LLMMemory]


_SYSTEM = """You extract long-term memories about the user from one message they wrote.
Answer with JSON only, no prose, exactly this shape:
{"memories": [{"text": "...", "kind": "fact|preference|event|instruction", "topic": "category:value or null",
"polarity": 1 or -1, "importance": 0.0-1.0, "change": true|false, "action": "add|forget", "when": "date phrase or null"}]}
Rules: write each memory as a short third-person statement in the message's language; "topic" names what it is
about (drink:coffee, likes:jazz, allergy:peanut, name, home, job); polarity -1 for dislikes; "change": true when
the user says something changed ("I switched to tea"); action "forget" when the user asks to forget something.
Return {"memories": []} when the message states nothing worth remembering."""


class LLMExtractor:
    """Memories extracted by a chat model, as schema-checked JSON.

    Args:
        model: any ``ChatModel``.
        retries: further attempts after an invalid answer; each retry shows the model its error.
        max_tokens: answer budget per attempt.
    """

    def __init__(self, model: ChatModel, *, retries: int = 2, max_tokens: int = 384) -> None:
        self.model, self.retries, self.max_tokens = model, retries, max_tokens

    def extract(self, message: str) -> list[Candidate]:
        messages: list[Message] = [
            {"role": "system", "content": _SYSTEM},
            {"role": "user", "content": f"Message:\n<<<\n{message}\n>>>"},
        ]
        output, reason = "", ""
        for attempt in range(1, self.retries + 2):
            output = self.model.chat(messages, max_tokens=self.max_tokens, temperature=0.0).text
            try:
                answer = _LLMAnswer.model_validate(_json_object(output))
            except (ValueError, ValidationError) as exc:
                reason = _describe(exc)
                log.warning("memory extraction attempt %d returned invalid JSON: %s", attempt, reason)
                messages += [
                    {"role": "assistant", "content": output},
                    {
                        "role": "user",
                        "content": f"That was not valid: {reason}. Answer with the JSON object only.",
                    },
                ]
                continue
            return [
                Candidate(
                    m.text,
                    m.kind,
                    m.topic.strip().lower() if m.topic else None,
                    polarity=m.polarity,
                    importance=m.importance,
                    change=m.change,
                    action=m.action,
                    when=m.when,
                )
                for m in answer.memories
            ]
        raise ExtractionError(message, output, reason, self.retries + 1)


def _json_object(output: str) -> Any:
    """The JSON object in a model's answer (tolerating a code fence or words around it)."""
    start, end = output.find("{"), output.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the answer")
    try:
        return json.loads(output[start : end + 1])
    except json.JSONDecodeError as exc:
        raise ValueError(f"JSON syntax error: {exc.msg} at character {exc.pos}") from None


def _describe(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "answer"
        return f"field {where!r}: {first['msg']} ({exc.error_count()} problem(s))"
    return str(exc)
