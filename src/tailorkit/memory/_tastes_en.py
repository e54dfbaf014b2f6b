"""English rules for what the user keeps to: likes and dislikes, drinks, allergies, diets, aversions,
limits, sensitivities, weak subjects, goals, undertakings and habits. ``KEEPING_EN`` and ``TASTES_EN`` are
their (pattern, rule) pairs, in the order ``memory._rules_en.EN_RULES`` tries them among the rest."""

from __future__ import annotations

import re

from tailorkit.memory._domains import DOMAINS
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, topic_value
from tailorkit.memory._words_en import BODY, CHANGE_EN, DIETS, DRINKS, clean
from tailorkit.text import index_terms

__all__ = ["KEEPING_EN", "TASTES_EN"]

_NOT_ONES_OWN = re.compile(
    r"^(?:(?:your|their|his|her|its|it|them|him|this|that|these|those|how|is|are|was)\b|"
    r"the (?:thought|way|idea(?! of)|fact)\b|when you\b)",
    re.I,
)
"""What a liking of is no taste of the user's: praise of what another has or did ("I love your turtles",
"I love the way the frosting turned out", "I love how you use it"), or a thing pointed at ("I love this
series", "I love it and ..."), which the user's own words keep whole."""


def _liked(m: re.Match[str], sentence: str) -> str:
    """What ``m`` says the user likes or dislikes, or "" when it says no taste of theirs ("that's what I
    like to hear")."""
    if _NOT_ONES_OWN.match(m.group("obj").strip()) or re.search(r"\bwhat\s*$", sentence[: m.start()]):
        return ""
    obj = clean(m.group("obj"))  # "watching them play": what is left is pointed at too
    return obj if len(obj) <= 80 and not _NOT_ONES_OWN.match(obj) else ""


def _likes(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _liked(m, sentence)
    if not obj:
        return None
    if obj.split()[0].lower() in DRINKS:
        return Candidate(
            f"Likes {obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(obj.split()[0])}", importance=0.5
        )
    return Candidate(f"Likes {obj}", MemoryKind.PREFERENCE, f"likes:{topic_value(obj)}")


_NOT_A_LIKING = (
    r"(?!(?:think|know|see|remember|mind|understand|mean|believe|expect|care|need|feel|hear|say|blame|"
    r"wanna|recall|doubt|suppose|guess|wonder|worry|regret|agree|get|quite|even|really|usually|have (?:any|"
    r"much|big|a clue|an idea|the words|to)|want to|want any)\b)"
)
"""What "I don't ..." says that is no liking nor a way of living: "I don't see why not", "I don't think
so", "I don't have any plans", "I don't really want to get any"."""


def _dislikes(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _liked(m, sentence)
    if not obj:
        return None
    drink = obj.split()[0].lower() in DRINKS
    topic = f"drink:{topic_value(obj.split()[0])}" if drink else f"likes:{topic_value(obj)}"
    change = bool(CHANGE_EN.search(sentence))
    verb = (m.group("verb") or "").lower()
    if m.group("not") and verb in ("", "want"):  # "I don't drive", "I don't want kids": in their own verb
        done = " ".join(w for w in (verb, obj) if w)
        said = (
            f"No longer {_third_person(done)}" if m.group("not").lower() == "no longer" else f"Doesn't {done}"
        )
    else:
        said = f"Dislikes {obj}"
    return Candidate(said, MemoryKind.PREFERENCE, topic, polarity=-1, change=change)


def _drink(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj or obj.split()[0].lower() not in DRINKS:
        return None
    change = bool(CHANGE_EN.search(sentence))
    return Candidate(
        f"Drinks {obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(obj.split()[0])}", change=change
    )


def _switch(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj:
        return None
    if obj.split()[0].lower() in DRINKS:
        return Candidate(
            f"Drinks {obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(obj.split()[0])}", change=True
        )
    return Candidate(f"Switched to {obj}", MemoryKind.PREFERENCE, f"uses:{topic_value(obj)}", change=True)


def _allergy(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj:
        return None
    return Candidate(f"Allergic to {obj}", MemoryKind.FACT, f"allergy:{topic_value(obj)}", importance=0.9)


def _diet(m: re.Match[str], sentence: str) -> Candidate | None:
    diet = DIETS[m.group("diet").lower()]
    return Candidate(f"Is {diet}", MemoryKind.FACT, "diet", importance=0.8)


def _no_eat(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj:
        return None
    return Candidate(f"Does not eat {obj}", MemoryKind.FACT, f"avoids:{topic_value(obj)}", importance=0.8)


_FOR_A_WHILE = re.compile(
    r"\s+(?:for (?:the )?(?:next |rest of the |whole |coming |a |an |one |two |three |four |few |couple of |"
    r"several |\d+ )*(?:days?|weeks?|months?|years?|while|now)|until\b.*|till\b.*|this (?:week|month|year)|"
    r"(?:from )?now on)$",
    re.I,
)
"""How long a constraint holds, said after what it is about ("sugar for the next two weeks"): the memory
says it, its topic does not (the time is read into when it holds)."""


def _avoids(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj or len(obj) > 80:
        return None
    return _keeping_from(f"Avoids {obj}", "avoids", obj)


def _keeping_from(text: str, category: str, what: str) -> Candidate:
    """A preference against ``what``: kept away from (``avoids``) or cut down on (``limits``); its topic
    without how long it holds ("sugar for the next two weeks": ``sugar``)."""
    what = _FOR_A_WHILE.sub("", what) or what
    return Candidate(
        text, MemoryKind.PREFERENCE, f"{category}:{topic_value(what)}", polarity=-1, importance=0.8
    )


def _limits(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = re.sub(r"\s+(?:intake|consumption)$", "", m.group("obj").strip(), flags=re.I)
    obj = clean(re.sub(r"^(?:my|our|the) ", "", obj, flags=re.I))
    if not obj or len(obj) > 60:
        return None
    return _keeping_from(f"Cuts down on {obj}", "limits", obj)


def _aim(m: re.Match[str], sentence: str) -> Candidate | None:
    aim = clean(m.group("aim"))
    if not aim or len(aim) > 60:
        return None
    return Candidate(f"Trying to {aim}", MemoryKind.EVENT, f"goal:{topic_value(aim)}", importance=0.7)


def _low_diet(diet: str) -> Candidate:
    """A diet low in something limits it ("low-carb": carbs); one free of something avoids it ("gluten-free")."""
    what = re.sub(r"^(?:low|reduced)[- ]|[- ]free$", "", diet, flags=re.I)
    category = "avoids" if re.search(r"free$", diet, re.I) else "limits"
    return _keeping_from(f"On a {diet} diet", category, what)


_HARM = re.compile(
    r"\b(?:up|awake|sick|ill|unwell|nause\w*|queasy|bloat\w*|sleep\w*|drowsy|tired|dizz\w*|itch\w*|anxi\w*|"
    r"jitter\w*|shak\w*|head\w*|migraines?|heartburn|reflux|indigestion|rash\w*|hives|nightmares?|cramps?|"
    r"pain\w*|sneez\w*|cough\w*|wheez\w*|break out|breakouts?|swell\w*|flush\w*|stuffy|congest\w*|"
    r"insomnia|restless|hyper|crash|uncomfortable|worse|bad|awful|terrible|off|sweat\w*|diarrh\w*|"
    r"constipat\w*|palpitations?|throw up|puke|gassy|gas|wind|upset|\w*aches?|stomach|tummy|gut|sore|hurt\w*|"
    r"the runs|hives|out in \w+)\b",
    re.I,
)
"""What something that keeps, gives or makes the user something does when it is a sensitivity ("keeps me
up", "gives me migraines"); "Art gives me a sense of freedom" is none."""


_FOOD_AND_DRINK = frozenset(index_terms(f"{DOMAINS['food'][0]} {DOMAINS['drink'][0]}"))


def _eaten(what: str) -> bool:
    """Whether ``what`` is food or drink ("shellfish", "dairy"; not "my sister")."""
    return bool(_FOOD_AND_DRINK.intersection(index_terms(what)))


def _sensitive(m: re.Match[str], sentence: str, effect: str = "") -> Candidate | None:
    said = clean(m.group("obj"))
    if not said or len(said) > 60:
        return None
    effect = effect or (m.groupdict().get("effect") or "").strip()
    if re.match(r"(?:keeps?|gives?|makes?|brings?)\b", effect, re.I) and not _HARM.search(effect):
        return None
    text = f"{said[0].upper()}{said[1:]} {effect}".strip() if effect else f"Sensitive to {said}"
    # "Tomatoes in any form ...": what the topic names is tomatoes
    what = re.sub(r"\s+(?:in any (?:form|shape)|of any kind|at all)$", "", said, flags=re.I)
    return Candidate(text, MemoryKind.FACT, f"sensitive:{topic_value(what)}", polarity=-1, importance=0.8)


def _health(m: re.Match[str], sentence: str) -> Candidate | None:
    part, state = m.group("part").lower(), m.group("state").lower()
    return Candidate(f"Has {state} {part}", MemoryKind.FACT, f"health:{topic_value(part)}", importance=0.8)


def _habit(m: re.Match[str], sentence: str) -> Candidate | None:
    what = clean(m.group("what"))
    if not what or len(what) > 80:
        return None
    when = m.group("when").strip()
    said = _third_person(what)
    return Candidate(
        f"{said[0].upper()}{said[1:]} {when}", MemoryKind.FACT, f"habit:{topic_value(what)}", importance=0.6
    )


def _third_person(phrase: str) -> str:
    """A habit said in the first person as a memory reads it: "watch films" -> "watches films", "also go
    swimming" -> "also goes swimming"; a verb in the past stays ("just started volunteering")."""
    adverb = re.match(
        r"(?:(?:just|also|still|now|often|always|sometimes|actually|really|even|only)\s+)+", phrase
    )
    if adverb:
        return phrase[: adverb.end()] + _third_person(phrase[adverb.end() :])
    verb, _, rest = phrase.partition(" ")
    low = verb.lower()
    if low.endswith("ed") or low in ("went", "got", "took", "began", "made", "did"):
        return phrase
    irregular = {"have": "has", "do": "does", "go": "goes", "be": "is"}
    if low in irregular:
        verb = irregular[low]
    elif re.search(r"(?:s|sh|ch|x|z|o)$", low):
        verb += "es"
    elif re.search(r"[^aeiou]y$", low):
        verb = verb[:-1] + "ies"
    elif not low.endswith("s"):
        verb += "s"
    return f"{verb} {rest}".strip()


def _undertaking(m: re.Match[str], sentence: str) -> Candidate:
    if m.group("obj"):
        text = f"Doing {clean(m.group('obj')).title()}"
    else:
        text = f"Giving up {clean(m.group('what'))} for {clean(m.group('season'))}"
    return Candidate(text, MemoryKind.EVENT, f"goal:{topic_value(text)}", importance=0.7)


def _goal(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj") or m.group("test"))
    if not obj or len(obj) > 80:
        return None
    return Candidate(f"Preparing for {obj}", MemoryKind.EVENT, f"goal:{topic_value(obj)}", importance=0.7)


def _uses(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj or len(obj) > 60:
        return None
    return Candidate(f"Uses only {obj}", MemoryKind.PREFERENCE, f"uses:{topic_value(obj)}", importance=0.7)


def _weak(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj or len(obj) > 60:
        return None
    return Candidate(f"Weak at {obj}", MemoryKind.FACT, f"weak:{topic_value(obj)}", importance=0.6)


def _favourite(m: re.Match[str]) -> Candidate:
    what, obj = m.group("what").lower(), clean(m.group("obj"))
    return Candidate(f"Favourite {what} is {obj}", MemoryKind.PREFERENCE, f"favourite:{topic_value(what)}")


KEEPING_EN: list[tuple[re.Pattern[str], Rule]] = [
    (
        re.compile(
            r"\bI(?:'m| am)?\s+(?:severely |very |quite |mildly )?allergic to (?P<obj>[^,.;!?]+)", re.I
        ),
        _allergy,
    ),
    (
        re.compile(rf"\bI(?:'m| am)\s+(?:a |an |now |now a |strictly )?(?P<diet>{'|'.join(DIETS)})\b", re.I),
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
    (
        re.compile(
            r"^(?:so\s+)?(?:no|nothing) (?!(?:problem|problems|thanks|thank you|worries|worry|rush|hurry|need|"
            r"way|idea|pressure|offen[cs]e|doubt|matter|kidding|more questions)\b)"
            r"(?P<obj>[^,.;!?]+?)(?: for me\b|,? please\b)",
            re.I,
        ),
        _avoids,
    ),  # "no horror please", "no running or jumping for me"; not "no problem, please go ahead"
    (
        re.compile(
            r"\bI(?:'m| am) (?:very |quite |really |a bit |extremely |highly )?(?:sensitive|intolerant) to (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _sensitive,
    ),
    (  # "Shellfish and I don't get along", "dairy and I really don't mix"
        re.compile(
            r"(?:^|[:,]\s*|\s[-–—]\s*)(?P<obj>[\w\s'-]{2,40}?) and I (?:really |just |definitely )?(?:don't|do not) "
            r"(?:get along|get on|mix|agree)\b",
            re.I,
        ),
        lambda m, s: _sensitive(m, s, "doesn't agree with me") if _eaten(m.group("obj")) else None,
    ),
    (
        re.compile(
            r"^(?P<obj>[\w\s'-]{2,40}?) (?P<effect>(?:upsets?|hurts?|bothers?|irritates?|disagrees? with|"
            r"(?:doesn't|don't) agree with|wrecks?|ruins?|keeps?|gives?|makes?|brings?) (?:me|my) [^,.;!?]+)",
            re.I,
        ),
        _sensitive,
    ),
    (
        re.compile(
            rf"\bmy (?P<part>{BODY}) (?:is|are) (?:really |very |quite |pretty |a bit )?"
            r"(?P<state>bad|weak|injured|sore|painful|hurt|hurting|not great|not good|stiff|sensitive|poor)\b",
            re.I,
        ),
        _health,
    ),
    (
        re.compile(
            r"\bI(?:'m| am) (?:currently |now )?(?:preparing|studying|training|getting ready|revising|cramming) for (?P<obj>[^,.;!?]+)"
            # a test ahead: "I'm doing my driving test next month", "I'm sitting my finals in June"
            r"|\bI(?:'m| am|'ve got| have) (?:doing |taking |sitting |having )?(?P<test>(?:my|the|an?) [\w\s-]{0,30}?"
            r"(?:test|exam|exams|finals|interview|audition|assessment))\b(?= (?:next|this|in|on|tomorrow|soon)\b)",
            re.I,
        ),
        _goal,
    ),
    (  # a month without something: "I'm doing Dry January", "I'm giving up sugar for Lent"
        re.compile(
            r"\bI(?:'m| am) (?:doing|observing|keeping|fasting for) (?P<obj>dry january|veganuary|"
            r"sober october|stoptober|movember|lent|ramadan)\b|\bI(?:'m| am) giving up (?P<what>[^,.;!?]+?) "
            r"for (?P<season>lent|ramadan|(?:the month|a month|a year)\b)",
            re.I,
        ),
        _undertaking,
    ),
    (  # after the month without something: "I'm giving up sugar for Lent" is an undertaking
        re.compile(
            r"\bI(?:'m| am) (?:now |currently |slowly |finally )?(?:trying to |going to |working on )?"
            r"(?:quit(?:ting)?|giv(?:e|ing) up|cut(?:ting)? out|kick(?:ing)?|off) (?!(?:on|for|to|work|my job)\b)"
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _avoids,
    ),
    (  # "I'm trying to cut down on sugar", "I need to watch my salt intake", "I'm on a low-carb diet"
        re.compile(
            r"\bI(?:'m| am)? (?:now |currently |also |really )?(?:trying to |try to |need to |have to |must |"
            r"should |want to |am trying to |'m trying to |told to |supposed to )?(?:cut(?:ting)? (?:down|back) on|"
            r"reduc(?:e|ing)|limit(?:ing)?|watch(?:ing)? my|keep(?:ing)? an eye on my|go(?:ing)? easy on) "
            r"(?P<obj>[^,.;!?]+)"
            r"|\bI(?:'m| am) on an? (?P<o2>low[- ][\w-]+|\w+[- ]free|reduced[- ]\w+) diet\b",
            re.I,
        ),
        lambda m, s: _limits(m, s) if m.group("obj") else _low_diet(m.group("o2")),
    ),
    (  # what the user works towards: "I'm trying to lose weight", "I want to get fit this year"
        re.compile(
            r"(?:\bI(?:(?:'m| am) (?:currently |really |also )?(?:trying|working|hoping|aiming|determined|desperate|going)"
            r"|(?: really)? (?:want|need|hope|plan)|'d like| would like) to "
            # ... or is told to by someone who looks after them: "my doctor wants me to lose a few kilos"
            r"|\b(?:my|the) (?:doctor|gp|physio|dietitian|nurse|trainer|coach|consultant) (?:wants|told|tells|says|said|"
            r"advised|asked) (?:me )?(?:I (?:need|have|should) )?to )"
            r"(?P<aim>(?:lose|shed|drop|gain|put on|build) (?:some |a bit of |a few |\w+ )?(?:weight|muscle|pounds|"
            r"kilos|kg|stone|fat)\b[^,.;!?]*|get (?:fit|fitter|in shape|healthier|stronger)|stay (?:fit|in shape|healthy)|"
            r"eat (?:healthier|better|more healthily|(?:less|more)(?: \w+)?)|sleep (?:more|better)|save (?:money|up)[^,.;!?]*)",
            re.I,
        ),
        _aim,
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
]
"""Allergies, diets, aversions, sensitivities, health, goals, limits, weak subjects, switches: tried before
what the user does for a living, which a diet may share words with."""

TASTES_EN: list[tuple[re.Pattern[str], Rule]] = [
    (
        re.compile(
            r"\bI (?:really |just |absolutely |totally )?(?:can't stand|cannot stand|hate|dislike|detest|"
            rf"(?P<not>don't|do not|no longer)\s+(?:really |much |particularly |even |usually )?{_NOT_A_LIKING})"
            r"\s*(?P<verb>(?:like|enjoy|love|care for|fancy|want|drink|eat)\b)?\s*(?P<obj>[^,.;!?]+)",
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
        re.compile(
            r"\bI(?:'m|’m| am) (?:really |so |totally |very much |big |well )?into (?P<obj>[^,.;!?]+)", re.I
        ),
        _likes,
    ),
    (  # "I'm a massive Harry Potter fan", "I'm a Formula 1 nut", "I'm a bit of a film buff"
        re.compile(
            r"\bI(?:'m| am) (?:a bit of an? |a |an |such an? )(?:(?:big|huge|massive|real|total|complete|"
            r"die-?hard|lifelong|keen|great|serious|proper) )*(?P<obj>(?!big\b|huge\b)[\w'&.-]+(?: [\w'&.-]+){0,3}?) "
            r"(?:fan|nut|buff|fanatic|geek|nerd|enthusiast|addict|junkie)s?\b(?! of\b)",
            re.I,
        ),
        _likes,
    ),
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
    (
        re.compile(
            r"\bI (?:usually |always |normally |often |regularly |mostly |only )?(?P<what>(?!am\b|'m\b|have\b|was\b|"
            r"\w+ed\b|went\b|saw\b|had\b|did\b|got\b|came\b|took\b|made\b|ate\b|drank\b|ran\b|met\b|left\b|"
            r"felt\b|found\b|gave\b|told\b|thought\b|bought\b|spent\b|heard\b|slept\b|woke\b|wrote\b)"
            r"\w+(?: [^,.;!?]+?)?) (?P<when>in the (?:morning|afternoon|evening)s?|at night|before bed|"
            r"after work|on weekdays)\b",
            re.I,
        ),
        _habit,
    ),
]
"""Dislikes, drinks, likes, favourites and habits: tried last, being the widest."""
