"""English extraction rules: who the user is (names, relations, jobs, employers, homes); with what the user
asks of the assistant (instructions, "forget that ...": ``memory._asking_en``, tried first), what they keep
away from or work towards (``memory._keeping_en``) and what they like and do (``memory._tastes_en``) they
make ``EN_RULES``, tried in order, the first that matches a sentence giving its memory."""

from __future__ import annotations

import re
from dataclasses import replace

from tailorkit.memory._asking_en import ASKING_EN
from tailorkit.memory._identity import IDENTITY_EN
from tailorkit.memory._keeping_en import AIMS_EN, KEEPING_EN
from tailorkit.memory._learning import LEARNING_EN, school_year
from tailorkit.memory._money import MONEY_EN
from tailorkit.memory._owning import OWNING_EN
from tailorkit.memory._places import is_place
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import (
    Rule,
    a_or_an,
    diet_fact,
    first_up,
    health_fact,
    named_relation,
    topic_value,
)
from tailorkit.memory._setting import SETTING_EN
from tailorkit.memory._shopping import SHOPPING_EN
from tailorkit.memory._skills import SKILLS_EN
from tailorkit.memory._status import STATUS_EN
from tailorkit.memory._tastes_en import TASTES_EN
from tailorkit.memory._ties import TIES_EN
from tailorkit.memory._words_en import (
    CHANGE_EN,
    DATE_EN,
    DAYS,
    DIETS,
    FUTURE_EN,
    OCCUPATIONS,
    PETS,
    PLACE_NAME_EN,
    RELATIONS,
    WORK_HOURS,
    clean,
    day_cased,
    third_person,
)
from tailorkit.text import index_terms

__all__ = ["DATE_EN", "EN_RULES", "FUTURE_EN", "RELATIONS"]

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
        rf"(?:[\w&-]+ ){{0,2}}?(?:{OCCUPATIONS})$", job, re.I
    ):
        return f"Works as {job}"
    return f"Works as {a_or_an(first)} {job}"


def _introduction(m: re.Match[str], sentence: str) -> tuple[Candidate, ...] | None:
    """ "I'm Anna", "Hi, I'm Tom, a software engineer from Berlin", "I'm Dana, 41": the name, and the age,
    job and home said with it."""
    name = m.group("name")
    if name.lower() in _NOT_NAMES:
        return None
    said = [Candidate(f"Name is {name}", MemoryKind.FACT, "name", importance=0.9)]
    if m.group("age") and (age := _age(m.group("age"))):  # "I'm Dana, 41, ..."
        said.append(age)
    if m.group("year"):  # "I'm Priya, 16, in year 11"
        said.append(school_year(m.group("year")))
    if m.group("diet_age") and (age := _age(m.group("diet_age"))):  # "I'm Lin, a 45-year-old vegetarian"
        said.append(age)
    if m.group("diet"):
        said.append(diet_fact(m.group("diet")))
    if m.group("job"):
        said.append(_does(m.group("job")))
        # "I'm Priya, a nurse working nights"
        if (when := _shifts(m.group("job"), sentence[m.end("job") :])) is not None:
            said.append(when)
    if m.group("where") and (where := clean(m.group("where"))):
        said.append(Candidate(f"Lives in {where}", MemoryKind.FACT, "home", importance=0.7))
    # "Hey, I'm Priya, 16, in year 11 and physics is honestly my worst subject": what the introduction goes
    # on to say is kept in the user's words, beside the name and the age
    if len(index_terms(sentence[m.end() :])) >= 3:
        said.append(Candidate(sentence.strip(), MemoryKind.EPISODE, importance=0.5))
    return tuple(said)


_DIET_EN = "|".join(d for d in DIETS if d != "diabetic")  # "diabetic" is a condition (``_keeping_en``)


def _aged_diet(m: re.Match[str], sentence: str) -> tuple[Candidate, ...] | None:
    """ "I'm a 45-year-old vegetarian": the age, and the diet."""
    age = _age(m.group("age"))
    return (age, diet_fact(m.group("diet"))) if age is not None else None


def _age(years: str) -> Candidate | None:
    """ "Is 41": an age a person can have, said in years."""
    return (
        Candidate(f"Is {years}", MemoryKind.FACT, "age", importance=0.7) if 5 <= int(years) <= 110 else None
    )


def _job_and_age(job: str, change: bool) -> Candidate | tuple[Candidate, ...]:
    """ "Works as a nurse", and the age said with the job ("a 41-year-old nurse")."""
    aged = re.match(r"(\d{1,3})[- ]years?[- ]old (?=\w)", job)
    if aged and (age := _age(aged.group(1))):
        return age, _does(job[aged.end() :], change)
    return _does(job, change)


def _does(job: str, change: bool = False) -> Candidate:
    """What the user does: "Works as a nurse" (``job``), or what they study: "Is a nursing student"
    (``study``; a student does not work as one)."""
    if re.search(r"\b(?:student|undergrad|undergraduate|pupil)$", job, re.I):
        return Candidate(
            f"Is {_works_as(job).removeprefix('Works as ')}", MemoryKind.FACT, "study", importance=0.7
        )
    return Candidate(_works_as(job), MemoryKind.FACT, "job", importance=0.7, change=change)


def _occupation(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    job = m.group("job").strip()
    goes_on = re.match(r"\s+(?!by (?:trade|profession)\b)\w", sentence[m.end() :], re.I)
    if m.group(0)[:1].lower() != "i" and goes_on:
        return None  # "A nurse." answers what the user does; "A fellow chef in the kitchen is ..." does not
    change = bool(CHANGE_EN.search(sentence))
    done = _job_and_age(job, change)
    said = [*(done if isinstance(done, tuple) else (done,))]
    if (when := _shifts(job, sentence[m.end() :])) is not None:
        said.append(when)
    if (home := _home_after(sentence[m.end() :])) is not None:  # "I'm a nurse in Toronto"
        said.append(home)
    return said[0] if len(said) == 1 else tuple(said)


_IN_PLACE = re.compile(rf"^\s*,?\s+(?:based |living )?in (?P<where>{PLACE_NAME_EN})")


def _home_after(after: str) -> Candidate | None:
    """Where the user lives, said right after what they are ("(I'm a nurse) in Toronto"): a place's name
    (``is_place``), not where they are for a while ("(I'm a nurse) in London this week")."""
    m = _IN_PLACE.match(after)
    if m is None or not _settled(m.group("where"), after):
        return None
    return Candidate(f"Lives in {m.group('where')}", MemoryKind.FACT, "home", importance=0.7)


def _shifts(job: str, after: str) -> Candidate | None:
    """When the user works, said with the job: "(I'm a nurse) on night shifts", "(a nurse) working nights",
    "a night-shift nurse"."""
    shifts = re.match(
        r"\s+(?:on|doing|working) (?:the |a )?(?P<how>(?:night|early|late|evening|weekend|rotating|split|12-hour)[ -]?"
        r"shifts?|nights|weekends)\b",
        after,
        re.I,
    )
    named = re.match(r"(?P<how>night|early|late|weekend|evening)[ -]shift\b", job, re.I)
    # "(I'm a firefighter) on a 24 hours on, 48 off rota"
    rota = re.match(
        rf"\s+(?:on|doing|working) (?:a |the )?(?P<how>{_ROUND})(?: rota| pattern| shifts?)?\b", after, re.I
    )
    if rota is not None:
        return Candidate(f"Works {rota.group('how')}", MemoryKind.FACT, "work:shift", importance=0.6)
    if shifts is not None:
        how = shifts.group("how").lower()
    elif named is not None:
        how = f"{named.group('how').lower()} shifts"
    else:
        return None
    return Candidate(f"Works {how}", MemoryKind.FACT, f"work:{topic_value(how)}", importance=0.6)


_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_ROUND = rf"{_NUMBER}(?: hours?| hrs?| days?| nights?)? on,? {_NUMBER}(?: hours?| hrs?| days?| nights?)? off"
_ROTA = re.compile(rf",?\s+(?P<rota>{_ROUND})\b", re.I)
"""How shifts go round, said after them ("I work 12-hour shifts, three on four off")."""


_PACE = re.compile(
    rf",?\s+(?:usually |normally |mostly |from )?(?P<how>{WORK_HOURS}|(?:{_NUMBER} (?:days|nights|shifts|evenings|times)"
    r"|twice|once) (?:a|per|each) week)",
    re.I,
)
"""The hours and how often, said after when one works ("..., usually 7pm to 7am, three nights a week")."""


_TURNS = re.compile(r",?\s*(?P<how>(?:earl|late|day|night|mornings?|evenings?)\w*\s[^.;!?]{0,50})")
"""How shift work turns, said after it ("I do shift work, earlies one week and lates the next")."""


def _works_when(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    if m.group("pt"):
        kind = m.group("pt").lower().replace(" ", "-")
        kind = kind.capitalize() if kind.endswith("day") else kind  # "a Sunday job"
        said = f"Has {a_or_an(kind)} {kind} job{m.group('ptdays') or ''}"
        return Candidate(said, MemoryKind.FACT, f"work:{topic_value(kind)}", importance=0.6)
    if m.group("shift"):
        return Candidate(f"Works {m.group('shift')} shifts", MemoryKind.FACT, "work:hours", importance=0.6)
    if m.group("do"):
        turns = _TURNS.match(sentence, m.end()) or _PACE.match(sentence, m.end())
        said = f"Does {m.group('do').lower()}" + (f", {turns.group('how').strip()}" if turns else "")
        return Candidate(said, MemoryKind.FACT, "work:shift", importance=0.6)
    if m.group("call"):
        return Candidate(f"Is {m.group('call')}", MemoryKind.FACT, "work:on_call", importance=0.6)
    if m.group("sw"):
        pace = _PACE.match(sentence, m.end())  # "I work night shifts three times a week"
        return Candidate(
            f"Works {m.group('sw').lower()} shifts" + (f", {pace.group('how')}" if pace else ""),
            MemoryKind.FACT,
            f"work:{m.group('sw').lower()}",
            importance=0.6,
        )
    how = day_cased(m.group("how") or re.sub(r"^(?:the|a) | (?:rota|pattern)$", "", m.group("rota")))
    days = (m.group("days") or "") + (f", {m.group('also')}" if m.group("also") else "")
    both = (
        f" (so does their {kin.group(1).lower()})"
        if (kin := re.match(r"my (\w+) and I", m.group(0), re.I))
        else ""
    )
    rota = _ROTA.match(sentence[m.end() :])
    rota_said = f", {rota.group('rota').lower()}" if rota else ""
    at = m.end() + (rota.end() if rota else 0)
    # "I work night shifts as a nurse, usually 7pm to 7am, three nights a week": the hours and how often
    while pace := _PACE.match(sentence, at):
        rota_said += f", {pace.group('how')}"
        at = pace.end()
    # "9 to 5": one key whatever the hours (not "12-hour shifts")
    hours = re.match(
        r"\d{1,2}(?::\d\d)? ?(?:am|pm)? ?(?:to|till|until|-) ?\d|nine to|monday to|mon-", how, re.I
    )
    when = Candidate(
        f"Works {how}{days}{both}{rota_said}",
        MemoryKind.FACT,
        "work:days"
        if m.group("wdays") or how.endswith(" a week")
        else "work:hours"
        if hours
        else f"work:{topic_value(how)}",
        importance=0.6,
        change=bool(m.group("switch")),
    )
    if m.group("job"):  # "I work night shifts as a nurse"
        return when, _does(m.group("job"))
    return when


def _expecting(m: re.Match[str], sentence: str) -> Candidate:
    """A baby on the way, and when it is due when said ("Expecting a baby (due in June)")."""
    due = next((w.strip() for w in m.group("when", "w2", "w3") if w and w.strip()), "")
    return Candidate(
        f"Expecting a baby (due {due})" if due else "Expecting a baby",
        MemoryKind.FACT,
        "relation:baby",
        importance=0.7,
    )


def _name(m: re.Match[str], sentence: str) -> Candidate | None:
    return Candidate(f"Name is {m.group('name')}", MemoryKind.FACT, "name", importance=0.9)


def _relation(m: re.Match[str], sentence: str) -> Candidate | None:
    """ "My wife's name is Anna", "my son, Tom, ...": a name said as one ("my daughter, and ..." or "my
    wife is called by ..." names no one)."""
    role, name = m.group("role").lower(), m.group("name") or m.group("said")
    if re.match(r",? and (?:I|me)\b", sentence[m.end() :]) and "," in m.group(0):
        return None  # "My girlfriend, Toby(,) and I are going camping": three people, not a name
    if name.lower() in _NOT_NAMES or name.lower() in {
        "and",
        "who",
        "which",
        "that",
        "the",
        "by",
        "but",
        "or",
    }:
        return None
    return named_relation(role, name)


def _job(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    job = clean(m.group("job"))
    if not job or len(job) > 60:
        return None
    change = bool(CHANGE_EN.search(sentence))
    return _job_and_age(job, change)


_NEW_JOB = (
    r"(?:\bI(?:'ve| have)? (?:just |recently |finally |now )?(?:got|gotten|landed|accepted|took|taken|started|"
    r"found) (?:a|my|the|this)|\b(?:moved|relocated|came|am here|'m here)\b[^,.;!?]{0,40}? for (?:a|my|the)) "
    r"(?:new |full-time |part-time |permanent )?(?:job|position|role) "
)
"""What names a job the user has just got or moved for ("I've just started a new job ", "I moved to Lisbon
for a job "), not one looked or applied for."""


def _employer(m: re.Match[str], sentence: str) -> Candidate | None:
    where = clean(_AFTER_PLACE.sub("", m.group("where")))  # (not "... since 2019", "... last week")
    return Candidate(f"Works at {where}", MemoryKind.FACT, "employer", importance=0.6) if where else None


def _new_employer(m: re.Match[str], sentence: str) -> Candidate | None:
    """A new job's employer: it ends the one known before."""
    found = _employer(m, sentence)
    return replace(found, change=True) if found else None


_AFTER_PLACE = re.compile(
    r"\s+(?:(?:last|this|next|earlier this|late last) (?:year|month|week|spring|summer|autumn|fall|winter)|"
    r"(?:a|one|two|three|four|five|six|ten|a few|a couple of|\d+) (?:years?|months?|weeks?|days?) ago|"
    r"(?:in|since|back in) (?:\d{4}|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|for (?:work|school|uni|university|college|my job|my studies|a job|love)|"
    r"with (?:my|our|the|a)|from|because|when|after|before|recently|originally)\b.*$",
    re.I,
)
"""What may follow the place in "I moved to Berlin last year", "I live in Leeds with my wife": not part
of its name."""
_NOT_A_PLACE = frozenset(
    {"a", "an", "the", "my", "our", "his", "her", "their", "this", "that", "fear", "hope", "denial", "sin",
     "poverty", "peace", "comfort", "luxury", "misery", "dread", "harmony", "pain", "constant", "town",
     "here", "there", "nowhere", "somewhere", "it", "one", "two", "halls", "dorms", "residence", "shared",
     "student", "rented", "social", "private", "temporary", "emergency", "sheltered", "hospital", "prison",
     "jail", "care", "hiding", "exile", "limbo", "chaos", "squalor", "fact", "reality", "theory", "part",
     "order", "case", "terms", "front", "between", "silence", "awe", "debt", "style", "bliss", "walking",
     "driving", "commuting", "close", "near", "easy", "reach", "range", "view", "sight"}
)  # fmt: skip
"""First words after "I live in" written in lower case that begin no place's name ("I live in fear",
"i live in a flat"): a lower-case place is taken only when it begins with none of them."""


_PASSING = re.compile(
    r"\b(?:this|next|today|tonight|tomorrow|until|till|right now|at the moment|for now|on (?:holiday|vacation|"
    r"a trip|business|a layover)|visiting|for (?:a|an|the|two|three|work|business|a few)|weekend|week|trip|"
    r"conference|airport|hotel|passing through|stuck)\b",
    re.I,
)
"""What says the user is somewhere for a while only ("I'm in London this week", "... for a conference")."""


def _settled(where: str, sentence: str) -> bool:
    """Whether ``where`` names a place (``is_place``) that ``sentence`` does not say the user is in for a
    while only."""
    return is_place(where) and not _PASSING.search(sentence)


def _home(m: re.Match[str], sentence: str) -> Candidate | None:
    said = _AFTER_PLACE.sub("", m.group("where")).strip()
    if re.match(r"the [A-Z]", said):  # "the UK", "the Bay Area" ("US" is no index term: not cleaned)
        return Candidate(f"Lives in {said.rstrip(' ,.;:!?')}", MemoryKind.FACT, "home", importance=0.7)
    if said[:1].islower():  # "i live in leeds": a place typed in lower case, named as a place is
        words = said.split()
        if len(words) > 3 or words[0] in _NOT_A_PLACE or not all(w.isalpha() for w in words):
            return None
        said = " ".join(w.capitalize() for w in words)
    where = clean(said)
    if not where:
        return None
    return Candidate(f"Lives in {where}", MemoryKind.FACT, "home", importance=0.7)


_TECH = frozenset(
    {"mac", "pc", "windows", "android", "iphone", "apple", "linux", "samsung", "google", "kindle"}
)
_HOURS = frozenset({"morning", "night", "evening", "early", "late", "night-owl", "early-morning"})


def _kind_of_person(m: re.Match[str], sentence: str) -> Candidate | None:
    """ "I'm a Mac person" (what they use), "a morning person" (when they are at their best), "a cat
    person" (what they like)."""
    what = m.group("what")
    low = what.lower()
    if m.group().lower().endswith("user") and low not in _TECH:
        return None  # "a wheelchair user": what they live with, read by its own rule
    if low in _TECH:
        return Candidate(f"Uses {what}", MemoryKind.PREFERENCE, f"uses:{topic_value(what)}", importance=0.7)
    if low in _HOURS:  # "I'm not a morning person at all": when they are not at their best
        said, sign = (f"Is not a {low} person", -1) if m.group("not") else (f"Is a {low} person", 1)
        return Candidate(said, MemoryKind.FACT, f"habit:{low}", polarity=sign, importance=0.6)
    if m.group("not"):
        return None  # "I'm not a people person": no liking to keep under its words
    if low in ("people", "big", "private", "real", "good", "nice", "different", "new", "young", "old"):
        return None
    return Candidate(f"A {low} person", MemoryKind.PREFERENCE, f"likes:{topic_value(what)}")


def _commute(m: re.Match[str], sentence: str) -> Candidate:
    """How the user gets to work or school ("Cycles to work", "Takes the train into the office")."""
    return Candidate(first_up(third_person(m.group("how"))), MemoryKind.FACT, "commute", importance=0.6)


def _learning(m: re.Match[str], sentence: str) -> Candidate | None:
    """What the user is learning ("Learning to code in Python"); not "learning a ton"."""
    said = re.split(
        r"\s+[-–—]\s*|\s+and (?=(?:I|I'm|I'd|want|would|hope|need|it|it's)\b)", m.group("obj").strip()
    )[0]
    said = re.sub(r"\s+now$", "", said, flags=re.I)  # "Spanish and want to practise": Spanish
    what = clean(said)
    if not what or re.fullmatch(r"(?:a (?:ton|lot|bit)|lots|loads|so much|heaps|fast|quickly)", said, re.I):
        return None
    return Candidate(f"Learning {said}", MemoryKind.FACT, f"learning:{topic_value(what)}", importance=0.6)


def _pet(m: re.Match[str], sentence: str) -> Candidate:
    """An animal of the household, with its name when the user gives it ("Has a dog called Max")."""
    first = pet = m.group("pet")
    # "two cats and a rabbit": every animal said
    more = re.match(
        rf"\s+and (?:(?:a|an|two|three|four|\d+) (?:[\w-]+ )?(?:{PETS}))\b", sentence[m.end() :], re.I
    )
    pet, end = (f"{pet}{more.group(0)}", m.end() + more.end()) if more else (pet, m.end())
    named = re.match(r"\s+(?:called|named) (?-i:([A-Z][\w'-]+))", sentence[end:], re.I)
    text = f"Has {pet} called {named.group(1)}" if named else f"Has {pet}"
    # "... who is terrified of fireworks": what the household has to allow for
    like = re.match(
        r",?\s+(?:who|that|which)\s+((?:is|gets|hates|can't|won't|doesn't)\b[^,.;!?]+)", sentence[end:]
    )
    text = f"{text} who {like.group(1).strip()}" if like else text
    return Candidate(text, MemoryKind.FACT, f"pet:{topic_value(first.split()[-1])}", importance=0.6)


_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? )?"
"""How a name may be said with its title ("Call me Mr Wang", "My name is Dr. Jane Wu"): kept with it."""


EN_RULES: list[tuple[re.Pattern[str], Rule]] = [
    *ASKING_EN,
    (
        re.compile(
            rf"\b(?i:my name is) (?P<name>{_TITLE}[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
            rf"|\b(?i:call me) (?P<n2>{_TITLE}[A-Z][\w'-]+)"
        ),
        lambda m, s: _name_any(m),
    ),
    (  # "My surname is Wang", "My last name's Smith"
        re.compile(r"\b(?i:my (?:surname|last name|family name)(?:'s| is)) (?P<name>[A-Z][\w'-]+)"),
        lambda m, s: Candidate(f"Surname is {m.group('name')}", MemoryKind.FACT, "surname", importance=0.8),
    ),
    (
        re.compile(
            r"^(?:(?i:hi|hello|hey|hiya)(?: there| all| everyone)?[,!.]?\s+)?I(?:'m| am) "
            rf"(?P<name>{_TITLE}[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?=\s*(?:$|[,.!;]| and\b| here\b| from\b))"
            r"(?:,\s*(?P<age>\d{1,3})(?=\s*(?:$|[,.!;]| and\b)))?"
            # "I'm Priya, 16, in year 11", "I'm Sam, year 10": the school year said with them
            r"(?:,\s*(?:and )?(?:in )?(?P<year>(?i:year|grade) \d{1,2})(?=\s*(?:$|[,.!;]| and\b)))?"
            # "I'm Tom, vegan, and ...": the diet said with the name
            rf"(?:,\s*(?:(?i:a|an) (?P<diet_age>\d{{1,3}})-year-old )?(?P<diet>(?i:{_DIET_EN}))"
            r"(?=\s*(?:$|[,.!;]| and\b)))?"
            rf"(?:,\s*(?:(?i:a|an) )?(?P<job>(?:[\w-]+ ){{0,2}}(?i:{OCCUPATIONS}))(?=$|[\s,.;!?]))?"
            r"(?:,? (?i:from|in|based in) (?P<where>[A-Z][^,.;!?]*))?"
        ),
        _introduction,
    ),
    (
        re.compile(
            rf"\bmy (?P<role>{RELATIONS})(?:(?:'s name is| is called| is named)\s+(?P<name>[A-Z][\w'-]+)|"
            r"(?:,| named| called)\s+(?P<said>(?-i:[A-Z])[\w'-]+))",
            re.I,
        ),
        _relation,
    ),
    (  # "We just adopted a rescue greyhound", "I have two cats"
        re.compile(
            r"\b(?:I|we)(?:'ve| have)? (?:just |recently |finally |also |now |still |already )?(?:adopted|got|rescued|have|own|"
            r"have got|took in|brought home) (?P<pet>(?:a|an|two|three|four|\d+) (?:(?:rescue|little|new|young|old|"
            r"big|small|senior|lovely|gorgeous|\w+-year-old|cocker|springer|golden|border|jack russell|deaf|blind|"
            rf"three-legged|elderly|diabetic|anxious|nervous|reactive) )*(?:{PETS}))\b"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:called|named|who|that|and|but|from|at|last|this|recently|yesterday|two|three|"
            r"four|a few|several|\d+)\b|\s+(?-i:[A-Z]))",
            re.I,
        ),
        _pet,
    ),
    (  # "I'm a Mac person", "I'm a morning person", "I'm a cat person"
        re.compile(
            # "I'm more of a dog person (than a cat person)"
            r"\bI(?:'m| am) (?P<not>not |really not |definitely not |so not )?(?:more of )?(?:a|an) "
            r"(?:(?:big|total|complete|real|true|massive) )?(?P<what>[\w-]+) (?:person|guy|girl|"
            r"kind of person|user)\b(?! who)",
            re.I,
        ),
        _kind_of_person,
    ),
    *SKILLS_EN,
    *LEARNING_EN,
    *MONEY_EN,
    *IDENTITY_EN,
    *OWNING_EN,
    (  # "I'm four foot eleven", "I'm 6'5"", "I'm 190 cm"
        re.compile(
            r"\bI(?:'m| am) (?:only |just |nearly |almost |about )?(?P<h>(?:four|five|six|seven|4|5|6|7) (?:foot|feet|ft)"
            r"(?: (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}))?|\d'\d{1,2}\"?|1[.,]\d{1,2} ?m|"
            r"1\d{2} ?cm)(?: tall)?(?=\W|$)",
            re.I,
        ),
        lambda m, s: Candidate(f"Is {m.group('h')} tall", MemoryKind.FACT, "height", importance=0.7),
    ),
    (  # "I'm retired"
        re.compile(
            r"\bI(?:'m| am) (?:now |recently |just )?(?:retired|a pensioner)\b|\bI(?:'ve| have)? (?:just |recently )?"
            r"retired\b(?! from\b)",
            re.I,
        ),
        lambda m, s: Candidate("Is retired", MemoryKind.FACT, "job", importance=0.7),
    ),
    (  # "I study architecture", "I'm studying law at uni", "I start uni in September, studying architecture"
        re.compile(
            r"\bI(?:'m| am)? (?:currently |now |also )?(?:study|studying|majoring in|doing a degree in) "
            r"(?!(?:for|hard|late|at|in|with|every|on|a lot|all|alone|best|better|together|from|after|before|"
            r"abroad|part[- ]time|full[- ]time|online)\b)(?P<subj>[A-Za-z][\w&-]*(?: [\w&-]+){0,3}?)"
            r"(?P<where> (?:at|in) (?:uni|university|college|school|sixth form))?(?=\s*$|\s*[,.;!?]|\s+(?:and|so|but)\b)"
            r"|\bI(?:'m| am)? (?:start|starting|begin|beginning|off to|going to) (?P<what>uni|university|college|sixth form)"
            r"(?P<when> (?:in|this|next) [\w ]+?)?(?:,? (?:studying|to study|doing|reading) (?P<s2>[^,.;!?]+?))?"
            r"(?=\s*$|\s*[,.;!?])",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Studies {m.group('subj')}{m.group('where') or ''}"
            if m.group("subj")
            else f"Starting {m.group('what').lower()}{m.group('when') or ''}"
            + (f", studying {m.group('s2')}" if m.group("s2") else ""),
            MemoryKind.FACT,
            "study",
            importance=0.7,
        ),
    ),
    (  # "I'm learning to code in Python at night", "I'm teaching myself Japanese"
        re.compile(
            r"\bI(?:'m| am) (?:currently |now |slowly |also |still )?(?:learning|teaching myself) (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _learning,
    ),
    (  # "I freelance", "I'm self-employed"
        re.compile(
            r"\bI (?:freelance|work freelance|work for myself)\b|\bI(?:'m| am) (?:self-employed|a freelancer)\b",
            re.I,
        ),
        lambda m, s: Candidate("Works freelance", MemoryKind.FACT, "job", importance=0.7),
    ),
    (  # "I commute by bike year-round", "I cycle to work", "I take the train into the office"
        re.compile(
            r"\bI (?:usually |always |normally |mostly |now |still |just |also )?(?P<how>commute (?:(?:an? |half an |"
            r"\w+ )?hours?(?: and a half)? (?:each way |a day )?)?(?:by|on) (?:the )?(?:bike|"
            r"bicycle|train|bus|car|foot|tube|metro|subway|scooter|motorbike|ferry)|(?:commute|cycle|bike|walk|drive|"
            r"run|(?:get|take|catch) the (?:bus|train|tube|metro|subway|ferry)|ride (?:my|a) (?:bike|motorbike|scooter))"
            r" (?:to|into) (?:work|the office|school|uni|college)\b)",
            re.I,
        ),
        _commute,
    ),
    (  # "I've been growing my own veg for ten years", "I've been playing the violin since I was six"
        re.compile(
            r"\bI(?:'ve| have) been (?!(?:waiting|meaning|wanting|thinking|trying|putting|dying|looking forward)\b)"
            r"(?P<what>[a-z]+ing(?: [\w'-]+){0,6}?) for (?:(?:over|about|nearly|almost|around|well over|more than|"
            r"the (?:last|past)) )?(?P<long>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fifteen|twenty|thirty|forty|many|several|a few|a couple of) (?:years?|decades?)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Has been {m.group(0).split(' been ', 1)[1]}",
            MemoryKind.FACT,
            # "learning Japanese": what is being learnt, as "I'm learning Japanese" keys it
            f"learning:{topic_value(m.group('what')[9:])}"
            if m.group("what").lower().startswith("learning ")
            else f"habit:{topic_value(m.group('what'))}",
            importance=0.6,
        ),
    ),
    (  # "Our baby is due in June", "I'm due in March", "We're expecting twins": a baby on the way
        re.compile(
            r"\b(?:our|my) (?:first |second |third |new )?(?:baby|little one) is due\b(?P<when>[^,.;!?]*)"
            # "I'm due in March" (not "I'm due on Friday to hand in my essay")
            r"|\bI(?:'m| am) due (?P<w2>(?:in|at the end of|early|late|mid|next) (?:(?:early |late |mid-?)?(?:january|"
            r"february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|"
            r"fall|winter)|(?:a few|two|three|four|five|six|\w+) (?:weeks|months))|(?:next|this) month)(?=[,.;!?]|$)"
            r"|\bwe(?:'re| are) expecting (?:a baby|our (?:first|second|third)(?: baby| child)?|twins)\b(?P<w3>[^,.;!?]*)",
            re.I,
        ),
        _expecting,
    ),
    (  # "I'm six weeks postpartum": how long since the user gave birth
        re.compile(
            r"\bI(?:'m| am) (?P<since>(?:\w+|\d+) (?:days?|weeks?|months?) )?(?:postpartum|post-partum|postnatal)\b",
            re.I,
        ),
        lambda m, s: health_fact(f"Is {(m.group('since') or '').lower()}postpartum", "postpartum"),
    ),
    (  # "We've got a newborn", "we just had a baby", "I gave birth in March", "I've got a toddler and a newborn"
        re.compile(
            r"\b(?:I|we)(?:'ve| have)? (?:just |recently )?(?:got|had|have) (?:a|our|my) (?:first |second |third |fourth )?"
            # (not "a toddler who naps from 1 to 3": what is said of them is read by its own rule)
            r"(?P<baby>newborn|new baby|baby(?: boy| girl)?|toddler(?!\s+who\b))\b"
            r"(?P<and> and (?:a|an) (?:newborn|new baby|baby|toddler)\b)?"
            r"|\bI (?:just |recently )?gave birth\b(?! to (?:an? )?(?:idea|plan|project))",
            re.I,
        ),
        lambda m, s: Candidate(
            # "We've got a baby due in March", "... on the way": not born yet
            "Expecting a baby"
            if re.match(r"\s+(?:due|on the way|coming)\b", s[m.end() :], re.I)
            else f"Has a {(m.group('baby') or 'baby').lower()}{(m.group('and') or '').lower()}",
            MemoryKind.FACT,
            "relation:toddler"
            if (m.group("baby") or "").lower() == "toddler" and not m.group("and")
            else "relation:baby",
            importance=0.7,
        ),
    ),
    (  # "I'm a slow reader", "I'm a light sleeper", "I'm a picky eater"
        re.compile(
            r"\bI(?:'m| am) (?:a |an )?(?:really |very |pretty |quite |super |terribly |total |real |complete |"
            r"massive |huge |big |bit of an? |such an? |proper |terrible |natural )?(?P<how>slow|fast|quick|speed|light|"
            r"heavy|picky|fussy|messy|nervous|anxious|reluctant|terrible|poor|bad|early|late|night) (?P<who>reader|eater|"
            r"sleeper|driver|flyer|flier|swimmer|learner|cook|typist|walker|runner|traveller|traveler|riser|bird|speller|"
            r"owl)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is {a_or_an(m.group('how'))} {m.group('how').lower()} {m.group('who').lower()}",
            MemoryKind.FACT,
            f"trait:{topic_value(m.group('how') + ' ' + m.group('who'))}",
            importance=0.7,
        ),
    ),
    (  # "I'm a keen gardener", "I'm an avid reader": what the user does for love, not for a living
        re.compile(
            r"\bI(?:'m| am) (?:a|an) (?:really |very |pretty |quite |super |huge |big )?(?P<how>keen|avid|passionate|"
            r"enthusiastic|amateur|hobby|self-taught|weekend|obsessive|devoted|dedicated|lifelong|casual|"
            r"occasional|budding|aspiring|regular|daily|morning|evening|weekday|year-round|outdoor|open-water) "
            r"(?P<who>[a-z]+(?:er|or|ist|ian)|cook)\b(?! by (?:profession|trade)\b)"
            r"|\bI(?:'m| am) an? (?P<hobby>beekeeper|birdwatcher|birder|stargazer|hobbyist|collector)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Is {a_or_an(m.group('how') or m.group('hobby'))} "
            + " ".join(w.lower() for w in (m.group("how"), m.group("who") or m.group("hobby")) if w),
            MemoryKind.FACT,
            f"trait:{topic_value(m.group('who') or m.group('hobby'))}",
            importance=0.7,
        ),
    ),
    (  # "I'm a 45-year-old vegetarian" ("I'm 45 and vegetarian" is two clauses: ``sentences``)
        re.compile(rf"\bI(?:'m| am) (?:a|an) (?P<age>\d{{1,3}})-year-old (?P<diet>{_DIET_EN})\b", re.I),
        _aged_diet,
    ),
    (  # "I'm in my seventies", "My husband and I are in our early 40s": an age said by its decade
        re.compile(
            r"\b(?P<who>I(?:'m| am)|we(?:'re| are)(?: both)?|(?:my|our) [\w-]+ and I are(?: both)?) in (?:my|our) "
            r"(?P<part>early |mid-?|late )?(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
            r"nineties|[2-9]0s)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"{'In' if m.group('who')[0] in 'Ii' else 'Both in'} their "
            f"{(m.group('part') or '').lower()}{m.group('dec').lower()}",
            MemoryKind.FACT,
            "age",
            importance=0.7,
        ),
    ),
    (  # "I'm 72", "I'm 35 years old" (not an age to come: "My pension can't be touched until I'm 57")
        re.compile(
            r"(?<!until )(?<!till )(?<!when )(?<!before )(?<!once )"
            r"\bI(?:'m| am) (?:now |nearly |almost |just |turning )?(?P<age>\d{1,3})(?: years? old| yrs? old| y/?o)?"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so|now|this|next)\b)",
            re.I,
        ),
        lambda m, s: _age(m.group("age")),
    ),
    *KEEPING_EN,
    (
        re.compile(
            # "I moved from London to Berlin last month": where they live now
            r"\bI(?:'ve| have)?\s+(?:just |recently )?(?i:moved)(?: (?i:from) (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)?"
            r" (?i:to) (?P<where>(?:the )?[A-Z][^,.;!?]*)"
        ),
        _home,
    ),
    (re.compile(r"\bI (?i:live in) (?P<where>(?:the )?[A-Z][^,.;!?]*)"), _home),
    (re.compile(r"\bI(?:'m| am) (?i:from) (?P<where>(?:the )?[A-Z][^,.;!?]*)"), _home),
    (  # "I'm based in Toronto", "I'm currently living in Leeds"
        re.compile(
            r"\bI(?:'m| am) (?:now |currently |also )?(?i:based|located|living|settled) (?i:in) "
            r"(?P<where>(?:the )?[A-Z][^,.;!?]*)"
        ),
        _home,
    ),
    (  # "I'm in Toronto if that matters", "I'm in Berlin, so evenings are CET": a place's name alone after
        # "in" (not "I'm in Sales", "I'm in London this week")
        re.compile(rf"\bI(?:'m| am) (?:now |currently |also )?(?i:in) (?P<where>{PLACE_NAME_EN})"),
        lambda m, s: _home(m, s) if _settled(m.group("where"), s) else None,
    ),
    (  # "I live in leeds", "I moved to new york last year": the whole message in lower case
        re.compile(
            r"\bI(?: (?:now |currently )?live in| (?:just |recently )?moved to| am from|'m from) "
            r"(?P<where>[a-z][^,.;!?]*)"
        ),
        lambda m, s: _home(m, s) if not re.search(r"[A-Z]", re.sub(r"\bI\b", "", s)) else None,
    ),
    (re.compile(r"\bI (?:now |currently )?work as (?:a |an )?(?P<job>[^,.;!?]+)", re.I), _job),
    (  # "My job is a nurse", "My profession is nursing"; not how it is ("My job is great", "... not good for me")
        re.compile(
            r"\bmy (?:job|profession|occupation) is (?:a |an )?(?!(?:not|so|really|very|too|quite|pretty|great|good|"
            r"fine|ok|okay|boring|hard|tough|easy|busy|fun|amazing|awful|terrible|stressful|demanding|exhausting|"
            r"killing|getting|going|driving|making|taking|nightmare|pain|mess|dead|done|over|safe|secure|gone)\b)"
            r"(?P<job>[^,.;!?]+)",
            re.I,
        ),
        _job,
    ),
    (
        re.compile(
            r"\bI(?:'m| am) (?:now )?(?:a|an) (?P<job>[\w-]+(?: [\w-]+)?) by (?:profession|trade)", re.I
        ),
        _job,
    ),
    (
        re.compile(
            rf"\b(?:I(?:'m| am) (?:now |currently |also |actually |still )?|^)(?:a|an) "
            # (how good the user is at it is a skill, not a living: "I'm a good baker", "a handy gardener")
            r"(?!(?:really |very |pretty |quite )?(?:good|decent|great|keen|handy|strong|confident|competent|"
            r"terrible|hopeless|rubbish|bad|awful|average|brilliant|amazing|excellent|poor|weak|slow|fast)\b)"
            rf"(?P<job>(?:[\w&-]+ ){{0,2}}(?:{OCCUPATIONS}))(?=$|[\s,.;!?])"
            # not "a huge Doctor Who fan"
            r"(?!(?:\s+[\w'-]+){0,3}?\s+(?:fan|nut|buff|fanatic|geek|nerd|enthusiast|addict)s?\b)",  # the longest: "vet nurse", not "vet"
            re.I,
        ),
        _occupation,
    ),
    (
        re.compile(
            r"(?:\bI|\bmy (?:husband|wife|partner) and I(?: both)?|\bwe(?: both)?)"
            # "I've switched to working Tuesdays": a change of when the user works
            r"(?:(?:'ve| have)(?: just| now| recently)? (?P<switch>switched|moved|changed|gone)(?: over| back)? to working"
            r"| (?:usually |often |mostly |normally |now |currently |also |still |only )?work) "
            r"(?P<how>(?:on |the )?(?:night|day|early|late|evening|morning|weekend|double|long|rotating|split|"
            r"12-hour|twelve-hour)[ -]?shifts?|shifts|nights|days|evenings|mornings|weekends|from home|remotely|"
            r"part[- ]time|"
            r"full[- ]time|long hours|overtime"
            # office hours: "I work 9 to 5", "we work 8 till 4"
            rf"|{WORK_HOURS}|monday to friday|mon-fri"
            # how often: "I work three days a week", "I work four nights a week"
            rf"|{_NUMBER} (?:days|nights|evenings|mornings) a week"
            # the days alone: "I work Mondays and Wednesdays", "I only work on Tuesdays"
            rf"|(?P<wdays>(?:on )?{DAYS}))\b"
            # "..., nine to five": the hours said after the days
            rf"(?:,? (?:usually |normally |mostly |from )?(?P<also>{WORK_HOURS}))?"
            # "on Mondays and Fridays": the days it is so
            r"(?P<days>(?: on| every) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:,? (?:and|or) |, )?)+)?"
            rf"(?: as (?:a |an )?(?P<job>(?:[\w-]+ ){{0,2}}(?:{OCCUPATIONS}))(?=$|[\s,.;!?]))?"
            # "I'm on call every other weekend"
            r"|\bI(?:'m| am) (?P<call>on call(?: (?:every|at|on|most|some|two|one)\b[^,.;!?]*)?)"
            # "I'm on a night shift rota", "I'm on nights this month" (not "I'm on night one of ...")
            r"|\bI(?:'m| am) (?:on|doing) (?P<rota>(?:the |a )?(?:night|early|late|evening|weekend|rotating|split|"
            r"12-hour)[ -]?shifts?(?: rota| pattern)?|nights)\b(?! (?:this|today|tonight|tomorrow)\b)"
            # "I'm a night-shift worker"
            r"|\bI(?:'m| am) an? (?P<sw>night|day|early|late|evening|weekend)[ -]shift worker\b"
            # "I've got a part-time job on Saturdays"
            r"|\bI(?:'ve got| have got| have|'ve (?:just )?started| have (?:just )?started| just started) an? "
            r"(?P<pt>part[- ]time|weekend|saturday|sunday|evening|summer|night) job\b"
            r"(?P<ptdays>(?: on| every) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:,? (?:and|or) |, )?)+)?"
            # "I do shift work, earlies one week and lates the next"
            r"|\bI (?:do|work) (?P<do>shift ?work|rotating shifts|split shifts|(?:12|twelve|10|ten|8|eight)-hour shifts"
            r"|shifts)\b(?! (?:at|for|in)\b)"
            # "My shifts are 7pm to 7am", "my shift runs from 6 to 2"
            rf"|\bmy (?:(?:night|day|work) )?shifts? (?:are|is|runs?|goes|go) (?:usually |normally )?(?:from )?"
            rf"(?P<shift>{WORK_HOURS})",
            re.I,
        ),
        _works_when,
    ),
    (re.compile(r"\bI (?:now |currently )?work (?:at|for) (?P<where>[^,.;!?]+)", re.I), _employer),
    (  # "I just got a job at a bakery", "I moved to Lisbon for a job at a fintech startup": a new employer
        re.compile(rf"{_NEW_JOB}(?:at|with) (?P<where>[^,.;!?]+)", re.I),
        _new_employer,
    ),
    (re.compile(rf"{_NEW_JOB}as (?:a |an )?(?P<job>[^,.;!?]+)", re.I), _job),
    (  # "I work in Toronto": the place the user works in (a place's name, ``is_place``; not "I work in Sales")
        re.compile(rf"\bI (?:now |currently |still |also )?work in (?P<where>{PLACE_NAME_EN})"),
        lambda m, s: (
            Candidate(f"Works in {m.group('where')}", MemoryKind.FACT, "work:place", importance=0.6)
            if _settled(m.group("where"), s)
            else None
        ),
    ),
    (  # "I work in finance", "I work in A&E": the field or the ward the user works in
        re.compile(
            r"\bI (?:now |currently |still )?work in (?P<field>finance|banking|IT|tech|retail|hospitality|healthcare|"
            r"education|marketing|sales|HR|construction|insurance|law|accounting|accountancy|publishing|advertising|"
            r"logistics|property|real estate|government|social care|pharma|manufacturing|engineering|fashion|media|"
            r"film|TV|television|music|recruitment|consulting|telecoms|energy|farming|agriculture|journalism|catering|"
            r"A&E|ICU|intensive care|theatres|maternity|the NHS|the civil service|the city|events|tourism)"
            r"(?=\s*(?:$|[,.;!?]|and\b|but\b|so\b|now\b))",
            re.I,
        ),
        lambda m, s: Candidate(f"Works in {m.group('field')}", MemoryKind.FACT, "work:field", importance=0.7),
    ),
    (
        re.compile(r"\bI (?:now |currently )?work in (?P<where>(?:an?|the) [^,.;!?]+)", re.I),
        lambda m, s: Candidate(
            f"Works in {m.group('where').strip()}", MemoryKind.FACT, "employer", importance=0.6
        ),
    ),
    *TASTES_EN,
    (  # "My doctor told me to walk 30 minutes a day": what the doctor told the user to do
        re.compile(
            r"\bmy (?:doctor|gp|physio|physiotherapist|consultant|cardiologist|specialist|dietitian|nurse) "
            r"(?:has )?(?:told me to|wants me to|advised me to|asked me to|said I (?:should|need to|must)|"
            r"says I (?:should|need to|must)|recommended (?:that )?I) (?P<do>[^,.;!?]{3,60})"
            # "My physio said no running for six weeks"
            r"|\bmy (?:doctor|gp|physio|physiotherapist|consultant|cardiologist|specialist|dietitian|nurse|"
            r"midwife|surgeon) (?:has )?(?:said|says|told me)(?: that)? (?P<no>no [^,.;!?]{3,60})",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Doctor's advice: {m.group('do') or m.group('no')}",
            MemoryKind.FACT,
            "health:doctor_advice",
            importance=0.8,
        ),
    ),
    *SHOPPING_EN,  # (last: what no other rule read)
    *SETTING_EN,  # (last too)
    *STATUS_EN,  # (last too)
    *TIES_EN,  # (last too)
    *AIMS_EN,  # (last too)
]


def _name_any(m: re.Match[str]) -> Candidate:
    name = (m.group("name") or m.group("n2")).replace(".", "")  # "Dr. Jane Wu": "Dr Jane Wu"
    return Candidate(f"Name is {name}", MemoryKind.FACT, "name", importance=0.9)
