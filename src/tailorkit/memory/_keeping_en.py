"""English rules for what the user keeps away from or works towards: allergies, diets, aversions, limits,
sensitivities, what they live with (``memory._living_en``), weak subjects, switches, goals and undertakings. ``KEEPING_EN`` is their (pattern,
rule) pairs, in the order ``memory._rules_en.EN_RULES`` tries them among the rest."""

from __future__ import annotations

import re

from tailorkit.memory._domains import DOMAINS
from tailorkit.memory._household import HOUSEHOLD_EN
from tailorkit.memory._living_en import LIVING_EN
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import (
    Rule,
    a_or_an,
    diet_fact,
    diet_topic,
    fear_fact,
    first_up,
    health_fact,
    kept_from,
    sensitive_fact,
    topic_value,
)
from tailorkit.memory._words_en import (
    DIETS,
    HARD_EN,
    HOME_KIT_EN,
    LEFT,
    SUBJECTS_EN,
    allergen,
    as_named,
    clean,
    drink_of,
    third_person,
)
from tailorkit.text import index_terms

__all__ = ["AIMS_EN", "KEEPING_EN"]


def _switch(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj:
        return None
    if drink := drink_of(obj):
        return Candidate(f"Drinks {obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(drink)}", change=True)
    return Candidate(f"Switched to {obj}", MemoryKind.PREFERENCE, f"uses:{topic_value(obj)}", change=True)


def _again(m: re.Match[str], sentence: str) -> Candidate | None:
    """What the user eats or drinks again after giving it up ("I started eating fish again last month"):
    meat or fish again ends a meatless diet (it takes the diet's slot); anything else is liked again."""
    obj = clean(m.group("obj") or m.group("o2"))
    if not obj:
        return None
    verb = "Drinks" if (m.group("verb") or m.group("v2")).lower().startswith("drink") else "Eats"
    if re.fullmatch(
        r"(?:some )?(?:meat|fish|seafood|chicken|pork|beef|lamb|eggs|dairy|red meat|white meat)", obj, re.I
    ):
        return Candidate(f"{verb} {obj} again", MemoryKind.FACT, "diet", importance=0.8)
    drink = drink_of(obj) if verb == "Drinks" else None
    topic = f"drink:{topic_value(drink)}" if drink else f"likes:{topic_value(obj)}"
    return Candidate(f"{verb} {obj} again", MemoryKind.PREFERENCE, topic, change=True)


def _allergy(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj:
        return None
    return Candidate(
        f"Allergic to {allergen(obj)}", MemoryKind.FACT, f"allergy:{topic_value(obj)}", importance=0.9
    )


def _diet(m: re.Match[str], sentence: str) -> Candidate | None:
    diet = DIETS[m.group("diet").lower()]
    # "I'm a vegetarian who still eats fish occasionally": fish is no part of what they keep away from
    if diet == "vegetarian" and _EATS_FISH.match(sentence[m.end() :]):
        return Candidate("Is pescatarian (no meat, eats fish)", MemoryKind.FACT, "diet", importance=0.8)
    return diet_fact(m.group("diet"))


_EATS_FISH = re.compile(
    r"\s*(?:,\s*)?(?:who|but|though|although|apart from|except|except for)\s+(?:I\s+)?(?:still\s+|do\s+|also\s+)?"
    r"(?:(?:eats?|have|has)\s+(?:\w+\s+)?)?(?:(?:the\s+)?(?:occasional|odd)\s+(?:bit of\s+|piece of\s+)?)?"
    r"(?:fish|seafood)\b",
    re.I,
)


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


_NEVER_AFTER = re.compile(
    r"\b(?P<how>never|don't|do not|won't|try not to) (?P<verb>eat|drink|snack|have anything)"
    r" (?P<when>(?:anything )?(?:after|past|later than) (?:\d{1,2}(?::\d\d)?(?: ?[ap]m)?|dinner|midnight|"
    r"(?:the )?evening)|late at night|at night)\s*$",
    re.I,
)
"""Eating or drinking kept to a time ("I never eat after 7pm", "I don't eat after 8")."""


def _avoids(m: re.Match[str], sentence: str, *, named: bool = False) -> Candidate | None:
    """What the user keeps away from; ``named`` when it begins the sentence ("Gluten's off the menu")."""
    if re.search(r"\b(?:if|when|whenever|unless|once)\s+$", sentence[: m.start()], re.I):
        return None  # "I get hangry if I skip breakfast": what happens then, not what is kept away from
    if (never := _NEVER_AFTER.search(m.group(0))) is not None:
        # "I never eat after 7pm": when, not what, is kept away from
        said = f"{never.group('how').capitalize()} {third_person(never.group('verb'))} {never.group('when')}"
        return _keeping_from(said, "limits", f"{never.group('verb')} {never.group('when')}")
    # "I gave up alcohol two years ago": since then, alcohol
    why = _REASON.search(m.group("obj").strip())  # "for religious reasons": the memory says it, its key not
    said = _AGO.sub("", _REASON.sub("", m.group("obj").strip()))
    # "We don't do screens before bedtime in our house": the household's rule, where is no part of it
    said = re.sub(
        r"\s+(?:in (?:our|my|this) (?:house|home|family|household)|at home|as a family)$",
        "",
        said,
        flags=re.I,
    )
    obj = clean(re.sub(r"^(?:with|containing)\s+", "", said, flags=re.I))
    if not obj or len(obj) > 80:
        return None
    if obj.lower() in ("drinking", "booze", "the booze"):  # "I've stopped drinking": alcohol
        obj = "alcohol"
    obj = as_named(obj) if named else obj
    if amount := re.match(r"(?:too|so) (?P<much>much|many) (?P<what>\w.*)", obj, re.I):
        # "Nothing with too much swearing please"
        return _keeping_from(
            f"Avoids too {amount.group('much')} {amount.group('what')}", "avoids", amount.group("what")
        )
    if degree := re.match(
        r"(?:too|overly|very|really) (?P<what>\w.*)", obj, re.I
    ):  # "Nothing too scary please"
        return _keeping_from(f"Avoids anything {obj}", "avoids", degree.group("what"))
    if re.match(r"(?:set|filmed|shot|about|featuring|involving|based) ", obj, re.I):  # "nothing set at sea"
        return _keeping_from(f"Avoids anything {obj}", "avoids", obj)
    reason = why.group(0).rstrip(" .!") if why and why.group(0).lstrip().lower().startswith("for") else ""
    return _keeping_from(f"Avoids {obj}{reason}", "avoids", obj)


_HAD = {"drink": "alcohol", "drop": "alcohol", "cigarette": "cigarettes", "smoke": "smoking"}
"""What "I haven't had a drink in years" keeps away from, where it is not the word said."""

_REASON = re.compile(
    r"\s+(?:for (?:\w+ ){0,2}reasons?|because\b.*|as it\b.*|since (?!\d|last|early|childhood)\w.*)$", re.I
)
"""Why the user keeps away from something, said after it ("flying for environmental reasons"): no part of
what they keep away from (the memory says a reason given as "for ... reasons")."""

_AGO = re.compile(
    r"\s+(?:(?:about |over |nearly |almost )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
    r"a couple of|several|\d+) (?:days?|weeks?|months?|years?) ago|(?:days|weeks|months|years|ages|a while|long) ago|"
    r"last (?:week|month|year)|in (?:19|20)\d\d)$",
    re.I,
)
"""When the user began keeping away from something, said after it ("alcohol two years ago")."""


def _keeping_from(text: str, category: str, what: str) -> Candidate:
    """A preference against ``what``: kept away from (``avoids``) or cut down on (``limits``); its topic
    without how long it holds ("sugar for the next two weeks": ``sugar``)."""
    return kept_from(text, category, _FOR_A_WHILE.sub("", what) or what)


def _too_much(m: re.Match[str], sentence: str) -> Candidate | None:
    """A quality kept away from ("nothing too violent"), for now where the user says it holds only for
    now ("so nothing too intense yet", after a caesarean)."""
    now = " for now" if m.group("now") else ""  # ("We love animated films but nothing scary": no "too")
    return _keeping_from(f"Avoids anything {m.group('obj')}{now}", "avoids", m.group("obj").split()[-1])


def _house_rule(what: str, when: str) -> Candidate:
    """A rule of the house ("House rule: no phones at dinner"), keyed by what it keeps away."""
    what = re.sub(r"^no ", "", what, flags=re.I)
    return _keeping_from(f"House rule: no {what.lower()} {when.lower()}", "avoids", what)


def _kept_from_children(m: re.Match[str], sentence: str) -> Candidate:
    """A rule for the household's children ("Keeps the kids off screens at the weekend"), keyed by what they
    are kept from, not when."""
    what = re.sub(
        r"\s+(?:at|on|during|in|before) (?:the )?(?:weekends?|weekdays?|evenings?|night|bedtime)$",
        "",
        m.group("obj"),
    )
    said = m.group(0)[m.group(0).lower().index("keep ") + 5 :]
    return _keeping_from(f"Keeps {said}", "avoids", what)


_ACTIVITY = re.compile(
    r"\b(?:exercis\w*|workouts?|impact|cardio|running|jogging|jumping|sprint\w*|lifting|weights|squats?|"
    r"lunges?|burpees?|deadlifts?|sit-?ups?|push-?ups?|press-?ups?|planks?|crunches|hiit|plyometrics?|"
    r"stairs|sports?|yoga|pilates|kneeling|twisting|bending)\b",
    re.I,
)
"""What a body does in exercise: "I can't do burpees" keeps away from them, "I can't do mornings" does not."""
_BECAUSE = re.compile(
    r"\s+(?:because|'?cause|due to|since|after|with|given|owing to|thanks to|on account of)\s+(?:of\s+)?"
    r"(?:my|a|an|the|I|I'm|I've|having)\b.*$",
    re.I,
)
"""Why the user cannot do something, said after it ("... because of my back", "... with my bad knee")."""


def _cannot(m: re.Match[str], sentence: str) -> Candidate | None:
    """What the user cannot do, for a reason or being exercise ("I can't do anything high-impact because of
    a knee replacement", "I can't run anymore with my knee"): a constraint, kept away from; its topic
    without the reason. Anything else ("I can't do mornings") is a taste (``memory._tastes_en``)."""
    said = clean(re.sub(r"\s+(?:at the moment|for now)$", "", m.group("obj") or m.group("verb"), flags=re.I))
    what = re.sub(  # (for how long is when it ends, not what: "... for six weeks after my C-section")
        r"\s+(?:at the moment|for now|any ?more|these days|for (?:\w+ )?(?:days?|weeks?|months?))$",
        "",
        _BECAUSE.sub("", said),
        flags=re.I,
    )
    if (
        not said
        or len(said) > 100
        or not what
        or not (_ACTIVITY.search(said) or what != said or m.group("verb"))
    ):
        return None
    if re.search(r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week))\b", said, re.I):
        return None  # the news of a day, not a constraint
    return _keeping_from(f"Can't {'' if m.group('verb') else 'do '}{said}", "avoids", what)


def _limits(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = re.sub(r"\s+(?:intake|consumption)$", "", m.group("obj").strip(), flags=re.I)
    obj = clean(re.sub(r"^(?:my|our|the) ", "", obj, flags=re.I))
    if not obj or len(obj) > 60:
        return None
    return _keeping_from(f"Cuts down on {obj}", "limits", obj)


_JOINTS_EN = (
    r"(?:knees?|(?:lower |upper )?back|joints|hips?|shoulders?|ankles?|wrists?|neck|heart|pelvic floor)"
)
"""What of the body a user means to spare ("without wrecking my knees", "I need to be careful with my back")."""
_SPARING_EN = re.compile(
    r"(?:^|(?<=\s))\s*without (?:hurting|wrecking|damaging|straining|injuring|aggravating|killing|ruining|destroying|stressing|"
    rf"putting (?:too much |any )?(?:strain|pressure|stress) on) my (?P<part>{_JOINTS_EN})\b",
    re.I,
)


def careful_with(part: str) -> Candidate:
    """ "Careful with their knees": a part of the body the user means to spare, which advice must too."""
    part = part.lower()
    return Candidate(
        f"Careful with their {part}", MemoryKind.FACT, f"health:{topic_value(part)}", importance=0.8
    )


def _aim(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    said = m.group("aim")
    # "I want to get fitter without wrecking my knees": the aim, and the knees it must spare (said inside
    # an aim that runs to the clause's end, "lose weight without hurting my back", or after it)
    inside = _SPARING_EN.search(said)
    sparing = inside or _SPARING_EN.match(sentence[m.end() :])
    aim = clean(said[: inside.start()] if inside else said)
    if not aim or len(aim) > 60:
        return None
    key = topic_value(re.sub(r"\bfitter\b", "fit", aim))  # getting fitter is getting fit
    goal = Candidate(f"Trying to {aim}", MemoryKind.EVENT, f"goal:{key}", importance=0.7)
    return (goal, careful_with(sparing.group("part"))) if sparing else goal


_ENDED = r"vegetarian|vegan|pescatarian|keto|gluten[- ]free|halal|kosher|lactose intolerant"
"""The diets a user may say they no longer keep to."""


def _diet_ended(m: re.Match[str]) -> Candidate:
    """A diet that ended ("No longer gluten-free", under that diet's topic), or meat eaten again (which ends
    a meatless one)."""
    if m.group("meat"):
        return Candidate(
            f"Eats {m.group('meat').lower()} again", MemoryKind.FACT, "diet", importance=0.8, change=True
        )
    said = (m.group("diet") or m.group("d2") or m.group("d3")).lower()
    diet = DIETS["gluten-free" if said.startswith("gluten") else said]
    return Candidate(f"No longer {diet}", MemoryKind.FACT, diet_topic(diet), importance=0.8, change=True)


def _low_diet(diet: str) -> Candidate:
    """A diet low in something limits it ("low-carb": carbs); one free of something avoids it ("gluten-free")."""
    what = re.sub(r"^(?:low|reduced)[- ]|[- ]free$", "", diet, flags=re.I)
    category = "avoids" if re.search(r"free$", diet, re.I) else "limits"
    return _keeping_from(f"On a {diet} diet", category, what)


_HARM = re.compile(
    r"\b(?:up|awake|sick|ill|unwell|nause\w*|queasy|bloat\w*|sleep\w*|drowsy|tired|dizz\w*|itch\w*|anxi\w*|"
    r"jitter\w*|shak\w*|head\w*|migraines?|hangovers?|heartburn|reflux|indigestion|rash\w*|hives|nightmares?|cramps?|"
    r"pain\w*|sneez\w*|cough\w*|wheez\w*|break out|breakouts?|swell\w*|flush\w*|stuffy|congest\w*|"
    r"insomnia|restless|hyper|crash|uncomfortable|worse|bad|awful|terrible|off|sweat\w*|diarrh\w*|"
    r"constipat\w*|palpitations?|throw up|puke|gassy|gas|wind|upset|\w*aches?|stomach|tummy|gut|sore|hurt\w*|"
    r"the runs|hives|out in \w+|race|racing|pound\w*|palpitat\w*|panic\w*|gag\w*|retch\w*|vomit\w*|scream\w*|cring\w*|crawl\w*|creep\w*)\b",
    re.I,
)
"""What something that keeps, gives or makes the user something does when it is a sensitivity ("keeps me
up", "gives me migraines"); "Art gives me a sense of freedom" is none."""


_FOOD_AND_DRINK = frozenset(index_terms(f"{DOMAINS['food'][0]} {DOMAINS['drink'][0]}"))


def _eaten(what: str) -> bool:
    """Whether ``what`` is food or drink ("shellfish", "dairy"; not "my sister")."""
    return bool(_FOOD_AND_DRINK.intersection(index_terms(what)))


_NO_THING = re.compile(
    r"(?:nothing|everything|anything|something|it|that|this|he|she|they|everyone|everybody|nobody|no one)",
    re.I,
)
"""What names no thing that sets the user off ("Nothing bothers me", "That upsets me")."""


def _sensitive(m: re.Match[str], sentence: str, effect: str = "") -> Candidate | None:
    said = clean(m.group("obj"))
    if not said or len(said) > 60 or _NO_THING.fullmatch(said):
        return None
    effect = effect or (m.groupdict().get("effect") or "").strip()
    if re.match(r"(?:keeps?|gives?|makes?|brings?|leaves?)\b", effect, re.I) and not _HARM.search(effect):
        return None
    # "Reading long texts wears me out": the words keep what is done, the key what it is done to
    whole = m.group("obj").strip() if re.match(r"[a-z]+ing\b", m.group("obj").strip(), re.I) else said
    text = f"{first_up(whole)} {effect}".strip() if effect else f"Sensitive to {said}"
    # "Tomatoes in any form ...": what the topic names is tomatoes
    what = re.sub(r"\s+(?:in any (?:form|shape)|of any kind|at all)$", "", said, flags=re.I)
    # "Even one glass of red wine ...": what the topic names is red wine
    what = re.sub(
        r"^(?:even |just |only )*(?:one|a|a single|single|a small|small|half a) (?:glass|cup|mug|bite|sip|drop|piece|bit|slice|"
        r"square|spoonful|can|pint|bottle) of ",
        "",
        what,
        flags=re.I,
    )
    return sensitive_fact(text, what)


def _brings_on(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    """What brings a reaction on ("Bright screens give me migraines"), with the condition where it is one
    ("Has migraines")."""
    effect = m.group("effect").lower()
    said = _sensitive(m, sentence, f"give{'' if m.group('obj').rstrip().endswith('s') else 's'} me {effect}")
    if said is None or not re.search(r"migraine", effect):
        return said
    return health_fact("Has migraines", "migraines"), said


def _gets_in(m: re.Match[str], sentence: str) -> Candidate | None:
    """How the user is affected somewhere or by something ("Gets overwhelmed in crowded places", "Panics in
    deep water")."""
    said = clean(m.group("obj") or m.group("o2"))
    if not said or len(said) > 60:
        return None
    if m.group("e2"):
        text = f"{first_up(third_person(m.group('e2').lower()))} {m.group('p2').lower()} {said}"
    else:
        text = f"Gets {m.group('effect').lower()} {m.group('prep').lower()} {said}"
    return sensitive_fact(text, said)


def _undertaking(m: re.Match[str], sentence: str) -> Candidate:
    if m.group("obj"):
        text = f"Doing {clean(m.group('obj')).title()}"
    elif m.group("o2"):  # "Doing a Couch to 5K programme", in the user's words
        text = "Doing " + m.group(0)[m.start("art" if m.group("art") else "o2") - m.start() :].strip()
    else:
        text = f"Giving up {clean(m.group('what'))} for {clean(m.group('season'))}"
    return Candidate(text, MemoryKind.EVENT, f"goal:{topic_value(text)}", importance=0.7)


def _goal(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(re.sub(r"\s+since\b.*", "", m.group("obj") or m.group("test")))  # not since when
    if not obj or len(obj) > 80:
        return None
    when = re.match(r"\s+((?:in|on|next|this)\s+\w+(?: \w+)?)\s*[.!?]?\s*$", sentence[m.end() :], re.I)
    # "I'm doing my GCSEs in May": when too, as a plan's date says it (the key is what, not when)
    said = f"{obj} {when.group(1)}" if m.group("test") and when else obj
    said = re.sub(r"^(?:my|our)\b", "their", said, flags=re.I)  # among memories that speak of the user
    return Candidate(f"Preparing for {said}", MemoryKind.EVENT, f"goal:{topic_value(obj)}", importance=0.7)


def _uses(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj or len(obj) > 60:
        return None
    return Candidate(f"Uses only {obj}", MemoryKind.PREFERENCE, f"uses:{topic_value(obj)}", importance=0.7)


_BODY_LIMITS = re.compile(r"(?:energy|stamina|strength|mobility|balance|eyesight|vision|hearing|grip)", re.I)
"""What of the user's body may be limited ("my energy is very limited"): a condition, not a weak subject."""


_WEAK_NOUN_EN = (
    r"(?:worst|weakest|weak|least favourite|least favorite) (?:subject|spot|area|point|topic|class)s?\b"
)
"""What a learner calls what they are weakest at ("my weak spots", "my weakest subject"; not "my weakness",
which chocolate is too)."""


def _weak(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    if not obj or len(obj) > 60:
        return None
    if _BODY_LIMITS.fullmatch(obj):  # "My energy is very limited": in the user's words
        said = m.group(0)[m.start("obj") - m.start() :]
        return Candidate(first_up(said), MemoryKind.FACT, f"health:{topic_value(obj)}", importance=0.8)
    how = m.groupdict().get("how")
    if how and m.group("at").lower() == "with" and _eaten(obj):  # "not great with spicy stuff": cuts it down
        return _keeping_from(f"{how.capitalize()} with {obj}", "limits", obj)
    if re.fullmatch(r"heights|needles|blood|spiders|deep water|the dark|enclosed spaces|flying", obj, re.I):
        return fear_fact(f"Afraid of {obj.lower()}", obj)  # "I'm not good with heights": a fear, not a skill
    if how and how.lower() not in ("bad", "weak", "not good"):  # "Useless in the kitchen": as said
        text = f"{how.capitalize()} {m.group('at').lower()} {m.group('obj').strip()}"
    else:
        text = f"Weak at {obj}"
    return Candidate(text, MemoryKind.FACT, f"weak:{topic_value(obj)}", importance=0.6)


def _weak_in(how: str, obj: str) -> Candidate | None:
    """ "Weak at chemistry", "Struggles with fast speech": what the user is weak in, keyed by it."""
    said = clean(obj)
    return (
        Candidate(f"{how} {said}", MemoryKind.FACT, f"weak:{topic_value(said)}", importance=0.6)
        if said
        else None
    )


KEEPING_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "I need to be careful with my knees", "I don't want to wreck my back": a part of the body to spare
        re.compile(
            r"\bI (?:really |also |just )?(?:need|have|'ve got|got|must|should|try|want|'m trying|am trying) to "
            r"(?:be (?:careful|gentle) with|protect|look after|go easy on|take care of|mind) my "
            rf"(?P<part>{_JOINTS_EN})\b"
            r"|\bI (?:don't|do not|really don't) want to (?:hurt|wreck|damage|injure|strain|aggravate|ruin|destroy) "
            rf"my (?P<p2>{_JOINTS_EN})\b",
            re.I,
        ),
        lambda m, s: careful_with(m.group("part") or m.group("p2")),
    ),
    (
        re.compile(
            r"\bI(?:'m| am)?\s+(?:severely |very |quite |mildly )?allergic to (?P<obj>[^,.;!?]+)", re.I
        ),
        _allergy,
    ),
    (  # "I've got a cat allergy", "I have a severe peanut allergy"
        re.compile(
            r"\bI(?: have|'ve got|'ve| have got) (?:a |an )?(?:severe |bad |mild |serious |terrible |slight )?"
            r"(?P<obj>(?!(?:an? )?(?:lot|lots|few|couple|bunch|number|many|some|several)\b)[a-z][\w -]{1,25}?) allerg(?:y|ies)\b",
            re.I,
        ),
        _allergy,
    ),
    (  # "I'm dairy-free AND gluten-free": each kept away from (gluten-free is a diet of its own)
        re.compile(
            r"\bI(?:'m| am|'ve been| have been) (?:also |now |strictly |fully |completely )?(?P<obj>dairy|nut|sugar|egg|soy|"
            r"caffeine|alcohol|meat|wheat|lactose|gluten)-free\b(?P<more>(?:,? (?:and|&) (?:also )?(?:dairy|nut|sugar|"
            r"egg|soy|caffeine|alcohol|meat|wheat|lactose|gluten)-free\b)*)",
            re.I,
        ),
        lambda m, s: tuple(
            Candidate("Is gluten-free", MemoryKind.FACT, diet_topic("gluten-free"), importance=0.8)
            if w.lower() == "gluten"
            else _keeping_from(f"Avoids {w.lower()}", "avoids", w.lower())
            for w in re.findall(r"(\w+)-free", m.group(0))
        ),
    ),
    (  # "I'm not vegetarian anymore", "I'm no longer vegan", "I've stopped being vegetarian": a diet that ended
        # (that one: "I'm no longer gluten-free" ends the gluten-free diet, not a vegetarian one beside it)
        re.compile(
            rf"\bI(?:'m| am) (?:not (?:a |an )?(?P<diet>{_ENDED}) (?:any ?more|any longer)"
            rf"|no longer (?:a |an )?(?P<d2>{_ENDED}))\b"
            rf"|\bI(?:'ve| have)? (?:stopped|quit|given up|gave up) being (?:a |an )?(?P<d3>{_ENDED})\b"
            r"|\bI(?:'ve| have)? (?:started|gone back to|went back to) eating (?P<meat>meat|fish|animal products)"
            r"(?: again)?\b",
            re.I,
        ),
        lambda m, s: _diet_ended(m),
    ),
    (
        re.compile(
            rf"\bI(?:'m| am|'ve been| have been)\s+(?:also )?(?:a |an |now |now a |strictly |fully )?(?P<diet>{'|'.join(DIETS)})\b",
            re.I,
        ),
        _diet,
    ),
    (
        re.compile(
            r"\b(?:I|we)(?:(?:'ve| have)? (?:try to |always |usually |generally |tend to |have to |need to |must |now |"
            r"also |just |recently |already )?|(?:'m| am|'re| are) (?:really )?trying to )"
            r"(?:avoid|stay away from|steer clear of|keep away from|stay off|cut out|gave up|give up|given up|quit|"
            r"ditched(?! (?:my|him|her|them|his|their)\b)|"
            r"stopped(?= (?:eating|drinking|having|using|buying|wearing) | (?:flying|driving|smoking|vaping|drinking)\b)|"
            r"can't have|cannot have|can't wear|cannot wear|can't tolerate|can't handle|shouldn't have|skip|never buy|never touch|"
            r"won't touch|won't eat|won't drink|won't buy|don't touch|don't drink|can't drink|cannot drink|don't do|"
            r"don't use|never use|"
            r"don't wear|never wear|won't wear|"
            # what the user cannot watch: "I can't watch horror films", "I won't watch anything scary"
            r"can't watch|cannot watch|won't watch|never watch|"
            r"never drink|never eat)\s+"
            # (a job or course left is no taste: "I quit teaching"; nor how much: "I don't drink much")
            rf"(?!(?:{LEFT})\b)(?!(?:much|a lot|that much|very much|often|very often)\b)(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _avoids,
    ),
    (  # "Anything with mushrooms in it is a dealbreaker for me", "Horror is the one thing I never watch"
        re.compile(
            r"^(?:(?:honestly|frankly|seriously|to be honest),?\s+)?(?:anything (?:with|containing) )?"
            r"(?P<obj>(?!(?:it|that|this|which)\b)[\w\s'-]{2,40}?)(?: in it)? (?:is|are) (?:(?:a|an|my|the) )?"
            r"(?:(?:absolute|total|complete|real) )?(?:deal ?breaker|no[- ]go|non[- ]starter|hard no|"
            r"(?:one|only) thing I (?:never|won't|don't|can't|refuse to) (?:watch|eat|drink|read|listen to|"
            r"wear|touch|play|do))\b",
            re.I,
        ),
        lambda m, s: _avoids(m, s, named=True),
    ),
    (  # "I'm trying to keep my screen time under two hours a day"
        re.compile(
            r"\bI(?:'m| am) (?:trying to |aiming to )?keep(?:ing)? my (?P<what>[\w\s-]{2,25}?) (?:to )?(?:under|below|at most|no more than|less than) "
            r"(?P<limit>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: _keeping_from(
            f"Keeps {m.group('what')} under {m.group('limit').strip()}", "limits", m.group("what")
        ),
    ),
    (  # "I can't do high-impact exercise", "I can't run anymore because of my knees"
        re.compile(
            r"\bI(?: (?:just |really |honestly |physically |still |now )?(?:can't|cannot|can no longer)"
            # "I'm not allowed to lift anything heavy for six weeks after my C-section"
            r"|(?:'m| am) not allowed to|(?:'ve| have) been told not to|mustn't|must not) "
            r"(?:do (?P<obj>[^,.;!?]+)|(?P<verb>(?:lift (?:heavy|anything heavy)|carry (?:heavy|anything heavy)|"
            r"kneel down|fly)\b[^,.;!?]*|(?:run|jog|jump|sprint|squat|kneel|bend down|lift heavy \w+|"
            r"lift anything heavy|climb stairs|do stairs|walk (?:far|long distances))"
            r"(?=(?:\s+(?:any ?more|these days|at the moment|for now))?\s+(?:because|'?cause|due to|since|after|with|given"
            r"|owing to|on account of)\b|\s+(?:any ?more|these days)\b)[^,.;!?]*))",
            re.I,
        ),
        _cannot,
    ),
    (  # "I haven't touched alcohol in two years", "I haven't had a drink since 2019": kept away from since
        re.compile(
            r"\bI (?:haven't|have not|haven’t) (?:(?:touched|eaten|drunk|smoked) (?:any |a single |a drop of |a )?"
            r"(?P<obj>(?!(?:the|my|your|it|that|this|much|anything|lunch|dinner|breakfast)\b)[\w\s'-]{2,30}?)"
            r"|had (?:any |a single |a drop of |a )?(?P<had>drink|drop|cigarette|smoke|alcohol|coffee|caffeine|meat|"
            r"sugar|chocolate|sweets|dairy|bread|junk food|fast food|takeaway|beer|wine|soda|fizzy drinks?)s?)"
            r"(?=\s+(?:in|for|since) (?:(?:over|about|nearly|almost|more than) )?(?:a|an|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|a few|a couple of|several|\d+|years|months|ages|(?:19|20)\d\d)\b)",
            re.I,
        ),
        lambda m, s: (
            _avoids(m, s)
            if m.group("obj")
            else _keeping_from(
                f"Avoids {_HAD.get(m.group('had').lower(), m.group('had'))}",
                "avoids",
                _HAD.get(m.group("had").lower(), m.group("had")),
            )
        ),
    ),
    (  # "Ever since the surgery on my shoulder I can't lift anything above my head": the reason said first
        re.compile(
            r"^(?:(?:ever )?since|after|because of|following|with) (?=[^,.;!?]{0,50}?\b(?:surgery|operation|op|"
            r"injury|injured|accident|stroke|fracture|broke|broken|fall|fell|replacement|arthritis|pain|"
            r"pregnan\w*|back|knees?|hips?|shoulders?|wrists?|ankles?|neck)\b)[^,.;!?]{3,60}?,? I (?:just |still |now )?"
            r"(?:can't|cannot|can no longer|am unable to|'m unable to) (?P<obj>(?!))?"
            r"(?P<verb>(?:lift|raise|reach|carry|kneel|bend|run|jog|jump|squat|climb|walk|stand|twist|grip|"
            r"drive|cycle|swim)\b[^,.;!?]*)",
            re.I,
        ),
        _cannot,
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
    (  # "(We love old westerns,) nothing too violent", "(... but) nothing scary": a quality kept away from
        re.compile(
            r"^(?:so\s+|and\s+|but\s+)?nothing (?P<obj>(?:(?:too|overly) )?(?:violent|scary|gory|graphic|dark|sad|"
            r"depressing|heavy|intense|long|loud|spicy|hot|sweet|sugary|salty|rich|greasy|fancy|expensive|"
            r"strenuous|complicated|slow|romantic|childish|noisy|crowded|busy|far|early|late|silly|cheesy|"
            r"explicit|raunchy|crude|rude|preachy|political|gruesome|bloody|creepy|spooky|frightening))"
            r"(?P<now> (?:just )?yet| for now| for the moment| right now| at the moment)?(?: at all)?\s*[.!]?$",
            re.I,
        ),
        _too_much,
    ),
    (  # "(We like slow-burn dramas,) nothing with jump scares", "nothing involving spiders"
        re.compile(
            r"^(?:so\s+|and\s+|but\s+)?nothing (?:with|involving|featuring|containing) (?:any |too (?:many|much) |lots of |a lot of )?"
            r"(?P<obj>[a-z][\w-]*(?: [\w-]+){0,3}?)(?: in (?:it|them))?(?: at all| please)?"
            # "..., I can't handle it": why, after it
            r"(?=\s*[.!]?$|,\s*(?:I|it|that|they)\b)",
            re.I,
        ),
        _avoids,
    ),
    (  # "I'm on blood thinners, so no ibuprofen.": a clause that is only what is kept away from
        re.compile(
            # not a language after "I speak fluent Spanish but": "no French"
            r"^(?:so\s+)?no (?!(?-i:English|French|Spanish|German|Italian|Portuguese|Chinese|Mandarin|Cantonese|Japanese|"
            r"Korean|Russian|Arabic|Hindi|Dutch|Polish|Greek|Turkish)\b)"
            r"(?!(?:problem|problems|thanks|thank you|worries|worry|rush|hurry|need|way|idea|pressure|"
            r"offen[cs]e|doubt|matter|kidding|more|less|longer|luck|time|clue|chance|comment|signal|plans?|reason|"
            r"sweat|big deal|wonder|surprise|fun|one|body|wait|joke|lie|judgement|judgment|shame|harm|stress|"
            r"complaints?|questions?|excuses?|regrets?|rest|sleep|choice|option|answer|reply|news|go|deal|"
            r"difference|end|kids?|children|pets?|money|cash|service|rain|sun|snow|probs?|biggie|bother|drama)\b)"
            # (not what a home lacks, said after what it has: "We have a small balcony but no garden")
            rf"(?!(?-i:(?:{HOME_KIT_EN}))[.!]?$)"
            r"(?P<obj>[a-z][\w-]*(?: [\w-]+){0,2}?)(?: at all| whatsoever| either)?\s*[.!]?$",
            re.I,
        ),
        _avoids,
    ),
    (
        re.compile(
            r"\bI(?:(?:'m| am) (?:very |quite |really |a bit |extremely |highly )?(?:sensitive|intolerant)"
            # "I react to sesame", "I react badly to penicillin"
            r"| (?:always |still )?react(?: badly| strongly| really badly)?) to (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _sensitive,
    ),
    (  # "caffeine after 2pm and I'm up all night": what keeps the user awake, said as what follows it
        re.compile(
            r"^(?:any |one |a )?(?P<obj>(?!I\b)[\w\s'-]{2,30}?)(?: (?:after|past|late in the|in the) [\w:. ]{1,12}?)?"
            r"(?:,)? and I(?:'m| am) (?:up|awake|wired) all night\b|^(?:any |one |a )?(?P<o2>(?!I\b)[\w\s'-]{2,30}?)"
            r"(?: (?:after|past|late in the|in the) [\w:. ]{1,12}?)? and I (?:can't|cannot|won't|don't) sleep\b",
            re.I,
        ),
        lambda m, s: sensitive_fact(
            first_up(s.strip().rstrip(".!")),
            re.sub(r"^anything (?:with|containing) ", "", clean(m.group("obj") or m.group("o2")), flags=re.I),
        ),
    ),
    (  # "Shellfish and I don't get along", "dairy and I really don't mix"
        re.compile(
            r"(?:^|[:,]\s*|\s[-–—]\s*)(?P<obj>[\w\s'-]{2,40}?) and (?:I|me) (?:really |just |definitely )?(?:(?:don't|do not) "
            r"(?:get along|get on|mix|agree)|(?:are not|aren't) (?:friends|a match made in heaven))\b",
            re.I,
        ),
        # what disagrees with the body; anything else is a taste ("me and crowds don't mix": ``_tastes_en``)
        lambda m, s: _sensitive(m, s, "doesn't agree with me") if _eaten(m.group("obj")) else None,
    ),
    (  # "Lactose is not good for me", "Rich sauces are too much for my stomach": what the body does not take
        re.compile(
            r"^(?:(?:honestly|sadly|unfortunately|for me),?\s+)?(?:the )?(?P<obj>(?!(?:it|that|this|which|there)\b)"
            r"[\w\s-]{2,40}?)(?: |(?='))(?P<effect>(?:(?:(?:is|are|'s|'re) (?:not|never)|isn't|aren't) (?:very |really |so |that )?"
            r"(?:good|great|kind|friendly) (?:for|to|on)|(?:is|are|'s|'re) (?:just |a bit |far |way |much )?too "
            r"(?:much|rich|heavy|strong) for) (?:me|my (?:stomach|gut|tummy|body|skin|digestion)))\b",
            re.I,
        ),
        lambda m, s: (
            _sensitive(m, s, re.sub(r"^'s\b", "is", re.sub(r"^'re\b", "are", m.group("effect"))))
            if _eaten(m.group("obj"))
            else None
        ),
    ),
    (  # "Wild horses couldn't drag me onto a roller coaster", "You won't catch me on a cruise"
        re.compile(
            r"\bwild horses (?:couldn't|could not|wouldn't|would not|won't|will not) (?:drag|get) me "
            r"(?:on|onto|into|to|near|in|up|at) (?:a |an |the )?(?P<obj>[^,.;!?]+)"
            r"|\byou (?:won't|will not|wouldn't|would not) (?:ever )?catch me (?:dead )?(?:on|in|at|near) (?:a |an |the )?"
            r"(?P<o2>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: kept_from(
            f"Avoids {clean(m.group('obj') or m.group('o2'))}",
            "avoids",
            clean(m.group("obj") or m.group("o2")),
        ),
    ),
    (  # "My cardiologist has banned me from heavy lifting"
        re.compile(
            r"^(?:my|the|our) [\w'-]+(?: [\w'-]+)? (?:has|have|'s)? ?(?:banned|barred|stopped) me from (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: kept_from(f"Avoids {clean(m.group('obj'))}", "avoids", clean(m.group("obj"))),
    ),
    (  # "I'm a recovering gambler", "I'm in recovery from gambling": what the user keeps away from for good
        re.compile(
            r"\bI(?:'m| am) (?:a )?recovering (?P<who>gambler|gambling addict|addict|drug addict|shopaholic)\b"
            r"|\bI(?:'m| am) in recovery from (?P<what>gambling|drugs|a gambling addiction|a drug addiction)\b"
            # "I've self-excluded from every betting site", "I've banned myself from the bookies"
            r"|\bI(?:'ve| have)? (?:self-excluded|banned myself|blocked myself) from (?:all |every |the )?"
            r"(?P<bets>betting|gambling|bookies|casinos?|online casinos)\b",
            re.I,
        ),
        lambda m, s: _keeping_from(
            f"Is a recovering {m.group('who').lower()}"
            if m.group("who")
            else f"In recovery from {m.group('what')}"
            if m.group("what")
            else f"Has self-excluded from {m.group('bets').lower()}",
            "avoids",
            "drugs"
            if "drug" in (m.group("who") or m.group("what") or "").lower() or m.group("who") == "addict"
            else "shopping"
            if m.group("who") == "shopaholic"
            else "gambling",
        ),
    ),
    (  # "I've been sober for eighteen months", "I'm teetotal", "I'm in recovery"
        re.compile(
            r"\bI(?:'m| am|'ve been| have been) (?:now |completely |totally |stone[- ]cold )?(?:sober|teetotal|tee-total|"
            # (not "in recovery from an eating disorder": from something other than drink)
            r"alcohol[- ]free|in recovery(?! from (?!alcohol|drink|drinking|alcoholism|booze))|a recovering alcoholic)\b",
            re.I,
        ),
        lambda m, s: _keeping_from("Doesn't drink alcohol (sober)", "avoids", "alcohol"),
    ),
    (  # "I'm trying to go plastic-free this year"
        re.compile(
            r"\bI(?:'m| am) (?:trying to |going to |aiming to |now )?go(?:ing)? (?P<obj>[\w]+)-free\b", re.I
        ),
        _avoids,
    ),
    (  # "My landlord doesn't allow pets", "The lease doesn't allow smoking"
        re.compile(
            r"\b(?:my|our|the) (?P<who>landlord|landlady|lease|building|council|hoa|housing association|contract|"
            r"school|employer|work) (?:doesn't|does not|won't|will not) (?:allow|permit|let (?:us|me) (?:have|keep)) "
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: (
            _keeping_from(
                f"Can't have {clean(m.group('obj'))} ({m.group('who').lower()})",
                "avoids",
                clean(m.group("obj")),
            )
            if clean(m.group("obj"))
            else None
        ),
    ),
    (  # "I'm on a 1500 calorie a day plan"
        re.compile(
            r"\bI(?:'m| am) (?:now |currently )?on (?:a |an )?(?P<n>[\d,]+)[- ]?(?:calorie|kcal|cal)s?\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: _keeping_from(f"On {m.group().split(' on ', 1)[1].strip()}", "limits", "calories"),
    ),
    *HOUSEHOLD_EN,
    (  # "Gluten's off the menu for me", "Alcohol is a no-go"
        re.compile(
            r"^(?P<obj>[\w\s'-]{2,40}?)(?:'s| is| are)(?: basically| completely| totally| strictly| now| always)*"
            r"(?: been)? (?:off the menu|off the table|"
            r"off limits|off-limits|out of the question|a no-go|a no-no|a no go|not an option|a hard no|banned|"
            r"not allowed|forbidden|a (?:big |firm |definite |hard )?no(?= for me\b)"
            # "running is out for me", "Meat is out completely" (not "Dad is out", "The new album is out now")
            r"|out(?= for me\b| (?:completely|altogether|these days) for me\b| (?:completely|altogether)\b))\b"
            # "(I have a dodgy knee so) running is out": one doing that is out, said alone
            r"|^(?P<doing>[A-Za-z]{2,20}ing) is out\s*[.!]*\s*$",
            re.I,
        ),
        lambda m, s: (
            _avoids(m, s, named=True)
            if m.group("obj")
            else _keeping_from(f"Avoids {m.group('doing').lower()}", "avoids", m.group("doing"))
        ),
    ),
    (  # "I refuse to fly for environmental reasons", "I refuse to eat anything with palm oil"
        re.compile(
            r"\bI (?:flatly |simply |absolutely |just |still )?refuse to (?!(?:believe|accept|admit|apologi[sz]e|let|give|say|"
            r"answer|listen|stop|quit|back|be|lose|settle|wait|go)\b)(?P<verb>[a-z]+)(?P<obj>(?: (?!because\b|"
            r"for (?:\w+ )?(?:reasons?|the (?:planet|environment|sake))\b|since\b|unless\b|anymore\b|any more\b)[\w'-]+){0,4})",
            re.I,
        ),
        lambda m, s: _keeping_from(
            f"Refuses to {m.group('verb').lower()}{m.group('obj')}",
            "avoids",
            re.sub(
                r"^(?:anything|something|any)\s+(?:with\s+|containing\s+)?",
                "",
                m.group("obj").strip(),
                flags=re.I,
            )
            or m.group("verb"),
        ),
    ),
    (  # "Spiders are my worst nightmare": what the user fears most
        re.compile(
            r"^(?P<obj>(?!(?:it|this|that|today|work|life|he|she|they|mondays?)\b)[\w\s'&-]{2,30}?) (?:is|are|'s|'re) "
            r"(?:my|the) (?:worst|biggest) (?:nightmare|fear|phobia)\b",
            re.I,
        ),
        lambda m, s: fear_fact(f"Afraid of {clean(m.group('obj')).lower()}", m.group("obj")),
    ),
    (  # "(I'm ok at algebra but) geometry kills me", "Chemistry is a nightmare for me": a subject found hard
        re.compile(
            rf"(?:^|\b(?:but|and|while|though|whereas|so) )(?:the )?(?P<obj>{SUBJECTS_EN}(?: {SUBJECTS_EN})?)(?: questions| problems)? "
            r"(?:(?:really|just|totally|absolutely|honestly|always|completely|still) )?"
            r"(?:kills? me|(?:is|are) killing me|destroys? me|(?:is|are) destroying me|do(?:es)? my head in|confuses? me|"
            rf"makes no sense to me|(?:is|are) (?:beyond me|my nemesis|{HARD_EN} (?:for|to) me))",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Finds {m.group('obj').lower()} hard",
            MemoryKind.FACT,
            f"weak:{topic_value(m.group('obj'))}",
            importance=0.6,
        ),
    ),
    (  # "I suck at essays"
        re.compile(r"\bI (?:really |totally |kinda |kind of |just )?suck at (?P<obj>[^,.;!?]+)", re.I),
        lambda m, s: _weak_in("Weak at", m.group("obj")),
    ),
    (  # "Cooking is not my forte", "Maths was never my strong suit"; "I have no sense of direction"
        re.compile(
            r"^(?P<obj>(?!(?:it|that|this|which|there)\b)[\w\s'-]{2,30}?) (?:is|are|'s|was|were) (?:really |definitely |"
            r"certainly )?(?:not|never|not ever)(?: been)? (?:exactly |really )?my (?:forte|strong (?:suit|point)|strength)\b"
            r"|\bI (?:have|'ve got|'ve) (?:no|zero|absolutely no) (?P<way>sense of direction)\b"
            r"|\bI (?:could|can|would) get lost in my own (?:street|house|home|town|road|back garden)\b",
            re.I,
        ),
        lambda m, s: (
            _weak_in("Weak at", as_named(m.group("obj").strip()))
            if m.group("obj")
            else Candidate("Has no sense of direction", MemoryKind.FACT, "weak:direct", importance=0.6)
        ),
    ),
    (  # "Loud restaurants are a nightmare for me with my hearing aids"
        re.compile(
            r"^(?P<obj>(?:(?!\b(?:it|this|that|today|tonight|work|life|he|she|they)\b)[\w\s'&-]){2,40}?) (?:is|are|'s|'re) "
            r"(?:(?:just |always |really |absolutely |such )?(?:a |an )?(?:nightmare|hell|torture|agony|a struggle|"
            r"unbearable)) (?:for|to) me\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: _sensitive(m, s, m.group(0)[m.end("obj") :].strip()),
    ),
    (  # "I get migraines from bright screens", "I get a rash from nickel": what brings a reaction on
        re.compile(
            r"\bI (?:always |often |usually |sometimes |tend to |can )?get (?P<effect>(?:bad |terrible |awful |a )?"
            r"(?:migraines?|headaches?|a headache|a rash|rashes|hives|heartburn|cramps|eczema flare-ups|nosebleeds)) "
            r"from (?P<obj>(?!(?:time to time|work|school)\b)[^,.;!?]+)",
            re.I,
        ),
        _brings_on,
    ),
    (  # "I get overwhelmed in crowded places", "I get claustrophobic in lifts"
        re.compile(
            r"\bI (?:always |often |easily |quickly |really |tend to |can )?get (?:really |so |very |quite |a bit |"
            r"easily |pretty )?(?P<effect>overwhelmed|anxious|panicky|claustrophobic|stressed|nervous|flustered|"
            r"overstimulated|dizzy|queasy|nauseous|light-headed) (?P<prep>in|on|at|around|by|with|during) "
            r"(?P<obj>(?!(?:the moment|the minute|times|first)\b)[^,.;!?]+)"
            # "I panic in deep water", "I freeze on stage"
            r"|\bI (?:always |often |tend to |still )?(?P<e2>panic|freeze|freak out) (?P<p2>in|on|at|around|during) "
            r"(?P<o2>(?!(?:the moment|the minute|times|first)\b)[^,.;!?]+)",
            re.I,
        ),
        _gets_in,
    ),
    (
        re.compile(
            r"^(?P<obj>[\w\s'-]{2,40}?) (?P<effect>(?:upsets?|hurts?|bothers?|irritates?|disagrees? with|"
            r"(?:doesn't|don't) agree with|wrecks?|ruins?|keeps?|gives?|makes?|brings?|sets? off|triggers?) (?:me|my) [^,.;!?]+"
            r"|leaves? me with [^,.;!?]+"  # "Sauvignon Blanc leaves me with a splitting head"
            r"|(?:really |just |totally )?(?:upsets?|bothers?|irritates?|annoys?|disagrees? with) me\b(?! *\w)"
            # "Raw onion repeats on me for hours", "Garlic doesn't agree with me"
            r"|(?:always |really )?(?:repeats? on me|(?:doesn't|don't) agree with me)\b[^,.;!?]*"
            # "Phone calls stress me out", "Crowds overwhelm me"
            r"|(?:really |just |totally )?(?:stress(?:es)? me out|overwhelms? me|(?:exhausts?|drains?) me|"
            r"(?:wears?|tires?|wipes?|knocks?) me out|floors? me|(?:really )?throws? me(?: off)?|(?:completely )?"
            r"lose me)\b[^,.;!?]*)",
            re.I,
        ),
        _sensitive,
    ),
    (  # "We have a no-phones-at-dinner rule", "No phones at the dinner table in our house": a house rule
        re.compile(
            r"\b(?:we(?:'ve got| have got| have)|there's|there is|our house has) an? (?:strict |firm |family |house )?"
            r"no[- ](?P<obj>[\w]+(?:[- ][\w]+){0,3}?)[- ](?P<when>at[- ](?:the[- ])?(?:dinner|lunch|breakfast|meals?|"
            r"table|dinner[- ]table)|before[- ]bed(?:time)?|in[- ](?:the[- ])?bedrooms?|after[- ]\d{1,2}(?:pm)?)"
            r"[- ]rule\b"
            r"|^(?P<o2>no [\w]+(?: [\w]+)?) (?P<w2>at (?:the )?(?:dinner table|table|dinner|meals?|mealtimes)|"
            r"before bed(?:time)?|in (?:the )?bedrooms?)(?: in (?:our|this|my) (?:house|home)| at home)\b"
            r"|\bwe (?:don't|do not|never) allow (?P<o3>[\w]+(?: [\w]+)?) (?P<w3>at (?:the )?(?:dinner table|table|dinner|"
            r"meals?|mealtimes)|before bed(?:time)?|in (?:the )?bedrooms?)\b",
            re.I,
        ),
        lambda m, s: _house_rule(
            (m.group("obj") or m.group("o2") or m.group("o3")).replace("-", " "),
            (m.group("when") or m.group("w2") or m.group("w3")).replace("-", " "),
        ),
    ),
    (  # "I want to keep the kids off screens at the weekend": a rule for the household's children
        re.compile(
            r"\b(?:I|we) (?:want to |try to |like to |need to |have to )?keep (?:the |my |our )?(?:kids|children|"
            r"son|daughter|boys|girls|little ones) (?:off|away from) (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _kept_from_children,
    ),
    (  # "I don't want any app that tracks my location": what the user will not have
        re.compile(
            r"\bI (?:don't|do not|won't|refuse to) (?:want|use|have|install|download) (?:any|an?) "
            r"(?P<obj>[\w-]+(?: [\w-]+)? (?:that|which) [^,.;!?]+)",
            re.I,
        ),
        lambda m, s: _keeping_from(f"Won't have any {m.group('obj')}", "avoids", m.group("obj")),
    ),
    (  # "I take medication that doesn't mix with grapefruit": what the user's medicine rules out
        re.compile(
            r"\bI(?:'m| am)? (?:take|taking|on) (?:a |some )?(?:medication|medicine|tablets?|pills?|drugs?)"
            r"(?: that| which)? (?:doesn't|does not|don't|do not|can't|cannot) (?:mix|go|be taken) with "
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: _keeping_from(
            f"Avoids {clean(m.group('obj'))} (medication)", "avoids", clean(m.group("obj"))
        ),
    ),
    *LIVING_EN,
    (
        re.compile(
            r"\bI(?:'m| am|'ve| have) (?:currently |now |just |recently )?(?:(?:started|begun|been) )?"
            r"(?:preparing|prepping|studying|training|getting ready|revising|cramming) for (?P<obj>[^,.;!?]+)"
            # a test ahead: "I'm doing my driving test next month", "I'm sitting my finals in June"
            r"|\bI(?:'m| am|'ve got| have) (?:doing |taking |sitting |having )?(?P<test>(?:my|the|an?) [\w\s-]{0,30}?"
            r"(?:test|exam|exams|finals|interview|audition|assessment|a-levels|gcses|sats|mocks|boards|ielts|toefl|"
            r"gre|gmat|mcat|lsat|bar))\b(?=\W*$|\W+(?:next|this|in|on|tomorrow|soon)\b|,)",
            re.I,
        ),
        _goal,
    ),
    (  # a month without something: "I'm doing Dry January", "I'm giving up sugar for Lent"
        re.compile(
            r"\bI(?:'m| am) (?:doing|observing|keeping|fasting for) (?P<obj>dry january|veganuary|"
            r"sober october|stoptober|movember|lent|ramadan|couch to 5k)\b"
            # "I'm doing a Couch to 5K programme", "I'm following a 12-week strength plan"
            r"|\bI(?:'m| am) (?:currently |now )?(?:doing|following|starting) (?P<art>a |an |the )?"
            r"(?P<o2>(?!(?:a|an|the|payment|phone|data|mobile|family|pension|insurance|health|contract|monthly|basic|"
            r"premium|free|standard|cheapest|unlimited|pro|business|student)\b)[\w-]+"
            r"(?: [\w-]+){0,3}) (?:programme|program|plan|challenge|course)\b"
            r"|\bI(?:'m| am) giving up (?P<what>[^,.;!?]+?) "
            r"for (?P<season>lent|ramadan|(?:the month|a month|a year)\b)",
            re.I,
        ),
        _undertaking,
    ),
    (  # after the month without something: "I'm giving up sugar for Lent" is an undertaking
        re.compile(
            r"\bI(?:'m| am) (?:now |currently |slowly |finally )?(?:trying to |going to |working on )?"
            # (not a job given up: "I quit teaching last month")
            rf"(?:quit(?:ting)?|giv(?:e|ing) up|cut(?:ting)? out|kick(?:ing)?|off) (?!(?:on|for|to|work|my job|{LEFT})\b)"
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _avoids,
    ),
    (  # "I'm trying to cut down on sugar", "I need to watch my salt intake", "I'm on a low-carb diet"
        re.compile(
            r"\b(?:I(?:'m| am)?|[Ww]e(?:'re| are)?) (?:now |currently |also |really )?(?:trying to |try to |need to |"
            r"have to |must |should |want to |am trying to |'m trying to |told to |supposed to )?"
            r"(?:cut(?:ting)? (?:down|back) on|reduc(?:e|ing)|limit(?:ing)?|watch(?:ing)? my|keep(?:ing)? an eye on my|"
            r"go(?:ing)? easy on|eat(?:ing)? less|drink(?:ing)? less) "
            r"(?P<obj>[^,.;!?]+?)(?: as a (?:family|household|couple))?(?=$|[,.;!?]| (?:and|but|so|because)\b)"
            # "I've been told to keep my salt intake really low"
            r"|\bI(?:'ve| have)? (?:been (?:told|advised) to|need to|have to|must|try to|'m trying to) keep my "
            r"(?P<o3>[\w -]+?)(?: intake| consumption| levels?)? (?:really |very |quite |nice and |right )?(?:low|down)\b"
            r"|\bI(?:'m| am) on an? (?P<o2>low[- ][\w-]+|\w+[- ]free|reduced[- ]\w+) diet\b",
            re.I,
        ),
        lambda m, s: (
            _keeping_from(f"Keeps {m.group('o3')} low", "limits", m.group("o3"))
            if m.group("o3")
            else _limits(m, s)
            if m.group("obj")
            else _low_diet(m.group("o2"))
        ),
    ),
    (  # "I'm on a diet", "I'm dieting": working to lose weight
        re.compile(
            r"\bI(?:'m| am) (?:currently |now |still |also |strictly |back )?(?:on a diet|dieting)\b", re.I
        ),
        lambda m, s: Candidate("On a diet", MemoryKind.EVENT, "goal:lose_weight", importance=0.7),
    ),
    (  # what the user works towards: "I'm trying to lose weight", "I want to get fit this year"
        re.compile(
            r"(?:\bI(?:(?:'m| am) (?:currently |really |also )?(?:trying|working|hoping|aiming|determined|desperate|going)"
            r"|(?: really)? (?:want|need|hope|plan)|'d like| would like) to "
            # "(I'm five months pregnant and) want to do some gentle exercise": the same I
            r"|^(?:really )?(?:want|hope|plan|would like) to "
            # ... or is told to by someone who looks after them: "my doctor wants me to lose a few kilos"
            r"|\b(?:my|the) (?:doctor|gp|physio|dietitian|nurse|trainer|coach|consultant) (?:wants|told|tells|says|said|"
            r"advised|asked) (?:me )?(?:I (?:need|have|should) )?to "
            r"|\bmy (?:main |big |biggest |first |one )?(?:goal|aim|target|plan)(?: this year| for \w+)? is to )"
            r"(?P<aim>(?:run|do|finish|complete|walk|cycle|swim|ride|enter) (?:a |an |my first |the |another )?"
            r"(?:[\w-]+ )?(?:marathon|half[- ]marathon|10k|5k|triathlon|ironman|ultra(?:marathon)?|sportive)\b[^,.;!?]*|"
            r"(?:lose|shed|drop|gain|put on|build) (?:(?:about|around|roughly|nearly|at least|some|a bit of|a few|"
            r"\w+) ){0,2}(?:\d+ ?)?(?:weight|muscle|pounds|kilos|kg|lbs?|stone|fat)\b[^,.;!?]*|get (?:fitter|fit|in shape|healthier|stronger)|stay (?:fit|in shape|healthy)|"
            r"eat (?:healthier|better|more healthily|(?:less|more)(?: \w+)?)|sleep (?:more|better)|save (?:money|up)[^,.;!?]*|"
            # exercise the user means to take up: "I want to exercise more", "I'd like to do some gentle exercise"
            r"exercise more|move more|walk more|be more active|get (?:more )?active|"
            r"do (?:some |more |a bit of |regular )?(?:(?!(?:the|my|these|those|this|that|your|our|his|her)\b)[\w-]+ ){0,2}?"
            r"(?:exercise|workouts?|training)\b(?! (?:in|on|from|for) (?:the|my|chapter|page|unit)\b)[^,.;!?]*|"
            r"(?:start|take up|get back (?:in)?to) (?:doing |going )?(?:yoga|pilates|running|swimming|cycling|"
            r"strength training|weights|weight training|exercising|the gym)\b|"
            # a habit or a skill the user means to take up: "I want to start walking more", "I'd like to learn
            # Spanish this year", "I want to get better at chess" (not "learn more about your warranty")
            r"(?:start|begin) (?!(?:using|getting|having|doing|making|seeing|asking|ordering|returning|paying for)\b)"
            r"[a-z]+ing\b[^,.;!?]*|"
            r"learn (?!(?:more|about|how|what|why|where|when|which|if|whether)\b)[^,.;!?]+|"
            r"(?:get|become) (?:good|better|fluent|confident) (?:at|in) [^,.;!?]+|improve my (?!order\b)[^,.;!?]+)",
            re.I,
        ),
        _aim,
    ),
    (re.compile(r"\bI (?:only|just|exclusively) use (?P<obj>[^,.;!?]+)", re.I), _uses),
    (  # "I only read on my e-reader now", "I mostly listen on Spotify": what the user does it on
        re.compile(
            r"\bI (?:only|just|exclusively|mostly|always) (?P<verb>read|listen|watch|play|shop|pay|write) "
            r"(?:on|with|via|through|using) (?:my |an? |the )?(?P<obj>[^,.;!?]+?)(?: now| these days| nowadays)?"
            r"(?=\s*$|\s*[,.;!?])",
            re.I,
        ),
        lambda m, s: Candidate(
            f"{m.group('verb').capitalize()}s only on {clean(m.group('obj'))}",
            MemoryKind.PREFERENCE,
            f"uses:{topic_value(m.group('obj'))}",
            importance=0.7,
        ),
    ),
    (  # "Audiobooks work much better for me": what suits the user
        re.compile(
            r"^(?P<obj>(?!(?:it|this|that|these|those|which|what|nothing|something|anything)\b)[\w\s'-]{2,40}?) "
            r"works? (?:much |far |way |a lot |so much )?better for me\b",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(m.group(0).strip()),
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('obj'))}",
            importance=0.7,
        ),
    ),
    (  # "I only pay in cash"
        re.compile(
            r"\bI (?:only|always|just) pay (?:in|by|with) (?P<obj>cash|card|cheque|check|paypal|apple pay)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Pays only by {m.group('obj').lower()}"
            if m.group("obj").lower() != "cash"
            else "Pays only in cash",
            MemoryKind.PREFERENCE,
            f"uses:{topic_value(m.group('obj'))}",
            importance=0.7,
        ),
    ),
    (  # "I'm retraining as a plumber at evening classes": a new trade on the way
        re.compile(
            r"\bI(?:'m| am) (?:currently |now )?retraining (?:as|to be(?:come)?) (?:a |an )?(?P<as>[^,.;!?]+?)"
            r"(?P<where> (?:at|through|with|on) [^,.;!?]+)?(?=\s*$|\s*[,.;!?])",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Retraining as {a_or_an(m.group('as'))} {m.group('as')}{m.group('where') or ''}",
            MemoryKind.EVENT,
            f"goal:retrain_{topic_value(m.group('as'))}",
            importance=0.7,
        ),
    ),
    (  # "I can only revise on Sundays and weekday evenings": when there is time to study
        re.compile(
            r"\bI can only (?P<verb>study|revise|practi[sc]e|do (?:my )?homework)(?P<when> (?:on|at|after|before|in the) "
            r"[^,.;!?]*?(?:days?|weekends?|evenings?|mornings?|afternoons?|nights?|\d ?[ap]m|o'clock))"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:because|since|as|so|but)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Can only {m.group('verb').lower()}{m.group('when')}",
            MemoryKind.FACT,
            "schedule:study",
            importance=0.7,
        ),
    ),
    (  # "I can only wear flat shoes because of my back", "I can only eat soft food since the operation"
        re.compile(
            r"\bI can only (?P<verb>wear|eat|drink|use|sleep on|sit on|sit in|walk on|carry|lift|manage|read|"
            # "I can only study in total silence"
            r"(?:study|work|focus|concentrate|revise|sleep)(?= (?:in|with|when|if|at|on|after|before)\b)) "
            r"(?P<obj>[^,.;!?]+?)(?=\s*$|\s*[,.;!?]|\s+(?:because|since|as|due to|so|and|but|after|now)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Can only {m.group('verb').lower()} {m.group('obj')}",
            MemoryKind.PREFERENCE,
            f"uses:{topic_value(m.group('obj'))}",
            importance=0.7,
        ),
    ),
    (  # "I use Linux at home", "I'm on Android", "Everything I own runs Linux": a system or a device the user
        # keeps to
        re.compile(
            r"(?:\b(?:everything|all) I (?:own|have|use)|\ball (?:of )?my (?:devices|computers|machines|laptops|"
            r"gadgets|stuff)|^my (?:laptop|computer|pc|desktop|phone|tablet)) runs? (?:on )?"
            r"(?P<sys>mac ?os|windows|android|linux|ubuntu|chrome ?os|ios)\b"
            r"|\bI(?: use|'m on| am on| run| (?:mostly |mainly |usually |only )?(?:read|listen|watch|play)(?: \w+)?"
            r"(?: mostly| mainly| usually)? on(?: my| an?)?) (?:an? )?(?P<obj>(?:mac|macbook|pc|windows|android|iphone|ipad|linux|"
            r"ubuntu|chromebook|samsung|pixel|kindle)(?: (?:phone|laptop|tablet|desktop|computer|machine))?)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Uses {clean(m.group('obj') or m.group('sys'))}",
            MemoryKind.PREFERENCE,
            f"uses:{topic_value(m.group('obj') or m.group('sys'))}",
            importance=0.7,
        ),
    ),
    (  # "I use dark mode on everything", "I always have large text on": how the user sets their screens
        re.compile(
            r"\bI (?:always |only |mostly |usually )?(?:use|have|keep|turn on|switch on|need) (?:the )?"
            r"(?P<obj>dark mode|night mode|light mode|large text|big text|bigger text|large print|subtitles|captions|"
            r"high contrast)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Uses {m.group('obj').lower()}",
            MemoryKind.PREFERENCE,
            f"uses:{topic_value(re.sub(r'^a ', '', m.group('obj')))}",
            importance=0.7,
        ),
    ),
    (  # "I always travel with hand luggage only", "I only ever take a carry-on": how the user travels
        re.compile(
            r"\bI (?:always |only |usually |just )?(?:ever )?(?:travel|fly|go) (?:with |on )?(?:hand luggage|"
            r"(?:a )?carry-on|cabin bags?|a backpack) only\b"
            r"|\bI (?:only|always) (?:ever )?(?:take|travel with|fly with|bring) (?:hand luggage|(?:a )?carry-on|"
            r"(?:a )?cabin bag)\b|\bI (?:always )?travel light\b",
            re.I,
        ),
        lambda m, s: Candidate(
            "Travels with hand luggage only", MemoryKind.PREFERENCE, "likes:hand_luggag", importance=0.7
        ),
    ),
    (  # "I try to keep my weekends free of work emails": time kept free of something
        re.compile(
            r"\bI (?:always |try to |like to |have to )?keep (?:my )?(?P<when>weekends|evenings|sundays|saturdays|"
            r"mornings|fridays|holidays) (?:free|clear)(?: (?:of|from) (?P<of>[^,.;!?]+))?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Keeps {m.group('when').lower()} free"
            + (f" of {m.group('of').strip()}" if m.group("of") else ""),
            MemoryKind.PREFERENCE,
            f"schedule:free_{topic_value(m.group('when'))}",
            importance=0.7,
        ),
    ),
    (  # "I'm a size 12", "I wear a UK 14", "I take a size 9 in shoes": the sizes the user buys
        re.compile(
            r"\bI(?:'m| am| wear| take| usually wear| usually take)(?: (?:usually|normally|generally))? (?:a )?"
            r"(?:(?:UK|US|EU) )?size (?P<size>\d{1,2}|XS|S|M|L|XL|XXL|small|medium|large)\b"
            r"(?P<shoe> (?:(?:in|for) (?:UK |US |EU )?(?:sizes? )?)?(?:shoes?|trainers|boots))?"
            r"|\bI(?:'m| am| wear| take) (?:a )?(?:UK|US|EU) (?P<s2>\d{1,2})\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Wears {'shoe ' if m.group('shoe') else ''}size {m.group('size') or m.group('s2')}",
            MemoryKind.FACT,
            "size:shoes" if m.group("shoe") else "size:clothes",
            importance=0.6,
        ),
    ),
    (  # "I barely drink", "I hardly ever drink": how little the user drinks
        re.compile(
            r"\bI (?:barely|hardly|rarely|seldom|very rarely|only occasionally) (?:ever )?drink(?: alcohol)?\b"
            r"(?! (?:coffee|tea|water|milk|juice|fizzy|soda))"
            # "I don't (really) drink much (anymore)": how much, not what
            r"|\bI (?:don't|do not) (?:really )?drink (?:much|a lot|that much|often|very much|very often)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            "Doesn't drink much"
            if re.search(r"\b(?:don't|do not)\b", m.group(0))
            else "Rarely drinks alcohol",
            MemoryKind.FACT,
            "habit:rarely_drink",
            importance=0.6,
        ),
    ),
    (  # "I've got a Samsung Galaxy S21, not an iPhone", "I have an iPhone 12": the phone the user has
        re.compile(
            r"^I(?:'ve got| have got| have| own|'ve just got| just got)? (?:an? )?(?:old |new |ancient |cheap )?"
            r"(?P<dev>(?:iPhone|Samsung Galaxy|Galaxy|Google Pixel|Pixel|Huawei|Xiaomi|OnePlus|Motorola|Nokia)"
            r"(?: [\w+]+){0,2}?)(?=\s*(?:$|[,.;!?]|and\b|but\b|so\b|which\b|that\b))",
        ),
        lambda m, s: Candidate(
            f"Has a {m.group('dev')} phone"
            if not m.group("dev").startswith("iPhone")
            else f"Has an {m.group('dev')}",
            MemoryKind.FACT,
            "device:phone",
            importance=0.7,
        ),
    ),
    (  # "My phone is an old iPhone 8 with barely any storage left", "My laptop is a Chromebook"
        re.compile(
            r"^my (?P<dev>phone|laptop|computer|pc|tablet|car|tv|router|camera|watch)(?: is|'s) (?P<what>(?:an? |the )?"
            r"(?:(?:old|new|ancient|ageing|aging|really old|basic|cheap|tiny|second-hand|hand-me-down|refurbished|"
            r"\d{4}|(?:\w+|\d+)-years?-old) [^,.;!?]+?"
            # ... or by its make alone (not "My phone is broken", "My laptop is a mess")
            r"|(?:chromebook|macbook|mac|imac|iphone|ipad|android|samsung|pixel|oneplus|huawei|xiaomi|nokia|"
            r"motorola|thinkpad|dell|lenovo|hp|surface|windows|linux)\b[^,.;!?]*?))"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so)\s+I(?:'m|'ve|'d)?\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"{m.group('dev').capitalize()} is {m.group('what').strip()}",
            MemoryKind.FACT,
            f"device:{m.group('dev').lower()}",
            importance=0.7,
        ),
    ),
    (
        re.compile(
            r"\bI(?:'m| am) (?:really |pretty |quite |not great |kind of |totally |completely |absolutely )?"
            r"(?P<how>bad|weak|terrible|hopeless|not (?:very |that |too |really |so )?(?:good|great)|useless|rubbish|"
            r"awful|clueless|a disaster|the worst) "
            r"(?P<at>at|in|with) "
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _weak,
    ),
    (  # "Chemistry is my worst subject", "maths has always been my weak spot", "Fractions and probability
        # are my weak spots"
        re.compile(
            r"^(?:(?:and|but|so) )?(?P<obj>[A-Za-z][\w -]{1,30}?) (?:is|are|has always been|have always been|"
            r"was always|were always|'s) (?:always |definitely |easily |probably |honestly |really |by far |"
            r"genuinely |literally |totally )?my "
            rf"{_WEAK_NOUN_EN}",
            re.I,
        ),
        lambda m, s: _weak_in("Weak at", m.group("obj")),
    ),
    (  # "Maths is my weakness": of a school subject, what is found hard ("Chocolate is my weakness" is a liking)
        re.compile(
            rf"^(?:(?:and|but|so) )?(?P<obj>(?:{SUBJECTS_EN})(?: and (?:{SUBJECTS_EN}))?) (?:is|are|has always been|"
            r"have always been) (?:always |definitely )?my (?:biggest |real |main )?weakness(?:es)?\b",
            re.I,
        ),
        lambda m, s: _weak_in("Weak at", m.group("obj")),
    ),
    (  # "My weak spot is fractions", "My weakest subjects are chemistry and physics"
        re.compile(
            rf"^(?:(?:and|but|so) )?my {_WEAK_NOUN_EN} (?:is|are|has always been|have always been) "
            r"(?:definitely |probably |always )?(?P<obj>[A-Za-z][\w -]{1,40}?)\s*[.!]?$",
            re.I,
        ),
        lambda m, s: _weak_in("Weak at", m.group("obj")),
    ),
    (  # "I struggle with fast speech", "I never understand fractions", "I can never get my head around it"
        re.compile(
            r"\bI (?:really |still |always )?struggle (?:with|at) (?P<obj>[^,.;!?]+)"
            r"|\bI (?:just |still |really )?(?:never|can never|can't ever|can't seem to) (?:really )?(?:understand|"
            r"get my head (?:a)?round|wrap my head (?:a)?round|make sense of) (?P<obj2>(?!it\b|this\b|that\b|why\b|"
            r"how\b|what\b|you\b|people\b|him\b|her\b|them\b)[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: _weak_in("Struggles with", m.group("obj") or m.group("obj2")),
    ),
    (  # "I keep messing up simultaneous equations", "I always get fractions wrong", "I keep getting stuck on
        # long division": what the learner finds hard (not "I keep messing up my sleep", "... the recipe")
        re.compile(
            r"\bI (?:keep|always|still|constantly) (?:on )?(?:messing up|mess up|mixing up|mix up|getting stuck on|"
            r"get stuck on|getting confused (?:by|with)|get confused (?:by|with)|making mistakes (?:with|in)) "
            r"(?P<obj>(?!(?:my|the|our|his|her|their|it|this|that|them|you|people)\b)[^,.;!?]+)"
            r"|\bI (?:keep|always|still) (?:getting|get) (?P<obj2>(?!(?:my|the|our|his|her|their|it|this|that|them|"
            r"you|people|up|home|lost|tired|sick|ill|angry|told|asked|called|emails?|calls?|messages?)\b)[\w -]{2,40}?) "
            r"wrong\b",
            re.I,
        ),
        lambda m, s: _weak_in("Struggles with", m.group("obj") or m.group("obj2")),
    ),
    (
        re.compile(
            r"\bmy (?P<obj>[\w\s]{2,30}?) (?:is|are) (?:my |pretty |very |quite |a bit |really |still )?"
            r"(?:weak|weakest|not great|poor|rusty|basic|limited|shaky)\b",
            re.I,
        ),
        _weak,
    ),
    (  # "I'm trying to get my 5k under 25 minutes": a time or a weight to beat
        re.compile(
            r"\bI(?:'m| am) (?:trying|aiming|hoping|working) to get my (?P<what>[\w\s-]{2,20}?) (?:under|below|down to|"
            r"up to|over) (?P<target>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Aiming to get {m.group('what')} {m.group(0).split(m.group('what'), 1)[1].strip()}",
            MemoryKind.EVENT,
            f"goal:{topic_value(m.group('what'))}",
            importance=0.7,
        ),
    ),
    (  # "I'm a Leeds United season ticket holder"
        re.compile(r"\bI(?:'m| am) (?:a |an )?(?P<team>(?:[A-Z][\w'&.-]* ?){1,3}) season[- ]ticket holder\b"),
        lambda m, s: Candidate(
            f"{m.group('team').strip()} season ticket holder",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('team'))}",
        ),
    ),
    (  # "I started eating fish again last month", "I'm drinking coffee again"
        re.compile(
            r"\bI(?:'ve| have)? (?:just |recently )?(?:started|began|begun|gone back to|went back to) "
            r"(?P<verb>eating|drinking) (?P<obj>[^,.;!?]+?) again\b"
            r"|\bI(?:'m| am) (?P<v2>eating|drinking) (?P<o2>[^,.;!?]+?) again\b",
            re.I,
        ),
        _again,
    ),
    (  # "We don't eat beef for religious reasons": a household's rule the user keeps too
        re.compile(r"\b(?:I|we) (?:don't|do not|never|can't|cannot) eat (?P<obj>[^,.;!?]+)", re.I),
        _no_eat,
    ),
    (
        re.compile(
            r"\bI(?:'ve| have)?\s+(?:just |recently )?(?:switched|changed|moved over|gone over) (?:from [\w\s]+ )?to (?!working\b)(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _switch,
    ),
]
"""Allergies, diets, aversions, sensitivities, health, goals, limits, weak subjects, switches: tried before
what the user does for a living, which a diet may share words with."""


AIMS_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # any aim said as the user's dream or goal: "My dream is to open a little bakery of my own one day"
        # (the whole sentence: "My aim is to cook everything from scratch, no ready meals" avoids ready meals)
        re.compile(
            r"^(?:my|our) (?:big |biggest |main |real |ultimate |long-term |lifelong )?"
            r"(?:dream|goal|aim|ambition|target)(?: this year| for (?:this|next) year| in life)? is to "
            r"(?P<aim>[^,.;!?]+)[.!]*$",
            re.I,
        ),
        _aim,
    ),
]
"""Rules tried after every other English rule (``memory._rules_en.EN_RULES``)."""
