"""What of a user's message is worth keeping in their own words, when no rule understood it.

Kept: statements (English or Chinese) that carry some content of their own. Not kept: small talk
("thanks!", "ok", "哈哈"), and questions or requests that say nothing about the user ("what's 2+2?",
"recommend me a film", "你能推荐一本书吗？"); a question that does say something about the user ("should
I skip my run, my knees are bad?") is kept. ``worth_keeping`` decides per sentence; ``DropReason``
names why a sentence was left out, so that what the rule drops can be counted.

Of what is kept, ``lasts`` tells a standing fact about the user ("I'm deaf in my left ear", "我每天晚上九点
就睡了", "Perfume triggers my migraines": the present tense of a state, a habit, a rule) from the news of
a day ("We had pizza at the office today", "旧伞坏了，我买了一把新伞"): a standing fact is what a later
request for advice has to respect (``memory._search``). So is where the user stands with a goal or a problem
("I failed my driving theory by two marks on Monday", "the new card hasn't come yet"), what they aim at for
years ("My dream is to open a bakery one day"), how things stand for a while ("My car's in the garage until
Friday"), and what an experience left them with ("Camping in the rain put me off tents for life"), though
each is said with the news of a day.
"""

from __future__ import annotations

import re
import time
from enum import StrEnum

from tailorkit.memory._dates import MONTH_RE, expiry
from tailorkit.memory._names import as_role
from tailorkit.memory._records import Candidate
from tailorkit.memory._rules import refuses, sentences
from tailorkit.memory._words_en import BODY, CONDITIONS, PETS, RELATIONS, plain
from tailorkit.text import index_terms, is_chinese, keywords, simplified

__all__ = ["DropReason", "lasts", "likings", "refers_back", "why_not_kept", "worth_keeping"]


class DropReason(StrEnum):
    EMPTY = "empty"
    """Under two content words and nothing about the speaker ("That's amazing!", an emoji)."""
    SMALL_TALK = "small talk"
    """Greetings, thanks, acknowledgements."""
    QUESTION = "question"
    """A question or request that says nothing about the user."""


_SMALL_WORDS_EN = (
    r"(?:hi|hello|hey|yo|hiya|thanks|thank you|thx|ty|ok|okay|k|cool|great|nice|awesome|wow|lol|haha|"
    r"sure|yes|yeah|yep|no|nope|bye|goodbye|good night|good morning|see you|sounds good|got it|"
    r"perfect|amazing|right|alright|all right|fine|hmm|oh|ah|oops|sorry|np|no problem|you too|same|"
    # what is said back of an answer: "that was helpful", "makes sense", "good to know"
    r"that(?:'s| is| was) (?:really |very |so |super )?(?:funny|helpful|great|useful|good|interesting|cool|"
    r"nice|perfect|brilliant|fair|clear|handy)|(?:very |really |super )?(?:helpful|useful)|makes sense|"
    r"good to know|fair enough|that helps|will do|noted|"
    # a hedge that leads into what the user says, alone: "Not to overshare, but ...", "Long story short"
    r"not to overshare|not sure if (?:this|it) matters|(?:this|it) might be tmi|long story short|"
    r"sorry for the (?:essay|long message|rant)|just so you know|for what it's worth|fyi|heads up)"
)
_SMALL_TALK_EN = re.compile(
    rf"^{_SMALL_WORDS_EN}(?:[\s,!.]+(?:{_SMALL_WORDS_EN}|so much|a lot|again|there|buddy|mate|man|you|too|"
    r"then|now))*[\s!.?~]*$"
    # thanks for what the assistant did ("Thanks for the help earlier"), when it says nothing of the user
    r"|^(?:thanks|thank you|cheers)(?: so much| a lot)? for (?![^.!?]*\b(?:I|my|me|we|our)\b)"
    r"[^.!?]{1,40}[\s!.~]*$",
    re.IGNORECASE,
)
_SMALL_WORDS_ZH = (
    r"(?:听起来|看起来|感觉|真|挺|很)?(?:你好|您好|嗨|哈喽|谢谢|多谢|感谢|好的|好吧|好|嗯|嗯嗯|哦|哈哈+|呵呵|行|可以|没问题|再见|拜拜|"
    r"晚安|早上好|不客气|对|是的|没错|厉害|太棒了|不错|对了|顺便说一下|顺便提一下|顺便说一句|话说|另外|说实话|老实说|说真的|"
    r"丑话说在前面|跟你说一声|先说一下|提醒一下|明白|懂|收到|知道|了解|有帮助|有用|太有用|很有用"
    r"|我?先说一下|跟你说个事|说句实话|提前说一下|顺便问一下|顺便一提|不好意思|抱歉|对不起|打扰一下|打扰了|还有|"
    r"忘了说|忘记说|忘了告诉你|忘记告诉你|差点忘了)"
    r"(?:你|您|啦|了|呀|哦|啊|吧)*"
)
_SMALL_TALK_ZH = re.compile(
    rf"^{_SMALL_WORDS_ZH}(?:[\s，,、!！。.~～]+{_SMALL_WORDS_ZH})*[\s!！。.~～?？]*$"
    r"|^(?:谢谢|多谢|感谢)(?:你|您)?(?:刚才|之前|上次)?的?(?:帮助|帮忙|建议|推荐|回答|解答|耐心)[\s!！。.~～]*$"
    # a greeting to whom the assistant plays: "老师好", "医生您好", "大家好"
    r"|^(?:老师|医生|大夫|教练|客服|大家|各位|同学们?)(?:您|你)?(?:好|们好)[\s!！。.~～]*$"
    r"|^(?:你好|您好|嗨|哈喽)[\s，,]*(?:老师|医生|大夫|教练|客服|大家|各位|同学们?)[\s!！。.~～]*$"
)
_QUESTION_START_EN = re.compile(
    r"^(?:what|what's|whats|who|whom|whose|which|when|where|why|how|is|are|am|was|were|do|does|did|can|"
    r"could|would|will|shall|should|may|might|have|has|tell me|give me|show me|recommend|suggest|"
    # ("Any colour except orange, it washes me out." is no question)
    r"any(?![^?]*\b(?:except|but|apart from|other than|as long as)\b[^?]*$)|"
    r"find|list|explain|help|please|write|translate|summari[sz]e|remind me|calculate|convert|draft|rewrite|"
    r"define|describe|compare|solve|generate|compose|proofread|paraphrase|spell|outline|recite|"
    r"count(?! me (?:in|out))|"
    # "Make a shopping list for ...", "Create a plan ..." (not "Make sure answers are short")
    r"(?:make|create|plan) (?:me |us )?(?:a|an|some)|name (?:one|two|three|four|five|some|a few|\d+))\b"
    r"(?!['’])",  # not "can't"
    re.IGNORECASE,
)
# A sentence says something about the speaker when it states what they are, have, do, did or feel,
# not merely when it asks for something for them ("give me", "can you help me").
_ABOUT_ME_EN = re.compile(
    r"\b(?:I'm|I am|I've|I have|I had|I was|I'd|I'll|I (?!(?:want|need|wonder|would like|'d like)\b)\w+|"
    r"my|mine|we're|we are|we've|we (?:(?:already|still|also|just|now|both) )?(?:have|own|live)|our)\b",
    re.IGNORECASE,
)
_INVERTED_I = re.compile(
    r"\b(?:should|can|could|would|do|did|shall|may|might|will|must|am|was)\s+I\b", re.IGNORECASE
)
"""Where "I" is only the subject of a question ("what should I eat?"), it tells nothing yet."""
_MODAL_I = re.compile(r"\bI (?:can|could|should|might|may|would|will|'d|'ll)\b", re.IGNORECASE)
"""... or of what a question asks for ("What's a quick dinner I can make before my shift?")."""
_OURS = (
    "parent|child|children|family|families|grandparent|grandchild|grandchildren|grandkid|in-law|twin|"
    "flatmate|housemate|roommate|neighbour|neighbor|team|club|business|company|shop|student|pupil|class|"
    "patient|client|staff|employee|boy|girl|teen|teenager|toddler"
)
"""Who else, or what group, a user's question can be of ("Can my parents stay at Easter?", "Which book should
our club pick?"): it tells that there is one."""
_NOT_SOMEONE = rf"(?!(?:[\w'-]+\s+){{0,2}}(?:(?:{RELATIONS}|{PETS}|{_OURS})s?\b|(?:{BODY})\b|{CONDITIONS}))"
"""What follows "my" is no person, animal, body part or condition, even with a word or two before it ("my
guide dog", "my vegan daughter")."""
_INVERTED_MY = re.compile(
    rf"\b(?P<modal>should|can|could|would|shall|might|must|will)\s+(?:my|our)\s+{_NOT_SOMEONE}", re.IGNORECASE
)
"""Where what is the user's is only the subject of a question ("What should my long run be this Sunday?",
"How long should my warm-up be?"), it asks for advice and tells nothing yet (not of a person, an animal, the
body or a condition: "Should my daughter take the advanced class?" tells of a daughter, "Could my migraines
be from stress?" of migraines)."""
_POSSESSIVE = re.compile(r"\b(?:my|mine|our)\b", re.IGNORECASE)
_PLAIN_MINE = re.compile(rf"\b(?:my|our)\s+{_NOT_SOMEONE}", re.IGNORECASE)
"""What is the user's, but not a person, an animal, the body or a condition ("my shift", "my home office")."""
_TELLING_MINE = re.compile(
    rf"\b(?:my|our)\s+(?!(?:best|own|other|old|older|younger|little|big|eldest|oldest|youngest|new|next|late|"
    rf"favourite|favorite|lovely|dear|{RELATIONS}|{PETS})\b)[\w'-]+\s+"
    rf"(?:{RELATIONS}|{PETS}|boy|girl|teen|teenager|toddler|twin|parent|child|grandparent|grandchild)s?\b"
    rf"|\b(?:my|our)\s+(?:[\w'-]+\s+)?(?:{CONDITIONS})",
    re.IGNORECASE,
)
"""Who or what of the user's a question names with what they are ("my vegan daughter", "my diabetic cat", "my
nut allergy"): it tells, where the one it names alone ("my aunt") does not."""
_ACCOUNT_MY = re.compile(
    r"\b(?:my|our) (?:next |last |latest |new |recent |first |current )?(?:orders?|account|parcels?|"
    r"packages?|deliver(?:y|ies)|refund|return|payment|card|password|subscription|membership|booking|"
    r"reservation|ticket|invoice|bill|balance|points|voucher|gift card|warranty|claim|"
    r"tracking(?: number)?)\b",
    re.IGNORECASE,
)
"""What a customer's question asks the shop about ("Where will my next order go?"): nothing of them."""
_RECALLS_EN = re.compile(
    r"^(?:(?:hey|hi|so|ok|okay|sorry)[,!.]?\s+)?"
    r"(?:(?:what|when|where|who|which|how old|how many|how much)(?: \w+){0,2}?(?:'s| is| are| was| were) my"
    r"|(?:what|how much) do you (?:know|remember|have(?: noted| written down)?) (?:about|of|on) (?:my|our)"
    r"|(?:do|can) you (?:still )?(?:remember|recall|tell me) (?:what|when|where|who|which) my"
    # "Do you know what I'm learning?", "Do you remember what I do for a living?"
    r"|(?:do|can|did) you (?:still )?(?:know|remember|recall) (?:what|when|where|who|which|how old) "
    r"I(?:'m| am| was| do| did| told you| said| like| study| learn| work)"
    r"|(?:where|how long) (?:do|did|have) I (?:been )?(?:live|lived|living|work|worked|working|study|studied|"
    r"studying)|what (?:did|have) I (?:tell|told|say|said|mention|mentioned) (?:to )?(?:you )?"
    r"(?:(?:about|of) )?my)"
    r"(?: [\w'-]+){0,4}\s*\?\s*$",
    re.IGNORECASE,
)
"""A question for what the user told before ("When is my Spanish class?", "What do you know about my week?",
"How long have I lived in Lisbon?"):
it tells nothing new (not "What's my best option given my bad knee?", which says more)."""
_QUESTION_END_ZH = re.compile(
    r"(?:吗|什么|怎么样|怎么办|咋办|怎么弄|如何|哪里|哪个|多少|几点|为什么)[\s?？。!！~～]*$|[?？]\s*$"
    # 吧 asks, or asks for something, unless what the user says of themselves ends with it, closed with a full
    # stop: a guess at themselves ("我应该算比较内向的吧。"), not a question
    r"|^(?!我)[^\n]*吧[\s?？。!！~～]*$|吧[\s?？~～]*$"
    # a softening particle asks only where no full stop closes it ("你呢", not "宝宝只肯在婴儿车里睡午觉嘛。")
    r"|[呢嘛么][\s~～]*$"
)
_REQUEST_ZH = re.compile(
    r"^(?:请|麻烦|帮我|给我|推荐|告诉我|你能|你可以|能不能|可不可以|可以)"
    # a task for the assistant: "写一首关于秋天的小诗", "简单解释一下光合作用", "用两句话概括一下《红楼梦》"
    r"|^(?:简单|大概|帮忙)?(?:写一?[首篇段个封]|概括|总结|翻译|解释|讲讲|讲一下|介绍一下|算一下|计算|列出|举个例子|"
    r"从[一二三四五六七八九十\d]+数到|数到[一二三四五六七八九十百\d])"
    r"|^用[^，。！？]{1,8}(?:概括|总结|解释|说明|翻译|写|数到)"
)
_OPENING = re.compile(
    r"^(?:(?:sorry|wait|oh|um+|btw|by the way|I forgot|I forget|I've forgotten|I can't remember|"
    r"I don't remember|remind me)[,!.…:]*\s+)+"
    r"|^(?:我忘了|我忘记了|我想不起来了|忘了|对了|那个|请问)[，,。：:…]*",
    re.IGNORECASE,
)
"""What may open a question about what the user told ("I forgot, what did I tell you about my job?",
"我忘了，我在哪上班来着？")."""


def without_opening(question: str) -> str:
    """``question`` without what opens it (``_OPENING``): "I forgot, where do I work?" -> "where do I
    work?"."""
    return _OPENING.sub("", question.strip(), count=1)


_RECALLS_ZH = re.compile(
    r"^(?:你(?:还)?(?:知道|记得)|请问)?我(?![^，,。；;！!？?]*(?:比较|更好|最好|合适|方便|应该|推荐|建议|能|可以))"
    r"(?:的)?(?:女儿|儿子|孩子|老公|老婆|妈妈|爸爸)?"
    # "我早上一般几点跑步？", "我通常什么时候去健身房？"
    r"(?:现在|以前|平时|平常|一般|通常|每天|每周|早上|晚上|周末|下午|上午|中午)*"
    r"(?:在|是|叫|住在?|做|有|多|今年|的(?:名字|工作|职业|年龄|生日))?"
    # "你知道我在学什么吗？"
    r"(?:学|读|练|忙|干|做|用|养|喜欢|怕)?"
    r"(?:在)?(?:哪里|哪儿|哪|什么时候|什么|几|多少|多大|谁)[^，,。；;！!]{0,6}[？?]\s*$"
)
"""A question for what the user told before ("我在哪里工作？", "我叫什么？", "我今年几岁？"): it tells nothing
new (a question mark closes it: "我有多少花多少。" says how the user spends). Not one for advice ("我什么时候
练听力比较好？")."""
_ABOUT_ME_ZH = re.compile(
    r"(?<!适合)(?<!合适)我(?=的|们|家|儿|女|老|妈|爸|孩)|(?<![给帮替诉让叫得道解合系])我"
    r"(?!(?:现在|这次|接下来|到底|还|又|要|晚上|早上|白天|平时|每天|周末|今天|明天|下午|上午|中午)*(?:想问|想知道|想请问|能(?!力)|可以|该|应该|应不应该|可不可以|要不要|需不需要|"
    r"适合|适不适合|怎么|怎样|如何))|咱们"
)
""""我" as what the user is or has; not as whom a request is for ("给我推荐", "帮我找", "告诉我", "适合我的",
"怎么联系我"), nor as who asks whether they may or how ("我能去吗？", "我可以喝咖啡吗？",
"那我现在该怎么操作？"), nor what is known of them
("你还记得我吗", "你了解我吗")."""


def why_not_kept(sentence: str) -> DropReason | None:
    """Why ``sentence`` is not worth keeping in the user's own words (None: it is)."""
    text = sentence.strip()
    if is_chinese(text):
        text = simplified(text)  # "我對花生過敏": the same words as "我对花生过敏"
        core = re.sub(r"[\s\W_]+", "", text)
        if len(core) < 2:
            return DropReason.EMPTY
        if _SMALL_TALK_ZH.match(text):
            return DropReason.SMALL_TALK
        if asks(text) and (not _ABOUT_ME_ZH.search(text) or _recalls(text, chinese=True)):
            return DropReason.QUESTION
        return None
    text = plain(text)  # "I’m", "im"
    terms = index_terms(text)
    # "What exercise could I do after my shift?" asks for advice: "my shift" tells nothing new
    advice = text.endswith("?") and "," not in text
    asked = _ACCOUNT_MY.sub(" ", text) if text.endswith("?") else text
    if advice and _INVERTED_I.search(text):
        # (but who or what of theirs said with what they are tells: "What can I cook for my vegan daughter's
        # birthday?", "How do I keep my diabetic cat's weight down?"; not "What should I get my aunt?")
        asked = _PLAIN_MINE.sub(" ", asked) if _TELLING_MINE.search(asked) else _POSSESSIVE.sub(" ", asked)
    elif advice and _MODAL_I.search(text):
        # (not what is of a person, an animal, the body: "... about my knee pain?" tells)
        asked = _MODAL_I.sub(" ", _PLAIN_MINE.sub(" ", asked))
    elif advice:  # "What should my long run be ... after my ACL surgery?": the surgery tells
        asked = _INVERTED_MY.sub(lambda m: f"{m.group('modal')} ", asked)
    about_me = bool(_ABOUT_ME_EN.search(_INVERTED_I.sub(" ", asked)))
    # (a word that is a must or ruled out says enough: "Subtitles are a must for me")
    if not terms or (len(terms) < 2 and not about_me and not A_MUST.search(text)):
        return DropReason.EMPTY
    if _SMALL_TALK_EN.match(text):
        return DropReason.SMALL_TALK
    if asks(text) and (not about_me or _recalls(text, chinese=False)):
        return DropReason.QUESTION
    return None


A_MUST = re.compile(
    r"\b(?:is|are|'s|'re) (?:a )?(?:must|no-go|no-no|non-negotiable|dealbreaker|deal-breaker)(?![\w-])", re.I
)
"""What is a must or ruled out ("Subtitles are a must for me"): a word of it says enough to keep."""


def asks(sentence: str) -> bool:
    """Whether ``sentence`` is a question or a request ("my parcel is damaged, what do I do?", "我的包裹破损了
    怎么办"), whatever it also says about the user."""
    text = sentence.strip()
    if refuses(text):
        return False
    if is_chinese(text):
        text = simplified(text)  # "我對花生過敏": the same words as "我对花生过敏"
        return bool(_QUESTION_END_ZH.search(text) or _REQUEST_ZH.match(text))
    if _DONE_TO.match(text) or _GIVEN_THEN.match(text) or _WHEN_THEN.match(text):
        return False  # "(I paid with PayPal but) was charged twice."
    return text.endswith("?") or bool(_QUESTION_START_EN.match(text) or _WANTS_SOMEONE.match(text))


_WHEN_THEN = re.compile(
    r"^(?:when|whenever|once|while)\b[^?]*?,\s*(?=\S)(?!(?:can|could|would|will|please|tell|give|show|what|how|where|when|"
    r"why|which|who|do|does|is|are|should|any|make|try|remember|don't|be|let|keep|go|take|check|look|use|get|ask|"
    r"find|avoid|pick|choose|start|stop|never|always|just)\b)[^?]+$",
    re.I,
)
"""A time said before what holds then ("When you're coeliac, you learn to check every label"): no question,
whatever its first word (not "When you get a chance, can you send the list")."""
_GIVEN_THEN = re.compile(
    r"^(?:give|put|show|hand|leave|let|sit) me\b[^?]*?,? and "
    r"(?:I(?!'ll| will| can| could)|something|everything|things|my)\b[^?]*$",
    re.I,
)
"""What follows when the user is given something, said as an order ("Give me a drill and something will
end up broken", "Put me on a viewing deck and my legs go to jelly"): no request."""
_DONE_TO = re.compile(
    r"^(?:was|were|got)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|sent|told|left|sold|lost|kept)\b[^?]*$", re.I
)
"""A clause that goes on without a subject, of what was done to the user ("... but was charged twice",
"... and got told to wait"): no question, whatever its first word."""


_WANTS_SOMEONE = re.compile(
    r"^(?:(?:I|we) (?:really )?(?:want|need|would like|'d like|wanna|demand) to |let me |put me through to )?"
    r"(?:speak|talk|chat) (?:to|with) (?:a |an |the |some |your )?(?:real |actual |live )?(?:human|person|"
    r"agent|manager|supervisor|representative|someone|somebody)\b",
    re.IGNORECASE,
)
"""A request for a person to speak to ("I want to speak to a real person."): it asks, it tells nothing of the
user."""


_BACK_EN = re.compile(r"\b(?:it|them|that|this|those|these)\W*$", re.IGNORECASE)
_BACK_ZH = re.compile(r"(?:它们?|这个|那个|这些|那些|这样|那样)[\W_]*$")


def refers_back(clause: str) -> bool:
    """Whether ``clause`` ends on a pronoun and names nothing else ("so I avoid it", "所以我不吃它"):
    beside a clause of the same message that was understood, it only points back at that one."""
    text = clause.strip()
    if is_chinese(text):
        text = simplified(text)  # "我對花生過敏": the same words as "我对花生过敏"
        return bool(_BACK_ZH.search(text)) and len(re.sub(r"[\s\W_]+", "", text)) <= 8
    return bool(_BACK_EN.search(text)) and len(index_terms(text)) <= 1


def asks_back(sentence: str) -> bool:
    """Whether ``sentence`` asks back what the user told ("What did I say my son finds hard?", "我叫什么？"):
    it states nothing, whatever a rule would read in its words ("Son finds hard hard")."""
    text = sentence.strip()
    if not asks(text):
        return False
    chinese = is_chinese(text)
    return _recalls(simplified(text) if chinese else plain(text), chinese=chinese)


def _recalls(text: str, *, chinese: bool) -> bool:
    """Whether ``text`` (simplified, or plain English) is a question for what the user told before, after
    what opens it (``_RECALLS_ZH``, ``_RECALLS_EN``)."""
    return bool((_RECALLS_ZH if chinese else _RECALLS_EN).match(without_opening(text)))


def worth_keeping(sentence: str) -> bool:
    """Whether ``sentence`` is kept as the user's own words when no rule understood it."""
    return why_not_kept(sentence) is None


def likings(message: str) -> list[str]:
    """What ``message`` says the user likes or does, in the words of the rules that read it ("I play golf
    every Sunday" -> "golf every Sunday", "我每天早上六点跑步" -> "每天早上六点跑步"): the interests it shows.

    Only what a rule understood counts: a sentence kept as the user's own words names no interest ("I
    eat eggs", "We take the bus everywhere": no taste for eating or buses), nor does what keeps
    something away ("I can't stand horror films"), who the user is (a name, a job, a home town), what
    they live with (a condition, an allergy, a weak subject: "my knees are bad" is no interest in
    knees) or work towards, a plan, what someone else wants of them, a request to forget something, or
    a clause that asks ("我的包裹破损了怎么办？" is no interest in parcels; "I love jazz, any tips?" is one
    in jazz)."""
    from tailorkit.memory._extract import RuleExtractor  # the rules read each sentence as a statement

    rules = RuleExtractor()
    kept = (s for s in sentences(message) if worth_keeping(s))  # not questions, requests, small talk
    told = (" ".join(c for c in _CLAUSE.split(s) if c.strip() and not asks(c)) for s in kept)
    out: list[str] = []
    for sentence in told:
        if not sentence or _OBLIGED.search(sentence):
            continue
        # a sentence of two languages is read a clause at a time ("I love hiking, 也喜欢登山")
        found = rules.extract(sentence) or [
            c for part in _CLAUSE.split(sentence) for c in rules.extract(part)
        ]
        if any(c.action == "forget" for c in found):  # "forget that I'm vegetarian": what is to go
            continue
        out += [
            _liked(c)
            for c in found
            if c.polarity > 0
            and (c.topic or "").split(":")[0] in _INTEREST
            and not _WHEN_FREE.search(c.text)
            and not re.match(r"habit:(?:以前|之前|过去|原来)", c.topic or "")  # "以前常跑步": no longer
        ]
    return [said for said in out if said]


def _base_form(verb: str) -> str:
    """A verb as a memory's third person reads it, back in its base form: "Swims" -> "swim", "Studies" ->
    "study"."""
    verb = verb.lower()
    return verb[:-3] + "y" if verb.endswith("ies") else re.sub(r"(?<=ch|sh|ss|.x|.z|.o)es$|s$", "", verb)


def interest_words(memories: list[str]) -> set[str]:
    """The profile's keywords that what ``memories`` say can have given it (``likings``): the words of
    each, and the verb of a habit in its base form ("Runs 5k three times a week": run). Forgetting the
    memories takes these from the profile."""
    return {
        *keywords(" ".join(memories)),
        *(_base_form(said.split()[0]) for said in memories if said.strip()),
    }


def _liked(c: Candidate) -> str:
    """What a memory that shows an interest shows it in: "Likes Harry Potter": not "likes"; "Would rather
    pay upfront": not "would rather"; a habit that says only when ("Swims every morning"): its verb."""
    if is_chinese(c.text):
        return c.text
    verb, _, rest = c.text.partition(" ")
    if (c.topic or "").startswith("habit:"):  # not what it is for ("Gets up at 5 every morning for work")
        rest = re.sub(r" (?:for|to) [^,]+$", "", rest)
    if (c.topic or "").startswith("habit:") and not keywords(rest):
        verb = _base_form(verb)
        return "" if verb in _NO_PASTIME else verb
    return rest.removeprefix("rather ")


_NO_PASTIME = frozenset(
    {"get", "go", "do", "have", "take", "make", "visit", "enjoy", "smoke", "work", "wake", "sleep", "eat",
     "drink", "leave", "need", "start", "finish", "check", "call", "feel", "try", "use", "see", "watch", "be"}
)  # fmt: skip
"""What a habit does that shows no interest by itself ("Gets up at 5 every morning", "Smokes")."""
_INTEREST = frozenset({"likes", "favourite", "drink", "uses", "learning", "habit"})
"""Memory topics that show an interest: a liking, a favourite, what the user drinks or uses, learns, or
does as a habit. Not who the user is or what they live with or work towards ("I'm Ben, a teacher from
Leeds", "My knees are bad", "I'm vegetarian", "I'm training for a half marathon": no interest in
"half"), nor an instruction ("别给我安排周末的任务" is no interest in tasks) or a plan."""
_WHEN_FREE = re.compile(r"\bcan only\b|\bonly (?:have|has|get|gets) time\b|才(?:有(?:时间|空)|能)", re.I)
"""A habit that says when the user has time ("Can only study late at night", "每天晚上九点以后才有时间学习"):
no interest in studying."""


_OBLIGED = re.compile(
    r"\b(?:wants?|wanted|told|tells|says|said|asked|asks|advised|advises|needs?|makes?|made) me to\b"
    r"|\bI (?:have|had|need|needed|must) to\b|\bI've got to\b"
    r"|让我|要我|叫我|逼我|我(?:还|也|就|必须|一定)?得(?=[\u4e00-\u9fff])",
    re.IGNORECASE,
)
"""What someone else wants of the user, or what they must do: no interest of theirs ("my doctor wants me to
lose a few kilos" is none in doctors; "I have to work late" none in work)."""


_CLAUSE = re.compile(r"(?<=[,，;；])\s*")
"""Where a sentence's clauses part: "I love jazz, any suggestions?" tells one thing and asks another."""


_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_ASKS_EN = re.compile(
    r"^(?:what|who|which|when|where|why|how|is|are|do|does|did|can|could|would|will|should|tell|give|"
    r"show|remind|spell|translate|write|explain|summarise|summarize|please|help)\b",
    re.IGNORECASE,
)
_PAST = (
    r"(?:\w+ed|was|were|had|did|went|got|made|took|saw|ate|bought|found|came|left|met|ran|wrote|spent|"
    r"lost|broke|gave|told|thought|felt|heard|sat|slept|won|paid|drove|flew|swam|began|brought|caught|"
    r"taught|fell|kept|sold|sent|built|said|knew|grew|threw|forgot|became|chose|stood|woke|wore)"
)
_PASSING_EN = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|week|weekend)|"
    # ("I get paid on the last Friday of the month" is every month's)
    rf"(?:last|next) (?:night|week|weekend|month|year|time|{_DAYS})(?! of (?:the|every|each) month)|earlier|"
    r"again|lately|recently|"
    rf"ago|finally|on {_DAYS}(?!s)(?! (?:mornings|afternoons|evenings|nights)\b)|the other day|"
    rf"just(?= (?:{_PAST}|been|back|home|about|now)\b))\b",
    re.IGNORECASE,
)  # "on Sundays", "on Thursday evenings": habits; "I just got back" is news, "I just wilt in the heat" is not
_BETWEEN = (
    r"(?:really|truly|never|always|only|usually|still|also|often|rarely|mostly|normally|generally|"
    r"actually|honestly|totally|basically|absolutely|definitely|can't|cannot|don't|do not|won't)"
)
_ING_VERBS = r"(?:sing|bring|ring|sting|swing|cling|fling|spring|string|wring)"
"""Verbs that only end in -ing ("I sing in a choir"): no doing of the moment."""
_LASTING_EN = re.compile(
    # a state held for a while, "I'm <state>" (not "I'm <doing>"), "I <verb>" in the present,
    # "my <thing> is/uses/can't ...", "<it> makes me / triggers my ..."
    r"\b(?:I've been|I have been|I've had|I have had)\b.*\b(?:for|since)\b"
    r"|\b(?:I'm|I am|we're|we are)\s+(?!\w+ing\b)\w+"
    # a charge kept for a while: "I'm looking after my neighbour's allotment while she's in hospital"
    r"|\b(?:I'm|I am|we're|we are)\s+(?:\w+\s+)?(?:looking after|taking care of|caring for|minding)\b"
    # (a verb that only ends in -ing is no doing: "I sing in a choir")
    rf"|\b(?:I|we)\s+(?:{_BETWEEN}\s+)*(?!{_PAST}\b)(?!(?!{_ING_VERBS}\b)\w+ing\b)[a-z']+"
    r"|\b(?:I've|we've|I have|we have)\s+got\b"
    r"|\b(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:is|are|has|have|uses|doesn't|don't|isn't|aren't|can't|won't|"
    r"needs|gets|makes|lives|works|hates|loves|never|always|only|shake|shakes|ache|aches|hurt|hurts|swell|"
    r"swells|screams|barks|eats|sleeps|naps|wears|speaks|collects|plays|goes|give way|gives way|lock|locks|"
    r"need|live|share|backs onto|faces|overlooks|expires|runs out|lapses|renews|ends|get|feel|go numb|turn|"
    r"involves|means|requires|keeps)\b"
    # what one of the user's does, as a habit of the present: "My tortoise hibernates in our fridge"
    r"|\b(?:my|our)\s+(?:[\w'-]+\s+){0,2}?[a-z]+\s+(?!(?:is|was|has|does|goes)\b)[a-z]+[^s\W']s\s+(?:in|on|at|with|every|"
    r"all|through|over|under|from|most|whenever|when|if|until|till)\b"
    # how the user gets about now: "(I sold my car last month and) cycle everywhere now"
    r"|\b(?:cycle|walk|bike|drive|bus it|get the bus|take the bus) everywhere\b"
    r"|\bthe (?:house|flat|home|place|garden|yard|kitchen|bathroom|bedroom|balcony|street|building)"
    r"\s+(?:is|has)\b"
    # ... said with "'s": "My flat's above a takeaway", "My car's electric"
    r"|\b(?:my|our)\s+(?:[\w-]+\s+)?(?:house|flat|home|place|room|bedroom|kitchen|garden|street|building|"
    r"office|car|van|bike|phone|laptop|job|commute|area|town|village|landlord|boss)'s\b"
    # what always happens there: "it always smells of chips"
    r"|\bit\s+(?:always|usually)\s+(?:smells|rains|floods|gets|is)\b"
    r"|\blives? with (?:us|me)\b"
    # a rota, work by the time of day: "Shift pattern's four on, four off", "Working nights in a data centre"
    r"|\bshift pattern\b|\b(?:two|three|four|five|six|\d+) on,? (?:two|three|four|five|six|\d+) off\b"
    r"|\bworking (?:nights|days|lates|earlies|weekends|shifts|from home)\b"
    r"|\bon (?:a|the) waiting list\b"
    # a household member said without "my": "Mum's in a care home nearby"
    r"|^\W*(?:mum|mom|dad|mother|father|gran|granny|grandma|grandad|grandpa|nan|nana)(?:'s| is)\s+"
    r"(?:in (?:a |an )?(?:care home|nursing home|hospital|hospice|wheelchair)|a|an|got|from|allergic|deaf|"
    r"blind|diabetic|disabled|retired|housebound)\b"
    # an early start, a streak, a diet, a household member said without "my", what rules the day
    r"|\b(?:\d{1,2} ?(?:am|pm)|early|late) (?:starts|finishes)\b"
    r"|\b(?:sober|clean|vegan|vegetarian|smoke-free|teetotal)\s+(?:for\s+)?(?:\d+|a|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?:years?|months?)\b"
    r"|^\W*(?:son|daughter|husband|wife|partner|kid|boyfriend|girlfriend|boss)(?:'s| is)\s+(?:a|an|allergic|"
    r"deaf|blind|diabetic|autistic|coeliac|celiac|vegan|vegetarian)\b"
    r"|\b(?:rules?|runs?) everything\b"
    # what the user takes with an exception or on a condition: "Anything but jazz", "Happy with any cuisine
    # except Indian", "I'd go anywhere as long as there's a beach", "Dogs are fine, cats set off my asthma"
    r"|\b(?:any|anything|anywhere|anyone)\b[^.!?]{0,40}\b(?:except|but|apart from|other than|besides|"
    r"as long as|so long as|provided)\b|\beverything (?:except|but|apart from|other than)\b"
    r"|\b(?:is|are|'s|'re) fine\b[^.!?]{0,40}(?:,|\bbut\b|\bjust\b|\bas long as\b)"
    r"|\bjust (?:not|nothing|no)\b"
    r"|\bsets? off (?:my|me)\b|\bis my (?:\w+ )?nightmare\b"
    # what something always sets off: "jump scares = instant panic attack for me"
    r"|\s=\s[^.!?]*\bfor me\b|\b(?:instant|guaranteed) (?:panic attack|migraine|meltdown|headache)s?\b"
    # who is at home now, a stretch of the week: "It's just me and the dog now", "The kids are with me
    # Monday to Thursday"
    r"|\b(?:it's|it is|there's|there is) just (?:me|us)\b"
    rf"|\b{_DAYS}s? (?:to|through|till|until) {_DAYS}s?\b|\b{_DAYS}s and {_DAYS}s\b"
    # what has held since then: "Since the divorce, money's been tight"
    r"|^\W*(?:ever )?since\b[^,]{1,40},\s*(?:[\w-]+\s+){0,3}?[\w-]+(?:\s+has|\s+have|'s|'ve)\s+been\b"
    # the language the user thinks in: "English isn't my first language"
    r"|\b(?:is|isn't|is not|'s)\s+(?:not\s+)?my (?:first|native|second|third|mother) (?:language|tongue)\b"
    # what a household's little ones or animals always do: "the baby only naps in the pram"
    r"|\bthe (?:baby|kids|children|twins|toddler|dog|dogs|cat|cats) (?:only|always|never|usually|won't|can't|"
    r"doesn't|don't|hates|hate|loves|love)\b"
    # what rules a household's days: "Two kids under three, so naps rule our day"
    r"|\b(?:rule|rules|run|runs|shape|shapes|dictate|dictates)\s+(?:our|my)\s+(?:day|days|life|lives|week|"
    r"weeks|house|home|schedule)\b"
    # what is ruled out or a must: "Loud music at night is a no from our neighbours"
    r"|\bis (?:a )?no go\b|" + A_MUST.pattern + r"|\bis a no\b(?!-)"
    r"|\bno (?:pets|smoking|shoes|visitors|guests)(?: are)? allowed\b"
    # a rota, a diet, a phase: "Night shifts all this month", "On a plant-based diet for my heart",
    # "The baby's teething"
    r"|\b(?:night|early|late|day|double|split|[\w]+-hour) shifts\b"
    r"|\bon (?:a|an|the) (?:[\w-]+ ){0,2}?diet\b"
    r"|\b(?:doing|on|trying)\s+(?:keto|paleo|atkins|whole30|slimming world|weight watchers|"
    r"intermittent fasting|(?:the )?5:2|low[- ]carb|no[- ]carb|zero[- ]carb)\b"
    r"|\b(?:teething|potty training|weaning|sleep regression)\b"
    # who the user is, said without "I'm": "Renting, so no pets allowed", "Recently widowed"
    r"|^\W*(?:(?:recently|newly|just|happily|semi-)\s*)?(?:renting|retired|widowed|divorced|separated|single|"
    r"married|engaged|unemployed|self-employed|pregnant|disabled|housebound)"
    r"(?=\s*(?:[,.;!]|$)|\s+(?:so|and|now|since|these)\b)"
    # "My husband's from Naples", "my wife's a vicar": who they are ("my mum's birthday" is no such)
    r"|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+'s\s+(?:from|a|an|allergic|deaf|blind|diabetic|going|failing|away|"
    r"getting worse|not (?:great|good|what)|bad|poor|terrible|shot)\b"
    # a habit said by how often, whoever does it: "The kids go to their dad's every other weekend"
    rf"|\bevery (?:other |second |single )?(?:day|week|weekday|weekend|month|year|morning|evening|night|"
    rf"working day|school day|{_DAYS})\b"
    rf"|\bmost (?:days|nights|weekends|weeks|mornings|evenings|{_DAYS}s)\b"
    # how a household's days go: "Mornings are chaos with three kids under five"
    rf"|(?:^\W*|,\s*(?:so|and|but)\s+|\bso\s+)(?:mornings|evenings|weekends|weekdays|nights|bedtimes?|{_DAYS}s)\s+(?:are|is)\b"
    # ... and what is on them: "Kids' swimming lessons are Saturday mornings"
    rf"|\b(?:is|are)\s+(?:on\s+)?(?:{_DAYS}s|{_DAYS}\s+(?:mornings|afternoons|evenings|nights))\b"
    # what comes round by the calendar: "my rent's due weekly", "I'm paid monthly"
    r"|\b(?:paid|due|billed|charged|delivered|collected)\s+(?:every\s+)?(?:weekly|fortnightly|monthly|quarterly|"
    r"yearly|annually|daily|week|month|fortnight)\b"
    # ... and its times: "The kids' bedtime is seven sharp"
    r"|\b(?:bedtime|curfew|lights out|nap ?time|home time|tea ?time|dinner ?time)\s+is\b"
    # where the user lives, said as home: "Home is a narrowboat on the canal"
    r"|^\W*home(?: for (?:me|us))? is\b"
    # what the home lacks: "Three flights of stairs to my flat and no lift"
    r"|\bno (?:lift|elevator|oven|dishwasher|garden|parking|driveway|garage|bath|microwave|freezer|"
    r"washing machine|central heating|heating|wi-?fi|internet|signal|car)\b"
    # what a household or a home keeps to: "pizza is serious business in our house"
    r"|\bin (?:our|my) (?:house|home|family|household|block|building|estate|complex|flats)\b"
    # ... what it bans or what is wearing out: "There's a ban on bbqs", "Our boiler's on its last legs"
    r"|\b(?:a ban on|banned from)\b|\bon (?:its|their|his|her|my) last legs\b"
    # what happens whenever something does: "Our parrot screams if he's left alone"
    r"|\b(?:whenever|every time)\b(?! you\b)(?!.*\byou need\b)"
    r"|\b(?:if|when) (?:he|she|it|they)(?:'s|'re| is| are| gets?) left\b"
    # ... and whenever no one is in: "Our parrot plucks her feathers out when nobody's home"
    r"|\bwhen (?:nobody|no one|no-one)(?:'s| is) (?:home|in|around|there)\b"
    r"|\b(?:repeats?|sits? badly) on me\b|\b(?:doesn't|don't) agree with me\b"
    r"|\b(?:eat|eats|bite|bites) me alive\b"
    r"|\b(?:make|makes|give|gives|bring|brings|trigger|triggers|keep|keeps|upset|upsets|bother|bothers|hurt|hurts|"
    r"scare|scares|drive|drives|strain|strains|tire|tires|wake|wakes|bore|bores|stress|stresses|annoy|"
    r"annoys|exhaust|exhausts|relax|relaxes|calm|calms|turn|turns)\s+(?:me|my)\b"
    # a taste said without "I": "not really into sport", "I'd take a documentary over a blockbuster any
    # day", "cold water swimming is my new obsession", "lifelong vinyl collector here"
    r"|^\W*(?:not\s+(?:really\s+|much\s+|massively\s+|hugely\s+)?)?(?:into|keen on|fussed about|a fan of)\b"
    r"|^\W*not (?:great|good|brilliant|the best|very good) (?:with|at)\b"
    r"|\bI'd\s+(?:much\s+)?(?:rather|sooner|take|pick|choose)\b|\bany day\b(?! now)"
    r"|\b(?:is|are|'s)\s+my\s+(?:main|usual|only|normal|preferred|regular|daily)\b"
    r"|\b(?:is|are)\s+(?:\w+\s+)?my\s+(?:\w+\s+)?(?:obsession|thing|passion|favourite|favorite|weakness|"
    r"go-to|jam|happy place)\b"
    r"|\b(?:lifelong|life-long|longtime|long-time|die-hard)\b"
    r"|^\W*(?!(?:over|right|out|in|up|down|come|get|look|sit|stay|from|not|nobody|no one)\b)"
    r"(?:[\w'-]+\s+){1,3}here(?:\W*$|,)"
    # how things stand for the user now: "these days", "... are hard for me"
    r"|\b(?:these days|nowadays)\b"
    r"|\b(?:is|are)\s+(?:\w+\s+)?(?:hard|difficult|tough|impossible|tricky|too \w+)\s+for (?:me|us|my \w+)\b"
    # "(my hands shake, so) anything fiddly is hard": what is hard, said as the whole clause
    r"|\banything\s+[\w-]+\s+(?:is|are)\s+(?:\w+\s+)?(?:hard|difficult|tough|impossible|tricky|out)\b",
    re.IGNORECASE,
)
_DONE_ZH = re.compile(r"^[^不没]*?(?<![不得对算罢极])了(?!解|不起)")
"""A completed action ("我买了"), not "no longer" (不吃了), "can't" (受不了) nor a word that only ends
in 了 (对了, 算了, 好极了)."""
_FOR_YEARS_ZH = re.compile(r"[一二三四五六七八九十两几多\d]+(?:年|个月)|多年")
"""A span of years or months ("戒酒三年了"): what was done then still holds. (Adverbs of frequency are
``_HABIT_ZH``'s, read before.)"""
_DOING_ZH = re.compile(r"我们?正?在(?!家|公司|学校)|打算|准备|计划")
_HABIT_ZH = re.compile(
    r"每|一直|从来|从不|平时|平常|通常|一般|经常|总是|老是|向来|容易|很快就|总会|动不动|一[^，。！？]{1,8}就"
    r"|(?:跟|和|同)我们?(?:一起)?住"  # who lives with the user: "我婆婆跟我们住"
    r"|整晚|整夜|天天"  # "邻居家的狗整晚叫"
    r"|隔周|双周|每隔|[一两]周一次|[一两]个?月一次"  # "我参加了一个读书会，隔周四聚一次"
    r"|久了?.{0,6}就"  # "坐久了车我的腰就僵": whenever it lasts
    r"|(?:去|到)哪(?:儿|里)?都"  # "现在去哪都骑车"
    # what the user has ("我有站立办公桌，下面还放了跑步机"), not a moment's ("我有点累", "我有个问题")
    r"|^我们?(?:家)?(?:还|也)?有(?!点|些|事|空|时间|个|一个|件|一件|句|一句|好消息|消息)"
    r"|^(?:我们?家|家里)(?:还|也)?有"  # "家里有个新生儿，我作息全乱了"
    # "周日是我们的家庭日", "周日是我最忙的一天"
    r"|(?:周|星期|礼拜)[一二三四五六日天末]是(?:我|我们|咱们)(?:的|最)"
    # a reaction whenever it meets its cause: "看到小狗就紧张", "一听到打雷就哭"
    r"|(?:看到|看见|见到|见了|听到|闻到|想到|碰到|遇到|只要)[^，。！？]{1,8}就"
    # several days of the week, a range of them: "周一三五放学后上芭蕾", "周一到周四都不在家"
    r"|(?:周|星期|礼拜)[一二三四五六日天](?:[、和跟到至]?(?:周|星期|礼拜)?[一二三四五六日天])+"
    # "周末基本都在野外", "要终身吃抗凝药", "下班到家都十点了"
    r"|基本(?:上)?都|大多|多半|往往|终身|终生|一辈子|长期|下班(?:到家|回家|后|以后)"
    r"|远程办公|居家办公|在家办公|远程工作"
    # what the user takes with an exception: "除了爵士乐，什么都行", "什么颜色都行，除了橙色"
    r"|除了.{1,12}(?:什么|都|全|一律)|(?:什么|啥).{0,6}都(?:行|可以|看|吃|玩|喝|听|穿|去)"
    # a class on a day of the week: "孩子的游泳课在周六上午"
    r"|(?:课|班|训练|排练)(?:都|一般)?(?:在|是)(?:每)?(?:周|星期|礼拜)[一二三四五六日天末]"
)
"""Adverbs of frequency mark a habit whatever else the sentence says ("我周末一般都在加班")."""
_TODAY_ZH = re.compile(r"今天|昨天|昨晚|前天|今早|今晚|刚才|刚刚|明天|后天|那天")
"""The markers of one day, which a habit adverb does not outweigh ("我今天一直在开会")."""
_PASSING_ZH = re.compile(
    _TODAY_ZH.pattern + r"|刚(?!学?会)|上周|这周|本周|上个?月|下个?月|下周|终于|又|去年|"
    r"(?<!每)(?:周|星期|礼拜)[一二三四五六日天末]"
)
"""The day's markers and the other marks of news ("上周", "终于", "周六")."""
_SELF_ZH = re.compile(
    r"我|咱|儿子|女儿|老公|老婆|孩子|家里|爸|妈|婆婆|公公|岳父|岳母|奶奶|爷爷|外婆|外公|姥姥|姥爷|对象|爱人|宝宝"
    r"|邻居|楼上|楼下"  # what the neighbours do bears on the user's home
    r"|本人|咱家|家人|单位|离家|双胞胎|老大|老二|老三|闺女"  # "本人996", "单位离家远，每天通勤两个小时"
)


PREDICATE_ZH = re.compile(
    # (not a reply: "没问题", "不用了，谢谢", "有道理")
    r"(?!没问题|没事|没关系|不用|不客气|不错|不好意思|对啊|对的|对了|有道理|有意思|挺好|都行|都可以)"
    r"(?:对|不|没|很|特别|非常|超|挺|比较|有点|一[^个些]|常|经常|每|从|在|还|也|都|就|只|天生|自学|戒|会|能|"
    r"喜欢|讨厌|怕|爱|吃|喝|住|做|有|属于|平时|一直|向来|总是|目前|这几年|这阵子|跟人|因为|为了|坐|骑|天天|恐(?=高|水|飞|狗|猫|血|针))"
)
"""How a Chinese sentence that leaves out its subject begins: with its predicate ("对青霉素过敏",
"天生路痴"), not with a noun that is its subject ("数学不好的学生更需要鼓励")."""
WHO_ZH = re.compile(r"[\u4e00-\u9fff\w]{1,8}(?:粉|迷|控|党|族|者|师|员|生|妈|爸|用户|患者|夜猫子)")
"""Who the speaker is, said as a noun alone ("利物浦死忠粉", "咖啡重度用户")."""
_OTHER_ZH = re.compile(
    r"(?<![吉其])[他她]|(?<!其)它|[你您]|大家|别人|有人|谁|人家|同事|(?<![女男])朋友|老板|领导|客户"
)
"""Someone other than the user as a sentence's subject: without one, a Chinese sentence is the user's."""


_PROJECT_EN = re.compile(
    # an undertaking that goes on for months shapes advice like a habit: "I'm learning Italian", "I'm
    # saving up for a house", "I'm training for a marathon", "I'm trying to cut down on sugar"
    r"\b(?:I'm|I am|we're|we are)\s+(?:\w+\s+)?(?:learning|studying|training|saving|trying to|"
    r"recovering|working on|preparing for|cutting down|cutting back|expecting|going through|undergoing|"
    r"renting(?! (?:a|an|the) (?:car|van|bike|boat|kayak|suit|tux|dress|scooter|cottage|villa))|"
    # a return after a setback: "I'm building back up to a 10k after a knee injury"
    r"(?:building|working|easing) (?:back )?(?:up to|into)|"
    r"getting over|moving|relocating|emigrating|getting married|waiting for (?:a |an |my )?(?:\w+\s+){0,2}"
    r"(?:transplant|operation|surgery|replacement|diagnosis|scan|assessment))\b"
    # a long piece of work of one's own: "I'm writing a novel in my spare time", "I'm restoring an old boat"
    r"|\b(?:I'm|I am|we're|we are)\s+(?:\w+\s+)?(?:writing|building|restoring|renovating|doing up|knitting|"
    r"making|composing|recording)\s+(?:a|an|my|our)\s+(?:\w+\s+)?(?:novel|book|memoir|thesis|dissertation|album|"
    r"boat|car|house|flat|kitchen|cottage|quilt|jumper|blanket|website|app|game)\b"
    # a month without something: "I'm doing Dry January", "giving up chocolate for Lent"
    r"|\b(?:doing|observing|keeping|fasting for)\s+(?:dry january|veganuary|sober october|stoptober|"
    r"movember|lent|ramadan|a detox|a cleanse)\b|\bgiving up\b.*\bfor lent\b"
    # a new undertaking: "I've just started learning the guitar", "we've taken up climbing", "My teenage
    # daughter has just started driving lessons"
    r"|\b(?:I've|I have|we've|we have|(?:my|our) (?:[\w-]+ ){0,2}?[\w-]+ (?:has|'s))\s+(?:just\s+)?"
    r"(?:started|begun|taken up|picked up)\b"
    # a training of months: "My son's doing an apprenticeship"
    r"|\bhalfway through (?:a |an |my )?(?:course|treatment|round|cycle|degree|pregnancy)\b"
    r"|\b(?:a|one|two|three|several|\d+) courses? of\b"
    r"|\b(?:doing|starting) (?:an?|his|her|my|their) (?:apprenticeship|degree|course|phd|masters|"
    r"placement)\b",
    re.IGNORECASE,
)
_CONDITION_EN = re.compile(
    # a past event that leaves a lasting condition: "I had a hip replacement last year", "I was diagnosed
    # with asthma", "I broke my wrist in May"
    r"\b(?:I|my (?:\w+ )?\w+)(?:\s+had|\s+have had|'ve had|\s+got|\s+was|\s+were|'ve booked|\s+have booked|"
    r"\s+booked|\s+(?:am|'m) booked in for|\s+(?:has|have|'s) (?:just |recently )?been)\s+(?:\w+\s+){0,3}?"
    r"(?:surgery|operation|replacement|transplant|stroke|heart attack|concussion|diagnosed|injured|"
    r"amputated|pregnant)\b"
    r"|\b(?:I|my \w+)\s+(?:broke|tore|injured|hurt|dislocated|sprained|fractured|twisted|pulled|strained)\s+"
    r"(?:my|his|her|their)\b"
    # a sense or a job lost, a move into a new home: "I lost my sense of smell after covid", "My mum moved
    # into sheltered housing last year"
    r"|\blost (?:my|his|her|their) (?:sense of \w+|hearing|sight|voice|job|licence|license)\b"
    # a job gone, what one was born with: "My husband's just been made redundant", "I was born without a
    # sense of smell"
    r"|\b(?:made redundant|laid off|been sacked|been fired|widowed|bereaved|between jobs|out of work)\b"
    r"|\b(?:left|quit|gave up|packed in) (?:my|his|her|their) (?:job|work|career)\b"
    r"|\bborn (?:with|without)\b"
    # cover bought that holds for years: "I bought the extended warranty on my washing machine"
    r"|\b(?:bought|took out|got|have|purchased|paid for)\s+(?:an?\s+|the\s+|my\s+|our\s+)?"
    r"(?:extended\s+|three-year\s+|five-year\s+)?(?:warranty|guarantee|insurance|cover|service plan|"
    r"care plan|breakdown cover|funeral plan|season ticket|annual pass)\b"
    # a change of life that holds from then on: "I retired last spring", "Converted to Islam last year"
    r"|\b(?:I|we|my (?:[\w-]+ )?[\w-]+)(?:'ve| have| has)?(?: just| recently| finally)?\s+"
    r"(?:retired|converted to|emigrated|"
    r"adopted (?:a|an|another|two|three|our|my)\s+(?:[\w-]+\s+){0,3}?(?:dog|pup|puppy|cat|kitten|greyhound|"
    r"rescue|baby|son|daughter|child|boy|girl|kids|children|twins)|"
    r"was ordained|got ordained|went (?:vegan|vegetarian|veggie|teetotal|sober|freelance|part-time|"
    r"self-employed|back to (?:work|uni|university|college|school)))\b"
    # a cost that changed for every month to come: "Our mortgage went up by 400 a month", "my salary dropped
    # by a third when I changed careers"
    r"|\b(?:salary|income|pay|wages|pension|rent|mortgage|bills?|hours|budget)\b.{0,20}"
    r"\b(?:dropped|fell|went down|went up|rose|doubled|halved|was cut|got cut|increased|decreased|"
    r"was reduced)\b"
    # back to study, a role held for years: "she's just gone back to uni to retrain as a vet", "I was a
    # full-time carer for five years", an allergy in the household: "two of the kids have sesame allergies"
    r"|\b(?:gone|went|going) back to (?:uni|university|college|school|studying|full-time)\b"
    r"|\bretrain(?:ing)? as\b"
    r"|\bI was (?:a |an )?[\w -]{3,30} for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) "
    r"years\b|\bhave (?:a |an |severe |bad )?[\w-]{0,20} ?allerg(?:y|ies)\b"
    # a test failed for good: "I failed my driving test four times and gave up"
    r"|\b(?:failed|never passed) my (?:driving )?test\b|\band gave up\b"
    r"|\b(?:went|gone|has gone|go|goes) (?:up|down)\b.{0,30}\b(?:a|per|each) (?:week|month|year)\b"
    r"|\b(?:sold|got rid of|gave up) (?:my|our|the) car\b"
    r"|\blost (?:most of |all |some of )?(?:the )?(?:feeling|sensation|use|movement|grip|strength)"
    r" (?:in|of)\b"
    # building work that leaves the home unsettled for a while: "We've just had a loft conversion"
    r"|\b(?:had|having) (?:a |an |the |some )?(?:loft conversion|extension|renovation|building work|"
    r"new kitchen)\b"
    r"|\b(?:I|we|my \w+)(?:'ve| have| has)?(?: just| recently| now)? moved (?:in with|into|to|here|over)\b"
    r"|\bslipped (?:a )?disc\b"
    # "I've just had my wisdom teeth out": what the body gets over for a while
    r"|\bhad (?:my |a |an |two |some )?(?:wisdom )?(?:teeth|tooth|appendix|tonsils|gall ?bladder|stitches|"
    r"stoma|cast|plaster)\b"
    r"|\b(?:got|had|have) (?:my |a |new )?(?:braces|brace|retainer) (?:fitted|put on|on)\b"
    # what a doctor (or a boss) told the user holds until it is lifted: "my doctor told me to rest"
    r"|\b(?:doctor|doc|GP|physio|physiotherapist|dentist|nurse|therapist|consultant|specialist|boss|landlord|"
    r"landlady|council|housing association|statement|EHCP|care plan)s?\s+"
    r"(?:has\s+)?(?:told|tells|says|said|advised|advises|wants|recommended|recommends|expects|insists)\b"
    # "The doctor's put me on a low-FODMAP diet", "I've been put on statins"
    r"|\b(?:'s|has|have|'ve been|been) put (?:me |him |her )?on\b",
    re.IGNORECASE,
)
_NUMBER_EN = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a hundred|\w+teen|\w+ty)"
)
"""A count said in figures or words ("100 days", "forty days", "another four weeks")."""
_STANDS_EN = re.compile(
    # where the user stands with a goal or a problem, which the next request about it has to start from
    # (not the news of a day, though said with one): a streak kept ("I've been clean from smoking for 100
    # days today", "I've done 40 days in a row on the language app", "Three weeks without sugar so far")
    r"\b(?:clean|sober|smoke-free|alcohol-free|sugar-free|off (?:the )?[\w-]+)(?: from [\w-]+)? "
    rf"for {_NUMBER_EN} "
    r"(?:days?|weeks?|months?|years?)\b"
    r"|\b(?:days?|weeks?|months?|sessions?) (?:in a row|running|on the trot|straight)\b"
    rf"|\b{_NUMBER_EN} (?:days?|weeks?|months?) (?:without|off|clean|sober)\b"
    # a result that stands until the next try: "I failed my driving theory by two marks", "I passed my
    # grade 5 piano", "I got a 5 in my maths mock", "(I) have to resit it in August"
    r"|\b(?:failed|passed|flunked|scraped through|bombed)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:test|theory|exams?|module|mocks?|paper|grade|course|practical|assessment|audition|interview|"
    r"driving|MOT|probation|year|level|degree|finals?|GCSEs?|A-levels?|SATs|dissertation|thesis|essay)\b"
    r"|\bgot (?:a|an) [\w*+-]{1,3} in (?:my|the)\b|\b(?:have|has|need) to (?:resit|retake|redo|repeat)\b"
    # a measure of the body that a doctor or a device read: "My last blood test showed my iron was really
    # low", "My cholesterol came back high", "My sleep tracker says I'm averaging five hours a night"
    r"|\b(?:blood tests?|bloods|scans?|x-rays?|MRI|results?|check-?ups?|tracker|smartwatch|watch|scales)"
    r"(?: \w+){0,2}? (?:showed|shows|says|said|found|revealed)\b"
    r"|\bcame back (?:high|low|positive|negative|abnormal|borderline|raised|elevated|clear)\b"
    r"|\bmy (?:\w+ )?(?:iron|cholesterol|blood pressure|blood sugars?|sugar levels?|A1C|HbA1c|vitamin D|B12|"
    r"thyroid|resting heart rate|BMI|ferritin|platelets|PSA|kidney function|liver function)\b"
    # progress made: "I've lost eight kilos since January", "I can now run 5k without stopping"
    r"|\b(?:lost|gained|put on|dropped)\s+(?:\w+\s+)?(?:kilos?|kg|pounds|lbs|stone|stones)\b"
    r"|\bI can now\b|\bnow I can\b"
    # a problem that goes on, and what was already tried: "the wifi still drops every evening", "I've
    # already reset the router twice", "the new one hasn't come yet", "no offers yet", "The replacement
    # blender you sent is faulty too", "The leak under the sink is back again", "My essay got flagged"
    r"|\bstill (?:keeps? )?(?:drops|leaks|crashes|freezes|breaks|fails|disconnects|cuts out|hurts|aches|"
    r"hasn't|has not|doesn't|does not|won't|isn't|is not|not|no)\b"
    r"|\bstill (?:charge|charges|charging|bill|bills|billing|take|taking|send|sending|chase|chasing) "
    r"(?:me|us)\b"
    r"|\balready (?:tried|reset|restarted|rebooted|called|rung|rang|phoned|emailed|returned|contacted|"
    r"reinstalled|updated|cleared|replaced|sent|reported|complained|chased)\b"
    r"|\b(?:hasn't|haven't|has not|have not|not yet) (?:\w+ ){0,2}?(?:come|arrived|turned up|come through|"
    r"gone through|heard back|been (?:fixed|sorted|resolved|refunded|repaired|delivered|replaced|processed|"
    r"paid))\b"
    r"|\bno (?:[\w-]+ ){0,2}?(?:offers?|replies|reply|response|answer|luck|progress|refund|word)\b"
    r"[^.!?]{0,12}\b(?:yet|so far)\b"
    r"|\b(?:is|are|was|'s) (?:also |still )?(?:faulty|defective|broken|cracked|damaged)\b"
    r"|\b(?:is|are|has|have|'s) (?:come )?back again\b"
    r"|\b(?:got|was|were|has been|have been|'s been) (?:flagged|rejected|declined|refused|suspended|blocked|"
    r"frozen|locked|cloned|hacked|charged twice|double charged|overcharged)\b"
    # how things stand for a while: "Another four weeks in plaster for this arm", "The dog's on cage rest
    # after his operation", "The road outside is closed for roadworks all week", "I'm covering my manager's
    # job while she's on leave", "Since the redundancy I've had no work, still looking"
    r"|\bin (?:plaster|a cast|a sling|a splint|a (?:walking |moon )?boot|a neck brace)\b"
    rf"|\banother {_NUMBER_EN} (?:days?|weeks?|months?)\b"
    r"|\bon (?:cage rest|crate rest|bed rest|light duties|restricted duties|sick leave|gardening leave|"
    r"furlough|a payment holiday)\b"
    r"|\bclosed for (?:roadworks|repairs|refurbishment|renovations?|works)\b|\ball (?:week|month)\b"
    # when the user's place of work or study closes each year, which the time they are free turns on: "Our
    # whole company closes between Christmas and New Year", "Our factory shuts down for the first two weeks
    # of August", "My school breaks up on 19 July" (not "The shop closes at 6 tonight")
    r"|\b(?:my|our|the) (?:whole |entire )?(?:company|office|firm|school|factory|plant|workplace|studio|"
    r"college|uni|university|nursery|department|warehouse|site)\s+(?:closes|shuts(?: down)?|is closed|"
    r"breaks up|shuts up shop)\b(?=[^.!?]*\b(?:christmas|new year|easter|summer|holidays|half[- ]term|"
    rf"(?:first|last|middle) (?:two |three )?weeks? of|for {_NUMBER_EN} weeks|{MONTH_RE})\b)"
    r"|\bwhile (?:[\w']+ ){1,3}?(?:is|are|'s|'re) (?:on (?:leave|holiday|maternity|paternity|sabbatical)|"
    r"away|off|in hospital|abroad)\b"
    r"|\b(?:had|have) no (?:work|job|income)\b|\bstill (?:looking|searching|job-hunting|job hunting)\b"
    r"|\bcovering (?:for )?(?:my|her|his|their) (?:manager|boss|colleague)\b"
    # what the user is waiting on, a decision or a process about them under way: "I'm still waiting on the
    # results of my biopsy", "We're waiting to hear back from the bank", "Our rescue dog application is being
    # reviewed", "Social services are assessing my mum", "My ex hasn't signed the divorce papers yet", "We've
    # applied to foster and the visits are still going on", "The adoption panel meets about us next month"
    r"|\bwaiting (?:on|for) (?:[\w'-]+ ){0,7}?(?:results?|decision|offer|approval|referral|appointment|date|"
    r"operation|surgery|diagnosis|assessment|visa|passport|news|reply|response|letter|payout|settlement|"
    r"completion|confirmation|verdict|outcome|transplant|place)\b"
    r"|\bwaiting to (?:hear|find out|exchange|complete|see if|know)\b"
    r"|\b(?:is|are) being (?:processed|reviewed|assessed|considered|looked at|investigated)\b"
    r"|\b(?:is|are) (?:still )?(?:assessing|reviewing|processing|considering) (?:me|us|my|our)\b"
    r"|(?<!\bI )\b(?:hasn't|haven't|has not|have not) (?:\w+ ){0,2}?(?:signed|paid|paid out|decided|approved|"
    r"replied|got back|responded|confirmed)\b[^.!?]{0,40}\byet\b"
    r"|\b(?:applied|put (?:in )?an offer|sent off|submitted)\b[^.!?]{0,60}\b(?:still|waiting|should hear|"
    r"will hear|to hear|going on|under way|being)\b"
    r"|\b(?:panel|tribunal|committee|hearing) (?:meets|sits|decides)\b[^.!?]{0,20}\b(?:about|on) "
    r"(?:us|me|my|our)\b"
    r"|\b(?:don't|do not) (?:yet )?know (?:if|whether) (?:I'm|I am|we're|we are|I'll|we'll) "
    r"(?:staying|keeping|getting|being)\b"
    # a setting the user turned off stays off: "I've turned off all personalised ads"
    r"|\b(?:turned|switched) off (?:all )?(?:[\w-]+ )?(?:ads|notifications|tracking|location|syncing|"
    r"autoplay|auto-renewal|personalisation|personalization)\b|\bopted out of\b|\bunsubscribed from\b",
    re.IGNORECASE,
)
_PROJECT_ZH = re.compile(
    r"在(?:学|练|攒|备考|复习|温习|刷题|减肥|戒|康复|复健|准备考)|在.{0,12}(?:训练|备考|备战)|为.{1,16}做准备|怀孕|怀了"
    r"|开始(?:学|练)|化疗|放疗|透析|坐月子|合租|怀[一二三双]胎|转行|改行|在(?:尽量|努力|坚持|控制|减少)|迷上|爱上|喜欢上|沉迷"
    # ... and the user's own wedding being planned ("婚礼的主色调我定了鼠尾草绿"; not "参加了朋友的婚礼")
    r"|在准备|在.{0,6}(?:断食|节食|生酮|控糖|减脂|戒糖)|^婚礼|我们?的婚礼|筹备|办婚礼|装修|改造"
    # a course signed up for, a test or a treatment under way: "我刚报了意大利语夜校", "我在做麸质激发试验"
    r"|报了?.{0,8}(?:班|课|夜校|培训|课程)|在做.{0,8}(?:试验|测试|检查|治疗|疗程)|准备查"
    # studying for months, a waiting list: "我在读急救员培训", "我们在排公租房"
    r"|在读|在排|排队等|在等(?!你|您).{0,10}(?:手术|移植|房|名额|转诊|结果|成绩|通知|消息|审批|答复|回复|排期|签证|批复|录取|赔)"
    # a process about the user under way: "收养评估小组下个月审核我们家"
    r"|(?:审核|审批|审查|评估|考察|家访)(?:我们家|我们|我)"
    # a divorce, a care, a team: "我正在离婚", "我在照顾隔壁的老邻居", "我在轮椅篮球队打球"
    r"|带.{0,8}(?:队|班|团)(?:训练|练习|排练)?"  # coaching: "周日上午带一支少儿橄榄球队训练"
    r"|离婚|分居|在(?:全职|专职|长期|一直)?照顾|照顾着|(?:回家|在家|全职|专职)照顾|试管|疗程"
    r"|(?:主要|都|一般)?是我(?:在|来)?照顾|我(?:负责|来)照顾|轮流照顾"  # "周末主要是我照顾外婆"
    r"|在写.{0,6}(?:论文|书|小说|剧本)|现在(?:就|只有|只剩)?(?:我们?|咱们)?(?:两个人|一个人|俩)|一个人(?:过|住|生活)"
    r"|在.{0,8}(?:队|团|社|俱乐部|协会|乐团|合唱团)(?:里)?(?:打|踢|唱|跳|练|演)"
    r"|养了?.{0,4}(?:狗|猫|宠物|兔|鹦鹉)"  # a household's animals: "我们家养了三条大狗"
    # a season ticket, a membership, cover bought: "我买了国安的季票", "洗衣机去年买了延保"
    r"|季票|年票|年卡|月卡|会员卡|延保|保修|(?:买|办|交)了.{0,6}(?:保险|预付.{0,4}计划)"
    r"|封斋|斋月|斋戒|守斋"  # a month of fasting: "这个月我在封斋"
)
_AIMS_EN = re.compile(
    # what the user is aiming at for years, which a request about money, time or a choice has to serve (the
    # day it names is far, not the news): "Running a marathon before forty is on my bucket list", "My dream
    # is to open a little bakery one day", "The big goal is to climb Kilimanjaro for my 50th", "I hope to open
    # a dog grooming business next year", "We'd love to renovate an old farmhouse in France"
    r"\bbucket[- ]list\b"
    r"|\b(?:my|our|the) (?:big |biggest |main |real |ultimate |long-term |one |new year's )?"
    r"(?:dream|goal|aim|ambition|target|resolution|mission|plan|hope)"
    r"(?: for (?:this|next) year| this year| in life)? is (?:to|that)\b"
    r"|\bis (?:my|our) (?:big |main |ultimate |life's |lifelong )?(?:dream|goal|aim|ambition|mission)\b"
    r"|\bone of (?:my|our) (?:big |biggest )?(?:goals|dreams|ambitions|aims)\b"
    r"|\b(?:I|we) (?:dream|dreamt|dreamed) (?:of|about)\b"
    r"|\b(?:I'm|I am|we're|we are) (?:\w+ )?(?:hoping(?! so\b)|aiming|determined|set on|working towards?)\b"
    r"|\b(?:I|we) (?:hope|aim|intend) to\b"
    # a grade or a pass that something rides on: "I need a 7 in IELTS writing for my visa", "I need at least a
    # B in maths to get into sixth form", "I have to pass my driving theory test by March"
    r"|\b(?:I|we) (?:need|have|must|'ve got|'ll need) (?:to (?:get|score) )?(?:at least |a minimum of )?"
    r"(?:an? )?(?:[A-E]\*?|[1-9](?:\.5)?|grade [\w*]+|band [\d.]+)(?: or (?:above|higher|better))? (?:in|on) "
    r"(?!the (?:morning|afternoon|evening)|my life)\w"
    r"|\b(?:I|we) (?:need|have|must|'ve got|'ll need) to pass (?:my |the |our |an? |this |that )?"
    r"(?:[\w-]+ ){0,3}(?:exams?|tests?|course|module|assessment|interview|audition|probation|medical|"
    r"theory|practical|resits?|bar|boards|finals)\b"
    r"|\b(?:ultimately|eventually|someday|some day|long[- ]term|in the long run)\b"
    r"[^.!?]*\b(?:I|we)(?:'d| would)? (?:want|like|love|hope|plan)\b"
    r"|\b(?:I|we)(?:'d| would)? (?:want|like|love|hope|plan)\b[^.!?]*"
    r"\b(?:ultimately|eventually|someday|some day|one day|long[- ]term|in the long run)\b"
    # (not a reply: "I'd love to hear more about your trip!")
    r"|\b(?:I|we)(?:'d| would) (?:really |so |absolutely )?(?:love|like) (?:my \w+ )?to (?![^.!?]*\byou)"
    r"(?:be able to|learn|write|open|start|own|build|renovate|restore|become|run (?:a|my|our)|live|retire|"
    r"move|emigrate|relocate|speak|sail|climb|publish|train as|qualify as|go freelance|go back to|foster|"
    r"adopt|grow up)\b",
    re.IGNORECASE,
)
_TRIED_EN = re.compile(
    r"\b(?:once|the one time|one time|the last time|last time|the first time|first ever|"
    r"(?:my|our) (?:last|previous|old|former) [\w-]+|"
    r"(?:I|we) (?:tried|hired|took|visited|cruised|stayed in|ran|read|learned|learnt|did (?:a|an|my|one)|"
    r"went to (?:a|an|one))|"
    r"last (?:year|summer|winter|spring|autumn|month)|in (?:19|20)\d\d|during lockdown|at school|"
    r"as a (?:kid|child|teenager)|years ago|(?:I|we) got (?:badly |really )?"
    r"(?:sunburnt|sunburned|stung|bitten|lost|scammed|robbed|mugged|stranded))\b",
    re.IGNORECASE,
)
"""What opens an experience the user went through ("I tried hot yoga once", "Our previous dog")."""
_LEFT_BY_IT_EN = re.compile(
    r"\b(?:loved|hated|enjoyed|was a disaster|was awful|was terrible|"
    r"made (?:a )?(?:huge |big |real )?difference|made (?:[\w-]+ ){0,3}worse|"
    r"made me (?:\w+ )?(?:interested|want|love|hate|realise|realize|wary|nervous|scared)|"
    r"put (?:me|us|him|her) off|never again|ever since|the same since|since then|haven't stopped|hooked|"
    r"never stuck|felt (?:claustrophobic|great|awful|sick|ill)|was ill|food poisoning|passed out|fainted|"
    r"unbearable|too (?:noisy|crowded|loud|hot|cold|busy|expensive|much)|boring|worth every penny|wasted|"
    r"racing|panic attack|wants? to (?:do|be|go|learn|try) |kept (?:getting|breaking|failing|crashing)|"
    r"this time|(?:didn't|couldn't) (?:work|walk|sleep|move))\b"
    r"|\bnow (?:I|we|he|she|they|wants?)\b",
    re.IGNORECASE,
)
"""What an experience left ("... and they loved every minute", "... put me off tents for life")."""
_WENT_THROUGH_EN = re.compile(
    # what the user went through, told with what it left them with, stands as the taste or the caution it
    # left (``_TRIED_EN`` and ``_LEFT_BY_IT_EN``); a verdict stands alone: "My kids found the science museum
    # boring", "We had a terrible experience with a builder" (not "That was too far for us to walk yesterday")
    r"\b(?:found (?:[\w-]+ ){0,4}?(?:boring|dull|too \w+|exhausting|overwhelming)|"
    r"(?:terrible|bad|awful|horrible|great|amazing) experience|"
    r"had me (?:in bed|off work|up all night|in tears))\b",
    re.IGNORECASE,
)
_WENT_THROUGH_ZH = re.compile(
    # ... in Chinese: "上次吃生蚝我难受了两天", "去年当了一次陪审员以后，我对法律产生了兴趣"
    r"^(?=.*(?:上次|有一次|那次|第一次|去年|以前|小时候|上学时|过一次|过[^得])).*"
    r"(?:难受|开心|喜欢|爱上|迷上|讨厌|害怕|吃坏|坏肚子|惊恐|发作|更疼|反而|还想|兴趣|好了很多|好多了|受不了|不舒服|后悔|"
    r"再也不|从那以后)"
)
_DONE_ALREADY_EN = re.compile(
    # what the user has already read, seen, done or owns, which the next suggestion has to go past (said as
    # all of it, over and over, or as already had): "I've already read every Discworld novel", "I've seen
    # Coldplay live four times", "I've played Zelda to 100 percent", "We already have a Nespresso machine",
    # "I've already got a 4K TV in the living room" (not "I've already done the dishes today", nor twice:
    # "Been to Paris twice" is news)
    r"\b(?:I|we)(?:'ve| have)? (?:already |now |pretty much |just about )?"
    r"(?:read|seen|watched|played|visited|been to|eaten at|tried|finished|completed|climbed|walked|heard|"
    r"listened to|binged|beaten)\b"
    r"(?=[^.!?]*\b(?:every|all(?! day| night| morning| afternoon| evening| week)|each|the whole|both|"
    r"(?:[3-9]|\d\d+|three|four|five|six|seven|eight|nine|ten|several|many|a dozen) times|already|"
    r"to 100 ?(?:percent|%)|at least once)\b)(?![^.!?]*\b(?:today|tonight|this morning|yesterday)\b)"
    r"|\b(?:I|we)(?:'ve| have)? already (?:got|have|own)\b(?![^.!?]*\b(?:today|tonight|tomorrow|booked|"
    r"planned|tickets?|for (?:this|next|the) \w+|for (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
    re.IGNORECASE,
)
_DONE_ALREADY_ZH = re.compile(
    # ... in Chinese: "东野圭吾的书我都看过了", "五月天的演唱会我看过四次了", "家里已经有戴森的无线吸尘器了",
    # "我已经会开手动挡了", "《塞尔达传说》我已经全收集通关了" (not "我已经吃过了")
    r"(?:都|全都|全部)(?:读|看|玩|去|爬|听|追|学)(?:过|完|遍)"
    r"|(?:已经|每一?[部本个次家座首款])[^，。！？；]{1,8}?(?:读|看|玩|去|吃|爬|试|学|听|逛|追)(?:过|完|遍)"
    r"|(?:读|看|玩|去|爬|听|追)(?:过|了)(?:[三四五六七八九十几][十几]?|[3-9]|\d\d+)(?:次|遍)"
    r"|已经有[^，。！？；]{1,15}了|我已经会[^，。！？；]{1,10}了|通关"
)
_THIS_DAY_EN = re.compile(
    r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|weekend))\b", re.IGNORECASE
)
"""The day itself, which makes an aim the plan of a day ("The plan is to meet at six tonight")."""
_STANDS_ZH = re.compile(
    # where the user stands with a goal or a problem (``_STANDS_EN``): a streak kept
    # ("我戒烟今天满一百天了", "已经连续打卡四十天了", "我已经三周没吃糖了"), a result that stands until the
    # next try ("科目一考试差两分没过", "统计学挂了，八月要补考", "数学模拟考我只考了九十分"), a measure of
    # the body ("上次验血说我铁含量特别低", "糖化血红蛋白从八点一降到六点九"), progress made
    # ("我瘦了八公斤"), a problem that goes on and what was already tried ("路由器我已经重启两次了，
    # 网络还是老断", "新卡还没寄到", "会员费被扣了两次", "快递在中转站卡了九天")
    r"满.{0,4}[天周月年]|连续.{0,8}[天周]|坚持了.{0,6}[天周月年]|已经.{0,6}[天周月年]没(?:吃|喝|抽|碰)"
    r"|没过|挂了|不及格|没考过|补考|重考|考了.{0,6}分|差.{0,3}分"
    r"|验血|化验|体检(?:说|显示|查出)|(?:血糖|血压|胆固醇|血脂|尿酸|心率|铁含量|血红蛋白|维生素|甲状腺).{0,8}"
    r"(?:偏高|偏低|高|低|降|升|超标)|从.{1,8}(?:降到|升到|涨到|掉到|减到)"
    r"|(?:瘦|胖|减|长)了.{0,4}(?:公斤|斤|kg)"
    r"|还是(?:老|总|一直)?(?:断|坏|不行|不能|没|充不|打不|连不|漏|卡|疼)|已经.{0,8}(?:重启|退|换|试过|联系|投诉|"
    r"打了.{0,6}(?:电话|次))|还没(?:到|寄到|收到|到账|回复|退|修好|来|上门|消息|动静)|没人(?:上门|来|管|回)"
    r"|被(?:多)?扣了?|扣了两次|重复扣费|被盗刷|被标红|被拒|被冻结|被封|卡了.{0,4}(?:天|周|星期|个月)|卡在"
    r"|崴了?脚|崴伤|牙套|(?:又|再次)(?:漏水|坏了|坏掉|出问题|犯了)|也是坏的"
    # what a service holds of the user that is wrong or is still done: "系统里登记的是我婚前的名字",
    # "他们还在扣钱"
    r"|(?:登记|注册|绑定|预留)的是|还是旧|(?:还在|一直在)(?:扣|收|催)"
    # how things stand for a while: "这个月我在布莱顿帮朋友看房子", "我的笔记本拿去修了", "新的下周才能配好"
    r"|这个月(?:都|一直|我都)|帮.{0,4}看(?:房子|家)|拿去修|送去修|在修理|还没修好|暂时|临时|这段时间|这阵子"
    r"|(?:下周|下个月|月底|周[一二三四五六日天]|[\d一二三四五六七八九十]+号)才(?:能|会|可以)"
    # a setting the user turned off stays off: "我把个性化广告全关了"
    r"|(?:广告|推送|通知|定位|权限|自动续费|同步|订阅|追踪|个性化|提醒)[^，。]{0,4}?(?:全|都)?"
    r"(?:关|关掉|关闭|取消|退订)了"
    # what the user is aiming at for years (``_AIMS_EN``): "我们打算过两年移民加拿大", "等孩子们毕业了我想去学
    # 心理咨询", "我的梦想是有一天开一家自己的面包店"
    r"|(?:目标|梦想|心愿|愿望|理想|新年计划)(?:之一)?(?:就)?是|过[两几三一]年|这辈子|总有一天|有一天|将来|长远|最终"
    r"|等.{1,10}(?:了|以后|之后)[^，。]{0,4}(?:想|打算|要|就)"
)
_JOB_ZH = re.compile(
    r"在.{1,10}(?:上班|工作|打工|任职|当\w)|上(?:[^，。！？；]{1,6}的)?(?:早|夜|晚|白|中)班|在.{1,8}上.{1,6}的班"
    r"|倒班|轮班|值夜班|[两三]班倒"
    r"|开了?(?:个|一个|一家|家).{0,6}(?:店|馆|公司|工作室|诊所|工厂|民宿|客栈|农场|酒吧)"
    # a job said as who one is: "我老婆是牧师"
    r"|是(?:一名|一个|一位|个)?[\u4e00-\u9fff]{0,6}(?:师|员|医生|护士|司机|工人)(?=[，。！？；,.!?;]|$)"
)
"""Where and when the user works ("我在面包店上早班", "我开了个小面包店"), which "在" or "了" would
otherwise read as an activity of the moment or a thing done."""
_CONDITION_ZH = re.compile(
    r"做了?.{0,8}手术|做过.{0,8}手术|确诊|查出|骨折|截肢|瘫痪|中风|石膏|拄拐|扭伤|伤了|受伤|拉伤|劳损"
    r"|[\d一二三四五六七八九十两几]+多?岁"  # an age: "我爸妈都九十多岁了"
    # a baby's age: "娃才三个月"; where and by whom one grew up: "我在聋人家庭长大", "我是奶奶带大的"
    r"|(?:娃|孩子|宝宝|儿子|女儿|闺女|老大|老二)[才刚还]?[满有]?[\d一二三四五六七八九十两几半]+个?(?:月|周)"
    r"|在.{1,10}长大|带大的|绝育|结扎"
    # what the rent takes of the pay: "房租占了我工资的六成"
    r"|(?:房租|房贷|开销|花销|支出|学费).{0,4}占了?.{0,8}(?:[一二三四五六七八九十\d]+成|一半|大半|%|百分之)"
    # money that changed for the months to come: "转行以后工资少了三分之一"
    r"|(?:工资|收入|房租|房贷|退休金|预算|工时)(?:少了|降了|涨了|多了|减了|砍了|翻了|低了|高了)"
    r"|(?:感冒|发烧|生病|病|伤)(?:才|刚|还没|没)好"  # "我重感冒刚好一点"
    r"|拔了?.{0,3}(?:牙|智齿)"  # "我刚拔了智齿": a mouth that heals for a while
    r"|摔断|摔伤|断了|住院|钢板|钢钉|支架"  # "我二月份滑雪摔断了手腕", "我奶奶住院了", "我脚踝里打了钢板"
    r"|被裁|裁员|失业|下岗|坐(?:上)?轮椅"  # "我老公刚被裁员了", "出了车祸以后我对象就坐轮椅了"
    r"|信(?:佛|基督|主|天主|伊斯兰|道教)"  # a faith: "家里老人信基督，周日要去教堂"
    r"|丧偶|守寡|离异|辞了?(?:职|工作)|辞职|退休"  # "我去年丧偶，现在一个人过"
    r"|没了?(?:嗅觉|味觉|听力|视力)|失去了?(?:嗅觉|味觉|听力|视力)"  # "新冠以后就没了嗅觉"
    r"|切了?.{0,3}(?:胆囊|阑尾|扁桃体|甲状腺|子宫|乳房)|切除"  # "上个月刚切了胆囊"
    r"|(?:膝盖|髋关节|关节|瓣膜|肾|肝).{0,4}换(?:过|了)|置换"  # "我两个膝盖都换过了"
    r"|在(?:吃|做|坚持).{0,8}(?:饮食|药|素)"  # "为了心脏我在吃植物性饮食", "我在吃降压药"
    r"|把车卖了|没车了"  # "我上个月把车卖了"
    r"|(?:我们?家|家里)(?:新)?装了"  # what the home now has: "我们家装了太阳能板"
    r"|搬进了?|搬到了?|搬去了?|住进了?"  # a new home: "我妈去年搬进了养老公寓", "我爷爷刚住进养老院"
    # what is broken at home until it is mended: "我们家楼下的厕所坏了"
    r"|(?:厕所|马桶|热水器|暖气|空调|冰箱|洗衣机|电梯|锅炉|水管)(?:坏了|坏掉了|出问题了?|漏水)"
    r"|手头.{0,2}紧|经济.{0,2}紧张|预算有限"  # money that is tight for a while
    # what a doctor or a boss told the user holds until it is lifted: "医生让我少走路", "老板要求我..."
    r"|(?:医生|大夫|老板|领导|公司|教练|导师|康复师|理疗师)(?:要求|规定|不让|不许|让|叫|建议|嘱咐|说我)"
)


_OTHER_SUBJECT_EN = re.compile(
    r"\b(?:I|we|you|your|he|she|they|them|his|her|their|it|its|this|that|these|those|there|here|someone|"
    r"somebody|everyone|everybody|anyone|nobody|people|is|are|was|were|has|have|had|does|did|will|would|"
    r"can|could|should|been|being)\b|\w'(?:s|re|ve|ll|d)\b|n't\b"
    # a verb of its own before whom it touches: "Learning about other cultures fascinates me"
    r"|\b[a-z]+[^s\W]s (?:me|my|us|our|him|her|them|it|you|a lot)\b"
    # (not an adjective: "short-sighted", "a shared house", "Scared of heights")
    rf"|(?<!-)(?<!a )(?<!an )(?<!the )\b{_PAST}\b(?! (?:of|about)\b)",
    re.IGNORECASE,
)
_REACTION_EN = re.compile(
    r"^\W*(?:thanks|thank|hi|hello|hey|good|sounds|great|cool|nice|awesome|lol|haha|ok|okay|sure|yes|yeah|"
    r"yep|no(?=\W*(?:[,.!]|$|thanks|thank|worries|problem|way|idea|need))|nope|wow|congrats|congratulations|"
    r"sorry|bye|cheers|see|welcome|happy|merry|well|same|fair|oh|"
    r"ah|hmm|right|love|lovely|glad|exactly|totally|absolutely|definitely|indeed|agreed|true|hope|enjoy|"
    r"take|please|let's|let|such|so|what|how|very|really|too|quite|pretty|super|best|amazing|beautiful|"
    r"brilliant|perfect|fantastic|wonderful|excellent|good luck|no worries|not bad|me too|of course|oops|ugh|"
    r"bummer|yup|woah|whoa|oof|interesting|agree|catch|doing|mostly|way to go|for sure|not a problem|"
    r"check|must|hopefully|maybe|probably)\b",
    re.IGNORECASE,
)
_USER_SUBJECT_EN = re.compile(r"\b(?:I|we)\b|\b(?:I|we)'", re.IGNORECASE)
"""A subject anywhere: the sentence is whole, and ``_LASTING_EN`` read it."""
_FIRST_PART_EN = re.compile(
    r"[,;:!?(]| - | now that | since | because | so | but | as | and then ", re.IGNORECASE
)


_STANDING_CUE_EN = re.compile(
    r"\b(?:at ours|since|every|most (?:days|nights|weekends|weeks|mornings|evenings)|always|never|usually|"
    r"all the time|through and through|for (?:years|ages|life|good)|from years|now that|these days|"
    r"full-time|part-time|all year|year-round|working from)\b"
    # a day of the week as a habit: "Bell-ringer at the church on Sunday mornings"
    rf"|\bon (?:{_DAYS}s|{_DAYS} (?:mornings|afternoons|evenings|nights))\b",
    re.IGNORECASE,
)
"""What marks a fragment as the user's standing ("Deaf in one ear since birth", "Gym before work, every
weekday", "Three dogs and a tortoise at ours")."""


def unsaid_subject(text: str) -> bool:
    """Whether ``text`` leaves out whom it is about, as people type ("Allergic to penicillin", "Student,
    living off a loan", "对青霉素过敏"): then it is the speaker's. One sentence, no question and no
    reaction ("Such a cool photo!"); in English its first part names no one and has no verb of its own,
    in Chinese it names no one at all."""
    if is_chinese(text):
        text = simplified(text)
        return not _QUESTION_END_ZH.search(text) and not _SELF_ZH.search(text) and not _OTHER_ZH.search(text)
    first = _FIRST_PART_EN.split(text, maxsplit=1)[0]
    return not (
        "!" in text
        or "?" in text
        or len(sentences(text)) != 1
        or not index_terms(first)
        or _REACTION_EN.match(text)
        # a clause that leads into the sentence's own ("Since the concussion, bright screens bother me")
        or re.match(
            r"\W*(?:since|when|whenever|if|after|before|because|as|while|although|though|once|until|"
            r"unless|given|with|without)\b",
            text,
            re.IGNORECASE,
        )
        or _OTHER_SUBJECT_EN.search(first)
        or _USER_SUBJECT_EN.search(text)
        or re.search(r"\b(?:who|what|why|how|when|where)\b", text, re.IGNORECASE)
        # what something does to the user names its subject ("Horror and gore bore me")
        or re.search(
            r"^[^,;:]*\b(?:bores?|scares?|stress(?:es)?|annoys?|drives?|makes?|gives?) me\b", text, re.I
        )
    )


def _about_the_user_unsaid(text: str) -> bool:
    """Whether ``text`` (English) is a fragment about the one who says it that stands: with a mark of what
    stands ("Deaf in one ear since birth"), what they are doing with their own ("Working on my PhD
    thesis"), or who they are and then why ("Student, living off a loan", "Not great with heights, to be
    honest"). Not the news ("Busy week ahead", "The weather looks nice")."""
    if not unsaid_subject(text):
        return False
    first, *rest = _FIRST_PART_EN.split(text, maxsplit=1)
    own_doing = re.match(
        r"\W*(?:(?:still|now|currently|also) )?\w+ing\b.*\b(?:my|our)\b", text, re.IGNORECASE
    )
    labelled = bool(rest) and len(first.split()) <= 3 and text[len(first)] == ","
    return bool(_STANDING_CUE_EN.search(text) or own_doing or labelled)


def lasts(sentence: str) -> bool:
    """Whether ``sentence`` states something standing about the user (a state, a habit, a rule of
    theirs, an undertaking that goes on for months, a past event that left a condition), not the news
    of a day, an activity of the moment or a question."""
    text = sentence.strip()
    if refuses(text):  # "Karaoke? No thanks.", "露营？算了吧": what the user turns down stands
        return True
    if is_chinese(text):
        text = simplified(text)  # "我對花生過敏": the same words as "我对花生过敏"
        if _QUESTION_END_ZH.search(text):
            return False
        if _lasts_zh(text):
            return True
        if why_not_kept(text) is not None or _MOMENT_ZH.search(text):
            return False
        # ... or a clause of it, not a wish or a request ("我们打算重装厨房，我老公一米九八"), is marked as
        # standing, or says how things stand before any news or after what brings it to now
        # ("我给我哥捐了一个肾，现在只剩一个", "我在和四个人合租，冰箱特别小")
        # (after a wish, a clause with no one named goes on with it: "想换台新笔记本电脑，顺便买个鼠标")
        news = wished = False
        for clause in filter(None, _CLAUSE_END_ZH.split(text)):
            if _ASKING_ZH.search(clause):
                wished = True
                continue
            told = (not news or _NOW_ZH.match(clause)) and (not wished or _SELF_ZH.search(clause))
            if _marked_zh(clause):
                if _users_zh(clause):
                    return True
            elif told and (_unmarked_lasts_zh(clause) or _stands_zh(clause)):
                return True
            news = news or bool(_PASSING_ZH.search(clause))
        return False
    text = plain(text)  # "I’m", "im"
    # the whole, or what follows a word or two that only lead into it ("Honestly? Mornings are a write-off
    # since the chemo started.", "Hey! Long time. We adopted a retired greyhound ..."); each as said, or
    # with its speaker back where it leaves them out
    # ... and said of someone of the household by role where it names them ("Pepper, our African grey,
    # plucks her feathers out ..." as "our African grey plucks her feathers out ...")
    readings = list(dict.fromkeys([text, as_role(text)]))
    first, *rest = sentences(text) or [text]
    while rest and (len(first.split()) <= 3 or first.endswith("?")):  # ... or a question first
        readings.append(" ".join(rest))
        first, *rest = rest
    return any(
        not (told.endswith("?") or _ASKS_EN.match(told))
        and (_lasts_en(told) or any(_lasts_en(whole) for whole in _with_speaker_en(told)))
        for told in readings
    )


_CLAUSE_END_ZH = re.compile(r"[，,；;。！!]")
"""Where a Chinese clause ends."""


def _marked_zh(text: str) -> bool:
    """Whether Chinese ``text`` (simplified) names a habit, a job, an undertaking or a condition."""
    habit = (_HABIT_ZH.search(text) or _JOB_ZH.search(text)) and not _TODAY_ZH.search(text)
    return bool(
        habit
        or any(p.search(text) for p in (_PROJECT_ZH, _CONDITION_ZH, _STANDS_ZH, _WENT_THROUGH_ZH))
        or (_DONE_ALREADY_ZH.search(text) and not _TODAY_ZH.search(text))
    )


def _users_zh(text: str) -> bool:
    """Whether Chinese ``text`` is the user's, said or left out ("每个工作日早上六点准时去健身房"), not
    someone else's."""
    return bool(_SELF_ZH.search(text) or not _OTHER_ZH.search(text))


def _says_enough_zh(text: str) -> bool:
    """Whether Chinese ``text`` says more than a reply does (more than three characters)."""
    return len(re.findall(r"[\u4e00-\u9fff]", text)) > 3


def _lasts_zh(text: str) -> bool:
    """Whether Chinese ``text`` (simplified) is marked as standing and the user's, or is the user's words
    with no mark of the news."""
    return _users_zh(text) if _marked_zh(text) else _unmarked_lasts_zh(text)


def _unmarked_lasts_zh(text: str) -> bool:
    """Whether Chinese ``text``, which names no habit nor condition, is the user's with no mark of the
    news."""
    if _PASSING_ZH.search(text) or _DOING_ZH.search(text):
        return False
    if _DONE_ZH.search(text) and not _FOR_YEARS_ZH.search(text):
        return False
    # ... or leaves the user out and says more than a reply does ("天生路痴"; not "没事", "有道理")
    begins = PREDICATE_ZH.match(text) or WHO_ZH.fullmatch(_CLAUSE_END_ZH.split(text, maxsplit=1)[0])
    unsaid = begins and unsaid_subject(text) and _says_enough_zh(text)
    return bool(_SELF_ZH.search(text) or unsaid)


_ASKING_ZH = re.compile(r"什么|啥|哪|推荐|想|打算|要不要|怎么|选个|一下")
"""A wish or a request ("约会选个餐厅", "想换台新笔记本电脑"): the clause says what the user wants now."""
_MOMENT_ZH = re.compile(r"最近|等会|待会|一会儿|回头|再聊|马上")
"""The moment ("我在吃饭，等会儿聊"): nothing in the message stands for long."""
_NOW_ZH = re.compile(
    r"(?:所以|但是?|不过|而且)?(?:现在|如今|从此|从那以后|之后|以后"
    # what the user has yet to get, of the papers and accounts one lives by ("还没开银行账户")
    r"|(?:我)?(?:还|暂时|目前)没(?:有)?(?:办|开|拿到|申请)(?:好|下来)?(?=[^，。！？]*(?:账户|卡|证|照|保险|医保|社保)))"
)
"""What brings a clause after the news to how things are now ("我去年皈依了伊斯兰教，现在不吃猪肉", "我刚到
这个国家，还没开银行账户")."""
_REPLY_ZH = re.compile(
    r"没问题|没事|没关系|不用|不客气|不错|不好意思|对啊|对的|对了|有道理|有意思|挺好|都行|都可以"
)


def _stands_zh(clause: str) -> bool:
    """Whether a Chinese ``clause`` says how things are, in the plain present a statement takes when no
    mark of a moment, of something done or under way, or of someone else is in it ("冰箱特别小",
    "我老婆跑长途货运"): Chinese marks the news ("了", "今天", "正在") and leaves the standing unmarked.
    Not a reply, nor a few characters alone."""
    if _REPLY_ZH.match(clause) or _PASSING_ZH.search(clause) or _DOING_ZH.search(clause):
        return False
    # (what is so now after a change is no news: "现在家里就我和狗了")
    if _DONE_ZH.search(clause) and not _FOR_YEARS_ZH.search(clause) and not _NOW_ZH.match(clause):
        return False
    return not _OTHER_ZH.search(clause) and _says_enough_zh(clause)


def _lasts_en(text: str) -> bool:
    """Whether English ``text`` (``plain``) says something standing: an undertaking, a condition left by an
    event, what holds since, where the user stands with a goal or a problem, an aim for years, what an
    experience left, what holds until a day it names, or a state or habit with no mark of the day."""
    marked = (_PROJECT_EN, _CONDITION_EN, _SINCE_THEN_EN, _STANDS_EN, _WENT_THROUGH_EN, _DONE_ALREADY_EN)
    if (
        any(p.search(text) for p in marked)
        # (not the plan of a day: "The plan is to meet at six tonight")
        or (_AIMS_EN.search(text) and not _THIS_DAY_EN.search(text))
        or (_TRIED_EN.search(text) and _LEFT_BY_IT_EN.search(text))
        # "My glasses broke and the new ones won't be ready till next week"
        or expiry(text, time.time()) is not None
    ):
        return True
    if _PASSING_EN.search(text):
        return False
    return bool(_LASTING_EN.search(text)) or _about_the_user_unsaid(text)


_DOES_EN = r"(?:don't|can't|cannot|won't|never|hate|prefer|avoid)"
"""Verbs of the present that open a fragment of what the speaker does or cannot ("dont do mornings b4
coffee"), and seldom a request ("Keep it up!", "Take care!" are the listener's to do)."""
_SINCE_THEN_EN = re.compile(
    rf"\bso\s+(?:now\s+)?(?:(?:mornings|evenings|weekends|weekdays|nights|{_DAYS}s)\s+(?:are|is)\b|"
    r"(?:[\w'-]+\s+){0,5}?(?:any ?more|no longer)\b)|\bno (?:[\w-]+ ){1,4}?any ?more\b|\bno longer\b"
    r"|\bstill (?:can't|cannot|don't|isn't|aren't|won't|haven't|not able)\b",
    re.IGNORECASE,
)
"""What holds from a day's news on ("Converted to Islam last year, so no pork or alcohol any more",
"Ordained last year, so Sundays are my busiest day"): the news does not make it passing."""
_OPENS_DONE_EN = re.compile(
    rf"^\W*(?:(?:still|now|just|recently|also|finally)\s+)?(?P<verb>been|got|{_PAST}|stuck|{_DOES_EN}|\w+ing)\b"
    r"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_STATE_DONE_EN = re.compile(
    r"(?:stuck|retired|married|divorced|separated|engaged|widowed|based|employed|self-employed|registered|"
    r"qualified|trained|vaccinated|banned|suspended|housebound|hooked|addicted|ordained|adopted)",
    re.IGNORECASE,
)
"""Done words that name a state the speaker is in ("Still stuck with a 2015 MacBook": "I'm stuck")."""


def _with_speaker_en(text: str) -> tuple[str, ...]:
    """``text``, a fragment that opens with what the speaker did, has been, does or is doing ("Retired last
    spring after forty years on the railways", "Been a season ticket holder for twenty years", "Got a
    cochlear implant in my right ear", "dont do mornings b4 coffee", "trying to stay under 1500 cals a
    day"), with its speaker back: "I retired ...", "I've been ...", "I've got a ...", "I don't ...", "I'm
    trying ...", and for a state, "I'm stuck ...". Not what answers ("Got it", "Got back home"), what the
    listener is to do ("Don't give up!") nor a doing that is the subject ("Learning ... fascinates me")."""
    m = _OPENS_DONE_EN.match(text)
    if not m or _REACTION_EN.match(text):
        return ()
    verb, said, whole = m["verb"].lower(), text[m.start("verb") :], text.strip()
    said, whole = said[:1].lower() + said[1:], whole[:1].lower() + whole[1:]
    if verb == "been":
        return (f"I've {said}",)
    if verb.endswith("ing"):  # "trying to stay under ...", not a doing as a subject ("Learning is fun")
        own_verb = r"\b(?:is|are|was|were)\b|\b[a-z]+[^s\W]s (?:me|my|us|our|him|her|them|it|you|a lot)\b"
        subject = re.match(rf"[^,.;!?]*(?:{own_verb})", said)
        return () if subject else (f"I'm {whole}",)
    if re.fullmatch(_DOES_EN, verb, re.IGNORECASE):  # "dont do mornings before coffee", not "Don't give up!"
        return () if re.search(r"!|\byou(?:r|rs|rself)?\b", text, re.IGNORECASE) else (f"I {whole}",)
    if verb == "got":
        owns = re.match(
            r"\s+(?:a|an|no|two|three|four|five|\d+|bad|weak|dodgy|chronic|severe|mild)\b", m["rest"]
        )
        return (f"I've {said}",) if owns else ()
    if _STATE_DONE_EN.fullmatch(verb):
        return (f"I {said}", f"I'm {whole}")
    return (f"I {said}",)
