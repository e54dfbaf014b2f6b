"""What an answer should not say, whatever the catalogue holds: a refusal to recommend while items were
given (``refuses``), an apology or a question back above the picks (``apologises``), a claim that picks
made for this user are popular (``claims_popularity``), words of the model's own that say nothing
(``says_nothing``) or speak as the user or for the shop. What goes against what the user told is
``_aversions``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from tailorkit.text import index_terms, is_chinese

__all__ = [
    "agrees_with_nothing",
    "answers_yes_or_no",
    "apologises",
    "cites_authority",
    "claims_popularity",
    "complains",
    "echoes_its_role",
    "invents_a_venue",
    "invents_an_age",
    "names_of",
    "owns_a_confusion",
    "refuses",
    "says_nothing",
    "speaks_as",
    "speaks_for_the_shop",
    "unconnected",
]


_REFUSAL_EN = re.compile(
    r"\b(?:I(?:'m| am)\s+(?:(?:so\s+)?sorry,?\s+but\s+I\s+)?(?:unable|not able|not designed)"
    r"|I\s+(?:can(?:'|no|’)t|cannot|do(?:n't| not)\s+have\s+(?:access|the ability|any information|"
    r"personal))|as an ai\b|I(?:'m| am) (?:just )?(?:an?|your) (?:[\w-]+ ){0,2}?ai\b"
    r"|I(?:'m| am) not (?:able|allowed|programmed|equipped|in a position|set up|capable)"
    # "I'm here to provide support and guidance, not to provide advice on how to ..."
    r"|\bnot to (?:provide|give|offer) (?:any |you )?(?:advice|recommendations|suggestions|tips|guidance)\b"
    # "I'm not here to make dietary advice, but ..."
    r"|I(?:'m| am) not here to (?:make|give|provide|offer) (?:any |you )?(?:[\w-]+ )?"
    r"(?:advice|recommendations)\b"
    r"|I(?:'m| am) not (?:a|an|your) (?:[\w-]+ ){0,3}?(?:guide|expert|assistant|service|recommender|"
    r"advisor|adviser|critic|person|human|doctor|professional|dietitian|dietician|nutritionist|therapist|"
    r"trainer|counsell?or|lawyer|coach|tutor|teacher|agent)\b)",
    re.IGNORECASE,
)
_REFUSAL_ZH = re.compile(
    r"(?:无法|不能|没办法|不可以|做不到)(?:为你|给你|为您|给您|直接)?(?:推荐|提供|访问|获取)|作为(?:一个)?(?:AI|人工智能)"
)


_SORRY = r"(?:(?:I'm|I am|I’m)\s+)?(?:so\s+|very\s+)?sorry|抱歉|对不起|不好意思"
_ONLY_SORRY = re.compile(rf"^[\W_]*(?:(?:{_SORRY})[\W_]*)+$", re.IGNORECASE)
"""An apology with nothing after it ("I'm sorry, I'm sorry,"): a lead-in that says nothing."""


_APOLOGY = re.compile(
    rf"\b{_SORRY}\b|\bapologi[sz]e|\bmisunderstanding\b|抱歉|对不起|不好意思", re.IGNORECASE
)


_ASKS_BACK = re.compile(
    r"\b(?:not sure (?:what|which)|(?:please|could you|can you(?: please)?) "
    r"(?:specify|clarify|be more specific)|(?:what|which) [\w ]{0,20}you(?:'re| are) referring to)\b"
    r"|请(?:具体)?说明|你指的是哪",
    re.IGNORECASE,
)


def apologises(sentence: str) -> bool:
    """Whether ``sentence`` apologises ("I'm sorry for any misunderstanding") or asks what was meant ("I'm
    not sure what film you're referring to. Can you please specify?"): nothing to say before the picks a
    message asked for."""
    return bool(_APOLOGY.search(sentence) or _ASKS_BACK.search(sentence))


_CONFUSION = re.compile(
    r"\b(?:sorry|apologi[sz]e)\b[^.!?]{0,20}\b(?:misunderstanding|confusion|mix-?up|error)\b|造成的?(?:误解|困惑)",
    re.IGNORECASE,
)


_COMPLAINT = re.compile(
    r"\b(?:not what I (?:asked|meant|said|wanted)|that's wrong|that is wrong|wrong (?:answer|one)|I meant|"
    r"I didn't (?:ask|say|mean)|you misunderst\w*|confus\w*|doesn't make sense|makes no sense)\b"
    r"|不对|错了|我的意思是|我不是说|我没(?:问|说)|看不懂|没听懂|搞错",
    re.IGNORECASE,
)


def complains(message: str) -> bool:
    """Whether the user's ``message`` says the assistant got something wrong ("That's not what I asked"):
    only then has an apology for a confusion something to apologise for."""
    return bool(_COMPLAINT.search(message))


def owns_a_confusion(sentence: str) -> bool:
    """Whether ``sentence`` apologises for a misunderstanding or a confusion ("I'm sorry for the
    misunderstanding."): said before any answer of the assistant's, it apologises for nothing."""
    return bool(_CONFUSION.search(sentence))


_INTRODUCES = re.compile(
    r"\b(?:I'm|I am|I’m|my name is|my name's|call me|this is)\s+(?P<name>[A-Z][\w'-]{1,20})\b"
    r"|我叫(?P<zh>[\u4e00-\u9fff]{2,4})"
)
"""How the user, or an answer, says whose words these are ("Hi, I'm Alex", "我叫小雨")."""
_NOT_A_NAME = frozenset({"A", "An", "The", "So", "Not", "Just", "Here", "Sure", "Sorry", "Glad", "Happy"})


def names_of(said: Iterable[str], memories: Iterable[dict[str, Any]]) -> set[str]:
    """The user's name: as a memory holds it ("Name is Alex", "名字是小雨") or as their messages said it."""
    names = set()
    for memory in memories:
        if memory.get("topic") == "name":
            text = str(memory.get("text") or "")
            names.add(text.removeprefix("Name is ").removeprefix("名字是").strip())
    for message in said:
        for m in _INTRODUCES.finditer(message):
            names.add(m.group("name") or m.group("zh"))
    return {n for n in names if n and n not in _NOT_A_NAME}


_CALLS_ITSELF = re.compile(
    r"\b(?:[Mm]y name is|[Mm]y name's|[Cc]all me)\s+(?P<name>[A-Z][\w'-]{1,20})"
    r"|\bI(?:'m| am)\s+(?P<also>[A-Z][a-z-]{1,20}(?: [A-Z][a-z-]{1,20})?)"
    r"(?=\s*(?:[,.!]|$|and\b|your\b|here\b))"
    r"|我(?:叫|的名字是)(?P<zh>[\u4e00-\u9fff]{1,4}?)(?=[，。！,.!]|$)"
)
"""How an answer gives the assistant a name ("My name is Sarah.", "I'm Sarah, your baking buddy")."""
_NAMED_AS = re.compile(
    r"\b(?:You are|You're|Your name is|You are called)\s+(?P<name>[A-Z][\w'-]{1,20})\b"
    r"|你(?:叫|的名字是|是)(?P<zh>[\u4e00-\u9fff]{1,4}?)(?=[，。！,.!]|$)"
)
"""How a client's system prompt names its assistant ("You are Penny, the friendly assistant of ...")."""


def own_name(instructions: str) -> str | None:
    """The assistant's name, as a client's system prompt gives it ("You are Penny, ..."), if it does."""
    m = _NAMED_AS.search(instructions)
    name = (m.group("name") or m.group("zh")) if m else None
    return name if name and name not in _NOT_A_NAME else None


_ASKS_WHO = re.compile(
    r"^\W*(?:(?:and|so|sorry|hi|hey|ok(?:ay)?|by the way)[,!]?\s+)*(?:what(?:'s| is) your name|who are you|"
    r"who am I (?:talking|speaking|chatting) (?:to|with)|what (?:should|do|can) I call you|"
    r"what are you called)\b"
    # what may follow it ("..., by the way?", "... exactly?"), not a second request ("What's your name, and
    # can you suggest a cosy mystery?" was answered with the name alone)
    r"(?:[,\s]+(?:by the way|btw|then|again|exactly|actually|please|now|right now|here|there|friend|mate))*"
    r"[\s?!.]*$"
    r"|^\W*(?:请问)?(?:你叫什么(?:名字)?|你是谁|你的名字是什么|怎么称呼你)(?:呀|啊|呢|来着)?[\s?？!！。~～]*$",
    re.IGNORECASE,
)
"""A message asking the assistant who it is, and nothing else ("What's your name, by the way?",
"你叫什么名字？")."""


def introduction(message: str, instructions: str) -> str | None:
    """The assistant's answer to a message asking who it is, from the system prompt's first sentence
    ("You are Penny, the friendly assistant of a bakery app." -> "I'm Penny, the friendly assistant of a
    bakery app."; "你是一位乐于助人的私人助理。" -> "我是一位乐于助人的私人助理。"), or the name it gives;
    None when the message asks no such thing or the prompt says not."""
    if not _ASKS_WHO.search(message.strip()):
        return None
    first = re.split(r"(?<=[.!?。！？])\s*", instructions.strip(), maxsplit=1)[0].strip()
    m = re.match(r"(?:You are called|You are|You're|Your name is)\s+(?P<en>.+)|你(?:叫|是)(?P<zh>.+)", first)
    if m is None or len(first) > 160 or "\n" in first:  # a brief that says who it is further on, or not
        name = own_name(instructions)
        return (f"我是{name}。" if is_chinese(name) else f"I'm {name}.") if name else None
    if m.group("zh"):
        return f"我是{m.group('zh').rstrip('。！!.')}。"
    return f"I'm {m.group('en').rstrip('.!')}."


def _named_in(name: str, given: str) -> bool:
    """Whether ``given`` (what the model was given) says ``name`` as a word of its own."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", given) is not None


def invented_name(sentence: str, given: str) -> str | None:
    """The name an answer's sentence gives the assistant that nothing the model was given says ("My name is
    Sarah." to a client whose system prompt says "You are Penny"), if it does."""
    for m in _CALLS_ITSELF.finditer(sentence):
        name = m.group("name") or m.group("also") or m.group("zh")
        if name and name not in _NOT_A_NAME and not _named_in(name, given):
            return name
    return None


_VENUES = (
    r"Hotels?|Inns?|Hostels?|Restaurants?|Bistros?|Caf[eé]s?|Bars?|Pubs?|Lodges?|Resorts?|Spas?|Villas?|"
    r"Guest ?houses?|B&Bs?|Suites|Grill|Brasserie|Tavern|Diner|Clinic|Gym|Apartments"
)
_A_VENUE = r"(?:hotel|inn|hostel|restaurant|bistro|caf[eé]|bar|pub|lodge|resort|spa|guest ?house|b&b)s?\b"
_NAME = r"(?-i:[A-Z])[\w'&-]+"
_VENUE_NAMED = re.compile(
    # "The Royal Albert Hotel", "Hotel Miramar"
    rf"\b(?P<name>(?:(?-i:[A-Z])[\w'&-]*\s+){{1,4}}(?-i:{_VENUES}))\b"
    rf"|\b(?-i:{_VENUES})\s+(?P<after>{_NAME}(?:\s+{_NAME}){{0,2}})"
    # "Easterbreeze, a luxury hotel in the UK", "The Palace of Westminster in London, which is a luxury hotel"
    rf"|^\W*(?P<lead>{_NAME}(?:\s+(?:of\s+|the\s+)?{_NAME}){{0,4}})(?:\s+in\s+{_NAME})?,\s+"
    rf"(?:which\s+is\s+|is\s+)?an?\s+(?:[\w-]+\s+){{0,3}}{_A_VENUE}"
    # "a 5-star hotel like the Baccarat or the Red Diamond"
    rf"|\b{_A_VENUE}[^.!?]{{0,40}}?\b(?:such as|like|including|called|named)\s+(?:the\s+)?"
    rf"(?P<eg>{_NAME}(?:\s+{_NAME}){{0,3}})",
    re.IGNORECASE,
)
"""A place of business an answer names ("The Royal Albert Hotel in Edinburgh", "Easterbreeze, a luxury hotel
in the UK")."""


_NOT_NAMES = frozenset(
    {"I", "I'm", "I've", "I'd", "I'll", "Mr", "Mrs", "Ms", "Dr", "UK", "US", "USA", "EU",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)  # fmt: skip
"""Capitalised words that name no place of business."""


def invents_a_venue(sentence: str, given: str) -> bool:
    """Whether an answer's sentence names a hotel, a restaurant or another place of business that nothing the
    model was given names (a small model's list of hotels for a weekend in Edinburgh: "Easterbreeze, a luxury
    hotel in the UK", "The Royal Albert Hotel in Edinburgh, ... a private beachfront villa")."""
    for m in _VENUE_NAMED.finditer(sentence):
        name = re.sub(
            r"^(?:The|A|An|Our|Your|This|That|Some|Any|Many|Most)\s+",
            "",
            m.group("name") or m.group("after") or m.group("lead") or m.group("eg") or "",
        )
        words = [w for w in re.findall(r"[A-Z][\w'&-]+", name) if not re.fullmatch(_VENUES, w, re.I)]
        if words and not all(_named_in(w, given) for w in words):
            return True
    # ... or any other name, in a sentence about one ("Another option is a Boulton & Saville's, a
    # Michelin-starred restaurant")
    if re.search(_A_VENUE, sentence, re.I):
        rest = re.sub(r"^\W*\S+", "", sentence)  # (not the word a sentence starts with)
        # ("Saville's": the name without its possessive; "Paris" keeps its s)
        names = {re.sub(r"'s?$", "", w) for w in re.findall(r"(?<![\w-])[A-Z][\w'&-]*", rest)}
        return any(w not in _NOT_NAMES and not _named_in(w, given) for w in names if w)
    return False


_OWN_AGE = re.compile(
    r"^\W*(?:(?:so|well|ok|okay),?\s+)?I(?:'m| am)\s+(?:now\s+)?\d{1,3}(?:\s+years\s+old)?\b"
    r"(?!\s*(?:%|percent|times|minutes|mins|hours|km|miles|kg|pounds|lbs))"
    r"|^\W*我(?:今年|已经|都)?[\d一二三四五六七八九十]{1,3}岁",
    re.IGNORECASE,
)
"""An answer's sentence giving the speaker an age ("I'm 45 and I'm about to embark on a new adventure"):
an assistant has none; the model is speaking as the user."""


def speaks_as(sentence: str, names: set[str]) -> bool:
    """Whether an answer's sentence says it is the user ("Hello! I'm Alex, and I'm glad ...", to Alex) or
    gives itself an age (the user's: "I'm 45 and I'm about to embark on a new adventure")."""
    return (
        any((m.group("name") or m.group("zh")) in names for m in _INTRODUCES.finditer(sentence))
        or any(f"我是{n}" in sentence for n in names if is_chinese(n))
        or bool(_OWN_AGE.search(sentence))
    )


_AGE_OF = re.compile(
    r"\b(\d{1,3})[- ](?:years?|yrs?)[- ]old\b"
    r"|\byou(?:'re| are)\s+(\d{1,3})\b(?!\s*(?:%|times|kg|lb|pounds|min))"
    r"|(?<![\d.])(\d{1,3})\s*岁",
    re.IGNORECASE,
)
"""An age an answer gives someone ("a 28-year-old woman", "aged 35", "你今年28岁")."""


def invents_an_age(sentence: str, known: str) -> bool:
    """Whether an answer's sentence gives an age that nothing the model was given says (``known``: its
    prompt and the user's messages): a small model making up who the user is ("A plan for a 28-year-old
    woman with diabetes", to a man of 52)."""
    ages = {a for m in _AGE_OF.finditer(sentence) for a in m.groups() if a}
    return bool(ages) and not ages <= set(re.findall(r"\d+", known))


_VERDICT = re.compile(
    r"^\W*(?:(?:the (?:short |simple |quick )?answer is|in short,?|simply put,?)\s+)?"
    r"(?:yes|no|yep|nope|of course|absolutely not|absolutely)\b"
    r"|^\W*(?:是的|对的|可以的?|不可以|不能|不行|当然)",
    re.IGNORECASE,
)


_SHOP_SAYS = re.compile(
    r"^\W*(?:(?:yes|no|sure|of course|unfortunately|sorry),?\s+)?we(?:'re|'ll| are| will| can| can't| cannot|"
    r" don't| do not| do| have| offer| deliver| ship| usually| always| never)\b"
    r"|^\W*(?:是的|可以|不行|抱歉)?[，,]?我们(?:会|可以|不能|不会|将|已经|一般|通常|没有)"
    # how long the shop's deliveries and refunds take: "Please note that shipping and delivery can take up to
    # 24 hours to show the first scan."
    r"|\b(?:shipping|delivery|deliveries|dispatch|refunds?|returns?|orders?|tracking|exchanges?)\b"
    r"[^.!?]{0,40}?\b(?:can take|takes?|will take|usually takes?|normally takes?|arrives?|ships?|"
    r"is processed|are processed)\b"
    r"[^.!?]{0,30}?\b(?:\d+|one|two|three|four|five|seven|ten|fourteen|thirty|a few)\s*(?:-\s*\d+\s*)?"
    r"(?:hours?|days?|weeks?|business days?|working days?)\b"
    # a rule of use made up for what was quoted: "Please do not use this information unless ..."
    r"|\b(?:do not|don't|avoid|never) (?:use|using|share|sharing|rely on|relying on) this information\b",
    re.IGNORECASE,
)


def speaks_for_the_shop(sentence: str) -> bool:
    """Whether an answer's sentence says what the shop does or will do ("We're planning to deliver it
    tomorrow.", "We don't deliver on Tuesdays", "我们可以周六送货"), how long its deliveries and refunds take
    ("shipping can take up to 24 hours to show the first scan"), or a rule of use for what it said ("Please do
    not use this information unless ..."): with no page of the shop's to say so, a small model's invention."""
    return bool(_SHOP_SAYS.search(sentence))


def answers_yes_or_no(sentence: str) -> bool:
    """Whether ``sentence`` answers yes or no itself ("Yes, I do offer price matching.", "No, you cannot
    change your delivery address"): above quotes that say neither, a small model's guess. The quote
    answers."""
    return bool(_VERDICT.search(sentence))


_CONNECTIVE = re.compile(
    r"^(\s*)(?:however|but|that said|nevertheless|nonetheless|still|also|additionally|furthermore|moreover|"
    r"in addition|on the other hand|that being said|even so),?\s+(?=\w)",
    re.IGNORECASE,
)
"""A word that goes on from something said before ("However, I can provide general advice ...")."""


_AGREES = re.compile(
    r"^\W*(?:(?:you(?:'re| are)|that(?:'s| is)) (?:absolutely |quite |so |totally |completely |100% )?"
    r"(?:right|correct)|exactly|good point|great point)\b|^\W*(?:你说得(?:对|没错)|说得对|没错)",
    re.IGNORECASE,
)
"""An answer's sentence that agrees with the user ("You're right, it's not just about the time ...")."""


def agrees_with_nothing(sentence: str, message: str) -> bool:
    """Whether ``sentence`` agrees with a message that asserted nothing to agree with: a question ("How can I
    fit exercise around my shifts?" got "You're right, it's not just about ...")."""
    return bool(_AGREES.match(sentence)) and message.rstrip().endswith(("?", "？"))


def unconnected(line: str) -> str:
    """The first line of a free answer without a word going on from something before it: what it went on
    from was left out, or the model never said it ("However, I can provide general advice" opened an
    answer when the sentence before it was a self-description left out)."""
    if not (m := _CONNECTIVE.match(line)):
        return line
    rest = line[m.end() :]
    return m.group(1) + rest[:1].upper() + rest[1:]


def refuses(sentence: str) -> bool:
    """Whether ``sentence`` declines to help ("I'm unable to provide personalized recommendations",
    "I don't have access to your ...", "我无法为你推荐"): false while items were given to recommend."""
    return bool(
        _REFUSAL_EN.search(sentence) or _REFUSAL_ZH.search(sentence) or _ONLY_SORRY.match(sentence.strip())
    )


_EMPTY_OFFER = re.compile(
    r"^(?:(?:but|however|that said|sure|of course|absolutely|okay|ok|yes),?\s+)?"
    r"(?:I(?:'m| am) (?:always |just )?here to (?:help|assist)(?: you)?"
    r"(?: (?:with|if|whenever) (?:any|anything|you|possible|that|this|it)\b[^.!?]*)?"
    # "..., but I'm not a substitute for medical advice"
    r"(?:,? but I(?:'m| am) not (?:a substitute for|a replacement for|able to (?:give|provide))\b[^.!?]*)?"
    # "I can certainly assist you with any other questions you have"
    r"|I can (?:certainly |definitely |also |still |always )?(?:help|assist)(?: you)? with "
    r"(?:any (?:other |further |more )?(?:questions?|queries|concerns)|anything else)\b[^.!?]*"
    # "If you need help with a specific software, I can certainly help with that too"
    r"|if you need (?:any )?(?:help|assistance|anything)\b[^,.!?]{0,60},\s*"
    r"(?:I can (?:certainly |definitely |also )?(?:help|assist)(?: you)?(?: with (?:that|it|those))?"
    r"(?: too| as well)?|I(?:'m| am) (?:always |just )?here to (?:help|assist)(?: you)?)"
    r"|(?:please\s+)?(?:feel free to|don't hesitate to) (?:ask|reach out|let me know|contact)\b[^.!?]*"
    r"|if you[^,.!?]{0,80},\s*(?:please\s+)?(?:(?:feel free to|don't hesitate to) (?:ask|reach out|contact|"
    r"get in touch)|let me know)\b[^.!?]*)[.!]?$"
    # what the model says of itself: "I'm designed to handle sensitive information", "I'm available 24/7"
    r"|^I(?:'m| am) (?:designed|programmed|built|trained) to\b[^.!?]*[.!]?$"
    r"|^I(?:'m| am) available (?:24/7|around the clock|any ?time|at any time)\b[^.!?]*[.!]?$"
    # "If you need help with a particular issue, you should consult a professional.": sent away, unasked
    r"|^(?:if you[^,.!?]{0,80},\s*)?(?:you (?:should|may want to|might want to)|please"
    r"|I (?:would )?(?:recommend|suggest)(?: that)?(?: you)?) "
    r"(?:consult|see|speak to|talk to|contact|reach out to) (?:a|an) "
    r"(?:qualified |relevant |local |healthcare |health care |health |medical )?"
    r"(?:professional|expert|specialist)s?[.!]?$"
    # the model speaking as the one helped: "I'm glad you're here to help me with my questions"
    r"|\byou(?:'re| are) here to (?:help|assist) me\b|\b(?:help|assist) me with my (?:questions?|queries)\b"
    # "If you have any specific questions ..., you can ask a professional or a tutor."
    r"|^(?:if you[^,.!?]{0,80},\s*)?you (?:can|could) (?:always )?(?:ask|consult|see|contact) (?:a|an) "
    r"(?:professional|expert|specialist|tutor|teacher|doctor)(?: or (?:a|an) \w+)?[.!]?$"
    # "I'm a helpful assistant.", "I'm an AI language model." said alone
    r"|^I(?:'m| am) (?:just )?(?:a|an|your) (?:\w+ ){0,3}(?:assistant|AI|language model|chatbot|bot)[.!]?$"
    r"|^(?:如有|如果有)(?:任何)?(?:其他)?(?:问题|需要)[^。！]*?(?:随时|欢迎)",
    re.IGNORECASE,
)
"""A sentence that only offers help ("I'm here to assist you with any questions", "If you need anything,
feel free to ask"): it answers nothing."""
_CONDOLENCE = re.compile(
    r"sorry for your loss|my (?:deepest |sincere )?condolences"  # nobody died
    r"|节哀",
    re.IGNORECASE,
)
_LOSS = re.compile(
    r"\b(?:died|dies|passed away|passed on|funeral|death|lost (?:my|our)|bereave\w*|miscarriage)\b"
    r"|去世|走了|葬礼|过世",
    re.IGNORECASE,
)


_HEARD = re.compile(
    r"\b(?:glad|happy|great|good|nice|pleased|excited|thrilled) to (?:hear|know|see|learn) "
    r"(?:that )?(?P<what>[^.!?]+)"
    # "I'm glad you're enjoying your dinner tonight" to "What should I cook for dinner tonight?"
    r"|\bI(?:'m| am) (?:so |really |very )?(?:glad|happy|pleased|thrilled) (?:that )?you(?:'re| are) "
    r"(?P<you>[^.!?]+)"
    r"|(?:很高兴|真高兴|听说|得知)(?:听到|知道|看到)?你(?P<zh>[^，。！？；,.!?;]+)",
    re.IGNORECASE,
)
_HEARD_ANYWAY = frozenset(index_terms("you you're your are is have has been that it this so much really all"))
"""Words said of any news: none of them tells what it was."""


def tells_unsaid(sentence: str, said: Iterable[str]) -> bool:
    """Whether ``sentence`` is glad to hear what no message of the user's said ("I'm glad to hear that you're
    enjoying your vacation" to "Could we meet on Wednesday at 3:30?"): a small model's invention of the
    user's news (sorry to hear of a trouble is often the trouble in other words: "finding this hard")."""
    heard = _HEARD.search(sentence)
    if not heard:
        return False
    what = heard.group("what") or heard.group("zh") or ""
    if is_chinese(what):
        told = "".join(said)
        return not any(what[i : i + 2] in told for i in range(len(what) - 1))
    told_words = {t for s in said for t in index_terms(s)}
    if heard.group("you"):  # what the user is glad of or doing must be what they said ("enjoying", "happy")
        doing = [t for t in index_terms(heard.group("you")) if t not in _HEARD_ANYWAY]
        return bool(doing) and doing[0] not in told_words
    words = set(index_terms(what)) - _HEARD_ANYWAY
    return bool(words) and not words & told_words


_YOU_STATE = re.compile(r"^\W*you(?:'re|’re| are) (?P<what>[^,;:.!?]{1,40})[.!]?\s*$", re.IGNORECASE)
_STOCK = frozenset(
    index_terms(
        "right welcome good great well doing track alone all set ready sure free able capable amazing "
        "awesome strong brave not so very really hands safe way lucky absolutely correct totally here "
        "go going"
    )
)
"""Words of what is said to anyone ("You're on the right track!", "You're very welcome", "You're not
alone")."""


def judges_unsaid(sentence: str, said: Iterable[str]) -> bool:
    """Whether ``sentence`` is a short verdict on the user in words none of their messages used ("You're a
    little late." to "What should my long run be this Sunday?"): a small model's invention of their state
    (not one that says back what they told, "You're training for a half marathon", nor stock encouragement,
    "You're on the right track!")."""
    said_of = _YOU_STATE.match(sentence)
    if not said_of:
        return False
    words = set(index_terms(said_of.group("what"))) - _STOCK - _HEARD_ANYWAY
    told_words = {t for s in said for t in index_terms(s)}
    return bool(words) and not words & told_words


_YOU_ARE = re.compile(r"^\W*(?:you(?:'re|’re| are)|I(?:'m|’m| am)|你是|我是)", re.IGNORECASE)


def echoes_its_role(sentence: str, role: str) -> bool:
    """Whether a small model's ``sentence`` says back what its instructions (``role``, the template's "You
    are a supportive health coach for everyday habits ...") say the assistant is, to the user or of itself:
    "You're a health coach for everyday habits.", "I'm a health coach for everyday habits." (not "You're a
    teacher, so start with fractions": three of its four words are not the role's; nor "I'm a health coach,
    and I'm always happy to help")."""
    if not _YOU_ARE.match(sentence):
        return False
    said = set(index_terms(sentence)) - set(index_terms("you you're are i i'm am"))
    return len(said) >= 2 and len(said & set(index_terms(role))) >= 0.75 * len(said)


_HAPPY_TO = re.compile(
    r"^(?:(?:sure|of course|absolutely|okay|ok|yes|certainly),?\s+)?I(?:'d| would|'m| am) (?:be )?"
    r"(?:more than |very |really |so |always )?(?:happy|glad|delighted|pleased) to "
    r"(?:help|assist|suggest|recommend|provide|give|offer|share|find|come up with)(?: you)?\b"
    r"(?P<rest>[^.!?:]*)[.!]?$",
    re.I,
)
"""An offer that says only what it would do ("Sure, I'd be happy to suggest a healthy snack for work.", "I'm
more than happy to assist you"): empty where the rest of it is the user's own words."""


_SORRY_TO_HEAR = re.compile(
    r"^(?:oh,?\s+)?I(?:'m| am) (?:so |very |really |truly )?sorry to hear "
    r"(?:that|this|about (?:that|this|it))[.!]?$",
    re.I,
)
"""Sympathy and nothing else ("I'm sorry to hear that."): out of place as the answer to a question ("What
should my long run be this Sunday?", asked after telling of shin splints)."""


def _sympathy_for_a_question(sentence: str, said: list[str]) -> bool:
    return (
        bool(said)
        and said[-1].rstrip().endswith(("?", "？"))
        and bool(_SORRY_TO_HEAR.match(sentence.strip()))
    )


def _offers_only(sentence: str, said: list[str]) -> bool:
    offer = _HAPPY_TO.match(sentence.strip())
    if offer is None:
        return False
    asked = {t for s in said for t in index_terms(s)}
    return set(index_terms(offer.group("rest"))) <= asked | {"you", "with", "that", "this", "some", "idea"}


def says_nothing(sentence: str, said: Iterable[str]) -> bool:
    """Whether a small model's ``sentence`` answers nothing the user ``said``: a refusal, a bare offer of
    help, condolences for a loss no message told of ("I'm sorry for your loss" to "Should we go to the
    Christmas market?"), gladness at news nobody told (``tells_unsaid``) or a verdict on the user in words
    they never used (``judges_unsaid``)."""
    said = list(said)
    if (
        refuses(sentence)
        or _EMPTY_OFFER.search(sentence.strip())
        or _offers_only(sentence, said)
        or _sympathy_for_a_question(sentence, said)
        or tells_unsaid(sentence, said)
        or judges_unsaid(sentence, said)
    ):
        return True
    return bool(_CONDOLENCE.search(sentence)) and not any(_LOSS.search(s) for s in said)


_AUTHORITY = re.compile(
    r"\b(?:the )?(?:World Health Organi[sz]ation|WHO|CDC|NHS|NICE|FDA|USDA|AHA|ACOG|Mayo Clinic"
    r"|American (?:\w+ ){1,3}(?:Association|College|Society|Academy)|Centers for Disease Control)\b"
    r"|\b(?i:(?:experts?|doctors|studies|research(?:ers)?|scientists|guidelines) "
    r"(?:recommend|suggest|say|show|found|have shown|advise|agree)\b"
    r"|according to (?:the |a |recent )?(?:experts?|studies|research|guidelines|WHO|CDC|NHS)\b)"
    r"|世界卫生组织|世卫组织|研究(?:表明|显示|发现)|专家(?:建议|认为|推荐)",
)
"""An appeal to an authority ("The World Health Organization recommends ...", "Studies show ...")."""


def cites_authority(sentence: str) -> bool:
    """Whether ``sentence`` rests on what an authority or research says ("The World Health Organization (WHO)
    recommends that pregnant women only swim for 2.5 hours per day"): from a small model with no passage
    quoted, the authority's word is made up."""
    return bool(_AUTHORITY.search(sentence))


_POPULAR = re.compile(
    r"\b(?:popular|trending|best[- ]?sell\w*|most[- ](?:watched|viewed|played|read)|top[- ]rated|"
    r"all[- ]time)\b"
    r"|热门|最受欢迎|畅销|最火|排行",
    re.IGNORECASE,
)


def claims_popularity(sentence: str, items: Iterable[dict[str, Any]]) -> bool:
    """Whether ``sentence`` calls the given items popular ("Here's a list of some popular ones") while the
    recommender chose them for this user (an item given with a reason of the user's own): a claim about
    the items the data does not make."""
    return bool(_POPULAR.search(sentence)) and any(r.get("because") for r in items)
