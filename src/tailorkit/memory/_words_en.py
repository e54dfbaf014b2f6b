"""The English words the extraction rules share: what drinks, diets, relations and body parts are called,
the dates and future tenses that make a plan, and how the object of a rule is cleaned of the words around
it."""

from __future__ import annotations

import re

from tailorkit.text import index_terms

__all__ = ["BODY", "CHANGE_EN", "DATE_EN", "DIETS", "DRINKS", "FUTURE_EN", "RELATIONS", "clean"]

BODY = "knees?|back|stomach|heart|hips?|shoulders?|wrists?|ankles?|eyes|eyesight|hearing|joints|neck|feet"

DRINKS = frozenset(
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
DIETS = {
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
RELATIONS = (
    "daughter|son|wife|husband|partner|girlfriend|boyfriend|mother|mum|mom|father|dad|brother|sister|"
    "grandmother|grandma|grandfather|grandpa|baby|kid|child|dog|cat|puppy|boss|friend|best friend|colleague"
)
DATE_EN = re.compile(
    r"\b(?:tomorrow|tonight|today|next (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|this (?:week|weekend|month|year|summer|winter|spring|autumn|fall)|on (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|in (?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d+ (?:days|weeks|months))|(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? "
    r"of \w+|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b",
    re.IGNORECASE,
)
FUTURE_EN = re.compile(
    r"\b(?:will|'ll|going to|gonna|plan(?:ning)? to|start(?:s|ing)?|begin(?:s|ning)?|have an?|'ve got an?|"
    r"(?:am|is|are|'m|'s|'re) (?:\w+ing|away|off|on (?:a|an|my|our|the|holiday|leave|vacation))|flying|"
    r"moving|visiting|leaving|due)\b",
    re.IGNORECASE,
)
CHANGE_EN = re.compile(r"\b(?:switched|changed|moved|now|anymore|no longer|these days|nowadays)\b", re.I)
_TAIL = re.compile(
    r"\s*(?:\b(?:very much|so much|a lot|a bit|anymore|any more|these days|nowadays|now|too|as well|"
    r"really|at all|lately|recently|instead|every day|daily|in the morning)\b\s*)+$",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:the|a|an|some|to|drinking|eating|watching|reading|playing|listening to)\s+(?!(?:and|or|out)\b)",
    re.I,
)


_PRONOUNS = frozenset(
    {"it", "them", "that", "this", "those", "these", "one", "ones", "either", "all of it", "all of them",
     "any of it", "any of them", "it all", "them all"}
)  # fmt: skip
"""Objects that name nothing on their own ("so I avoid it"): what they stand for is in another clause,
which the rules read by itself."""


def clean(phrase: str) -> str:
    """The object of a rule without the words around it that are not part of it; empty when nothing is
    left or only a pronoun (a memory "Avoids it" means nothing when read later)."""
    phrase = phrase.strip(" ,.;:!?\"'")
    for _ in range(3):
        phrase = _TAIL.sub("", _LEAD.sub("", phrase)).strip(" ,.;:!?\"'")
    # "Yeah, I love to." names nothing either: no word of it says what
    return "" if phrase.lower() in _PRONOUNS or not index_terms(phrase) else phrase
