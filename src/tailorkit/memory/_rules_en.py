"""English extraction rules: likes and dislikes, drinks, allergies, diets, names, relations, jobs, employers,
homes, instructions to the assistant, "forget that ...", and the dates that make a plan."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, topic_value

__all__ = ["DATE_EN", "EN_RULES", "FUTURE_EN", "RELATIONS"]

_BODY = "knees?|back|stomach|heart|hips?|shoulders?|wrists?|ankles?|eyes|eyesight|hearing|joints|neck|feet"

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


_PRONOUNS = frozenset(
    {"it", "them", "that", "this", "those", "these", "one", "ones", "either", "all of it", "all of them",
     "any of it", "any of them", "it all", "them all"}
)  # fmt: skip
"""Objects that name nothing on their own ("so I avoid it"): what they stand for is in another clause,
which the rules read by itself."""


def _clean(phrase: str) -> str:
    """The object of a rule without the words around it that are not part of it; empty when nothing is
    left or only a pronoun (a memory "Avoids it" means nothing when read later)."""
    phrase = phrase.strip(" ,.;:!?\"'")
    for _ in range(3):
        phrase = _TAIL.sub("", _LEAD.sub("", phrase)).strip(" ,.;:!?\"'")
    return "" if phrase.lower() in _PRONOUNS else phrase


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
    if not obj:
        return None
    return Candidate(f"Allergic to {obj}", MemoryKind.FACT, f"allergy:{topic_value(obj)}", importance=0.9)


def _diet(m: re.Match[str], sentence: str) -> Candidate | None:
    diet = _DIETS[m.group("diet").lower()]
    return Candidate(f"Is {diet}", MemoryKind.FACT, "diet", importance=0.8)


def _no_eat(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj:
        return None
    return Candidate(f"Does not eat {obj}", MemoryKind.FACT, f"avoids:{topic_value(obj)}", importance=0.8)


def _avoids(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or len(obj) > 80:
        return None
    return Candidate(
        f"Avoids {obj}", MemoryKind.PREFERENCE, f"avoids:{topic_value(obj)}", polarity=-1, importance=0.8
    )


def _sensitive(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or len(obj) > 60:
        return None
    effect = (m.groupdict().get("effect") or "").strip()
    text = f"{obj[0].upper()}{obj[1:]} {effect}".strip() if effect else f"Sensitive to {obj}"
    return Candidate(text, MemoryKind.FACT, f"sensitive:{topic_value(obj)}", polarity=-1, importance=0.8)


def _health(m: re.Match[str], sentence: str) -> Candidate | None:
    part, state = m.group("part").lower(), m.group("state").lower()
    return Candidate(f"Has {state} {part}", MemoryKind.FACT, f"health:{topic_value(part)}", importance=0.8)


def _habit(m: re.Match[str], sentence: str) -> Candidate | None:
    what = _clean(m.group("what"))
    if not what or len(what) > 80:
        return None
    when = m.group("when").strip()
    return Candidate(
        f"{what[0].upper()}{what[1:]} {when}", MemoryKind.FACT, f"habit:{topic_value(what)}", importance=0.6
    )


def _goal(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or len(obj) > 80:
        return None
    return Candidate(f"Preparing for {obj}", MemoryKind.EVENT, f"goal:{topic_value(obj)}", importance=0.7)


def _uses(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or len(obj) > 60:
        return None
    return Candidate(f"Uses only {obj}", MemoryKind.PREFERENCE, f"uses:{topic_value(obj)}", importance=0.7)


def _weak(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or len(obj) > 60:
        return None
    return Candidate(f"Weak at {obj}", MemoryKind.FACT, f"weak:{topic_value(obj)}", importance=0.6)


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


EN_RULES: list[tuple[re.Pattern[str], Rule]] = [
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
            rf"\bmy (?P<role>{RELATIONS})(?:'s name is| is called| is named|,| named| called)\s+(?P<name>[A-Z][\w'-]+)",
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
    (
        re.compile(
            r"\bI (?:try to |always |usually |generally |tend to |have to |need to |must |now |also )?"
            r"(?:avoid|stay away from|steer clear of|keep away from|stay off|cut out|gave up|give up|quit|"
            r"can't have|cannot have|can't tolerate|can't handle|shouldn't have|skip|never buy|never touch|"
            r"won't touch|won't eat|won't drink|don't touch|don't drink|don't do|don't use|never use|"
            r"never drink|never eat)\s+(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _avoids,
    ),
    (re.compile(r"^(?:so\s+)?(?:no|nothing) (?P<obj>[^,.;!?]+?) for me\b", re.I), _avoids),
    (
        re.compile(
            r"\bI(?:'m| am) (?:very |quite |really |a bit |extremely |highly )?(?:sensitive|intolerant) to (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _sensitive,
    ),
    (
        re.compile(
            r"^(?P<obj>[\w\s'-]{2,40}?) (?P<effect>(?:upsets|hurts|bothers|irritates|disagrees with|doesn't agree with|"
            r"wrecks|ruins|keeps|gives|makes) (?:me|my) [^,.;!?]+)",
            re.I,
        ),
        _sensitive,
    ),
    (
        re.compile(
            rf"\bmy (?P<part>{_BODY}) (?:is|are) (?:really |very |quite |pretty |a bit )?"
            r"(?P<state>bad|weak|injured|sore|painful|hurt|hurting|not great|not good|stiff|sensitive|poor)\b",
            re.I,
        ),
        _health,
    ),
    (
        re.compile(
            r"\bI(?:'m| am) (?:currently |now )?(?:preparing|studying|training|getting ready|revising|cramming) for (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _goal,
    ),
    (re.compile(r"\bI (?:only|just|exclusively) use (?P<obj>[^,.;!?]+)", re.I), _uses),
    (
        re.compile(
            r"\bI(?:'m| am) (?:really |pretty |quite |not great |kind of )?(?:bad|weak|terrible|hopeless|not good) (?:at|in) (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _weak,
    ),
    (
        re.compile(
            r"\bmy (?P<obj>[\w\s]{2,30}?) (?:is|are) (?:my )?(?:weak|weakest|not great|poor|rusty)\b", re.I
        ),
        _weak,
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
    (
        re.compile(
            r"\bI (?:usually |always |normally |often |regularly )?(?P<what>(?!am\b|'m\b|have\b|was\b)\w+(?: [^,.;!?]+?)?) "
            r"(?P<when>(?:every|each) (?:single )?(?:morning|day|night|evening|week|weekend|monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday|month)(?: at [\w:]+(?: ?[ap]\.?m\.?)?)?|(?:on|at) weekends|daily|twice a \w+|"
            r"once a \w+|\w+ times a \w+)\b",
            re.I,
        ),
        _habit,
    ),
]


def _name_any(m: re.Match[str]) -> Candidate:
    name = m.group("name") or m.group("n2")
    return Candidate(f"Name is {name}", MemoryKind.FACT, "name", importance=0.9)


def _favourite(m: re.Match[str]) -> Candidate:
    what, obj = m.group("what").lower(), _clean(m.group("obj"))
    return Candidate(f"Favourite {what} is {obj}", MemoryKind.PREFERENCE, f"favourite:{topic_value(what)}")
