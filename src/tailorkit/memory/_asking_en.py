"""English rules for what the user asks of the assistant itself: instructions on how to answer ("Always
answer in French", "Bullet points please", "please don't suggest calling") and "forget that ...".
``ASKING_EN`` is their (pattern, rule) pairs, tried first in ``memory._rules_en.EN_RULES``."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, first_up

__all__ = ["ASKING_EN"]

_TO_ANSWER = (
    r"answer|reply|respond|write|use|mention|suggest|recommend|call|talk|speak|keep|give(?! up)|include|show|"
    r"ask|say|tell|send|remind|bring up|add|list|format|explain|translate|put|offer|assume|spell|address|"
    r"refer|sign|end|start|correct|repeat|cite|quote|make|check|confirm|share|book|order|schedule|email|"
    r"text|round|convert|sugarcoat|lecture|judge|nag|pressure|curse|swear|lie|deliver|ship|dispatch|post|ring|"
    r"knock|phone|contact|message|"
    r"forget (?:that|I'm|I am|my)|be (?!afraid|scared|shy|sad|down|so hard|too hard)"
)
"""What an instruction to the assistant tells it to do or not: how to answer, what to bring up. "Don't
give up", "Don't let it get you down", "Never saw this coming" say nothing of the kind."""


_GOODS = (
    r"it|them|the (?:parcels?|package|packages|box|order|delivery|\w+)|parcels|packages|deliveries|"
    r"my (?:parcels?|packages?|orders?|deliveries|\w+)"
)
"""What is delivered ("it", "the parcel", "my sofa")."""
_BRING = r"bring|carry|take|deliver|put"
_BROUGHT = r"brought|carried|taken|delivered|put"


def _instruction(m: re.Match[str], sentence: str) -> Candidate | None:
    said = sentence.rstrip(".!")  # "..., so please don't suggest calling": a sentence of its own
    return Candidate(first_up(said), MemoryKind.INSTRUCTION, None, importance=0.8)


def _forget(m: re.Match[str], sentence: str) -> Candidate | None:
    # "the medication, I'd rather not have that stored": what is to go, not why
    what = re.split(
        r",\s*(?=(?:I|I'd|I'm|it|it's|that|that's|because|as|since|please|thanks)\b)", m.group("what")
    )[0]
    return Candidate(what.strip(" .!?"), action="forget")


_ANSWER_FORM = (
    r"your (?:answers?|replies|responses|steps|sources|facts|explanations?|reasoning|points)|answers|replies|"
    r"small talk|pleasantries|chit-?chat|emojis?|emoticons|slang|jargon|idioms|swear(?:ing|words?)?|"
    r"metric|imperial|celsius|fahrenheit|(?:24|12)-hour|british spelling|american spelling|sources|"
    r"references|citations|facts come from|the reasoning|the answer first|the bottom line|straight|bluntly|"
    r"to the point|like I'm|like I am|with me|rather than guess\w*|instead of guess\w*|before assuming|"
    r"things (?:simple|short|brief|clean)|it (?:short|simple|brief|clean|PG)|bullet points?|numbered"
)
"""What an imperative asks of every answer, not of this one ("your answers", "the small talk", "metric",
"the reasoning", "straight", "like I'm fifteen"): "Tell me a joke" asks for one answer."""
_MEASURES = (
    r"(?:distances|prices|costs|temperatures|times|weights|measurements|amounts|quantities|recipes|shoe sizes|sizes|"
    r"dates|money|figures|numbers|everything|heights)"
)
"""What a user asks to have given in their units ("distances", "prices", "everything")."""
_UNITS = (
    r"(?:the\s+)?(?:metric|imperial|kilomet(?:re|er)s|km|miles|grams|kilos|kilograms|ounces|cups|celsius|fahrenheit|"
    r"centimet(?:re|er)s|cm|feet|inches|stones?|euros?|pounds|sterling|dollars|[a-z]+ francs|francs|yen|yuan|rmb|rupees|"
    r"(?:[A-Z][a-z]+ ){1,2}time|(?:EU|UK|US|European|British|American) sizes?|(?:24|12)-hour(?: clock)?|my (?:local )?"
    r"(?:time|currency|units))"
)
_ANSWER_AS = (
    r"keep|use|explain|give|skip|write|tell|say|number|put|list|show|avoid|cut|drop|stick to|leave out|"
    r"talk|speak|answer|reply|respond|start|begin|end|get|spell|round|quote|cite|label|go easy on|"
    r"(?:don't|do not|never) bother with"
)


ASKING_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # how every answer is to be given, said as an imperative: "Keep your answers under a hundred words",
        # "Give me the answer first, then the reasoning", "Skip the small talk and get straight to it", "Write
        # times in the 24-hour clock", "Tell me where your facts come from", "Explain things to me like I'm
        # fifteen", "Use metric with me", "Say it straight, even if it's bad news", "..., so keep it clean",
        # "If you're not sure what I mean, ask me rather than guessing"
        re.compile(
            r"^(?:(?:and|also|oh|ok(?:ay)?)[,]?\s+)?(?:please\s+)?(?:just\s+|always\s+|only\s+)?"
            rf"(?:{_ANSWER_AS})\b(?=[^?]*\b(?:{_ANSWER_FORM})(?!\w))[^?]*$"
            r"|^[^?]*?,\s*so\s+(?:please\s+)?keep (?:it|things|your answers) (?:clean|PG|family[- ]friendly)\b[^?]*$"
            r"|^if (?:you're|you are|you aren't|you're ever) (?:not sure|unsure|in doubt)\b[^?]*?,\s*(?:please\s+)?"
            r"(?:just\s+)?(?:ask|check with) me\b[^?]*$",
            re.I,
        ),
        _instruction,
    ),
    (  # the units and money the user reckons in: "Give me distances in kilometres, miles confuse me",
        # "Prices in euros please", "Temperatures in Celsius for me, always", "I want everything converted to
        # Swiss francs"; not "Give me the price of a ticket in euros" (one answer)
        re.compile(
            rf"^(?:please\s+)?(?:always\s+)?(?:give me|put|show|write|quote|convert|list|keep)\s+(?:all\s+)?{_MEASURES}"
            rf"\s+(?:in|into|to)\s+{_UNITS}\b[^?]*$"
            rf"|^(?:all\s+)?{_MEASURES}\s+in\s+{_UNITS}\b(?:\s+(?:sizes?|time))?,?\s+(?:please|for me|always|thanks|"
            r"if you can|if possible)\b[^?]*$"
            rf"|^I(?:'d like| want| would like| need)\s+(?:all\s+)?{_MEASURES}\s+(?:converted|given|shown|quoted|put)\s+"
            rf"(?:in|into|to)\s+{_UNITS}\b[^?]*$",
            re.I,
        ),
        _instruction,
    ),
    (
        re.compile(
            # "Actually, could you please forget about the medication"
            r"^(?:(?:actually|oh|and|also|so|ok(?:ay)?|hey|wait|hmm|on second thought)[,.!]?\s+)*"
            r"(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:forget|delete|erase)\s+"
            r"(?:that\s+|about\s+|the fact that\s+)?(?P<what>.+)",
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
    (  # "Bullet points please", "Short answers, please", "Simple words please": how to answer
        re.compile(
            r"^(?:in\s+|with\s+)?(?:bullet points?|bullets|short (?:answers?|sentences)|simple (?:words|english|language)|"
            r"plain (?:english|language)|numbered steps|step[- ]by[- ]step|one (?:thing|step) at a time|"
            r"examples?|big(?:ger)? (?:font|print)|large print|no jargon)(?: only)?,?\s+please\b.*",
            re.I,
        ),
        _instruction,
    ),
    (
        re.compile(
            r"^please\s+(?:only\s+|just\s+|always\s+)?(?:answer|reply|respond|write|talk|speak|call me|use|keep|be)\b.*"
            # how to teach: "please explain things one step at a time", "please go slowly"
            r"|^please\s+(?:always\s+)?(?:explain(?: things| it| everything)?|go|take it|break (?:things|it) down|"
            r"walk me through things|show (?:me )?(?:the |your )?(?:working|steps))\b"
            r"(?=.*\b(?:slow(?:ly|er)?|step|simple|simply|short|brief|plain|examples?|pictures?|diagrams?|working|"
            r"steps|detail)\b).*"
            r"|^please\s+(?:(?:only|just|always)\s+(?:contact|email|text|message|reach|phone|ring) me\b|(?:contact|email|"
            r"text|message|reach|phone|ring) me (?:only|by|on|via|through|rather|instead)\b|(?:text|email|message|write)"
            r" (?:rather than|instead of) (?:call|phon|ring)).*",
            re.I,
        ),
        _instruction,
    ),
    (  # "I can't take calls during the day", "I'm not able to answer the phone at work": how to be reached
        re.compile(
            r"^I(?:\s+(?:can't|cannot|can not|won't be able to|don't|do not)|'m not able to|\s+am not able to|"
            r"'m unable to|\s+am unable to)\s+(?:really\s+|usually\s+|always\s+)?(?:take|answer|pick up|get to)\s+"
            r"(?:the\s+|my\s+|your\s+|any\s+)?(?:phone(?:\s+calls?)?|calls?)\b.*",
            re.I,
        ),
        _instruction,
    ),
    (  # "Please don't leave it on the doorstep", "Leave parcels with my neighbour at number 12": how to deliver
        re.compile(
            r"^(?:please\s+)?(?:(?:always|never|don't|do not|just|only)\s+)?(?:leave|deliver|drop(?: off)?|put)\s+"
            r"(?:it|them|the (?:parcels?|package|packages|box|order|delivery)|parcels|packages|deliveries|"
            r"my (?:parcels?|packages?|orders?|deliveries))\s+(?:on|at|in|with|by|behind|outside|inside|next to|"
            r"round|around|under)\b(?=[^?]*\b(?:doorstep|door|porch|step|neighbou?r|reception|concierge|gate|shed|"
            r"garage|safe place|mailbox|letterbox|letter box|parcel box|locker|bin|front desk|security|post ?room)s?\b).*"
            r"|^please\s+(?:ring|knock|call|buzz)\b[^?]*\b(?:deliver|arrive|arrival|bell|door|parcel|courier)\w*\b.*"
            # "I need it brought inside, not left at the door", "Please carry it upstairs"
            rf"|^(?:please\s+(?:{_BRING})|I(?:'ll)? need (?:{_GOODS}) (?:{_BROUGHT})|(?:it|they) (?:will )?"
            rf"(?:needs?|have|has) to be (?:{_BROUGHT}))\s+(?:(?:{_GOODS})\s+)?(?:inside|indoors|upstairs|downstairs|"
            r"up (?:to|the)|into (?:the |my |our )?(?:house|home|flat|hall(?:way)?|\w+ ?room|kitchen|garage|garden|"
            r"building|shed))\b[^?]*",
            re.I,
        ),
        _instruction,
    ),
    (  # "I hate it when people call me sweetie": how not to address the user ("Please don't call me mate" is
        # read above)
        re.compile(
            r"^I (?:really )?(?:hate|can't stand|cannot stand|don't like|do not like|dislike) (?:it )?when "
            r"(?:people|you|someone|anyone|they|strangers) (?:call|calls) me\b.+",
            re.I,
        ),
        _instruction,
    ),
    (  # "Deliveries only after 7pm please", "Please don't deliver before 10am", "Only deliver on weekends": when
        # to deliver
        re.compile(
            r"^(?:please\s+)?(?:(?:only|just|always|never|don't|do not)\s+)?(?:deliver|ship|drop off)"
            r"(?:\s+(?:it|them|my (?:orders?|parcels?|packages?)|parcels|packages))?\s+(?:only\s+)?"
            r"(?:after|before|between|from|on|at|in the|during)\b[^?]*"
            r"|^(?:(?:my|all|any)\s+)?(?:deliveries|parcels|packages)\s+(?:only\s+|should\s+(?:only\s+)?come\s+|"
            r"(?:can|must)\s+(?:only\s+)?come\s+)(?:after|before|between|from|on|at|in the|during)\b[^?]*",
            re.I,
        ),
        _instruction,
    ),
    (  # "Please send everything to my new address from the 28th", "Deliver my orders to my work address",
        # "please deliver to 3 Park Lane from now on": where to deliver
        re.compile(
            r"^(?:please\s+)?(?:(?:always|only|just|now)\s+)?(?:send|deliver|ship|post|forward)\s+"
            r"(?:it|them|everything|anything|all (?:my )?(?:orders|parcels|post)|(?:my|the) (?:orders?|parcels?|"
            r"packages?|deliveries|post|mail))\s+to\s+(?:my|our|the)\s+(?:[\w'-]+\s+){0,2}?"
            r"(?:address|house|home|flat|work|office|workplace|place)\b[^?]*"
            # "please deliver to 3 Park Lane from now on", "please send future orders there"
            r"|^(?:please\s+)?(?:(?:always|only|just|now)\s+)?(?:send|deliver|ship|post|forward)\s+"
            r"(?:(?:it|them|everything|anything|(?:future|all|any|my|the|new)\s+(?:orders?|parcels?|packages?|"
            r"deliveries|post|mail))\s+)?(?:to\s+\d+[a-z]?\s+\w+|there\b|here\b)[^?]*",
            re.I,
        ),
        _instruction,
    ),
    (  # "Only contact me by email", "Email only, please", "Text me rather than calling": how to be reached
        re.compile(
            r"^(?:(?:only|just)\s+)?(?:contact|reach|email|text|message|phone|ring)\s+me\s+(?:by|on|via|at|through|"
            r"only|rather|instead|in)\b.*|^(?:by\s+)?(?:e-?mail|text|phone|post|letter|whatsapp)"
            # "Text or email only please"
            r"(?:\s+(?:or|and)\s+(?:e-?mail|text|phone|post|letter|whatsapp))?(?: only)?,?\s+(?:only|please)\b.*",
            re.I,
        ),
        _instruction,
    ),
]
