"""English extraction rules: likes and dislikes, drinks, allergies, diets, names, relations, jobs, employers,
homes, instructions to the assistant, "forget that ...", and the dates that make a plan."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, topic_value
from tailorkit.text import index_terms

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
    r"(?:am|is|are|'m|'s|'re) (?:\w+ing|away|off|on (?:a|an|my|our|the|holiday|leave|vacation))|flying|"
    r"moving|visiting|leaving|due)\b",
    re.IGNORECASE,
)
_CHANGE_EN = re.compile(r"\b(?:switched|changed|moved|now|anymore|no longer|these days|nowadays)\b", re.I)
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


def _clean(phrase: str) -> str:
    """The object of a rule without the words around it that are not part of it; empty when nothing is
    left or only a pronoun (a memory "Avoids it" means nothing when read later)."""
    phrase = phrase.strip(" ,.;:!?\"'")
    for _ in range(3):
        phrase = _TAIL.sub("", _LEAD.sub("", phrase)).strip(" ,.;:!?\"'")
    # "Yeah, I love to." names nothing either: no word of it says what
    return "" if phrase.lower() in _PRONOUNS or not index_terms(phrase) else phrase


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
    obj = _clean(m.group("obj"))  # "watching them play": what is left is pointed at too
    return obj if len(obj) <= 80 and not _NOT_ONES_OWN.match(obj) else ""


def _likes(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _liked(m, sentence)
    if not obj:
        return None
    if obj.split()[0].lower() in _DRINKS:
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
    drink = obj.split()[0].lower() in _DRINKS
    topic = f"drink:{topic_value(obj.split()[0])}" if drink else f"likes:{topic_value(obj)}"
    change = bool(_CHANGE_EN.search(sentence))
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


_FOR_A_WHILE = re.compile(
    r"\s+(?:for (?:the )?(?:next |rest of the |whole |coming |a |an |one |two |three |four |few |couple of |"
    r"several |\d+ )*(?:days?|weeks?|months?|years?|while|now)|until\b.*|till\b.*|this (?:week|month|year)|"
    r"(?:from )?now on)$",
    re.I,
)
"""How long a constraint holds, said after what it is about ("sugar for the next two weeks"): the memory
says it, its topic does not (the time is read into when it holds)."""


def _avoids(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
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
    obj = _clean(re.sub(r"^(?:my|our|the) ", "", obj, flags=re.I))
    if not obj or len(obj) > 60:
        return None
    return _keeping_from(f"Cuts down on {obj}", "limits", obj)


def _aim(m: re.Match[str], sentence: str) -> Candidate | None:
    aim = _clean(m.group("aim"))
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
    r"constipat\w*|palpitations?|throw up|puke|gassy|upset)\b",
    re.I,
)
"""What something that keeps, gives or makes the user something does when it is a sensitivity ("keeps me
up", "gives me migraines"); "Art gives me a sense of freedom" is none."""


def _sensitive(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj"))
    if not obj or len(obj) > 60:
        return None
    effect = (m.groupdict().get("effect") or "").strip()
    if re.match(r"(?:keeps|gives|makes)\b", effect, re.I) and not _HARM.search(effect):
        return None
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
        text = f"Doing {_clean(m.group('obj')).title()}"
    else:
        text = f"Giving up {_clean(m.group('what'))} for {_clean(m.group('season'))}"
    return Candidate(text, MemoryKind.EVENT, f"goal:{topic_value(text)}", importance=0.7)


def _goal(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _clean(m.group("obj") or m.group("test"))
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


_OCCUPATIONS = (
    "nurse|doctor|physician|surgeon|dentist|pharmacist|midwife|paramedic|vet|veterinarian|therapist|"
    "psychologist|psychiatrist|counsell?or|social worker|caregiver|carer|teacher|lecturer|professor|tutor|"
    "student|undergrad|grad student|PhD student|engineer|developer|programmer|coder|designer|architect|"
    "lawyer|attorney|solicitor|barrister|judge|paralegal|accountant|auditor|bookkeeper|consultant|manager|"
    "analyst|scientist|researcher|economist|banker|trader|writer|author|journalist|reporter|editor|"
    "translator|interpreter|artist|illustrator|animator|musician|singer|composer|dancer|actor|actress|"
    "photographer|filmmaker|chef|cook|baker|butcher|waiter|waitress|bartender|barista|driver|pilot|"
    "flight attendant|mechanic|electrician|plumber|carpenter|builder|farmer|gardener|firefighter|"
    "police officer|officer|soldier|nanny|cleaner|cashier|clerk|receptionist|secretary|librarian|"
    "salesperson|realtor|estate agent|marketer|freelancer|entrepreneur|founder|CEO|intern|retiree|"
    "pensioner|coach|personal trainer|trainer|hairdresser|barber|technician|administrator|civil servant|"
    "priest|pastor|homemaker|housewife|househusband|stay-at-home (?:mom|mum|dad|parent)|\\w+ologist|"
    "\\w+ician|\\w+grapher"
)
"""What "I'm a/an ..." names when it is a job ("I'm a nurse", "I'm a software engineer"), not anything
else ("I'm a big fan of ...", "I'm a bit tired")."""

_NOT_NAMES = frozenset(
    {"american", "british", "english", "chinese", "canadian", "australian", "german", "french", "indian",
     "japanese", "korean", "italian", "spanish", "mexican", "irish", "scottish", "welsh", "dutch", "swiss",
     "swedish", "russian", "polish", "brazilian", "african", "european", "asian", "christian", "muslim",
     "jewish", "catholic", "buddhist", "hindu", "vegan", "vegetarian", "sorry", "ok", "okay", "fine", "good",
     "great", "back", "here", "there", "not", "just", "so", "also", "really", "very", "still", "currently",
     "always", "never", "new", "single", "married", "retired", "in", "on", "at", "from", "into", "done",
     "ready", "sure"}
)  # fmt: skip
"""Capitalised words after "I'm" that are not a name ("I'm British", "I'm Sorry" typed in title case)."""


def _works_as(job: str) -> str:
    """ "Works as a nurse", "Works as an engineer"; a job said with no article ("head of sales") keeps none
    unless it is one of the known jobs."""
    first = job.split()[0].lower()
    if first in {"a", "an", "the", "my"} or not re.match(
        rf"(?:[\w-]+ ){{0,2}}?(?:{_OCCUPATIONS})$", job, re.I
    ):
        return f"Works as {job}"
    return f"Works as {'an' if first[0] in 'aeiou' else 'a'} {job}"


def _introduction(m: re.Match[str], sentence: str) -> tuple[Candidate, ...] | None:
    """ "I'm Anna", "Hi, I'm Tom, a software engineer from Berlin": the name, and the job and home said
    with it."""
    name = m.group("name")
    if name.lower() in _NOT_NAMES:
        return None
    said = [Candidate(f"Name is {name}", MemoryKind.FACT, "name", importance=0.9)]
    if m.group("job"):
        said.append(Candidate(_works_as(m.group("job")), MemoryKind.FACT, "job", importance=0.7))
    if m.group("where") and (where := _clean(m.group("where"))):
        said.append(Candidate(f"Lives in {where}", MemoryKind.FACT, "home", importance=0.7))
    return tuple(said)


def _occupation(m: re.Match[str], sentence: str) -> Candidate | None:
    job = m.group("job").strip()
    goes_on = re.match(r"\s+(?!by (?:trade|profession)\b)\w", sentence[m.end() :], re.I)
    if m.group(0)[:1].lower() != "i" and goes_on:
        return None  # "A nurse." answers what the user does; "A fellow chef in the kitchen is ..." does not
    change = bool(_CHANGE_EN.search(sentence))
    return Candidate(_works_as(job), MemoryKind.FACT, "job", importance=0.7, change=change)


def _works_when(m: re.Match[str], sentence: str) -> Candidate | None:
    how = m.group("how").lower()
    return Candidate(f"Works {how}", MemoryKind.FACT, f"work:{topic_value(how)}", importance=0.6)


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
    return Candidate(_works_as(job), MemoryKind.FACT, "job", importance=0.7, change=change)


def _employer(m: re.Match[str], sentence: str) -> Candidate | None:
    where = _clean(m.group("where"))
    return Candidate(f"Works at {where}", MemoryKind.FACT, "employer", importance=0.6)


def _home(m: re.Match[str], sentence: str) -> Candidate | None:
    where = _clean(m.group("where"))
    if not where:
        return None
    return Candidate(f"Lives in {where}", MemoryKind.FACT, "home", importance=0.7)


_TO_ANSWER = (
    r"answer|reply|respond|write|use|mention|suggest|recommend|call|talk|speak|keep|give(?! up)|include|show|"
    r"ask|say|tell|send|remind|bring up|add|list|format|explain|translate|put|offer|assume|spell|address|"
    r"refer|sign|end|start|correct|repeat|cite|quote|make|check|confirm|share|book|order|schedule|email|"
    r"text|round|convert|sugarcoat|lecture|judge|nag|pressure|curse|swear|lie|"
    r"forget (?:that|I'm|I am|my)|be (?!afraid|scared|shy|sad|down|so hard|too hard)"
)
"""What an instruction to the assistant tells it to do or not: how to answer, what to bring up. "Don't
give up", "Don't let it get you down", "Never saw this coming" say nothing of the kind."""


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
    (
        re.compile(
            rf"^(?:please\s+)?(?:(?:always|never|don't|do not)\s+(?:ever\s+)?(?:{_TO_ANSWER})\b|stop\s+\w+ing\b).*",
            re.I,
        ),
        _instruction,
    ),  # "Always answer in French", "Stop suggesting meat"; not "Always good to hear" nor "Don't give up"
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
            r"^(?:(?i:hi|hello|hey|hiya)(?: there| all| everyone)?[,!.]?\s+)?I(?:'m| am) "
            r"(?P<name>[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?=\s*(?:$|[,.!;]| and\b| here\b| from\b))"
            rf"(?:,\s*(?i:a|an) (?P<job>(?:[\w-]+ ){{0,2}}?(?i:{_OCCUPATIONS}))(?=$|[\s,.;!?]))?"
            r"(?:,? (?i:from|in|based in) (?P<where>[A-Z][^,.;!?]*))?"
        ),
        _introduction,
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
    (
        re.compile(
            rf"\b(?:I(?:'m| am) (?:now |currently |also |actually |still )?|^)(?:a|an) "
            rf"(?P<job>(?:[\w-]+ ){{0,2}}?(?:{_OCCUPATIONS}))(?=$|[\s,.;!?])",
            re.I,
        ),
        _occupation,
    ),
    (
        re.compile(
            r"\bI (?:usually |often |mostly |normally |now |currently |also |still |only )?work "
            r"(?P<how>(?:on |the )?(?:night|day|early|late|evening|morning|weekend|double|long|rotating|split|"
            r"12-hour|twelve-hour)[ -]?shifts?|shifts|nights|weekends|from home|remotely|part[- ]time|"
            r"full[- ]time|long hours|overtime)\b",
            re.I,
        ),
        _works_when,
    ),
    (re.compile(r"\bI (?:now |currently )?work (?:at|for) (?P<where>[^,.;!?]+)", re.I), _employer),
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


def _name_any(m: re.Match[str]) -> Candidate:
    name = m.group("name") or m.group("n2")
    return Candidate(f"Name is {name}", MemoryKind.FACT, "name", importance=0.9)


def _favourite(m: re.Match[str]) -> Candidate:
    what, obj = m.group("what").lower(), _clean(m.group("obj"))
    return Candidate(f"Favourite {what} is {obj}", MemoryKind.PREFERENCE, f"favourite:{topic_value(what)}")
