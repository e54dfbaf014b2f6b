"""What the user told that bears on a message, in the memories' words: the line that ends a small model's
free advice, and the answer itself where the model's words were all left out or it does not write the
user's language. The prompt gave these memories; a small model often leaves them out."""

from __future__ import annotations

import re
from typing import Any

from tailorkit.assistant._answer import Prepared
from tailorkit.assistant._phrases import YOU_SAID
from tailorkit.assistant._templates import Domain
from tailorkit.memory import applies_to, asks_in, names_another, seeks_advice

__all__ = ["BODY", "COACHED", "KEPT_FROM", "bearing_on_advice", "bearing_on_foreign", "bearing_on_unanswered"]

_LISTED = 5
"""How many of the user's memories an answer made of them lists at most."""
_ENDING = 3
"""How many a small model's free answer ends with, as bearing on the request (``bearing_on_advice``)."""
_LEARNER = frozenset({"likes", "learning", "study", "habit"})
"""What else bears on a tutor's answer: what the learner likes, learns and studies, and their routine."""
BODY = frozenset({"health", "allergy", "sensitive", "fear", "diet", "limits", "avoids"})
"""What the body lives with or keeps away from: to a coach it bears on any request for advice."""
KEPT_FROM = frozenset({"allergy", "diet", "limits", "avoids"})
"""What the body keeps away from: it bears on advice in its own domain (food, exercise), not in another one
("少吃盐" on "有什么运动适合我？"; ``names_another``)."""
COACHED = BODY | {"weight", "goal", "sleep"}
"""What bears on a coach's advice and search: the body's conditions and what it keeps away from, its weight
("Has put on about 8 kilos since lockdown"), what the client works towards ("Trying to lose 6 kilos before
my wedding on June 14th") and how they sleep ("Sleeps maybe 4 hours a night": "Any tips for getting more
rest?" quoted the rest day of a running plan)."""
_STUDY = frozenset({"weak", "level", "family", "schedule", "work", "lesson", "learning", "study"})
"""What the learner finds hard, how far they are (a complete beginner), their household's (a parent asks for
their child) and when there is time (and is not: work, lessons): to a tutor it bears on any request for advice
("How can I help him practise this week?")."""
_TABLE = frozenset({"food", "drink"})
"""The domains of what the household eats and drinks (``_at_table``)."""
_FOREIGN: dict[str, frozenset[str]] = {Domain.TUTORING: _LEARNER, Domain.HEALTH_COACHING: frozenset({"goal"})}
"""What else, in a domain, an answer made of the user's memories lists (``bearing_on_foreign``)."""
_ALWAYS: dict[str, frozenset[str]] = {Domain.HEALTH_COACHING: COACHED, Domain.TUTORING: _STUDY}
"""What bears on any request for advice in a domain, whether or not the request names it."""
_STANDING = frozenset(
    (
        "health",
        "avoids",
        "allergy",
        "sensitive",
        "diet",
        "household",
        "housing",
        "family",
        "fear",
        "limits",
        "age",
        "schedule",
        "sleep",
        "weak",
        "budget",
        "trait",
        "uses",
        "device",
        "work",
        "lesson",
    )
)
"""What those memories are about: what any advice must allow for (a condition, what is kept away from, the
household and the home (the fourth floor, halls, renting), age, when there is time and how the user sleeps,
what the user is weak at, what they can spend, what kind of person they are: a night owl, an introvert; what
they keep to and have: Linux, cash only, an electric car; when they work: night shifts, from home on Mondays;
when they have lessons); not tastes, a job or a name."""


_DONE = frozenset({"likes", "habit", "goal", "plan"})
"""What the user likes and does, and works towards or is planning: it bears on a request that names its
domain ("Likes hiking at weekends" on "Any activities for this weekend?", "週末喜歡去爬山" on
"這週末有什麼推薦的活動？", "The wedding's colours are sage green" on "What flowers should I order?", "Saving
for the wedding" on "Should I upgrade my phone now?")."""


_DELIVERY = re.compile(
    r"\b(?:orders?|parcels?|packages?|deliver\w*|arriv\w*|ship\w*|send|sent|post|courier|address|door|"
    r"collect\w*)\b|订单|包裹|快递|送货|配送|地址|收货",
    re.IGNORECASE,
)
"""What a customer's question asks of a delivery, and what their instructions say of one."""


def _on_delivery(p: Prepared) -> list[str]:
    """To a shop's support, the customer's instructions for their deliveries ("Please send everything to my
    new address from the 28th") where the message asks of an order or a delivery ("Where will my next order
    go?"): what the help pages say of it holds for them so."""
    if p.why.template != Domain.CUSTOMER_SERVICE or not _DELIVERY.search(p.message):
        return []
    return [m["text"] for m in p.known if m.get("kind") == "instruction" and _DELIVERY.search(m["text"])]


_REACHED = re.compile(
    r"\b(?:get|getting|be|keep) in touch\b|\b(?:contact|call|phone|ring|email|e-mail|text|message|reach) me\b"
    r"|\b(?:call|ring|get back to|contact) (?:me )?back\b|\bcall-?back\b|\bbe (?:contacted|reached|called)\b"
    r"|联系我|给我打(?:个)?电话|回(?:个)?电话|回电|联系一下",
    re.IGNORECASE,
)
"""A message asking to be contacted ("Can someone get in touch?", "能给我回个电话吗？")."""
_REACH_BY = re.compile(
    r"\b(?:call(?:s|ing)?|phone|ring|e-?mail|texts?|texting|whatsapp|voicemail|contact(?:ed)?)\b"
    r"|电话|邮件|邮箱|短信|微信|联系",
    re.IGNORECASE,
)


def _on_contact(p: Prepared) -> list[str]:
    """Where the message asks to be contacted ("Can someone get in touch?"), how the user said to be reached
    or not ("Please don't phone me", "Prefers email"): it holds for whoever gets in touch."""
    # (or how they will be told: "How will you let me know when it's sorted?", "处理好了怎么通知我？")
    if not (_REACHED.search(p.message) or "contact" in asks_in(p.message)):
        return []
    return [
        m["text"]
        for m in p.known
        if _REACH_BY.search(m["text"])
        and (m.get("kind") == "instruction" or _kind(m) in ("likes", "contact"))
    ]


_THEIR = re.compile(r"\b(?:their|themselves|themself)\b")
_YOUR = {"their": "your", "themselves": "yourself", "themself": "yourself"}


def to_user(text: str, subject: str | None = None, topic: str | None = None) -> str:
    """A memory about the user as said to them: "Preparing for their GCSE exam" -> "Preparing for your GCSE
    exam", "Careful with their knees" -> "Careful with your knees" (memories speak of the user in the third
    person, as a profile does); one about someone else (its ``subject``, or a ``family:`` topic: "Kids love
    their school") as it is."""
    if subject or (topic or "").startswith("family"):
        return text
    return _THEIR.sub(lambda m: _YOUR[m.group(0)], text)


def addressed(texts: list[str], p: Prepared) -> list[str]:
    """``texts`` of the user's memories (``p.known``) as said to them (``to_user``)."""
    about = {m["text"]: (m.get("subject"), m.get("topic")) for m in p.known}
    return [to_user(t, *about.get(t, (None, None))) for t in texts]


def bearing_on_advice(p: Prepared) -> list[str]:
    """What the user stated as lasting (``_STANDING``), or dislikes, that bears on their request for
    advice: what the request names a domain of first ("Is a coeliac" for a dinner), then, to a coach, what
    the body lives with ("How should we get to Rome?" after "I refuse to fly"), to a tutor what the learner
    finds hard and when they have time; to a shop's support, the customer's instructions for a delivery
    asked of (``_on_delivery``), and to anyone asked to get in touch, how the user said to be reached
    (``_on_contact``), advice or not."""
    delivery = [*_on_delivery(p), *_on_contact(p)]  # (asked of, advice or not)
    if not seeks_advice(p.message):
        return list(dict.fromkeys(delivery))[:_ENDING]
    always = _ALWAYS.get(p.why.template, frozenset())
    named: list[str] = []
    domain: list[str] = []
    # what the user told of whom the request is for ("Any gift ideas for her?" after naming their mum), first
    kin = p.whom
    theirs: list[str] = []
    for m in p.known:
        kind = _kind(m)
        if kin and re.match(rf"family:{kin}[:_]", m.get("topic") or ""):
            theirs.append(m["text"])
            continue
        if (
            kind not in _STANDING
            and kind not in always
            and not _dislike(m)
            and not (kind in _DONE and _applies(m, p.message))
        ):
            continue  # (a liking bears on what it names: "Likes hiking" on "Any activities this weekend?")
        if _applies(m, p.message):
            named.append(m["text"])
        elif (
            kind in always
            and not _at_table(m)
            and not (kind in KEPT_FROM and names_another(m["text"], p.message))
        ):
            domain.append(m["text"])
    # what the request names a domain of, where there is such; else what always bears in the domain (a
    # dinner is not for "Has bad knees", any tips for the week are)
    return list(dict.fromkeys([*delivery, *theirs, *(named or ([] if theirs else domain))]))[:_ENDING]


def bearing_on_unanswered(p: Prepared) -> list[str]:
    """Where all a small model wrote was left out: what the message names a domain of (what the user stated
    as lasting, or dislikes: "Dislikes crowds" for the Christmas market), or, to a request for advice that
    names none ("Any tips for the weekend?"), what they stated as lasting; none otherwise."""
    lasting = _STANDING | _ALWAYS.get(p.why.template, frozenset())  # to a coach, a weight put on too
    stated = [m["text"] for m in p.known if _kind(m) in lasting and not _at_table(m)]
    named = [
        m["text"] for m in p.known if (_kind(m) in lasting | _DONE or _dislike(m)) and _applies(m, p.message)
    ]
    return _in_their_words((named or (stated if seeks_advice(p.message) else []))[:_LISTED], p)


def bearing_on_foreign(p: Prepared) -> list[str]:
    """Where the model does not write the user's language: what they stated as lasting or dislike (to a
    tutor, also what they like, learn and do: "喜欢美剧" for "提高听力的好方法？"; to a coach, what they aim
    for: "想三个月减掉十斤"), what the request's own words touch first ("有乳糜泻" for "晚上做什么饭好？")."""
    kinds = _STANDING | _FOREIGN.get(p.why.template, frozenset())
    said = [
        m["text"]
        for m in p.known
        if (
            (_kind(m) in kinds or _dislike(m)) and not (_at_table(m) and not applies_to(m["text"], p.message))
        )
        or (_kind(m) in _DONE and applies_to(m["text"], p.message))
    ]
    return _in_their_words(sorted(said, key=lambda t: not applies_to(t, p.message))[:_LISTED], p)


def _in_their_words(texts: list[str], p: Prepared) -> list[str]:
    """The memories of ``texts`` as an answer lists them: one read from words that say more than it, with
    those words (``YOU_SAID``): what the rules left out of "Works from home" ("... so calls before noon
    never work") answers "Suggest a time for a call"."""
    said = {m["text"]: m.get("said") for m in p.known}
    form = YOU_SAID["zh" if p.why.language == "zh" else "en"]
    return [form.format(text=t, said=said[t]) if said.get(t) else t for t in texts]


def _applies(memory: dict[str, Any], message: str) -> bool:
    """Whether a memory bears on ``message``: by the domains its words and the message's name
    (``applies_to``), or, for when the user is free or works ("Can't do anything after 3"), a message that
    names a time of their day ("Could we meet on Wednesday at 3:30?")."""
    if applies_to(memory["text"], message):
        return True
    return _kind(memory) in ("schedule", "work", "lesson") and "schedule" in asks_in(message)


def _at_table(memory: dict[str, Any]) -> bool:
    """Whether a memory tells what the household eats or drinks ("全家都爱吃辣", "Whole family loves spicy
    food"): it bears on a request that names food, not on any advice as the household's other facts (a
    child's dyslexia, their week) do."""
    return _kind(memory) == "family" and bool(_TABLE & set(asks_in(memory["text"])))


def _kind(memory: dict[str, Any]) -> str:
    """What a memory is about (its topic's category); a job said with when it is worked ("Works as nurse on
    night shifts") is about when the user works, which any advice on their day must allow for."""
    kind = (memory.get("topic") or "").partition(":")[0]
    return "work" if kind == "job" and _WORK_HOURS.search(memory.get("text") or "") else kind


_WORK_HOURS = re.compile(
    r"\b(?:nights?|night shifts?|shifts?|weekends|evenings|early mornings|part[- ]time|on call)\b"
    r"|夜班|倒班|值班|轮班|三班",
    re.I,
)


def _dislike(memory: dict[str, Any]) -> bool:
    """Whether a memory says what the user dislikes ("Dislikes crowds"): it bears on a request whose
    domain it names ("Should we go to the Christmas market?"), as what they stated as lasting does."""
    return (memory.get("topic") or "").startswith("likes:") and (memory.get("polarity") or 1) < 0
