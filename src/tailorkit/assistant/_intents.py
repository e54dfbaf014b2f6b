"""What a message asks of the assistant, read from its words (English and Chinese): a fact, an open
request, suggestions, what the assistant knows about the user, or nothing (it only tells)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tailorkit.assistant._templates import Domain
from tailorkit.memory import (
    Candidate,
    DropReason,
    MemoryKind,
    RuleExtractor,
    sentences,
    why_not_kept,
    without_opening,
)
from tailorkit.text import simplified

__all__ = [
    "ABOUT_ITEM",
    "CLOSED_QUESTION",
    "GIVES_DETAILS",
    "OPEN_REQUEST",
    "OWN_QUESTION",
    "RECALLED",
    "RECALL_INTENT",
    "RECOMMEND_INTENT",
    "WANTS_A_PERSON",
    "acknowledged",
    "asks_for_another_kind",
    "asks_own",
    "asks_something",
    "asks_to_forget",
    "asks_why_picked",
    "only_tells",
]

ABOUT_ITEM = re.compile(
    r"\b(?:tell me (?:more )?about|what do you know about|describe)\b|介绍一下|讲讲", re.IGNORECASE
)
"""A request for what is known of something, asked without a question mark ("tell me about Heat")."""
CLOSED_QUESTION = re.compile(
    r"^\s*(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|have|has|when|where|who|which|"
    r"how (?:much|many|long|often|old|far|soon))\b.*\?\s*$|[吗呢么][？?]?\s*$|(?:几|多少|多久|哪)",
    re.IGNORECASE | re.DOTALL,
)
"""A question whose answer is a fact: a sentence or two fits it."""
OPEN_REQUEST = re.compile(
    r"\b(?:explain|describe|steps?|how (?:do|can|should) i|why|plan|list|compare|write|tell me about)\b|"
    r"为什么|怎么|如何|步骤|解释|计划",
    re.IGNORECASE,
)

_ITEM_WORDS = (
    r"(?:films?|movies?|flicks?|books?|novels?|shows?|series|documentar(?:y|ies)|cartoons?|anime|"
    r"audiobooks?|podcasts?|songs?|albums?)\b"
)
"""The words of the kinds of item a request names ("a good film", "some shows")."""

RECOMMEND_INTENT = re.compile(
    r"\b(?<!n't )(?<!n’t )(?<!dont )(?<!not )(?<!never )"
    r"(?:recommend|suggest|what (?:should|could|can|shall) (?:i|we) (?:watch|read|see|buy|try|listen)|"
    r"any good(?!\s*[?.!]*\s*$)|"  # "Any good films?"; "Is Cast Away any good?" asks about it
    r"something (?:to|like)|something(?: [\w-]+){1,2} to (?:watch|read|listen to|play)|similar to|"
    r"what to (?:watch|read|listen to)|"
    r"any (?:[\w-]+ ){0,3}?(?:films?|movies?|books?|shows?|series|songs?|albums?|games?|podcasts?)"
    r"(?: \w+){0,8}\?)|(?:anything|something)(?: \w+)? for (?:a |an |the |our |my )?(?:[\w-]+ )?"
    r"(?:movie|film|tv|telly|reading|game|games|music) (?:night|marathon|evening|weekend|afternoon|session)"
    # "we want a film we can all watch on Friday night", "I'm looking for a good book for the beach"
    r"|\b(?:(?:i|we)(?:'re| are|'m| am)? (?:(?:really|just|all|kind of) )?"
    r"(?:want|need|would like|looking for|in the mood for|fancy)|(?:i|we)'d (?:really )?like) "
    r"(?:to (?:watch|read|see) )?(?:a|an|some|something)"
    r"(?: (?!refund|return|ticket|copy|dvd|receipt|voucher)[\w-]+){0,3}? "
    r"(?:films?|movies?|books?|shows?|series|documentar(?:y|ies)|novels?|audiobooks?|podcasts?)\b"
    # "what's a good film to watch with my 6 year old?", "Which film should I watch tonight?", "Can you
    # think of a film my dad would enjoy?", "Films for a long flight?" (not "Which film won the Oscar?")
    rf"|\b(?:what|which)(?:'s| is| are|'re| would be)? (?:some |a |an |the )?(?:[\w-]+ ){{0,2}}?"
    rf"(?:good|great|nice|fun|decent|best|lovely|cosy|cozy|relaxing|light) (?:[\w-]+ ){{0,2}}?{_ITEM_WORDS}"
    rf"|\b(?:what|which) (?:[\w-]+ ){{0,2}}?{_ITEM_WORDS} (?:should|could|can|shall|might) (?:i|we)\b"
    rf"|\b(?:think of|give me|find me|pick (?:me )?|help me (?:pick|choose|find)|(?:is|are) there|know of)"
    rf" (?:a|an|any|some|one|two|three|a few|a couple of)(?: [\w-]+){{0,3}}? {_ITEM_WORDS}"
    rf"|^{_ITEM_WORDS} (?:for|to) [^?]*\?\s*$"
    r"|\bwhat (?:should|could|shall) (?:i|we) (?:put on|line up|queue up|binge)\b"
    r"|\bwhat would you (?:watch|read|listen to)\b"
    r"|(?:有什么|有哪些|有没有)(?:适合|值得)[^，。！？；,.!?;]{0,16}(?:电影|片子?|剧|书|歌|节目|动画|纪录片)"
    r"|(?:挑|选|找)(?:一|几|两)?(?:部|本|首)"
    r"|(?<!不要)(?<!不用)(?<!别)推荐|有什么好看|有什么好听|看什么|读什么"
    r"|有什么(?:好的?)?(?:电影|书|剧|歌|节目)|(?:来|再来|换)[几两一]?(?:部|本|首)"
    # "边织边看点轻松的片子": what the user would watch
    r"|(?:有没有(?!人)|(?<![他她])(?:来|给我来|想看|想听|想读|看点|看些|看几部|找点|找几部))[^，。！？；,.!?;]{0,20}"
    r"(?:电影|片子?|剧|书|歌|节目|动画|纪录片)(?:吗|呢)?[。？?！!]?$",
    re.IGNORECASE,
)
"""A request for suggestions ("Any good films?", "推荐几本书", "有没有轻松一点的喜剧？", "来几部搞笑的",
"anything for a movie night with my kids?"); one not to make them ("please don't suggest calling",
"别推荐恐怖片") is none."""


KINDS: dict[str, str] = {
    "film": "film films movie movies flick flicks 电影 影片 片子",
    "music": "song songs music playlist playlists album albums 歌 歌曲 音乐 歌单 专辑",
    "book": "books novel novels audiobook audiobooks 书 小说 有声书",  # not "book": "book a table"
    "podcast": "podcast podcasts 播客",
    "game": "game games 游戏",
    "food": "restaurant restaurants recipe recipes 餐厅 饭店 菜谱 食谱",
    "stay": "hotel hotels 酒店 民宿",
    # (not "musical": a genre of film too)
    "outing": "activity activities outing outings theatre theater concert concerts gig gigs "
    "活动 去处 景点 好玩的地方 话剧 演唱会",
}
"""Kinds of thing a request may ask for, by the words that name them (English words, Chinese ones inside a
message); a catalogue says which it holds (its items' ``kind`` attribute: ``film`` for MovieLens)."""
_KIND_WORDS = {
    kind: (
        re.compile(r"\b(?:" + "|".join(w for w in words.split() if w.isascii()) + r")\b", re.IGNORECASE),
        [w for w in words.split() if not w.isascii()],
    )
    for kind, words in KINDS.items()
}


def _names(kind: str, message: str) -> bool:
    english, chinese = _KIND_WORDS[kind]
    plain = simplified(message)  # "這週末有什麼推薦的活動": 活动
    return bool(english.search(message)) or any(w in plain for w in chinese)


def asks_for_another_kind(message: str, held: str | None) -> bool:
    """Whether ``message`` asks for a kind of thing other than the catalogue's (``held``; None: not known):
    "Any playlists for a long drive?" to a catalogue of films, which has none to pick from. A message that
    names the catalogue's kind too asks for it ("a film with a great soundtrack")."""
    if held not in KINDS:
        return False
    named = [kind for kind in KINDS if _names(kind, message)]
    return bool(named) and held not in named


RECALL_INTENT = re.compile(
    r"\bwhat (?:else )?(?:do|did|have) you (?:know|remember|recall|learn(?:ed|t)?|stored?|saved?|got|"
    r"noted|(?:written|jotted|taken|got) down|kept|picked up|gathered) (?:about|of|on) (?:me|us|my family)\b"
    r"|\bwhat do you have on (?:me|us)\b|\b(?:tell|remind) me what you (?:know|remember) about (?:me|us)\b"
    r"|\bwhat (?:info(?:rmation)?|data|details|personal data|notes) (?:do|did|have) you "
    r"(?:have|hold|keep|store|stored|kept|got) (?:about|of|on) (?:me|us)\b"
    r"|\bdo you (?:know|remember) anything about (?:me|us)\b"
    # "Do you remember me?", "Remember what I told you?": what was told, as a whole
    r"|^(?:(?:hi|hey|hello)[,!.]?\s+)?(?:(?:do|did) you )?(?:still )?remember "
    r"(?:me|who I am|my (?:situation|details|story)|what I (?:told|said to) you(?: about (?:me|myself))?)"
    r"\s*[?.!]*$"
    r"|你(?:现在|都|还){0,2}(?:记得|知道|了解|记住了)(?:关于)?我(?:的)?(?:什么|哪些|些什么|多少)|关于我你(?:都)?(?:记得|知道)"
    # "你还记得我的情况吗？", "你了解我吗？", "我的情况你还记得吗？"
    r"|^(?:[您你]好[，,！!。]?\s*)?[你您]?(?:现在|都|还){0,2}(?:记得|知道|了解|记住了?)(?:关于)?我(?:的)?(?:情况|事情?|信息|资料|"
    r"基本情况|身体情况|健康情况|身体状况|是谁)?(?:吗|么|嘛|没有?|不)?[？?。！!]*$"
    r"|[你您](?:现在|都|还){0,2}(?:记得|知道)我(?:说过|告诉过你|跟你说过|和你说过)(?:的)?(?:什么|哪些|些什么|的话|的事情?)"
    r"|^我的(?:情况|事情?|信息|资料)[你您](?:现在|都|还){0,2}(?:记得|知道|了解|记住了?)(?:吗|么|嘛|没有?)?[？?。！!]*$",
    re.IGNORECASE,
)
"""A user asking what the assistant knows about them ("What do you remember about me?", "What do you know
about us?" of a parent or a couple, "Do you remember me?", "你都记得我什么？", "你现在记得我什么？",
"你还记得我的情况吗？"): answered with their memories and profile, which a model too small to write faithfully
gets wrong."""
_ACCOUNT = (
    r"orders?|account|parcels?|package|delivery|refund|return|payment|card|password|subscription|membership|"
    r"booking|reservation|ticket|invoice|bill|balance|points|voucher|gift card|warranty|claim|tracking"
)
"""What a customer's "my ..." asks the shop about ("What is my order status?"), not about themselves."""
_MODAL = r"(?:should|could|would|can(?!'t|’t|not)|must|might)"
"""A question for advice ("What can I eat?"); not "What did I say I can't stand?"."""
_MODAL_OR_SHALL = _MODAL[:-1] + "|shall)"
OWN_QUESTION = re.compile(
    r"^(?![^?]*\b(?:should|could|would|shall|must|might)\b)"  # advice ("What should I do where I live?")
    # ... or what the user needs ("How much protein do I need?", "How many hours of sleep do I need?")
    r"(?![^?]*\b(?:need|require|recommended)\b)"
    # ... or what suits the user ("What strength exercises are safe for me?")
    r"(?![^?]*\b(?:safe|good|best|suitable|ok|okay|right|healthy|better|bad|worth|appropriate)\s+for\s+me\b)"
    # ... or what the user might best do ("What's a good time for me to go to the gym?"; not "When is a good
    # time to call me?", which what the user told answers)
    r"(?![^?]*\bfor (?:me|us) to\b)"
    r"(?![^?]*\b(?:a|the) (?:good|best|right|ideal|better|nice|healthy) \w+ (?:for|to)\b"
    r"(?! (?:call|contact|reach|ring|phone|text|email|message|visit) (?:me|us)\b))"
    r"(?:(?:hey|hi|so|ok|okay|quick question)[,!.]?\s+)?"
    r"(?:(?:do|can) you (?:still )?(?:remember|recall|tell me) )?"
    r"(?:what(?: \w+){0,2}?|who|where|when|which(?: \w+){0,2}?|how old|how (?:many|much)(?: \w+){0,2}?)"
    r"(?:'s|'re| is| are| was| were| am| do| does| did| have| has)"
    rf"\b(?! you\b)(?![^?]*\b{_MODAL_OR_SHALL}\b)(?![^?]*\bmy (?:{_ACCOUNT})\b)"
    r"[^?]*\b(?:my|I|I'm|me)\b[^?]*\?\s*$"
    # "When are we going?", "Where's our flight from?": the household's plan the user told
    r"|^(?:when|where|what time|what date|which day) (?:are|were) we "
    r"(?:going|leaving|flying|staying|moving|off|travell?ing|heading|getting married)\b[^?]*\?\s*$"
    r"|^(?:when|what time|what date|which day) do we (?:leave|fly|go|travel|set off|depart|head off|get back|"
    r"come back|move)\b[^?]*\?\s*$"
    r"|^我(?:们)?(?:是)?(?:什么时候|哪天|几号|几点)(?:出发|走|动身|去|飞|回来|出差|搬家)(?![^，。！？]*(?:好|合适|应该|该|最))"
    r"|^(?:when|where|what) (?:is|'s|was) our "
    r"(?:trip|holiday|flight|wedding|appointment|party|move|booking)\b"
    r"|^(?:do|can) you (?:still )?(?:remember|recall|know) "
    r"(?![^?]*\b(?:should|could|would|shall|must|might|need)\b)"
    r"(?:my|what I|where I|who I|when I|how old I|how many)\b"
    # "What do you know about my week?": what was told of a part of the user's life
    r"|^(?:what|how much) do you (?:know|remember|have(?: noted| written down)?) (?:about|of|on) "
    rf"(?:my|our) (?!(?:{_ACCOUNT})\b)"
    rf"|^(?:(?:can|could) you (?:please )?|please )?(?:tell|remind) me (?![^?]*\b{_MODAL}\b)"
    r"(?:what|who|where|when|how old|how many)\b[^?]*\b(?:my|I)\b"
    r"|^(?:do I (?:have|take) any|am I allergic to)\b[^?]*\?\s*$"
    r"|^how (?:should|do|can|will|would|are you going to|did I (?:say|ask)) (?:you|we|they|I)?\s*(?:to )?"
    r"(?:contact|reach|call|email|text|message) me\b"
    r"|^how do I (?:like|want|prefer) to be (?:contacted|reached)\b"
    # "Anything coming up for me this week?", "我接下来有什么安排？": the plans ahead
    r"|^anything (?:coming up|planned|on|lined up)\b[^?]*\bfor (?:me|us)\b"
    r"|^我(?:们)?(?:都)?(?:接下来|最近|这周|下周|这个月)?(?:都)?有(?:什么|啥|哪些)(?:安排|计划)"
    r"(?![^，。！？,.!?]*(?:比较|更好|最好|合适|应该|推荐|建议|好[呢吗啊]?(?:[？?]|$)))"
    # (not what would suit: "我们住哪一区比较方便？", "住哪好？")
    r"|^(?:你(?:还)?(?:知道|记得))?我(?![^，。！？,.!?]*(?:比较|更好|最好|合适|方便|应该|推荐|建议|好[呢吗啊]?(?:[？?]|$)))"
    r"(?:的|家)?[^，。！？,.!?]{0,8}(?:几岁|多大|叫什么|在学什么|学的是什么|住在?哪|住哪|在哪(?:里|儿)?(?:上班|工作|上学)|上几年级|读几年级|几年级|做什么工作|是做什么的|"
    r"什么时候在家|几点(?:下班|在家|有空)|喜欢(?:吃|看|玩)?什么|爱(?:吃|看|玩)什么|不(?:能)?吃什么|怕什么|"
    r"对什么过敏|有几个孩子|有什么忌口"
    # "我早上一般几点跑步？", "我通常什么时候去健身房？": when the user does what they told they do
    r"|(?:一般|通常|平时|平常|每天|每周)[^，。！？,.!?]{0,4}(?:几点|什么时候|哪天|星期几|周几))"
    # "我的血压是多少来着？", "我体重多少？": a reading or a measure the user told
    r"|^我的?(?:血压|体重|身高|血糖|心率|胆固醇|血脂|尿酸|生日)(?:现在)?(?:是|有)?(?:多少|多重|多高|几号|哪天)"
    # "How many days until my exam?", "离考试还有几天？": how long until a plan the user told
    r"|^(?:so |and )?how (?:many|much) (?:more )?(?:days|weeks|time)\b[^?]*"
    r"\b(?:until|till|before|to go|left)\b[^?]*\b(?:my|our|I|we)\b"
    # ... the day the user told of ("How many days until the wedding?")
    r"|^(?:so |and )?how (?:many|much) (?:more )?(?:days|weeks|time)\b[^?]*\b(?:until|till|before|to) the "
    r"(?:wedding|exam|exams|trip|holiday|move|party|birthday|interview|appointment|operation|surgery|race|"
    r"marathon|due date|baby|flight|big day)\b"
    r"|^(?:那)?(?:离|距离)[^，。！？,.!?]{1,12}还(?:有|剩)(?:几|多少)天|^(?:我的?)?[^，。！？,.!?]{0,10}还(?:有|剩)(?:几|多少)天"
    # "我的一周安排你知道吗？", "你记得我每周的安排吗？"
    r"|^我的?(?:一周|每周)?的?(?:安排|日程|时间表|作息)[你您](?:都|还)?(?:知道|记得|了解)"
    r"|^[你您](?:都|还)?(?:知道|记得|了解)我的?(?:一周|每周)?的?(?:安排|日程|时间表|作息)|^(?:你们?)?(?:应该|该|要|会|打算|准备)?(?:怎么|怎样|如何|用什么方式)联系我|^你(?:还)?记得我(?:的|家)?[^，。！？,.!?]{1,10}(?:吗|么|嘛)?[？?]?$",
    re.IGNORECASE,
)
"""A question about what the user has told of themselves or their household ("How old is my daughter?",
"Where do I live?", "What am I allergic to?", "Do you remember my wife's name?", "我女儿几岁？", "我对什么
过敏？"), not for advice ("What should I cook?", "Where can I buy it?"): a model too small to answer it
faithfully mixes the facts up ("My daughter is 10 years old, and my son is 7" of a daughter of 7)."""


_WHY_PICKED = re.compile(
    r"^(?:(?:so|and|but|ok|okay|hmm|interesting)[,!.]?\s+)?(?:why|how come) (?:did|do|would|have) you "
    r"(?:pick|picked|choose|chosen|suggest|suggested|recommend|recommended|give|go for|go with|list|select)\b"
    r"|^(?:(?:so|and|but|ok|okay|hmm)[,!.]?\s+)?why (?:these|those|them|this one|that one)(?: ones)?\b"
    # ... one of them by its place: "And why the third?", "Why the last one?"
    r"|^(?:(?:so|and|but|ok|okay|hmm)[,!.]?\s+)?(?:and )?why (?:the |that )?"
    r"(?:first|second|third|fourth|fifth|last)(?: one)?\s*\??$"
    r"|^(?:(?:so|and|but|ok|okay|hmm)[,!.]?\s+)?what made you (?:pick|choose|suggest|recommend)\b"
    r"|^(?:那)?(?:你)?为什么(?:会)?(?:推荐|选|挑|给我推荐|给我选)(?:了)?(?:这些|那些|它们|这几部|这几本|这个|这部)?"
    r"|^(?:这些|那些)(?:是)?(?:怎么|为什么)(?:选|挑|推荐)(?:出来)?的",
    re.IGNORECASE,
)


def asks_why_picked(message: str) -> bool:
    """Whether ``message`` asks why the last answer picked what it did ("Why did you pick those?", "Why
    these?", "为什么推荐这些？"): the answer is what shaped the picks, not new ones."""
    return bool(_WHY_PICKED.search(simplified(message).strip()))


def asks_own(message: str) -> bool:
    """Whether ``message`` asks what the user told of themselves or their household (``OWN_QUESTION``)."""
    said = simplified(message).strip()
    return bool(OWN_QUESTION.search(said) or OWN_QUESTION.search(without_opening(said)))


RECALLED = 12
"""Memories a "what do you know about me" answer lists (the newest that still hold)."""


WANTS_A_PERSON = re.compile(
    r"\b(?:speak|talk|chat) (?:to|with) (?:a |an |some |a real |an actual )?(?:human|person|agent|someone|"
    r"somebody|representative|manager|supervisor|real person)\b|\breal (?:person|human)\b|\bhuman agent\b"
    # ... or to be called: "Can you call me about my refund?", "Could someone ring me back?"
    r"|\b(?:can|could|would|will) (?:you|someone|somebody|anyone|one of you|a person) (?:please )?"
    r"(?:call|ring|phone) me\b(?!\s+(?-i:[A-Z]))|\b(?:please )?(?:call|ring|phone) me (?:back|please|on|at|"
    r"tomorrow|today)\b|\bplease (?:call|ring|phone) me\b(?!\s+(?-i:[A-Z]))"  # (not "Please call me Ann")
    r"|人工客服|转人工|找人工|真人客服|和真人|给我打个?电话|打(?:个)?电话给我|给我回个?电话|回个电话给我",
    re.IGNORECASE,
)
"""A customer asking for a person ("I want to speak to a human", "转人工", "Can you call me about my
refund?")."""


def asks_something(message: str) -> bool:
    """Whether ``message`` asks a question or for something to be done or explained (not a greeting, a thank
    you, or news)."""
    said = message.strip()
    return said.endswith(("?", "？")) or bool(CLOSED_QUESTION.search(said) or OPEN_REQUEST.search(said))


def asks_to_forget(message: str) -> bool:
    """Whether ``message`` asks the assistant to forget what it was told ("Please delete everything you know
    about me"), as the rules read it: no model is asked, whatever extractor the memory uses."""
    return any(c.action == "forget" for c in RuleExtractor().extract(message))


def only_tells(message: str) -> bool:
    """Whether ``message`` only tells something (and greets): no question, no request but how to answer
    ("I'm hard of hearing, so please don't suggest calling" tells, and asks nothing the help pages
    answer)."""
    if message.rstrip().endswith(("?", "？")):
        return False
    rules = RuleExtractor()
    return not any(
        why_not_kept(s) == DropReason.QUESTION
        # ... nor one to forget what was told ("Please delete everything you know about me")
        and not any(c.kind == MemoryKind.INSTRUCTION or c.action == "forget" for c in rules.extract(s))
        for s in sentences(message)
    )


_ACKNOWLEDGED = frozenset({MemoryKind.PREFERENCE, MemoryKind.FACT, MemoryKind.INSTRUCTION})
"""What a small model's assistant acknowledges itself when a message only tells it."""
_ACKNOWLEDGED_IN_A_TASK = frozenset({MemoryKind.PREFERENCE, MemoryKind.INSTRUCTION})
"""The same in a domain with a task (customer service, coaching, tutoring): a stated preference or
constraint, not a fact that may need help."""


_WHO = frozenset(
    {"name", "age", "job", "employer", "study", "home", "housing", "language", "schedule", "work", "lesson",
     "learning", "height", "weight", "relationship", "origin", "born"}
)  # fmt: skip
"""Facts of who the user is ("I'm Sam, I'm in year 10"), what they learn and their week ("I work Mondays",
"My Spanish class is on Tuesdays"): acknowledged in a domain with a task too, as no help is asked."""


GIVES_DETAILS = re.compile(
    r"^(?:and\s+)?(?:(?:my|our)\s+(?:new\s+)?|the\s+new\s+)(?:e-?mail(?: address)?|phone(?: number)?|"
    r"mobile(?: number)?|number|postcode|zip(?: code)?|(?:delivery |shipping )?address|name|"
    r"account(?: number)?|username)\s+(?:is|'s)\b"
    r"|^(?:(?:我的|我)(?:新的?)?|新的?)(?:邮箱|电子邮箱|电话|手机号?码?|地址|收货地址|名字|账号|用户名)(?:是|：|:)"
    r"(?!哪|什么|多少)"
    r"|^(?:you can )?(?:reach|contact|email|call|text) me (?:at|on)\b",
    re.IGNORECASE,
)
"""A sentence that only gives the user's details ("My email is ...", "我的电话是..."): no words of the
problem the help pages are searched for ("We email you when the order is ready" answered "my order hasn't
arrived. My email is ...")."""


_STANDING = frozenset({MemoryKind.FACT, MemoryKind.EVENT})
"""Kinds of what a user tells of who they are (a goal is an event: "Trying to lose about 10 kg")."""


_OF_WHO_THEY_ARE = frozenset({"family", "household", "health", "faith"})
"""What a film or book guide is told of who the user is, not of what they like: it asks for no picks yet."""


def tells_only_who(said: Iterable[Candidate]) -> bool:
    """Whether what a message that only tells gives (``said``) is all of who the user and their household are
    ("My son is seven", "We're Quakers", "My son is profoundly deaf"), not what they like: to a guide to
    films or books it asks for no picks (five films for anyone, Pulp Fiction among them, answered "My son is
    seven")."""
    topics = [(c.topic or "").partition(":")[0] for c in said if c.action == "add"]
    return bool(topics) and all(t in _OF_WHO_THEY_ARE for t in topics)


def acknowledged(said: Iterable[Candidate], domain: Domain) -> bool:
    """Whether the memories a message that only tells gives (``said``) are for the assistant to
    acknowledge itself: a preference, a standing fact or an instruction; in a domain with a task only a
    preference or an instruction ("my knees are bad, so no running or jumping for me" to a coach), or who
    the user is ("I'm Sam, I'm in year 10"), as another fact there may need help (a customer's "my parcel
    hasn't arrived", "my knee hurts" to a coach); and a
    dated plan ("My exams start on June 3rd" to a tutor), but not to a shop's support, where "my order
    arrives tomorrow but I won't be home" asks for help. Not the news of a day; nor, to a shop's support,
    a message that also tells what happened in words no rule read ("My blender arrived with a cracked jug.
    I'd rather have a refund."): that asks for help too. To a tutor, what the learner lives with ("I have
    dyscalculia"), finds hard, and what a parent tells of the child ("我女儿上初二，数学不好") is who
    they are: it asks for no lesson on it; to a coach, a condition the client lives with ("I've got ME").
    Never a death in the family: it is answered with condolences."""
    kinds = _ACKNOWLEDGED if domain is Domain.GENERAL else _ACKNOWLEDGED_IN_A_TASK
    # to a tutor, what the learner lives with, finds hard and who of the family is learning are who they are;
    # to a coach, what the client lives with (a condition, what their body cannot take: the rules read no
    # day's ache) is too, and asks for no advice until they ask
    who = (
        _WHO | {"health", "weak", "family"}
        if domain is Domain.TUTORING
        # ... and the household's diets and allergies ("My wife is vegetarian and my son has a nut allergy"),
        # their habits, weight and goals ("I'd like to lose about 10 kg by next summer. I walk the dog ...")
        else _WHO | {"health", "sensitive", "allergy", "fear", "weak", "family", "household", "habit", "goal"}
        if domain is Domain.HEALTH_COACHING
        # to a guide to films or books, what sets the user off ("Country music makes my skin crawl") is taste;
        # the household, the body and a faith are who the user is ("My son is seven", "We're Quakers")
        else _WHO | {"sensitive", "fear", "family", "household", "health", "faith"}
        if domain is Domain.CONTENT_RECOMMENDATION
        # to a shop's support, what the customer lives with and what their home lacks ("I'm registered blind",
        # "there's no lift"), and their membership ("Hi, I'm a Plus member." was quoted the Plus pages), asks
        # for nothing: what went wrong is in words no rule reads (an episode)
        else _WHO | {"health", "allergy", "household", "family", "limits", "schedule", "membership"}
        if domain is Domain.CUSTOMER_SERVICE
        else _WHO
    )
    planned = domain is not Domain.CUSTOMER_SERVICE
    said = list(said)
    # a death told of ("My dad passed away last month and I can't focus at work.") is met by the model, with
    # condolences and what it asks, not by a note that it was kept
    if any((c.topic or "").endswith(":died") for c in said):
        return False
    # (not one that only gives their details: "..., and my email is ...")
    if not planned and any(c.kind == MemoryKind.EPISODE and not GIVES_DETAILS.match(c.text) for c in said):
        return False
    added = [c for c in said if c.action == "add"]
    if added and all(c.kind == MemoryKind.EPISODE and GIVES_DETAILS.match(c.text) for c in added):
        return True  # "My email is ... and my phone is ...": details given, nothing asked
    return any(
        c.action == "add"
        and (
            c.kind in kinds
            or (planned and c.kind == MemoryKind.EVENT and bool(c.when))
            or (c.kind in _STANDING and (c.topic or "").split(":")[0] in who)
        )
        for c in said
    )
