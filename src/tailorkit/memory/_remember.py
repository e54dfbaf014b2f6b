"""What one message gives the memory: the candidates an extractor understands, the user's own words for
what it does not (``memory._keep``), each enriched with what a later search should find it by, and with
when it stops holding. Pure functions: ``MemoryService.remember`` reconciles and stores what they give.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tailorkit.memory._brevity import ANSWER_LENGTH_TOPIC, answer_length
from tailorkit.memory._dates import ends, expiry
from tailorkit.memory._domains import domain_words, states_preference
from tailorkit.memory._extract import Extractor, RuleExtractor, says_then, with_when
from tailorkit.memory._keep import A_MUST, asks, asks_back, lasts, refers_back, worth_keeping
from tailorkit.memory._records import SAYS_MORE, Candidate, MemoryKind
from tailorkit.memory._rules import GREETING_EN, as_words, said_of_me, said_sentences, sentences
from tailorkit.memory._words_en import CARS_EN, CONDITIONS, ONE_DAY_EN
from tailorkit.memory._words_zh import ZH_CONDITIONS
from tailorkit.text import index_terms, is_chinese

STATING = 0.6
"""The importance of the user's own words that state a preference or a constraint; what the rules
understand as one (an aversion, a diet, a goal) is kept at least this important."""

__all__ = ["STATING", "candidates_of"]


_THATS_ME = re.compile(
    r"^(?:yep,?\s*|yeah,?\s*|oh,?\s*|and\s*)?(?:that's|that is|that'd be|that would be|that's so|guilty|"
    r"same here|sounds like|describes)\s*(?:totally |so |exactly |definitely )?(?:me|myself)\b|^guilty\b"
    r"|^这(?:说的)?就是我|^说的就是我",
    re.IGNORECASE,
)
"""A sentence that says the question before it is about the user ("Math anxiety? That's me, big time.")."""


_GOES_ON = re.compile(r"^(?:it|they|he|she|this|that)(?:'s|'re)?\s+\w|^(?:它|他|她|这|那)\w", re.I)
"""A short clause that says what happened to what the one before it named ("... but it leaks")."""


def _understand(message: str, extractor: Extractor) -> tuple[list[Candidate], list[str], bool]:
    """The candidates ``extractor`` finds, the sentences worth keeping that it found nothing in, and
    whether those are all of the message (the rule extractor answers per sentence; another one for the
    whole message, which is then kept whole when it finds nothing)."""
    if isinstance(extractor, RuleExtractor):
        candidates: list[Candidate] = []
        leftover: list[str] = []
        said = said_sentences(message)
        before: list[Candidate] = []  # what the sentence before was read as
        for i, sentence in enumerate(said):
            prev, before = before, []
            # "..., so please don't deliver anything then": the instruction with the clause that says when,
            # and when it ends (that clause's plan goes in it)
            found = [] if asks_back(sentence) else extractor.extract(sentence)
            granted = _taken_for_granted(sentence) if not found and asks(sentence) else []
            if granted:
                # "Is it safe to go running while I'm five months pregnant?": what the question takes for
                # granted
                found = [replace(c, said=sentence) for said in granted for c in extractor.extract(said)]
            if not found and not is_chinese(sentence):
                # "Skip the curry for me, spicy food wrecks my stomach": each clause of a comma splice
                found = [
                    replace(c, said=sentence)
                    for clause in _spliced(as_words(sentence))  # (an emoji between clauses: a comma)
                    for c in extractor.extract(clause)
                ]
            if i and (merged := [with_when(c, said[i - 1]) for c in found]) != found:
                if any(says_then(c) for c in found):  # (not where: the move stays a plan of its own)
                    plan = [c for c in candidates if c.said == said[i - 1] and c.kind == MemoryKind.EVENT]
                    when = next((c.when for c in plan if c.when), None)
                    candidates = [c for c in candidates if c not in plan]
                    merged = [replace(c, when=c.when or when) for c in merged]
                found = merged
            if found and said_of_me(sentence) is not None:
                # "If you're blind like me, screen readers are everything": "I'm blind" was read from a clause
                # of its own before it; the sentence keeps what else it says, in the user's words where no
                # rule read more of it
                known = {(c.text, c.topic) for c in candidates}
                found = [c for c in found if (c.text, c.topic) not in known]
            if found:
                # what was read from the sentence says all it does between them ("My son's in year 4 and
                # really struggles with his times tables": the year and the struggle; "I'm Sam, year 10, GCSEs
                # next summer": the name, the year and the words kept): none need carry the sentence too
                covered = {t for c in found for t in index_terms(c.text)}
                whole = len(set(index_terms(sentence)) - covered) < SAYS_MORE
                before = [
                    replace(c, said=c.said or sentence, covered=whole and c.kind != MemoryKind.EPISODE)
                    for c in found
                ]
                candidates += before
            elif prev and _AFTERMATH.match(sentence):
                # "Horror is my least favourite genre, I can't sleep after.": what it does to the user goes
                # in the words of what was read before it, not a memory of its own ("I can't sleep after.")
                more = _found(message, sentence)[1].rstrip("。.！!；;")
                mark = "，" if is_chinese(more) else ", "
                joined = {id(c): replace(c, said=f"{c.said}{mark}{more}") for c in prev}
                candidates = [joined.get(id(c), c) for c in candidates]
                before = list(joined.values())
            elif (
                i
                and (planned := _plan_of(candidates, said[i - 1]))
                and _GOES_ON_ZH.match(sentence)
                and not (_states_a_preference(sentence) or lasts(sentence))
            ):
                # "我下周三要去上海出差，住三天。": the clause says more of the plan, not a memory of its own
                # (not "我在攒首付，能省就省。": how the user lives meanwhile stays, and holds past the plan)
                more = sentence.rstrip("。.！!；;")
                candidates = [
                    replace(c, text=f"{c.text}，{more}", said=f"{c.said}，{more}") if c is planned else c
                    for c in candidates
                ]
            elif granted or worth_keeping(sentence):
                # (a question that takes something of the user for granted is kept where nothing read it:
                # "How do I clean my cochlear implant?")
                if i and _THATS_ME.match(sentence) and said[i - 1] not in leftover:
                    leftover.append(said[i - 1])  # "Math anxiety? That's me.": the question says what
                leftover.append(sentence)
            elif i and said[i - 1] in leftover and _GOES_ON.match(sentence):
                # "I bought a kettle as a gift for my grandson but it leaks": a short clause goes on from the
                # one kept before it, and says what happened to it
                leftover.append(sentence)
        if candidates:  # "..., so I avoid it": the clause only points at one that was understood
            leftover = [s for s in leftover if not refers_back(s)]
        return candidates, leftover, not candidates and leftover == said
    candidates = extractor.extract(message)
    keep = not candidates and worth_keeping(message)
    return candidates, [message.strip()] if keep else [], keep


_SPLICE = re.compile(r",\s+")
"""Where a comma joins two clauses the user said as one ("No horror, I have a nervous ten-year-old")."""
_MINE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|our|us)\b", re.I)
_LEADS_IN = re.compile(
    r"^(?:off|on|in|at|for|with|after|before|since|during|even|when|while|if|though|although|yet|still)\b",
    re.I,
)
_REPLY = re.compile(
    r"^(?:thanks|thank you|yes|yeah|yep|no doubts?|sure|ok|okay|oh|wow|well|right|haha|lol|you're|you are|"
    r"you|that's|it's|totally|exactly|absolutely|definitely|agreed)\b",
    re.I,
)
_HAS = re.compile(r"\b(?:has|have|'ve got|have got|got|had)\b", re.I)


def _spliced(sentence: str) -> list[str]:
    """The clauses of ``sentence`` where a comma joins two the user said of themselves ("Skip the curry for
    me, spicy food wrecks my stomach", "Weekends are sacred, no work calls"): each to be read alone. Not a
    list (more than one comma), an answer to another ("You're right, ..."), a clause led in by a word that
    needs the other ("Off the court, ..."), one said to someone by name ("No doubts, Caroline."), nor what
    a home lacks beside what it has ("Our bathroom only has a shower, no bath": not a bath kept away
    from)."""
    clauses = _SPLICE.split(sentence.strip())
    if len(clauses) != 2 or not all(index_terms(c) for c in clauses):
        return []
    first, second = clauses
    if _REPLY.match(first) or not (_MINE.search(sentence) or re.match(r"no\b", second, re.I)):
        return []  # (what answers another: "You're right, I love it and that'll keep my confidence up")
    out = []
    for clause, other in ((first, second), (second, first)):
        if _LEADS_IN.match(clause) or re.fullmatch(r"(?-i:[A-Z][a-z]+)[.!?]?", other.strip()):
            continue
        if re.match(r"no\b", clause, re.I) and _HAS.search(other):
            continue
        out.append(clause)
    return out


_GRANTED_EN = (
    # "... while I'm five months pregnant?", "... now that I'm retired?": said of the user
    (
        re.compile(
            r"\b(?:while|since|as|because|now that|given that|when) "
            r"(?P<s>I(?:'m| am| have|'ve)\b[^,?]{3,60})",
            re.I,
        ),
        r"\g<s>",
    ),
    # "... for my vegan daughter's birthday?", "... my diabetic cat's weight": who they are
    (
        re.compile(
            r"\bmy (?P<adj>vegan|vegetarian|diabetic|deaf|blind|autistic|disabled|dyslexic|dyspraxic|elderly|"
            r"coeliac|celiac|epileptic|asthmatic|pregnant|arthritic) (?P<who>[a-z]+?)(?:'s)?\b",
            re.I,
        ),
        r"my \g<who> is \g<adj>",
    ),
    (re.compile(r"\bmy teenage (?P<who>[a-z]+?)(?:'s)?\b", re.I), r"my \g<who> is a teenager"),
    # "How do I explain my divorce to my two boys?": who they have, what they are going through
    (
        re.compile(
            r"\bmy (?P<n>two|three|four|five|\d) (?P<kids>boys|girls|kids|children|sons|daughters)\b", re.I
        ),
        r"I have \g<n> \g<kids>",
    ),
    (re.compile(r"\bmy (?P<what>divorce|separation)\b", re.I), r"I'm going through a \g<what>"),
    # "... for my flat feet?", "... with my new pacemaker?", "... my guide dog": what they have
    (
        re.compile(
            r"\bmy (?:new )?(?P<what>flat feet|hearing aids|cochlear implants|braces|arthritic knees|"
            r"bad knees|night shifts)\b",
            re.I,
        ),
        r"I have \g<what>",
    ),
    (
        re.compile(
            r"\bmy (?:new )?(?P<what>stammer|stutter|pacemaker|hearing aid|cochlear implant|wheelchair|"
            r"guide dog|blue badge|bad back|student loan)\b",
            re.I,
        ),
        r"I have a \g<what>",
    ),
    # "Can I eat sushi while breastfeeding?", "What's the best way to study with ADHD?": of the one asking
    (re.compile(r"\bwhile (?P<s>breastfeeding|pregnant|nursing)\b", re.I), r"I'm \g<s>"),
    (
        re.compile(
            rf"^(?!.*\b(?:people|person|someone|somebody|child|children|kids?|students?|patients?|clients?|"
            rf"friends?|his|her|their|they|he|she)\b).*?\bto (?:[\w'-]+ ){{1,3}}?with (?P<c>{CONDITIONS})\b",
            re.I,
        ),
        r"I have \g<c>",
    ),
    # "... for my toddler on a long-haul flight?", "... my twins to nap ...": who they have
    (re.compile(r"\bmy (?P<who>toddler|newborn)\b", re.I), r"I have a \g<who>"),
    (re.compile(r"\bmy (?P<who>twins|triplets)\b", re.I), r"I have \g<who>"),
    # "... my one-bedroom flat feel bigger?": where they live
    (
        re.compile(
            r"\bmy (?P<home>(?:one|two|1|2)-bed(?:room)?|studio) (?P<what>flat|apartment|house)\b", re.I
        ),
        r"I live in a \g<home> \g<what>",
    ),
    # "How do I look after my tattoo while it heals?", "Which pushchair fits in the boot of my Fiat 500?"
    (re.compile(r"\bmy (?:new )?(?P<what>tattoo|piercing)\b", re.I), r"I have a new \g<what>"),
    (re.compile(rf"\bmy (?P<car>(?-i:{CARS_EN})(?: (?-i:[A-Z0-9][\w-]*))?)", re.I), r"I drive a \g<car>"),
    # "... for my son's nut allergy?": theirs
    (
        re.compile(
            r"\bmy (?P<who>son|daughter|child|kid|husband|wife|partner)'s "
            r"(?P<what>(?:nut|peanut|egg|dairy|gluten) allergy)\b",
            re.I,
        ),
        r"my \g<who> has a \g<what>",
    ),
)
"""What an English question takes for granted about the one asking, as a statement the rules read."""


_GRANTED_ZH = (
    # "我的导盲犬能跟我进餐厅吗？", "我的轮椅怎么清洁比较好？": what they use
    (
        re.compile(r"我的(?P<aid>导盲犬|轮椅|助听器|拐杖|人工耳蜗|心脏起搏器|起搏器|残疾人停车证)"),
        r"我用\g<aid>",
    ),
    # "怎么跟我两个儿子解释我离婚的事？": who they have, what happened
    (re.compile(r"我(?:那|这)?(?P<n>[两三四五\d])个(?P<kids>儿子|女儿|孩子)"), r"我有\g<n>个\g<kids>"),
    (re.compile(r"我(?P<what>离婚|再婚|失业|退休)的事"), r"我\g<what>了"),
    # "有什么软件能帮我改善口吃？": what they live with
    (
        re.compile(rf"帮我(?:改善|治疗|缓解|克服|治好?|调理|控制)(?P<c>口吃|结巴|{ZH_CONDITIONS})"),
        r"我有\g<c>",
    ),
    # "哪款婴儿推车能放进我那辆菲亚特500的后备箱？": what they drive
    (re.compile(r"我(?:那|这)辆(?P<car>[^的，。？?]{1,10})"), r"我开一辆\g<car>"),
    # "我上完夜班白天怎么睡得好？": when they work; "跟我家老猫相处": who they have
    (re.compile(r"我(?:每次|每天)?上完(?P<shift>夜班|晚班|大夜班)"), r"我上\g<shift>"),
    (re.compile(r"我家(?:的)?(?P<pet>老猫|老狗|小猫|小狗)"), r"我家有只\g<pet>"),
)
"""What a Chinese question takes for granted about the one asking, as a statement the rules read."""


def _taken_for_granted(question: str) -> list[str]:
    """The statements ``question`` takes for granted (``_GRANTED_EN``, ``_GRANTED_ZH``), each as the user
    would say it."""
    if is_chinese(question):
        return [m.expand(said) + "。" for pattern, said in _GRANTED_ZH for m in pattern.finditer(question)]
    out = []
    for pattern, said in _GRANTED_EN:
        out += [m.expand(said).rstrip(" ?") + "." for m in pattern.finditer(question)]
    return out


_AFTERMATH = re.compile(
    r"^(?:and |so |but )?(?:I|it)(?:'s| am| is)? (?:can't|cannot|don't|won't|couldn't|get|feel|have|lie|"
    r"end up|miss|need|am|be|is|makes? me|gives? me|keeps? me)\b[^,.;!?]{0,40}?\b"
    r"(?:after|afterwards|afterward|otherwise|for (?:days|hours|ages|a week|weeks) after(?:wards)?)[.!]?$"
    r"|^我?(?:不然|否则|要不然|要不)[^，。！？,.!?]{1,14}[。！!.]?$"
    # ... or how much, said short after it ("我们家房子特别小，就一个房间")
    r"|^我?(?:就|只有)(?:一|两|三|几)(?:个|间|张|台|辆|格|层)[^，。！？,.!?]{0,6}[。！!.]?$"
    # ... or before or after what ("我早上只有二十分钟，孩子醒之前")
    r"|^(?![我你他她])[\u4e00-\u9fff]{1,8}(?:之前|以前|之后|以后)[。！!.]?$"
    # ... or how much ("我儿子特别迷恐龙，迷得不行")
    r"|^我?[\u4e00-\u9fff]?得(?:不行|要命|不得了)[。！!.]?$"
    r"|^我?(?:看完|吃完|喝完|听完|玩完)(?:以后|之后|后)?(?:我)?(?:就|都|会|总是)*[^，。！？,.!?]{1,10}[。！!.]?$"
    # ... or what taking it does ("不要巧克力的，我吃了会偏头痛")
    r"|^我?(?:一)?(?:吃了|喝了|闻了|用了|碰了|吃|喝|闻|碰)(?:就|都|会|总是|容易|肯定)+[^，。！？,.!?]{1,10}[。！!.]?$",
    re.I,
)
"""A clause that says what what the clause before named does to the user ("I can't sleep after", "看完睡不着",
"不然一半对白听不懂")."""


_GOES_ON_ZH = re.compile(r"^(?![我你他她它咱])(?=[^，。！？?!]{2,12}[。.！!]?$)[\u4e00-\u9fff]")
"""A short Chinese clause with no subject of its own ("住三天", "待一周"): it goes on from the one
before."""


def _plan_of(candidates: list[Candidate], sentence: str) -> Candidate | None:
    """The plan (an event) read from ``sentence``, if one was."""
    return next((c for c in candidates if c.said == sentence and c.kind == MemoryKind.EVENT), None)


_JOINED = re.compile(
    r"[\s,;:.!?。！？；，~-]*"
    r"(?:(?:and then|and|but|so|because|since|as|which is why|that's why|"
    r"所以|因此|因为|但是?|不过|而且)[\s,，]*)*",
    re.IGNORECASE,
)
"""What may stand between two sentences the user said one after the other: marks and joining words."""


_GREETING = re.compile(
    rf"^(?:{GREETING_EN}(?: there| again| all| everyone| team"
    r"| (?-i:[A-Z][a-z]+))?(?=[\s,!.:])[\s,!.:]+|(?:你好|您好|嗨|哈喽|哈啰)[\s，,！!。]+)",
    re.IGNORECASE,
)
"""A greeting a message opens with, which a memory of it leaves out."""


def _found(message: str, sentence: str, at: int = 0) -> tuple[int, str]:
    """Where ``sentence`` of ``message`` stands in it (from ``at``; -1 where it does not), and its words as
    written there: a Chinese clause ``sentences`` gave the speaker's 我 back is without it."""
    start = message.find(sentence, at)
    if start < 0 and sentence.startswith("我") and (bare := message.find(sentence[1:], at)) >= 0:
        return bare, sentence[1:]
    return start, sentence


def _as_said(message: str, kept: list[str]) -> str:
    """The sentences ``kept`` of ``message`` as the user wrote them: those next to each other with what
    joined them ("We grew really close, and I shared my worries"), the others with a space. A Chinese
    clause given back the speaker's 我 is kept as said, without it ("(我用的是华为手机，)不是苹果", not
    "我不是苹果"); one reworded otherwise ("我女儿" taken back by a clause about her) stands as it is."""
    runs: list[list[int]] = []  # where each run of kept sentences starts and ends in ``message``
    loose: list[str] = []
    at = 0
    for said in kept:
        start, sentence = _found(message, said, at)
        if start < 0:
            loose.append(sentence)
            continue
        if runs and _JOINED.fullmatch(message[runs[-1][1] : start]):
            runs[-1][1] = start + len(sentence)
        else:
            runs.append([start, start + len(sentence)])
        at = start + len(sentence)
    return " ".join([*(message[a:b] for a, b in runs), *loose])


_ONE_DAY = re.compile(rf"\b{ONE_DAY_EN}\b|今天|今晚|今早|昨天|昨晚|刚才|刚刚", re.IGNORECASE)
_CLAUSE = re.compile(r"[,，;；:：]|\s(?:but|and)\s|但是?|不过")


def _states_a_preference(said: str) -> bool:
    """Whether ``said`` states a preference: a clause with a preference's cue that is not about one day
    ("I love sushi, had some today" does; "I love the weather today", "今天天气真不错" do not)."""
    return any(
        states_preference(clause) and not _ONE_DAY.search(clause)
        for sentence in sentences(said)
        for clause in _CLAUSE.split(sentence)
    )


def candidates_of(
    message: str,
    extractor: Extractor,
    *,
    context: str | None,
    said_at: float,
    keep_episodes: bool = True,
) -> list[Candidate]:
    """What ``message`` (said at ``said_at``, answering ``context``) gives the memory.

    What ``extractor`` understands becomes structured candidates; with ``keep_episodes`` every other
    sentence worth keeping becomes one episode in the user's own words (the whole message verbatim when
    nothing in it was understood), as important as what it says: a stated preference (0.6), a standing
    fact about the user (0.5, ``lasts``), the news of a day (0.3). Each is also found by what surrounded
    it (the message, the turn it answered, and for a preference or a standing fact the words of the
    everyday domains it touches), and stops holding when it says so ("until Friday", a plan's date).
    """
    candidates, leftover, whole = _understand(message, extractor)
    said = message.strip() if whole else _as_said(message, leftover)
    said = _GREETING.sub("", said) or said  # "Hi, the dress I ordered is too small.": what it tells
    # a clause left over from a sentence the rules understood says nothing alone ("... and I'm done.")
    # (but for a must: "Subtitles are a must for me, I'm hard of hearing")
    if (
        leftover
        and keep_episodes
        and not (candidates and len(index_terms(said)) < 2 and not A_MUST.search(said))
    ):
        importance = STATING if _states_a_preference(said) else 0.5 if lasts(said) else 0.3
        candidates.append(Candidate(said, MemoryKind.EPISODE, importance=importance))
    kept = []
    for c in candidates:
        if c.action != "add":
            kept.append(c)
            continue
        parts = [c.context, context, message if message.strip() != c.text else None]
        if c.kind != MemoryKind.EPISODE or c.importance > 0.5:
            parts.append(domain_words(f"{c.text} {c.said or ''}"))
        around = " ".join(p for p in dict.fromkeys(parts) if p)
        c = replace(c, context=around or None)
        # "Keep it short": an instruction of how long answers are, which a later one of that replaces
        if c.kind == MemoryKind.INSTRUCTION and c.topic is None and answer_length(c.text) is not None:
            c = replace(c, topic=ANSWER_LENGTH_TOPIC)
        ends_at = expiry(c.said or c.text, said_at)
        if ends_at is None and c.kind in (MemoryKind.EVENT, MemoryKind.INSTRUCTION) and c.when:
            ends_at = ends(c.when, said_at)
        kept.append(replace(c, expires=ends_at) if ends_at is not None and ends_at > said_at else c)
    return kept
