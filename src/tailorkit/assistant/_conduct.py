"""What an answer should not say, whatever the catalogue holds: a refusal to recommend while items were
given (``refuses``), an apology or a question back above the picks (``apologises``), a claim that picks
made for this user are popular (``claims_popularity``), and a suggestion of what the user said they keep
away from, or what their diet leaves out (``aversions``, ``goes_against``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from tailorkit.text import index_terms, is_chinese

__all__ = [
    "answers_yes_or_no",
    "apologises",
    "aversions",
    "claims_popularity",
    "complains",
    "for_the_household",
    "goes_against",
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
    r"|I(?:'m| am) not (?:able|allowed|programmed)"
    # "I'm here to provide support and guidance, not to provide advice on how to ..."
    r"|\bnot to (?:provide|give|offer) (?:any |you )?(?:advice|recommendations|suggestions|tips|guidance)\b"
    r"|I(?:'m| am) not (?:a|an|your) (?:[\w-]+ ){0,3}?(?:guide|expert|assistant|service|recommender|"
    r"advisor|adviser|critic|person|human|doctor|professional)\b)",
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
    r"^\W*(?:yes|no|yep|nope|of course|absolutely not|absolutely)\b"
    r"|^\W*(?:是的|对的|可以的?|不可以|不能|不行|当然)",
    re.IGNORECASE,
)


_SHOP_SAYS = re.compile(
    r"^\W*(?:(?:yes|no|sure|of course|unfortunately|sorry),?\s+)?we(?:'re|'ll| are| will| can| can't| cannot|"
    r" don't| do not| do| have| offer| deliver| ship| usually| always| never)\b"
    r"|^\W*(?:是的|可以|不行|抱歉)?[，,]?我们(?:会|可以|不能|不会|将|已经|一般|通常|没有)",
    re.IGNORECASE,
)


def speaks_for_the_shop(sentence: str) -> bool:
    """Whether an answer's sentence says what the shop does or will do ("We're planning to deliver it
    tomorrow.", "We don't deliver on Tuesdays", "我们可以周六送货"): with no page of the shop's to say so, a
    small model's invention."""
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
    r"(?: (?:with|if|whenever) (?:any|anything|you|possible)\b[^.!?]*)?"
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
    r"(?:qualified |relevant |local )?(?:professional|expert|specialist)s?[.!]?$"
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
    words = set(index_terms(what)) - _HEARD_ANYWAY
    told_words = {t for s in said for t in index_terms(s)}
    return bool(words) and not words & told_words


def says_nothing(sentence: str, said: Iterable[str]) -> bool:
    """Whether a small model's ``sentence`` answers nothing the user ``said``: a refusal, a bare offer of
    help, condolences for a loss no message told of ("I'm sorry for your loss" to "Should we go to the
    Christmas market?"), or gladness at news nobody told (``tells_unsaid``)."""
    said = list(said)
    if refuses(sentence) or _EMPTY_OFFER.search(sentence.strip()) or tells_unsaid(sentence, said):
        return True
    return bool(_CONDOLENCE.search(sentence)) and not any(_LOSS.search(s) for s in said)


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


_AVERSIONS = ("avoids:", "sensitive:", "allergy:", "fear:", "household:")
"""Memory topics that say the user keeps away from something."""
_TASTES = ("likes:", "drink:")
"""Memory topics of a taste: with a negative polarity, a dislike."""
_GENERIC = frozenset(
    index_terms(
        "food drinks things stuff anything something products item kind type needs exercises workouts "
        "activities"
    )
) | {"东西", "食物", "饮料", "产品", "任何", "运动"}
"""Words of what is avoided that do not name it ("spicy food": only "spicy" does)."""
_LIGHT = frozenset(index_terms("make makes made give gives gave keep keeps get gets got feel feels go goes"))
"""Verbs of an aversion's words that say no reason of its own ("makes my skin crawl": not "make sure ...")."""
_ALTERNATIVES = re.compile(r"\b(?:or|and|nor)\b|[,/&]", re.IGNORECASE)
_ALTERNATIVES_ZH = re.compile(r"[和或与及跟、，,/]")
"""What joins the things one aversion names ("running or jumping", "coffee and black tea"): each is kept
away from on its own."""
_KEEPING_AWAY_EN = re.compile(
    r"\b(?:no|not|non|without|free|avoid\w*|skip\w*|instead|never|less|low|mild\w*|replace\w*|swap\w*|"
    # "an alternative to meat" keeps away; "Alternatively, you could fly" suggests another thing
    r"alternatives?|rather|sensitiv\w*|allerg\w*)\b|n't\b",
    re.IGNORECASE,
)
_KEEPING_AWAY_ZH = re.compile(r"[不没无免别少忌素]|代替|替代|过敏|敏感")


_MEAT = "meat beef pork chicken lamb mutton bacon ham steak turkey sausage veal duck venison burger"
_FISH = "fish salmon tuna cod prawn prawns shrimp crab lobster anchovy anchovies mussels oysters seafood"
_MEAT_ZH = "肉 鸡 鸭 牛 猪 羊 鱼 虾 蟹 火腿 培根 香肠"
_DIETS = {
    "vegetarian": f"{_MEAT} {_FISH} gelatin",
    "vegan": f"{_MEAT} {_FISH} gelatin egg eggs cheese milk butter yogurt yoghurt cream honey dairy whey",
    "pescatarian": _MEAT,
    "halal": "pork bacon ham lard gelatin alcohol wine beer",
    "kosher": "pork bacon ham lard shellfish prawn prawns shrimp crab lobster",
    "吃素": _MEAT_ZH,
    "素食": _MEAT_ZH,
    "清真": "猪 火腿 培根 酒",
}
"""What each diet keeps away from: a line suggesting one of these to a vegetarian goes against them."""
_KINDS_OF = {
    ("high", "impact"): "run running jog jogging jump jumping skipping sprint sprints sprinting burpees hiit "
    "plyometric plyometrics",
    ("run",): "running jog jogging sprint sprints sprinting marathon",
    ("jump",): "jumping skipping burpees plyometric plyometrics",
}
"""What keeping away from something keeps away from too: running and jumping for "anything high-impact"."""


_TOGETHER = re.compile(
    r"\b(?:with|for) (?:my|our|the) (?:kids?|children|son|daughter|sons|daughters|family|youngest|eldest|"
    r"little ones?|twins|wife|husband|partner|parents|boys|girls)\b|\bfamily\b|\b(?:we|our|ourselves)\b"
    r"|(?-i:\bus\b)|\b(?:together|everyone|everybody|all of us)\b|\band I\b"
    r"|孩子|儿子|女儿|家人|家里人|全家|一家|亲子|我们|咱们|大家|老婆|老公|爸妈",
    re.IGNORECASE,
)
"""A request for the household, not the user alone ("anything for a movie night with my kids?", "Any
films we could all watch?", "What should we have for dinner tonight?", "周末想和孩子一起看电影")."""


def for_the_household(message: str) -> bool:
    """Whether ``message`` asks for the household together: what the user said of its members weighs in
    the picks (their tastes), and a member's diet ("Wife is vegetarian") keeps what it leaves out away from
    the answer, as the user's own does."""
    return bool(_TOGETHER.search(message))


def _a_diet(topic: str, together: bool) -> bool:
    """Whether a memory's topic is a diet the answer keeps to: the user's, or with ``together`` a household
    member's (``family:wife:diet``)."""
    return topic == "diet" or (together and topic.startswith("family:") and topic.endswith(":diet"))


def aversions(memories: Iterable[dict[str, Any]], together: bool = False) -> list[dict[str, Any]]:
    """The memories among ``memories`` that say the user keeps away from something (a diet among them:
    "Is vegetarian" keeps away from meat and fish; with ``together``, a request for the household, a member's
    diet too), or does not like it ("I hate running": a coach's plan of running days goes against it)."""
    return [
        m
        for m in memories
        if (topic := m.get("topic") or "").startswith(_AVERSIONS)
        or (_a_diet(topic, together) and _diet(str(m.get("text") or "")) is not None)
        or (topic.startswith(_TASTES) and (m.get("polarity") or 1) < 0)
    ]


@functools.lru_cache(maxsize=1024)
def _diet(text: str) -> str | None:
    """The diet of ``_DIETS`` that a memory's words name ("Is vegetarian", "吃素"), if any."""
    lowered = text.lower()
    return next((d for d in _DIETS if re.search(rf"\b{d}\b" if d.isascii() else d, lowered)), None)


@functools.lru_cache(maxsize=1024)
def _aversion_words(topic: str, text: str) -> tuple[bool, tuple[tuple[str, ...], ...], frozenset[str]]:
    """What an aversion memory's check of each line needs, worked out once per memory: whether what it
    names is Chinese (found in a line as characters, not words), the things it names, each as the words
    naming it (its topic's, less the generic ones; "Avoids running or jumping exercises" names "running"
    and "jumping"), and the memory's other words (its reason: "upsets my stomach")."""
    value = topic.partition(":")[2]
    if _a_diet(topic, together=True) and (diet := _diet(text)) is not None:
        words = _DIETS[diet].split()
        if not diet.isascii():
            return True, tuple((w,) for w in words), frozenset()
        return False, tuple({(w,) for word in words for w in index_terms(word)}), frozenset(index_terms(text))
    if is_chinese(value):
        chinese = []
        for part in filter(None, _ALTERNATIVES_ZH.split(value)):
            names = [w for w in index_terms(part) if w not in _GENERIC and len(w) < len(part)] or [part]
            chinese.append(tuple(n.removesuffix("的") for n in names if n.removesuffix("的")))
        return True, tuple(filter(None, chinese)), frozenset()
    named = [w for w in value.split("_") if w and w not in _GENERIC]
    things = [
        thing
        for part in _ALTERNATIVES.split(text)
        if (thing := tuple(w for w in index_terms(part) if w in named))
    ]
    if not things or {w for t in things for w in t} != set(named):  # the text does not say the topic's words
        things = [tuple(named)]
    for kind, kinds_of in _KINDS_OF.items():
        if set(kind) <= set(named):
            things += [(w,) for word in kinds_of.split() for w in index_terms(word)]
    return False, tuple(things), frozenset(set(index_terms(text)) - set(named) - _GENERIC - _LIGHT)


def goes_against(line: str, memories: Iterable[dict[str, Any]], together: bool = False) -> str | None:
    """The memory of an aversion (``avoids:``, ``sensitive:``, ``allergy:``, ``fear:``) that ``line`` suggests
    anyway ("Spicy Chicken" to a user for whom spicy food is bad), or None. A line suggests it when it
    has every word naming one of the things kept away from ("running" or "jumping" for "Avoids running
    or jumping exercises") and says nothing of keeping away from it (a negation, "mild", "instead", or
    the words of the memory itself: "since spicy food upsets your stomach")."""
    zh = is_chinese(line)
    terms = set() if zh else set(index_terms(line))
    for memory in aversions(memories, together):
        chinese, things, reason = _aversion_words(str(memory["topic"]), str(memory.get("text") or ""))
        if chinese:
            suggests = (
                zh
                and any(all(n in line for n in names) for names in things)
                and not _KEEPING_AWAY_ZH.search(line)
            )
        else:
            suggests = (
                not zh
                and any(names and all(n in terms for n in names) for names in things)
                and not _KEEPING_AWAY_EN.search(line)
                and not reason & terms  # it says why: the user's own reason, not a suggestion
            )
        if suggests:
            return str(memory.get("text") or memory["topic"])
    return None
