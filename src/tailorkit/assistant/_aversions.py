"""What goes against what the user told: a line of an answer suggesting what they keep away from, or what
their diet leaves out (``aversions``, ``goes_against``); with a request for the household
(``for_the_household``), what a member's diet leaves out too."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from tailorkit.text import index_terms, is_chinese

__all__ = ["aversions", "for_the_household", "goes_against", "screens_ruled_out"]


_AVERSIONS = ("avoids:", "sensitive:", "allergy:", "fear:", "household:")
"""Memory topics that say the user keeps away from something."""
_TASTES = ("likes:", "drink:")
"""Memory topics of a taste: with a negative polarity, a dislike."""
_GENERIC = frozenset(
    index_terms(
        "food drinks things stuff anything something products item kind type needs exercises workouts "
        "activities"
    )
) | {"东西", "食物", "饮料", "产品", "任何", "运动"}
"""Words of what is avoided that do not name it ("spicy food": only "spicy" does)."""
_LIGHT = frozenset(index_terms("make makes made give gives gave keep keeps get gets got feel feels go goes"))
"""Verbs of an aversion's words that say no reason of its own ("makes my skin crawl": not "make sure ...")."""
_ALTERNATIVES = re.compile(r"\b(?:or|and|nor)\b|[,/&]", re.IGNORECASE)
_ALTERNATIVES_ZH = re.compile(r"[和或与及跟、，,/]")
"""What joins the things one aversion names ("running or jumping", "coffee and black tea"): each is kept
away from on its own."""
_KEEPING_AWAY_EN = re.compile(
    r"\b(?:no|not|non|without|free|avoid\w*|skip\w*|instead|never|less|low|mild\w*|replace\w*|swap\w*|"
    # "an alternative to meat" keeps away; "Alternatively, you could fly" suggests another thing
    r"alternatives?|rather|sensitiv\w*|allerg\w*)\b|n't\b",
    re.IGNORECASE,
)
_KEEPING_AWAY_ZH = re.compile(r"[不没无免别少忌素]|代替|替代|过敏|敏感")


_MEAT = (
    "meat beef pork chicken lamb mutton bacon ham steak turkey sausage veal duck venison burger pepperoni "
    "salami chorizo meatballs"
)
_FISH = (
    "fish salmon tuna cod prawn prawns shrimp crab lobster anchovy anchovies mussels oysters seafood octopus "
    "squid calamari scallops clams sardines mackerel trout eel sashimi"
)
_MILK = "milk cheese butter yogurt yoghurt cream custard milkshake latte cappuccino"
_MEAT_ZH = "肉 鸡 鸭 牛 猪 羊 鱼 虾 蟹 火腿 培根 香肠"
_DIETS = {
    "vegetarian": f"{_MEAT} {_FISH} gelatin",
    "vegan": f"{_MEAT} {_FISH} gelatin egg eggs cheese milk butter yogurt yoghurt cream honey dairy whey",
    "pescatarian": _MEAT,
    "halal": "pork bacon ham lard gelatin alcohol wine beer",
    "kosher": "pork bacon ham lard shellfish prawn prawns shrimp crab lobster",
    "lactose intolerant": _MILK,
    "lactose-free": _MILK,  # (how a store before 2026-12 wrote "Is lactose intolerant")
    "纯素": f"{_MEAT_ZH} 蛋 奶 芝士 奶酪 黄油 蜂蜜",  # (before 吃素: "吃纯素" is vegan)
    "吃素": _MEAT_ZH,
    "素食": _MEAT_ZH,
    "清真": "猪 火腿 培根 酒",
}
"""What each diet keeps away from: a line suggesting one of these to a vegetarian goes against them."""
_KINDS_OF = {
    ("high", "impact"): "run running jog jogging jump jumping skipping sprint sprints sprinting burpees hiit "
    "plyometric plyometrics",
    ("run",): "running jog jogging sprint sprints sprinting marathon",
    ("jump",): "jumping skipping burpees plyometric plyometrics",
    ("dairi",): "milk cheese butter yogurt yoghurt cream latte cappuccino milkshake",
    ("gluten",): "bread pasta wheat flour couscous barley rye",
    # an allergy names the kind; a recipe names the thing ("1 cup almonds" to someone allergic to nuts)
    (
        "nut",
    ): "almond almonds walnut walnuts cashew cashews pecan pecans hazelnut hazelnuts pistachio pistachios "
    "macadamia macadamias peanut peanuts praline marzipan nutella pesto satay",
    ("peanut",): "peanuts satay",
    (
        "shellfish",
    ): "prawn prawns shrimp shrimps crab lobster mussels mussel oysters oyster scallops clams squid",
    (
        "seafood",
    ): "prawn prawns shrimp crab lobster mussels oysters scallops clams squid salmon tuna cod fish",
    ("fish",): "salmon tuna cod haddock mackerel sardines anchovy anchovies trout sea bass tilapia",
    ("egg",): "eggs omelette omelet mayonnaise meringue frittata quiche",
    ("sesam",): "tahini hummus sesame",
}
"""What keeping away from something keeps away from too: running and jumping for "anything high-impact", the
yoghurt of "Dairy sets off my IBS", the almonds of "Allergic to nuts"."""


_TOGETHER = re.compile(
    r"\b(?:with|for) (?:my|our|the) (?:kids?|children|son|daughter|sons|daughters|family|youngest|eldest|"
    r"little ones?|twins|wife|husband|partner|parents|boys|girls)\b|\bfamily\b|\b(?:we|our|ourselves)\b"
    r"|(?-i:\bus\b)|\b(?:together|everyone|everybody|all of us)\b|\band I\b"
    r"|\b(?:with|for) (?:my|our|the) (?:girlfriend|boyfriend|fianc[eé]e?|other half)\b|\bme and my\b"
    # "My daughter is 8 and obsessed with horses. Anything for her?"
    r"|\bmy (?:kids?|children|son|daughter|sons|daughters|youngest|eldest|little ones?|twins)\b.*"
    r"\b(?:for|with) (?:her|him|them)\b"
    r"|孩子|儿子|女儿|家人|家里人|全家|一家|亲子|我们|咱们|大家|老婆|老公|爸妈|[和跟陪](?:女朋友|男朋友|女友|男友|对象)",
    re.IGNORECASE,
)
"""A request for the household, not the user alone ("anything for a movie night with my kids?", "Any
films we could all watch?", "What should we have for dinner tonight?", "My daughter is 8 ... Anything for
her?", "周末想和孩子一起看电影")."""


def for_the_household(message: str) -> bool:
    """Whether ``message`` asks for the household together: what the user said of its members weighs in
    the picks (their tastes), and a member's diet ("Wife is vegetarian") keeps what it leaves out away from
    the answer, as the user's own does."""
    return bool(_TOGETHER.search(message))


def _a_diet(topic: str, together: bool) -> bool:
    """Whether a memory's topic is a diet the answer keeps to: the user's, or with ``together`` a household
    member's (``family:wife:diet``)."""
    return topic.partition(":")[0] == "diet" or (
        together and topic.startswith("family:") and topic.endswith(":diet")
    )


def aversions(memories: Iterable[dict[str, Any]], together: bool = False) -> list[dict[str, Any]]:
    """The memories among ``memories`` that say the user keeps away from something (a diet among them:
    "Is vegetarian" keeps away from meat and fish; with ``together``, a request for the household, a member's
    diet too), or does not like it ("I hate running": a coach's plan of running days goes against it)."""
    return [
        m
        for m in memories
        if (topic := m.get("topic") or "").startswith(_AVERSIONS)
        or (_a_diet(topic, together) and _diet(str(m.get("text") or "")) is not None)
        or (topic.startswith(_TASTES) and (m.get("polarity") or 1) < 0)
    ]


@functools.lru_cache(maxsize=1024)
def _diet(text: str) -> str | None:
    """The diet of ``_DIETS`` that a memory's words name ("Is vegetarian", "吃素"), if any."""
    lowered = text.lower()
    return next((d for d in _DIETS if re.search(rf"\b{d}\b" if d.isascii() else d, lowered)), None)


@functools.lru_cache(maxsize=1024)
def _aversion_words(topic: str, text: str) -> tuple[bool, tuple[tuple[str, ...], ...], frozenset[str]]:
    """What an aversion memory's check of each line needs, worked out once per memory: whether what it
    names is Chinese (found in a line as characters, not words), the things it names, each as the words
    naming it (its topic's, less the generic ones; "Avoids running or jumping exercises" names "running"
    and "jumping"), and the memory's other words (its reason: "upsets my stomach")."""
    value = topic.partition(":")[2]
    if _a_diet(topic, together=True) and (diet := _diet(text)) is not None:
        words = _DIETS[diet].split()
        if not diet.isascii():
            return True, tuple((w,) for w in words), frozenset()
        # (no reason: "Chicken and veggies, a classic vegan option" names the diet and goes against it; a
        # substitute, "vegan cheese", is no suggestion of what it stands for: ``_SUBSTITUTE``)
        return False, tuple({(w,) for word in words for w in index_terms(word)}), frozenset()
    if is_chinese(value):
        chinese = []
        for part in filter(None, _ALTERNATIVES_ZH.split(value)):
            names = [w for w in index_terms(part) if w not in _GENERIC and len(w) < len(part)] or [part]
            chinese.append(tuple(n.removesuffix("的") for n in names if n.removesuffix("的")))
        return True, tuple(filter(None, chinese)), frozenset()
    named = [w for w in value.split("_") if w and w not in _GENERIC]
    things = [
        thing
        for part in _ALTERNATIVES.split(text)
        if (thing := tuple(w for w in index_terms(part) if w in named))
    ]
    if not things or {w for t in things for w in t} != set(named):  # the text does not say the topic's words
        things = [tuple(named)]
    for kind, kinds_of in _KINDS_OF.items():
        if set(kind) <= set(named):
            things += [(w,) for word in kinds_of.split() for w in index_terms(word)]
    return False, tuple(things), frozenset(set(index_terms(text)) - set(named) - _GENERIC - _LIGHT)


_SUBSTITUTE = re.compile(
    r"\b(?:vegan|vegetarian|plant-based|plant based|meat-free|meatless|veggie|dairy-free|gluten-free|"
    r"nut-free|egg-free|lactose-free|sugar-free|alcohol-free|non-alcoholic|decaf|faux|mock|fake|imitation)\s+"
    r"(?:[\w-]+\s+)?[\w-]+",
    re.IGNORECASE,
)
"""A thing made without what it is named for ("vegan cheese", "plant-based chicken", "decaf coffee"): a
suggestion of it keeps away from that."""


def goes_against(line: str, memories: Iterable[dict[str, Any]], together: bool = False) -> str | None:
    """The memory of an aversion (``avoids:``, ``sensitive:``, ``allergy:``, ``fear:``) that ``line`` suggests
    anyway ("Spicy Chicken" to a user for whom spicy food is bad), or None. A line suggests it when it
    has every word naming one of the things kept away from ("running" or "jumping" for "Avoids running
    or jumping exercises") and says nothing of keeping away from it (a negation, "mild", "instead", or
    the words of the memory itself: "since spicy food upsets your stomach")."""
    zh = is_chinese(line)
    # what is made without something says nothing of it either way ("a gluten-free option" keeps nothing away)
    plain = line if zh else _SUBSTITUTE.sub(" ", line)
    terms = set() if zh else set(index_terms(plain))
    for memory in aversions(memories, together):
        chinese, things, reason = _aversion_words(str(memory["topic"]), str(memory.get("text") or ""))
        if chinese:
            suggests = (
                zh
                and any(all(n in line for n in names) for names in things)
                and not _KEEPING_AWAY_ZH.search(line)
            )
        else:
            suggests = (
                not zh
                and any(names and all(n in terms for n in names) for names in things)
                and not _KEEPING_AWAY_EN.search(plain)
                and not reason & terms  # it says why: the user's own reason, not a suggestion
            )
        if suggests:
            return str(memory.get("text") or memory["topic"])
    return None


_NO_SCREENS = re.compile(
    r"\bnot allowed (?:any )?(?:screens?|tv|television|telly|films?|movies?|tablets?|ipads?)\b"
    r"|\bno (?:screens?|tv|telly|films?|movies?)\b|(?:不许|不准|不让)(?:看)?(?:屏幕|电视|电影|平板|手机)",
    re.IGNORECASE,
)
"""A rule of the household's against screens ("Kids are not allowed screens on school nights", "孩子...不许看
屏幕")."""
_ON_SCHOOL_NIGHTS = re.compile(
    r"school nights?|weeknights?|weekdays?|week nights?|上学的日子|上学日|工作日|周一到周四|平时"
)
_A_SCHOOL_NIGHT = re.compile(
    r"\b(?:mon|tues|wednes|thurs|sun)day (?:evening|night|after school)\b|\bschool night\b|\bweeknight\b"
    r"|(?:周|星期|礼拜)[一二三四日天](?:晚上|晚|放学后)",
    re.IGNORECASE,
)
"""An evening before a school day, named ("What can we do on Tuesday evening?", "周二晚上干点什么？")."""


def screens_ruled_out(memories: Iterable[str], message: str) -> str | None:
    """The household's rule against screens that holds for the evening ``message`` names (a rule for school
    nights, asked about a Tuesday evening), None where none does: then no films are picked for it."""
    if not _A_SCHOOL_NIGHT.search(message):
        return None
    return next((m for m in memories if _NO_SCREENS.search(m) and _ON_SCHOOL_NIGHTS.search(m)), None)
