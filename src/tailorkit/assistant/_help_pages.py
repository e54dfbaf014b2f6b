"""What the help pages are searched with for a customer's message: the message without the details and
instructions it only gives (an order number, an email, "有事请发短信"), and with the pages' own words for
what the customer says in theirs (a fault, damage in delivery, a missing parcel, when an order arrives);
for a short follow-up ("How do I send them in?", "大概还要多久？"), the message before it that said what
it is about (``followed``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tailorkit.assistant._intents import GIVES_DETAILS, WANTS_A_PERSON
from tailorkit.text import content_characters, index_terms, is_chinese, sentences, simplified

__all__ = ["followed", "follows_up", "for_the_help_pages", "short"]


_ORDER_NUMBER = re.compile(
    r"[，,]?\s*(?:我的)?(?:订单|单)(?:号码?|编号)(?:是|为|：|:)?\s*[A-Za-z0-9][\w-]*"
    r"|(?<=\border)(?: (?:number|no\.?|id|ref(?:erence)?)(?: is| was|:)?| ?#| ?:)?\s*"
    r"(?:[A-Z]{1,4}-?\d[\w-]*|\d{3,}[\w-]*)\b",
    re.IGNORECASE,
)
"""Which order a message is about ("订单号是 TK-553", "order number 1234"): it says nothing of what it asks
("我买的耳机没声音了，订单号是 ..." was answered with the invoice page, which says "我的订单")."""


_FAULT = re.compile(
    r"\b(?:(?:does(?:n't| not)|won't|will not|can't|cannot|isn't|is not) (?:heat(?:ing)?(?: up)?|"
    r"work(?:ing)?|turn(?:ing)? on|switch(?:ing)? on|start|charge|charging|power on|boot|spin|cool|"
    r"connect|pair)"
    r"|(?:stopped|stops) (?:working|heating|charging)|(?:is|are|'s|came|arrived) (?:broken|faulty|defective|"
    r"dead)|no longer works|leaks|(?:is|'s|are|started|keeps) leaking|overheats|(?:keeps|kept) (?:turning|"
    r"switching|cutting) (?:off|out)|(?:is|'s) making a (?:strange|weird|loud|funny|horrible) (?:noise|"
    r"sound))\b"
    r"|坏了|没(?:有)?声音|不(?:能|会)?(?:工作|加热|制冷|制热|充电|开机|转)|开不了机|充不进电|不亮了?|失灵|漏水|漏电|有异响"
    # "吹风机用了两次就不出热风了", "没反应", "出故障"
    r"|不出(?:热|冷)?(?:风|水|气)|没(?:有)?反应|(?:出|有)(?:了)?故障|不好使了?|罢工了",
    re.IGNORECASE,
)
"""A faulty item said in the customer's words ("the kettle doesn't heat up", "耳机没声音了"): the help pages
say it in theirs ("an item that stops working", "质量问题"), so those words are searched too."""
_DAMAGED = re.compile(
    r"\b(?:arrived|came|turned up|was delivered|got here)\b[^.!?]{0,40}?"
    r"\b(?:cracked|smashed|shattered|dented|crushed|damaged|scratched|torn|ripped|leaking|bent|in pieces)\b"
    r"|\b(?:is|are|was|were)\s+(?:all\s+)?(?:cracked|smashed|shattered|dented|crushed|in pieces)\b"
    r"|(?:摔|压|碰|磕)(?:坏|碎|扁|裂)了?|(?:碎|裂)了|破(?:了|损)",
    re.IGNORECASE,
)
"""An item damaged in delivery said in the customer's words ("it arrived with a cracked jug", "杯子碎了"): the
pages say "damaged parcel" and "包裹破损", so those words are searched too."""
_MISSING = re.compile(
    r"\b(?:has(?:n't| not)|have(?:n't| not)|never|still (?:has(?:n't| not)|not))\s+(?:yet\s+)?"
    r"(?:arrived|come|turned up|been delivered|got here)|\b(?:not|never) (?:received|delivered)\b"
    r"|\b(?:lost|missing) (?:parcel|package|order)\b|\bstill waiting for (?:my|the|it)\b"
    r"|(?:还)?没(?:有)?(?:收到|到货|送到|送来)|(?:包裹|快递)(?:丢了|丢失)"
    # "我上周订的蓝牙耳机还没到" (not "还没到时间")
    r"|(?:还|仍然|一直|都)没(?:有)?到(?=[了呢啊，。！？,.!?]|$)",
    re.IGNORECASE,
)
"""An order that has not come, in the customer's words ("My order hasn't arrived", "快递还没收到"): the pages
say "missing parcels" and "tracking", so those words are searched too."""
_REFUND_LATE = re.compile(
    r"\b(?:refund|money|reimbursement)\b[^.?!]{0,40}?\b(?:has(?:n't| not)|have(?:n't| not)|never|"
    r"still (?:has(?:n't| not)|not))\s+(?:yet\s+)?(?:arrived|come|come through|gone through|turned up|"
    r"shown up|landed|been paid)|\bstill waiting for (?:my|the) (?:refund|money)\b"
    r"|(?:退款|退的钱|钱)[^。？！?!]{0,10}?(?:还|仍然|一直|都)?没(?:有)?(?:到账|到|收到|退回来|回来)",
    re.IGNORECASE,
)
"""A refund that has not come ("My refund for order 5512 hasn't arrived after two weeks", "退款还没到账"):
the pages say "refund timing"; not a parcel gone missing (its pages were quoted)."""
_WHEN_ARRIVES = re.compile(
    r"\bwhen (?:will|would|should|does|do|can) (?:it|they|my \w+|the \w+|I get (?:it|them|my \w+))"
    r"(?: \w+)?\s*(?:arrive|come|get here|be delivered|turn up|ship)"
    r"|\bhow (?:long|many days) (?:does|do|will|would) (?:it|they|delivery|shipping|my \w+) take"
    r"|(?:什么时候|啥时候|几时|多久|几天)(?:能|可以|才能|会)?(?:到|送到|送达|到货|发货|收到)",
    re.IGNORECASE,
)
"""When an order arrives, in the customer's words ("我的订单什么时候能到？", "When will my parcel
arrive?"): the pages say "delivery times" and "配送时效 送达", so those words are searched too."""
_WHEN_OPEN = re.compile(
    r"\bwhat time (?:do|does|will) (?:you|customer service|support|your team|the team|the helpline) "
    r"(?:open|close|shut|finish)\b|\b(?:customer service|support|helpline|phone line|live chat) hours\b"
    r"|\b(?:is|are) (?:anyone|someone|somebody|you|customer service|support) "
    r"(?:there|around|available|open)\b"
    r"[^.!?]{0,30}\b(?:weekends?|saturdays?|sundays?|evenings?|tonight|bank holidays?|holidays?)\b"
    r"|值班|(?:客服|人工)[^，。！？,.!?]{0,6}(?:几点|什么时候|时间)|几点(?:上班|下班)"
    r"|(?:周末|节假日|晚上|假期)[^，。！？,.!?]{0,6}(?:有人|在线|上班)",
    re.IGNORECASE,
)
"""When a person can be reached, in the customer's words ("Is anyone there at the weekend?",
"你们周末有人值班吗？"): the pages say "customer team hours" and "在线客服 每天几点到几点"."""
_SENT_BACK = re.compile(
    r"\bsend(?:ing)? (?:\w+ ){0,3}back\b|\bsent (?:\w+ ){0,3}back\b|\bgive (?:it|them) back\b"
    r"|寄回|退回去|送回去",
    re.IGNORECASE,
)
"""What is sent back, in the customer's words ("the parcel I'm sending back", "寄回去"): the pages say
"return" and "退货"."""
_PAGES_WORDS: tuple[tuple[re.Pattern[str], tuple[str, str], re.Pattern[str] | None], ...] = (
    (_FAULT, ("质量问题 故障", "faulty item stopped working"), None),
    (_SENT_BACK, ("退货", "return"), None),
    (_DAMAGED, ("包裹破损", "damaged parcel"), None),
    (_REFUND_LATE, ("退款到账时间", "refund timing"), None),
    # (what has not come is money, not a parcel: "My refund hasn't arrived")
    (_MISSING, ("包裹丢失 物流", "missing parcel tracking"), _REFUND_LATE),
    (_WHEN_ARRIVES, ("配送时效 送达", "delivery times"), None),
    (_WHEN_OPEN, ("在线客服 每天几点到几点", "customer team hours, live chat and phone line"), None),
)
"""What the customer says in their words, the help pages' words for it (Chinese, English), and what the
message must not say for those words to apply."""
_DETAILS_SAID = re.compile(
    r"(?:,?\s+and\s+|,\s*)(?:my|our)\s+(?:e-?mail(?: address)?|phone(?: number)?|mobile(?: number)?|postcode|"
    r"zip(?: code)?|username)\s+(?:is|'s)\s+\S+?(?=[,;!?]|\.?\s|\.?$)"
    r"|[，,]?\s*我的(?:邮箱|电子邮箱|电话|手机号?码?|用户名)(?:是|：|:)\s*[\w@.+-]+",
    re.IGNORECASE,
)
"""The user's details said in a clause of a sentence about something else ("I'm Eva, I live in Utrecht and my
email is ..."): the help pages on changing an email were quoted to it."""


def for_the_help_pages(
    message: str, instructs: Callable[[str], bool] | None = None, *, or_all: bool = True
) -> str:
    """``message`` as the help pages are searched with: without the sentences that only give the user's
    details, nor those that only tell how to answer or reach them (``instructs``: "有事请发短信。"); all of
    it when nothing else is left (nothing with ``or_all`` false)."""
    kept = []
    message = simplified(message)  # the pages' words are held so ("藍牙耳機還沒到，訂單號是...")
    for p in sentences(_DETAILS_SAID.sub("", message)):
        if GIVES_DETAILS.match(p) or not re.search(r"\w", p):
            continue
        if instructs is not None and instructs(p):
            # ... but for an order said after "and I" ("I'm a size 12 and I bought a dress that's too small.")
            said = _after_and_i(p, instructs)
            if not said:
                continue
        else:
            # ... nor a clause of one that only does ("我是老年人，不太会用手机，最好打电话联系我。")
            said = _without_clauses(p, instructs) if instructs else p
        said = _ORDER_NUMBER.sub("", said).strip().lstrip("，,")
        if said:
            kept.append(said)
    said = " ".join(kept) if kept or not or_all else message
    # "Can you call me about my refund?", "能给我打个电话吗？": how to reach a person is what the pages answer
    # (the refund's pages were quoted, and the search read "person" in "ask the person who bought it")
    if said and (person := WANTS_A_PERSON.search(said)):
        return (
            "人工客服 客服热线"
            if is_chinese(person.group(0))
            else "talk to a person, contact customer service by phone"
        )
    # "the kettle doesn't heat up", "it arrived with a cracked jug", "My order hasn't arrived",
    # "我的订单什么时候能到？": in the pages' words too
    asked = said
    for customers, (zh, en), unless in _PAGES_WORDS:
        if said and (put := customers.search(said)) and not (unless and unless.search(asked)):
            said = f"{said} {zh if is_chinese(put.group(0)) else en}"
    return said


def _after_and_i(sentence: str, instructs: Callable[[str], bool]) -> str:
    """``sentence`` where what it says after "and I" or "but I" is about an order, with who the user is,
    which the order's problem needs ("I'm a size 12 in UK sizes and I bought a dress that's too small.":
    the size); '' where nothing is ("My wife is vegetarian and I eat whatever." only tells)."""
    parts = re.split(r"\s+(?:and|but) (?=I\b)", sentence)
    return sentence if any(_ORDERED.match(p) and not instructs(p) for p in parts[1:]) else ""


_ORDERED = re.compile(
    r"I (?:just |recently |also )?(?:bought|ordered|received|got sent|paid for|returned|sent back|booked)\b",
    re.I,
)
"""What was bought or sent, said after who the user is: what the help pages are asked about."""


def _without_clauses(sentence: str, instructs: Callable[[str], bool]) -> str:
    """``sentence`` without the clauses (between commas) that ``instructs`` says only instruct."""
    clauses = re.split(r"(?<=[，,])\s*", sentence)
    if len(clauses) < 2:
        return sentence
    return "".join(c for c in clauses if not instructs(c.rstrip("，, "))).rstrip("，, ")


def followed(message: str, said_before: list[str], tells: Callable[[str], bool]) -> str:
    """What the help pages are searched with besides ``message`` where it follows up the user's messages
    before it (``said_before``, oldest first; ``tells``: a sentence that only tells who the user is): the
    last one that said a problem, in the pages' words; '' where it follows up none.

    "How do I send them in?" after "My headphones stopped working after 18 months": the pages are searched
    with what "them" stands for (what happened, not who the user is or what they asked of us: "When will it
    arrive?" after "I ordered a sofa ... I'm in a wheelchair so I need it brought inside" quoted what to bring
    to a store); nothing of a message that only told who the user is ("My Spanish class is on Tuesdays"),
    the one before it where that came between ("这个能换新吗？" after the broken earphones, then the address);
    one that followed up itself with the message it followed ("如果一直不到怎么办？" after "大概还要多久？"
    after the parcel that has not come)."""
    if not said_before or not follows_up(message):
        return ""
    before = said_before[::-1][:4]
    for n, b in enumerate(before[:2]):
        if not (words := for_the_help_pages(b, tells, or_all=False)):
            continue
        if follows_up(b):
            first = (for_the_help_pages(c, tells, or_all=False) for c in before[n + 1 :])
            words = f"{next((w for w in first if w), '')} {words}".strip()
        return words
    return ""


def short(message: str) -> bool:
    """Whether ``message`` is short enough to stand on the one before: four words, or in Chinese six
    characters of meaning ("这个能换新吗？大概要多久？")."""
    if is_chinese(message):
        return len(content_characters(message)) <= 6
    return len(index_terms(message)) <= 4


_WHAT_IF = re.compile(
    r"^(?:那)?(?:如果|要是)[^，。？?]{0,8}(?:怎么办|怎么处理|该怎么做)(?:呢)?[？?]?$"
    r"|^(?:and |but )?what if (?:it|they|that|this)\b[^.?]{0,40}\??$",
    re.IGNORECASE,
)
"""A short question of what to do if what was said goes on ("如果一直不到怎么办？", "What if it never
arrives?"): it is about that."""


def follows_up(message: str) -> bool:
    """Whether ``message`` is about what the one before it named: short, with a word for it
    (``_REFERS_BACK``), or a what-if of it (``_WHAT_IF``)."""
    return bool((_REFERS_BACK.search(message) and short(message)) or _WHAT_IF.match(message))


_REFERS_BACK = re.compile(
    r"\b(?:it|them|they|one)\b|\b(?:that|this|those|these)\b(?!\s+(?:week|weekend|morning|afternoon|evening|"
    r"night|month|year|time|term|semester|summer|winter|spring|autumn|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b)|它|这个|那个|这些|那些"
    # Chinese leaves it unsaid: "能换一个新的吗？", "可以退吗？"
    r"|(?:换|退|修|补发|重发)(?:一个|个|一下|掉|了)?(?:新的)?(?=[吗吧呢？?]|$)"
    # ... or names what it asks for of it: "可以退款吗？还是只能换货？", "Can I get a refund instead?"
    r"|(?:退款|退货|换货|换新|退钱|维修)(?=[吗吧呢？?]|$)|\b(?:a )?(?:refund|replacement|exchange) instead\b"
    # ... or a remedy asked for without saying for what: "Can I get a refund or a replacement?"
    r"|\b(?:a |my )?(?:refund|replacement|exchange|repair|money back)(?: or (?:a |an )?(?:refund|replacement|"
    r"exchange|repair|new one))?\s*\??$"
    # what to do next, of what was said: "那我现在该怎么操作？", "So what do I do now?"
    r"|^(?:那|那么|所以)?(?:我|我们)?(?:现在|接下来|下一步)?(?:该|应该|要|需要)?怎么(?:操作|办|弄|做|处理)(?:呢)?[？?]?$"
    r"|^(?:so |ok,? |okay,? )?what (?:do|should|can) (?:I|we) do(?: now| next| then)?\??$"
    # how long or when, of what was said: "大概还要多久？", "几天能到？"
    r"|^(?:那|那么)?(?:大概|大约|一般)?(?:还(?:要|得|需要)|需要|要)?(?:多久|多长时间|几天|多少天|什么时候)"
    r"(?:能到|能好|能退|到账)?(?:呢|啊)?[？?]?$"
    # a way asked for, of what was said: "有什么好办法吗？", "Any tips?", "Any ideas how to fix that?"
    r"|^(?:那|那么)?(?:有)?(?:什么|啥|没有)(?:好的?|有效的?)?(?:办法|方法|技巧|建议|窍门)(?:吗|呢|没有)?[？?]?$"
    r"|^(?:so |ok,? |okay,? )?any (?:good )?(?:tips|ideas|advice|suggestions|tricks)\??$",
    re.IGNORECASE,
)
"""A short follow-up's word for what the message before named ("How do I send them in?", "那个怎么退？"), or
in Chinese what it asks done with it."""
