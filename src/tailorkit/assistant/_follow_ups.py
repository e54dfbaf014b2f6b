"""What a message says back to the conversation so far (``Earlier``, read once per message), and what it
asks of what the user told: how many items it asks for, the items it says the user has had, "something
else?", "the second one" or "it" of the last answer (``Gatherer.read``), and the memories that answer a
question about what the user told (``answering``)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from tailorkit.assistant._grounding import Catalogue
from tailorkit.assistant._intents import ABOUT_ITEM
from tailorkit.assistant._phrases import SOURCE_LINE, YOU_SAID
from tailorkit.memory import Memory
from tailorkit.text import index_terms, is_chinese, simplified

__all__ = [
    "Earlier",
    "answering",
    "asks_for_others",
    "count_asked",
    "had_in",
    "loved_in",
    "referred_to",
]


@dataclass(frozen=True)
class Earlier:
    """The conversation before a message, oldest first, as ``Gatherer.earlier`` read it once: each
    message's role and text (None for one that is no text), and the stored turns the prompt shows (none
    for a client's history, which the request carries)."""

    messages: list[tuple[str, str | None]]
    turns: list[dict[str, Any]]
    recent_turns: int
    """How many of the last messages count as recent (``AssistantSettings.recent_turns``; 0: all)."""

    def said(self, role: str = "assistant", *, recent: bool = True) -> list[str]:
        """The texts of ``role``: of the recent messages, or, not ``recent``, of all of them."""
        keep = self.recent_turns if recent else 0
        return [text for r, text in self.messages[-keep or None :] if r == role and text is not None]

    def last_said(self, role: str = "assistant") -> str | None:
        """The assistant's last answer, or (``role`` "user") the user's message before this one."""
        said = self.said(role)
        return said[-1] if said else None

    def lately(self, role: str = "user", n: int = 3) -> str:
        """The last ``n`` texts of ``role``, in order, as one: whom "he" stands for may have been named a
        message or two before the last ("My son Leo is 10 ...", "He loves football.", "What would he
        like?")."""
        return " ".join(self.said(role)[-n:])


_WEEK = ("schedule", "work", "lesson", "habit")
_ASKED_TOPICS = {
    "condit": ("health",), "health": ("health",), "medic": ("health",), "ill": ("health",), "病": ("health",),
    "week": _WEEK, "schedul": _WEEK, "timet": _WEEK, "routin": _WEEK, "日程": _WEEK, "一周": _WEEK,
    "时间表": _WEEK, "作息": _WEEK,
}  # fmt: skip
"""Words of a question that name the topics of what answers it ("Do I have any conditions?": health; "What
do you know about my week?": when the user works, has lessons, is free, does what they do every week)."""
_TASTE_ASKED = re.compile(
    r"(?P<against>can'?t stand|cannot stand|\bhate|\bdislike|\b(?:don't|do not|didn't) (?:like|want|eat|"
    r"drink)|\bavoid|keep away|stay away|allergic|afraid|scared|不喜欢|讨厌|受不了|不吃|不喝|忌口|过敏|怕)"
    r"|(?P<for>\blike\b|\blove\b|\benjoy|\bfavou?rite|\binto\b|喜欢|爱[吃看玩听])",
    re.IGNORECASE,
)
"""A question about what the user likes or keeps away from ("What did I say I can't stand?"): answered
by every memory of that sign among the prompt's, whatever its words ("Dislikes gore")."""
_TASTES = frozenset(
    {"likes", "avoids", "limits", "sensitive", "allergy", "fear", "drink", "favourite", "diet"}
)
_CHILDREN = frozenset({"kid", "children", "child", "孩子", "小孩"})
_WORK = frozenset({"work", "job", "employ", "career", "工作", "上班"})
_JOB_ASKED = re.compile(
    r"\bwhat (?:do|did) I do\b(?! (?:to|about|with|when|if|on|at)\b)|\bdo for (?:a living|work|money)\b|"
    r"\bwhat I do\b(?! (?:to|about|with|when|if)\b)|\bmy (?:line of work|profession|occupation)\b|"
    r"我是(?:做|干)(?:什么|啥|嘛)的|我(?:是)?(?:做|干)(?:什么|啥)(?:工作|行业|职业)|我的?职业|我是干嘛的",
    re.IGNORECASE,
)
"""A question for the user's job said without "job" or "work" ("What do I do for a living?", 我是做什么的)."""
_HOME_ASKED = re.compile(
    r"\bwhere (?:do|did) I (?:live|stay)\b|\bwhere(?:'s| is) (?:my )?home\b|\bwhere I live\b|"
    r"住(?:在)?(?:哪|什么地方)|我(?:家)?在哪(?:里|儿)?(?:住|生活)|我(?:现在)?在哪个城市",
    re.IGNORECASE,
)
"""A question for where the user lives ("Where do I live?", 我住在哪里？)."""
_AGE_ASKED = re.compile(r"\bhow old\b|几岁|多大", re.IGNORECASE)
_ASPECTS = (
    (_AGE_ASKED, "age"),
    (
        re.compile(
            r"\bwhat (?:grade|year|school)\b|\bwhich (?:grade|year|school)\b|几年级|哪个学校|什么学校", re.I
        ),
        "school",
    ),
    (
        re.compile(
            r"\bwhat (?:does|do) \w+ do for (?:a living|work)\b|\bwhere (?:does|do) \w+ work\b"
            r"|做什么工作|在哪上班|在哪(?:里|儿)?工作",
            re.I,
        ),
        "work",
    ),
)
"""What a question asks of a household member ("How old is my daughter?", "我女儿几年级？"): the memories of
that one fact of theirs answer it (``family:女儿:school``), not all that was told of them."""
_KIN_ASKED = re.compile(
    r"\bmy (?!age\b)\w+"
    r"|我(?:的|家)?(?:女儿|儿子|孩子|宝宝|老公|老婆|对象|爱人|妈妈?|爸爸?|哥哥|姐姐|弟弟|妹妹|[大小](?:儿子|女儿))",
    re.IGNORECASE,
)
"""A question's household member ("How old is my daughter?", "我女儿几岁？"): then not the user's age."""


_HAD = re.compile(
    r"\b(?:I've|I have|I|we've|we have|we)\s+(?:already |just |recently |also )?(?:seen|watched|read|"
    r"finished|heard|saw|played|listened to)\s+(?:it,?\s+)?$|\balready (?:seen|watched|read|heard)\s+$"
    r"|(?:看过|看了|读过|读了|听过|玩过)了?\s*$",
    re.IGNORECASE,
)
"""What comes before a title the user has had ("I've already seen ", "我看过")."""
_OTHER = re.compile(
    r"\b(?:something|anything) (?:else|different)\b|\bother (?:ones|suggestions|options|picks|ideas|titles|"
    r"films|movies|books|shows)\b|\bany (?:others|more)\b|别的|其他的?|换(?:一|几|两)?(?:部|本|首|个)"
    r"|换一(?:批|波|组|拨)|再来(?:一批|几部|几本)"
    # the word alone: "Others?", "More?", "Some more?"
    r"|^(?:some |a few |any )?(?:others|more)(?: please)?\s*[?？.!]*\s*$"
    # "Something funnier?", "Anything a bit less violent?": others than those given, of another kind
    r"|^(?:something|anything)(?: a bit| a little| slightly| even| much)? "
    r"(?:(?:more|less) \w+|(?!together|whatever|however|forever)\w{3,}(?<!ev)er)\b"
    r"|^(?:有没有|来点|来几部)?(?:更|再)(?:好笑|搞笑|轻松|短|新|刺激|温馨)一?点",
    re.IGNORECASE,
)
"""A request for other items than those just given ("Something else?", "换一部", "Something funnier?",
"有没有更轻松一点的")."""
_PLACES = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "5th": 5, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
_PLACE = re.compile(
    r"\bthe (first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)(?: one| film| movie| book| show| pick|"
    r" suggestion| title)?\b|\b(?:number|no\.|#) ?(\d{1,2})\b"
    r"|第([一二三四五六七八九十]|\d{1,2})(?:部|本|首|个|款)",
    re.IGNORECASE,
)
"""An item referred to by its place in the last answer's list ("the second one", "number 3", "第二部")."""
_IT = re.compile(
    r"\b(?:it|this one|that one|(?:this|that) (?:film|movie|book|show|one))\b|它|这部|那部|这本|那本",
    re.IGNORECASE,
)
"""An item the message refers to without naming it."""
_LISTED = re.compile(r"^\s*\d{1,2}[.)、]\s+(.+)$", re.MULTILINE)
"""A numbered line of an answer's list."""
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "a couple of": 2, "a few": 3, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "十": 10,
}  # fmt: skip
_COUNT = re.compile(
    r"\b(?P<en>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"
    r"(?: (?!of\b)[\w-]+){0,2}"
    r" (?:films?|movies?|books?|novels?|shows?|series|songs?|albums?|games?|podcasts?|titles?|picks?|"
    r"comedies|thrillers|dramas|documentaries|westerns|romances|cartoons|"
    r"suggestions?|options?|ideas?|recommendations?)\b"
    # (not "一个人看": who watches, alone; nor "两个孩子"; nor "第二部看过了": which one)
    r"|(?<!第)(?P<zh>\d{1,2}|[一两二三四五六七八九十])(?:部|本|首|个(?!人|孩子|小孩|朋友|晚上|月|星期|小时)|款|张)",
    re.IGNORECASE,
)
"""How many items a request asks for ("three films for tonight", "a couple of light comedies", "推荐两本书").
"""


_CONTACT_ASKED = re.compile(
    r"\b(?:contact|reach|call|email|text|message) me\b|\bbe (?:contacted|reached)\b|联系我", re.IGNORECASE
)
"""A question about how the user is to be contacted ("How should you contact me?", "你们应该怎么联系我？")."""
_CONTACT_SAID = re.compile(
    r"\b(?:call(?:s|ing)?|phone|ring|e-?mail|texts?|texting|whatsapp|contact(?:ed)?|voicemail|post)\b"
    r"|电话|邮件|邮箱|短信|微信|联系",
    re.IGNORECASE,
)
"""What a memory says of how to reach the user: its answer, whatever words the question used."""


def count_asked(message: str) -> int | None:
    """The number of items ``message`` asks for (1 to 10), if it says."""
    m = _COUNT.search(message)
    if m is None:
        return None
    said = (m.group("en") or m.group("zh")).lower()
    n = int(said) if said.isdigit() else _NUMBERS[said]
    return n if 1 <= n <= 10 else None


_PLAN_ASKED = re.compile(
    r"\b(?:about|of|on) (?:my|our|the) (?:trip|holiday|vacation|travel plans|plans|journey|visit)\b"
    r"|我(?:们)?的?(?:旅行|旅游|行程|出行|计划|安排)[你您](?:都|还)?(?:知道|记得)",
    re.IGNORECASE,
)
"""A question about a plan the user told ("What do you know about our trip?")."""
_DAYS_LEFT = re.compile(
    r"\bhow (?:many|much) (?:days|weeks|time)\b[^?]*\b(?:left|until|till|before|to go|away|do I have)\b"
    r"|还(?:有|剩)(?:几|多少)天|离[^？?]{1,12}还有(?:几|多少)天",
    re.IGNORECASE,
)
"""A question of how long until a plan the user told ("How many days do I have left to revise?")."""


_COMING_UP = re.compile(
    r"\b(?:coming up|upcoming|lined up|on my (?:calendar|schedule|agenda)|"
    r"(?:have|got) (?:planned|scheduled|on (?:this|next) (?:week|month))|"
    r"what(?:'s| is) (?:ahead|next) for me)\b"
    r"|接下来(?:有什么|有啥|有哪些)|(?:最近|这周|下周|这个月)(?:都)?有(?:什么|啥|哪些)(?:安排|计划)"
    r"|我(?:都)?有(?:什么|哪些)(?:安排|计划)",
    re.IGNORECASE,
)
"""A question of what the user has ahead ("What have I got coming up?", "我接下来有什么安排？"): the plans
still ahead answer it."""
_WHEN_OFF = re.compile(
    r"^(?:when|what time|what date|which day) (?:do|are|were|am|will) (?:we|I) (?:be )?(?:leave|leaving|fly|"
    r"flying|go|going|travel|travell?ing|set(?:ting)? off|depart|departing|head(?:ing)? off)\b"
    r"|^我(?:们)?(?:是)?(?:什么时候|哪天|几号|几点)(?:出发|走|动身|去|飞|出差)(?![^，。！？]*(?:好|合适|应该|该|最))",
    re.IGNORECASE,
)
"""A question of when the user's journey begins ("When do we leave?", "我什么时候出发？"): the plans ahead
answer it."""


def counted_down(memory: Memory, question: str) -> str:
    """``memory`` as it answers ``question``: with the days left until it, for a question of how long
    ("My chemistry exam is on January 15th (42 days from today)"); one read from words that say more than
    it, with those words ("Works from home (you said: "I work from home with a toddler, so calls before
    noon never work.")")."""
    if not _DAYS_LEFT.search(question) or memory.valid_to is None or memory.kind != "event":
        if memory.said is None:
            return memory.text
        return YOU_SAID["zh" if is_chinese(question) else "en"].format(text=memory.text, said=memory.said)
    days = int((memory.valid_to - time.time()) // 86400)
    if days < 0:
        return memory.text
    return (
        f"{memory.text}（还有{days}天）"
        if is_chinese(question)
        else f"{memory.text} ({days} days from today)"
    )


def answering(question: str, memories: list[Memory]) -> list[Memory]:
    """The ``memories`` that answer a question about what the user told (``Asks.own``): those sharing a
    word with it (their topic's words too: ``family:daughter:age``), and for "how old am I?" the user's own
    age."""
    asked = set(index_terms(question))
    if _JOB_ASKED.search(question):  # "你还记得我是做什么的吗？", "What do I do for a living?": the job
        asked = (asked - {"live"}) | _WORK  # (not where the user lives)
    if _HOME_ASKED.search(question):  # "我住在哪里？": "住在多伦多", kept as the user's home
        asked |= {"home"}
    for alike in (_CHILDREN, _WORK):  # "How many kids do I have?": "Has two children"
        if asked & alike:  # "Where do I work?": "... for a job at a fintech startup"
            asked |= alike
    own_age = bool(_AGE_ASKED.search(question)) and not _KIN_ASKED.search(question)
    categories = {c for t in asked if t in _ASKED_TOPICS for c in _ASKED_TOPICS[t]}
    taste = _TASTE_ASKED.search(question)
    sign = 0 if taste is None else (-1 if taste.group("against") else 1)
    contact = bool(_CONTACT_ASKED.search(question))
    # "How many days do I have left to revise?", "When do we leave?": the dated plans still ahead
    ahead = bool(_DAYS_LEFT.search(question) or _WHEN_OFF.search(question) or _COMING_UP.search(question))
    # "What do you know about our trip?": the plans told, and what was told with them
    planned = bool(_PLAN_ASKED.search(question))
    out = []
    for m in memories:
        if ahead and m.kind == "event" and m.valid_to is not None and m.valid_to > time.time():
            out.append(m)
            continue
        if m.text.rstrip().endswith(("?", "？")):  # a question the user asked earlier tells nothing
            continue
        if contact and _CONTACT_SAID.search(m.text):  # "please don't suggest calling, email works best"
            out.append(m)
            continue
        topic = m.topic or ""
        said = set(index_terms(f"{m.text} {m.said or ''} {re.sub(r'[:_]', ' ', topic)}"))
        of_taste = sign != 0 and topic.split(":")[0] in _TASTES and (m.polarity or 1) * sign > 0
        if asked & said or (own_age and topic == "age") or topic.split(":")[0] in categories or of_taste:
            out.append(m)
    if planned:  # (what one message told is written at once: its memories share when they were made)
        plans = [m for m in memories if m.kind == "event" and m not in out]
        told_with = {m.created_at for m in plans}
        with_them = [m for m in memories if m not in out and m not in plans and m.created_at in told_with]
        return [*plans, *out, *with_them]
    # one thing asked, not several ("How old is my daughter, and what does my son find hard?")
    one = not re.search(r"\band\b|,|，|还有|以及", question)
    aspects = {aspect for pattern, aspect in _ASPECTS if one and pattern.search(question)}
    narrow = [m for m in out if (m.topic or "").rpartition(":")[2] in aspects]
    return narrow or out


def had_in(message: str, catalogue: Catalogue) -> list[str]:
    """The catalogue items ``message`` says the user has had ("I've already seen Seven", "我看过千与千寻",
    "We've seen Psycho and Vertigo")."""
    return _said_after(_HAD, message, catalogue)


def _said_after(verb: re.Pattern[str], message: str, catalogue: Catalogue) -> list[str]:
    """The catalogue items ``message`` names right after what ``verb`` matches the end of, and those listed
    after such a one with "and" or a comma."""
    said: list[str] = []
    last_end: int | None = None
    for start, end, item in catalogue.mentions(message):
        if verb.search(message[:start]) or (last_end is not None and _AND.match(message[last_end:start])):
            said.append(item)
            last_end = end
        else:
            last_end = None
    return list(dict.fromkeys(said))


_LOVED = re.compile(
    r"\b(?:I|we)(?: (?:both|all|really|absolutely|totally|just|also|honestly))* (?:loved|love|liked|enjoyed|"
    r"adored)\s+$|(?<![不没])(?<!不太)(?<!没那么)(?:很|都|特别|非常|超|也)*(?:喜欢|爱看|爱)《?$",
    re.IGNORECASE,
)
"""What comes right before a title the user says they loved ("We both loved ", "我特别喜欢《")."""
_AND = re.compile(r"^\s*(?:》?\s*(?:,|，|、|and|和|与|跟|还有)\s*(?:the\s+)?《?)\s*$", re.IGNORECASE)


_LOVED_IT = re.compile(
    r"^\s*[,;:.!—–-]*\s*(?:and |so )?(?:(?:I|we) )?(?:(?:really|absolutely|totally|just|both|all) )*"
    r"(?:loved|enjoyed|liked|adored) (?:it|every (?:minute|second|page) of it)\b"
    r"|^\s*[,;:.!—–-]*\s*(?:and )?(?:it was|it's|was) (?:so |really |absolutely |just )?"
    r"(?:amazing|brilliant|great|wonderful|fantastic|beautiful|incredible|lovely|excellent|superb|stunning)\b"
    r"|^》?\s*[，,]?\s*(?:我们?)?(?:真的?|太|超|很|特别|非常)(?:好看|喜欢|爱)",
    re.IGNORECASE,
)
"""What comes right after a title the user says they loved ("I just watched Spirited Away and loved it",
"Amelie was brilliant", "《千与千寻》太好看了")."""


def loved_in(message: str, catalogue: Catalogue) -> list[str]:
    """The catalogue items ``message`` says the user loved, liked or enjoyed ("We both loved Amelie and
    The Grand Budapest Hotel", "我很喜欢《千与千寻》和《龙猫》", "I just watched Spirited Away and loved it"):
    a title right after the verb, those listed after it with "and" or a comma, and one before "and loved
    it"."""
    after = [item for _, end, item in catalogue.mentions(message) if _LOVED_IT.match(message[end:])]
    return list(dict.fromkeys([*_said_after(_LOVED, message, catalogue), *after]))


def asks_for_others(message: str) -> bool:
    """Whether ``message`` asks for other items than those just given ("Something else?", "换一部"), in
    any of its sentences or clauses ("I've seen it. Something funnier?", "看过了，有没有更轻松一点的？")."""
    return any(_OTHER.search(part) for part in _PARTS.split(message))


_PARTS = re.compile(r"(?<=[.!?;,。！？；，])\s*")
"""Where a message's sentences and clauses part: after their marks."""


_QUOTED = re.compile(rf"^[^\n]*\[\d+\]\s*$|{SOURCE_LINE.pattern}", re.MULTILINE)
"""The lines of an answer that quote the help pages ("Shipping › Missing or damaged parcels: ... [1]") or
name its sources (``SOURCE_LINE``)."""


def _as_a_title(said: str) -> bool:
    """Whether ``said`` is written as a title is: with a capital, or in a script without them."""
    return not said.isascii() or said != said.lower()


_CLAUSES = re.compile(r"[,;，；]|\s(?:and|but)\s|但是?|而且|不过", re.IGNORECASE)
_SEEN = re.compile(
    r"\b(?:seen|watched|read|saw|heard|played|finished)\b|看过|看了|读过|听过|玩过", re.IGNORECASE
)
_NOT_LIKED = re.compile(
    r"\b(?:did(?:n't| not) (?:like|enjoy|love)|hated?|disliked|(?:was|is)(?:n't| not) (?:for me|good|great|"
    r"my thing)|not (?:a fan of|for me|my thing)|boring|awful|terrible|rubbish)\b"
    r"|不(?:太|怎么|是很|大)?喜欢|不好看|没意思|太无聊|很无聊|一般般",
    re.IGNORECASE,
)
"""What a clause says of an item the user has had and did not like ("I didn't like the second one")."""


def had_by_place(message: str, heard: str, catalogue: Catalogue) -> tuple[list[str], list[str], list[str]]:
    """The items of the last answer's list (``heard``) that ``message`` says, by their place, the user has
    had ("I've seen the first one already", "第一部看过了"), and of those, which they did not like ("and I
    didn't like the second one", "第二部不喜欢") and which they loved ("I loved the second one!", "I've seen
    the third one, it was great", "第二部很好看"): not picked again; a dislike or a love is the user's, as a
    thumbs down or up on it would be."""
    had: list[str] = []
    disliked: list[str] = []
    loved: list[str] = []
    found: list[str] = []
    for clause in _CLAUSES.split(message):
        place = _PLACE.search(clause)
        span = _SPAN.search(clause)
        liked_not = bool(_NOT_LIKED.search(clause))
        liked = not liked_not and bool(_LIKED.search(clause))
        if place is None and span is None:
            # "(I've seen the third one,) it was great", "(第一部看过了，)不太喜欢": of the one the clause
            # before named
            if (liked or liked_not) and found and _OF_IT.match(clause.strip()):
                (loved if liked else disliked).extend(found)
            found = []
            continue
        if not (liked_not or liked or _SEEN.search(clause)):
            found = []
            continue
        if span is not None:  # "the first two"
            found = _in_span(span, heard, catalogue)
        elif place is not None:
            found = _at_place(place, heard, catalogue)
        had += found
        if liked_not:
            disliked += found
        elif liked:
            loved += found
    return list(dict.fromkeys(had)), list(dict.fromkeys(disliked)), list(dict.fromkeys(loved))


_LIKED = re.compile(
    r"\b(?:loved|enjoyed|liked|adored|(?:was|is|'s) (?:so |really |absolutely |just )?(?:great|brilliant|"
    r"amazing|wonderful|fantastic|excellent|superb|so good|really good))\b"
    r"|很好看|太好看|真好看|挺好看|特别好看|很喜欢|太喜欢|特别喜欢|超喜欢",
    re.IGNORECASE,
)
"""What a clause says of an item the user had and loved ("I loved the second one", "it was great")."""
_OF_IT = re.compile(
    r"(?:and |so |but )?(?:it|that one|that)(?:'s| was| is| wasn't| isn't|(?: really)? (?:didn't|did not))\b"
    r"|(?:但是?|可是|不过)?(?:它|那部|这部)?(?:很|太|真|挺|特别|不太|不怎么|不是很|不大|不)?(?:好看|喜欢|无聊|没意思)",
    re.I,
)
"""A clause that says how the one the clause before named was ("it was great", "不太喜欢")."""


_SPAN = re.compile(
    r"\bthe (?P<end>first|top|last) (?P<n>two|three|four|five|[2-5])\b"
    r"|(?P<zh_end>前|后)(?P<zh_n>两|二|三|四|五|[2-5])(?:部|本|首|个|款)",
    re.IGNORECASE,
)
"""Items referred to by the places of a run of them ("I've seen the first two already", "前两部看过了")."""


def _in_span(span: re.Match[str], heard: str, catalogue: Catalogue) -> list[str]:
    """The items at the places ``span`` names: the first or the last few of the last answer's list
    (``heard``)."""
    lines = [m.group(1) for m in _LISTED.finditer(heard)]
    said = (span.group("n") or span.group("zh_n")).lower()
    n = int(said) if said.isdigit() else _NUMBERS[said]
    last = (span.group("end") or "").lower() == "last" or span.group("zh_end") == "后"
    return [i for line in (lines[-n:] if last else lines[:n]) for i in catalogue.find(line)[:1]]


def _at_place(place: re.Match[str], heard: str, catalogue: Catalogue) -> list[str]:
    """The item at the place ``place`` names ("the second one", "number 3", "the last one") in the list of
    the last answer (``heard``); none where the list has no such place."""
    lines = [m.group(1) for m in _LISTED.finditer(heard)]
    said = next(g for g in place.groups() if g)
    at = len(lines) if said.lower() == "last" else _PLACES.get(said.lower()) or int(said)
    return catalogue.find(lines[at - 1])[:1] if 1 <= at <= len(lines) else []


def referred_to(message: str, heard: str, catalogue: Catalogue) -> list[str]:
    """The item of the assistant's last answer (``heard``) a question refers to by its place in the list
    ("Tell me more about the second one", "Is number 3 scary?", "第二部讲什么？"), or as "it" when that
    answer named one item ("Is it scary?")."""
    question = message.rstrip().endswith(("?", "？")) or ABOUT_ITEM.search(simplified(message))
    place = _PLACE.search(message) if question else None
    if place is None:
        # "Is it scary?" after an answer about one item is about that item
        # ... named in the answer's own words, not in the help pages it quoted ("Missing or damaged parcels"
        # names no film Missing), and as a title is written: "the sofa in the room you ordered" names no
        # film The Room ("When will it arrive?" was answered with it)
        own = _QUOTED.sub("", heard) if question and _IT.search(message) else ""
        named = list(
            dict.fromkeys(item for start, end, item in catalogue.mentions(own) if _as_a_title(own[start:end]))
        )
        return named if len(named) == 1 else []
    return _at_place(place, heard, catalogue)
