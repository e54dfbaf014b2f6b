"""English rules for what the user likes and does: likes and dislikes, drinks, favourites and habits.
``TASTES_EN`` is their (pattern, rule) pairs, tried last in ``memory._rules_en.EN_RULES``, being the
widest."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, a_or_an, first_up, topic_value
from tailorkit.memory._words_en import (
    CHANGE_EN,
    DAYS,
    SUBJECTS_EN,
    as_named,
    clean,
    day_cased,
    drink_of,
    third_person,
)

__all__ = ["TASTES_EN"]

_NOT_ONES_OWN = re.compile(
    r"^(?:(?:your|their|his|her|its|it|them|him|this|that|these|those|how|is|are|was)\b|"
    r"the (?:thought|way|idea(?! of)|fact)\b|when you\b|"
    # ... or one of a list just given, by its place ("I hated the first one": the assistant knows which)
    r"the (?:first|second|third|fourth|fifth|last|other|1st|2nd|3rd|4th|5th)(?: one| two| three)?\s*$|"
    r"(?:the )?(?:top|last|first) (?:two|three|four|five)\b|(?:number|no\.|#) ?\d\b)",
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
    # "dancing and it brings me joy", "something I'm passionate about - I'm loving it": what is liked ends
    said = re.split(
        r"\s+[-–—]\s*|\s+(?:and|but|so|because|which|since)\s+(?=(?:it|it's|it'd|I|I'm|that|this|they|we)\b)",
        m.group("obj"),
    )[0]
    if said == m.group("obj") and (more := _AND_MORE.match(m.string, m.end("obj"))):
        said = f"{said} {more.group(1)} {more.group(2)}"  # "gory films, and anything too violent"
    elif said == m.group("obj") and (names := _NAMES_AFTER.match(m.string, m.end("obj"))):
        said = f"{said}, {names.group(1)}"  # "the old classics, Hitchcock, Cary Grant, that sort of thing"
    obj = clean(said)  # "watching them play": what is left is pointed at too
    if _SENSE_OF.match(obj):  # "the taste of protein shakes": its "the" stays
        obj = f"the {obj}"
    return obj if len(obj) <= 80 and not _NOT_ONES_OWN.match(obj) else ""


_AND_MORE = re.compile(
    r",\s*(and|or)\s+((?:(?:any|every|some)thing|stuff|most|all|any|other)\b[^,.;!?]{0,40}|"
    r"(?:\w+ ){0,3}(?:films|movies|shows|series|books|novels|music|songs|games|food|dishes|drinks))"
    r"\s*(?=[.!?]|$)",
    re.I,
)
"""What a liking or a dislike goes on to take in after a comma, to the end of the sentence: "I hate gory
films, and anything too violent", "I love comedies, and anything with Tom Hanks", "..., or war films"."""

_NAME = r"[A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|de|van|von|da|del|di|le|la))*"
_NAMES_AFTER = re.compile(
    rf",\s*({_NAME}(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_NAME})+"
    r"(?=,?\s*(?:that sort of thing|that kind of thing|and so on|and the like|stuff like that|etc\.?)?\s*(?:[.!?]|$))"
    rf"|{_NAME}(?=,?\s*(?:that sort of thing|that kind of thing|and so on|and the like|stuff like that|etc\b)))"
)
"""Names a liking goes on to list after a comma, to the end of the sentence: "I like the old classics, Hitchcock,
Cary Grant, that sort of thing", "I love thrillers, Hitchcock and De Palma" (written with their capitals; two
or more, or one with "that sort of thing": "I like comedies, Sarah" is no list)."""

_MEANS = r"e-?mails?|texts?|text messages?|whatsapp|phone calls?|calls?|post|letters?"
"""How the user would be reached ("email", "text messages", "phone calls")."""

_SENSE_OF = re.compile(r"(?:the )?(?:taste|smell|texture|sound|feel|sight|look)s? of (?:the )?", re.I)
"""A taste of how a thing tastes, smells or sounds ("the taste of protein shakes", "the smell of rain")."""
_EATEN = re.compile(r"(?:the )?(?:taste|texture)s? of (?:the )?", re.I)
"""How a thing eats: a taste of it is a taste of the thing (not so its smell: "the smell of rain")."""


def _taste(obj: str) -> str:
    """The topic of a taste for ``obj`` (a thing's taste is the thing's: "the taste of coffee"):
    ``drink:`` what it drinks ("green tea" -> ``drink:green_tea``), else ``likes:`` it."""
    obj = obj[eaten.end() :] if (eaten := _EATEN.match(obj)) else obj
    drink = drink_of(obj)
    return f"drink:{topic_value(drink)}" if drink else f"likes:{topic_value(obj)}"


def _likes(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = _liked(m, sentence)
    if not obj:
        return None
    obj = as_named(obj) if m.start("obj") == 0 else obj  # "Jazz is the only thing I listen to": jazz
    return Candidate(f"Likes {obj}", MemoryKind.PREFERENCE, _taste(obj))


_MORE_MY_SPEED = re.compile(
    r"^(?P<obj>(?:(?!\b(?:and|is|are|was|were|it|that|this)\b)[\w\s'&-]){2,40}?) (?:is|are|'s|'re) "
    r"(?:much |a lot |definitely |really |totally |way )?(?:more )?(?:my (?:speed|thing|style|jam|vibe|"
    r"cup of tea|kind of thing)|(?:right )?up my (?:street|alley))\b",
    re.I,
)
"""What suits the user, said of it ("Audiobooks are more my speed", "Board games are right up my street")."""


def _little_of(m: re.Match[str], sentence: str) -> Candidate | tuple[Candidate, ...]:
    """What the user does little of ("Not much of a reader"), and what they would rather, said after it
    ("I'm not much of a reader, audiobooks are more my speed")."""
    trait = Candidate(
        f"Not much of a {m.group('who').lower()}",
        MemoryKind.FACT,
        f"trait:not_{topic_value(m.group('who'))}",
        polarity=-1,
        importance=0.7,
    )
    rather = _MORE_MY_SPEED.match(sentence[m.end() :].lstrip(" ,;-–—"))
    liked = _likes(rather, sentence[m.end() :].lstrip(" ,;-–—")) if rather else None
    return (trait, liked) if liked else trait


def _only(m: re.Match[str], sentence: str) -> Candidate | None:
    """All the user will take of a kind ("I only shop second-hand for clothes these days"): a liking of it,
    in their words."""
    verb, whole = m.group("verb") or m.group("v2"), (m.group("obj") or m.group("o2")).strip()
    obj = clean(re.sub(r"\s+(?:these days|nowadays|now|anymore|any more)$", "", whole, flags=re.I))
    if not obj or len(obj) > 60:
        return None
    said = third_person(f"{verb.lower()} {whole}")
    return Candidate(f"Only {said}", MemoryKind.PREFERENCE, _taste(obj), importance=0.6)


def _remedy(m: re.Match[str], sentence: str) -> Candidate:
    """Which remedy a customer wants over another ("I want a refund, not a replacement"): a liking of it,
    in words that keep the other."""
    wanted = m.group(0)[m.start("obj") - m.start(0) :].rstrip(" ,.;!?")
    said = (
        wanted
        if m.group("obj").lower() in ("money back", "store credit", "credit")
        else f"{a_or_an(wanted)} {wanted}"
    )
    return Candidate(f"Wants {said}", MemoryKind.PREFERENCE, _taste(m.group("obj")), importance=0.6)


def _rather(m: re.Match[str], sentence: str) -> Candidate | None:
    """One thing over another ("I'd rather have a refund than a replacement", "I prefer tea to coffee"): a
    liking of the first, in words that keep the second; "I'd rather not ..." keeps away from it."""
    if re.search(
        r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|time))\b", m.group(), re.I
    ):
        return None  # "I'd rather stay in tonight": the news of a day
    said = sentence[m.start("verb") : m.end()].rstrip(" ,.;!?")
    said = f"Would {said}" if said[:1].lower() == "r" else f"Prefers{said[len('prefer') :]}"
    if re.match(r"(?:it )?(?:if |when )?you\b", m.group("obj"), re.I):  # "I'd rather you didn't call"
        # what the user asks not to be done, as they would ask it: "Please don't send me links to images"
        asked = re.split(r"[,.;!?]", sentence[m.start("obj") :])[0]  # "links to images": not "to" another
        dont = re.match(
            r"(?:it )?(?:if |when )?you (?:don't|didn't|do not|did not|wouldn't|would not) ", asked, re.I
        )
        told = f"Please don't {asked[dont.end() :].rstrip()}" if dont else said
        return Candidate(told, MemoryKind.INSTRUCTION, None, importance=0.8)
    obj = clean(
        re.sub(r"\s+(?:even if|even though|if|when|unless|as long as)\b.*$", "", m.group("obj"), flags=re.I)
    )
    if (
        not obj
        or len(obj) > 60
        or re.match(r"(?:keep|leave|do) (?:it|that|this|them)\b", m.group("obj"), re.I)
    ):
        return None  # "I'd rather keep it that way": what it points back at is the preference
    if m.group("neg"):
        return Candidate(said, MemoryKind.PREFERENCE, f"avoids:{topic_value(obj)}", polarity=-1)
    topic = _taste(obj)
    return Candidate(
        said, MemoryKind.PREFERENCE, topic, importance=0.5 if topic.startswith("drink:") else 0.6
    )


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
    topic = _taste(obj)
    change = bool(CHANGE_EN.search(sentence))
    verb, negated = (m.groupdict().get("verb") or "").lower(), m.groupdict().get("not")
    if negated and verb in ("", "want"):  # "I don't drive", "I don't want kids": in their own verb
        done = " ".join(w for w in (verb, obj) if w)
        if re.fullmatch(r"(?:mix|click|get on|get along|go together)", done, re.I):
            return None  # "Crowds and I don't mix": what does not mix with the user is said before "and I"
        if re.search(
            r"\b(?:after|afterwards|for (?:a|an|\d+|days|weeks|hours|nights|ages) \w+)$", done, re.I
        ):
            return None  # "(I can't stand horror,) I don't sleep for a week after": what it does to them
        if re.fullmatch(r"sleep (?:well|much|properly|enough|a lot|at night|great|too well)", done, re.I):
            return Candidate(f"Doesn't {done}", MemoryKind.FACT, "sleep:poor", importance=0.7)
        said = f"No longer {third_person(done)}" if negated.lower() == "no longer" else f"Doesn't {done}"
    else:
        said = f"Dislikes {as_named(obj) if m.start('obj') == 0 else obj}"  # "Opera isn't my thing": opera
    return Candidate(said, MemoryKind.PREFERENCE, topic, polarity=-1, change=change)


def _must(m: re.Match[str]) -> Candidate | None:
    """What the user cannot do without ("Needs subtitles"): a liking that is a must."""
    obj = clean(m.group("obj") or m.group("o2"))
    if not obj or re.match(r"(?:it|this|that|them|you|to|a break|help|some)\b", obj, re.I):
        return None
    said = as_named(obj) if m.group("obj") else obj
    return Candidate(f"Needs {said}", MemoryKind.PREFERENCE, _taste(obj), importance=0.7)


def _least(m: re.Match[str], sentence: str) -> Candidate | None:
    """What the user names as their least favourite of a kind: disliked ("Dislikes horror")."""
    obj = clean(m.group("obj") or m.group("o2"))
    if not obj:
        return None
    said = as_named(obj) if m.group("obj") else obj
    return Candidate(f"Dislikes {said}", MemoryKind.PREFERENCE, _taste(obj), polarity=-1)


def _drink(m: re.Match[str], sentence: str) -> Candidate | None:
    obj = clean(m.group("obj"))
    drink = drink_of(obj) if obj else None
    if not drink:
        return None
    change = bool(CHANGE_EN.search(sentence))
    return Candidate(f"Drinks {obj}", MemoryKind.PREFERENCE, f"drink:{topic_value(drink)}", change=change)


def _habit(m: re.Match[str], sentence: str) -> Candidate | None:
    what = _done(m.group("what"))
    if not what:
        return None
    if m.groupdict().get("lot") and (
        len(what.split()) > 5
        or re.match(r"(?:\w+ed|do|did|bet|care|mean|put|miss|owe|think|know|appreciate|help)\b", what, re.I)
    ):
        return None  # "I learned a lot", "I care a lot about ...": how much, not how often
    when = m.group("when").strip()
    # what it is for, or spent on: "I drink about 3 coffees a day to stay awake", "two hours a day commuting"
    purpose = (m.groupdict().get("for") or "").strip()
    when = f"{when} {purpose}" if purpose else when
    said = third_person(what)
    # who with: "My girlfriend and I watch films on Fridays", "We usually watch on Friday nights"
    kin = re.search(r"\b(?:my|our) ([\w-]+(?: [\w-]+)?) and $", sentence[: m.start()], re.I)
    with_whom = (
        f" with their {kin.group(1).lower()}"
        if kin
        else " together"
        if m.group(0)[:2].lower() == "we" and not re.search(r"\btogether\b", f"{what} {when}", re.I)
        else ""
    )
    return Candidate(
        f"{said[0].upper()}{said[1:]} {when}{with_whom}",
        MemoryKind.FACT,
        # of what: "drink about 3 coffees a day" and "drink 2 litres of water a day" are two habits
        f"habit:{topic_value(' '.join(w for w in (what, m.groupdict().get('unit')) if w))}",
        importance=0.6,
    )


def _done(said: str) -> str:
    """What a habit does, cleaned ('' where it does not say of what: "I only watch it on Sundays")."""
    what = clean(said)
    if not what or len(what) > 80 or re.search(r"\b(?:it|them|that|this)$", what, re.I):
        return ""
    return what


def _often(m: re.Match[str]) -> Candidate | None:
    what = _done(m.group("what"))
    if not what:
        return None
    how = m.group("how").lower()
    said = f"tends to {what}" if how == "tend to" else f"{how} {third_person(what)}"
    return Candidate(first_up(said), MemoryKind.FACT, f"habit:{topic_value(what)}", importance=0.6)


def _night(m: re.Match[str], sentence: str) -> Candidate:
    """ "Friday is family movie night", "We have a family film night every Friday": an evening the household
    keeps for something, every week ("Has family movie night on Fridays")."""
    what = re.sub(r"^(?:our|a|the)\s+", "", (m.group("what") or m.group("w")).lower())
    day = day_cased(m.group("day") or m.group("d2"))
    day = day if day.endswith("s") else f"{day}s"
    said_with = m.group("with") or m.group("w2")
    # "with the kids": the user's, as a memory says of them ("with their kids")
    with_whom = (
        " " + re.sub(r"^(with|for) (?:the|my|our)\b", r"\1 their", clean(said_with)) if said_with else ""
    )
    return Candidate(
        f"Has {what} on {day}{with_whom}", MemoryKind.FACT, f"habit:{topic_value(what)}", importance=0.6
    )


def _night_kept(name: str) -> str:
    """A pattern of an evening kept for something ("family movie night", "date night", "pizza night"), in the
    group ``name``."""
    return (
        rf"(?P<{name}>(?:our |a |the )?(?:family |date |kids'? |girls'? |lads'? )?"
        r"(?:movie|film|games?|board ?game|pizza|quiz|takeaway|curry|tv|date) night)"
    )


def _favourite(m: re.Match[str]) -> Candidate:
    what, obj = m.group("what").lower(), clean(m.group("obj"))
    return Candidate(f"Favourite {what} is {obj}", MemoryKind.PREFERENCE, f"favourite:{topic_value(what)}")


def _pastime(verb: str, what: str) -> Candidate:
    """A pastime as a memory keeps it: "Collects vinyl", "Grows most of their veg"."""
    what = re.sub(r"\b(?:my|our)\b", "their", what)
    return Candidate(
        first_up(third_person(f"{verb.lower()}{what}")),
        MemoryKind.PREFERENCE,
        f"likes:{topic_value(verb + what)}",
    )


TASTES_EN: list[tuple[re.Pattern[str], Rule]] = [
    (
        re.compile(
            # ("I hated Titanic": the past too, not "hate" and an object "d Titanic")
            r"\bI(?: (?:really |just |absolutely |totally )?(?:can't stand|cannot stand|(?:hated?|disliked?|detest(?:ed)?)\b|"
            rf"(?P<not>don't|do not|no longer)\s+(?:really |much |particularly |even |usually )?{_NOT_A_LIKING})"
            r"\s*(?P<verb>(?:like|enjoy|love|care for|fancy|want|drink|eat)\b)?"
            # "I've never liked sci-fi", "I'm not a fan of long car journeys", "I'm not big on musicals"
            r"|(?:'ve| have)? never (?:really |much |particularly |ever )?(?:liked|enjoyed|cared for|been (?:a |"
            r"much of a |a big |a huge |the biggest )?(?:fan of|into|keen on|big on|fond of))"
            r"|(?:'m| am) (?:not|never) (?:really |much of |a |really a |much of a |a big |a huge |the biggest |too |"
            r"that |very |overly |particularly |exactly )*(?:fan of|into|keen on|big on|fond of|crazy about|mad about))"
            r"\s*(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _dislikes,
    ),
    (
        re.compile(r"\bI (?:usually |always |only |mostly |now |normally )?drink (?P<obj>[^,.;!?]+)", re.I),
        _drink,
    ),
    (  # "I find horror genuinely upsetting", "I find jazz boring", "I find gardening relaxing"
        re.compile(
            r"\bI (?:really |genuinely |honestly |just |always )?find (?P<obj>[^,.;!?]+?) (?:(?:genuinely|really|so|very|"
            r"quite|pretty|incredibly|a bit|kind of|deeply|super|rather|utterly|really quite) )*(?:(?P<bad>upsetting|"
            r"boring|dull|scary|terrifying|stressful|annoying|tedious|disturbing|depressing|unbearable|exhausting|"
            r"overwhelming|off-putting|gross|disgusting|awkward|uncomfortable|draining)|relaxing|calming|soothing|fun|"
            r"fascinating|inspiring|"
            r"enjoyable|therapeutic)\b",
            re.I,
        ),
        lambda m, s: (_dislikes if m.group("bad") else _likes)(m, s),
    ),
    (  # "Loud music in restaurants sort of ruins it for me": what spoils a thing for the user
        re.compile(
            r"^(?P<obj>(?!(?:it|this|that|he|she|they|which|everything|nothing)\b)[\w\s'-]{2,40}?) (?:always |really |"
            r"just |totally )?(?:ruins?|spoils?) (?:it|things|everything|a meal|a night out|the evening|the day) for me\b",
            re.I,
        ),
        _dislikes,
    ),
    (  # "I've supported Arsenal since I was a kid": a team the user follows
        re.compile(
            r"\bI(?:'ve| have)? (?:always |long |passionately )?(?:supported|support) (?P<obj>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*)"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:since|for|all my|my whole|through)\b)"
        ),
        lambda m, s: Candidate(
            f"Supports {m.group('obj').rstrip('.')}",
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('obj'))}",
            importance=0.6,
        ),
    ),
    (  # "Coriander tastes like soap to me": what the user cannot stand the taste of
        re.compile(
            r"^(?P<obj>(?!(?:it|this|that|everything|nothing)\b)[\w\s'-]{2,30}?) (?:always |just )?"
            r"(?:tastes?|smells?) (?:like|of) (?:soap|cardboard|metal|dirt|mud|petrol|medicine|feet|rubber|nothing)"
            r"(?: to me)?\b",
            re.I,
        ),
        _dislikes,
    ),
    (  # "I only shop second-hand for clothes these days", "I only buy organic": all the user will take
        re.compile(
            r"\bI (?:now |mostly |generally |basically |pretty much )?only (?P<verb>buy|shop|wear|drink|book|read|"
            r"watch|fly|eat|listen to) (?P<obj>(?!(?:it|them|that|this|when|if|at|on|once|twice|a bit|a little|sometimes)\b)[^,.;!?]+)"
            # "I buy clothes second-hand only": the "only" after what
            r"|\bI (?P<v2>buy|wear|drink|eat|read|fly|book) (?P<o2>[\w' -]{2,40}? (?:second-hand|secondhand|used|"
            r"organic|local|vintage|refurbished|economy|direct|decaf|online|in person|on paper)) only\b",
            re.I,
        ),
        _only,
    ),
    (  # "It's tea or nothing for me", "Plastic-wise it's a debit card or nothing": all the user will take
        re.compile(
            r"\bit(?:'s| is) (?!(?:all|everything|now|never|double|win|something)\b)"
            r"(?P<obj>(?:an? |the )?[\w' -]{2,40}?) or nothing\b",
            re.I,
        ),
        lambda m, s: (
            Candidate(f"Only {said}", MemoryKind.PREFERENCE, _taste(said), importance=0.6)
            if (said := clean(m.group("obj")))
            else None
        ),
    ),
    (  # "I want a refund, not a replacement": which remedy the customer wants, over another
        re.compile(
            r"\bI(?: (?:really |just |only )?(?:want|need)|'d like| would like) (?:a |an |my )?(?P<obj>(?:full )?refund|"
            r"replacement|repair|exchange|(?:store )?credit|voucher|new one|money back)(?:,| and)? (?:not|rather than|"
            r"instead of) (?:a |an |my )?(?P<other>[^,.;!?]+)",
            re.I,
        ),
        _remedy,
    ),
    (  # "I'd rather have a refund than a replacement", "I prefer tea to coffee", "I'd rather not talk on the phone"
        re.compile(
            r"\bI(?:'d| would)? (?:much |really |definitely |generally |always |usually )?(?P<verb>rather|prefer) "
            r"(?:(?P<neg>not) )?(?:to )?(?:have |get |go for |go with |take |use |do )?(?P<obj>[^,.;!?]+?)"
            r"(?: (?:than|over|to|instead of|rather than) (?:a |an |the )?(?P<other>[^,.;!?]+))?\s*(?:$|[,.;!?])"
            r"(?<!\bif\b)",
            re.I,
        ),
        _rather,
    ),
    (
        re.compile(
            # "We love hiking and hot springs": the user's own too
            r"\b(?:I|we(?: both| all)?) (?:really |absolutely |totally |do |also )?(?:like|love|enjoy|adore|prefer|"
            r"am into|'m into|are into|'re into)\s+(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _likes,
    ),
    (re.compile(r"\bI(?:'m| am) (?:a |such a )?(?:big |huge )?fan of (?P<obj>[^,.;!?]+)", re.I), _likes),
    (  # "(I hate running but) I don't mind cycling": what will do, a mild liking
        re.compile(
            r"\bI (?:really |honestly |actually )?(?:don't|do not) mind (?!(?:if|when|what|which|who|how|where|"
            r"whether|either|at all|that|it|this|them|you|a bit|much|too much|waiting)\b)(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: (
            Candidate(f"Doesn't mind {obj}", MemoryKind.PREFERENCE, _taste(obj), importance=0.5)
            if (obj := clean(m.group("obj"))) and len(obj) <= 60
            else None
        ),
    ),
    (  # "Audiobooks are more my speed", "Board games are right up my street"
        _MORE_MY_SPEED,
        _likes,
    ),
    (  # "Chocolate is my weakness", "My weakness is shoes", "I have a real weakness for cheese": a liking (a
        # school subject said so is one found hard: ``_keeping_en``)
        re.compile(
            rf"^(?!(?:{SUBJECTS_EN})\b)(?P<obj>[A-Za-z][\w '&-]{{1,30}}?) (?:is|are) (?:definitely |totally )?my "
            r"(?:one |biggest |big |real |only |guilty )?weakness\b"
            rf"|^my (?:one |biggest |big |real |only )?weakness is (?!(?:{SUBJECTS_EN})\b)(?P<o2>[^,.;!?]{{2,40}})"
            r"|\bI have (?:a|such a) (?:real |big |huge |soft |terrible )?(?:weakness|soft spot) for "
            r"(?P<o3>[^,.;!?]{2,40})",
            re.I,
        ),
        lambda m, s: (
            Candidate(f"Likes {as_named(obj) if m.group('obj') else obj}", MemoryKind.PREFERENCE, _taste(obj))
            if (obj := clean(m.group("obj") or m.group("o2") or m.group("o3")))
            else None
        ),
    ),
    (  # "I'm not much of a reader", "I'm not a big drinker": what the user does little of
        re.compile(
            r"\bI(?:'m| am) (?:really |just |honestly )?not (?:much of a|a (?:big|huge|great|massive)) "
            r"(?P<who>(?:reader|drinker|eater|cook|talker|walker|runner|swimmer|gamer|sports fan|tv watcher|"
            r"dancer|traveller|traveler|shopper|party person|breakfast person|meat eater|football fan))\b",
            re.I,
        ),
        _little_of,
    ),
    (  # "Sushi is my absolute go-to comfort food"
        re.compile(
            r"^(?P<obj>(?:(?!\b(?:and|is|are|was|it|that|this)\b)[\w\s'&-]){2,40}?) (?:is|are|'s) (?:always )?my "
            r"(?:absolute |usual |ultimate |number one |total )?go-?to\b",
            re.I,
        ),
        _likes,
    ),
    (  # "Spreadsheets and me just don't mix", "me and crowds don't mix"; not "My sister and I don't get on"
        re.compile(
            r"^(?=me and |[\w\s'&-]{2,30}? and (?:me|I) )(?:me and )?(?!(?:my|our|his|her|their) )"
            r"(?P<obj>[\w\s'&-]{2,30}?)(?: and (?:me|I))? (?:just |really |simply )?(?:(?:don't|do not|never) (?:mix|click|"
            # "Spreadsheets and I are not a match made in heaven"
            r"go together|get on|get along)|(?:are not|aren't|are never) (?:really )?(?:friends|a match made in heaven|"
            r"a good match))\b",
            re.I,
        ),
        _dislikes,
    ),
    (  # "Reality TV bores me to tears", "Opera isn't my thing", "Golf does nothing for me"
        re.compile(
            # ("Dragons and magic bore me": both; not "... and I ...")
            r"^(?P<obj>(?:(?!\b(?:and (?:I|me)|gets?|is|are|was|were|makes?|has|have)\b)[\w\s'&-]){2,40}?) "
            r"(?:just |really |simply |honestly )?"
            r"(?:(?:really |just |totally |completely )?(?:bores? me|(?:puts?|sends?) me to sleep|"
            r"drives? me (?:nuts|crazy|mad|insane|up the wall|round the bend))|"
            r"(?:isn't|is not|aren't|are not|was never|were never) (?:really )?(?:my thing|for me|my cup of tea|my scene)|"
            r"(?:does|do) nothing for me|(?:doesn't|don't) (?:really )?do it for me|"
            r"(?:is|are) my (?:worst |sworn |mortal )?(?:enemy|nemesis|kryptonite)|"
            # "Football leaves me cold", "Reality TV is a hard pass for me"
            r"(?:just |really |totally )?leaves? me (?:cold|stone cold)|(?:is|are) an? (?:hard|firm|definite) (?:pass|no)"
            r"(?: for me)?)\b",
            re.I,
        ),
        _dislikes,
    ),
    (  # "I get bored by anything over two hours", "I get bored with long films": what bores the user
        re.compile(
            r"\bI (?:always |quickly |easily |just |really )?get (?:really |so |very |easily |quickly )?bored "
            r"(?:by |with |of |(?=(?:watching|reading|doing|listening to|playing) ))(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _dislikes,
    ),
    (  # "I can't do Sundays any more", "I can't do Tuesdays or Thursdays": days the user is not free
        re.compile(
            r"\bI (?:just |really |honestly )?(?:can't|cannot) do (?P<days>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
            r"|weekends?|weekday evenings|weeknights)(?:(?:,| or| and|, or|, and) (?:(?:mon|tues|wednes|thurs|fri|satur|"
            r"sun)days?|weekends?))*)(?P<more> any ?more| now| these days)?(?=\s*$|\s*[,.;!?]|\s+(?:because|since|as)\b)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Can't do {m.group('days')}{m.group('more') or ''}",
            MemoryKind.FACT,
            f"schedule:not_{topic_value(m.group('days'))}",
            importance=0.7,
        ),
    ),
    (  # "I can't do mornings" (not "I can't do anything after 3": when the user is free, ``_living_en``)
        re.compile(
            r"\bI (?:just |really |honestly )?(?:can't|cannot) do (?!anything (?:after|before|on|at|until|till)\b)"
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _dislikes,
    ),
    (  # "Subtitles are a must for me", "I always need subtitles on", "A window seat is non-negotiable for me"
        re.compile(
            r"^(?P<obj>[\w\s'&-]{2,30}?) (?:is|are) (?:an? )?(?:absolute |total )?"
            r"(?:must|must-have|non-negotiable|essential) for me\b"
            r"|\bI (?:always|absolutely) (?:need|have to have|must have) (?!to\b)(?P<o2>[^,.;!?]{2,30}?)"
            r"(?: on)?(?=$|[,.;!?]| (?:or|otherwise|because|when|if|to)\b)",
            re.I,
        ),
        lambda m, s: _must(m),
    ),
    (  # "Horror is my least favourite genre", "My least favourite food is liver" (a subject is a weak one)
        re.compile(
            r"^(?P<obj>[\w\s'&-]{2,40}?) (?:is|are) (?:by far |definitely |probably )?my (?:absolute |very )?"
            r"least favou?rite (?!(?:school )?(?:subject|class|lesson|topic|module)s?\b)\w+"
            r"|\bmy (?:absolute |very )?least favou?rite (?!(?:school )?(?:subject|class|lesson|topic|module)s?\b)"
            r"\w+(?: \w+)? (?:is|are|has to be|would be) (?P<o2>[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: _least(m, s),
    ),
    (  # "Dogs are my absolute favourite animal"
        re.compile(
            r"^(?P<obj>[\w\s'&-]{2,40}?) (?:is|are) (?:by far |definitely )?my (?:absolute |all-time |very |number one )?"
            r"favou?rite (?P<what>\w+(?: \w+)?)\b",
            re.I,
        ),
        lambda m, s: (
            Candidate(
                f"Favourite {m.group('what').lower()} is {as_named(clean(m.group('obj')))}",
                MemoryKind.PREFERENCE,
                f"favourite:{topic_value(m.group('what'))}",
            )
            if clean(m.group("obj"))
            else None
        ),
    ),
    (  # "Jazz is the only thing I listen to while working"
        re.compile(
            r"^(?P<obj>[\w\s'&-]{2,40}?) (?:is|are) the only (?:thing|music|stuff|food|drink|show|sport)s? I (?:ever )?"
            r"(?:listen to|eat|drink|watch|read|like|play)\b",
            re.I,
        ),
        _likes,
    ),
    (  # "The only exercise I enjoy is swimming"
        re.compile(
            r"^(?:the )?only (?P<what>[\w\s]{1,20}?) I (?:really )?(?:enjoy|like|love|can stand) (?:doing )?(?:is|are) "
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _likes,
    ),
    (  # "I have zero patience for long videos"
        re.compile(
            r"\bI(?:'ve got| have| got)? (?:zero|no|little|very little|no real) (?:patience|time|tolerance) for "
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _dislikes,
    ),
    (  # "I'm obsessed with Korean dramas", "I'm passionate about baking"
        re.compile(
            r"\bI(?:'m| am) (?:(?:totally|completely|a bit|kind of|so|really|absolutely) )?(?:obsessed with|"
            r"crazy about|mad about|passionate about|hooked on|addicted to) (?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _likes,
    ),
    (  # "I've got a sweet tooth"
        re.compile(
            r"\bI(?:'ve got| have| got)? (?:a |such a )?(?:(?:huge|massive|real|big|terrible|serious) )?sweet tooth\b",
            re.I,
        ),
        lambda m, s: Candidate("Has a sweet tooth", MemoryKind.PREFERENCE, "likes:sweet"),
    ),
    (
        re.compile(
            # "I'm more into documentaries than dramas": the first
            r"\bI(?:'m|’m| am) (?:really |so |totally |very much |big |well |more |much more )?into "
            r"(?P<obj>[^,.;!?]+?)(?= than\b|\s*$|\s*[,.;!?])",
            re.I,
        ),
        _likes,
    ),
    (  # "I'm a massive Harry Potter fan", "I'm a Formula 1 nut", "I'm a bit of a film buff"
        re.compile(
            r"\b(?:I(?:'m| am) (?:a bit of an? |a |an |such an? )"
            # ... and of the user with others: "We're both big Pixar fans", "we're all Marvel nerds"
            r"|we(?:'re| are) (?:both |all )?(?:(?:such|really|real) )?)"
            r"(?:(?:big|huge|massive|real|total|complete|"
            r"die-?hard|lifelong|keen|great|serious|proper) )*(?P<obj>(?!big\b|huge\b)[\w'&.-]+(?: [\w'&.-]+){0,3}?) "
            r"(?:fan|nut|buff|fanatic|geek|nerd|enthusiast|addict|junkie)s?\b(?! of\b)",
            re.I,
        ),
        _likes,
    ),
    (  # "Friday is family movie night", "Fridays are pizza night with the kids", "We have a family film night
        # every Friday"
        re.compile(
            rf"^(?:(?:on|every) )?(?P<day>{DAYS})(?: nights?| evenings?)? (?:is|are) {_night_kept('what')}"
            r"(?P<with> (?:with|for) (?:the|my|our) [^,.;!?]+)?"
            rf"|\bwe (?:always |usually )?(?:have|do|hold) {_night_kept('w')}"
            r"(?P<w2> (?:with|for) (?:the|my|our) [^,.;!?]+?)?"
            rf" (?:every|on) (?P<d2>{DAYS})",
            re.I,
        ),
        _night,
    ),
    (  # "Email is best", "Texts work better for me", "(I'm hard of hearing,) so email is best for me rather than
        # phone calls": how the user would be reached
        re.compile(
            rf"^(?:so |and |but )?(?P<how>{_MEANS}) (?:is|are|works?) (?:the )?(?:best|better|easiest|easier)\b"
            rf"(?: for me)?(?: (?:rather than|than|over|not) (?:by )?(?P<not>{_MEANS}|phone|calling)\b)?",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Prefers {m.group('how').lower()}" + (f" to {m.group('not').lower()}" if m.group("not") else ""),
            MemoryKind.PREFERENCE,
            f"likes:{topic_value(m.group('how'))}",
        ),
    ),
    (
        re.compile(r"\bmy favou?rite (?P<what>\w+(?: \w+)?) is (?P<obj>[^,.;!?]+)", re.I),
        lambda m, s: _favourite(m),
    ),
    (
        re.compile(
            r"\bI (?:usually |always |normally |often |regularly )?(?P<what>(?!am\b|'m\b|have\b|was\b)\w+(?: [^,.;!?]+?)?) "
            r"(?P<when>(?:every|each) (?:single |other |second )?(?:morning|day|night|evening|week|weekend|monday|tuesday|"
            r"wednesday|"
            r"thursday|friday|saturday|sunday|month)(?: at [\w:]+(?: ?[ap]\.?m\.?)?)?|(?:on|at) weekends|daily|twice a \w+|"
            r"once a \w+|\w+ times a \w+"
            # how much, how often: "I drink about 3 coffees a day", "I walk 10k steps a day", "I run a lot"
            r"|(?:\d[\d,.]*k?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|a few|a couple of|"
            r"several) (?P<unit>[\w-]+(?: of [\w-]+)?) (?:a|per|each) (?:day|night|week|month)|(?P<lot>a lot))\b"
            # what for: "to stay awake", "for work", "commuting" (a short clause that ends the sentence)
            r"(?P<for> (?:to|for) [\w'-]+(?: [\w'-]+){0,5}(?=\s*(?:[,.;!?]|$))"
            r"| [a-z]+ing\b(?: [\w'-]+){0,5}(?=\s*(?:[,.;!?]|$)))?",
            re.I,
        ),
        _habit,
    ),
    (  # "I often go running", "I tend to snack when I'm stressed", "I rarely exercise": how often the user does it
        re.compile(
            r"\bI (?P<how>often|regularly|frequently|tend to|rarely|seldom|hardly ever|almost never) (?P<what>(?!am\b|'m\b|was\b|think\b|wonder\b)"
            r"[a-z]+(?: [^,.;!?]+)?)",
            re.I,
        ),
        lambda m, s: _often(m),
    ),
    (
        re.compile(
            # not a question ("Can we do a call at 10pm?")
            r"(?<!\bcan )(?<!\bcould )(?<!\bshall )(?<!\bshould )(?<!\bwould )(?<!\bwill )(?<!\bdo )(?<!\bdid )"
            r"\b(?:I|we) (?:usually |always |normally |often |regularly |mostly |only )?"
            r"(?P<what>(?!am\b|'m\b|have\b|was\b|were\b|are\b|"
            r"\w+ed\b|went\b|saw\b|had\b|did\b|got\b|came\b|took\b|made\b|ate\b|drank\b|ran\b|met\b|left\b|"
            r"will\b|would\b|can\b(?! only)|could\b|should\b|shall\b|must\b|might\b|may\b|"
            r"felt\b|found\b|gave\b|told\b|thought\b|bought\b|spent\b|heard\b|slept\b|woke\b|wrote\b)"
            r"\w+(?: [^,.;!?]+?)?) (?P<when>in the (?:morning|afternoon|evening)s?|at night|before bed|"
            r"(?:after|before) (?:work|school|breakfast)(?: at (?:about |around )?\d{1,2}(?::\d\d)? ?[ap]\.?m\b)?|"
            r"on weekdays|(?:after|before|at|at about|at around) \d{1,2}(?::\d\d)? ?[ap]\.?m\b|"
            # on days of a kind: "on Friday nights", "on Sundays" (not "on Friday": one day)
            r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s| (?:nights|evenings|mornings|"
            r"afternoons))\b)",
            re.I,
        ),
        _habit,
    ),
    (  # "I collect vinyl, mostly 70s soul", "I grow most of our veg", "I bake my own bread": a pastime
        re.compile(
            r"^(?:I|we) (?:also |still |mostly |mainly |now )?(?P<verb>collect|grow|brew|bake|knit|crochet|sew|sketch|"
            r"carve|whittle|restore|quilt|embroider)(?P<what> (?!(?<=grow )(?:old|older|tired|bored|up|impatient|fond|weary)\b)"
            r"(?!(?:for|with|on|in|at|to|every|a lot|when|while|because|him|her|them|it|everything|anything|something|"
            r"nothing|ourselves|myself|the (?:kids|children)"
            r"|(?:my|our|the) (?:\w+ )?(?:kids?|children|son|daughter|boy|girl|grandson|granddaughter|mum|mom|dad|"
            r"wife|husband|partner)s?)\b)(?:(?:my|our) own |most of (?:my|our) (?:own )?|"
            r"all (?:my|our) (?:own )?)?[^,.;!?]{2,30}?)?(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so|on|in|at|for|as|when|"
            r"every|whenever|with)\b)",
            re.I,
        ),
        lambda m, s: _pastime(m.group("verb"), m.group("what") or ""),
    ),
    (  # "I've got an allotment": a pastime said by what the user has for it
        re.compile(r"^(?:I|we)(?:'ve| have)(?: got)? (?:an|a little|a small) allotment\b", re.I),
        lambda m, s: Candidate("Has an allotment", MemoryKind.PREFERENCE, "likes:allotment"),
    ),
    (  # a dislike said without "I", as chat often is: "Can't stand horror films" ("Love the pic!" is praise)
        re.compile(
            r"^(?:really |absolutely |totally |just |honestly |seriously )?(?:can't stand|cannot stand|hate|detest|"
            r"loathe)\s+(?!(?:the|this|that|these|those|your|you|u|it|how|what|when|to|and|seeing|hearing)\b)"
            r"(?P<obj>[^,.;!?]+)",
            re.I,
        ),
        _dislikes,
    ),
]
"""Dislikes, drinks, likes, favourites and habits: tried last, being the widest."""
