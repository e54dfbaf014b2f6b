"""Rules for what the user says of the people they live with, in English and in Chinese: what they are
allergic to, like or cannot bear, the conditions they live with, what they do for a living, how old they
are, where they are at school, and how many children there are ("My daughter is 7", "My husband is a
doctor", "I have two kids", "我女儿今年七岁", "我老公在银行上班", "我儿子上初二"). Each is a memory in the
family member's name (topic ``family:`` or ``household:``), never an interest of the user's own.
``HOUSEHOLD_EN`` and ``HOUSEHOLD_ZH`` are their (pattern, rule) pairs, tried where
``memory._keeping_en.KEEPING_EN`` and ``memory._living_zh.LIVING_ZH`` place them."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, a_or_an, diet_fact, first_up, named_relation, topic_value
from tailorkit.memory._words_en import (
    AGE_WORD_EN,
    CONDITIONS,
    DAYS,
    DIETS,
    HARD_EN,
    OCCUPATIONS,
    PETS,
    RELATIONS,
    SET_OFF_FEELINGS,
    SET_OFF_WHEN,
    WORK_HOURS,
    allergen,
    clean,
    day_cased,
    set_off_by,
)
from tailorkit.memory._words_zh import (
    ZH_CONDITIONS,
    ZH_DAYS,
    ZH_JOBS,
    ZH_KIN,
    ZH_PARTS,
    ZH_RELATIONS,
    ZH_SUBJECTS,
    ZH_WEAK,
    zh_clean,
    zh_kin_said,
    zh_limit,
    zh_object,
    zh_said,
)
from tailorkit.text import index_terms

__all__ = ["HOUSEHOLD_EN", "HOUSEHOLD_ZH", "family_condition", "family_taste"]


def _cannot_do(m: re.Match[str], sentence: str) -> Candidate:
    """What a household member cannot do ("Wife doesn't drive", "Son can't ride a bike"), keyed by it."""
    can = m.group("neg").lower().startswith(("can", "never"))
    verb = "can't" if can else "doesn't"
    said = f"{m.group('who').capitalize()} {verb} {m.group('skill').lower()}"
    return family_fact(said, m.group("who").lower(), topic_value(m.group("skill")))


_ZH_WHO_SAID = {"她": "家人", "他": "家人", "妈": "妈妈", "爸": "爸爸"}
"""Whom a Chinese sentence names by a pronoun or a short word, as a memory names them."""


def family_taste(text: str, who: str, what: str, against: bool) -> Candidate:
    """What someone of the user's household likes or cannot bear (``against``), in their name and in
    either language ("Daughter hates broccoli", "儿子不吃辣"): not an interest of the user's, but what a
    family dinner or a film night is chosen around; keyed by whom and what (``family:daughter_broccoli``)."""
    topic = f"family:{topic_value(f'{who} {what}')}"
    return Candidate(text, MemoryKind.FACT, topic, polarity=-1 if against else 1, importance=0.7)


def family_condition(text: str, who: str, what: str) -> Candidate:
    """A condition someone of the user's household lives with, in their name and in either language ("Son
    is autistic", "儿子有自闭症"); keyed by whom and what (``family:son_autist``)."""
    return Candidate(text, MemoryKind.FACT, f"family:{topic_value(f'{who} {what}')}", importance=0.8)


def family_fact(text: str, who: str, aspect: str) -> Candidate:
    """One fact of a household member that a later one replaces ("Daughter is 7", then "Daughter is 8"):
    keyed by whom and which fact (``family:daughter:age``, ``family:老公:work``)."""
    return Candidate(text, MemoryKind.FACT, f"family:{topic_value(who)}:{aspect}", importance=0.7)


_TASTE = (
    r"(?P<verb>(?P<neg>hates?|can't stand|won't eat|doesn't eat|don't eat|refuses? to eat|can't watch|"
    r"cannot watch|won't watch|doesn't watch|never watch(?:es)?|(?:is|are|gets?) "
    r"(?:scared|afraid|terrified) of)|loves?|likes?|adores?|enjoys?|(?:is|are) (?:obsessed with|into|mad about|"
    r"crazy about)|can't get enough of|only (?:eats?|drinks?|watch(?:es)?|reads?|plays?|listens? to))"
)
"""How a taste of a household member is said ("hates", "loves", "is scared of" ...)."""
_AND_TASTE = re.compile(
    rf"(?:\s*,\s*(?:and )?|\s+and )(?:(?:he|she|they) )?(?:really |also |just )?"
    # "My son's eleven and obsessed with dinosaurs": "is" said once, before the age
    rf"(?:{_TASTE}|(?P<be>obsessed with|into|mad about|crazy about|scared of|terrified of)) (?P<obj>[^,.;!?]+)",
    re.I,
)
"""A taste said after a member's age ("My daughter is 9 and hates anything scary", "My son, who is 10,
loves maths")."""
_KIN = (
    r"daughter|son|wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|mother|mum|mom|father|dad|brother|"
    r"sister|grandmother|grandma|grandfather|grandpa|granny|nan|nana|grandad|granddad|granddaughter|grandson|"
    r"aunt|uncle|cousin|baby|kid|child|kids|children|sons|daughters|youngest|(?:little )?boy|(?:little )?girl|"
    r"eldest|oldest|middle one|little one|toddler|teenager|twins|stepson|stepdaughter|niece|nephew|"
    r"other half|parents|mother-in-law|father-in-law"
)
"""Whom a household fact is of: family, not pets, bosses or friends."""
_CHILD = r"daughter|son|kid|child|baby|(?:little )?boy|(?:little )?girl|youngest|eldest|oldest|middle one|little one|toddler|teenager|stepson|stepdaughter|niece|nephew"
_NUMBERS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18,
}  # fmt: skip
_NUMBER_EN = r"\d{1,2}|" + "|".join(_NUMBERS_EN)
_CLAUSE_END = r"(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so|now|this|next|soon|already|in)\b)"


_AGED = rf"(?:{AGE_WORD_EN})[- ]year[- ]old"
"""A child named by their age ("my 9-year-old", "the six-year-old")."""


def _who(m: re.Match[str]) -> str:
    said = m.group("who") or m.groupdict().get("who2") or m.groupdict().get("who3") or ""
    return re.sub(r"\s+", " ", said.lower())


def _stage(m: re.Match[str], sentence: str) -> Candidate:
    """A household member's stage of life ("Daughter is a teenager", "Son is in his early teens")."""
    stage = m.group("a") or f"in {m.group('pro')} {m.group('teens')}"
    return family_fact(f"{_who(m).capitalize()} is {stage.lower()}", _who(m), "age")


def _taste_of(who: str, said: re.Match[str]) -> Candidate | None:
    """``who``'s taste as ``said`` (its ``verb``, ``neg`` and ``obj`` groups: ``_TASTE``), or None where it
    names nothing or only a person ("My wife loves me")."""
    obj = clean(said.group("obj"))
    if not obj or re.match(r"(?:me|us|you|it|him|her|them)\b", obj, re.I):
        return None
    be = said.groupdict().get("be")
    if be and re.fullmatch(r"everything|anything|mischief|trouble", obj, re.I):
        return None  # "My twins are three and into everything": into what they should not be
    many = who in (
        "kids",
        "children",
        "twins",
        "sons",
        "daughters",
        "boys",
        "girls",
        "parents",
        "in-laws",
        "little ones",
    )
    verb = f"{'are' if many else 'is'} {be.lower()}" if be else said.group("verb").lower()
    if not many:  # "My family all hate coriander": the household, one
        verb = re.sub(r"^(hate|love|like|adore|enjoy)$", r"\1s", verb).replace("don't", "doesn't")
    neg = bool(said.group("neg")) or bool(be and re.match(r"scared|terrified", be, re.I))
    return family_taste(f"{who.capitalize()} {verb} {obj}", who, obj, neg)


def _family_condition(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...]:
    """A condition of a household member's ("Daughter is autistic"), and what they like or hate said after it
    ("My daughter is autistic and hates loud places")."""
    condition = _condition_of(m)
    taste = _AND_TASTE.match(sentence, m.end())
    liking = _taste_of(m.group("who"), taste) if taste else None
    return (condition, liking) if liking else condition


def _condition_of(m: re.Match[str]) -> Candidate:
    verb = (
        "has"
        if m.group("got")
        else {"has": "has", "have": "has", "had": "had"}.get(m.group("verb").lower(), "is")
    )
    who, cond = m.group("who"), m.group("cond")
    said = f"a {cond}" if cond.lower() in ("heart attack", "stroke") else cond  # "Dad had a heart attack"
    said = f"{m.group('how').lower()} {said}" if m.group("how") else said  # "Mum has early dementia"
    if cond.lower() in ("alcoholic", "addict") and verb == "is":  # "Husband is a recovering alcoholic"
        said = f"{a_or_an(said)} {said}"
    return family_condition(f"{who.capitalize()} {verb} {said}", who, cond)


_KEPT_OUT = {"drink": "alcohol", "booze": "alcohol", "nuts": "nut", "sweets": "sweet"}
"""What a home keeps out by the word a memory names it with ("no drink in the house": alcohol-free)."""


def _kept_out(m: re.Match[str]) -> Candidate:
    """What the household keeps out of the home or its gatherings ("Home is alcohol-free", "Family gatherings
    are alcohol-free"), as a home said to be free of it is."""
    what = (m.group("what") or m.group("free")).lower()
    what = _KEPT_OUT.get(what, what)
    said = f"{first_up(m.group('events').lower())} are" if m.group("events") else "Home is"
    return Candidate(
        f"{said} {what.replace(' ', '-')}-free",
        MemoryKind.FACT,
        f"household:{topic_value(what)}",
        importance=0.8,
    )


def _family_aid(who: str, aid: str) -> Candidate:
    """An aid a household member lives with, in their name: "Dad uses a hearing aid", "Son uses cochlear
    implants" (a pair, as "crutches", without "a")."""
    aid = aid.lower()
    said = aid if aid.endswith("s") else f"a {aid}"
    verb = "walks with" if aid in ("stick", "frame", "cane", "walking stick", "walking frame") else "uses"
    return family_condition(f"{who.capitalize()} {verb} {said}", who.lower(), aid)


def _cannot_manage(m: re.Match[str]) -> Candidate | None:
    """What a household member cannot manage ("Mum can't manage stairs", "Wife can't walk far since her hip
    operation"), keyed by what it is."""
    who, why = m.group("who").capitalize(), m.group("why") or ""
    if m.group("move"):
        return _kept_away(f"{who} can't {m.group('move').lower()}{why}", topic_value(m.group("move")))
    obj = clean(m.group("obj"))
    if not obj:
        return None
    return _kept_away(f"{who} can't {m.group('verb').lower()} {m.group('obj')}{why}", topic_value(obj))


def _family_job(m: re.Match[str], sentence: str) -> Candidate:
    who, job = _who(m), m.group("job").lower()
    return family_fact(f"{who.capitalize()} is {a_or_an(job)} {job}", who, "job")


def _family_work(m: re.Match[str], sentence: str) -> Candidate | None:
    where = clean(m.group("where"))
    if not where or len(where) > 60:
        return None
    who = _who(m)
    return family_fact(f"{who.capitalize()} works {m.group('prep').lower()} {where}", who, "work")


def _years(said: str) -> int | None:
    return int(said) if said.isdigit() else _NUMBERS_EN.get(said.lower())


def _family_age(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    who = _who(m)
    ages = [a for a in (_years(m.group("age")), _years(m.group("and") or "")) if a is not None]
    if not ages or max(ages) > 110:
        return None
    unit = " months old" if m.group("months") else ""
    said = " and ".join(str(a) for a in ages)
    verb = "are" if m.group("and") or who in ("kids", "children", "twins", "sons", "daughters") else "is"
    age = family_fact(f"{who.capitalize()} {verb} {said}{unit}", who, "age")
    # "My daughter Mia is 9": her name too
    named = (named_relation(who, m.group("name")),) if m.group("name") else ()
    year = _AND_YEAR.match(sentence, m.end())  # "My son is 11, in year 6": where they are at school too
    if year:
        school = family_fact(f"{who.capitalize()} is in {year.group('school').lower()}", who, "school")
        return age, school, *named
    taste = _AND_TASTE.match(sentence, m.end())  # "My daughter is 9 and hates anything scary"
    liking = _taste_of(who, taste) if taste else None
    hard = _AND_HARD.match(sentence, m.end()) if liking is None else None
    if hard:  # "My son is 12 and struggles with fractions", "... and finds spelling hard"
        liking = _finds_hard(who, hard)
    return (age, liking, *named) if liking else (age, *named) if named else age


def _member_diet(who: str, m: re.Match[str]) -> Candidate:
    """A household member's diet ("Partner is vegetarian"), keyed by them (``family:partner:diet``)."""
    return family_fact(f"{who.capitalize()} is {DIETS[m.group('diet').lower()]}", who, "diet")


def _decade_of(m: re.Match[str], sentence: str) -> Candidate:
    """A household member's age by its decade, in their words ("Mum is in her seventies")."""
    who = m.group("who").lower()
    their = "her" if re.fullmatch(_WOMEN, who) else "his" if re.fullmatch(_MEN, who) else "their"
    return family_fact(
        f"{who.capitalize()} is in {their} {(m.group('part') or '').lower()}{m.group('dec').lower()}",
        who,
        "age",
    )


_WOMEN = (
    r"(?:daughter|mother|sister)(?:-in-law)?|wife|girlfriend|fianc[eé]e|mum|mom|grandmother|grandma|granny|nan|"
    r"nana|aunt|niece"
)
_MEN = r"(?:son|father|brother)(?:-in-law)?|husband|boyfriend|fianc[eé]|dad|grandfather|grandpa|grandad|granddad|uncle|nephew"
"""Who of the household "her" or "his" is said of ("Mum is in her seventies")."""


_AND_YEAR = re.compile(
    r"\s*,?\s*(?:and )?(?:(?:he|she)(?:'s| is) )?in (?P<school>(?:year|grade|yr|primary|p) \d{1,2}|reception|nursery|"
    r"kindergarten|primary school|secondary school|sixth form|high school|middle school)\b(?=\s*(?:$|[,.;!?]))",
    re.I,
)
"""Where a child is at school, said after their age ("My son is 11, in year 6")."""
_FINDS_HARD = (
    r"(?:really |also |still |always |just )?(?P<how>struggles? with|finds|has trouble with|is behind (?:in|with)|"
    r"is weak (?:in|at)|is bad at|is terrible at|is rubbish at|is hopeless at|can't make sense of|"
    r"can't get (?:his|her|their) head (?:a)?round) (?P<obj>[^,.;!?]+?)"
    r"(?: (?:really |very |quite |so |a bit )?(?:hard|difficult|tough|tricky|confusing))?(?=$|[,.;!?])"
)
"""What someone of the household finds hard ("struggles with fractions", "finds spelling hard")."""
_AND_HARD = re.compile(rf"(?:\s*,\s*(?:and )?|\s+and )(?:(?:he|she|they) )?{_FINDS_HARD}", re.I)
"""... said after their age ("My son is 12 and struggles with fractions")."""


def _finds_hard(who: str, said: re.Match[str]) -> Candidate | None:
    """What ``who`` finds hard, as ``said`` (``_FINDS_HARD``), in their name: keyed by whom and what."""
    obj, how = clean(said.group("obj")), said.group("how").lower()
    hard = re.search(r"\b(?:hard|difficult|tough|tricky|confusing)$", said.group(0), re.I)
    if not obj or (how == "finds" and not hard):
        return None  # "(My daughter) finds it funny"
    if how.startswith("struggle"):
        how = "struggle with" if who in ("kids", "children", "twins") else "struggles with"
    text = f"finds {obj} {hard.group(0).lower()}" if hard and how == "finds" else f"{how} {obj}"
    return family_condition(f"{who.capitalize()} {text}", who, obj)


_WHO_HAS = re.compile(
    rf",?\s+who (?:has|has got|'s got|lives with|suffers from) (?P<cond>{CONDITIONS})\b", re.I
)
"""What the one the user looks after lives with, said after them ("my dad who has Parkinson's")."""


def _cares_for(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...]:
    """Whom the user looks after (``family:<who>:care``), and what they live with when said after them."""
    who = (m.group("who") or m.group("who2") or m.group("who3")).lower()
    care = family_fact(f"Looks after {who}{m.group('when') or ''}", who, "care")
    has = _WHO_HAS.match(sentence, m.end())
    if has is None:
        return care
    return care, family_condition(f"{who.capitalize()} has {has.group('cond')}", who, has.group("cond"))


def _lessons(m: re.Match[str], sentence: str) -> Candidate:
    """A household member's lessons, classes or practice and when ("Daughter has piano lessons on Tuesday
    evenings"): what a week's plan is made around; keyed by whom and what."""
    who, what, when = _who(m), m.group("what").lower(), m.group("when").strip()
    does = {"'s got": "has", "has got": "has"}.get(
        m.group("does").strip().lower(), m.group("does").strip().lower()
    )
    return family_fact(f"{who.capitalize()} {does} {what} {when}", who, topic_value(what))


_THEN_HARD = re.compile(rf"\s+{_FINDS_HARD}", re.I)


def _aged_child(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...] | None:
    """The child's age, and where the sentence says more of them ("My 10-year-old son struggles with
    fractions"), the sentence too in the user's words: the age is not all it says."""
    years = _years(m.group("age"))
    if years is None or years > 25:
        return None
    who = _who(m)
    unit = "months old" if m.group("unit").lower().startswith("month") else ""
    age = family_fact(f"{who.capitalize()} is {years}{' ' + unit if unit else ''}", who, "age")
    if len(index_terms(sentence[m.end() :])) < 2:
        return age
    hard = _THEN_HARD.match(sentence, m.end())  # "My 10-year-old son struggles with fractions"
    if hard and (finds := _finds_hard(who, hard)):
        return age, finds
    return age, Candidate(sentence.strip(), MemoryKind.EPISODE, importance=0.5)


def _family_school(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...]:
    """Where a child is at school, and what they find hard when said with it ("My son's in year 4 and really
    struggles with his times tables")."""
    who, where = _who(m), m.group("school").lower()
    school = family_fact(f"{who.capitalize()} is in {where}", who, "school")
    hard = _AND_HARD.match(sentence, m.end())
    finds = _finds_hard(who, hard) if hard else None
    return (school, finds) if finds else school


def _children(m: re.Match[str], sentence: str) -> Candidate | None:
    """How many children the user has ("I have two kids", "I'm a mum of three"), as they named them; a
    single parent in their words ("Single dad with two girls under five", "Is a single mum")."""
    if m.group("single"):
        return Candidate(
            f"Is a {m.group('single').lower()}", MemoryKind.FACT, "family:single_parent", importance=0.7
        )
    if m.group("twins"):
        return Candidate(
            f"Has {m.group('twins').lower()}", MemoryKind.FACT, "family:children", importance=0.7
        )
    if m.group("n3"):
        said = re.split(r"[,;.!?]", sentence[m.start() :])[0]
        said = re.sub(r"^I(?:'m| am) (?:a )?", "", said, flags=re.I).strip()
        return Candidate(first_up(said), MemoryKind.FACT, "family:children", importance=0.7)
    said = m.group("n") or m.group("n2") or m.group("n4") or m.group("n5")
    n = _years(said)
    if n is None or not 1 <= n <= 15:
        return None
    kind = (m.group("kids") or m.group("kids2") or m.group("kids3") or "children").lower()
    if n == 1:
        kind = {"kids": "kid", "children": "child", "sons": "son", "daughters": "daughter"}.get(kind, kind)
    elif kind in ("kid", "child", "son", "daughter"):
        kind = {"child": "children"}.get(kind, kind + "s")
    said = str(n) if said.isdigit() else said.lower()
    # their ages said after them: "We've got two kids, 6 and 9", "two kids aged 6 and 9"
    aged = _AGES.match(sentence, m.end()) if m.group("kids") or m.group("kids2") or m.group("kids3") else None
    ages = aged.group(0).strip(" ,") if aged else ""
    return Candidate(
        f"Has {said} {kind}{', ' + ages if ages else ''}", MemoryKind.FACT, "family:children", importance=0.7
    )


_AGES = re.compile(
    r",?\s+(?:(?:aged|ages|age) )?\d{1,2}(?:(?:,\s*|\s+and\s+|\s*&\s*)\d{1,2})*"
    r"(?:\s+(?:years? old|yrs?))?(?=\s*(?:$|[,.;!?]|and\b))",
    re.IGNORECASE,
)
"""The ages of children said after them (", 6 and 9", " aged 4, 7 and 11")."""


def _household_size(m: re.Match[str], sentence: str) -> tuple[Candidate, ...]:
    """How many the household is, with the children said with it ("We're a family of four with two boys")."""
    size = Candidate(
        f"Household of {(m.group('n') or m.group('n2')).lower()}",
        MemoryKind.FACT,
        "household:size",
        importance=0.7,
    )
    kids = _CHILDREN_EN.search(sentence)
    children = _children(kids, sentence) if kids else None
    return (size, children) if children is not None else (size,)


def _kept_away(text: str, key: str) -> Candidate:
    """What a member of the household cannot have or do (``text``, in their name), kept away from by all
    of it: topic ``household:<key>``."""
    return Candidate(text, MemoryKind.FACT, f"household:{key}", polarity=-1, importance=0.8)


def _allergic(who: str, obj: str) -> Candidate | None:
    """What a member of the household is allergic to."""
    said = clean(obj)
    return (
        _kept_away(f"{who.capitalize()} is allergic to {allergen(said)}", topic_value(said)) if said else None
    )


_TIME_EN = (
    r"(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)"
    r"(?: ?(?:pm|am|p\.m\.|a\.m\.|o'clock))?"
)


def _routine(m: re.Match[str], sentence: str) -> Candidate:
    """When a household member sleeps, in their name and the user's words ("Toddler naps from 1 to 3",
    "宝宝每天下午一点到三点午睡"): what a visit, a call or a delivery is timed around."""
    said = m.group(0).strip().rstrip(" ,.;!?。")
    said = re.sub(
        r"^(?:(?:my|our|we've got an?|we have an?|I've got an?|I have an?)\s+)", "", said, flags=re.I
    )
    said = re.sub(r"^(?:我家|我们家|我)的?", "", said)
    said = re.sub(r"^([\w-]+),? who ", r"\1 ", said)  # "a toddler who naps ...": "Toddler naps ..."
    return family_fact(first_up(said), m.group("who"), "sleep")


_OURS_ZH = re.compile(r"^我(?:们)?家?(?:的|里的?)?")
"""How a Chinese speaker says who of the household a memory is of ("我家的狗", "我们家小的"): the memory
names them without it."""


_CHILDREN_EN = re.compile(
    rf"\b(?:I|we)(?:'ve| have)?(?: got| have)? (?P<n>{_NUMBER_EN}) (?:(?:young|little|small|grown-up|grown|"
    r"teenage|adult) )?(?P<kids>kids|children|sons|daughters|boys|girls|kid|child|son|daughter|toddlers|"
    r"teenagers|teens|babies|toddler|baby)\b(?!')"
    # "We have twins", "I've got twin boys"
    r"|\b(?:I|we)(?:'ve| have)?(?: got| have) (?:a set of |a pair of )?(?P<twins>twins|triplets|twin (?:boys|girls|sons|"
    r"daughters|babies))\b"
    r"|\bI(?:'m| am) (?:a )?(?:single )?(?:mum|mom|mother|dad|father|parent) (?:of|to) "
    r"(?P<n2>two|three|four|five|six|\d)\b"
    # "I'm a single dad with two girls under five"
    r"|\bI(?:'m| am) (?:a )?single (?:mum|mom|mother|dad|father|parent) with (?P<n3>two|three|four|five|six|\d)\b"
    # "I'm a single mum and money's tight"
    r"|\bI(?:'m| am) (?:a )?(?P<single>single (?:mum|mom|mother|dad|father|parent))\b"
    # "We're going to Lisbon in March with our two kids, 4 and 7": theirs, with their ages
    rf"|\bwith (?:our|my) (?P<n4>{_NUMBER_EN}) (?P<kids2>kids|children|sons|daughters|boys|girls)"
    r"(?=,? (?:aged |ages )?\d)"
    # "We're a family with two kids, 6 and 9", "We're a family of four with two boys"
    rf"|\b(?:we(?:'re| are)|I(?:'m| am)) (?:a )?(?:family|household)(?: of \w+)? with (?P<n5>{_NUMBER_EN}) "
    r"(?:(?:young|little|small|teenage) )?(?P<kids3>kids|children|sons|daughters|boys|girls)\b",
    re.I,
)
"""How many children the user has ("I have two kids", "I'm a mum of two", "We're a family of four with two
boys", "with our two kids, 4 and 7"), read by ``_children``."""


HOUSEHOLD_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "My husband retired in March", "My partner's just been made redundant": a household member's work now
        re.compile(
            rf"^(?:my|our) (?P<who>{_KIN})(?: has|'s| is)? (?:just |recently |now )?(?P<what>retired|been made redundant|"
            r"been laid off|lost (?:his|her|their) job|gone part[- ]time|gone freelance)(?P<when> (?:in|last|this) [\w ]{3,20}?)?"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:so|and|but)\b)",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} {m.group('what').lower().replace('been ', 'was ')}{m.group('when') or ''}",
            m.group("who"),
            "work",
        ),
    ),
    (  # "(I'm vegetarian but) my husband eats everything": a household member who eats anything
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:eats|will eat|'ll eat|eat) (?:anything|everything)(?: at all)?\b",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} eats anything", m.group("who").lower(), "diet"
        ),
    ),
    (  # "My husband's from Naples", "my wife is Italian": where a household member comes from
        re.compile(
            rf"\b(?i:(?:my|our) (?P<who>{_KIN})(?: is|'s| was| comes) (?:originally |actually )?)(?:(?i:from) "
            r"(?P<where>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})"
            r"|(?!(?:Catholic|Jewish|Muslim|Christian|Hindu|Buddhist|Sikh|Anglican|Methodist|Baptist|English)\b)"
            r"(?P<nat>[A-Z][a-z]+(?:ian|ean|ese|ish|an|ch|i))\b)"
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} is "
            + (f"from {m.group('where')}" if m.group("where") else m.group("nat")),
            m.group("who").lower(),
            "origin",
        ),
    ),
    (  # "We foster kittens", "we foster teenagers": who the household takes in for a while
        re.compile(
            r"^(?:I|we) (?:also |currently |now )?foster (?P<what>(?:rescue )?(?:kittens|puppies|cats|dogs|rabbits|"
            r"animals)|children|kids|teenagers|babies)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Fosters {m.group('what').lower()}",
            MemoryKind.FACT,
            "pet:foster"
            if re.search(r"kitten|pupp|cat|dog|rabbit|animal", m.group("what"), re.I)
            else "family:foster",
            importance=0.7,
        ),
    ),
    (  # "Our toddler is going through a biting phase": a child's phase, in their name
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}|toddler|little one) (?:is|'s) (?:going through|in) an? "
            r"(?P<what>[\w-]+(?: [\w-]+)?) (?:phase|stage)\b",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} is going through {a_or_an(m.group('what'))} {m.group('what').lower()} phase",
            m.group("who").lower(),
            "phase",
        ),
    ),
    (  # "My wife doesn't drive", "my husband can't swim": what a household member cannot do
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?P<neg>doesn't|does not|can't|cannot|never learned to|never learnt to) "
            r"(?P<skill>drive|swim|cook|ride a bike|cycle)\b",
            re.I,
        ),
        _cannot_do,
    ),
    (  # "I set this account up for my mum", "This account is for my dad": whose account it is
        re.compile(
            rf"\bI (?:set up|set|made|created|opened|registered)(?: up)? (?:this|the) account(?: up)? for (?:my |our )"
            rf"(?P<who>{_KIN})\b"
            rf"|\b(?:this|the) account is (?:really |actually )?(?:for|my) (?:my |our )?(?P<w2>{_KIN})(?:'s)?\b",
            re.I,
        ),
        lambda m, s: family_fact(
            f"Set up this account for {(m.group('who') or m.group('w2')).lower()}",
            (m.group("who") or m.group("w2")).lower(),
            "account",
        ),
    ),
    (  # "My youngest gets carsick on long drives", "our son gets seasick": what a journey is planned around
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:always |often |usually |really |easily |still )?gets? "
            r"(?:really |very |badly )?(?P<what>(?:car|sea|air|travel|motion)[- ]?sick(?:ness)?)"
            r"(?P<when> (?:on|in|during|when|if|after) [^,.;!?]{1,40})?",
            re.I,
        ),
        lambda m, s: _kept_away(
            f"{_who(m).capitalize()} gets {m.group('what').lower()}{m.group('when') or ''}",
            topic_value(m.group("what")),
        ),
    ),
    (  # "We're a family of five", "There are four of us at home": how many the household is
        re.compile(
            r"^(?:we(?:'re| are) a (?:family|household) of (?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
            r"|there(?:'re| are) (?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) of us"
            r"(?: (?:at home|in (?:the|my|our) (?:family|house|household)))?(?=\s*(?:[,.;!?]|$)))\b",
            re.I,
        ),
        _household_size,
    ),
    (  # "(I'm the only one in my family who eats meat,) everyone else is vegetarian": the household's diet
        re.compile(
            r"\b(?:everyone|everybody|the rest(?: of (?:them|us|the family|my family))?)(?: else)?(?: in (?:my|our|the) "
            r"(?:family|house|household))? (?:is|are) (?:(?:all|strictly) )?(?P<diet>vegetarian|vegan|pescatarian|"
            r"gluten-free|dairy-free)\b",
            re.I,
        ),
        lambda m, s: family_fact(
            f"Everyone else in the household is {m.group('diet').lower()}", "household", "diet"
        ),
    ),
    (  # "Our kitchen is nut-free because of my daughter", "We're a nut-free household": what the home keeps out
        re.compile(
            r"^(?:our (?:kitchen|house|home|household|flat)(?: is|'s) |we(?:'re| are) an? (?:completely |strictly )?)"
            r"(?:completely |strictly |totally )?(?P<what>[\w-]+?)[- ]free(?: (?:kitchen|house|home|household|family))?\b"
            r"(?P<why> (?:because of|for|since|as) [^,.;!?]+)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Home is {m.group('what').lower()}-free{m.group('why') or ''}",
            MemoryKind.FACT,
            f"household:{topic_value(m.group('what'))}",
            importance=0.8,
        ),
    ),
    (  # "(..., so) we keep no drink in the house", "our family gatherings are always alcohol-free": the same
        re.compile(
            r"^(?:so )?we (?:keep no|don't keep any|do not keep any|never keep any|don't have any|never have any) "
            r"(?P<what>drink|alcohol|booze|sweets|junk food|sugar|meat|nuts)(?: at all)? (?:in|at) (?:the|our) "
            r"(?:house|home|flat)\b"
            r"|^(?:our|my) (?P<events>(?:family )?(?:gatherings|get-togethers|parties|celebrations|events)) (?:are|is) "
            r"(?:always |all |strictly )?(?P<free>[\w-]+?)[- ]free\b",
            re.I,
        ),
        lambda m, s: _kept_out(m),
    ),
    (  # "Our youngest still naps after lunch", "My daughter naps every afternoon": a child's day
        re.compile(
            rf"\b(?:my|our) (?P<who>{RELATIONS}|youngest|eldest|little one|toddler|baby) (?:still |usually |always )?"
            r"(?:naps?|has a nap|takes a nap|goes down for a nap|sleeps)\b(?P<when> (?:after|in|every|at|from|around|"
            r"between|before)[^,.;!?]*)",
            re.I,
        ),
        lambda m, s: family_fact(first_up(m.group(0).split(" ", 1)[1]), m.group("who").lower(), "sleep"),
    ),
    (  # "(He's got dyscalculia, so) times tables are a nightmare for my son": what a child finds hard
        re.compile(
            r"^(?P<obj>(?!(?:it|this|that|things|life|everything|school)\b)[a-z][\w\s'-]{2,30}?) (?:is|are) "
            rf"{HARD_EN} for my (?P<who>{RELATIONS})\b",
            re.I,
        ),
        lambda m, s: family_condition(
            f"{m.group('who').capitalize()} finds {m.group('obj').lower()} hard",
            m.group("who").lower(),
            m.group("obj"),
        ),
    ),
    (  # "Our toddler naps from 1 to 3", "We've got a baby who goes to bed at 7": when the household sleeps
        re.compile(
            rf"\b(?:my|our|we've got an?|we have an?|I've got an?|I have an?) (?P<who>{_KIN})(?: who|,)? "
            r"(?:usually |always |still |normally |only )?(?:naps?|sleeps?|has (?:a|her|his) nap|have (?:a|their) nap|"
            r"goes to bed|go to bed|goes down|go down|is in bed|are in bed|is asleep|are asleep|wakes(?: up)?|"
            r"wake(?: up)?|is up|are up|gets up|get up)"
            rf"(?: every (?:afternoon|morning|day|evening|night))?(?: (?:from|between|at|by|around|until|till) "
            rf"{_TIME_EN}(?: (?:to|and|until|till|-) {_TIME_EN})?)"
            r"(?: every (?:afternoon|morning|day|evening|night))?",
            re.I,
        ),
        _routine,
    ),
    (  # "My son is allergic to dogs", "my daughter has a severe egg allergy": what the household keeps away from
        re.compile(
            rf"\bmy (?P<who>{RELATIONS}|partner|husband|wife|kids|children|sons?|daughters?) (?:is|are|'s) (?:severely |very |"
            r"quite |also )?allergic to (?P<obj>[^,.;!?]+)"
            rf"|\bmy (?P<who2>{RELATIONS}|partner|husband|wife|sons?|daughters?) (?:has|'s got|has got) (?:a |an )?"
            r"(?:severe |serious |bad |mild |life-threatening |nasty )?(?P<obj2>[\w-]+(?: [\w-]+)?) allergy\b",
            re.I,
        ),
        lambda m, s: _allergic(m.group("who") or m.group("who2"), m.group("obj") or m.group("obj2")),
    ),
    (  # "My husband is six foot five", "My son is 6'2\"": how tall a household member is
        re.compile(
            rf"\bmy (?P<who>{RELATIONS}|partner|husband|wife) is (?:nearly |almost |over |about )?"
            r"(?P<h>(?:five|six|seven|\d) (?:foot|feet)(?: (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"\d{1,2}))?|\d'\s?\d{1,2}\"?|\d\.\d{1,2} ?m|1\d\d ?cm)(?: tall)?\b",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} is {m.group('h')} tall", m.group("who").lower(), "height"
        ),
    ),
    (  # "My partner doesn't drink", "My husband never drinks alcohol": a household member who drinks none
        re.compile(
            rf"\b(?:my|our) (?P<who>{RELATIONS}|partner|husband|wife|parents|in-laws) (?:doesn't|don't|does not|"
            r"never|won't) (?:drink|touch alcohol|touch a drop)(?: alcohol| at all| anymore| any more)?"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so|because|since|for)\b)",
            re.I,
        ),
        lambda m, s: family_taste(
            f"{m.group('who').capitalize()} doesn't drink alcohol", m.group("who").lower(), "alcohol", True
        ),
    ),
    (  # "My kids aren't allowed screens on school nights": a rule of the household's for its members
        re.compile(
            r"\b(?:my|our) (?P<who>kids|children|son|daughter|teenagers?|boys|girls|twins|youngest|eldest) "
            r"(?:aren't|isn't|are not|is not|are never|is never) allowed (?:any )?(?P<what>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} {'are' if m.group('who').lower().endswith('s') else 'is'} not allowed "
            f"{m.group('what').strip()}",
            m.group("who").lower(),
            "rules",
        ),
    ),
    (  # "My partner's gluten intolerant": what a household member's body cannot take
        re.compile(
            rf"\bmy (?P<who>{RELATIONS}|partner|husband|wife|sons?|daughters?)(?:'s| is) (?:also |severely |very )?"
            r"(?P<what>[\w-]+) intolerant\b"
            # "My son has a gluten intolerance"
            rf"|\bmy (?P<who2>{RELATIONS}|partner|husband|wife|sons?|daughters?) (?:has|'s got|has got) (?:a |an )?"
            r"(?:severe |mild |slight |bad )?(?P<what2>[a-z]+)[- ]intolerance\b",
            re.I,
        ),
        lambda m, s: _kept_away(
            f"{(m.group('who') or m.group('who2')).capitalize()} is "
            f"{(m.group('what') or m.group('what2')).lower()} intolerant",
            topic_value(m.group("what") or m.group("what2")),
        ),
    ),
    (  # "My wife is vegan", "My son has been vegetarian for years": the diet a family meal is cooked around
        re.compile(
            rf"\b(?:my|our) (?:(?:teenage|little|eldest|youngest|older|younger|grown-up|adult) )?"
            rf"(?P<who>{RELATIONS}|partner|husband|wife|sons?|daughters?) (?:is|'s|has been|has gone|went) "
            rf"(?:(?:a|an|now|strictly|fully|also|completely|totally) )*(?P<diet>{'|'.join(d for d in DIETS if d != 'diabetic')})\b"
            # "My kids are vegetarian", "the twins are both vegan"
            r"|\b(?:(?:my|our)|(?:^|(?<=and ))the) (?P<who2>kids|children|twins|boys|girls|sons|daughters|parents|"
            r"in-laws) (?:are|have been|have gone|went) (?:(?:both|all|also|now|strictly|fully) )*"
            rf"(?P<d2>{'|'.join(d for d in DIETS if d != 'diabetic')})\b",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{_who(m).capitalize()} {'is' if m.group('diet') else 'are'} {(m.group('diet') or m.group('d2')).lower()}",
            _who(m),
            "diet",
        ),
    ),
    (  # "My partner and I are both vegetarian", "Me and my wife are vegan": the user's diet and the member's
        re.compile(
            rf"\b(?:(?:my|our) (?P<who>{RELATIONS}|partner|husband|wife) and I|me and my (?P<who2>{RELATIONS}|partner|"
            r"husband|wife)) (?:are|'re|have been|have both been) (?:(?:both|all|also|now|strictly|fully) )*"
            rf"(?P<diet>{'|'.join(d for d in DIETS if d != 'diabetic')})\b",
            re.I,
        ),
        lambda m, s: (
            diet_fact(m.group("diet")),
            _member_diet((m.group("who") or m.group("who2")).lower(), m),
        ),
    ),
    (  # "My youngest loves anything with animals", "My daughter hates broccoli", "The 9-year-old is obsessed
        # with dinosaurs": a taste of the family's
        re.compile(
            rf"\b(?:(?:my|our) (?:(?:teenage|little|eldest|youngest|older|younger|grown-up|adult|baby|toddler) )?"
            rf"(?P<who>{RELATIONS}|partner|husband|wife|kids|children|sons|daughters|youngest|"
            r"eldest|oldest|little ones?|toddler|teenager|twins|boys|girls|parents|in-laws|"
            rf"{_AGED})|(?:^|\b(?<=and ))the (?P<who2>youngest|eldest|oldest|little ones?|toddler|teenager|twins|"
            rf"kids|boys|girls|{_AGED})) "
            rf"(?:really |absolutely |totally |also |just |still )?{_TASTE} (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: _taste_of(_who(m), m),
    ),
    (  # "My whole family loves spicy food", "Everyone in my family hates coriander": the household's taste
        re.compile(
            r"^(?:(?:my|our) (?:whole |entire )?family(?: all)?|the (?:whole|entire) family|everyone in (?:my|our|the) "
            rf"(?:family|house|household)) (?:really |all |also |just )*{_TASTE} (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: _taste_of("whole family", m),
    ),
    (  # "my youngest gets nightmares", "My son has nightmares after scary films": what a film night must not be
        re.compile(
            rf"\b(?:my|our) (?P<who>{RELATIONS}|kids|children|youngest|eldest|oldest|little ones?|toddler|twins|boys|"
            rf"girls|{_AGED}) (?:always |still |sometimes |easily |often )?(?:gets?|has|have) (?:bad |awful )?"
            r"nightmares\b(?: (?:from|after|about|with) (?P<obj>[^,.;!?]+))?",
            re.I,
        ),
        lambda m, s: family_taste(
            first_up(m.group(0).split(" ", 1)[1]),
            m.group("who").lower(),
            m.group("obj") or "nightmares",
            True,
        ),
    ),
    (  # "My partner snores", "My husband snores like a train": how a household member sleeps
        re.compile(
            rf"\b(?:my|our) (?P<who>{RELATIONS}|partner|husband|wife|boyfriend|girlfriend) "
            r"(?:really |always |often |also |still )?(?:snores|talks in (?:his|her|their) sleep|grinds (?:his|her|their) teeth)"
            r"\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: family_fact(first_up(m.group(0).split(" ", 1)[1]), m.group("who").lower(), "sleep"),
    ),
    (  # "My daughter gets scared easily", "our son is easily frightened", "my boy scares easily": what is
        # picked for them is nothing scary
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:(?:gets|is) (?:really |very |quite |so |super )?(?:easily )?"
            r"(?:scared|frightened|spooked)(?: (?:really |very |quite |so )?easily)?|scares (?:really |very )?easily)"
            r"(?!\s+(?:of|by|when|if|at)\b)",
            re.I,
        ),
        lambda m, s: family_condition(f"{_who(m).capitalize()} gets scared easily", _who(m), "scary"),
    ),
    (  # "My daughter gets anxious about maths tests": what sets a member off, what help for them allows for
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:always |usually |really )?gets (?:really |very |quite |so |super |a bit )?"
            rf"(?P<feel>{SET_OFF_FEELINGS}) (?P<when>{SET_OFF_WHEN})",
            re.I,
        ),
        lambda m, s: family_condition(
            f"{_who(m).capitalize()} gets {m.group('feel').lower()} {m.group('when')}",
            _who(m),
            set_off_by(m.group("when")),
        ),
    ),
    (  # "Our dog gets anxious when he's left alone", "My cat gets stressed in the car", "Our dog can't be left
        # alone for long": what sets a pet off, which plans for a day out must allow for
        re.compile(
            r"\b(?:my|our) (?P<who>dog|dogs|puppy|cat|cats|kitten|rabbit|parrot|horse|pup) (?:always |really |just )?"
            r"(?:(?:gets?|goes|is|are) (?:really |very |so |super |a bit )?(?:anxious|stressed|nervous|upset|scared|"
            r"panicky|sick|car-?sick|distressed)|(?:can't|cannot|won't) be left(?: alone| on (?:his|her|its|their) own)?"
            # "My dog is reactive around other dogs", "Our dog doesn't get on with other dogs"
            r"|(?:is|are|gets?) (?:really |very |a bit |quite |super |so )?(?:reactive|aggressive|snappy|fearful|wary|"
            r"nervous|funny|growly) (?:around|with|towards|at|of) (?:other |most |all )?\w+"
            r"|(?:doesn't|don't) (?:get on|get along|do well) with (?:other )?\w+|(?:hates?|goes for|lunges? at) other \w+"
            # "Our parrot screams if he's left alone for long"
            r"|(?:screams?|barks?|howls?|cries|whines?|panics?|chews \w+|destroys \w+)[^,.;!?]{0,20}?\bleft "
            r"(?:alone|on (?:his|her|its|their) own))"
            r"\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: family_fact(first_up(m.group(0).split(" ", 1)[1]), m.group("who").lower(), "sensitive"),
    ),
    (  # "Our two cats shred everything they can get their claws into", "Our puppy chews the furniture": what
        # a pet does to a home, which what is bought for it must stand
        re.compile(
            r"\b(?:my|our) (?:(?:two|three|four|\d) )?(?P<who>dogs?|pupp(?:y|ies)|cats?|kittens?|rabbits?|parrots?)"
            r" (?:always |really |just |still |constantly )?(?:shreds?|scratch(?:es)?|chews?|destroys?|wrecks?|"
            r"rips? up|tears? up|claws? at|pees? on)\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: family_fact(first_up(m.group(0).split(" ", 1)[1]), m.group("who").lower(), "habit"),
    ),
    (  # "My parents don't speak English, only Gujarati", "My mum only speaks Polish": the household's tongue
        re.compile(
            rf"\b(?:my|our) (?!(?:boss|friend|best friend|colleague)\b)(?P<who>{RELATIONS}|parents|grandparents|in-laws|"
            r"partner|husband|wife) (?:(?:only|mainly|"
            r"mostly|just) )?(?:speaks?|(?P<not>don't|doesn't|do not|does not|can't) speak) (?P<lang>(?-i:[A-Z][a-z]+))"
            r"(?:(?:,| but)? (?:only|just) (?P<l2>(?-i:[A-Z][a-z]+)))?",
            re.I,
        ),
        lambda m, s: family_fact(first_up(m.group(0).split(" ", 1)[1]), m.group("who").lower(), "language"),
    ),
    (  # "Our eldest is at boarding school and home every other weekend": a child away at school
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:is|'s) (?:away )?at (?:a )?boarding school\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: family_fact(first_up(m.group(0).split(" ", 1)[1]), m.group("who").lower(), "school"),
    ),
    (  # "We home-school our two boys": the children learn at home, school hours are free
        re.compile(
            r"\b(?:we|I) (?:now |currently )?home-?school (?:our |my |the )?(?P<who>[^,.;!?]{2,30})", re.I
        ),
        lambda m, s: Candidate(
            f"Home-schools {m.group('who').strip()}", MemoryKind.FACT, "family:home_school", importance=0.7
        ),
    ),
    (  # "My husband works away Monday to Friday": who is not at home when
        re.compile(
            rf"\b(?:my|our) (?!(?:boss|friend|best friend|colleague)\b)(?P<who>{RELATIONS}|partner|husband|wife) "
            r"(?:often |usually |mostly )?works? away\b[^,.;!?]*?(?=\s+(?:so|and|but|because|which)\b|[,.;!?]|$)",
            re.I,
        ),
        lambda m, s: family_fact(first_up(m.group(0).split(" ", 1)[1]), m.group("who").lower(), "work"),
    ),
    (  # "My son is autistic", "My daughter has ADHD": a condition of the household's, in their name
        re.compile(
            rf"\b(?:my|our) (?P<who>{RELATIONS}|partner|husband|wife|sons|daughters|youngest|eldest|oldest|twins) "
            rf"(?P<verb>is|'s|has|have|had)(?P<got> got)? (?:a |an )?"
            rf"(?:(?P<how>early|early-onset|mild|advanced|late-stage|profoundly|severely|totally|completely|partially|"
            rf"mildly|registered|recovering|\w+ (?:weeks?|months?)) )?"
            rf"(?P<cond>autistic|deaf|blind|diabetic|epileptic|dyslexic|asthmatic|alcoholic|addict|"
            rf"disabled|pregnant|heart attack|stroke|hard of hearing|partially sighted|visually impaired|housebound|"
            rf"{CONDITIONS})\b",
            re.I,
        ),
        _family_condition,
    ),
    (  # "Our puppy hasn't had all her jabs yet": an animal not yet to go among others
        re.compile(
            rf"\b(?:my|our) (?P<who>{PETS}) (?:hasn't|has not|haven't|hasn't yet|still hasn't) (?:had|finished) "
            r"(?:all )?(?:(?:her|his|its|their) )?(?:jabs|vaccinations|vaccines|injections|shots)\b",
            re.I,
        ),
        lambda m, s: Candidate(
            f"{_who(m).capitalize()} hasn't had all their jabs yet",
            MemoryKind.FACT,
            f"pet:{_who(m)}",
            importance=0.6,
        ),
    ),
    (  # "My mum is on dialysis", "I pick my dad up from chemo": a treatment of the household's
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN})(?: (?:is|'s) on| has| (?:goes|is going) (?:to|for)| is having)?"
            r"(?: up)?(?: from)? (?P<cond>dialysis|chemo(?:therapy)?|radiotherapy|radiation therapy)\b",
            re.I,
        ),
        lambda m, s: family_condition(
            f"{_who(m).capitalize()} has {m.group('cond').lower()}", _who(m), m.group("cond").lower()
        ),
    ),
    (  # "I have a nervous ten-year-old", "We've got a two-year-old and a baby": a child by their age
        re.compile(
            rf"\b(?:I|we)(?:'ve| have)?(?: got| have) (?:a|an) (?P<how>(?:[\w-]+ )?)(?P<age>{_NUMBER_EN})-year-old\b"
            r"(?! (?:car|house|laptop|phone|dog|cat|boiler|sofa|bike|computer|fridge|mattress)\b)",
            re.I,
        ),
        lambda m, s: family_fact(
            f"Has {a_or_an(m.group('how') or m.group('age'))} {m.group('how').lower()}{m.group('age').lower()}-year-old",
            "child",
            "age",
        ),
    ),
    (  # "My partner uses a wheelchair", "my dad relies on a hearing aid": the household's, in their name
        re.compile(
            # "My mother-in-law is in a wheelchair", "my dad walks with a stick"
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:uses|relies on|needs|wears|is in|is on|walks with|walks on|"
            r"gets around (?:in|on|with)) (?:a |an |two )?(?P<cond>wheelchair|walker|walking frame|frame|cane|"
            r"walking stick|stick|crutches|hearing aids?|cochlear implants?|mobility scooter|guide dog)\b"
            # "My husband is a wheelchair user"
            rf"|\bmy (?P<who2>{RELATIONS}|partner|husband|wife) (?:is|'s) a (?P<c2>wheelchair) user\b",
            re.I,
        ),
        lambda m, s: _family_aid(m.group("who") or m.group("who2"), m.group("cond") or m.group("c2")),
    ),
    (  # "My husband is a doctor", "my sister's a nurse at the children's hospital"
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:is|'s) (?:now |currently |also |still |actually )?(?:a|an) "
            rf"(?P<job>(?:[\w-]+ ){{0,2}}(?:{OCCUPATIONS}))\b(?!-)",
            re.I,
        ),
        _family_job,
    ),
    (  # "My brother works at Google", "my wife works in finance", "my dad works as a bus driver"
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:now |currently |also |still )?works? (?P<prep>as|at|in|for) "
            r"(?P<where>[^,.;!?]+)",
            re.I,
        ),
        _family_work,
    ),
    (  # "My mum can't manage stairs", "my husband can't eat gluten": what the household keeps away from
        re.compile(
            rf"\bmy (?P<who>{_KIN}) (?:just |really |still )?(?:can't|cannot|can no longer|isn't able to) "
            r"(?:(?P<verb>manage|do|climb|use|walk up|eat|have|drink|tolerate|handle) (?P<obj>(?:the |any |long |steep )?"
            # (a thing or two, or the things it lists: "prawns or crab", "nuts, eggs or dairy"; how much of
            # it: "anything too sad", "anything very spicy")
            r"[\w-]+(?: (?:too|very|really|overly) [\w-]+| (?!or\b|and\b)[\w-]+)?(?:(?:, [\w-]+)*,? or [\w-]+)?)"
            # "My wife can't walk far since her hip operation": how far the body goes, and why
            r"|(?P<move>walk (?:far|very far|long distances|much|for long)|stand for long|get around easily))"
            r"(?P<why> (?:since|because of|after) (?:her|his|their|the|a|an) [^,.;!?]+)?",
            re.I,
        ),
        lambda m, s: _cannot_manage(m),
    ),
    (  # "My wife works nights as a nurse": when a household member works
        re.compile(
            rf"\b(?:my|our) (?!(?:boss|friend|best friend|colleague)\b)(?P<who>{RELATIONS}|partner|husband|wife) "
            r"(?:usually |often |mostly |still |now )?works? (?P<when>nights|night shifts?|weekends|lates|earlies|"
            r"shifts|twelve-hour shifts|12-hour shifts|from home|days|office hours|monday to friday|"
            rf"{WORK_HOURS}|abroad)\b[^,.;!?]*",
            re.I,
        ),
        lambda m, s: family_fact(first_up(m.group(0).split(" ", 1)[1]), m.group("who").lower(), "work"),
    ),
    (  # "My grandson stays with us every other weekend": who of the family is at home when
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:usually |often |always )?(?:stays|comes to stay|sleeps over) with (?:us|me) "
            r"(?P<when>(?:every|most|on|at|during|for) [^,.;!?]+)",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} stays with us {m.group('when')}", m.group("who").lower(), "stays"
        ),
    ),
    (  # "My grandma lives with us", "my mum has moved in with me": who of the family shares the home
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}|grandparents|in-laws) (?:now |also |still )?"
            r"(?:lives?|(?:is|are) living|ha(?:s|ve) moved in|moved in"
            # one coming to: "My mum is coming to live with us next month"
            r"|(?P<coming>(?:is|are|'s|'re) (?:coming to live|moving in|going to live|going to move in)))"
            r" with (?:us|me)\b",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} {'is coming to live' if m.group('coming') else 'lives'} with us"
            if m.group("who").lower()
            not in ("grandparents", "in-laws", "parents", "kids", "children", "twins")
            else f"{m.group('who').capitalize()} {'are coming to live' if m.group('coming') else 'live'} with us",
            m.group("who").lower(),
            "home",
        ),
    ),
    (  # "I look after my mum three afternoons a week", "I'm a carer for my husband", "I'm my dad's carer"
        re.compile(
            # "I'm caring for my mum who has dementia": what they live with, after them
            rf"(?:\bI (?:also |still |now |usually )?|\bI(?:'m| am) (?:also |now |currently )?|\bto )"
            rf"(?:look after|care for|caring for|looking after|help look after) my (?P<who>{_KIN})"
            r"(?P<when>(?: (?!who\b)[\w'-]+){0,5}?)(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so|because|since|who)\b)"
            rf"|\bI(?:'m| am) (?:a |the )?(?:full-time |part-time |main )?carer for my (?P<who2>{_KIN})\b"
            rf"|\bI(?:'m| am) my (?P<who3>{_KIN})'s (?:full-time |part-time |main )?carer\b",
            re.I,
        ),
        lambda m, s: _cares_for(m, s),
    ),
    (  # "My girlfriend lives in Toronto": where someone of the family lives, not with the user
        re.compile(
            rf"\b(?i:my|our) (?P<who>(?i:{_KIN})) (?:now |still |currently )?lives in (?P<where>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)"
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} lives in {m.group('where')}", m.group("who").lower(), "home"
        ),
    ),
    (  # "We do long distance", "I'm in a long-distance relationship", "我们是异地恋"
        re.compile(
            r"\b(?:we|I)(?:'re| are| am|'m)? (?:do |doing |in )?(?:a )?long[- ]distance(?: relationship)?\b"
            r"(?! (?:running|runs?|cycling|rides?|riding|swimming|walking|walks|driving|drives|hiking|hikes|trips?|travel\w*))",
            re.I,
        ),
        lambda m, s: Candidate(
            "In a long-distance relationship", MemoryKind.FACT, "relationship:long_distance"
        ),
    ),
    (  # "My daughter gets frustrated quickly", "our son gets bored easily": how learning goes for them
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN})(?: (?-i:[A-Z][a-z]+))? (?:tends to |always |usually |often )?"
            r"(?:gets?|becomes?) (?P<how>bored|frustrated|distracted|overwhelmed|discouraged|restless|fidgety) "
            r"(?P<soon>(?:very |really |so |pretty |quite )?(?:easily|quickly|fast))(?=\s*(?:$|[,.;!?]|and\b|so\b))"
            # "..., so short sessions are better": what works for them then
            r"(?P<so>,? so (?:short(?:er)? (?:sessions|lessons|bursts)|small steps|(?:lots of |frequent )breaks)"
            r"[^.;!?]{0,40})?",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{_who(m).capitalize()} gets {m.group('how').lower()} {m.group('soon').lower()}{m.group('so') or ''}",
            _who(m),
            "learning",
        ),
    ),
    (  # "My daughter is 7", "my son just turned eight", "my kids are 6 and 9", "the baby is 4 months old"
        re.compile(
            rf"(?:\b(?:my|our) (?P<who>{_KIN}|dog|cat|puppy|kitten)(?: (?P<name>(?-i:[A-Z][a-z]+)))?"
            # "the kids are 5 and 8": the household's, as chat says it
            r"|(?:^|\b(?<=and ))the (?P<who2>kids|children|twins|baby|boys|girls|little ones?|youngest|eldest|oldest)"
            # "(We're a family of four,) kids are 4 and 9"
            r"|^(?P<who3>kids|children|twins)(?= are \d))"
            r"(?:, who)? "
            r"(?:is|are|'s|just turned|turned|has just turned|will be|"
            r"is turning|"
            rf"turns) (?:now |only |nearly |almost |just )?(?P<age>{_NUMBER_EN})(?: and (?P<and>{_NUMBER_EN}))?"
            rf"(?:(?P<months> months? old)| years? old| yrs? old| y/?o)?{_CLAUSE_END}",
            re.I,
        ),
        _family_age,
    ),
    (  # "My mum is in her seventies", "my husband's in his early 40s": a member's age by its decade
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN})(?:'s| is) (?:now |already )?in (?:his|her|their) "
            r"(?P<part>early |mid-?|late )?(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|"
            r"nineties|[2-9]0s)\b",
            re.I,
        ),
        _decade_of,
    ),
    (  # "My daughter is a teenager now", "my son's in his early teens": a member's stage of life
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN})(?:'s| is) (?:now |just |already |still )?"
            r"(?:(?P<a>a (?:teenager|teen|toddler|baby|newborn|preteen|tween))|in (?P<pro>his|her|their) "
            r"(?P<teens>(?:early |mid-?|late )?teens))\b",
            re.I,
        ),
        _stage,
    ),
    (  # "My daughter has piano lessons on Tuesday and Thursday evenings", "our eldest does swimming on Fridays"
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}|(?:little |eldest |youngest |middle )?(?:boy|girl))"
            r"(?P<does>'s got| has got| has| does| goes to| plays| attends) "
            r"(?P<what>(?:[\w-]+ ){0,2}?(?:lessons?|class(?:es)?|practice|training|club|tuition|tutoring|rehearsals?|"
            r"swimming|ballet|football|rugby|cricket|netball|hockey|scouts|cubs|beavers|brownies|guides|judo|karate|"
            r"gymnastics|dance|drama|piano|violin|chess|choir|orchestra|therapy|physio(?:therapy)?|tutoring))"
            r" (?P<when>(?:on|every|after school|before school|at weekends|at the weekend)\b[^,.;!?]*)",
            re.I,
        ),
        _lessons,
    ),
    (  # "My daughter's piano lessons have moved to Thursdays": a new day for a member's lessons
        re.compile(
            rf"\bmy (?P<who>{RELATIONS})'s (?P<what>(?:[\w-]+ ){{0,2}}?(?:class|classes|lessons?|practice|training|club|"
            r"therapy|tutoring)) (?:(?:is|are)(?: now)? |(?:has|have)(?: been)? (?:moved|changed|switched) to |"
            rf"(?:is|are) moving to )(?:on |every )?(?P<when>{DAYS}(?: (?:mornings?|afternoons?|evenings?|nights?))?)",
            re.I,
        ),
        lambda m, s: family_fact(
            f"{m.group('who').capitalize()} has {m.group('what').lower()} on {day_cased(m.group('when'))}",
            m.group("who").lower(),
            topic_value(m.group("what")),
        ),
    ),
    (  # "My son struggles with fractions", "my daughter finds spelling hard", "our eldest is bad at maths"
        re.compile(rf"\b(?:my|our) (?P<who>{_CHILD}|kids|children|twins)\s+{_FINDS_HARD}", re.I),
        lambda m, s: _finds_hard(_who(m), m),
    ),
    (  # "My 10-year-old son struggles with fractions", "my 6 month old baby"
        re.compile(
            rf"\b(?:my|our) (?P<age>{_NUMBER_EN})[- ](?P<unit>years?|months?)[- ]old (?P<who>{_CHILD})\b",
            re.I,
        ),
        _aged_child,
    ),
    (  # "My son is in 5th grade", "my daughter is in year 9", "my eldest is in kindergarten"
        re.compile(
            rf"\b(?:my|our) (?P<who>{_KIN}) (?:(?:is|'s|are) (?:now |currently |just |only )?(?:in |at |starting )|"
            r"(?:has )?(?:just |recently )?started (?:at )?)"
            r"(?P<school>\d{1,2}(?:st|nd|rd|th) grade|grade \d{1,2}|year \d{1,2}|kindergarten|preschool|nursery|"
            r"(?:primary|elementary|middle|secondary|high|grammar) school|sixth form|college|university|uni)\b",
            re.I,
        ),
        _family_school,
    ),
    (_CHILDREN_EN, _children),
]


_ZH_AGE = r"[一二两三四五六七八九十\d]{1,3}"
_ZH_SCHOOL = r"(?:小学|初中|高中)?[一二三四五六]年级|幼儿园|托儿所|小学|初中|高中|大学|初[一二三]|高[一二三]|大[一二三四]|研[一二三]"


_ZH_PLACES = (
    r"北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
    r"云南|陕西|甘肃|青海|台湾|内蒙古?|广西|西藏|宁夏|新疆|香港|澳门|东北|西北|潮汕|客家|温州|苏州|杭州|成都|武汉|南京|"
    r"西安|长沙|广州|深圳|厦门|青岛|大连|沈阳|哈尔滨|昆明|南方|北方|日本|韩国|美国|英国|法国|德国|意大利|俄罗斯|加拿大|"
    r"澳大利亚|印度|越南|泰国|新加坡|马来西亚"
)
"""Where a household member may come from said before 人 or 的 ("我老公是广东人", "我老婆是东北的")."""


_WHOLE_FAMILY_ZH = ("全家人", "家里人", "全家", "家人")
"""How a Chinese speaker names the whole household ("我们全家都爱吃辣", "我家人都吃辣"), longest first."""


def _zh_family_taste(m: re.Match[str]) -> Candidate | None:
    # (how much, said after it: "迷足球迷得不行", "爱吃辣爱得要命")
    obj = zh_object(re.sub(r"(?:[迷爱]得|得)(?:不行|要命|很|不得了)$|极了$", "", m.group("obj")))
    if not obj or re.match(r"[你您我它这那]", obj):  # "我老婆爱我"
        return None
    who, verb, against = m.group("who"), m.group("verb"), bool(m.group("neg"))
    # keyed by the thing, not how it is taken: "爱吃辣" and "不吃辣" are of one taste
    what = re.sub(r"^(?:吃|喝|看|听|玩)(?=.)", "", obj)
    if who in (*_WHOLE_FAMILY_ZH, "家"):  # the whole household: "全家都爱吃辣", one key however said
        return family_taste(f"全家都{verb}{obj}", "全家", what, against)
    return family_taste(f"{who}{verb}{obj}", who, what, against)


def _zh_family_work(m: re.Match[str], sentence: str) -> Candidate | None:
    where = zh_clean(m.group("where"))
    if not where or len(where) > 20:
        return None
    who = m.group("who")
    return family_fact(f"{who}在{where}{m.group('verb')}", who, "work")


HOUSEHOLD_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "我对象刚被裁员了", "我老公三月份退休了": a household member's work now
        re.compile(
            rf"^我(?:的|家)?(?P<who>{ZH_KIN})(?:刚|最近|去年|今年|已经|[一二三四五六七八九十]{{1,2}}月份?)*"
            r"(?P<what>被裁员|被裁|失业|下岗|退休|辞职)了"
        ),
        lambda m, s: family_fact(f"{m.group('who')}{m.group('what')}了", m.group("who"), "work"),
    ),
    (  # "(我吃素，)我老公什么都吃": a household member who eats anything
        re.compile(rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:倒是|却|就|可)?(?:什么都吃|啥都吃|不挑食|什么都能吃)"),
        lambda m, s: family_fact(f"{m.group('who')}什么都吃", m.group("who"), "diet"),
    ),
    (  # "我家老大在寄宿学校，隔周回来一次": a child away at school
        re.compile(rf"^我(?:们)?(?:的|家)?(?P<who>{ZH_KIN})(?:现在|今年)?在(?:上)?寄宿(?:学校|制学校)"),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "school"),
    ),
    (  # "我老公是广东人", "我老婆是东北的": where a household member comes from
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:老家)?是(?P<where>{_ZH_PLACES}|[\u4e00-\u9fff]{{1,3}}?[省市县])(?:人|的)"
            r"(?=$|[，。！？；,.!?;])"
        ),
        lambda m, s: family_fact(f"{m.group('who')}是{m.group('where')}人", m.group("who"), "origin"),
    ),
    (  # "我老公有点耳背", "我妈眼花": a household member's senses or legs
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:有点儿?|比较|很|特别|一直|从小)*(?P<c>耳背|耳聋|眼花|老花眼?|色盲|腿脚不好|腿脚不便|"
            r"行动不便)"
        ),
        lambda m, s: family_condition(zh_kin_said(m.group(0)), m.group("who"), m.group("c")),
    ),
    (  # "我家老大今年在准备考雅思", "我儿子在准备高考": what a household member is preparing for
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:今年|现在|正|最近)*在(?:准备|备考|复习)(?P<what>[^，。！？；,.!?;]{{2,10}})"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "goal"),
    ),
    (  # "我们家寄养小猫": animals the household takes in for a while
        re.compile(
            r"^我(?:们家|家|们)?(?:现在|一直|也)?(?:在)?寄养(?P<what>小猫|小狗|猫咪?|狗狗?|流浪猫|流浪狗|兔子)"
        ),
        lambda m, s: Candidate(f"寄养{m.group('what')}", MemoryKind.FACT, "pet:寄养", importance=0.7),
    ),
    (  # "我家孩子最近老咬别的小朋友", "我儿子最近动不动就发脾气": how a child behaves these days
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN}|小孩|小朋友)(?:最近|现在|这段时间|这阵子)?(?:老是|总是|老|总|经常|动不动就)"
            r"(?P<do>咬人|咬别的小朋友|咬别人|打人|打别的小朋友|发脾气|哭闹|尿床|挑食|撒谎|说脏话|半夜醒)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "behaviour"),
    ),
    (  # "我儿子听不见", "我妈看不见": what a household member cannot do by their senses
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:从小|天生|一直|完全|基本|几乎)*(?:就)?(?P<c>听不见|听不到|看不见|看不到|说不了话|不会说话)"
        ),
        lambda m, s: family_condition(f"{m.group('who')}{m.group('c')}", m.group("who"), m.group("c")),
    ),
    (  # "(我儿子听不见，)家里都用手语交流": how the household talks
        re.compile(r"^(?:我们?)?家里?(?:人)?(?:都|平时|主要)?(?:用|打|靠)手语(?:交流|沟通|说话)?"),
        lambda m, s: Candidate("家里用手语交流", MemoryKind.FACT, "household:手语", importance=0.8),
    ),
    (  # "我老公在戒酒": what a household member is giving up
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:最近|现在|正在|在|已经)+(?:戒|戒掉)(?P<what>酒|烟|赌|糖|咖啡)"
        ),
        lambda m, s: family_fact(
            f"{m.group('who')}在戒{m.group('what')}", m.group("who"), f"戒{m.group('what')}"
        ),
    ),
    (  # "(我老公在戒酒，)家里一滴酒都不放": what the home keeps out
        re.compile(
            r"^(?:我们?)?家里?(?:一滴|一瓶|一点|任何)?(?P<what>酒|烟|零食|甜食|糖|肉|坚果)(?:都|也)?(?:不放|不留|不买|不备|不能有)"
        ),
        lambda m, s: Candidate(
            f"家里不放{m.group('what')}", MemoryKind.FACT, f"household:{m.group('what')}", importance=0.8
        ),
    ),
    (  # "我们家吃饭不许看手机", "我家规定睡前不能玩手机": a rule of the house
        re.compile(
            r"^(?:我们家|我家|家里)(?:的规矩是|规定|有个规矩)?[，,]?(?P<when>吃饭|吃饭时|吃饭的时候|饭桌上|睡前|睡觉前|晚上九点以后|周一到周五)"
            r"(?:都)?(?:不许|不能|不准|禁止|不让)(?P<what>(?:看|玩|用|碰)?(?:手机|电视|平板|电脑|游戏|iPad|ipad))"
        ),
        lambda m, s: zh_limit(m.group("what"), f"家规：{m.group('when')}不许{{}}", "avoids"),
    ),
    (  # "我老婆不会开车", "我爸不会游泳": what a household member cannot do
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:也|还|一直|都)?(?:不会|不能|没学会)(?P<skill>开车|游泳|做饭|骑车)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), m.group("skill")),
    ),
    (  # "这个账号是帮我妈注册的", "我给爸爸开的这个账户": whose account it is ("她": the one just named)
        re.compile(
            rf"^(?:这个|这)?(?:账号|账户)是(?:我)?(?:帮|给|替)(?:我)?(?P<who>{ZH_KIN}|她|他|老人|家人)(?:注册|开|申请|办)的"
            rf"|^我(?:帮|给|替)(?:我)?(?P<w2>{ZH_KIN}|老人|家人)(?:注册|开|申请|办)的(?:这个)?(?:账号|账户)"
        ),
        lambda m, s: family_fact(
            f"账号是帮{_ZH_WHO_SAID.get(w := m.group('who') or m.group('w2'), w)}注册的",
            _ZH_WHO_SAID.get(w, w),
            "account",
        ),
    ),
    (  # "我们全家都吃素", "我家都是素食者": the household's diet, the user's with it
        re.compile(r"^我(?:们)?(?:全家|家里|家)(?:人)?(?:都|全都)(?:是)?(?P<diet>吃素|吃全素|素食者?|纯素)"),
        lambda m, s: family_fact(
            f"全家都{'吃素' if '素食' in m.group('diet') else m.group('diet')}", "household", "diet"
        ),
    ),
    (  # "我们家五口人", "我家一共四口人": how many the household is
        re.compile(r"^我(?:们)?家(?:里)?(?:一共|总共)?(?:有)?(?P<n>[两三四五六七八九十\d]{1,2})口人"),
        lambda m, s: Candidate(f"家里{m.group('n')}口人", MemoryKind.FACT, "household:size", importance=0.7),
    ),
    (  # "我家宝宝每天下午一点到三点午睡", "我儿子晚上八点睡觉": when the household sleeps
        re.compile(
            rf"我(?:家|们家)?的?(?P<who>{ZH_RELATIONS}|宝宝|孩子|小孩|对象|双胞胎|孩子们)(?:每天|平时|一般|通常)*"
            r"(?P<when>(?:早上|上午|中午|下午|晚上|夜里)?[一二三四五六七八九十两\d]{1,3}点(?:半)?"
            r"(?:到(?:[一二三四五六七八九十两\d]{1,3}点(?:半)?))?)(?:就|要|得|会)?(?:午睡|睡觉|睡|上床|醒|起床)"
        ),
        _routine,
    ),
    (  # "我儿子对狗过敏": what the household keeps away from
        re.compile(
            rf"我(?:家|们家)?(?P<who>{ZH_RELATIONS}|对象|家人|孩子们|老大|老二|老三|老小|大宝|二宝|小宝)"
            r"对(?P<obj>[^，。！？；,.!?;]{1,8}?)(?:严重|很|非常|有点|特别|比较|轻微)?过敏"
        ),
        lambda m, s: _kept_away(f"{m.group('who')}对{m.group('obj')}过敏", m.group("obj")),
    ),
    (  # "我老婆吃素", "我儿子是素食者": the diet a family meal is cooked around
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_RELATIONS}|对象)(?:也|现在|一直|平时|只|是)*(?P<diet>吃素|吃全素|吃纯素|半素食者?|素食者?|纯素|吃清真)"
        ),
        lambda m, s: family_fact(zh_clean(m.group(0))[m.start("who") - m.start(0) :], m.group("who"), "diet"),
    ),
    (  # "我女儿特别喜欢小动物", "我儿子不吃辣", "我们全家都爱吃辣": a taste of the family's, in their name
        re.compile(
            rf"我(?:们(?=全家|家人|家里人|家))?(?:的|家)?(?P<who>{ZH_RELATIONS}|对象|孩子们|俩孩子|两个孩子|[大小](?:儿子|女儿)|老大|老二|爸妈|父母|妈|爸"
            # "我们家都爱运动": 家 after 我们 is the whole household
            rf"|{'|'.join(_WHOLE_FAMILY_ZH)}|(?<=我们)家)"
            r"(?:也|很|非常|特别|最|超|超级|就|都|一直|从小就?|还|比较|挺|平时|现在|是|最近|这段时间|这阵子)*"
            # "(我老婆怀孕了，)最近不太能看吓人的片子": what they cannot watch for now is kept away from too
            r"(?P<verb>(?P<neg>讨厌|不喜欢|不爱(?:吃|看|听|玩)?|受不了|不吃|不能吃|不喝|不能喝|不看|不(?:太|大)?[能敢]看|"
            r"看不了|不听|不玩|怕)"
            r"|喜欢|爱(?!人)|迷上了?"
            r"|迷(?![上路信糊惑人住茫得])"
            # "我老公只看动作片": all they will watch
            r"|(?<=都)吃|只(?:看|听|吃|喝|玩|读))"
            # (not being left alone, what a pet's anxiety is: "我们家猫特别讨厌一个人在家")
            r"(?!(?:一个人|单独|自己)(?:在家|待着))(?P<obj>[^，。！？；,.!?;]+)"
        ),
        lambda m, s: _zh_family_taste(m),
    ),
    (  # "我老公一米九五", "我儿子身高一米八": how tall a household member is
        re.compile(
            rf"^我(?:的|家|们家)?(?P<who>{ZH_KIN})(?:身高|个子)?(?:有|快|都)?"
            r"(?P<h>一米[一二三四五六七八九][一二三四五六七八九]?|1米\d{1,2}|1\.\d{1,2}米|\d{3}(?:厘米|公分|cm))"
        ),
        lambda m, s: family_fact(f"{m.group('who')}{m.group('h')}", m.group("who"), "height"),
    ),
    (  # "我老婆周一和周五在家办公": when a household member works from home
        re.compile(
            rf"^我(?:的|家)?(?P<who>{ZH_KIN})(?P<when>[^，。！？；,.!?;]{{0,8}}?)(?:都|一般|平时)?在家(?:办公|上班|工作)"
        ),
        lambda m, s: family_fact(f"{m.group('who')}{m.group('when')}在家办公", m.group("who"), "work"),
    ),
    (  # "我们家孩子上学的日子晚上不许看屏幕": a rule of the household's for its children
        re.compile(
            r"^我(?:们)?家?(?:的)?(?P<who>孩子们?|小孩|儿子|女儿|老大|老二|俩孩子|两个孩子)(?P<when>[^，。！？；,.!?;]{0,12}?)"
            r"(?:不许|不准|不让)(?P<what>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: family_fact(
            f"{m.group('who')}{m.group('when')}不许{m.group('what')}", m.group("who"), "rules"
        ),
    ),
    (  # "我们是异地恋", "我跟女朋友异地三年了"
        re.compile(r"我(?:们|跟[\u4e00-\u9fff]{1,4}|和[\u4e00-\u9fff]{1,4})?(?:是|在)?异地(?:恋)?"),
        lambda m, s: Candidate("异地恋", MemoryKind.FACT, "relationship:long_distance"),
    ),
    (  # "我儿子有自闭症": a condition of the household's, in their name
        re.compile(
            rf"(?:我(?:的|家|们家)?|^)(?P<who>{ZH_RELATIONS}|对象|[大小](?:儿子|女儿)|老大|老二|妈|爸)(?:去年|前年|又|也|还|刚)?"
            rf"(?:有|患有|得了|是|(?=(?:{ZH_CONDITIONS})了))(?P<how>早期|轻度|中度|晚期|严重的?|[一二12]型)?(?P<cond>{ZH_CONDITIONS})"
            # "我外甥是聋人"
            rf"|我(?:的|家)?(?P<who2>{ZH_KIN})(?:也|从小|天生)?是(?:个|一个|一名)?(?P<c2>聋人|聋哑人|盲人|残疾人|视障人士)"
        ),
        lambda m, s: family_condition(
            f"{m.group('who')}有{m.group('how') or ''}{m.group('cond')}"
            if m.group("who")
            else f"{m.group('who2')}是{m.group('c2')}",
            m.group("who") or m.group("who2"),
            m.group("cond") or m.group("c2"),
        ),
    ),
    (  # "我爸眼睛不好", "我妈膝盖不太好": the state of a household member's body, in their name
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN}|妈|爸)(?:的)?(?P<part>眼睛|视力|耳朵|听力|腰|腿|膝盖|心脏|胃|肠胃|颈椎|腰椎|"
            r"髋关节|脚|手|牙|记性|身体)(?:一直|有点儿?|比较|很|特别|不太|也|越来越|已经)*"
            r"(?P<state>不好|不太好|不行了?|差|不灵了?|有问题|有伤|受过伤|疼|痛)(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: family_condition(zh_kin_said(m.group(0)), m.group("who"), m.group("part")),
    ),
    (  # "我老公打呼噜": how a household member sleeps, in their name
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN}|妈|爸)(?:晚上|睡觉)?(?:总是|老是|经常|一直|特别|很)*(?:打呼噜|打鼾|打呼|说梦话|磨牙)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "sleep"),
    ),
    (  # "我老婆怀孕了", "我太太怀孕五个月了": the household's, in their name
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_RELATIONS}|对象)(?:已经|刚|现在)?(?:怀孕|怀上了?|有喜|怀了(?=二胎|老二|宝宝|孩子|三胎))(?:了|[一二三四五六七八九十两\d]+个?月了?|二胎|三胎|老二)?"
        ),
        lambda m, s: family_condition(zh_kin_said(m.group(0)), m.group("who"), "怀孕"),
    ),
    (  # "我先生坐轮椅", "我爸戴助听器": the household's, in their name
        re.compile(
            rf"(?:我(?:的|家|们家|们)?|^)(?P<who>{ZH_KIN})(?:现在|也|还|一直|平时|走路|出门|出行|要|得|需要|都)*(?:坐|用|靠|拄|戴)"
            r"(?:着|上)?(?P<aid>轮椅|拐杖|助行器|助听器|人工耳蜗)"
        ),
        lambda m, s: family_condition(f"{m.group('who')}用{m.group('aid')}", m.group("who"), m.group("aid")),
    ),
    (  # "我姐姐是护士", "我老公是一名程序员"
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:现在|也|还)?是(?:个|一个|一名|一位|名)?(?P<job>[\u4e00-\u9fff]{{0,4}}?(?:{ZH_JOBS}))"
            r"(?=$|[，。！？；,.!?;]|[,，]|了|啊|呢|吧)"
        ),
        lambda m, s: family_fact(f"{m.group('who')}是{m.group('job')}", m.group("who"), "job"),
    ),
    (  # "我老公在银行上班", "我爸在国企工作"
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:现在|也|还|一直)?在(?P<where>[^，。！？；,.!?;在]{{1,12}}?)(?P<verb>上班|工作|打工|当老师|做销售)"
        ),
        _zh_family_work,
    ),
    (  # "我老公周一到周四出差", "我爸工作日都不在家": when a household member is away for work
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:每周)?(?:{ZH_DAYS}|工作日|平时|经常|常常|每周)(?:都|要|得|会|一般)*"
            r"(?:出差|不在家|住公司|在外地|在外面跑)(?=$|[，。！？；,.!?;了])"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "work"),
    ),
    (  # "我妈在做透析", "六点要去医院接做完透析的我妈": a treatment of the household's
        re.compile(
            rf"(?:做完|在做|刚做完)?(?P<what>透析|化疗|放疗)的(?:我)?(?P<who>{ZH_KIN})"
            rf"|我(?:的|家)?(?P<w2>{ZH_KIN})(?:在|要|每周|每周都|正在)*(?:做|去做|去)?(?P<what2>透析|化疗|放疗)"
        ),
        lambda m, s: family_condition(
            f"{m.group('who') or m.group('w2')}在做{m.group('what') or m.group('what2')}",
            m.group("who") or m.group("w2"),
            m.group("what") or m.group("what2"),
        ),
    ),
    (  # "我家小狗疫苗还没打完": an animal not yet to go among others
        re.compile(
            r"我(?:家|们家)?(?:的)?(?P<pet>小狗|狗狗|狗|小猫|猫咪|猫)(?:的)?疫苗(?:还)?没(?:有)?(?:打完|打全|打齐|打)"
        ),
        lambda m, s: Candidate(
            f"{m.group('pet')}疫苗还没打完", MemoryKind.FACT, f"pet:{m.group('pet')}", importance=0.6
        ),
    ),
    (  # "我放学后要带孙子", "我下午得接外孙女": whom the user minds, and when
        re.compile(
            r"^我(?:每天|平时|一般)?(?P<when>放学后|下午|白天|晚上|周末)?(?:都)?(?:要|得)(?:带|接|照顾|看)"
            r"(?P<who>孙子|孙女|外孙女|外孙|孩子|小孩|娃)"
        ),
        lambda m, s: family_fact(zh_said(m.group(0)), m.group("who"), "care"),
    ),
    (  # "九点前没人帮我带孩子": when there is no one to mind the children
        re.compile(
            r"^(?P<when>[^，。！？；,.!?;我]{1,8}?)(?:前|之前|以前|以后|之后)(?:都)?没人(?:帮我|帮忙)?(?:带|看|照顾|接)"
            r"(?:孩子|娃|小孩)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "schedule:childcare", importance=0.7),
    ),
    (  # "我在照顾我妈", "我平时要照顾家里的老人"
        re.compile(
            # "我在照顾有老年痴呆的妈妈": what they live with, said before them
            rf"^我(?:一直|现在|平时|最近|要|得|在|还)*(?:照顾|照料|护理)(?:着)?(?:我|家里)?(?:的)?"
            rf"(?:(?:有|得了|患有|患了)[\u4e00-\u9fff]{{1,6}}?的|(?:生病|瘫痪|卧床|年迈|行动不便)的)?(?P<who>{ZH_KIN}|老人)"
        ),
        lambda m, s: family_fact(
            f"照顾{'家里的' if m.group('who') == '老人' else '我'}{m.group('who')}", m.group("who"), "care"
        ),
    ),
    (  # "我爸妈不会说普通话", "我奶奶只会说潮汕话": the household's tongue
        re.compile(
            rf"(?:我(?:的|家|们家)?|^)(?P<who>{ZH_KIN})(?:[和跟]?(?:{ZH_KIN}))?(?:也|都|平时)*(?:只会|只能|不会|听不懂|只)"
            r"(?:说|讲|听得懂)"
            r"(?P<lang>[\u4e00-\u9fff]{1,4}?(?:话|语|文))(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "language"),
    ),
    (  # "小宝每天中午一点到三点午睡": when a child of the household sleeps
        re.compile(
            rf"(?:我(?:的|家|们家)?|^)(?P<who>{ZH_KIN}|[大小二]宝)(?:每天|一般|都|还|平时)*"
            r"(?P<when>[^，。！？；,.!?;]{0,12}?)(?:午睡|睡午觉)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "sleep"),
    ),
    (  # "我老公周一到周五在外地上班": who is away for work when
        re.compile(
            rf"(?:我(?:的|家|们家)?|^)(?P<who>{ZH_KIN})(?P<when>周一到周五|工作日|平时|每周|常年|经常)在(?:外地|外省|外面|国外)"
            r"(?:上班|工作|出差)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "work"),
    ),
    (  # "我们家两个孩子在家上学": the children learn at home
        re.compile(
            r"(?:我(?:们)?家的?|^)(?P<who>[^，。！？；,.!?;]{0,6}?(?:孩子|儿子|女儿|娃))(?:都|现在)*在家(?:上学|上课|自学)"
        ),
        lambda m, s: Candidate(
            zh_kin_said(m.group(0)), MemoryKind.FACT, "family:home_school", importance=0.7
        ),
    ),
    (  # "我老婆是护士，上夜班": when a household member works
        re.compile(
            rf"(?:我(?:的|家|们家)?|^)(?P<who>{ZH_KIN})(?:经常|常常|总是|一直|现在|要|得|也)*上(?P<shift>夜班|晚班|早班|白班|倒班|大夜班)"
        ),
        lambda m, s: family_fact(f"{m.group('who')}上{m.group('shift')}", m.group("who"), "work"),
    ),
    (  # "我妈爬不了楼梯了", "我爸走不远": what a household member's body cannot manage
        re.compile(
            rf"(?:我(?:的|家|们家)?|^)(?P<who>{ZH_KIN})(?:现在|已经|都|也)*(?P<obj>(?P<verb>爬|走|蹲|跪|弯腰|搬|提|站|上)"
            r"(?:不了|不动|不远|不久)[^，。！？；,.!?;]{0,6})"
        ),
        lambda m, s: family_condition(
            re.sub("不$", "不了", zh_kin_said(m.group(0))),
            m.group("who"),
            re.sub("不(?:了|动|远|久)|了$", "", m.group("obj")),
        ),
    ),
    (  # "我孙子隔一个周末来我们家住": who of the family is at home when
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?P<when>(?:每|隔)[^，。！？；,.!?;]{{1,8}}?)(?:来|到)(?:我们家|我家|我这儿|我们这儿)"
            r"(?:住|过|待)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "stays"),
    ),
    (  # "我奶奶跟我们住", "我妈搬来和我一起住了", "我爸摔了一跤以后搬来和我们住"
        re.compile(
            rf"(?:我(?:的|家|们家)?|^)(?P<who>(?:{ZH_KIN})(?:和|、)?(?:{ZH_KIN})?)(?:[^，。！？；,.!?;]{{1,10}}?(?:以后|之后|后))?"
            # one coming to: "我妈下个月搬过来跟我们一起住"
            r"(?P<when>下个?月|下周|下星期|明年|年底|月底|过年后|[^，。！？；,.!?;]{1,6}?(?:起|开始))?"
            r"(?:现在|也|一直|就|要|会|准备)?(?:搬来|搬过来|过来)?(?:跟|和|同)(?:我们|我)(?:一起)?(?:住|生活)"
        ),
        lambda m, s: family_fact(
            f"{m.group('who')}{m.group('when') or ''}{'起' if m.group('when') else ''}跟我们住",
            m.group("who"),
            "home",
        ),
    ),
    (  # "我们家宝宝刚出生六周", "我儿子出生才十天", "我女儿刚满月": a newborn's age, in weeks or days too
        re.compile(
            rf"我(?:的|家的?|们家的?)?(?P<who>{ZH_KIN})(?:才|刚)?(?:(?:出生|生下来|出世)(?:才|刚|刚刚)?"
            rf"(?P<age>{_ZH_AGE})(?P<unit>周|个星期|个礼拜|天|个月)|(?:刚|才)?(?P<month>满月)"
            # "我们家宝宝才三周大"
            rf"|(?:才|刚|刚刚|只有)(?P<a2>{_ZH_AGE})(?P<u2>周|个星期|个礼拜|天)大)"
        ),
        lambda m, s: family_fact(
            f"{m.group('who')}{m.group('age') or m.group('a2')}{m.group('unit') or m.group('u2')}"
            if m.group("age") or m.group("a2")
            else f"{m.group('who')}刚满月",
            m.group("who"),
            "age",
        ),
    ),
    (  # "我女儿今年七岁", "我儿子刚满8岁", "宝宝六个月大了"
        re.compile(
            rf"我(?:的|家的?|们家的?)?(?P<who>{ZH_KIN})(?:今年|现在|才|刚|刚满|已经|快|马上|都)*(?P<age>{_ZH_AGE}多?)"
            # "我妈八十二了": years said without 岁
            r"(?:(?P<unit>岁|周岁|个月)|(?=了(?:$|[，。！？；,.!?;])))"
        ),
        lambda m, s: family_fact(
            f"{m.group('who')}{m.group('age')}{m.group('unit') or '岁'}", m.group("who"), "age"
        ),
    ),
    (  # "我儿子上初二", "我女儿在读小学三年级"
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:(?:今年|现在|正在|刚)?(?:上|读|在读|在上|念)|今年|现在)?(?P<school>{_ZH_SCHOOL})"
            r"(?=$|[，。！？；,.!?;])"  # "我儿子今年高三", "我女儿五年级" too
        ),
        lambda m, s: family_fact(f"{m.group('who')}上{m.group('school')}", m.group("who"), "school"),
    ),
    (  # "我对象麸质不耐受", "我儿子对牛奶不耐受": what a household member's body cannot take
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?P<to>对)?(?P<what>[^，。！？；,.!?;]{{1,6}}?)(?:严重|有点|比较|很|特别|非常)?"
            r"(?P<how>不耐受|敏感)"
        ),
        # "我对象对辣很敏感": what the partner's body reacts to, not the user's
        lambda m, s: family_condition(
            f"{m.group('who')}{m.group('to') or ''}{zh_clean(m.group('what'))}{m.group('how')}",
            m.group("who"),
            zh_clean(m.group("what")),
        ),
    ),
    (  # "我女儿数学不好", "我儿子英语比较弱": a household member's weak subject, in their name
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:的)?(?P<subj>{ZH_SUBJECTS})(?:的?{ZH_PARTS})?{ZH_WEAK}"
        ),
        lambda m, s: family_condition(zh_kin_said(m.group(0)), m.group("who"), m.group("subj")),
    ),
    (  # "我女儿周二和周四晚上有钢琴课", "我儿子每周六上午去上游泳课": a household member's lessons and when
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?P<when>(?:每周[一二三四五六日天]?|每个?星期[一二三四五六日天]?|周末|工作日|放学后?|周[一二三四五六日天]|"
            # ("每周二四": a day's numeral after another's)
            r"星期[一二三四五六日天]|(?<=[一二三四五六日天])[一二三四五六日天]|和|、|上午|下午|晚上|早上){1,10})"
            r"(?:都|还|要|得)*(?:有|上|去上|去|学|练)"
            r"(?P<what>[^，。！？；,.!?;]{0,6}?(?:课|班|训练|补习|辅导|治疗|康复|理疗))(?=$|[，。！？；,.!?;])"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), m.group("what")),
    ),
    (  # "女儿的奥数课改到周日下午了": a new day for it (ends the old one: one value a member's lesson holds)
        re.compile(
            rf"^(?:我)?(?:的|家)?(?P<who>{ZH_KIN})的?(?P<what>[^，。！？；,.!?;的]{{0,6}}?(?:课|班|训练|补习|辅导|治疗|康复|理疗))"
            rf"(?:现在|以后)?(?:改|换|调|挪)(?:到|成|在)了?(?:每个?)?(?P<days>{ZH_DAYS})(?P<part>上午|下午|晚上|早上|中午)?"
        ),
        lambda m, s: family_fact(
            f"{m.group('who')}{m.group('days')}{m.group('part') or ''}上{m.group('what')}",
            m.group("who"),
            m.group("what"),
        ),
    ),
    (  # "(我儿子今年高三，)他每天晚上十点以后才有时间": when a household member is free
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?P<when>(?:每天|平时|周末|工作日)?[^，。！？；,.!?;我]{{0,8}}?(?:以后|之后|以前|之前))"
            r"(?:才|都)?(?:有时间|有空)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "time"),
    ),
    (  # "我女儿每天晚上只有一个小时能学习": when a household member has time for it
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?P<when>每天|平时|周末|工作日|每周)[^，。！？；,.!?;我]{{0,6}}?只有"
            r"(?P<much>[^，。！？；,.!?;]{1,8}?)(?:能|可以|有空|有时间)(?P<do>学习|写作业|练琴|看书|复习|练习|学)"
        ),
        lambda m, s: family_fact(zh_kin_said(m.group(0)), m.group("who"), "time"),
    ),
    (  # "我有两个孩子", "我们家有俩娃"
        re.compile(
            r"(?:我(?:们)?家有?|我(?:们)?有|^家里有?)(?P<n>[一二两三四五六\d]个|俩|一对|对)(?P<age>[^，。！？；,.!?;的]{1,6}的)?"
            # their ages, said after ("我有两个孩子，5岁和8岁": one clause, ``sentences``)
            r"(?P<kids>双胞胎(?:儿子|女儿)?|孩子|小孩|儿子|女儿|小娃|娃|宝宝)(?P<ages>，[^，。！？；,.!?;]*岁)?"
        ),
        lambda m, s: Candidate(
            f"有{m.group('n')}{m.group('age') or ''}{m.group('kids')}{m.group('ages') or ''}",
            MemoryKind.FACT,
            "family:children",
            importance=0.7,
        ),
    ),
    (  # "我是单亲爸爸，带着两个不到五岁的女儿"
        re.compile(r"我是(?:一个|一名|个)?(?P<who>单亲(?:爸爸|妈妈|父亲|母亲|家长)|单身(?:爸爸|妈妈))"),
        lambda m, s: Candidate(
            f"是{m.group('who')}", MemoryKind.FACT, "family:single_parent", importance=0.7
        ),
    ),
    (  # "我家两只猫见什么抓什么", "我家狗把沙发咬坏了": what the household's animal does to a home
        re.compile(
            r"我(?:们)?家(?:的|里的?)?(?:[两三四\d]只|那只|这只)?(?P<pet>小?狗|狗狗|小?猫|猫咪|兔子|鹦鹉)"
            r"(?:见什么(?:抓|咬|啃|挠)什么|什么都(?:抓|咬|啃|挠)|(?:总|老|老是|天天|经常|又)?把[^，。！？；,.!?;]{1,6}?"
            r"(?:抓|咬|啃|挠)(?:烂|坏|破)|(?:总|老|老是|天天|经常)?(?:抓|咬|啃|挠)(?:沙发|家具|窗帘|地毯|电线|鞋))"
            r"[^，。！？；,.!?;]*"
        ),
        lambda m, s: Candidate(
            _OURS_ZH.sub("", zh_clean(m.group(0))), MemoryKind.FACT, f"pet:{m.group('pet')}", importance=0.6
        ),
    ),
    (  # "我家的小狗特别怕放鞭炮", "我们家猫怕打雷": what the household's animal cannot bear
        re.compile(
            r"我(?:们)?家(?:的|里的?)?(?P<pet>小?狗|狗狗|小?猫|猫咪|兔子)(?:特别|非常|很|超级|有点)?(?:怕|害怕|受不了"
            # "我家狗见到别的狗就很凶": how it takes other animals or strangers
            r"|一?(?:见到|看到|遇到|碰到|见了|看见)(?=(?:别的|其他的?|陌生的?)?(?:狗|猫|人|生人|小孩|孩子)"
            r"[^，。！？；,.!?;]{0,2}?就(?:会|很|特别|非常|要)?(?:凶|叫|咬|扑|冲|炸毛|紧张|害怕|躲)))"
            r"(?P<obj>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: Candidate(
            _OURS_ZH.sub("", zh_clean(m.group(0))),
            MemoryKind.FACT,
            f"pet:{m.group('pet')}",
            importance=0.6,
        ),
    ),
    (  # "我家小的吃完午饭还要睡午觉", "我女儿每天下午要睡两个小时": a child's day
        re.compile(
            rf"^我(?:们)?家?(?:的)?(?P<who>小的|老大|老二|老小|{ZH_RELATIONS})(?P<when>[^，。！？；,.!?;]{{0,8}}?)(?:还|都|每天)?"
            r"(?:要|得|会)?(?:睡午觉|午睡|睡个午觉|睡两个小时|睡一觉)"
        ),
        lambda m, s: family_fact(zh_said(_OURS_ZH.sub("", m.group(0))), m.group("who"), "sleep"),
    ),
    (  # "(我们家只有我吃肉，)其他人都吃素": the rest of the household's diet
        re.compile(
            r"^(?:我们?家|家里)?(?:其他人|别人|其余的人|其他家人|他们)(?:都|全都|全)(?:吃素|是素食者|吃全素)"
        ),
        lambda m, s: family_fact("家里其他人都吃素", "家人", "diet"),
    ),
    (  # "我家厨房不放任何坚果", "我们家不放花生": what the home keeps out
        re.compile(
            r"^我(?:们)?家(?:里|的)?(?:厨房)?(?:从来|一直|绝对)?(?:不放|不能放|不准放|不买|不许有|不能有)(?:任何)?"
            r"(?P<what>[\u4e00-\u9fff]{1,6})"
        ),
        lambda m, s: Candidate(
            f"家里不放{m.group('what')}", MemoryKind.FACT, f"household:{m.group('what')}", importance=0.8
        ),
    ),
    (  # "我家狗一个人在家超过几个小时就焦虑", "我家猫一坐车就紧张", "我家狗不能单独在家": what sets it off
        re.compile(
            r"^我(?:们)?家(?:的|里的?)?(?P<pet>小?狗|狗狗|小?猫|猫咪|兔子)(?:[^，。！？；,.!?;]{0,14}?(?:就|会|都|很|特别|容易)+"
            r"(?:焦虑|紧张|应激|晕车|吐|叫个不停|拆家)|(?:不能|没法|不敢让它)(?:单独|一个人|自己)(?:在家|待着)"
            # "我们家猫特别讨厌一个人在家"
            r"|(?:特别|很|非常|最)?(?:讨厌|不喜欢|受不了|怕)(?:一个人|单独|自己)(?:在家|待着))"
        ),
        lambda m, s: Candidate(
            _OURS_ZH.sub("", zh_clean(m.group(0))),
            MemoryKind.FACT,
            f"family:{m.group('pet')}:sensitive",
            importance=0.7,
        ),
    ),
]
