"""What both languages' rules share: the rule type, sentence splitting, and topic keys."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from tailorkit.memory._corrections import corrected
from tailorkit.memory._forms import as_said_all
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._words_en import (
    DATE_EN,
    DIETS,
    DRUGS_EN,
    HARD_EN,
    MATERIAL_EN,
    PETS,
    RELATIONS,
    SET_OFF_FEELINGS,
    message_plain,
)
from tailorkit.text import index_terms, is_chinese, simplified

__all__ = [
    "AS_ONE_WITH",
    "GREETING_EN",
    "KIN_HE",
    "KIN_SHE",
    "LEAD_IN_ZH",
    "Rule",
    "a_or_an",
    "fear_fact",
    "for_whom",
    "health_fact",
    "kept_from",
    "named_before",
    "named_relation",
    "said_sentences",
    "sensitive_fact",
    "sentences",
    "topic_value",
]

Rule = Callable[[re.Match[str], str], Candidate | tuple[Candidate, ...] | None]
"""A rule's action: the candidate memory a matching sentence states (or the several it states together,
"I'm Tom, a nurse from Leeds"), or None."""


_HARD = HARD_EN.replace("(?P<how>", "(?:")
"""``HARD_EN`` without its group, inside the pattern that splits clauses."""
_DOING_ON = re.compile(
    r"(?:planning|heading|flying|travell?ing|moving|training|preparing|studying|learning|saving)\s", re.I
)
"""What a clause without a subject says the speaker is about to do ("planning a week in Portugal")."""
_WHO_IS = re.compile(r"(?:I'm|I am|we're|we are)(?=\s)", re.I)
"""The subject of a clause of who the speaker is ("We're a family of four"), that one like it goes on with."""


_SPLIT = re.compile(
    # sentence ends: a Latin stop before a space or the end, not inside "ruth.k@example.com" or "3.5"
    r"(?<=[.!?;])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bProf\.)(?:\s+|$)|(?<=[。！？；\n])\s*"
    r"|\s+(?:but|and then)\s+"
    r"|\s+[-–—]\s+(?=(?:bullet points|short answers|lists|plain english|keep it)\b[^.!?]*\bplease\b)"
    # ", so I ...", ", so please", "so money's tight"
    r"|,?\s*\b(?:so|and so|which is why|that's why|because|since|as)\s+"
    # not before why alone: "I can't kneel since my knee operation"
    r"(?!(?:my|our) (?:(?!(?:is|are|was|were|has|have|had|gets?|can|can't|won't|doesn't|makes?|means?)\b)"
    r"[\w-]+ ?){1,4}[.!]?\s*$)"
    r"(?=(?:I|I'm|I've|my|we|we're|our|no|nothing|never|please|don't|money's|money is|cash is|cash's|"
    r"money comes and goes)\b"
    # "I'm in Auckland, so give me times in New Zealand time": how to answer, a clause of its own
    r"|(?:give|show|write|quote|tell) me\b(?=[^.!?]*\b(?:in|as|like)\b)"
    # "I stammer, so phone calls are hard for me", "he's got dyscalculia, so times tables are a nightmare
    # for him"
    rf"|[a-z][\w'-]*(?: [\w'-]+){{0,3}} (?:is|are) {_HARD}(?: for (?:me|him|her)\b|\s*[.!]?\s*$)"
    r"|(?:text|e-?mail|phone|whatsapp)(?:\s+(?:or|and)\s+\w+)?\s+only\b"  # ", so text or email only please"
    # "I'm on a night shift rota, so mornings are when I sleep"
    r"|(?:mornings|afternoons|evenings|days|the day) (?:are|is) when I\b"
    # "I have ADHD, so long videos don't work for me"
    rf"|{MATERIAL_EN}\s+(?:(?:really|just|simply)\s+)?"
    r"(?:don't|doesn't|do not|does not|never|work|works|help|helps)\b"
    # "I'm hard of hearing, so email is best for me"
    r"|(?:e-?mails?|texts?|text messages?|whatsapp|phone calls?|calls?)\s+(?:is|are|works?)\s+(?:the\s+)?"
    r"(?:best|better|easiest|easier)\b"
    r"|(?:deliveries|parcels|packages) only\b"  # "I work days, so deliveries only after 7pm please"
    # "I have a dodgy left knee so running is out", "... so dairy is off the table"
    r"|[a-z][\w'-]*(?: [\w'-]+){0,2} (?:is|are) (?:out|off the table|off the menu|off limits|a no-go)\b"
    # "I'm getting married in June, so every spare penny is going into the wedding"
    r"|every (?:spare |last |single )?(?:penny|pound|cent|dollar)\b)"
    r"|,\s*and\s+(?=(?:I|I'm|I've|my|we|our|no)\b)"
    # "Prices in euros please, I live in Lyon": what is asked, and what the user says of themselves
    r"|(?<=\bplease),\s+(?=(?:I|I'm|I've|I'd|my|we|we're|our)\b)"
    # "My daughter's doing a school project, she's obsessed with llamas": a clause of its own, about her
    r"|(?<=[a-z]),\s+(?=(?:she|he)(?:'s|\s+(?:is|has|loves|hates|likes|adores|can't|won't|doesn't|gets|needs|"
    r"wants|was))\s)"
    # "I'm moving to 14 Elm Road next month, please use that address for future orders"
    r"|,\s+(?=please\s+(?!help\b)[a-z]+\b)"
    # "I'm saving up for a new laptop, my budget is about 800"
    r"|,\s+(?=(?:my|our) (?:total |whole |overall )?budget\b)"
    # "We're a family of four, kids are 4 and 9, planning a week in Portugal in August": the children's ages,
    # and what the speaker is about to do, said after a clause of who they are
    r"|(?<=\w),\s*(?=(?:the\s+)?(?:kids|children|twins)\s+are\s+\d"
    rf"|{_DOING_ON.pattern}"
    # "My daughter Mia is 11 and struggles with fractions, she gets anxious about maths tests"
    rf"|(?:she|he)\s+(?:always\s+|really\s+)?gets\s+(?:really\s+|very\s+|so\s+)?(?:{SET_OFF_FEELINGS})\b)"
    # a Chinese clause; not before what it names in particular ("数学不好，尤其是几何")
    r"|(?:(?<=[\u4e00-\u9fff])[，,]|(?<=[\dA-Za-z])，)(?!\s*(?:特别|尤其|主要)是)\s*(?:所以|因此|因为|但是?|不过|而且)?"
    # ... or a space, as a comma typed in a hurry ("脚崴了 最近上下楼都费劲")
    r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])(?=也不(?:喝|吃|用|碰|买|玩|看)|也没(?:喝|吃)过?)"  # "我不吃猪肉也不喝酒"
)


_DOES = (
    r"(?:work|live|have|love|like|hate|enjoy|play|study|run|walk|go|do|get|need|want|take|eat|drink|use|own|"
    r"teach|care|look|feel|cook|ride|swim|watch|read|write|travel|commute|drive)\b"
)
"""Verbs that go on from "I'm 30 and ..." with what the user does ("work nights"), not what they are: the
clause after " and " says "I ..." then, not "I'm ..."."""
_WHO_SAID = re.compile(
    r"\bI(?:'m| am) (?!(?:[\w-]+ )*?(?:to|of|into|with|about|for|in|on|at|from|by|than|like)\b)"
    r"(?:\d{1,3}|(?:(?:a|an|so|very|quite|really|pretty|super) )?[\w-]+(?: [\w-]+)?)$",
    re.I,
)
"""A clause that says in a word or two who the user is ("I'm 45", "I'm vegan", "I'm a nurse", "I'm lactose
intolerant"; not "I'm allergic to nuts", whose "and shellfish" is more of what they are allergic to)."""
_DID_SAID = re.compile(r"^I (?:[\w'-]+ ){0,3}[\w'-]+$", re.I)
"""A short clause of what the user does ("I hate flying"), which " and get seasick" goes on from ..."""
_DOES_NEXT = re.compile(
    r"(?:hate|get|use|need|want|take|eat|drink|own|teach|ride|swim|commute|drive)\b"
    # ... or one said with what makes it a verb ("I live in Lisbon and work as a data analyst")
    r"|have (?:a|an|two|three|four|five|six|\d+|no|got)\b|work (?:as|at|for|in|from|nights|shifts|part|full|"
    r"night|weekends)\b|live (?:in|with|on|near|alone|by)\b|study (?:at|in)\b",
    re.I,
)
"""... with a verb that is no noun too ("I love the self-acceptance and love theme": a theme of love), or one
said with what makes it a verb ("... and work as a data analyst", "... and have two dogs")."""
_AND_I = re.compile(
    r"\s+and\s+(?=(?:my|our|I|I'm|I've)\b)|,\s+(?=(?:I|I'm|I've|I'd|I'll)\s)"
    # "I'm 45 and going back to college", "I'm 15 and preparing for my GCSEs": the age, and what they do
    r"|(?<=\d)\s+and\s+(?=[a-z]+ing\b)"
    # "My wife and I are in our seventies and we like the old classics": who the user is, and what they like
    r"|(?<=\w)\s+and\s+(?=(?:I|we)\s+(?:(?:really|both|all|also|just|absolutely)\s+)?(?:like|love|enjoy|adore|"
    r"prefer|hate|dislike|can't stand)\s+(?!(?:it|them|that|this|him|her|you|to)\b))"
    # "I'm recovering from long covid and get tired easily": what the body does since
    r"|(?<=\w)\s+and\s+(?=(?:still\s+|now\s+)?(?:get|gets)\s+"
    r"(?:tired|exhausted|breathless|out of breath|dizzy)\b)"
    # "I'm five months pregnant and want to do some gentle exercise": who the user is, and what they want
    r"|\s+and\s+(?=(?:really\s+)?(?:want|hope|plan|would like)\s+to\b)"
    # "We're getting married in June and the colour scheme is sage green": the plan, and its colours
    r"|\s+and\s+(?=(?:the|our) colou?r (?:scheme|palette|theme)\b)"
    # "I'm waiting for a kidney transplant and have to stay within two hours of the hospital": how far
    r"|\s+and\s+(?=(?:have|need) to (?:stay|be|live|remain) within\b)"
    # "I'm type 2 diabetic and take metformin with breakfast": who the user is, and what they take
    r"|(?<=\w)\s+and\s+(?=(?:also\s+)?take\s+(?!(?:a|an|the|it|them|turns|care|part|place)\b))"
    # "We like slow-burn dramas, nothing with jump scares"
    # ... "nothing too violent" ("nothing too long" is a limit of what the sentence names: one clause)
    r"|,\s+(?=(?:so\s+)?nothing (?:with|involving|featuring|containing|(?:too|overly) (?!long\b|short\b))\b)"
    # "I'm a second-year uni student, living in halls"
    r"|,\s+(?=living (?:in|with)\b)"
    # "I'm type 2 diabetic, on metformin": who the user is, and what they take
    rf"|,\s+(?=on (?:{DRUGS_EN})\b)"
    # "I've got IBS and dairy sets it off": what brings on the condition just named
    r"|\s+and\s+(?=[\w -]{2,30}?\b(?:sets? (?:it|them) off|triggers? (?:it|them)|makes? (?:it|them) worse|"
    r"brings? (?:it|them) on)\b)"
    # "I'm a single mum and money's tight"
    r"|\s+and\s+(?=(?:money|cash)(?:'s| is)\s)"
    # "My girlfriend lives in Toronto, we do long distance"
    r"|,\s+(?=we(?:'re| are)? (?:do |doing |in )?(?:a )?long[- ]distance\b)"
    # "I'm dyslexic and reading long texts wears me out", "I'm a huge introvert, big groups drain me": what
    # wears the user out is a clause of its own
    r"|,\s+(?=[a-z][\w\s]{2,30}?\b(?:drains?|exhausts?|wears? me out|stresses me out|overwhelms?)\s+me\b)"
    # "I'm autistic and surprise changes of plan really throw me", "I'm dyslexic, audiobooks work better
    # for me"
    r"|(?:\s+and|,)\s+(?:so\s+)?(?=[a-z][\w\s]{2,40}?\b(?:(?:really\s+)?throws?\s+me\b|lose\s+me\b"
    r"|works?\s+(?:much\s+|far\s+|way\s+|a lot\s+)?better\s+for\s+me\b))"
    # "I'm claustrophobic, lifts are a no for me": what is kept away from, said after why
    r"|,\s+(?:so\s+|and\s+)?(?=[A-Za-z][\w\s'-]{2,30}?\s(?:is|are)\s(?:a (?:big |firm |definite |hard )?"
    r"no(?:-go| go)?\b|off the menu\b|off[- ]limits\b|out of the question\b))"
    r"|\s+and\s+(?=[a-z]+ing\b[^,.;!?]{0,40}?\b(?:wears?|tires?|stresses|exhausts?|drains?|bores?|scares?|"
    r"hurts?|kills?|gives?|makes?)\s+(?:me|my)\b)"
    # (last: what the ones above split goes as they split it)
    # "I'm 32 and 20 weeks pregnant", "I'm 70 and retired": the age, and what else the user is
    # ... and "I'm 30 and work nights": what the user does
    # ... and after a diet: "I'm vegan and allergic to peanuts", "I'm vegan and love cooking"
    rf"|(?P<and_does>\s+and\s+)(?={_DOES})"
    r"|(?P<and_is>\s+and\s+)"
    r"(?=(?:\w+ (?:weeks?|months?) )?[a-z][\w-]+(?: [a-z][\w-]+){0,2}\s*(?:[,.!;]|$)"
    r"|\d{1,3}(?: years? old)?\s*(?:[,.!;]|$)"  # "I'm vegan and 30"
    # "I'm 74 and not very good with computers": what the user is good or bad at
    r"|(?:not (?:very |that |too |so |really )?)?(?:good|great|bad|hopeless|useless|terrible|rubbish|"
    r"clueless) (?:with|at) [\w-]+(?: [\w-]+){0,2}\s*(?:[,.!;]|$)"
    r"|(?:a|an) [a-z][\w-]*(?: [\w-]+){0,5}\s*(?:[,.!;]|$))"
)
_OF_ME = re.compile(r"\b(?:I|I'm|I've|me|my|My|we|We|we're|We're|our|Our)\b")
_SAID_BY_ME = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|we|we're)\b"
    # "She's vegetarian and I can't handle raw fish": a clause of someone else's, then the user's
    r"|^(?:she|he|they)(?:'s|'re| is| are| has| have)\s"
    # "my eyesight's poor and I use ...": a clause about the user's own, not who does it with them
    r"|\bmy \w+(?: is|'s| are) (?:(?:really|very|quite|pretty|so|a bit|not) )?(?:poor|bad|terrible|awful|"
    r"weak|failing|tight|limited|great|good|not great|sensitive|basic)$",
    re.I,
)


_SAYS = re.compile(r"\b(?:is|are|was|were|has|have|had)\b|\w's\s", re.I)
"""A verb that makes a few words a clause ("My wife is vegetarian"), not a list of who ("My mum")."""


def _and_i(part: str) -> list[str]:
    """``part`` in the clauses its " and I ..." / " and my ..." begin ("I love jazz and I play the piano"),
    but not where what comes before is who does it with the user ("Shellfish and I don't get along",
    "the gf and I are hitting the beach"): a few words that no "I" says. ", I ..." begins one after a
    clause of the user's own ("I'm 52, I have type 2 diabetes"; not "This weekend, I'm off to ...")."""
    clauses, start, lead = [], 0, ""
    for m in _AND_I.finditer(part):
        before = part[start : m.start()]
        is_ = m.group("and_is") is not None
        if is_ or m.group("and_does") is not None:  # "I'm 32 and 20 weeks pregnant": "I'm 20 weeks ..." too
            said = (lead + before).strip()
            did = not is_ and _DID_SAID.match(said) and _DOES_NEXT.match(part[m.end() :])
            if _WHO_SAID.search(said) or did:
                clauses.append(lead + before)
                start, lead = m.end(), "I'm " if is_ else "I "
            continue
        if m.group().startswith(","):
            if _OF_ME.search(before):
                clauses.append(before)
                start = m.end()
            continue
        said = re.split(r"\s[-–—]\s|[,:]\s*", before)[-1]  # "Great news - the gf and I ...": "the gf"
        # "My wife is vegetarian and my son has a nut allergy": a clause of its own before another's
        theirs = re.match(r"(?:my|our)\s", part[m.end() :], re.I) and _SAYS.search(said)
        # "My name is Wei and I'm hard of hearing": a clause of the user's own, then another
        mine = re.match(r"my\s", said.strip(), re.I) and _SAYS.search(said)
        if _SAID_BY_ME.search(said) or len(said.split()) > 4 or theirs or mine:
            clauses.append(lead + before)
            start, lead = m.end(), ""
    return [c for clause in [*clauses, lead + part[start:]] for c in _and_they(clause)]


_AND_IT = re.compile(
    r"\s+and\s+(?=(?!(?:it|this|that|they|he|she|which|what|everything|anything|nothing)\b)"
    r"[A-Za-z][\w -]{1,30}? (?:confuses?|baffles?|kills?|scares?|terrif(?:y|ies)|frightens?|bores?|stresses?|"
    r"worr(?:y|ies)) me\b)",
    re.I,
)
"""Where " and ..." goes on with what something does to the user ("I'm in year 8 and fractions confuse
me")."""


def _and_it(clause: str) -> list[str]:
    """``clause`` in two where " and <something> confuses/scares me" goes on after one of the user's own (it
    read the year only): each clause read alone."""
    m = _AND_IT.search(clause)
    # (the clause before is the user's own, not a list: "..., dragons and magic bore me")
    mine = m is not None and _SAID_BY_ME.search(re.split(r"[,:;]\s*", clause[: m.start()])[-1])
    return [clause[: m.start()], clause[m.end() :]] if m and mine else [clause]


_MY_KIN = re.compile(
    r"\bmy (?P<who>mother-in-law|father-in-law|(?:grand)?(?:mum|mom|mother|dad|father|son|daughter)|wife|"
    r"husband|partner|sister|brother|nan|gran|granny|grandma|grandpa|aunt|uncle|boyfriend|girlfriend)\b",
    re.I,
)
_THEY = re.compile(r"(?P<they>she|he)(?P<be>'s|\s+is)?\s+(?=\w)", re.I)
KIN_SHE = frozenset(
    {"mum", "mom", "mother", "grandmother", "daughter", "granddaughter", "wife", "partner", "sister", "nan",
     "nana", "gran", "granny", "grandma", "aunt", "niece", "girlfriend", "mother-in-law"}
)  # fmt: skip
"""The family members "she" and "her" can stand for (a partner is either)."""
KIN_HE = frozenset(
    {"dad", "father", "grandfather", "son", "grandson", "husband", "partner", "brother", "grandpa", "grandad",
     "granddad", "uncle", "nephew", "boyfriend", "father-in-law"}
)  # fmt: skip
"""The family members "he" and "him" can stand for."""


def _may_be(who: str, pronoun: str) -> bool:
    """Whether ``pronoun`` ("she", "her", "he", "him") can stand for the family member ``who`` ("mum")."""
    return who.lower() in (KIN_SHE if pronoun.lower() in ("she", "her") else KIN_HE)


def _last_kin(before: str) -> str | None:
    """The family member ``before`` named last ("mum" of "... my mum turns 70"), None if it named none."""
    kin = [*_MY_KIN.finditer(before)]
    return kin[-1].group("who") if kin else None


def _named(who: str, they: re.Match[str], said: str) -> str:
    """A sentence that starts with "She"/"He" about the family member the sentence before named, with
    them named ("She's vegan" after "my wife ..." -> "my wife is vegan"); as said when the pronoun cannot
    be theirs."""
    if not _may_be(who, they.group("they")):
        return said
    return f"my {who.lower()}" + _be(they.group("be"), said[they.end() :]) + " " + said[they.end() :]


def named_relation(role: str, name: str) -> Candidate:
    """The name of someone in the user's life ("Daughter's name is Mia"), keyed by role and name."""
    name = name[:1].upper() + name[1:]
    return Candidate(
        f"{role.capitalize()}'s name is {name}",
        MemoryKind.FACT,
        f"relation:{role}:{name.lower()}",
        subject=role,
        importance=0.7,
    )


def named_before(message: str, before: str | None) -> str:
    """``message`` that opens with "She"/"He" ("她"/"他") about the family member the user's message
    ``before`` it named last, with them named ("She loves horses and drawing." after "My daughter Mia is 9
    ..." -> "my daughter loves horses and drawing."); as it is otherwise. Within a message, ``sentences``
    does the same."""
    said = message.strip()
    if not before or not said:
        return message
    if is_chinese(said):
        he = _HE_ZH.match(simplified(said))
        kin = [*_kin_named_zh().finditer(simplified(before))] if he else []
        if he and kin and kin[-1].group("who") in (_HE_ZH_KIN if he.group(0) == "他" else _SHE_ZH_KIN):
            return f"我{kin[-1].group('who')}{said[1:]}"
        return message
    they = _THEY.match(said)
    who = _last_kin(before) if they else None
    return _named(who, they, said) if they and who else message


_THEM_EN = re.compile(r"\b(?P<they>she|he|her|him)\b(?!'(?!s\b))", re.I)
"""A family member said as a pronoun ("for her", "What would he like?", "He's got 15 minutes after
dinner")."""


def for_whom(message: str, before: str | None) -> tuple[str, str | None]:
    """``message`` with "her" / "him" / "she" / "he" said of the family member the user's messages ``before``
    it named last ("Any gift ideas for her?" after "My mum turns 70 next Saturday." -> "Any gift ideas for my
    mum?"; "What books would he like?" after "My son Leo is 10 ... He loves football."), as the memories about
    them are searched, and who that is ("mum"); where it names one itself ("What books would my son like?"),
    as it is and who that is; as it is, and None, otherwise."""
    them = _THEM_EN.search(message)
    who = _last_kin(before) if them and before else None
    if not them or not who or not _may_be(who, them.group("they")):
        named = _last_kin(message)
        return message, named.lower() if named else None
    who = who.lower()
    return f"{message[: them.start()]}my {who}{message[them.end() :]}", who


def _be(be: str | None, rest: str) -> str:
    """What "'s" stood for after a pronoun: " has" before "got" or "been" ("he's got dyscalculia"), else " is"
    ("she's vegan"); nothing where there was none."""
    if not be:
        return ""
    return " has" if be == "'s" and re.match(r"\s*(?:got|been|had)\b", rest, re.I) else " is"


_THEN = re.compile(r"\b(?:before|until|till|after|by|from) (?P<then>then)\b", re.I)
"""A time said as "then" ("please don't send anything before then"): the date of the clause before."""
_AT = re.compile(r"^(?:until|till|by|on|before|after|from|in|at)\s+", re.I)


_FOR_THEM = re.compile(r"\sfor (him|her)\b", re.I)
"""Whom a clause is for, said as a pronoun ("times tables are a nightmare for him")."""
_AND_THEY = re.compile(r",?\s+(?:and|so|but)\s+(?P<they>she|he)(?P<be>'s|\s+is)?(?=\s)", re.I)


def _and_they(clause: str) -> list[str]:
    """``clause`` in two where " and she ..." / " so he ..." goes on about the family member it named
    ("My mum lives with us and she can't manage stairs": "my mum can't manage stairs"; "My wife is
    pregnant so she can't watch scary movies": "my wife can't watch scary movies")."""
    kin = _MY_KIN.search(clause)
    going_on = _AND_THEY.search(clause, kin.end()) if kin else None
    if kin is None or going_on is None or not _may_be(kin.group("who"), going_on.group("they")):
        return [clause]
    who = f"my {kin.group('who').lower()}" + _be(going_on.group("be"), clause[going_on.end() :])
    return [clause[: going_on.start()], who + clause[going_on.end() :]]


_HAS_ANIMAL_ZH = re.compile(
    r"我(?:们)?家?(?:刚|也|还)?(?:有|养了?|领养了?|收养了?)[一两三四五六七八九十几\d]*(?:只|条|匹)"
)
"""A clause in which the speaker has an animal: the one after it without a subject is about the animal."""
ZH_CHILD_PARTS = r"分数除法|分数乘法|分数|小数|除法|乘法口诀|乘法|加减法|百分数|方程|拼音|生字"
"""The parts of a child's maths and Chinese a learner can be weak at ("分数除法一直搞不懂",
"乘法口诀背不下来"): a clause going on with one is the household member's; ``ZH_SUBJECTS`` has them too."""
_TRIP_ZH = re.compile(r"出差|旅游|旅行|度假|开会|培训|探亲|出游")
"""A clause of a trip: where the speaker stays, said after it, is no home."""
_STAYING_ZH = re.compile(r"(?:就|暂时|临时)?(?:住在|住|暂住在?|下榻在?)")
_GO_ON_ZH = re.compile(
    r"^(?:也|还|又|更|最|都|很|特别|非常|从来|从不|平时|平常|一般|不|没|讨厌|喜欢|爱|受不了|对|住在|是(?!不是)|有(?!人|事)"
    # a fear, and being timid: "(我女儿六岁，)胆子小，怕黑"
    r"|怕(?!是|不是|的)|胆子?小"
    # what one is obsessed with: "(我儿子十几岁，)迷足球迷得不行"
    r"|迷(?![上路信糊惑人住茫得])"
    # an animal kept: "(我一个人住，)养了一只猫"
    r"|养(?:了|着)"
    # how it is now, after how it was: "(我以前坐火车通勤，)现在全职在家办公"
    r"|(?:现在|如今|目前|最近|这段时间|这阵子)(?=[^，。！？；,.!?;]{2,})"
    # what is done on some days, or in free time: "周末喜欢带孩子去爬山", "业余时间喜欢下棋"
    r"|(?:周末|平时|平常|平日|晚上|每天|早上|业余时间?|闲暇时(?:间)?|空闲的?时候?|休息的时候)"
    r"(?=喜欢|爱|常|经常|总是|一般|精神|脑子|效率)"
    # a course the speaker takes: "(我三十四岁了，)在夜校重新考数学"
    r"|(?=在(?:上)?(?:夜校|成人(?:学校|大学|教育)|业余大学|老年大学|培训班|补习班|网课))"
    # how the speaker's working day goes: "(我是出租车司机，)一天坐十个小时"
    r"|(?=(?:每天|一天|天天)(?:都|要|得|基本)?(?:坐|站|开车|开|工作|上班)[^，。！？；,.!?;]{0,4}?(?:小时|钟头))"
    # when the speaker sleeps: "(我是夜班护士，)白天睡觉"
    r"|(?=白天(?:才|都|要|得)?(?:睡觉|补觉|睡)(?:[，。！？；,.!?;]|$))"
    # what is on some days: "(我女儿周二有钢琴课，)周末要去补习英语"
    r"|(?:周末|(?:每)?周[一二三四五六日天]|星期[一二三四五六日天])(?:和周[一二三四五六日天])?(?:上午|下午|晚上)?"
    r"(?=还?要(?:去|上)|有[^，。！？；]{0,6}?(?:课|班|训练))"
    # what the body cannot manage: "我妈八十五了，爬不了楼梯了"
    r"|(?:已经|现在)?(?:爬|走|蹲|跪|弯腰|搬|提|站)(?:不了|不动|不远|不久)"
    # what is hard: "我口吃，打电话很吃力"
    r"|(?=[\u4e00-\u9fff]{2,6}?(?:对我来说)?(?:一直|真的|都|也)*(?:很|特别|非常|比较|有点儿?|太)(?:吃力|费劲|困难|难)[了啊呀]*"
    r"[。！!.]?$)"
    # what hurts when done: "我膝盖不太好，上下楼梯会疼"
    r"|(?:上下|上|下|爬)楼梯?(?=[^，。！？；,.!?;]{0,6}?(?:疼|痛|酸))"
    r"|刚(?=退休|毕业|搬家|搬到|生了|结婚|离婚|换了)|(?:已经)?(?=退休了)"
    # what the speaker does often: "(我是程序员，)经常熬夜加班"; what a check-up found: "最近体检说有脂肪肝"
    r"|(?=(?:经常|常常|总是|老是)[\u4e00-\u9fff])|(?=(?:最近|去年|今年|前几天|上个月)?(?:体检|检查)(?:说|发现|显示|查出))"
    # what the speaker used to do: "(我怀孕五个月了，)以前每周跑三次步"
    r"|(?=(?:以前|之前|原来|过去)[^，。！？；,.!?;]{0,8}?(?:每|常|经常|一直|喜欢|爱))"
    # what the body is like now: "(我以前常跑步，)现在膝盖不好"
    r"|(?:现在|最近|这几年)?(?=(?:膝盖|腰|背|颈椎|肩膀|脚踝|关节|肠胃|胃|眼睛|心脏)(?:也|还|一直|有点|不太|越来越)*"
    r"(?:不好|不太好|疼|痛|有问题|受过伤))|每天|每周|每晚|只(?!是|好|要)|在(?=吃|学|练|准备|戒|控|减|做)|要(?=照顾|照料)|(?:经常|常常|总是|一直|要)?上(?=夜班|晚班|早班|白班|倒班|大夜班)|现在(?:还|也|都)?(?=坐|用|戴|拄|住|在|每|很|特别|非常|还|也|都|怕|害怕)|一点(?=[\u4e00-\u9fff]{1,4}?都(?:不|没))|(?=(?:高度)?近视|远视|散光|老花|色盲|红绿色盲|耳背)|坐(?=[^，。！？；,.!?;]{0,6}?看不清)|想(?=增肌|减肥|减重|瘦|看点|看些|看一些|读点|听点)"
    # what the speaker has done for years: "我在郊区租了块菜地，种菜十年了"
    r"|[\u4e00-\u9fff]{2,5}?(?:快|已经|有|差不多|都)*[一二三四五六七八九十两几\d]+年(?:多|半)?了"
    # a subject said weak: "我女儿上初二，数学不好"
    r"|(?:数学|语文|英语|物理|化学|生物|历史|地理|几何|作文|听力|口语|写作|阅读|单词|"
    # ... a child's ("我女儿五年级，分数除法一直搞不懂")
    rf"{ZH_CHILD_PARTS})(?:作文|听力|口语|写作|阅读|单词|语法)?"
    # ... or a part of it: "(我儿子上五年级，)数学应用题总是读不懂题目"
    r"(?:的?(?:应用题|计算题|题目|题|公式|概念))?"
    r"(?:成绩)?(?:一直|有点|比较|很|特别|不太|也|总是|老是)*(?:不好|不太好|差|弱|不行|跟不上|写不长|写不好|记不住|听不懂|"
    r"读不懂|看不懂|搞不懂|做不对|不会做|学不会)"
    # the state of a part of the body: "我常年搬货，腰不太好"
    r"|(?:腰椎|腰|膝盖|胃|肠胃|颈椎|脖子|肩膀|背|脚踝|手腕|髋关节|眼睛|视力|听力)"
    r"(?:一直|有点|比较|很|特别|也|不太|经常|总是|老是|以前)*(?:不好|不太好|疼|痛|酸|差|弱|受过伤|有伤|有问题|不舒服|很紧|僵硬))"
)
"""How a Chinese clause that goes on about the speaker starts without naming them again
("我喜欢宫崎骏的动画片，不喜欢恐怖片", "我今年45岁，有高血压")."""
BUSY_WHEN_ZH = (
    r"周末|平时|平日|工作日|晚上|白天|早上|上午|中午|下午"
    r"|周[一二三四五六日天](?:[和到至、]周[一二三四五六日天])?"
)
"""A part of the week a Chinese speaker says they are busy in ("我周末基本没时间")."""
NOT_FREE_ZH = r"没时间|没空|走不开|抽不开身|脱不开身"
"""How a Chinese speaker says they are not free ("没空", "走不开")."""
_BUSY_ON_ZH = re.compile(
    rf"^(?:都|基本|基本上|根本|也|就|几乎|完全)*(?:{NOT_FREE_ZH})(?:[了啊呀]*)[。！!.]?$"
)
"""A clause that says the speaker is not free without saying when: when is said in the clause before
("我周末要去外婆家，基本没时间")."""
GREETING_EN = r"(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))"
"""How an English message may open with a greeting: what the rules read past, and what a memory of the
message leaves out."""
LEAD_IN_ZH = re.compile(
    r"^(?:说实话|老实说|说真的|讲真|坦白说|实话说|其实|对了|顺便说一下|先说一下|先说明一下|提前说一下|哈哈+|嘿嘿|唉)[，,]?"
)
"""Words that lead into what a Chinese speaker says without being part of it ("说实话我不太爱看书")."""


@functools.cache
def _kin_zh() -> re.Pattern[str]:
    """Who of the household a Chinese clause is about ("我女儿今年七岁"): the one a clause going on without
    a subject is about too. (Built on first use: the relation words import this module.)"""
    from tailorkit.memory._words_zh import ZH_KIN

    return re.compile(rf"我(?:的|家的?|们家的?)?(?:{ZH_KIN})(?!们)")


_DOING_NOW_ZH = re.compile(
    r"^(?:最近|现在|这段时间|这阵子|这几个月|今年)(?:也|还)?(?:在|正在)(?=学|准备|练|备考|减肥|戒|考)"
)
"""What the speaker is doing these days, said without a subject ("最近在学英语")."""


_OWN_CHILD_ZH = re.compile(r"^(?:老大|老二)(?!们|爷|娘)")
"""The speaker's children by their place among them, as ``ZH_KIN`` names them: theirs even when the message
names no one before ("老大特别喜欢恐龙", said after the family was told in another message)."""


@functools.cache
def _kin_first_zh() -> re.Pattern[str]:
    """A Chinese clause that begins with someone of the household and says their age or what they have,
    like or cannot take ("孩子五岁", "女儿对花生过敏"): after the speaker has spoken of themselves, theirs."""
    from tailorkit.memory._words_zh import ZH_KIN

    return re.compile(
        rf"^(?:{ZH_KIN})(?!们)(?:今年)?(?:[一二三四五六七八九十两\d]{{1,3}}(?:周)?岁|对|有|不|特别|很|喜欢|最|上|在)"
    )


_HE_ZH = re.compile(r"[他她](?!们)")
_HE_ZH_KIN = frozenset(
    {"老公", "丈夫", "先生", "爱人", "对象", "儿子", "爸爸", "父亲", "爸",
     "哥哥", "弟弟", "爷爷", "外公", "姥爷", "孙子", "外孙", "公公", "舅舅", "男朋友", "男友",
     "叔叔", "侄子", "岳父", "老大", "老二", "孩子", "宝宝", "大儿子", "小儿子", "哥", "弟"}
)  # fmt: skip
_SHE_ZH_KIN = frozenset(
    {"老婆", "妻子", "媳妇", "爱人", "对象", "女儿", "妈妈", "母亲", "妈",
     "姐姐", "妹妹", "奶奶", "外婆", "姥姥", "孙女", "外孙女", "婆婆", "姑姑", "女朋友", "女友",
     "阿姨", "侄女", "岳母", "老大", "老二", "孩子", "宝宝", "大女儿", "小女儿", "姐", "妹"}
)  # fmt: skip


@functools.cache
def _kin_named_zh() -> re.Pattern[str]:
    """A household member a Chinese clause names ("我老公", "我和老公", "我家老大"), whom "他"/"她"
    opening the next clause may stand for."""
    from tailorkit.memory._words_zh import ZH_KIN

    # "我和老公", and "(周末想)和女朋友(看部电影)": whom the user does it with
    return re.compile(rf"(?:我(?:的|家|和|跟|与)?|[和跟与])(?P<who>{ZH_KIN})(?!们)")


AS_ONE_WITH = (
    r"as (?:someone|somebody|a person|one|a woman|a man|a guy|a mum|a mom|a dad|a parent) "
    r"(?:with|who has|who lives with|who suffers from)"
)
"""How a sentence may begin by saying what the user lives with ("As someone with tinnitus, ...")."""
_AS_ONE = re.compile(rf"^({AS_ONE_WITH} [^,;.!?]{{1,40}}),\s*(?=\S)", re.I)
_BEING = re.compile(
    r"^(?:being|as) (an? (?!(?:result|rule|whole|matter|bonus|reminder|side|kid|child|boy|girl|teen|teenager|"
    r"baby|treat|favour|favor|thank|gift|joke|family|team|couple)\b)[^,;.!?]{1,40}?)(?:,\s*|\s+means\s+)(?=\S)",
    re.I,
)
"""Who the user is, said before the rest ("Being a night-shift worker, I sleep during the day", "As a type 1
diabetic, I watch my carbs", "Being a carer for my mum means I can't be away overnight"): "I'm" that, and the
rest."""
_HAVING = re.compile(
    r"^(?:with (\w+ (?:kids|children|toddlers|teenagers|babies|dogs|cats)(?: at home| under \w+)?)"
    r"|(?:given|with|because of) my (bad \w+|weak \w+|\w+ injury|asthma|arthritis|back|knees?|hip))"
    r"(?:,\s*(?=\S)|\s*$)",
    re.I,
)
"""What the user has, said before the rest ("With two toddlers at home, I never get an hour to myself", "Given
my bad hip, stairs are a struggle"): "I have" that, and the rest."""
_MODAL_ADVICE = re.compile(r"\b(?:should|shouldn't|must|ought|need to|needs to|better|have to)\b", re.I)
_YOU_WHEN = re.compile(
    # "When you're coeliac, you learn to check every label", "When you've got three kids under five, ..."
    r"^(?:when|if|once|because|since) you(?:(?P<be>'re| are)|(?P<have>'ve got| have got| have)) "
    r"(?P<x>[^,;.!?]{2,40}?)(?: like me)?,\s*(?P<rest>\S.*)$",
    re.I,
)
_LIKE_ME_EN = re.compile(
    # "If you're blind like me", "When you're skint like me": what the user is
    r"\byou(?:'re| are) (?P<be>[^,;.!?]{2,30}?) like me\b"
    # "With a bad back like mine", "Having knees like mine": what the user has
    r"|^(?:with|having) (?P<have>(?:a |an )?[^,;.!?]{2,30}?) like mine\b"
    r"|^being (?P<b2>[^,;.!?]{2,20}?) like me\b"
    # "As a type 1 diabetic you always carry sugar"
    r"|^as (?P<as>an? [^,;.!?]{2,30}?) (?=you\b)"
    # "Vegans like me read every label", "Tenants like me aren't allowed a nail": one of them
    r"|^(?!(?:people|folks|those|someone|somebody|anyone|everyone|others|men|women|guys)\b)"
    r"(?P<kind>[a-z][\w-]{2,20}?)s like (?:me|us|myself)\b"
    # "People like me who work nights don't ...", "Those of us on blood thinners have to ..."
    r"|^(?:people|folks|someone|somebody|anyone|those) like (?:me|us|myself) (?:who|that) "
    r"(?P<does>(?:\w+ ){0,4}?\w+)"
    r"(?= (?:don't|can't|cannot|never|always|have|has|need|are|get|know|must|shouldn't|won't)\b)"
    r"|^those of us (?P<on>on|with|who) (?P<x>[^,;.!?]{2,30}?)"
    r"(?= (?:have|has|need|can't|cannot|must|don't|are|get|know)\b)"
    # "Anyone who's had a stroke knows stairs become the enemy": what the user has been through
    r"|^(?:anyone|anybody|everyone|those of us) who(?:'s| has| have|'ve) (?P<had>had|got|been) "
    r"(?P<hx>[^,;.!?]{2,30}?) "
    r"(?=knows?|will tell you|understands?|gets? it)"
    # "Us night owls can't function before ten"
    r"|^us (?P<us>[\w -]{2,25}?)s (?=(?:can't|cannot|don't|have|need|hate|love|are|never|always|get|know)\b)",
    re.I,
)
_LIKE_ME_ZH = re.compile(
    # "像我们这种乳糜泻的，", "我这种腰不好的人，", "像我这样看不见的，", "我们这些熬夜党，", "我们租房的，"
    r"^(?:像)?我们?(?:(?:这种|这样|这些|这类)(?P<x>[^，。！？；,.!?;]{1,10}?)(?:的人|的)?"
    r"|(?<=我们)(?![家都也一俩两是])(?P<x2>[^，。！？；,.!?;这那]{2,8}?)(?:的人|的))(?:[，,]|$)"
    # "穷学生一个，": who the user is
    r"|^(?P<one>[^，。！？；,.!?;我]{2,6})一个(?:[，,]|$)"
)


_REPORTED_EN = re.compile(
    # "My wife says I snore like a freight train", "The allergist confirmed I react to sesame", "Everyone
    # tells me I talk too fast": what another says of the user, read as the user's own words
    r"^(?:(?:my|the|our|his|her) [\w'-]+(?: [\w'-]+)?|everyone|everybody|people|all my friends|my friends) "
    r"(?:always |keeps? |still |also )?(?:says?|said|reckons?|thinks?|told me|tells me|telling me|saying|"
    r"confirmed|insists?|warned me|has told me|has warned me)(?: that)? "
    # (not advice nor leave: "... says I should try yoga", "... says I can start jogging again in May")
    r"(?P<said>(?:I|I'm|I've|my)\b(?![^,;.!?]*\b(?:should|could|might|ought|may|will|can(?!')|going to)\b)"
    r"[^?]+)$"
    # "My nutritionist has me on 1,800 calories a day"
    r"|^(?:my|the|our) [\w'-]+(?: [\w'-]+)? (?:has|'s got|has got|put) me on (?P<on>[^?]+)$"
    # "According to my dentist, fizzy drinks are off the table for good"
    r"|^according to (?:my|the|our) [\w\s'-]{2,30}?,\s*(?P<per>[^?]+)$",
    re.I,
)
_REPORTED_ZH = re.compile(
    # "我老婆说我打呼噜像打雷", "孩子们都说我不会用电视遥控器", "导师总说我的论文结构乱"
    r"^(?P<who>[^，。！？；,.!?;我你]{1,8}?)(?:都|总|老|一直|也|还|总是|老是)*(?:说|觉得|认为|确认|嫌)(?P<said>我.+)$"
    # "医生说手术后六周内不能坐飞机", "睡眠门诊说睡前一小时不能看屏幕": a professional's word, of the user
    r"|^(?:[\u4e00-\u9fff]{0,4}(?:医生|大夫|牙医|门诊|医师|护士|助产士|营养师|康复师|理疗师|教练|治疗师))"
    r"(?:说|嘱咐|交代|叮嘱|要求|建议)(?![我你他她])(?P<rule>[^，。！？；,.!?;]+)$"
)


def said_of_me(clause: str) -> str | None:
    """What the user says of themselves through "you", "people like me" or "us" ("If you're blind like me,
    screen readers are everything": "I'm blind"; "Us night owls can't function before ten": "I'm a night
    owl"; "像我们这种乳糜泻的，...": "我乳糜泻"), as a clause of its own (the rest is read as well); None
    where it says nothing so. Generic "you" counts only where the rest goes on with "you" and gives no advice
    ("When you're coeliac, you learn to check every label"; not "When you're tired, you should rest")."""
    if is_chinese(clause):
        if m := _REPORTED_ZH.match(simplified(clause)):
            return m.group("said") or f"我{m.group('rule')}"
        if m := _LIKE_ME_ZH.match(simplified(clause)):
            if m.group("one"):
                return f"我是{m.group('one')}"
            x = m.group("x") or m.group("x2")
            return f"我是{x}" if re.search(r"[党族迷控粉]$", x) else f"我{x}"
        return None
    if m := _REPORTED_EN.match(clause):
        return f"I'm on {m.group('on')}" if m.group("on") else m.group("said") or m.group("per")
    if (m := _YOU_WHEN.match(clause)) and (
        "like me" in clause.lower()
        or (
            not _MODAL_ADVICE.search(m.group("rest"))
            and (m.group("have") or re.match(r"you\b", m.group("rest"), re.I))
        )
    ):
        return f"I'm {m.group('x')}" if m.group("be") else f"I've got {m.group('x')}"
    if not (m := _LIKE_ME_EN.search(clause)):
        return None
    if be := m.group("be") or m.group("b2"):
        return f"I'm {be}"
    if m.group("have"):
        return f"I have {m.group('have')}"
    if m.group("as"):
        return f"I'm {m.group('as')}"
    if m.group("kind"):
        return f"I'm {a_or_an(m.group('kind'))} {m.group('kind')}"
    if m.group("does"):
        return f"I {m.group('does')}"
    if m.group("had"):
        return f"I've {m.group('had')} {m.group('hx')}"
    if m.group("on"):
        return {"on": "I'm on", "with": "I have", "who": "I"}[m.group("on").lower()] + f" {m.group('x')}"
    return f"I'm {a_or_an(m.group('us'))} {m.group('us')}"


_SETS_IT_OFF = re.compile(
    r"^(?P<what>[\w -]{2,30}?) (?P<verb>sets?|triggers?|makes?|brings?) (?:it|them)"
    r"(?P<how> off| worse| on)?\b",
    re.I,
)
"""What brings on a condition said as "it" ("dairy sets it off", "stress makes it worse")."""
_HAS_CONDITION = re.compile(
    r"\bI(?:'ve got| have| get| suffer from|'ve been diagnosed with| was diagnosed with) (?:got )?"
    r"(?P<cond>[\w -]{2,30}?)\s*[.!]?$",
    re.I,
)
"""A condition the clause before named ("I've got IBS"), which "it" then stands for."""
_KIDS_ZH = re.compile(r"(?:有|家)(?:[一二两三四五六\d]个|俩)(?:孩子|小孩|儿子|女儿|小娃|娃|宝宝)$")
_AGES_ZH = re.compile(
    r"^(?:分别|都)?(?:一个|大的|老大)?[\d一二三四五六七八九十两]{1,2}岁(?:(?:和|、|跟|，|一个|小的|老二)+"
    r"[\d一二三四五六七八九十两]{1,2}岁)*[了。！]?$"
)
"""How many children the speaker has, then their ages said in a clause of their own ("我有两个孩子，5岁和8岁",
"我家两个孩子，一个5岁一个8岁"): one memory."""
_AGE_ON_ZH = re.compile(
    r"^(?:今年)?(?:[\d一二三四五六七八九十两]{1,4}(?:周)?岁|[高初大研][一二三四](?:$|[，。！]))"
)
"""An age or a school year that goes on from the speaker's name ("我叫小丽，41岁", "我叫王磊，今年高二"; not
from another's: "我儿子叫小明，5岁")."""


_REFUSAL = (
    r"(?:(?:no,? thanks?|no thank you|no way|not for me|nope|hard pass|never again|absolutely not|"
    # "Seafood? I'll pass, thanks.", "Sleeping in a tent? Not in this lifetime."
    r"I'll pass|I'll give (?:it|that) a miss|count me out|not a chance|no chance|not on your life|"
    r"not in (?:this|a million) (?:lifetime|years)|over my dead body)\b"
    # "海鲜？我就算了吧", "蹦极？想都别想"
    r"|(?:我)?(?:就|还是)?(?:算了|免了|不了)|拉倒|饶了我|没门|门都没有|想都别想|不必了)"
)
_REFUSED = re.compile(rf"^[^?？]{{1,39}}[?？]\s*{_REFUSAL}", re.IGNORECASE)
"""A short question (up to 40 characters with its mark) the user answers with a refusal ("Karaoke? No
thanks.", "唱K？算了吧。")."""


def refuses(sentence: str) -> bool:
    """Whether ``sentence`` is a short question the user answers with a refusal ("Karaoke? No
    thanks."): an aversion, not a question."""
    return bool(_REFUSED.match(sentence.strip()))


_AGE_AND = re.compile(
    r"^(I(?:'m| am) )(\d{1,3}(?: years old)?),\s+((?:a |an )?[\w-]+(?: [\w-]+){0,3})(?:,?\s+and)?\s*[.!]?$",
    re.I,
)
"""An age, then what else the user is, in a list ("I'm 34, vegetarian, and I run ..."): two clauses."""
_STATE_EN = (
    r"(?:allergic|(?:lactose[- ])?intolerant|vegetarian|vegan|pescatarian|gluten-free|dairy-free|coeliac|"
    r"celiac|(?:type [12] |pre-?)?diabetic|(?:\d+ (?:weeks|months) )?pregnant|deaf|hard of hearing|blind|"
    r"partially sighted|colou?r-?blind|short-sighted|long-sighted|disabled|retired|left-handed|asthmatic|"
    r"epileptic|autistic|dyslexic|sober|teetotal|tee-total|housebound|a wheelchair user|"
    r"on (?:the pill|insulin|metformin|statins|blood thinners))"
)
_STATES_AFTER = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:also\s+|very\s+|severely\s+|mildly\s+|slightly\s+)?{_STATE_EN}\b)",
    re.I,
)
"""Where a list of what the user is goes on ("I'm vegetarian, allergic to penicillin", "I'm vegan,
gluten-free and allergic to nuts"): each is a clause of its own, not lost behind the first."""


_MY_MEASURE = re.compile(
    r"\bmy (blood pressure|blood sugar|cholesterol|resting heart rate|heart rate|weight|bmi|hba1c|a1c"
    r"|glucose)\b",
    re.I,
)
_IT_MEASURED = re.compile(r"it(?P<be>'s| is| was)\s+(?=\d)", re.I)
"""A reading said as "it" after the sentence that named what was measured ("It was 135/85 at my last
check.")."""


_KIN_NAMED = re.compile(
    rf"^(?:(?:and|but|also|so),? )?\b(?i:my) (?P<who>(?i:{RELATIONS})),? (?P<name>[A-Z][a-z]+)(?:,)? "
    r"(?=(?:is|has|hates|loves|likes|can't|cannot|doesn't|does not|won't|works|lives|gets|eats|drinks|"
    r"was|isn't|only|never|always)\b)"
)
"""A family member named as they are first spoken of ("My partner Sam is vegetarian", "My wife, Anna, hates
spicy food")."""
_KIN_WHO = re.compile(
    r"\b(?P<kin>(?i:my|our) (?:[\w-]+ )?(?i:in-laws|parents|kids|children|son|daughter|mum|mom|mother|dad|"
    r"father|wife|husband|partner|sister|brother|grandparents|grandma|grandpa|nan|gran|boyfriend|girlfriend|flatmate|"
    r"roommate|mother-in-law|father-in-law)),\s+who(?P<be>'s|\s+is|\s+are|\s+has|\s+have)\s+"
    r"(?P<what>[^,.;!?]+)(?:,|(?=[.;!?]|$))"
)
"""Someone of the user's said with what they are, in a clause of its own ("We're hosting my in-laws, who are
both strict Muslims", "My husband, who is diabetic, loves sweets")."""
_THREE = re.compile(rf"\b((?i:my) (?!(?i:{PETS})\b)(?i:{RELATIONS}|gf|bf)), ([A-Z][a-z]+), and (I|me)\b")
"""Three, the user last ("my girlfriend, Toby, and I"): not a name said of a person (a pet's is: "My dog,
Rex, and I went out")."""


_EMOJI = re.compile(
    r"\s*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\u200D\U0001F3FB-\U0001F3FF]*)+\s*"
)
"""A run of emoji (and the marks and symbols of the same blocks: ♿, ❌), with the spaces around it."""
_SYMBOL_AND = re.compile(r"(?<=[A-Za-z]) +[&+] +(?=[A-Za-z])")
_LEADS_TO = re.compile(r"\s*(?:→|->|=>)\s*")


def as_words(message: str) -> str:
    """``message`` as the rules read it: a run of emoji between words is a comma ("Hate crowds 😩 give me
    quiet places", "膝盖不行了🦵 楼梯能免则免") and is dropped before a stop or at the end ("Vegan since 2019
    🌱"); "&" and "+" between words are "and" ("Dairy & me"), an arrow "means" ("Coffee after 2pm → no
    sleep for me"; 就 in Chinese)."""

    def instead(m: re.Match[str]) -> str:
        if m.start() == 0 or m.end() == len(message) or message[m.end()] in ".,!?;:。，！？；：":
            return ""
        return "，" if is_chinese(message[m.start() - 1]) else ", "

    said = _EMOJI.sub(instead, message)
    said = _LEADS_TO.sub(lambda m: "就" if is_chinese(m.string) else " means ", said)
    return message_plain(_SYMBOL_AND.sub(" and ", said))


_DENIED_FIRST = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:it's not that|it is not that|it isn't that|not that|I never said|I didn't say|"
    r"it's not like|it isn't like|don't get me wrong)\b[^,;.!?]*[,;]\s*(?:but\s+)?",
    re.I,
)
"""A clause that says what is not so before what is ("Not that I mind dogs, but ...", "I never said I hated
opera, only ..."): read as the rest alone."""


def said_sentences(message: str) -> list[str]:
    """``sentences`` as memory reads what a user says of themselves (the assistant and the knowledge
    base split text with ``sentences`` alone): each sentence as the user corrected it ("We've got two kids,
    sorry, three": three), a form as the sentence it stands for ("Diet: vegan.": I'm vegan), and before a
    clause that says something of the user through "you" or another's words, that as a clause of its own
    ("If you're blind like me, ...": I'm blind)."""
    out: list[str] = []
    # "It's not that I don't like sushi, I just can't have raw fish": what is denied first is no statement
    message = _DENIED_FIRST.sub("", as_said_all(corrected(message)))
    # "I'm from Brazil but live in Lisbon now": two things in one clause, each a sentence of its own
    for part in sentences(message_plain(message)):
        if mine := said_of_me(part):
            out.append(mine)
        out.append(part)
    return out


def sentences(message: str) -> list[str]:
    """A message in sentences and clauses (either language): "but", "and then", ", so I ...", and a
    Chinese comma split too, so that each clause can state its own memory. A Chinese clause that goes on
    without a subject after one of the speaker's takes "我" back ("不喜欢恐怖片" -> "我不喜欢恐怖片"). A
    short question the user answers with a refusal stays with it: "Karaoke? No thanks." is an aversion,
    not a question."""
    out: list[str] = []
    message = _THREE.sub(r"\1 and \2 and \3", message)  # "my gf, Toby, and I": three, not her name
    clauses = (c for piece in _SPLIT.split(message) for it in _and_it(piece or "") for c in _and_i(it))
    for part in clauses:
        said = part.strip() if part else ""
        if not said:
            continue
        if m := _KIN_WHO.search(said):  # "my in-laws, who are both strict Muslims": what they are, a clause
            main = f"{said[: m.end('kin')]}{said[m.end() :]}".strip(" ,")
            be = m.group("be").strip()
            theirs = f"{m.group('kin')} {'is' if be == chr(39) + 's' else be} {m.group('what').strip()}"
            # in the order said: "My son, who is 10, loves maths"; "I look after my mum, who has dementia"
            first, said = (theirs, main) if not said[: m.start("kin")].strip() else (main, theirs)
            if first.lower() != m.group("kin").lower():
                out.append(first)
        if m := _KIN_NAMED.search(said):  # "My partner Sam is vegetarian": the name, and what is said of them
            out.append(f"{said[: m.start()]}my {m.group('who')}'s name is {m.group('name')}")
            said = f"my {m.group('who')} {said[m.end() :]}"
        if m := _AS_ONE.match(said):  # "As someone with tinnitus, loud bars are a nightmare": two things
            out.append(m.group(1))
            said = said[m.end() :]
        elif m := _BEING.match(said):  # "Being a night-shift worker, I sleep during the day"
            out.append(f"I'm {m.group(1)}")
            said = said[m.end() :]
        elif m := _HAVING.match(said):  # "With two toddlers at home, ...", "Given my bad hip, ..."
            out.append(f"I have {m.group(1) or 'a ' + m.group(2)}")
            said = said[m.end() :]
            if not said:  # the rest was a clause of its own
                continue
        if m := _AGE_AND.match(said):  # "I'm 34, vegetarian": "I'm 34" and "I'm vegetarian"
            out.append(m.group(1) + m.group(2))
            # "I'm 38, desk job": "I have a desk job"
            job = re.fullmatch(r"(?:a |an )?([\w-]+(?: [\w-]+)? job)", m.group(3), re.I)
            said = f"I have {a_or_an(job.group(1))} {job.group(1)}" if job else m.group(1) + m.group(3)
        if re.match(r"I(?:'m| am)\s", said, re.I) and len(states := _STATES_AFTER.split(said)) > 1:
            out.extend([states[0], *(f"I'm {state}" for state in states[1:-1])])
            said = f"I'm {states[-1]}"
        if out and refuses(joined := out[-1] + ("" if is_chinese(said) else " ") + said):
            out[-1] = joined
            continue
        if out and (they := _THEY.match(said)) and (kin := _MY_KIN.search(out[-1])):
            # "My girlfriend and I watch films on Fridays. She can't stand gore.": the girlfriend can't
            said = _named(kin.group("who"), they, said)
            # "He's 11, in year 6, and he's got dyscalculia": what goes on after " and he" is a clause too
            first, *then = _and_they(said)
            if then:
                out.append(first.rstrip(" ,"))
                said = then[0]
        if (
            out
            and is_chinese(said)
            and _AGES_ZH.match(simplified(said))
            and _KIDS_ZH.search(simplified(out[-1]))
        ):
            out[-1] = f"{out[-1]}，{said.rstrip('。！')}"  # "我有两个孩子，5岁和8岁": the children's ages
            continue
        if out and (it := _SETS_IT_OFF.match(said)) and (had := _HAS_CONDITION.search(out[-1])):
            # "(I've got IBS and) dairy sets it off": dairy sets off my IBS
            how, cond = (it.group("how") or "").strip(), f"my {had.group('cond')}"
            done = f"{cond} worse" if how == "worse" else f"{how} {cond}".strip()
            said = f"{it.group('what')} {it.group('verb')} {done}{said[it.end() :]}"
        if out and (it := _IT_MEASURED.match(said)) and (what := _MY_MEASURE.search(out[-1])):
            # "What about my blood pressure? It was 135/85 at my last check.": the blood pressure was
            said = f"my {what.group(1)} {'was' if it.group('be') == ' was' else 'is'} {said[it.end() :]}"
        if out and is_chinese(said) and (he := _HE_ZH.match(simplified(said))):
            # "我和老公周末一起看电影，他不看恐怖片": the husband does not; the clause that named them may
            # be a few back ("我女儿上初二，数学不好，尤其是几何。她喜欢画画")
            kin = next(
                filter(None, (_kin_named_zh().search(simplified(c)) for c in reversed(out[-4:]))), None
            )
            if kin and kin.group("who") in (_HE_ZH_KIN if he.group(0) == "他" else _SHE_ZH_KIN):
                said = f"我{kin.group('who')}{said[1:]}"
        if out and said[:1].islower() and _DOING_ON.match(said):  # a clause after a comma
            if who := next(filter(None, map(_WHO_IS.match, out[-3:][::-1])), None):
                said = f"{who.group(0)} {said}"  # "(We're a family of four,) planning a week in Portugal"
            else:  # "I start uni in September, studying architecture": one clause, as said
                out[-1] = f"{out[-1]}, {said}"
                continue
        if out and (at := _THEN.search(said)) and (when := DATE_EN.search(out[-1])):
            # "I'm away until the 14th so please don't send anything before then": before the 14th
            said = f"{said[: at.start('then')]}{_AT.sub('', when.group(0))}{said[at.end('then') :]}"
        if (
            out
            and (him := _FOR_THEM.search(said))
            and (kin := _MY_KIN.search(out[-1]))
            and kin.group("who").lower() in (KIN_SHE if him.group(1).lower() == "her" else KIN_HE)
        ):  # "(my son has dyscalculia,) so times tables are a nightmare for him": for the son
            said = f"{said[: him.start()]} for my {kin.group('who').lower()}{said[him.end() :]}"
        if (
            is_chinese(said)
            and (any(c.startswith("我") for c in out) or _OWN_CHILD_ZH.match(simplified(said)))
            and _kin_first_zh().match(simplified(said))
        ) or _DOING_NOW_ZH.match(said):
            # "我平时住在杭州，... 孩子五岁，对花生过敏": the speaker's child, said without 我;
            # "最近在学英语": what the speaker is doing these days, said without 我 as Chinese says it
            said = f"我{said}"
        before = LEAD_IN_ZH.sub("", out[-1]) if out else ""
        if before.startswith("我") and _TRIP_ZH.search(before) and _STAYING_ZH.match(simplified(said)):
            # "我这周在上海出差，住在人民广场附近": where the trip stays, not the home; one clause with it
            out[-1] = f"{out[-1]}，{said}"
            continue
        # "我们家有只救助来的灵缇，特别怕别的狗": what goes on is the animal's, not the speaker's
        if before.startswith("我") and is_chinese(said) and not _HAS_ANIMAL_ZH.match(simplified(before)):
            going_on = simplified(said)
            kin = _kin_zh().match(simplified(before))  # "我女儿今年七岁，特别喜欢画画": the daughter's
            if _GO_ON_ZH.match(going_on) or (
                _AGE_ON_ZH.match(going_on) and (re.match(r"我(?:的名字)?叫|我姓", before) or kin)
            ):
                said = f"{kin.group() if kin else '我'}{said}"
            elif not kin and _BUSY_ON_ZH.match(going_on) and (when := re.search(BUSY_WHEN_ZH, before)):
                said = f"我{when.group()}{said}"
        out.append(said)
    return out


_REASON = re.compile(
    r"\s+(?:because|'?cause|due to|owing to|on account of|thanks to|for (?:\w+ )?(?:reasons|reason)\b"
    r"|since (?=my |our ))\b.*$",
    re.I | re.S,
)
"""Why, said after what a phrase names ("gluten because of coeliac disease"): the memory's words keep it,
its key does not."""


def a_or_an(word: str) -> str:
    """The article before ``word`` as a memory reads it ("an early riser", "a nurse", "a one-bedroom flat", "a
    university lecturer", "an hour")."""
    lower = word.lower()
    if re.match(r"one\b|uni|use|usu|eu|ewe", lower):
        return "a"
    return "an" if lower[:1] in "aeiou" or re.match(r"hour|honest|honou?r|heir", lower) else "a"


def first_up(said: str) -> str:
    """The user's words with a capital first letter, the rest as they wrote them ("if I run", "Achilles"):
    ``str.capitalize`` lowers every other letter."""
    return said[:1].upper() + said[1:]


def topic_value(phrase: str) -> str:
    """A stable key for what a phrase names: its index terms joined (``"Peanuts"`` -> ``peanut``), without
    the reason said after it (``"burpees because of my back"`` -> ``burpe``, ``"beef for religious
    reasons"`` -> ``beef``)."""
    if is_chinese(phrase):  # the words themselves: search segmentation would add overlapping pieces
        return re.sub(r"\s+", "", phrase)[:120]
    phrase = _REASON.sub("", phrase) or phrase
    # (nor how long it has held: "drive any more since my eyesight got worse" -> drive)
    phrase = re.sub(r"\s+(?:any ?more|now|these days|nowadays|for now)\s*$", "", phrase, flags=re.I) or phrase
    return "_".join(index_terms(phrase))[:120] or phrase.strip().lower()[:120]


def health_fact(text: str, what: str) -> Candidate:
    """A fact about the user's health, in either language ("Has asthma", "膝盖不好"), keyed by what it is
    about (``health:asthma``, ``health:膝盖``)."""
    return Candidate(text, MemoryKind.FACT, f"health:{topic_value(what)}", importance=0.8)


def diet_fact(said: str) -> Candidate:
    """ "Is vegetarian": what the user eats, said as one of ``DIETS`` ("vegetarian", "lactose intolerant").
    How much of what animals they eat is one slot (``diet``: vegetarian, vegan, pescatarian; one replaces
    another); the others are diets of their own beside it (``diet:gluten_free``, ``diet:halal``): "I'm vegan
    and gluten-free" is both."""
    diet = DIETS[said.lower()]
    return Candidate(f"Is {diet}", MemoryKind.FACT, diet_topic(diet), importance=0.8)


MEATLESS = frozenset({"vegetarian", "vegan", "pescatarian", "素食", "吃素", "纯素"})
"""The diets of how much of what animals the user eats: one slot, the topic ``diet`` (``diet_topic``)."""


def diet_topic(diet: str) -> str:
    """The topic of a diet: ``diet`` for how much of what animals the user eats, ``diet:<name>`` for one that
    can go with it (gluten-free, halal, keto, 清真, 生酮 ...)."""
    return "diet" if diet.lower() in MEATLESS else f"diet:{topic_value(diet)}"


def fear_fact(text: str, what: str) -> Candidate:
    """What the user is afraid of, in either language ("Afraid of spiders", "怕高处"), keyed by it
    (``fear:spider``, ``fear:高处``)."""
    return Candidate(text, MemoryKind.FACT, f"fear:{topic_value(what)}", polarity=-1, importance=0.8)


def kept_from(text: str, category: str, what: str) -> Candidate:
    """A preference against ``what``, in either language ("Can't use harsh cleaning products", "不能用清洁剂",
    "少吃盐"): kept away from (``avoids``) or cut down on (``limits``), keyed by it
    (``avoids:harsh_clean_product``, ``limits:盐``)."""
    return Candidate(
        text, MemoryKind.PREFERENCE, f"{category}:{topic_value(what)}", polarity=-1, importance=0.8
    )


def sensitive_fact(text: str, what: str) -> Candidate:
    """What sets the user off or upsets their body, in either language ("Caffeine keeps me up", "晕车"),
    keyed by what does it (``sensitive:caffein``, ``sensitive:晕车``)."""
    return Candidate(text, MemoryKind.FACT, f"sensitive:{topic_value(what)}", polarity=-1, importance=0.8)
