"""English rules for what the user lives with: conditions ("I have asthma", "Asthma runs in my family"),
injuries ("I tore my ACL"), the state of their body ("My knees are bad", "My blood pressure runs high"), fears
("I'm scared of heights") and the diets they follow ("I'm on a keto diet"). ``LIVING_EN`` is their (pattern,
rule) pairs, tried together among ``memory._keeping_en.KEEPING_EN``."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import (
    AS_ONE_WITH,
    Rule,
    a_or_an,
    diet_fact,
    fear_fact,
    first_up,
    health_fact,
    kept_from,
    sensitive_fact,
    topic_value,
)
from tailorkit.memory._words_en import (
    BODY,
    CARS_EN,
    CONDITIONS,
    DRUGS_EN,
    HARD_EN,
    HOME_KIT_EN,
    LEFT,
    RELATIONS,
    SET_OFF_FEELINGS,
    SET_OFF_WHEN,
    as_named,
    clean,
    day_cased,
    set_off_by,
    third_person,
)

__all__ = ["LIVING_EN"]


_MY = re.compile(r"\bmy\b", re.I)
"""The user's "my", as a memory of them reads it ("Lives with their parents")."""


_READING_AFTER = re.compile(
    r"^\W{0,3}(?:at |around |about |roughly |of )?(?P<value>\d{2,3}/\d{2,3}|\d{1,3}(?:\.\d{1,2})?"
    r"(?: ?(?:%|bpm|mmol/l|mg/dl))?)(?!\w)",
    re.I,
)
"""A level's reading right after it is said to be high or low ("... a bit high (145/92)", "... high, at 7.2")."""


_ONLY_TIME = ("do", "spare", "manage", "fit in", "find", "give it", "give this")
"""Verbs that say only how much time there is ("I can spare half an hour a day"), not what it is for."""


def _time_had(m: re.Match[str], sentence: str) -> Candidate:
    """How much time the user, or a member of the household, has: "Has about 30 minutes a day", "Can study
    30 minutes a day after school", "Son can study an hour a day at weekends"."""
    kin = (m.group("kin") or "").lower()
    verb = (m.group("verb") or "").lower()
    said = f"can {verb}" if verb and verb not in _ONLY_TIME else "has"
    about = f"{m.group('about').lower()} " if m.group("about") else ""
    text = f"{kin} {said}" if kin else said
    return Candidate(
        f"{first_up(text)} {about}{m.group('much')}{m.group('per')}{m.group('rest') or ''}",
        MemoryKind.FACT,
        f"family:{kin}:time" if kin else "schedule:time",
        kin or None,
        importance=0.7,
    )


_AND_TALL = re.compile(
    r"^,? and (?P<h>1[.,]\d{1,2} ?m|1\d{2} ?cm|\d'\d{1,2}\"?|(?:four|five|six|4|5|6) (?:foot|feet|ft)(?: \w+)?) tall\b",
    re.I,
)
"""A height said after a weight ("I'm 94 kg and 1.80 m tall")."""


def _weighs(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...]:
    """A weight ("Weighs 94 kg"), and the height said with it."""
    weight = Candidate(f"Weighs {m.group('w')}", MemoryKind.FACT, "weight", importance=0.7)
    tall = _AND_TALL.match(sentence[m.end() :])
    if tall is None:
        return weight
    return weight, Candidate(f"Is {tall.group('h')} tall", MemoryKind.FACT, "height", importance=0.7)


_BODY_STATE = re.compile(
    rf"\bmy (?:(?:left|right|lower|upper|bad|dodgy) )?(?P<part>{BODY})(?: (?:is|are)|(?= isn't| aren't)|'s(?= (?:\w+ )?(?:shot|knackered|wrecked)\b)) ?"
    r"(?:still |always |often |really |very |quite |pretty |a bit |so |super )*"
    r"(?P<state>bad|weak|injured|sore|painful|hurt|hurting|not great|not good|stiff|sensitive|poor|"
    r"isn't great|aren't great|isn't good|aren't good|isn't what it was|aren't what they were|"
    # worn out, said plainly: "my knees are shot", "my back's knackered"
    # (not tired out at the end of a day: "my legs are shot by evening")
    r"(?:shot|knackered|wrecked|ruined|worn out)"
    r"(?! (?:by|after(?! (?:years|decades|a lifetime|all those years) of)|at|from|come|today|tonight|this)\b)|"
    r"not what (?:it|they) used to be)\b",
    re.I,
)
"""The state of a part of the body: "My knees are bad", "my hearing isn't great", "my back's knackered"."""


def _only_exercise(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...]:
    """The one exercise the body allows ("Can only walk for exercise"), and the state of the body said with it
    ("I can only walk, my knees are shot")."""
    does = (m.group("what") or _DOES[m.group("alone").lower()]).lower()
    for_what = " for exercise" if does in _DOES.values() else ""  # "Can only walk for exercise"
    only = health_fact(f"Can only {does}{for_what}{m.group('why') or ''}", "exercise")
    body = _BODY_STATE.search(sentence, m.end())
    return (only, _health(body, sentence)) if body else only


_DOES = {"walking": "walk", "swimming": "swim", "cycling": "cycle"}

_WORN = frozenset(
    {
        "shot",
        "knackered",
        "wrecked",
        "ruined",
        "worn out",
        "not what it used to be",
        "not what they used to be",
    }
)
"""A part of the body worn out, said plainly: a bad one."""


def _health(m: re.Match[str], sentence: str) -> Candidate:
    """The state of a part of the body or a level: "Has bad knees", "Has high blood pressure" (said "on
    the higher side" too), with the reading said right after it ("Has high blood pressure (145/92)")."""
    part, state = m.group("part").lower(), m.group("state").lower()
    state = {"higher side": "high", "lower side": "low"}.get(state, state)
    state = "poor" if state.startswith(("isn't", "aren't")) else state  # "my hearing isn't great"
    state = "bad" if state in _WORN else state  # "my knees are shot": "Has bad knees"
    reading = _READING_AFTER.match(sentence[m.end() :])
    said = f" ({reading.group('value')})" if reading else ""
    return health_fact(f"Has {state} {part}{said}", part)


_LEVELS = {"bp": "blood pressure", "a1c": "HbA1c", "hba1c": "HbA1c", "bmi": "BMI"}
"""A level's name as a memory says it ("my BP is 150/95": "Blood pressure is 150/95")."""


def _reading(m: re.Match[str], sentence: str) -> Candidate:
    """A level's reading: "Blood pressure is 145/92", "Resting heart rate is 72"."""
    part = " ".join(m.group("part").lower().split())
    named = _LEVELS.get(part, part)
    return health_fact(f"{first_up(named)} is {m.group('value')}", named)


def _condition(m: re.Match[str], sentence: str) -> Candidate:
    """A condition the user lives with, had, or has in the family: "Has asthma", "Had cancer",
    "Family history of heart disease"."""
    said = as_named(m.group("cond").strip())
    what = re.sub(
        r"^(?:an?|the|type [12]|mild|severe|chronic|bad|borderline|two|three|four|several|a few|multiple|terrible|"
        r"awful|dreadful|horrendous|horrible|really bad|quite bad|pretty bad) ",
        "",
        said,
        flags=re.I,
    )
    verb = re.sub(
        r"^(?:also|still|now|always|usually|often|just|recently) ",
        "",
        (m.groupdict().get("verb") or "").strip().lower(),
    )
    if m.groupdict().get("family"):
        return Candidate(
            f"Family history of {said}", MemoryKind.FACT, f"health:family_{topic_value(what)}", importance=0.7
        )
    if said.lower().endswith(("sick", "sickness")) and verb.startswith(
        "get"
    ):  # "I get motion sick", "seasick"
        text = f"Gets {said}"
    elif verb == "had" or (
        verb.endswith("had") and re.search(r"(?:operation|surger|replacement)", said, re.I)
    ):
        text = f"Had {said}"
    elif "recover" in verb or verb.endswith((" out from", " on from", " post", " after")):
        text = f"Recovering from {said}"
    elif "waiting" in verb:  # "I'm on a waiting list for a hip replacement"
        text = f"Waiting for {said}"
    else:
        text = f"Has {said}"
    return health_fact(text + re.sub(r" in my ", " in the ", m.groupdict().get("where") or ""), what)


def _condition_of(m: re.Match[str], sentence: str) -> Candidate:
    """A condition said as what the user is: "I'm asthmatic", "I'm five months pregnant"."""
    said = re.sub(r"\bmy\b", "the", m.group("what").strip(), flags=re.I)  # "deaf in the left ear"
    word = said.split()[-1] if said.lower().endswith("pregnant") else said
    word = "diabetes" if re.match(r"(?:a )?type [12] diabetic$", word, re.I) else word  # as "type 1 diabetes"
    said = re.sub(r"^a (?=type)", "", said, flags=re.I)
    how = (m.groupdict().get("how") or "").lower()  # "partially deaf": how much says what it is
    return health_fact(f"Is {how}{said}", word)


def _easily(m: re.Match[str]) -> Candidate:
    """How the user's body reacts: "Bruises easily", "Gets cold easily", "Always cold"."""
    what = (m.group("what") or "").lower()
    if not what:
        text, topic = f"Always {m.group('always').lower()}", m.group("always")
    elif what.startswith("get "):
        text, topic = f"Gets {what[4:]} easily", what.split()[-1]
    elif " " in what:  # "feel the cold"
        text, topic = "Feels the cold easily", "cold"
    else:
        text, topic = f"{what.capitalize()}s easily", what
    return health_fact(text, topic)


def _injury(m: re.Match[str], sentence: str) -> Candidate:
    """An injury, with what the user said of it ("Tore ACL playing soccer in March")."""
    part = m.group("part")
    rest = re.split(r"[,;]| but | so | and (?=I\b)", sentence[m.end() :], maxsplit=1)[0].strip(" .!?")
    text = " ".join(w for w in (m.group("verb").capitalize(), f"{m.group('side') or ''}{part}", rest) if w)
    return health_fact(text, part)


_NOT_A_FEAR = re.compile(
    r"\b(?:my|your|his|her|their|our|what|that|how|it|this|these|those|him|them|you|he|she|they|we|"
    r"everything|anything|something|nothing|people|someone|somebody)\b",
    re.I,
)
"""What being afraid of is no fear of a thing the assistant could bring up: a worry ("afraid of losing my
job", "scared of what people think"), or something pointed at ("That scares me")."""


def _fear(m: re.Match[str], sentence: str) -> Candidate | None:
    said = next(v for k, v in m.groupdict().items() if k.startswith("o") and v)
    obj = as_named(clean(re.sub(r"\s+(?:ever|lol|haha|though|honestly|tbh)\W*$", "", said, flags=re.I)))
    if not obj or len(obj.split()) > 4 or _NOT_A_FEAR.search(obj):
        return None
    return fear_fact(f"Afraid of {obj}", obj)


def _eyesight(m: re.Match[str]) -> str:
    """What the user said of their eyes, in their words: "Can't read small print without glasses",
    "Wears glasses", "Needs reading glasses for driving", "Is short-sighted"."""
    if m.group("aid"):
        what = f"{m.group('what')} " if m.group("what") else ""
        return f"Can't {m.group('do').lower()} {what}without {m.group('aid').lower()}"
    if m.group("a2"):
        verb = "Wears" if m.group("verb").lower() == "wear" else "Needs"
        return f"{verb} {m.group('a2').lower()}{(m.group('for') or '').lower()}"
    if m.group("sight"):
        return f"Is {m.group('sight').lower()}"
    return f"Eyesight is {m.group('worse').lower()}"


def _one_side(m: re.Match[str], sentence: str) -> str:
    """What the user can use of a hand, an arm, an eye, with since when ("Can only use one hand properly
    since my stroke last year")."""
    said = re.sub(r"^I(?:'ve| have)? ", "", m.group(0)).strip()
    since = re.match(r"(?:since|after) [^,]+?(?=,?\s+I\b)", sentence, re.I)
    return first_up(f"{said} {since.group(0).lower()}" if since else said)


def _on_diet(diet: str) -> Candidate:
    """A diet the user follows: "On a keto diet", "Keeps kosher"."""
    diet = re.sub(r"^(?:a|the) | diet$", "", diet.strip(), flags=re.I)
    if diet.lower() in ("kosher", "halal"):
        return Candidate(f"Is {diet.lower()}", MemoryKind.FACT, "diet", importance=0.8)
    text = f"Does {diet}" if diet.lower() == "intermittent fasting" else f"On a {diet} diet"
    return Candidate(text, MemoryKind.FACT, "diet", importance=0.8)


def _intolerance(what: str) -> Candidate | None:
    """An intolerance the user has, as being intolerant reads it: lactose is a diet ("Is lactose
    intolerant"), any other food what upsets their body ("Gluten intolerant")."""
    what = what.lower()
    if what == "lactose":
        return diet_fact("lactose intolerant")
    return None if what in ("food", "an", "a") else sensitive_fact(f"{what.capitalize()} intolerant", what)


def _lives_with(m: re.Match[str]) -> Candidate | tuple[Candidate, ...]:
    """Whom the user lives with ("Lives alone"), and the animal they live alone with ("I live alone with my
    cat": a cat too)."""
    lives = Candidate(
        f"Lives {_MY.sub('their', m.group('how'))}", MemoryKind.FACT, "housing:lives_with", importance=0.7
    )
    if not m.group("pet"):
        return lives
    pet = re.sub(r"^(?:my|our) ", "a ", m.group("pet"), flags=re.I)
    return lives, Candidate(
        f"Has {pet}", MemoryKind.FACT, f"pet:{topic_value(pet.split()[-1])}", importance=0.6
    )


def _without(m: re.Match[str], sentence: str) -> Candidate:
    """What the household has not got, keyed by it (``household:no_oven``)."""
    return has_no(next(m.group(g) for g in ("obj", "o2", "o3", "o4", "o5", "o6", "o7") if m.group(g)).lower())


def has_no(what: str) -> Candidate:
    """What the household has not got ("Has no oven"), keyed by it (``household:no_oven``)."""
    said = re.sub(r"\b(?:tv|wi-?fi)\b", lambda w: {"tv": "TV"}.get(w.group(0), "Wi-Fi"), what)  # "Has no TV"
    return Candidate(f"Has no {said}", MemoryKind.FACT, f"household:no_{topic_value(what)}", importance=0.7)


def _as_said_of_them(said: str) -> str:
    """What the user said of themselves, as a memory reads it: "I work best in the evenings" -> "Works best
    in the evenings", "I'm sharpest in the morning" -> "Is sharpest ..."; other words as they are."""
    if first := re.match(r"I(?:'m| am) |I ", said):
        verb = "be " if first.group(0) != "I " else ""
        return first_up(third_person(verb + said[first.end() :]))
    return first_up(said)


_SMOKES = {
    "": "Smokes",
    "heavy": "Smokes heavily",
    "light": "Smokes lightly",
    "social": "Smokes socially",
    "occasional": "Smokes now and then",
    "ex-": "Used to smoke",
    "former": "Used to smoke",
}
"""How the user smokes, as "I'm a heavy smoker" says it."""


_FLOOR = (
    r"\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\w+teenth|twentieth|top|ground|basement"
)
_LIFTLESS = re.compile(
    r"^(?:,\s*|\s+)(?:and |but |with |so )?(?:there(?:'s| is) |we have |I have |we've got |it has )?no "
    r"(?P<lift>lift|elevator)\b",
    re.I,
)


def _floor(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    """The floor the user lives on ("Our flat is on the fourth floor"), and a lift the building lacks when
    said with it ("... and there's no lift", "a fourth-floor walk-up"): what a delivery has to allow for."""
    floor = (m.group("floor") or m.group("f2")).lower()
    liftless = _LIFTLESS.match(sentence[m.end() :])
    if (m.group("be") or " live") != " live" and not liftless:
        return None  # "I'm on the third floor" may be where they are now; with "no lift", it is home
    on = Candidate(f"Lives on the {floor} floor", MemoryKind.FACT, "housing:floor", importance=0.7)
    if m.group("f2") or liftless:
        return on, has_no(liftless.group("lift").lower() if liftless else "lift")
    return on


_HARD_FOR_ME = re.compile(
    # (a doing said hard, without "for me", is a remark: "Losing a pet is tough")
    r"^(?!(?!(?:any|some|every|no)thing\b)\w+ing\b(?!.* for me\b))"
    r"(?P<obj>(?!(?:it|this|that|things|life|everything|work|today|it all|so|and|but|then)\b)[a-z][\w\s'-]{2,30}?)"
    # (not what is hard to the touch: "Our tap water is very hard", "The mattress is too hard")
    r"(?<!water)(?<!floor)(?<!ground)(?<!mattress)(?<!bed)(?<!soil)(?<!pillow) (?:is|are) "
    rf"{HARD_EN}(?: for me\b|\s*[.!]?\s*$)",
    re.I,
)
"""What the user finds hard, said of it ("Phone calls are hard for me", "Maths is really hard for me"; "(my
hands shake, so) anything fiddly is hard", the whole clause)."""


_LONG_DAY = (
    r"(?:all day(?: long)?|(?:for )?(?:\d{1,2}|six|seven|eight|nine|ten|eleven|twelve)(?:-plus| or more)? hours"
    r" (?:a|per|every) day)"
)
"""How long of each day ("all day", "ten hours a day")."""


def _on_the_day(m: re.Match[str], sentence: str) -> Candidate:
    """How the user's day is spent sitting or on their feet ("Sits at a desk all day"): a coach allows for it."""
    if m.group("desk"):
        return Candidate("Has a desk job", MemoryKind.FACT, "work:sitting", importance=0.7)
    if m.group("steps"):
        return Candidate(f"Walks {m.group('steps')}", MemoryKind.FACT, "work:standing", importance=0.7)
    sits = bool(m.group("sit"))
    where = f" {m.group('at').strip()}" if m.group("at") else ""
    said = f"Sits{where} {m.group('long')}" if sits else f"Is on their feet {m.group('long2')}"
    return Candidate(said, MemoryKind.FACT, "work:sitting" if sits else "work:standing", importance=0.7)


def _ended(said: str, what: str) -> Candidate:
    """A habit that ended ("Stopped running", "Used to play tennis"), of the topic it ends ("Runs ...")."""
    return Candidate(
        said, MemoryKind.FACT, f"habit:{topic_value(what)}", polarity=-1, importance=0.6, change=True
    )


_SLEEPS_WHEN = {"mornings": "in the mornings", "afternoons": "in the afternoons", "days": "during the day",
                "the day": "during the day"}  # fmt: skip
"""When the user sleeps, said as the part of the day that is when they do ("mornings are when I sleep")."""


def _colours(of: str | None, what: str) -> Candidate:
    """An occasion's or a room's colours ("The wedding's colours are sage green"), or those of what the user
    just named ("The colour scheme is sage green")."""
    said = f"The {of.lower()}'s colours are" if of else "The colour scheme is"
    return Candidate(
        f"{said} {what.strip()}",
        MemoryKind.FACT,
        f"plan:{topic_value(of)}_colour" if of else "plan:colour",
        importance=0.6,
    )


def _season_ticket(team: str) -> Candidate:
    """A team the user follows to its ground ("Has a season ticket at Leeds"), a liking of the team."""
    return Candidate(f"Has a season ticket at {team}", MemoryKind.PREFERENCE, f"likes:{topic_value(team)}")


def _runs_on(what: str) -> Candidate:
    """What the home runs on, as a memory keeps it: "Home is on a septic tank", "Home is on well water"."""
    said = what if what.startswith("a ") or what.endswith("water") else f"{a_or_an(what)} {what}"
    return Candidate(f"Home is on {said}", MemoryKind.FACT, f"housing:{topic_value(what)}", importance=0.7)


def _as_named(membership: str) -> str:
    """A membership as a memory says it: lower case, but a scheme the user named with a capital keeps it
    ("I'm a Plus member": "Is a Plus member"; "I'm a Gold member" too; "I'm a member": "member")."""
    return " ".join(w if w[:1].isupper() and w.lower() != "member" else w.lower() for w in membership.split())


_VEHICLES = r"car|van|motorbike|motorcycle|campervan|motorhome|SUV|people carrier|pickup truck|pick-up truck"
"""What a vehicle the user has is called without its make ("I've got a van")."""
_DRIVEN = (
    rf"{_VEHICLES}|hatchback|estate|saloon|minivan|pickup|pick-up|convertible|automatic|manual|hybrid|EV|"
    r"scooter|moped"
)
"""What a vehicle the user drives is called ("I drive a small hatchback", "I drive an automatic"; not "a
taxi", "a bus", which is a job at the wheel)."""
_CAR_SORTS = (
    r"(?:(?:new|old|used|second-hand|little|small|big|tiny|huge|electric|hybrid|diesel|petrol|manual|automatic|"
    r"red|blue|black|white|silver|grey|gray|green|ancient|battered|trusty|beloved|company|\d{4}) )*"
)
"""What may stand before a vehicle's name ("an old", "a second-hand electric")."""


def _car(m: re.Match[str], sentence: str) -> Candidate | None:
    """What the user drives or has, in their words ("Drives a Prius", "Has a van", "Drives an old Ford
    Focus"); not news of one ("I have a new car")."""
    what = re.sub(r"\s+", " ", m.group("car") or m.group("driven") or m.group("has") or m.group("make"))
    if m.group("has") and what.startswith("new "):
        return None
    has = m.group("has")  # (a car named by its make is driven: "I've got a Fiat 500")
    return Candidate(
        f"{'Has' if has else 'Drives'} {a_or_an(what)} {what}", MemoryKind.FACT, "device:car", importance=0.7
    )


LIVING_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "I'm on a pay-as-you-go plan", "I'm on a SIM-only deal": the phone plan the user is on
        re.compile(
            r"^I(?:'m| am) on (?:a |an )?(?P<what>pay[- ]as[- ]you[- ]go|sim[- ]only|rolling monthly|unlimited data|"
            r"24[- ]month|prepaid) (?:plan|deal|contract|tariff|sim)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"On {a_or_an(m.group('what'))} {m.group('what').lower()} plan",
            MemoryKind.PREFERENCE,
            f"uses:{topic_value(m.group('what'))}",
            importance=0.7,
        ),
    ),
    (  # "I only have Sunday afternoons free (these days)": when the user is free
        re.compile(
            r"^I (?:only |just )?have (?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|weekday)"
            # (not "I only have Sundays off": the days off, read where they are)
            r"(?: mornings?| afternoons?| evenings?| nights?)?s?|evenings|mornings|lunchtimes) free\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Only free {day_cased(m.group('when'))}", MemoryKind.FACT, "schedule:free_time", importance=0.7
        ),
    ),
    (  # "I'm not allowed dairy any more, (my doctor says ...)": what the user may not have
        re.compile(
            r"^I(?:'m| am) (?:not|no longer) allowed (?!to\b)(?P<what>[\w -]{2,25}?)(?: any ?more| now)?(?=\s*$|\s*[,.;!?])",
            re.I,
        ),
        lambda m, s: kept_from(f"Not allowed {m.group('what')}", "avoids", m.group("what")),
    ),
    (  # "I've dropped to four days a week", "I've gone down to three days": the days worked now
        re.compile(
            r"^I(?:'ve| have)? (?:just |recently )?(?:dropped|gone down|cut down|cut back|moved|switched|gone up) to "
            r"(?P<n>one|two|three|four|five|\d) days(?: a week)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Works {m.group('n')} days a week", MemoryKind.FACT, "work:days", importance=0.6
        ),
    ),
    (  # "I've moved into management", "I've been promoted to team lead": the job now
        re.compile(
            r"^I(?:'ve| have)? (?:just |recently )?(?:moved into|gone into|been promoted to|got promoted to|stepped up to) "
            r"(?P<what>management|a management role|(?:a |an )?(?:team lead|manager|senior|head|supervisor)[\w -]{0,20}?)"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:so|and|but)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(m.group(0)[m.group(0).index(" ") + 1 :]).replace("'ve ", ""),
            MemoryKind.FACT,
            "job",
            importance=0.7,
        ),
    ),
    (  # "I've just had my braces fitted": what the mouth has now, what food must allow for
        re.compile(
            r"^I(?:'ve| have)? (?:just |recently )?had (?:my )?braces(?: fitted| put on| on)?\b", re.I
        ),
        lambda m, s: health_fact("Has braces", "brace"),
    ),
    (  # "(I used to be vegetarian but) I eat fish now": what is eaten now, after a diet given up
        re.compile(
            r"^I (?:eat|have|'ve started eating|started eating) (?P<what>fish|meat|seafood|chicken|dairy|eggs) "
            r"(?:now|again|these days|nowadays)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Eats {m.group('what').lower()} now", MemoryKind.FACT, "diet", importance=0.8
        ),
    ),
    (  # "I've recently become a school governor", "I've just become a grandmother": who the user now is
        re.compile(
            r"^I(?:'ve| have) (?:just |recently |now |finally )?become (?:a |an )(?P<what>[\w -]{3,30}?)"
            r"(?=\s*$|\s*[,.;!?]| (?:at|for|in|this|last)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is {a_or_an(m.group('what'))} {m.group('what')}",
            MemoryKind.FACT,
            f"role:{topic_value(m.group('what'))}",
            importance=0.7,
        ),
    ),
    (  # "I've started meal prepping on Sundays", "I batch cook on Sundays": the week's food made ahead
        re.compile(
            r"^I(?:'m| am|'ve| have)? (?:now |usually |always |started |begun )?(?:meal[- ]prep(?:ping)?|batch[- ]cook(?:ing)?|"
            r"cook(?:ing)? (?:for|in bulk for) the (?:whole )?week)(?P<when> (?:on|every) (?:mon|tues|wednes|thurs|fri|"
            r"satur|sun)days?)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Cooks for the week ahead{day_cased(m.group('when') or '')}",
            MemoryKind.FACT,
            "habit:meal_prep",
            importance=0.6,
        ),
    ),
    (  # "We switched from Sky to Netflix last month": the service or make used now (not a career: read above)
        re.compile(
            # (not a move: "I moved from London to Berlin", read where a home is)
            r"^(?:I|we)(?:'ve| have)? (?:just |recently |finally )?(?:switched|changed) (?:over )?from "
            r"(?P<from>[\w &+'-]{2,25}?) to (?P<to>[A-Z][\w &+'-]{1,25}?)"
            r"(?=\s*$|\s*[,.;!?]| (?:last|this|a few|in|and|because|since)\b)",
            re.I,
        ),
        lambda m, s: (
            Candidate(
                f"Switched from {m.group('from')} to {m.group('to')}",
                MemoryKind.PREFERENCE,
                f"uses:{topic_value(m.group('to'))}",
                importance=0.7,
            )
            if m.group("to")[:1].isupper()
            else None
        ),
    ),
    (  # "We've downsized to a two-bed flat", "We've just moved into a bungalow": the home now
        re.compile(
            r"^(?:I|we)(?:'ve| have)? (?:just |recently |finally )?(?P<how>downsized|upsized|moved) (?:in)?to (?:a |an )"
            r"(?P<home>(?:(?:tiny |small |little |bigger |smaller )?(?:(?:one|two|three|four|1|2|3|4)[- ]bed(?:room)?"
            r"(?:ed)? )?(?:flat|house|bungalow|apartment|studio|maisonette|terrace|semi|cottage|place)))\b"
            # (not what it lacks: "... a flat with no outdoor space", read where that is)
            r"(?=\s*$|\s*[,.;!?]| (?:in|near|on|last|this|and)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"{m.group('how').capitalize()} to {a_or_an(m.group('home'))} {m.group('home').lower()}",
            MemoryKind.FACT,
            "housing:type",
            importance=0.7,
        ),
    ),
    (  # "I've just bought an electric bike", "I ride an e-bike": how the user gets about
        re.compile(
            r"^I(?:'ve| have)? (?:just |recently |finally )?(?:bought|got|got myself|have|own|ride) "
            r"(?:a |an |my own |a new |an old )?(?P<what>(?:electric|e-|folding|road|mountain|cargo|new|second-hand) ?"
            r"(?:bike|bicycle|scooter)|e-bike|ebike|bike|bicycle|motorbike|moped|scooter)\b"
            r"(?! (?:lock|helmet|rack|light|lights|pump|seat|bell|rental|insurance))",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Has {a_or_an(m.group('what'))} {m.group('what').lower()}",
            MemoryKind.FACT,
            "device:bike",
            importance=0.7,
        ),
    ),
    (  # "I've taken up the cello again", "I've taken up running": a pastime begun
        re.compile(
            r"^I(?:'ve| have)? (?:just |recently |finally )?(?:taken|took) up (?P<the>the |a )?(?P<what>[\w -]{3,25}?)"
            r"(?P<again> again)?(?= after\b| this\b| last\b|\s*$|\s*[,.;!?])",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Has taken up {m.group('the') or ''}{m.group('what')}{m.group('again') or ''}",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('what'))}",
            importance=0.6,
        ),
    ),
    (  # "I stopped taking sugar in my tea", "I don't take milk in my coffee": how a drink is had
        re.compile(
            r"^I(?:'ve)? (?:stopped|gave up|given up|quit|don't|do not|no longer|never) (?:take |taking |have |having |"
            r"put |putting )(?P<what>sugar|milk|sweetener|honey|cream) (?:in|with) (?:my )?(?P<in>tea|coffee|porridge|"
            r"cereal)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"No {m.group('what').lower()} in {m.group('in').lower()}",
            MemoryKind.PREFERENCE,
            f"avoids:{topic_value(m.group('what'))}",
            polarity=-1,
            importance=0.7,
        ),
    ),
    (  # "(Our house is a bit of a mess,) we've got builders in until March": work on the home, for a while
        re.compile(
            r"\b(?:we|I)(?:'ve| have)? got (?:the )?(?P<who>builders|decorators|workmen|plumbers|contractors|roofers) in"
            r"(?P<until> (?:until|till|for) [^,.;!?]+)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Has {m.group('who').lower()} in{m.group('until') or ''}",
            MemoryKind.EVENT,
            "household:works",
            importance=0.6,
        ),
    ),
    (  # "I'm not very confident driving on motorways", "I'm a nervous driver": what a route has to allow for
        re.compile(
            r"^I(?:'m| am) (?:not (?:very |that |too |really |a |the most )?(?:confident|comfortable|happy)(?: driving| "
            r"behind the wheel| on the road)(?P<where> (?:on|in|at) [^,.;!?]{2,25})?|(?:not (?:a |the )?(?:very |most )?"
            r"confident|a nervous|a new|an anxious|a hesitant) driver)(?=\s*$|\s*[,.;!?]|\s+(?:and|so|but)\b)",
            re.I,
        ),
        lambda m, s: Candidate(first_up(m.group(0)[4:]), MemoryKind.FACT, "weak:driv", importance=0.7),
    ),
    (  # "I'm between jobs", "I'm out of work at the moment": no job now
        re.compile(
            r"^I(?:'m| am) (?:currently |now |still )?(?P<what>between jobs|out of work|unemployed|job ?hunting|"
            r"looking for (?:a )?(?:new )?(?:job|work))(?=\s*$|\s*[,.;!?]|\s+(?:at the moment|right now|and|so|but)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(m.group("what").lower()), MemoryKind.FACT, "work:status", importance=0.7
        ),
    ),
    (  # "We're a pretty sporty family", "We're an outdoorsy household": what the household is like
        re.compile(
            r"^we(?:'re| are) (?:a |an )?(?:very |really |pretty |quite |big )?(?P<what>sporty|outdoorsy|active|musical|"
            r"foodie|bookish|arty|creative|gaming|football|dog|cat) (?:family|household|lot|bunch)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Family is {m.group('what').lower()}",
            MemoryKind.FACT,
            f"household:{m.group('what').lower()}",
            importance=0.7,
        ),
    ),
    (  # "We're on a tight budget this month", "I haven't got much of a budget, fifty quid": money kept tight
        re.compile(
            r"^(?:I|we)(?:'m| am|'re| are) (?:on|working with|working to) (?:a |quite a |a very |a really )?(?:tight|"
            r"small|limited|shoestring|strict) budget(?P<when> (?:this|next|for the) (?:week|month|year))?"
            r"|^(?:I|we) (?:haven't|have not|don't have|do not have)(?: got)? (?:much of a budget|much money|a big budget|"
            r"much to spend)(?P<much>,? (?:maybe |about |around |only |just )?(?:[£$€]\d[\d,.]*|\d[\d,.]* (?:pounds|quid|"
            r"dollars|euros)|\w+ (?:pounds|quid|dollars|euros)))?",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(re.sub(r"^(?:I|we)(?:'m| am|'re| are) |^(?:I|we) ", "", m.group(0), flags=re.I)),
            MemoryKind.FACT,
            "budget:general",
            importance=0.7,
        ),
    ),
    (  # "I read mostly on the train", "I listen to podcasts in bed": where and when the user reads or listens
        re.compile(
            # (not "I only read on my Kindle": what alone is used)
            r"^I (?:mostly |mainly |usually |always |tend to |normally )?(?P<verb>read|listen to (?:podcasts|"
            r"audiobooks|music)|watch (?:things|shows|tv|series|films)|study|revise)(?: (?:mostly|mainly|usually))? "
            r"(?P<where>on (?:the|my) (?:train|bus|tube|commute|phone|kindle|ipad|tablet|lunch break)|in bed|before bed|"
            r"at lunch(?:time)?|in the bath|while cooking)(?=\s*$|\s*[,.;!?]|\s+(?:and|so|but)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(third_person(m.group(0)[2:]).replace(" my ", " their ")),
            MemoryKind.FACT,
            f"habit:{topic_value(m.group('verb').split()[0])}",
            importance=0.6,
        ),
    ),
    (  # "I have a YouTube channel", "I mostly edit video for my YouTube channel": what the user makes and runs
        re.compile(
            r"^I (?:have|run|'ve got|own|started|set up) (?:a|my own) (?P<what>(?:youtube|twitch|tiktok|instagram) "
            r"(?:channel|account)|podcast|blog|etsy shop|newsletter|substack)\b(?: about [^,.;!?]{2,30})?"
            r"|^I (?:mostly |mainly |usually |also )?(?:edit|make|film|shoot|record|write|post)[^,.;!?]{0,25}? for my "
            r"(?:own )?(?P<w2>(?:youtube|twitch|tiktok|instagram) (?:channel|account)|podcast|blog|etsy shop|newsletter|"
            r"substack)\b(?: about [^,.;!?]{2,30})?",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(third_person(m.group(0)[2:]).replace(" my ", " their ")),
            MemoryKind.FACT,
            f"project:{topic_value(m.group('what') or m.group('w2'))}",
            importance=0.6,
        ),
    ),
    (  # "I'm switching from nursing into software testing", "I'm changing careers": a change of career under way
        re.compile(
            # (a career: named, or from a trade, "nursing", "retail"; not "from London to Leeds", "from iPhone to
            # Android", "from running to swimming")
            r"^I(?:'m| am) (?:currently |slowly |now |in the middle of |trying to )?(?:(?:switching|moving|changing|"
            r"transitioning|making the (?:switch|move)) (?:careers?|jobs?|fields?) from (?P<from>[\w -]{2,30}?)"
            r"|(?:switching|changing|transitioning|moving) from (?P<trade>nursing|teaching|accounting|banking|marketing|"
            r"engineering|consulting|retail|hospitality|law|medicine|finance|sales|journalism|social work|care work|"
            r"admin|academia|the army|the police|the forces|the nhs|(?:a |an )?[\w-]+ job))"
            r" (?:in)?to (?P<to>[\w -]{2,30}?)(?=\s*$|\s*[,.;!?])"
            r"|^I(?:'m| am) (?:currently |now |in the middle of |thinking of |trying to )?(?:changing|switching) careers?\b",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(re.sub(r"^I(?:'m| am) ", "", m.group(0))),
            MemoryKind.EVENT,
            f"goal:career_{topic_value(m.group('to'))}" if m.group("to") else "goal:career",
            importance=0.7,
        ),
    ),
    (  # "I'm not very technical": explanations kept plain (as "I'm not good with computers", read where what
        # the user is not good with is)
        re.compile(
            r"^(?:sorry,? |honestly,? |to be honest,? )?I(?:'m| am) (?:not (?:very |that |too |particularly |really |"
            r"at all |the most |exactly )?|no )(?P<what>technical|techy|tech-savvy|tech savvy|computer[- ]literate)\b"
            r"|^I(?:'m| am) (?:a )?(?:total |complete |bit of a )?technophobe\b",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(
                re.sub(
                    r"^(?:sorry,? |honestly,? |to be honest,? )?I(?:'m| am) ", "Is ", m.group(0), flags=re.I
                )
            ),
            MemoryKind.FACT,
            "weak:tech",
            importance=0.7,
        ),
    ),
    (  # "I'm away for work three nights a week": nights the user is not at home
        re.compile(
            r"^I(?:'m| am) (?:usually |often |normally |also )?away (?:for work|on business|with work|on the road) "
            r"(?P<much>[^,.;!?]{2,30}?(?:a week|a month|per week|per month|most weeks|every week|every month))",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(m.group(0)[m.group(0).index("away") :]), MemoryKind.FACT, "work:travel", importance=0.6
        ),
    ),
    (  # "I get paid weekly in cash from the restaurant": how the user's pay comes in
        re.compile(
            r"^I(?:'m| am)? (?:usually |always )?(?:get |am )?paid (?P<how>weekly|monthly|fortnightly|daily|hourly|"
            r"every (?:two weeks|fortnight|week|month|friday)|by the hour|cash in hand|in cash)"
            r"(?P<rest>(?: in cash| cash in hand)?(?: (?:from|at|by) [^,.;!?]{2,30})?)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Gets paid {m.group('how')}{m.group('rest').replace(' my ', ' their ')}",
            MemoryKind.FACT,
            "work:pay",
            importance=0.6,
        ),
    ),
    (  # "I work until seven most days", "I usually finish work at 6pm", "I start work at 8": the working day's
        # ends (not "I worked until midnight yesterday")
        re.compile(
            r"^I (?:usually |normally |generally |often |always |mostly )?(?P<what>work until|work till|work late until|"
            r"finish work at|finish at|get off work at|get out of work at|clock off at|knock off at|start work at|"
            r"start at|clock in at)\s+(?P<t>(?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?|one|two|three|four|five|six|seven|"
            r"eight|nine|ten|eleven|twelve|noon|midnight|half (?:past )?\w+)(?: ?(?:am|pm|o'clock|in the evening|in the "
            r"morning))?)(?P<when> (?:most days|every day|most nights|on weekdays|during the week|most weekdays|"
            r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)days))?(?=\s*$|\s*[,.;!?]|\s+(?:so|but|and)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(
                re.sub(
                    r"^(?:work|finish|get|clock|knock|start)",
                    lambda v: f"{v.group(0)}s",
                    m.group("what").lower(),
                ).replace("finishs", "finishes")
            )
            + f" {m.group('t')}{m.group('when') or ''}",
            MemoryKind.FACT,
            "work:start" if m.group("what").lower().startswith(("start", "clock in")) else "work:end",
            importance=0.6,
        ),
    ),
    (  # "The colour scheme for our wedding is sage green", "our wedding colours are navy and gold"
        re.compile(
            r"^(?:the |our |my )?(?:colou?r scheme|colou?r palette|colou?rs|theme colou?rs?) (?:for|of) (?:our|my|the) "
            r"(?P<for>[\w' -]{3,25}?) (?:is|are|will be|'s) (?P<what>[^,.;!?]{3,40})"
            r"|^(?:our|my) (?P<f2>wedding|party|nursery|kitchen|bedroom|living room)(?:'s)? colou?rs? (?:scheme )?"
            r"(?:is|are|will be) (?P<w2>[^,.;!?]{3,40})"
            # "(We're getting married in June and) the colour scheme is sage green": of what was just said
            r"|^(?:the|our) colou?r (?:scheme|palette|theme) (?:is|'s|will be) (?P<w3>[^,.;!?]{3,40})",
            re.I,
        ),
        lambda m, s: _colours(
            m.group("for") or m.group("f2"), m.group("what") or m.group("w2") or m.group("w3")
        ),
    ),
    (  # "Our only car is a tiny two-seater", "my car's an old Fiesta": what the user drives
        re.compile(
            r"^(?:our|my) (?:only |one |family |little |old )?car(?: is|'s) (?P<car>(?:a|an|just a|only a) [^,.;!?]{2,30})",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Car is {re.sub(r'^(?:just|only) ', '', m.group('car').strip(), flags=re.I)}",
            MemoryKind.FACT,
            "device:car",
            importance=0.7,
        ),
    ),
    (  # "I've got a season ticket at Leeds", "I'm a season ticket holder at Spurs": a team followed
        re.compile(
            r"\bI(?:'ve| have)(?: got)? (?:a |two )?season tickets? (?:at|for) (?P<team>[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3})"
            r"|\bI(?:'m| am) an? season[- ]ticket holder (?:at|for) (?P<t2>[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,3})"
        ),
        lambda m, s: _season_ticket((m.group("team") or m.group("t2")).rstrip(".")),
    ),
    (  # "My driving licence is suspended until the spring", "I'm banned from driving": no driving, for now
        re.compile(
            r"\bmy (?:driving |driver'?s'? )?licen[cs]e (?:is|'s|has been|got|was) (?:suspended|revoked|taken away)"
            r"(?P<until> (?:until|till|for) [^,.;!?]+)?"
            r"|\bI(?:'m| am| have been|'ve been) (?:banned|disqualified) from driving(?P<u2> (?:until|till|for) [^,.;!?]+)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Can't drive, licence suspended{m.group('until') or m.group('u2') or ''}",
            MemoryKind.FACT,
            "weak:drive",
            importance=0.7,
        ),
    ),
    (  # "(..., and) have to stay within two hours of the hospital": how far the user may go
        re.compile(
            r"(?:^|\bI )(?:have to|need to|must|'ve got to|have got to) (?:stay|be|live|remain) within "
            r"(?P<far>[^,.;!?]{2,30}?) of (?P<where>(?:the |my |our )?[^,.;!?]{2,30})",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Has to stay within {m.group('far')} of {m.group('where').strip()}",
            MemoryKind.FACT,
            "limits:distance",
            importance=0.8,
        ),
    ),
    (  # "I'm home most days": when the user is in (for a delivery, a visit, a call)
        re.compile(
            r"\bI(?:'m| am) (?:usually |mostly |always |generally )?(?:at )?home (?P<when>most days|all day|during the "
            r"day|every day|in the mornings|in the afternoons|on weekdays|weekdays)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is home {m.group('when').lower()}", MemoryKind.FACT, "schedule:home", importance=0.7
        ),
    ),
    (  # "(I'm a carer, so) I can't always get to the door quickly": what a delivery must allow for
        re.compile(
            r"(?:\bI |^)(?P<said>(?:can't|cannot|'m not able to|am not able to|'m slow to|take a while to)(?: always)? "
            r"(?:get|make it|come) to the door(?: quickly| fast| in time)?)",
            re.I,
        ),
        lambda m, s: Candidate(first_up(m.group("said")), MemoryKind.FACT, "limits:door", importance=0.8),
    ),
    (  # "I'm up at 4 and in bed by 9": when the user's day starts and ends
        re.compile(
            r"\bI(?:'m| am) (?:usually |always |normally )?up (?P<up>(?:at|by|before) (?:about |around )?"
            r"\d{1,2}(?::\d\d)?(?: ?[ap]\.?m\b)?)(?: (?:and|,) (?:I'm )?(?:in bed|asleep) (?P<bed>(?:at|by|before) "
            r"(?:about |around )?\d{1,2}(?::\d\d)?(?: ?[ap]\.?m\b)?))?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is up {m.group('up')}" + (f" and in bed {m.group('bed')}" if m.group("bed") else ""),
            MemoryKind.FACT,
            "sleep:hours",
            importance=0.7,
        ),
    ),
    (  # "I sit at a desk all day", "I sit for ten hours a day", "I'm on my feet all day", "I have a desk job"
        re.compile(
            r"\bI(?P<sit> (?:usually |basically |pretty much )?sit|'m (?:usually |basically )?(?:sat|sitting)"
            r"| am (?:sat|sitting))"
            r"(?P<at> (?:at|behind|in front of) (?:a|my|the) (?:desk|computer|screen|laptop|wheel))?"
            rf" (?P<long>{_LONG_DAY})"
            rf"|\bI(?:'m| am) (?:on my feet|standing) (?P<long2>{_LONG_DAY})"
            r"|\bI(?:'ve got| have got| have| work) (?P<desk>a desk job|an office job|a desk-based job)\b"
            # "I walk about 20k steps a shift"
            r"|\bI (?:usually |easily )?(?:walk|do|clock up|rack up) (?P<steps>(?:about |around |over |at least )?"
            r"[\d,.]+k?(?: thousand)? steps (?:a|per|every|each) (?:shift|day|working day))",
            re.I,
        ),
        _on_the_day,
    ),
    (  # "I'm living in halls", "We live in a shared house", "I live with four flatmates": a home shared
        re.compile(
            r"\b(?:I|we)(?:'m| am|'re| are)? (?:now |still |currently )?(?:live|living) (?:in (?P<home>(?:student )?halls"
            r"(?: of residence)?|(?:a |an )?(?:student )?(?:house ?share|shared (?:house|flat|apartment)|flat ?share|dorm|"
            r"dorms|student accommodation|hmo))|with (?P<with>(?:\w+ )?(?:flatmates|housemates|roommates)))\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Lives in {m.group('home').lower()}"
            if m.group("home")
            else f"Lives with {m.group('with').lower()}",
            MemoryKind.FACT,
            "housing:type",
            importance=0.7,
        ),
    ),
    (  # "I've got a tiny fridge and one hob to share with 8 people": the kitchen advice must make do with
        re.compile(
            r"\b(?:I|we)(?:'ve| have)? (?P<only>only |just )?(?:got|have) (?P<o2>only |just )?(?P<kit>(?:a|one|a single|"
            r"a tiny|a small|"
            r"a mini|one tiny|one small) (?:tiny |small |mini |shared )?(?:fridge|hob|oven|microwave|kitchen|freezer)"
            r"(?: and (?:a|one|a single|a tiny|a small|a mini|one tiny|one small) (?:tiny |small |mini |shared )?(?:fridge|"
            r"hob|oven|microwave|freezer|kettle))?)(?P<share> to share with [^,.;!?]+| between [^,.;!?]+)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Has {'only ' if m.group('only') or m.group('o2') else ''}{m.group('kit')}"
            f"{re.sub(r' (?:lol|haha)$', '', m.group('share') or '', flags=re.I)}",
            MemoryKind.FACT,
            "household:kitchen",
            importance=0.7,
        ),
    ),
    (  # "I can't kneel since my knee operation", "I can no longer squat": what the body cannot do
        re.compile(
            # "(Since) my hip replacement I can't sit on low chairs": since when, said first
            r"^(?:(?:since|after) )?(?:(?P<since>my [\w\s-]{2,30}?),?\s+)?"
            r"I (?:can't|cannot|can no longer|am unable to|'m unable to|shouldn't) (?P<act>kneel|squat|bend down|"
            r"bend over|crouch|jump|climb stairs|lift (?:anything )?heavy(?: things)?|walk far|"
            r"walk (?:long|any) distances?|walk (?:very )?(?:much|long)|walk (?:for|more than) [\w -]+?(?=$|[,.;!?])|"
            r"stand for long|"
            r"sit for long|sit on (?:low|soft|hard) (?:chairs|sofas|seats|stools)|sit on the floor|twist)\b"
            r"(?P<rest>[^,.;!?]*)",
            re.I,
        ),
        lambda m, s: kept_from(
            f"Can't {m.group('act').lower()}{m.group('rest')}"
            + (f" since {m.group('since')}" if m.group("since") else ""),
            "avoids",
            m.group("act"),
        ),
    ),
    (  # "I can't be away overnight", "I can't leave home for more than a night": when the user must be home
        re.compile(
            r"\bI (?:can't|cannot|can never|'m unable to) (?:be away|stay away|leave (?:home|the house|her|him|them))"
            r"(?: from home)? (?P<how>overnight|for more than (?:a|one|\w+) (?:night|day|hours?)s?|for long|at night)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Can't be away {m.group('how').lower()}", MemoryKind.FACT, "schedule:busy", importance=0.7
        ),
    ),
    (  # "I'm going back to college to do an access course", "I'm returning to uni": study taken up again
        re.compile(
            r"\bI(?:'m| am) (?:now |finally )?(?:going back to|returning to|back at) (?P<where>college|uni|university|"
            r"school|education|studying|study)\b(?P<what> (?:to (?:do|study|take|get)|for) [^,.;!?]+)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Going back to {m.group('where').lower()}{m.group('what') or ''}",
            MemoryKind.FACT,
            "study",
            importance=0.7,
        ),
    ),
    (  # "I haven't written an essay in 25 years": what the user is out of practice at
        re.compile(
            r"^I (?:haven't|have not|hadn't) (?P<verb>written|done|sat|taken|studied|read|played|driven|swum|cooked|"
            r"used) (?P<obj>(?:a|an|any) [\w -]{2,30}?) (?:in|for) (?P<long>(?:over |about |nearly |almost )?"
            r"(?:\d+|a few|several|many|two|three|four|five|ten|twenty) (?:years|decades))\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Hasn't {m.group('verb').lower()} {m.group('obj')} in {m.group('long')}",
            MemoryKind.FACT,
            f"weak:{topic_value(re.sub(r'^(?:a|an|any) ', '', m.group('obj')))}",
            importance=0.6,
        ),
    ),
    (  # "I can do about 30 minutes a day", "I can study 30 minutes a day after school", "I only have an hour a
        # week for this": how much time the user has (not "I walk 30 minutes a day": a habit)
        re.compile(
            rf"\b(?:I|my (?P<kin>{RELATIONS})) (?:can (?:only |just |probably |realistically )?(?P<verb>do|spare|"
            r"manage|study|revise|practi[sc]e|train|exercise|work out|walk|give (?:it|this)|fit in|find)|(?:only |just |"
            r"usually )?(?:have|has|'ve got|have got|has got|gets?))(?: (?P<about>about|around|roughly|up to|maybe|at most|only|just|a good))? (?P<much>(?:\d{1,3}|"
            r"ten|fifteen|twenty|thirty|forty|forty-five|sixty|a few|an|one|two|three)(?:-| )(?:minutes?|mins?|hours?|"
            r"hrs?)|half an hour)(?: or so)?(?: (?:of )?(?:free )?time)?(?P<per> (?:a|per|each|every) (?:day|night|evening|"
            r"morning|week|weekday|lunchtime)|(?: on)? weekdays| at weekends| on weekends)"
            r"(?P<rest> (?:after|before|in the|on|at) [^,.;!?]{1,25}?)?(?=\s*$|\s*[,.;!?]|\s+(?:for|so|but|and|to)\b)",
            re.I,
        ),
        _time_had,
    ),
    (  # "Evenings after 8 are the only time I've got", "Sunday is my only free day": when the user is free
        re.compile(
            r"^(?P<when>(?:mornings?|evenings?|afternoons?|nights?|weekends?|lunchtimes?|(?:mon|tues|wednes|thurs|fri|"
            r"satur|sun)days?)(?: [\w:]+){0,3}?) (?:is|are) (?:really )?(?:the only (?:time|times|window) I(?:'ve got| have| "
            r"get)(?: free)?|my only free (?:time|day|days))\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Only free {day_cased(m.group('when'))}", MemoryKind.FACT, "schedule:free_time", importance=0.7
        ),
    ),
    (  # "I'm a member", "I'm a gold member of your loyalty scheme": a membership the user holds
        re.compile(
            r"^I(?:'m| am) (?:already )?(?:a|an) (?P<what>(?:gold |silver |premium |plus |prime |loyalty |vip |paid )?"
            r"(?:member|subscriber|cardholder))\b(?P<of> (?:of|with|on) (?:your|the) [^,.;!?]+)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is {a_or_an(m.group('what'))} {_as_named(m.group('what'))}{m.group('of') or ''}",
            MemoryKind.FACT,
            "membership",
            importance=0.7,
        ),
    ),
    (  # "My hands shake", "I've got a tremor": hands that cannot be kept steady
        re.compile(
            r"^my hands (?:shake|tremble|are (?:a bit |quite |very )?(?:shaky|unsteady))(?P<more>(?: a bit| a lot)?"
            r"(?: these days| now| sometimes| all the time)?(?: (?:since|after|because of) [^,.;!?]+)?)"
            r"|^I(?:'ve| have)(?: got)? (?:a |an? (?:essential |slight |bad )?)?(?:tremor|shaky hands)\b",
            re.I,
        ),
        lambda m, s: health_fact(f"Hands shake{m.group('more') or ''}", "hands"),
    ),
    (  # "I stammer", "I stutter": a condition said as what the user does
        re.compile(r"^I (?:have always |always |still |sometimes )?(?:stammer|stutter)\b", re.I),
        lambda m, s: health_fact("Has a stammer", "stammer"),
    ),
    (
        _HARD_FOR_ME,
        lambda m, s: Candidate(
            f"Finds {m.group('obj').lower()} {'hard' if m.group('how').startswith('a ') else m.group('how').lower()}",
            MemoryKind.FACT,
            f"weak:{topic_value(m.group('obj'))}",
            importance=0.6,
        ),
    ),
    (  # "We're trying for a baby", "I'm trying to get pregnant": what a doctor, a coach and a menu allow for
        re.compile(
            r"\b(?:we(?:'re| are)|I(?:'m| am)) (?:currently |now |actively )?trying (?:for a baby|to get pregnant|"
            r"to conceive|for (?:another|our (?:first|second|third)) (?:baby|child))\b",
            re.I,
        ),
        lambda m, s: health_fact("Trying to conceive (trying for a baby)", "conceive"),
    ),
    (  # "We're a one-car family", "We only have one car": the car is not always there
        re.compile(
            r"\b(?:we(?:'re| are) a one-car (?:family|household)|we (?:only )?(?:have|'ve got|share) (?:only )?(?:one|a "
            r"single) car\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            "Has only one car in the household", MemoryKind.FACT, "household:one_car", importance=0.7
        ),
    ),
    (  # "I'm on a zero-hours contract", "I'm on a temporary contract": what the user's income rests on
        re.compile(
            r"\bI(?:'m| am) (?:currently |still |now )?on (?:a |an )?(?P<what>zero[- ]hours?|temporary|fixed[- ]term|"
            r"short[- ]term|rolling|casual) contract\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is on {a_or_an(m.group('what'))} {m.group('what').lower()} contract",
            MemoryKind.FACT,
            "work:contract",
            importance=0.7,
        ),
    ),
    (  # "money comes and goes", "my income is all over the place": what they can spend is not steady
        re.compile(
            r"^(?:my )?(?:money|income|pay|work)(?:'s| is)? (?:comes and goes|(?:is )?all over the place|(?:is )?"
            r"irregular|(?:is )?unpredictable|(?:is )?up and down)\b",
            re.I,
        ),
        lambda m, s: Candidate("Income is irregular", MemoryKind.FACT, "budget:income", importance=0.7),
    ),
    (  # "I live on the 14th floor", "Our flat is on the fourth floor and there's no lift"
        re.compile(
            r"^(?:(?:our|my) (?:flat|apartment|home|place|house)(?: is|'s)|(?:we|I)(?: now| still)?"
            r"(?P<be> live| am|'m| are|'re)(?: living)?)(?: right)? (?:up )?on the "
            rf"(?P<floor>{_FLOOR})(?: floor|-floor)\b"
            # "I live in a fourth-floor walk-up": no lift
            rf"|^(?:we|I) (?:now |still )?live in an? (?P<f2>{_FLOOR})[- ]floor walk-?up\b",
            re.I,
        ),
        _floor,
    ),
    (  # "We don't have an oven, just a hob", "I haven't got a car", "We only have a tiny balcony, no garden"
        re.compile(
            r"\b(?:we|I)(?: don't| do not| didn't| haven't| have not|'ve got no| have no| got no)(?: have| got| own)?"
            rf" (?:a |an |any |our own |a proper )?(?P<obj>{HOME_KIT_EN})\b"
            r"|^(?:we|I) (?:only |just )?(?:have|'ve got|got) [^,;]+?[,;]\s*(?:but )?(?:and )?no "
            rf"(?P<o2>{HOME_KIT_EN})\b"
            # "Our flat is on the fourth floor and there's no lift"
            rf"|^(?:our|my) (?:flat|house|home|building|place|apartment)\b[^,;.!?]*?\bthere(?:'s| is) no (?P<o3>{HOME_KIT_EN})\b"
            # "I live alone in a studio flat with no garden"
            rf"|^(?:we|I)(?:'ve| have)? (?:just |recently )?(?:live|moved (?:in)?to)\b[^,;.!?]*?\b(?:with|and) no "
            rf"(?P<o4>{HOME_KIT_EN})\b"
            # "My flat has no oven", "there's no desk at home"
            rf"|^(?:our|my) (?:flat|house|home|kitchen|place|apartment|room|studio|bedsit) (?:has|'s got|has got) no"
            rf"(?: proper| real)? (?P<o5>{HOME_KIT_EN})\b"
            rf"|\bthere(?:'s| is) no(?: proper| real)? (?P<o6>{HOME_KIT_EN}) (?=at home\b|in (?:my|our|the) (?:flat|house|"
            rf"place|room|apartment|kitchen|building)\b)"
            # "(We have a small balcony but) no garden", "(My kitchen has an induction hob, so) no gas"
            rf"|^(?:but |so )?no (?P<o7>{HOME_KIT_EN})[.!]?$",
            re.I,
        ),
        _without,
    ),
    (  # "I drive a taxi", "I drive a bus for a living": a job at the wheel (a bus without "for a living" may
        # be the user's own)
        re.compile(
            r"\bI (?:now |currently |still )?drive (?:an? |the )?(?P<what>taxi|cab|black cab|minicab|(?:HGV|lorry|forklift)"
            r"(?= for| professionally|\s*$|\s*[,.;!?]| so\b| and\b)|(?:bus|truck|lorry|van|delivery van|ambulance|train|"
            r"tram|coach|tractor)(?= (?:for a living|for work|for a job|professionally)))"
            r"|\bI drive for (?P<firm>Uber|Lyft|Bolt|a living)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Drives for {m.group('firm')}"
            if m.group("firm")
            else f"Works as a {m.group('what').lower()} driver",
            MemoryKind.FACT,
            "job",
            importance=0.7,
        ),
    ),
    (  # "I teach primary school", "I teach maths at a secondary school": what they do for a living
        re.compile(
            r"^(?:(?:well|so|actually|also),?\s+)?I teach (?P<what>(?!(?:my|him|her|them|you|myself)\b)[^,.;!?]{2,40})",
            re.I,
        ),
        lambda m, s: Candidate(f"Teaches {m.group('what').strip()}", MemoryKind.FACT, "job", importance=0.7),
    ),
    (  # "I play the cello in an amateur orchestra", "I play bass in a band"
        re.compile(
            r"\bI (?:also |still )?play (?:the )?(?P<what>piano|guitar|bass|cello|violin|viola|drums|flute|"
            r"clarinet|saxophone|sax|trumpet|trombone|harp|ukulele|keyboard|organ|double bass|oboe)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Plays the {m.group('what').lower()}",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('what'))}",
        ),
    ),
    (  # "I play wheelchair basketball", "I play five-a-side football": a sport the user plays
        re.compile(
            r"\bI (?:also |still |now |regularly )?play (?P<kind>(?:wheelchair|walking|five-a-side|5-a-side|seven-a-side|"
            r"touch|tag|beach|sunday league|amateur|club|competitive|county) )?"
            r"(?P<what>football|soccer|basketball|netball|tennis|table tennis|badminton|squash|golf|cricket|rugby|"
            r"hockey|volleyball|padel|pickleball|baseball|softball|water polo|ultimate frisbee|darts|snooker|"
            r"pool|bowls|chess|bridge)\b"
            # not when ("every Sunday", "at weekends": a habit, read by its own rule)
            r"(?=\s*(?:$|[,.;!?]|for (?:fun|a living|a (?:local )?(?:club|team)|my \w+)\b|in a (?:\w+ )?league\b|"
            r"and\b|but\b|so\b|too\b|as well\b))",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Plays {(m.group('kind') or '').lower()}{m.group('what').lower()}",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('what'))}",
        ),
    ),
    (  # "We own our home", "I'm a homeowner", "I have a mortgage": the home is theirs
        re.compile(
            r"\b(?:I|we) (?:now |finally |still )?own (?:my|our|a|the) (?:own )?(?:home|house|flat|apartment|place)\b"
            r"|\b(?:I|we)(?:'m| am|'re| are) (?:a )?homeowners?\b"
            r"|\b(?:I|we)(?:'ve| have)?(?: got| have) (?:a |our |my )?mortgage\b",
            re.I,
        ),
        lambda m, s: Candidate("Owns their home", MemoryKind.FACT, "housing:own", importance=0.6),
    ),
    (  # "I live in the countryside", "We live out in a small village": where the home is
        re.compile(
            r"\b(?:I|we) (?:now |still |currently )?live (?:in|out in|right in) (?P<where>the countryside|the country|"
            r"the suburbs|(?:a |the )?(?:small |tiny |little |quiet |remote |rural )?(?:village|town)|the city centre|"
            r"the city center|the middle of nowhere|a rural area|the sticks)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Lives in {m.group('where').lower()}", MemoryKind.FACT, "housing:area", importance=0.6
        ),
    ),
    (  # "I'm renting, so I can't drill holes", "I rent my flat": how they live
        re.compile(
            r"\bI(?:'m| am) (?:still |currently )?renting\b|\bI rent (?:my|a|the|our) (?:flat|apartment|house|place|room)\b|\bwe(?:'re| are) renting\b"
            r"|^(?:I|we) (?:only |still )?rent(?=\s*$|\s*[,.;!?]|\s+(?:so|and|but)\b)",
            re.I,
        ),
        lambda m, s: Candidate("Rents their home", MemoryKind.FACT, "housing:rent", importance=0.6),
    ),
    (  # "I have to be in bed by ten", "I go to bed at 9:30", "I'm usually asleep by 11": when the day ends
        re.compile(
            r"\bI(?:'m| am)? (?:have to |need to |must |always |usually |normally |try to |like to |tend to )?"
            r"(?:be in bed|go to bed|go to sleep|get to bed|in bed|asleep|be asleep)(?: by| at| before| around) "
            r"(?P<t>(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight)"
            r"(?: ?(?:pm|am|p\.m\.|o'clock))?)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"In bed by {m.group('t')}", MemoryKind.FACT, "schedule:bedtime", importance=0.7
        ),
    ),
    (  # "I observe Shabbat", "we keep the Sabbath": a faith's day or season the user keeps
        re.compile(
            r"\b(?:I|we) (?:strictly |always )?(?:observe|keep) (?:the )?(?P<what>Shabbat|Sabbath|Shabbos|Ramadan|"
            r"Lent|Passover|Yom Kippur)\b",
            re.I,
        ),
        lambda m, s: Candidate(f"Observes {m.group('what')}", MemoryKind.FACT, "faith", importance=0.7),
    ),
    (  # "I'm a Muslim", "I'm a practising Catholic", "We're Jewish": a faith the user keeps
        re.compile(
            r"^(?:I|[Ww]e)(?:'m|'re| am| are) (?:a |an )?(?:practising |practicing |devout |observant |strict )?"
            r"(?P<faith>Muslim|Christian|Catholic|(?:Orthodox )?Jewish|Jew|Hindu|Buddhist|Sikh|Jehovah's Witness|"
            r"Mormon|Quaker|Orthodox Jew|Seventh-day Adventist)s?\b"
        ),
        lambda m, s: Candidate(
            f"Is {a_or_an(m.group('faith'))} {m.group('faith')}"
            if not m.group("faith").endswith("Jewish")
            else f"Is {m.group('faith')}",
            MemoryKind.FACT,
            "faith",
            importance=0.7,
        ),
    ),
    (  # "I'm saving for a house", "we're saving up for a wedding"
        re.compile(
            r"\b(?:I|we)(?:'m|'re| am| are) (?:\w+ )?(?:saving|trying to save|trying to put money aside) (?:up )?"
            r"(?:(?:every|each) (?:penny|pound|cent|dollar) |"
            r"(?:hard|like mad|money|what I can) )?(?:for |(?P<to>to )(?=go |buy |get |move |travel |visit |pay ))"
            r"(?P<what>(?:a|an|the|our|my|go|buy|get|move|travel|visit|pay) (?:(?!so\b|and\b|but\b)[^,.;!?\s]+\s?){1,5})",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Saving {'to' if m.group('to') else 'for'} {m.group('what').strip()}",
            MemoryKind.EVENT,
            f"goal:{topic_value(m.group('what'))}",
            importance=0.7,
        ),
    ),
    (  # "I really don't get on with spreadsheets"
        re.compile(
            r"\bI (?:really |just )?(?:don't|do not|never) get (?:on|along) with (?P<what>(?!(?:him|her|them|my|his|people)\b)[^,.;!?]{2,30})",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Doesn't get on with {m.group('what').strip()}",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('what'))}",
            polarity=-1,
        ),
    ),
    (  # when the user has time at all: "I'm only free after 8pm", "I can only meet on weekends" (what they
        # do then is a habit: "I can only work out after 9pm")
        re.compile(
            r"\bI(?:'m| am) (?P<how>only|usually|generally|mostly|normally|always) (?:free|available) "
            r"(?P<when>(?:after|before|on|in|at|between|during|from|until|till|once)\b[^,.;!?]+)"
            r"|\bI can only (?P<do>meet|talk|chat|call|come|make it|take calls|do calls|take a call|do a call) "
            r"(?P<w2>(?:after|before|on|in|at|between|during|from|until|till|once)\b[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is {m.group('how').lower()} free {m.group('when')}"
            if m.group("how")
            else f"Can only {m.group('do').lower()} {m.group('w2')}",
            MemoryKind.FACT,
            "schedule:free_time",
            importance=0.7,
        ),
    ),
    (  # "I'm at work weekdays, so weekend delivery would be ideal": when the user is out, in their words
        re.compile(
            r"\bI(?:'m| am) (?:usually |always |normally |mostly |generally )?(?:at work|at the office|out at work|"
            r"not (?:at )?home|out) "
            r"(?P<when>(?:on |during )?(?:weekdays|week days|the week|the day|the daytime|Monday to Friday|Mon-Fri|"
            r"9 to 5|9-5|nine to five|all day|days)\b[^.;!?]*)",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(re.sub(r"^I(?:'m| am) ", "", m.group(0).strip(), flags=re.I)),
            MemoryKind.FACT,
            "schedule:work",
            importance=0.7,
        ),
    ),
    (  # "I've just moved house"
        re.compile(
            # "(Also) I've moved, it's now 14 Elm Road": moved, said alone
            r"\bI(?:'ve| have)? (?:just |recently |only just )?moved (?:house|home|flats?|houses)\b"
            r"|^(?:also,? |oh,? |btw,? )?I(?:'ve| have) (?:just |recently |only just )?moved(?=\s*$|\s*[,.;!?])",
            re.I,
        ),
        lambda m, s: Candidate("Recently moved house", MemoryKind.FACT, "housing:moved", importance=0.6),
    ),
    (  # "My shifts at the hospital are twelve hours, three days a week": how long the user works
        re.compile(
            r"\bmy shifts? (?:at [^,.;!?]{1,30} |on [^,.;!?]{1,20} )?(?:are|is|run|last) (?:usually |always |normally )?"
            r"(?P<h>\d{1,2}|eight|nine|ten|eleven|twelve|fourteen)[- ]hours?(?: long)?\b[^.;!?]*",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(re.sub(r"^my ", "", m.group(0), flags=re.I)),
            MemoryKind.FACT,
            "work:shift",
            importance=0.7,
        ),
    ),
    (  # "English isn't my first language", "My native language is Polish", "I'm a native Spanish speaker"
        re.compile(
            r"\b(?!(?:This|That|It)\b)(?P<not>[A-Z][a-z]+) (?:is not|isn't|isnt|is not really|isn't really) my "
            r"(?:first|native|mother) (?:language|tongue)(?=\s*(?:$|[,.;!?]| and\b| so\b| but\b))"
            r"|\b(?i:my) (?:first|native|mother) (?:language|tongue) is (?P<is>[A-Z][a-z]+)"
            r"|\bI(?:'m| am) (?:a )?native (?P<native>[A-Z][a-z]+) speaker"
            r"|\bI(?:'m| am) not a native (?:(?P<non>[A-Z][a-z]+) )?speaker"
            # "English is my second language": the first is another
            r"|\b(?!(?:This|That|It)\b)(?P<second>[A-Z][a-z]+) is (?:only )?my (?:second|third|other) language",
        ),
        lambda m, s: Candidate(
            f"First language is not {m.group('not') or m.group('second')}"
            if m.group("not") or m.group("second")
            else f"First language is {m.group('is') or m.group('native')}"
            if m.group("is") or m.group("native")
            else f"Is not a native {m.group('non') + ' ' if m.group('non') else ''}speaker",
            MemoryKind.FACT,
            "language",
            importance=0.7,
        ),
    ),
    (  # "I can only walk, my knees are shot", "Walking is all I can do": the one exercise the body allows
        re.compile(
            r"\bI can only (?:really |manage |manage to |do )?(?P<what>walk|swim|cycle|do (?:gentle|light|"
            r"low[- ]impact|seated|chair) (?:exercises?|yoga|stretch(?:es|ing)|workouts?))"
            r"(?: now| these days| nowadays| any ?more)?(?P<why> (?:since|because of|after) [^,.;!?]{1,40})?"
            r"(?=\s*(?:[,.;!?]|$))"
            r"|^(?P<alone>walking|swimming|cycling) is (?:about |pretty much |really )?all I can (?:do|manage)\b",
            re.I,
        ),
        _only_exercise,
    ),
    (_BODY_STATE, _health),
    (  # "I've got a bad back", "I have a dodgy left knee"
        re.compile(
            r"\bI(?:'ve| have)?(?: got)? (?:a |an |two )?(?P<state>bad|dodgy|weak|sore|injured|gammy|bum|busted|stiff|"
            rf"painful|arthritic) (?:(?:left|right|lower|upper) )?(?P<part>{BODY})\b",
            re.I,
        ),
        _health,
    ),
    (  # "I've just had my gallbladder removed", "I had my appendix out last year"
        re.compile(
            r"\bI(?:'ve| have)? (?:just |recently |only just )?had (?:my |an? )?(?:(?P<what>appendix|gall ?bladder|"
            r"tonsils|wisdom teeth|wisdom tooth|tooth|teeth|thyroid|spleen|kidney|womb|uterus|ovaries|prostate|hip|knee|"
            r"cataracts?|bunions?) "
            r"(?P<done>out|removed|taken out|replaced|fitted|operated on)|(?P<op>hysterectomy|mastectomy|"
            r"heart bypass|stent fitted|pacemaker fitted))\b",
            re.I,
        ),
        lambda m, s: health_fact(
            f"Had {m.group('op') or m.group('what') + ' ' + m.group('done')}".lower().capitalize(),
            m.group("op") or m.group("what"),
        ),
    ),
    (  # "I have asthma", "I was diagnosed with coeliac disease", "I had cancer in 2019"
        re.compile(
            r"\bI(?P<verb>(?: also| still| now| always| usually| often| just| recently)? (?:have|have got|have had|had|suffer from|suffer with|live with|"
            r"get|keep getting|keep having|have been having|have been getting|"
            r"struggle with|deal with|was diagnosed with|got diagnosed with|have (?:also |recently |just )?been "
            r"diagnosed with|am being treated for|am (?:still )?recovering from|am dealing with|am living with|"
            r"am (?:on (?:a|the) waiting list|waiting) for)"
            r"|'ve (?:got|had|been having|been getting|(?:also |recently |just )?been diagnosed with)"
            r"|'m (?:being treated for|(?:still )?recovering from|dealing with|living with|"
            r"(?:on (?:a|the) waiting list|waiting) for)"
            # "I'm six months out from an ACL reconstruction"
            r"|(?:'m| am) (?:only |just |about |nearly |almost )?\w+ (?:days?|weeks?|months?) (?:out from|on from|post)"
            # "I've just got out of hospital after a heart op", "I'm laid up after a hip operation"
            r"|(?:'ve| have)? (?:just |recently |only just )?(?:got|come|came|been (?:let|sent|discharged)) "
            r"(?:out of|home from|back from) (?:the )?hospital after"
            r"|(?:'m| am) (?:just |still )?(?:laid up|off my feet|housebound|on bed rest|stuck (?:on the sofa|at home|"
            r"in bed|indoors))(?: for (?:a few|a couple of|\w+) (?:days|weeks|months))? after)"
            r" (?:(?:a|an|some|really|quite|pretty|very|terribly|awfully|badly|so|extremely|super|horribly) )?"
            rf"(?P<cond>{CONDITIONS})\b(?![-'])"
            # "osteoarthritis in both hips": where in the body
            r"(?P<where> in (?:both|my|one|the|each) (?:left |right )?(?:hips?|knees?|hands?|wrists?|fingers?|feet|foot|"
            r"ankles?|shoulders?|back|neck|spine|joints?|elbows?|eyes?|ears?))?",
            re.I,
        ),
        _condition,
    ),
    (  # "I never got my driving licence", "I never passed my driving test"
        re.compile(
            r"\bI (?:never|didn't|haven't(?: yet)?|have never) (?:got|get|passed|pass|taken|take|done|learned|learnt)"
            r" (?:my|a|the) (?:driving|driver's|drivers) (?:licen[cs]e|test)\b",
            re.I,
        ),
        lambda m, s: has_no("driving licence"),
    ),
    (  # "I get anxious if I'm more than ten minutes early or late": what sets the user off, said with when
        re.compile(
            r"\bI (?:always |usually )?get (?:really |very |quite |so |super |a bit )?"
            rf"(?P<feel>{SET_OFF_FEELINGS}|grumpy|cranky|irritable|flustered|claustrophobic) (?P<when>{SET_OFF_WHEN})",
            re.I,
        ),
        lambda m, s: sensitive_fact(
            f"Gets {m.group('feel').lower()} {m.group('when')}", set_off_by(m.group("when"))
        ),
    ),
    (  # "I get really cold easily", "I feel the cold": the cold sets the user off
        re.compile(
            r"\bI (?:get|feel) (?:really |very |so |super )?cold (?:really |very )?easily\b|\bI (?:really )?feel the cold\b",
            re.I,
        ),
        lambda m, s: sensitive_fact("Gets cold easily", "cold"),
    ),
    (  # "I only have Sundays off": the days the user is free
        re.compile(
            r"\bI (?P<only>only |just )?(?:have|get) (?P<days>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:,? (?:and|or) |, )?)+)"
            r" off\b",
            re.I,
        ),
        lambda m, s: Candidate(
            ("Only has" if m.group("only") else "Has") + f" {m.group('days')} off",
            MemoryKind.FACT,
            "schedule:off",
            importance=0.7,
        ),
    ),
    (  # "I can't do anything after 3", "I'm busy before 10 on weekdays": when the user is not free
        re.compile(
            r"\bI (?:can't|cannot) do anything (?P<when>(?:after|before|until|till|on|at) [^,.;!?]+)"
            r"|\bI(?:'m| am) (?:never |always )?(?:not free|busy|tied up|unavailable) "
            r"(?P<w2>(?:after|before|until|till|on) [^,.;!?]+)"
            # "I can't take time off until March"
            r"|\bI(?:'ve| have)? (?:[^,.;!?]{1,40}? and )?(?:can't|cannot|won't be able to) (?:take|get|have|book) "
            r"(?:any )?(?P<off>time off|holidays?|leave|"
            r"annual leave|a day off|days off) (?P<w3>(?:until|till|before) [^,.;!?]+)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Can't take {m.group('off').lower()} {m.group('w3')}"
            if m.group("off")
            else f"Can't do anything {m.group('when')}"
            if m.group("when")
            else f"Busy {m.group('w2')}",
            MemoryKind.FACT,
            "schedule:busy",
            importance=0.7,
        ),
    ),
    (  # "I'm six weeks post-op": recovering from an operation not named
        re.compile(
            r"\bI(?:'m| am) (?:only |just |about |nearly |almost )?(?P<long>\w+ (?:days?|weeks?|months?)) post[- ]?op\b",
            re.I,
        ),
        lambda m, s: health_fact(f"Recovering from an operation ({m.group('long')} post-op)", "operation"),
    ),
    (  # "As someone with tinnitus" (what follows it is a sentence of its own: ``sentences``)
        re.compile(rf"^{AS_ONE_WITH} (?:(?:a|an|some) )?(?P<cond>{CONDITIONS})\b(?![-'])", re.I),
        _condition,
    ),
    (  # "Tennis elbow has been flaring up again", "my sciatica is playing up"
        re.compile(
            rf"^(?:my )?(?P<cond>{CONDITIONS}) (?:has been |is |keeps |'s )?(?:flaring up|playing up|acting up|"
            r"back|bad again|killing me)\b",
            re.I,
        ),
        _condition,
    ),
    (  # "Mornings are when I'm sharpest", "I'm sharpest in the morning", "I work best in the evenings"
        re.compile(
            r"^(?P<when>mornings|evenings|afternoons|nights|late nights|early mornings) are when I(?:'m| am) "
            r"(?:sharpest|most (?:productive|focused|alert)|at my best)\b"
            r"|\bI(?:'m| am) (?:sharpest|most (?:productive|focused|alert)|at my best) (?:in|at) the (?P<w2>morning|evening|"
            r"afternoon|night)s?\b"
            # "I work best in the evenings", "I do my best work after midnight"
            r"|\bI (?:(?:work|think|study|focus|write) best|do my best (?:work|thinking|writing|studying)) "
            r"(?:(?:in|at) the (?:morning|evening|afternoon|night)s?|at night|late at night|in the small hours|"
            r"early in the morning|(?:after|before) (?:midnight|dark|noon|lunch|\d{1,2}(?::\d\d)? ?(?:[ap]\.?m\.?)?))\b"
            # "I'm useless before my first coffee", "I'm a zombie until 10"
            r"|\bI(?:'m| am) (?:completely |totally |pretty much |basically )?(?:useless|a zombie|no good|not human|"
            r"brain-?dead) (?:before|until|till) (?:my (?:first |morning )?coffee|\d{1,2}(?::\d\d)? ?(?:[ap]\.?m\.?)?|"
            r"noon|lunch(?:time)?|midday)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            re.sub(r"\bmy best\b", "their best", _as_said_of_them(m.group(0))),
            MemoryKind.FACT,
            "schedule:best",
            importance=0.7,
        ),
    ),
    (  # "I've never learned to ride a bike", "I can't swim"
        re.compile(
            r"\bI(?:'ve| have)? never (?:learned|learnt|been able) (?:how )?to (?P<skill>swim|drive|ride a bike|cycle|cook|ski|"
            r"skate|read music|type)\b|\bI (?:can't|cannot|still can't) (?P<s2>swim|drive|ride a bike|cycle|cook|ski|skate|"
            r"read music)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Can't {m.group('skill') or m.group('s2')}",
            MemoryKind.FACT,
            f"weak:{topic_value(m.group('skill') or m.group('s2'))}",
            importance=0.7,
        ),
    ),
    (  # "I've just started a new job in Manchester": where the user works now
        re.compile(
            r"\bI(?:'ve| have)? (?:just |recently )?(?:started|got|landed) a new job (?P<prep>in|at|with) "
            r"(?P<where>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Started a new job {m.group('prep').lower()} {m.group('where').strip()}",
            MemoryKind.FACT,
            "employer",
            importance=0.6,
            change=True,
        ),
    ),
    (  # "I'm away most weeknights", "I'm away every other weekend": when the user is not at home
        re.compile(
            r"\bI(?:'m| am) (?:usually |often |normally |always )?away (?P<when>(?:most|every|all|on|at|during the) "
            r"(?:other )?(?:weeknights?|weekends?|nights?|weekdays?|weeks?|week|month)|(?:monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday)s?(?: to \w+)?)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Away {m.group('when').lower()}", MemoryKind.FACT, "schedule:away", importance=0.7
        ),
    ),
    (  # "I've got two left feet", "I can't dance to save my life": no dancer
        re.compile(
            r"\bI(?:'ve| have)?(?: got)? two left feet\b|\bI (?:can't|cannot) (?:dance|sing)(?: to save my life\b|"
            r"(?: at all| very well| well)?(?=\s*(?:[,.;!?]|$|(?:so|but|and)\b)))"
            # "I can't carry a tune in a bucket", "I'm tone-deaf"
            r"|\bI (?:can't|cannot|couldn't) carry a tune\b|\bI(?:'m| am) (?:completely |totally )?tone[- ]deaf\b",
            re.I,
        ),
        lambda m, s: Candidate(
            "Can't sing" if re.search(r"sing|tune|tone", m.group(0), re.I) else "Can't dance",
            MemoryKind.FACT,
            "weak:sing" if re.search(r"sing|tune|tone", m.group(0), re.I) else "weak:danc",
            importance=0.7,
        ),
    ),
    (  # "Asthma runs in my family", "Heart disease runs in the family"
        re.compile(rf"^(?P<cond>{CONDITIONS}) (?P<family>runs in (?:my|the|our) family)\b", re.I),
        _condition,
    ),
    (  # "I'm asthmatic", "I'm deaf in my left ear", "I'm five months pregnant"
        re.compile(
            r"\bI(?:'m| am) (?:also |now )?(?P<how>(?:severely|profoundly|slightly|mildly|partially|partly|mostly|almost|"
            r"legally|completely|totally|registered) )?(?P<what>asthmatic|epileptic|"
            r"an(?:a)?emic|autistic|dyslexic|arthritic|hypertensive|pre-?diabetic|insulin[- ]resistant|(?:a )?co?eliac|"
            r"colou?r[- ]?blind|deaf(?: in (?:my|one) (?:left |right )?ear)?|hard of hearing|partially sighted|"
            r"visually impaired|hearing[- ]impaired|blind in (?:my|one) (?:left |right )?eye|blind(?! to\b| as\b)|"
            r"immunocompromised|a wheelchair user|(?:a )?type [12] diabetic|breastfeeding|on dialysis|"
            r"in a wheelchair|"
            r"(?:(?:\w+|\d+) (?:weeks?|months?) )?pregnant)\b",
            re.I,
        ),
        _condition_of,
    ),
    (  # "I'm left-handed", "I'm a leftie": what tools and seats suit them
        re.compile(r"\bI(?:'m| am) (?:a )?(?:left-handed|left handed|leftie|lefty|southpaw)\b", re.I),
        lambda m, s: Candidate("Is left-handed", MemoryKind.FACT, "trait:left_handed", importance=0.7),
    ),
    (  # "I'm a huge introvert", "I'm a homebody", "I'm quite introverted"
        re.compile(
            r"\bI(?:'m| am) (?:a |an )?(?:huge |big |total |real |bit of an? |massive )?(?P<t>introvert|extrovert|homebody)\b"
            r"|\bI(?:'m| am) (?:quite |very |pretty |really |fairly |rather |a bit |naturally )?(?P<ed>introvert|extrovert)ed\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is {a_or_an(t := (m.group('t') or m.group('ed')).lower())} {t}",
            MemoryKind.FACT,
            f"trait:{t}",
            importance=0.7,
        ),
    ),
    (  # "I've never been on a plane", "I've never flown"
        re.compile(
            r"\bI(?:'ve| have) never (?:been on a (?P<what>plane|boat|ship|train)|(?P<flown>flown))\b"
            # (not how: "I've never flown alone", "... long-haul", "... business class")
            r"(?! (?:alone|on my own|by myself|solo|long-haul|long haul|business|first class|with)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Has never been on a {m.group('what').lower()}" if m.group("what") else "Has never flown",
            MemoryKind.FACT,
            f"travel:never_{(m.group('what') or 'plane').lower()}",
            importance=0.7,
        ),
    ),
    (  # "I sleep from 8am to 3pm" (night shifts): when the user sleeps
        re.compile(
            r"\bI (?:usually |normally |only |always )?sleep (?:from |between )?(?P<from>\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?)"
            r" (?:to|till|until|and|-) (?P<to>\d{1,2}(?:[:.]\d{2})? ?(?:am|pm))",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Sleeps from {m.group('from')} to {m.group('to')}",
            MemoryKind.FACT,
            "schedule:sleep",
            importance=0.7,
        ),
    ),
    (  # "I don't speak Japanese", "Neither of us speaks Japanese": a language the user cannot get by in
        re.compile(
            r"^(?:I (?:don't|do not|can't|cannot) speak|we (?:don't|do not|can't|cannot) speak|neither of us speaks|"
            r"none of us speaks?) (?:any |a word of |much |more than a few words of )?(?P<lang>(?-i:[A-Z][a-z]+))\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Doesn't speak {m.group('lang')}",
            MemoryKind.FACT,
            f"language:no_{m.group('lang').lower()}",
            polarity=-1,
            importance=0.7,
        ),
    ),
    (  # "I speak fluent Spanish": a language the user speaks; "We speak Polish at home"; "I speak French
        # and a bit of Spanish": both
        re.compile(
            r"\bI speak (?P<how>fluent |good |decent |some |a bit of |basic )?(?P<lang>[A-Z][a-z]+)\b"
            r"(?:,? (?:and|but only|but just|plus) (?P<how2>fluent |good |decent |some |a bit of |a little |basic )?"
            r"(?P<lang2>[A-Z][a-z]+)\b)?"
            r"|\b[Ww]e (?:mostly |only |always )?speak (?P<l2>[A-Z][a-z]+) at home\b"
        ),
        lambda m, s: Candidate(
            f"Speaks {(m.group('how') or '')}{m.group('lang')}"
            + (f" and {m.group('how2') or ''}{m.group('lang2')}" if m.group("lang2") else "")
            if m.group("lang")
            else f"Speaks {m.group('l2')} at home",
            MemoryKind.FACT,
            "language",
            importance=0.7,
        ),
    ),
    (  # "I drive an electric car", "I drive a Tesla", "I've got a Fiat 500", "My car is a Tesla Model 3"
        re.compile(
            rf"\b(?:I|[Ww]e)(?: now| still)?(?P<verb> drive|'ve got| have got| have| own| got) (?:an? |the )"
            rf"(?P<car>{_CAR_SORTS}(?-i:{CARS_EN})(?: (?-i:[A-Z0-9][\w-]*)){{0,2}})\b"
            rf"|\b(?:I|[Ww]e)(?: now| still)? drive (?:an? |the )(?P<driven>{_CAR_SORTS}(?:{_DRIVEN}))\b"
            rf"|\b(?:I|[Ww]e)(?: now| still)?(?:'ve got| have got| have| own) (?:an? )(?P<has>{_CAR_SORTS}(?:{_VEHICLES}))\b"
            r"(?! (?:park|wash|insurance|loan|seat|boot|key|keys|crash|accident)\b)"
            rf"|\b(?:my|our) car(?:'s| is) (?:an? )(?P<make>{_CAR_SORTS}(?-i:{CARS_EN})(?: (?-i:[A-Z0-9][\w-]*)){{0,2}})\b",
            re.I,
        ),
        _car,
    ),
    (  # "I live on a narrowboat", "we live in a caravan": an unusual home
        re.compile(
            r"\b(?:I|[Ww]e) (?:now |still )?live (?P<prep>on|in) (?:a |an )?(?P<home>narrowboat|houseboat|boat|barge|"
            r"caravan|camper ?van|motorhome|tiny house|static caravan|bedsit|studio flat|studio|"
            r"(?:one|two|three|1|2|3)-bed(?:room)? (?:flat|apartment|house))\b"
        ),
        lambda m, s: Candidate(
            f"Lives {m.group('prep')} {a_or_an(m.group('home'))} {m.group('home')}",
            MemoryKind.FACT,
            "housing:type",
            importance=0.7,
        ),
    ),
    (  # "Our flat is tiny, just one room really", "We live in a tiny flat": a home with little room
        re.compile(
            r"\b(?:my|our) (?P<home>flat|apartment|house|home|place|bedroom|kitchen|living room|garden|yard|bathroom)"
            r" is (?:really |very |quite |pretty |so |super |tiny, |absolutely )*(?P<how>tiny|small|cramped|poky|"
            r"minuscule|a shoebox)\b"
            r"|\b(?:I|[Ww]e) (?:now |still )?live in (?:a |an )?(?:really |very |pretty )?(?P<how2>tiny|small|cramped|"
            r"poky) (?P<home2>flat|apartment|house|home|place|bedsit|studio)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"{first_up(m.group('home').lower())} is {m.group('how').lower()}"
            if m.group("home")
            else f"Lives in {a_or_an(m.group('how2'))} {m.group('how2').lower()} {m.group('home2').lower()}",
            MemoryKind.FACT,
            f"housing:small_{topic_value(m.group('home') or 'home')}",
            importance=0.7,
        ),
    ),
    (  # "Our house is a listed building, so we can't change the windows": a home that cannot be altered
        re.compile(
            r"^(?:our|my) (?:house|home|cottage|flat|place)(?: is|'s) (?:a )?(?:grade[- ]?(?:i|ii|2|1)\*? )?listed"
            r"(?: building)?\b",
            re.I,
        ),
        lambda m, s: Candidate(
            "Home is a listed building", MemoryKind.FACT, "housing:listed", importance=0.7
        ),
    ),
    (  # "My partner and I are doing IVF", "we're going through IVF": trying for a baby
        re.compile(
            r"^(?:I|we|my (?:partner|wife|husband) and I)(?:'m|'re| am| are) (?:currently |now |just )?"
            r"(?:doing|going through|having|starting|on our \w+ round of) (?:a round of )?IVF\b",
            re.I,
        ),
        lambda m, s: health_fact("Trying for a baby with IVF", "ivf"),
    ),
    (  # "I sing in an amateur choir", "I play in a brass band": a group the user is part of
        re.compile(
            r"^I (?:sing|play) in (?:an? |the )?(?P<what>(?:[\w-]+ ){0,2}(?:choir|band|orchestra|ensemble|quartet))\b"
            r"(?!\s+(?:on|every|each|at|twice|once)\b)",  # (when, said after it: a habit)
            re.I,
        ),
        lambda m, s: Candidate(
            f"{'Sings' if 'sing' in m.group(0).lower() else 'Plays'} in {a_or_an(m.group('what'))} {m.group('what')}",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('what'))}",
        ),
    ),
    (  # "Our house is on a septic tank", "we're on a private water supply": what the home runs on
        re.compile(
            r"^(?:our|my) (?:house|home|place|cottage|flat|farmhouse)(?: is|'s) on (?:a )?(?P<on>septic tank|cesspit|"
            r"private water supply|well water|a well|solar power|oil heating|a meter|prepayment meter)\b"
            r"|^we(?:'re| are) on (?:a )?(?P<we>septic tank|cesspit|private water supply|well water|a well|"
            r"prepayment meter)\b",
            re.I,
        ),
        lambda m, s: _runs_on(m.group("on") or m.group("we")),
    ),
    (  # "(..., so) we can't use harsh cleaning products", "I can't use scented soaps": products kept out
        re.compile(
            r"^(?:so )?(?:I|we) (?:can't|cannot|can not|mustn't|must not|shouldn't|aren't allowed to|am not allowed to|"
            r"'m not allowed to) use (?P<obj>(?:any |anything |most |many |normal |regular )?(?:[\w-]+ ){0,3}?"
            r"(?:products|chemicals|cleaners|detergents?|bleach|soaps?|sprays?|perfumes?|fragrances?|creams?|"
            r"shampoos?|dyes?|washing powders?|fabric softeners?|air fresheners?|plug-ins|candles|pesticides|"
            r"weedkillers?))\b",
            re.I,
        ),
        lambda m, s: kept_from(f"Can't use {m.group('obj')}", "avoids", m.group("obj")),
    ),
    (  # "I do the school run for three kids": a duty of every school day, said without when
        re.compile(
            r"\bI (?:always |usually |still )?(?:do|handle|am on|'m on) (?:the |all the )?(?P<what>school run|nursery run|"
            r"school drop-?offs?|school pick-?ups?)\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: Candidate(
            _as_said_of_them(m.group(0).strip()),
            MemoryKind.FACT,
            f"habit:{topic_value(re.sub(r'-?offs?$|-?ups?$', '', m.group('what')))}",
            importance=0.6,
        ),
    ),
    (  # "I've stopped running because of my knee", "I gave up swimming": a habit that ended (it ends "Runs ...")
        re.compile(
            r"\bI(?:'ve| have)? (?:had to )?(?:stopped|stop|given up|gave up|quit|packed in) "
            rf"(?!(?:smoking|drinking|vaping|eating|snacking|gambling|{LEFT})\b)"
            r"(?P<what>[a-z]+ing(?: (?:to|at|the|my|a) [\w-]+)?)"
            r"(?P<why> (?:because of|since|after|due to|with) [^,.;!?]+)?"
            r"(?: for now| for a while| for the moment| at the moment)?(?=\s*$|\s*[,.;!?])",
            re.I,
        ),
        lambda m, s: _ended(f"Stopped {m.group('what').lower()}{m.group('why') or ''}", m.group("what")),
    ),
    (  # "I used to run", "I used to play tennis": what the user no longer does (it ends "Runs ...")
        re.compile(
            r"^I used to (?P<what>(?:run|swim|cycle|dance|climb|box|row|skate|ski|surf|hike|jog|"
            r"play [\w-]+(?: [\w-]+)?|do [\w-]+(?: [\w-]+)?|go [\w-]+(?: [\w-]+)?))(?=\s*$|\s*[,.;!?]|\s+(?:a lot|"
            r"every|but|before|when|until)\b)",
            re.I,
        ),
        lambda m, s: _ended(f"Used to {m.group('what').lower()}", m.group("what")),
    ),
    (  # "I live with my parents", "I live alone", "I live on my own now": whom the user lives with
        re.compile(
            r"\bI (?:still |now |currently |actually )?live (?P<how>alone|on my own|by myself|"
            r"with (?P<who>(?:my|our|a|an|two|three|four|some|\d+|(?-i:[A-Z]))[\w' -]*?))"
            r"(?: now| at the moment| these days)?(?=\s*$|\s*[,.;!?]|\s+(?:and|in|since|so|but|because)\b"
            # "I live alone with my cat": alone, but for an animal
            r"|(?<=alone) with (?P<pet>(?:my|our|a|an|two|three) (?:\w+ )?(?:cats?|dogs?|rabbits?|birds?|parrots?|"
            r"kittens?|pupp(?:y|ies)|hamsters?|tortoises?|fish))\b)",
            re.I,
        ),
        lambda m, s: (
            None
            if m.group("who")
            and re.search(r"\b(?:illness|condition|disease|pain|disorder|syndrome)\b", m.group("who"))
            else _lives_with(m)
        ),
    ),
    (  # "I can't function without coffee in the morning", "I'm useless until I've had my coffee"
        re.compile(
            r"\bI (?:can't|cannot|can not) (?:function|think straight|get going|wake up) without (?:my )?(?:first )?"
            r"(?P<drink>coffee|tea|caffeine)(?P<when> in the mornings?| first thing)?"
            r"|\bI(?:'m| am) (?:useless|hopeless|a zombie|no good|not human|grumpy) (?:in the mornings? )?(?:until|till|before) "
            r"I(?:'ve| have)? (?:had )?(?:my )?(?:first )?(?P<d2>coffee|tea|cuppa)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Can't get going without {(m.group('drink') or m.group('d2')).lower()}"
            + ("" if m.group("d2") else (m.group("when") or "")),
            MemoryKind.PREFERENCE,
            f"drink:{topic_value((m.group('drink') or m.group('d2')).lower().replace('cuppa', 'tea'))}",
            importance=0.6,
        ),
    ),
    (  # "I sleep during the day", "(I'm on a night shift rota, so) mornings are when I sleep": when
        re.compile(
            r"\bI (?:usually |normally |mostly |have to |tend to )?sleep (?P<when>during the day|in the day(?:time)?|"
            r"through the day|till noon|until noon|until lunchtime)\b"
            r"|^(?:so |and )?(?P<w2>mornings|afternoons|days|the day) (?:are|is) when I sleep\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Sleeps {(m.group('when') or _SLEEPS_WHEN[m.group('w2').lower()]).lower()}",
            MemoryKind.FACT,
            "habit:sleep",
            importance=0.6,
        ),
    ),
    (  # "I sleep in the spare room most nights", "I usually sleep on the sofa": where the user sleeps
        re.compile(
            r"\bI (?:usually |always |often |mostly |normally |now |currently )?sleep (?:in|on) (?:the|a|my) "
            r"(?P<where>spare room|sofa|couch|box ?room|guest room|living room|floor|kids' room|nursery|top bunk|"
            r"bottom bunk|recliner|attic)\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(re.sub(r"^I ", "", m.group(0).strip()).replace("sleep ", "sleeps ", 1)),
            MemoryKind.FACT,
            "sleep:where",
            importance=0.6,
        ),
    ),
    (  # "I sleep badly, maybe 5 hours a night", "I only sleep 5 hours a night": how the user sleeps
        re.compile(
            r"\bI (?:usually |often |always |never |only |normally |rarely )?(?:sleep|get) "
            r"(?P<how>(?:really |very |quite |pretty )?(?:badly|poorly|terribly|lightly|well|(?:about |around |maybe "
            r"|only |less than |under )?\d{1,2}(?:\.5)? hours?(?: of sleep)?(?: a night| per night| a day)?))"
            r"(?:,? (?:maybe |about |around |only )?(?P<much>\d{1,2}(?:\.5)? hours?(?: a night| per night)?))?"
            r"(?=\s*$|\s*[,.;!?])",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Sleeps {m.group('how').lower().replace(' of sleep', '')}"
            + (f", {m.group('much')}" if m.group("much") else ""),
            MemoryKind.FACT,
            "sleep:hours",
            importance=0.7,
        ),
    ),
    (  # "I can't sleep without white noise", "I need a fan to sleep"
        re.compile(r"\bI (?:can't|cannot|can never) (?:get to )?sleep without (?P<what>[^,.;!?]+)", re.I),
        lambda m, s: Candidate(
            f"Can't sleep without {m.group('what').strip()}",
            MemoryKind.FACT,
            f"sleep:{topic_value(m.group('what'))}",
            importance=0.7,
        ),
    ),
    (  # "I sleep badly if the room isn't completely dark", "I can't sleep unless it's pitch black"
        re.compile(
            r"\bI (?:sleep (?:badly|terribly|poorly|really badly)|can't sleep|cannot sleep|can never sleep|don't sleep well)"
            r" (?P<cond>(?:if|unless|when|with) (?:the room|my room|the bedroom|it|there|the curtains?)?[^,.;!?]{2,40})",
            re.I,
        ),
        lambda m, s: Candidate(
            _as_said_of_them(m.group(0)),
            MemoryKind.FACT,
            f"sleep:{'dark' if re.search(r'dark|light|black', m.group('cond'), re.I) else 'poor'}",
            importance=0.7,
        ),
    ),
    (  # "I'm a smoker", "I'm a heavy smoker but trying to cut down"
        re.compile(
            r"\bI(?:'m| am) (?:an? )?(?P<how>heavy |light |social |occasional |ex-|former )?smoker\b", re.I
        ),
        lambda m, s: Candidate(
            _SMOKES[(m.group("how") or "").strip().lower()], MemoryKind.FACT, "habit:smoke", importance=0.7
        ),
    ),
    (  # "I'm gluten intolerant", "I'm sugar-intolerant"
        re.compile(
            r"\bI(?:'m| am) (?:very |quite |a bit |mildly |severely )?(?P<obj>[a-z]+)[- ]intolerant\b", re.I
        ),
        lambda m, s: (
            sensitive_fact(f"{m.group('obj').capitalize()} intolerant", m.group("obj"))
            if m.group("obj").lower() not in ("lactose", "very", "quite")
            else None
        ),
    ),
    (  # "I've got a gluten intolerance", "I have an intolerance to wheat", "I have a lactose intolerance"
        re.compile(
            r"\bI(?:'ve| have)? (?:got |have |suffer from )(?:a |an )?(?:mild |slight |severe |bad )?"
            r"(?:(?P<obj>[a-z]+)[- ]intolerance|intolerance to (?P<to>[a-z]+))\b",
            re.I,
        ),
        lambda m, s: _intolerance(m.group("obj") or m.group("to")),
    ),
    (  # "I take my thyroid tablet first thing", "I take my meds at 8": a medicine taken
        re.compile(
            r"\bI (?:have to |need to |always )?take my (?P<what>(?:[\w-]+ ){0,2}?(?:tablets?|pills?|medication|meds|"
            r"medicine|inhaler|insulin|injection))(?P<when>(?: [\w-]+){0,3}?)(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so)\b)"
            # "I take metformin with breakfast and dinner": a medicine by its name, and when
            rf"|(?:\bI (?:have to |need to |always |also )?|^(?:also )?)take (?P<what2>{DRUGS_EN})(?P<when2>(?: [\w-]+){{0,5}}?)"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:but|so|because)\b)"
        ),
        lambda m, s: Candidate(
            f"Takes {m.group('what') or m.group('what2')}{m.group('when') or m.group('when2')}",
            MemoryKind.FACT,
            f"health:{topic_value(m.group('what') or m.group('what2'))}",
            importance=0.8,
        ),
    ),
    (  # "I can't read small print without my glasses", "I need glasses to read", "I'm short-sighted"
        re.compile(
            r"\bI (?:can't|cannot|can no longer|can't really|struggle to) (?P<do>read|see) (?P<what>[^,.;!?]*?) ?"
            r"without (?:my |a |)(?P<aid>(?:reading )?glasses|specs|contacts|contact lenses|lenses)\b"
            r"|\bI (?P<verb>need|have to wear|wear|use|now need) (?P<a2>(?:reading )?glasses|specs|contact lenses|"
            r"contacts|bifocals|varifocals)(?P<for> (?:to|for) (?:read(?:ing)?|driv(?:e|ing)|see(?:ing)? [^,.;!?]+|"
            r"everything))?\b"
            r"|\bI(?:'m| am) (?P<sight>(?:very |really |quite |a bit )?(?:short|long|near|far)[- ]?sighted)\b"
            r"|\bmy (?:eyesight|eyes|vision|sight)(?: is| are| has| have|'s) (?:getting |gone |really |quite |pretty )*"
            r"(?P<worse>worse|bad|poor|not great|not what (?:it|they) used to be)\b",
            re.I,
        ),
        lambda m, s: health_fact(_eyesight(m), "eyesight"),
    ),
    (  # "Since my stroke I can only use one hand properly", "I've lost the use of my left hand"
        re.compile(
            r"\bI (?:can )?only (?:have |use )?(?:the use of )?one (?P<part>hand|arm|leg|eye|ear)\b[^,.;!?]*"
            r"|\bI(?:'ve| have) lost the use of my (?:(?:left|right) )?(?P<p2>hand|arm|leg|eye|ear)\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: health_fact(_one_side(m, s), m.group("part") or m.group("p2")),
    ),
    (  # "I use a wheelchair", "I rely on a hearing aid"
        re.compile(
            # ("I've got", "I've had": the 've follows the I)
            r"\bI(?: use| rely on| need| have got| have had| have|'ve got|'ve had| wear| get around (?:in|on|with))"
            r" (?:a |an |two )?"
            r"(?P<aid>wheelchair|walker|"
            r"walking frame|cane|walking stick|crutches|hearing aids?|mobility scooter|guide dog|prosthetic \w+|"
            r"stoma|colostomy bag|oxygen tank|insulin pump|screen reader|white cane|cpap(?: machine)?|braille display|"
            r"magnifier|large[- ]print(?: setting| books?| keyboard)?|blue badge|disabled (?:parking )?(?:badge|permit))\b",
            re.I,
        ),
        lambda m, s: health_fact(
            # (a stoma, a badge are had, not used: "Has a stoma")
            f"Uses {m.group('aid').lower()}"
            if m.group("aid").endswith("s")
            else f"{'Has' if m.group('aid').lower() in ('stoma', 'blue badge') or 'disabled' in m.group('aid').lower() else 'Uses'} {a_or_an(m.group('aid'))} "
            f"{m.group('aid').lower()}",
            m.group("aid"),
        ),
    ),
    (  # "I walk with a stick", "I walk on crutches": what the user walks with
        re.compile(
            r"\bI (?:now |still |only |can only )?walk (?:with|on) (?:a |an |two )?"
            r"(?P<aid>walking stick|stick|cane|crutches|walking frame|frame|walker)\b",
            re.I,
        ),
        lambda m, s: health_fact(
            f"Walks with {m.group('aid').lower()}"
            if m.group("aid").endswith("s")
            else f"Walks with {a_or_an(m.group('aid'))} {m.group('aid').lower()}",
            m.group("aid"),
        ),
    ),
    (  # "I'm on blood thinners", "I'm on insulin", "I've been prescribed warfarin", "I've started metformin"
        re.compile(
            r"\bI(?:(?:'m| am) (?:now |currently |still |also )?on"
            r"|(?:'ve| have)? (?:just |recently |now )?(?:been |was |got )(?:prescribed|put on|started on)"
            r"|(?:'ve| have) (?:just |recently |now )?started(?: taking| on)?)"
            rf" (?P<drug>{DRUGS_EN}|the pill|chemo(?:therapy)?|medication for [^,.;!?]+)\b",
            re.I,
        ),
        lambda m, s: health_fact(f"On {m.group('drug')}", m.group("drug")),
    ),
    (  # "My skin burns after ten minutes in the sun", "my knees ache when it rains"
        re.compile(
            rf"^my (?:(?:left|right|lower|upper|bad|dodgy) )?(?P<part>{BODY}) (?:(?P<often>always|easily|quickly|still|often) )?"
            r"(?P<how>burns?|aches?|hurts?|swells?|itch(?:es)?|flares? up|plays? up|acts? up|gets? sore|gives? out|gives? way|goes|"
            r"locks? up|cramps? up|shakes?|trembles?)\b"
            # what lasts, not today's ache: "... after ten minutes in the sun", "... when it rains"
            r"(?(often)|(?=(?: a bit| a little)? (?:easily|quickly|after|when|whenever|if|every|in the|on long|at night|"
            r"since)\b))(?![^?]*\?)"
            # "My knees can't handle stairs anymore"
            rf"|^my (?P<p2>{BODY}) (?:can't|cannot|won't|don't|doesn't) (?:handle|take|cope with|manage|do|like) [^,.;!?]+"
            # "my back's been killing me since I started the warehouse job": for a while, not today
            rf"|^my (?:(?:left|right|lower|upper|bad|dodgy) )?(?P<p3>{BODY})(?:'s| has|'ve| have) been (?:really )?"
            r"(?:killing me|playing up|acting up|hurting|aching|sore|bad|in agony)\b"
            r"(?![^?]*\b(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|last night)\b)(?![^.!]*\?)",
            re.I,
        ),
        lambda m, s: health_fact(
            first_up(s.strip(" .!?").removeprefix("My ").removeprefix("my ")),
            m.group("part") or m.group("p2") or m.group("p3"),
        ),
    ),
    (  # "I bruise easily", "I'm always cold, even in summer", "I get cold easily"
        re.compile(
            # (or the clause after "and": "(I'm recovering from long covid) and get tired easily")
            r"(?:\bI |^(?:still |now )?)"
            r"(?P<what>bruise|burn|tire|get (?:cold|tired|sick|dizzy|sunburnt|sunburned|headaches|hungry)|"
            r"feel the cold|overheat) (?:really |very |super |quite |so )?easily\b"
            r"|\bI(?:'m| am) (?:pretty much |nearly |almost )?always (?P<always>cold|freezing|hot|tired|exhausted|hungry)\b",
            re.I,
        ),
        lambda m, s: _easily(m),
    ),
    (  # "I just got my braces on", "I wear braces"
        re.compile(
            r"\bI (?:just |recently )?(?:got (?:my )?braces(?: on)?|have braces|wear braces|'ve got braces)\b",
            re.I,
        ),
        lambda m, s: Candidate("Wears braces", MemoryKind.FACT, "health:brace", importance=0.8),
    ),
    (  # "My asthma flares up in the cold", "my eczema plays up when I'm stressed": what sets a condition off
        re.compile(
            rf"\bmy (?P<what>{CONDITIONS}|{BODY}) (?:always |really |usually |tends to |can )?"
            r"(?:flares? up|plays? up|acts? up|gets? worse|kicks? off)\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: health_fact(first_up(m.group(0)[3:].strip()), m.group("what")),
    ),
    (  # "I just got a tattoo", "I've had a new piercing": a healing one keeps out of pools, saunas and the sun
        re.compile(
            r"(?:\bI(?:'ve| have) (?:just |recently |only just )?(?:got|had|gotten)|\bI (?:just |recently |only just )?got) "
            r"(?:a |my )?(?:new |first |fresh |big )?"
            r"(?P<what>tattoo|piercing)\b"
            r"|\bI(?:'ve| have)? (?:got |have )?(?:a )?(?:new|fresh) (?P<w2>tattoo|piercing)\b",
            re.I,
        ),
        lambda m, s: health_fact(f"Has a new {(m.group('what') or m.group('w2')).lower()}", "tattoo"),
    ),
    (  # "I tore my ACL playing soccer", "I broke my wrist last month"
        re.compile(
            r"\bI (?:recently |just |badly |once |also )?(?P<verb>tore|broke|sprained|fractured|dislocated|injured|"
            r"hurt|pulled|twisted|strained|damaged|ruptured|wrecked|popped|slipped|herniated|busted)"
            rf" my (?P<side>(?:left|right|lower|upper) )?(?P<part>{BODY})\b",
            re.I,
        ),
        _injury,
    ),
    (  # "I'm scared of heights", "I have a fear of needles", "Spiders freak me out"
        re.compile(
            r"\bI(?:'m| am) (?:(?:really|very|so|quite|a bit|a little|terribly|absolutely|deathly|genuinely|"
            r"always been|also|still) )*(?:afraid|scared|terrified|frightened|petrified|fearful) of (?P<obj>[^,.;!?]+)"
            r"|\bI(?:'ve got| have| got)? (?:an? )?(?:(?:real|huge|massive|big|terrible|irrational|crippling|"
            r"serious|bit of a) )*(?:fear|phobia|terror) of (?P<o2>[^,.;!?]+)"
            r"|^(?P<o3>[\w\s'-]{2,30}?) (?:really |absolutely |totally |still )?(?:scares?|terrif(?:y|ies)|"
            # "Horses terrify the life out of me", "Heights scare the hell out of me"
            r"frightens?|petrif(?:y|ies)|freaks?|creeps?) (?:me(?: out)?|the (?:life|hell|daylight|living daylights) "
            r"out of me)\b"
            r"|^(?P<o4>[\w\s'-]{2,30}?) gives? me the (?:creeps|heebie[- ]jeebies|willies)\b"
            r"|\bit's (?P<o5>[\w\s'-]{2,30}?) that (?:really )?(?:scares|terrifies|frightens|freaks) me\b"
            # "I've never been good with heights", "I'm not great with heights"
            r"|\bI(?:'ve| have)? (?:never been|(?:'m|am) not|(?:'m|am) no) (?:very |that |too |really )?"
            r"(?:good|great|comfortable|ok|okay) (?:with|at|around) (?P<o6>heights|needles|blood|spiders|dogs|deep water|"
            r"the dark|enclosed spaces|crowds|flying)\b"
            # "I'm a bit nervous about flying": what one is nervous of doing, not a worry ("about my exam")
            r"|\bI(?:'m| am) (?:(?:really|very|so|quite|a bit|a little|always|also|still) )*(?:nervous|anxious) "
            r"(?:about|of) (?P<o7>flying|driving|heights|needles|dogs|swimming|deep water|crowds|the dentist|dentists|"
            r"hospitals|motorways|the dark|public speaking|lifts|spiders|injections)\b",
            re.I,
        ),
        _fear,
    ),
    (  # "I'm not confident in water", "I'm not a strong swimmer": what a day by the water has to allow for
        re.compile(
            r"\bI(?:'m| am) (?:not|never) (?:very |that |too |really |a |the )?(?:confident|comfortable|happy|safe|strong "
            r"swimmer|good swimmer|best swimmer|confident swimmer)(?: in (?:the )?(?:water|sea|deep water|pool))?(?=\s*$|\s*[,.;!?]|\s+(?:and|so|but)\b)",
            re.I,
        ),
        lambda m, s: (
            Candidate(first_up(m.group(0).split(" ", 1)[1]), MemoryKind.FACT, "weak:swim", importance=0.7)
            if re.search(r"water|sea|pool|swimmer", m.group(0), re.I)
            else None
        ),
    ),
    (  # "I'm claustrophobic", "I'm a bit agoraphobic"
        re.compile(
            r"\bI(?:'m| am) (?:(?:really|very|so|quite|a bit|a little|pretty|badly|severely|also) )*"
            r"(?P<what>claustrophobic|agoraphobic|arachnophobic|acrophobic|germophobic|emetophobic)\b",
            re.I,
        ),
        lambda m, s: fear_fact(f"Is {m.group('what').lower()}", m.group("what")),
    ),
    (  # "My blood pressure runs high", "my iron is a bit low"
        re.compile(
            r"\bmy (?P<part>blood pressure|cholesterol|blood sugar|sugar levels?|iron(?: levels?)?|(?:resting )?heart "
            r"rate|thyroid levels?|vitamin d(?: levels?)?|bmi) (?:is|are|runs|run|has been|have been|tends to be|"
            r"tend to be|'s)(?: (?:always|usually|a bit|quite|really|very|pretty|a little|slightly|on the|way|too))* "
            r"(?P<state>high|low|elevated|up|borderline|higher side|lower side)\b",
            re.I,
        ),
        _health,
    ),
    (  # "My blood pressure is 145/92", "my resting heart rate is 72", "my A1C came back at 6.8"
        re.compile(
            r"\bmy (?:last |latest |most recent |current |usual |fasting )?(?P<part>blood pressure|bp|cholesterol|"
            r"blood sugar|(?:fasting )?glucose|(?:hb)?a1c|(?:resting )?heart rate|bmi|body fat|vitamin d|iron) "
            r"(?:reading |level |levels |number )?(?:is|was|'s|came (?:in|back) at|reads?|read|measured|sits at|"
            r"averages?)(?: (?:about|around|roughly|now|currently|usually|at|still|only))* "
            r"(?P<value>\d{2,3}/\d{2,3}|\d{1,3}(?:\.\d{1,2})?(?: ?(?:%|bpm|mmol/l|mg/dl))?)(?![\w/])",
            re.I,
        ),
        _reading,
    ),
    (  # "I weigh 94 kg", "I'm 210 lbs", "my weight is 94 kg", "I'm 15 stone" (not "I'm 10 kg overweight")
        re.compile(
            r"\b(?:I (?:currently |now |still )?weigh|I(?:'m| am)(?: currently| now| still)?(?: (?:down|up|back) to| at)?"
            r"|I(?:'ve| have) (?:got|gotten|come) (?:down|up) to|my (?:current )?weight is(?: now| currently)?) (?:about |around |roughly |nearly |almost |just over |just under |over |under )?"
            r"(?P<w>\d{2,3}(?:[.,]\d)? ?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds)|\d{1,2} ?(?:st|stone)"
            r"(?: \d{1,2}(?: ?(?:lbs?|pounds))?)?)\b"
            r"(?! (?:over\w*|under\w*|heavier|lighter|more|less|too|away|off|from|short|down|up)\b)",
            re.I,
        ),
        _weighs,
    ),
    (  # "I'm about 20 kilos overweight", "I'm obese", "I'm a bit underweight": where the user's weight stands
        re.compile(
            r"\bI(?:'m| am)(?: (?:currently|now|still|also))? (?P<said>(?:(?:about|around|roughly|nearly|almost|"
            r"over|at least|a (?:bit|little)|slightly|very|quite|seriously|severely|morbidly|clinically) )*"
            r"(?:(?:\d{1,3}|a|one|two|three|four|five|six|ten|twelve|fifteen|twenty|thirty|forty|fifty) ?"
            r"(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|st|stone) )?(?P<what>overweight|underweight|obese))\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is {m.group('said')}", MemoryKind.FACT, f"weight:{m.group('what').lower()}", importance=0.7
        ),
    ),
    (  # "I've put on about 8 kilos since lockdown", "I've lost 5 kg this year", "I gained a stone last winter"
        re.compile(
            r"\bI(?:'ve| have)? (?:(?:just|already|recently|also) )?(?P<how>put on|gained|lost|dropped|shed)"
            r" (?P<said>(?:about |around |roughly |nearly |almost |over |just over |a good )?"
            r"(?:\d{1,3}(?:[.,]\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) "
            r"?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|st|stone)\b(?! (?:at|on|betting|gambling|playing)\b)"
            r"[^,.;!?]{0,40})",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Has {'put on' if m.group('how').lower() in ('put on', 'gained') else 'lost'} {m.group('said').strip()}",
            MemoryKind.FACT,
            "weight:change",
            importance=0.7,
        ),
    ),
    (  # "I'm on a keto diet", "I follow a paleo diet", "I've been doing intermittent fasting", "I keep kosher"
        re.compile(
            r"\bI(?:'m| am) (?:now |currently |strictly |also |trying )?on (?:a|the) (?:strict |new |proper |"
            r"\w+-day )?(?P<diet>keto(?:genic)?|paleo|mediterranean|plant[- ]based|vegan|vegetarian|pescatarian|"
            r"carnivore|whole ?30|dash|raw(?: food)?|halal|kosher|high[- ]protein|liquid|fodmap|5:2) diet\b"
            r"|\bI(?: do| follow| practi[cs]e| am doing|'m doing|'ve been doing| have been doing|'ve started| started|'m| am|"
            r"(?:'m| am) (?:now |currently |also )?on) (?P<d2>intermittent fasting|keto|paleo|"
            r"(?:a |the )?(?:keto|paleo|mediterranean|plant[- ]based|5:2) diet)\b"
            r"|\b(?:I|we) (?:keep|eat|only eat|eat only) (?P<d3>kosher|halal)\b",
            re.I,
        ),
        lambda m, s: _on_diet(m.group("diet") or m.group("d2") or m.group("d3")),
    ),
    (  # "We cycle everywhere now", "I walk everywhere": how the user gets about (after what the
        # household has not got: "We don't own a car, we cycle everywhere" is that)
        re.compile(
            r"\b(?:I|we) (?P<how>cycle|bike|walk|drive|take the bus|take the train) everywhere\b", re.I
        ),
        lambda m, s: Candidate(
            f"{first_up(third_person(m.group('how').lower()))} everywhere",
            MemoryKind.FACT,
            "commute",
            importance=0.6,
        ),
    ),
]
