"""Extraction: from one user message to candidate memories.

Two extractors behind one ``Extractor`` interface:

* ``RuleExtractor``: deterministic patterns for English (``_rules_en``, who the user is, with
  ``_keeping_en``, what they keep away from or work towards, ``_living_en``, what they live with, and
  ``_tastes_en``, what they like and do, over the words of ``_words_en``) and Chinese (``_rules_zh``, with
  ``_living_zh``, over the words of ``_words_zh``): likes
  and dislikes, allergies, diets, drinks, names, relations, jobs, homes, plans with dates, instructions to
  the assistant, "forget that ...". No model, so it runs anywhere and in tests; it misses what it has no
  pattern for.
* ``LLMExtractor`` (``_extract_llm``): asks a ``ChatModel`` for JSON, validates it against a schema,
  retries with the validation error, and raises ``ExtractionError`` when the answer stays invalid: a
  message is never dropped without a trace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Protocol

from tailorkit.memory._brevity import length_said_alone
from tailorkit.memory._extract_llm import LLMExtractor
from tailorkit.memory._keep import PREDICATE_ZH, WHO_ZH, unsaid_subject
from tailorkit.memory._limits import limit_memory, names_a_length
from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import (
    GREETING_EN,
    LEAD_IN_ZH,
    Rule,
    a_or_an,
    as_words,
    first_up,
    said_sentences,
    sentences,
    topic_value,
)
from tailorkit.memory._rules_en import DATE_EN, EN_RULES, FUTURE_EN, RELATIONS
from tailorkit.memory._rules_zh import ZH_DATE, ZH_RELATIONS, ZH_RULES, zh_clean
from tailorkit.memory._words_en import DRUGS_EN, plain
from tailorkit.memory._words_zh import ZH_KIN, zh_without_english
from tailorkit.text import frame_words, is_chinese, simplified, traditional

__all__ = ["Extractor", "LLMExtractor", "RuleExtractor", "topic_value", "with_when"]


_LEAD_IN = re.compile(
    r"^(?:(?:honestly|frankly|seriously|to be honest|tbh|truthfully|ngl|fyi|btw|by the way|oh|also|plus|"
    r"actually|anyway|just so you know|heads up|quick one|ps|p\.s\.|ok so|okay so|fair warning|not gonna lie|"
    r"to be fair|real talk|for the record|for context|quick context|ugh|urgh|argh|sigh|um|erm|hmm|well|"
    # a greeting, and whom it greets ("Hi coach, I'm Lin, 45, vegetarian")
    rf"{GREETING_EN}"
    r"(?: there| again| all| everyone| team| folks| guys| coach| doc| doctor| teacher| tutor| sir| madam)?)"
    r"\b[\s,:!\-–—]+)+",  # ("Quick one - my partner and I ...": the dash too)
    re.IGNORECASE,
)
"""Words that lead into what the user says without being part of it ("Honestly, reality TV bores me",
"FYI my son has a peanut allergy"): the rules read the sentence after them."""


_ELIDED_I = re.compile(
    r"^(?=(?:can't|cannot) (?:stand|eat|drink|do|handle)\b|(?:don't|never) (?:eat|drink)\b"
    r"|(?:am )?allergic to\b)",
    re.IGNORECASE,
)
"""Where a sentence leaves out its "I" ("Can't stand the taste of coriander", "Allergic to cats"): the
rules read it with the "I" back."""
_ELIDED_IM = re.compile(
    r"^(?=not (?:a |much of a |the biggest |a big |a huge )?fan of\b"
    r"|(?:also |still |now )?(?:trying to|living (?:in|with)|going back to)\b"
    # "(I'm type 2 diabetic,) on metformin"
    rf"|on (?:{DRUGS_EN})\b"
    # "(I'm 16 and) doing my GCSEs in May"
    r"|(?:doing|taking|sitting) (?:my|the) )",
    re.IGNORECASE,
)
"""... or its "I'm" ("Not a fan of anything too sugary", "also trying to spend under 30 quid a week", "living
in halls" after who the user is)."""
_IN_PARTICULAR = re.compile(
    r"\s*[,，]\s*(?P<said>(?:especially|particularly|in particular|above all|mostly|mainly|"
    r"特别是|尤其是|主要是)\s*"
    r"[^,.;!?，。！？；]{1,40}?|[^,.;!?，。！？；]{1,40}? (?:especially|in particular))\s*[.!。！]?\s*$",
    re.IGNORECASE,
)
"""What a sentence names in particular after the rest ("I'm bad at maths, especially fractions", "物理不太好，
特别是电学"): the rules read the rest, and the memory it makes keeps this too."""


_THEN = re.compile(r"\b(?:then|at that time|on those days|that day|those days)\W*$", re.I)
"""An instruction's word for when the sentence before says ("..., so please don't deliver anything then")."""


_THERE = re.compile(
    r"\b(?:that|this|the same) address\b"
    r"|\b(?:send|deliver|ship|post|forward)\b.*\bthere\W*$"
    r"|(?:这个|那个|新)地址|(?:寄|送|发)到(?:那里|那儿|这里)",
    re.I,
)
"""An instruction's words for where the sentence before says ("I'm moving to 14 Elm Road next month, please
use that address for future orders")."""


def says_then(c: Candidate) -> bool:
    """Whether an instruction says when by the sentence before it ("..., so please don't deliver anything
    then"): the plan that sentence made is the instruction's time."""
    return c.kind == MemoryKind.INSTRUCTION and bool(_THEN.search(c.text))


def with_when(c: Candidate, before: str) -> Candidate:
    """An instruction that says when or where by the sentence ``before`` it ("I'm away from Friday to Monday,
    so please don't deliver anything then", "I'm moving to 14 Elm Road next month, please use that address
    for future orders") with that sentence: alone, "then" or "that address" says nothing."""
    if c.kind != MemoryKind.INSTRUCTION or not before or not (_THEN.search(c.text) or _THERE.search(c.text)):
        return c
    if is_chinese(before):  # "我下个月搬到朝阳区，请把以后的订单寄到新地址"
        return replace(c, text=f"{before.rstrip('，。,. ')}，{c.text}")
    before = _LEAD_IN.sub("", before) or before  # (not "By the way I'm moving ...")
    return replace(c, text=f"{before.rstrip(' ,.')}, so {c.text[:1].lower()}{c.text[1:]}")


class Extractor(Protocol):
    def extract(self, message: str) -> list[Candidate]:
        """The memories ``message`` states (possibly none)."""
        ...


def _says_all(memory: str, plan: str, *, spare: int = 0) -> bool:
    """Whether ``memory`` holds every word of meaning ``plan`` does ("Learning Spanish for a trip in March"
    of "I'm learning Spanish for a trip in March"), but for ``spare`` of them."""
    return len(set(topic_value(plan).split("_")) - set(topic_value(memory).split("_"))) <= spare


def _spare(goal: bool, sentence: str, chinese: bool) -> int:
    """How many of a plan's words a memory read from the same sentence may leave out and still be that plan:
    none, but for a goal three ("I'd like to lose 8 kilos before the wedding in June"), and any where the
    sentence names one day only ("I'm training for my first half marathon in April, currently running about
    20km a week": the goal with its day; the rest of the sentence stays as the words it was read from)."""
    if not goal:
        return 0
    return 1000 if len((ZH_DATE if chinese else DATE_EN).findall(sentence)) == 1 else 3


_DOUBLE_NEGATION = re.compile(
    r"\b(?:don't|do not|didn't|did not|never|not) (?:dislike|hate|not|unlike)\b|\bnot un[a-z]+\b"
    r"|\b(?:doesn't|don't|does not|do not|didn't|never) (?:scare|frighten|bother|worry|faze|put)s? me\b"
    r"|不是不|并不是不|也不是不能|没说(?:过)?(?:我)?(?:讨厌|不喜欢|喜欢|怕)|(?:怕|讨厌|不喜欢|受不了)的不是",
    re.I,
)


class RuleExtractor:
    """Deterministic English and Chinese patterns; no model needed.

    Each sentence yields at most one memory from the first rule that matches it, plus a dated plan
    when the sentence names a future date ("my daughter starts school in May", "我下周去北京出差").
    """

    def extract(self, message: str) -> list[Candidate]:
        found: list[Candidate] = []
        previous = ""
        for sentence in _by_language(said_sentences(as_words(message))):
            chinese = bool(re.search(r"[\u4e00-\u9fff]", sentence))
            rules = ZH_RULES if chinese else EN_RULES
            as_typed, simple = sentence, simplified(sentence) if chinese else sentence
            said_in_traditional = simple != sentence
            sentence = (
                _THEIRS_ZH.sub(r"我的\g<who>\g<what>，", LEAD_IN_ZH.sub("", zh_without_english(simple)))
                if chinese
                else _ELIDED_IM.sub("I'm ", _ELIDED_I.sub("I ", _LEAD_IN.sub("", plain(sentence))))
            )
            if _DOUBLE_NEGATION.search(sentence):
                # "I don't dislike running", "I don't not drink", "Water doesn't scare me", 我不是不喜欢寿司,
                # 我怕的不是热: a taste or a fear denied, which no rule is to read as said
                previous = sentence
                continue
            before = len(found)
            stated: tuple[Candidate, ...] = ()
            particular = _IN_PARTICULAR.search(sentence)
            if particular:
                sentence = sentence[: particular.start()]
            stated = _read(sentence, rules)
            if not chinese and length_said_alone(sentence):
                # "No more than three sentences, please", "Fifty words max": how long answers are to be, not
                # an aversion to sentences
                stated = (
                    Candidate(
                        first_up(sentence.strip().rstrip(".!")), MemoryKind.INSTRUCTION, None, importance=0.8
                    ),
                )
            if _WAS.search(sentence):  # "I used to love horror films", "我女儿以前喜欢芭蕾": no longer so
                stated = tuple(
                    c for c in stated if _SAYS_WAS.search(c.text) or _SAYS_WAS.search(c.topic or "")
                )
                if not stated:
                    previous = sentence
                    continue
            if (plain_said := as_plainly_said(sentence, chinese)) != sentence and (
                not stated or any(_HEDGED.search(c.text) for c in stated)
            ):  # "I'm probably more of a dog person": as said without the hedge
                stated = _read(plain_said, rules) or stated
            if not stated and _opens(previous) and unsaid_subject(as_typed):  # (not a greeting: "Hey coach.")
                # "Allergic to penicillin", "Huge Liverpool fan", "对青霉素过敏": read with the speaker back
                # (not a clause going on after another's: "我女儿十五岁，吃纯素")
                # ... each clause it then has ("Vegetarian, and allergic to penicillin": two)
                readings = (
                    tuple(c for clause in sentences(said) for c in _read(clause, rules))
                    for said in _with_speaker(sentence, chinese)
                )
                stated = next(filter(None, readings), ())
            if not any(c.action == "forget" for c in stated) and (limit := _limit(sentence, chinese)):
                # "nothing too long - under two hours please": a limit on how long things may last, kept in
                # one form that a later one replaces (not also as a liking of "films under 2 hours")
                others = [c for c in stated if not (_TASTE.match(c.topic or "") and names_a_length(c.text))]
                stated = (*others, limit)
            if particular and stated and stated[-1].kind in (MemoryKind.FACT, MemoryKind.PREFERENCE):
                said = particular.group("said")
                last = replace(stated[-1], text=f"{stated[-1].text}{'，' if chinese else ', '}{said}")
                stated = (*stated[:-1], last)
            if stated and _asks(sentence, chinese):  # "我住在哪里？" asks where the user lives, tells nothing
                stated = tuple(
                    c for c in stated if c.action != "add" or not _asked_in(c.text, chinese, sentence)
                )
            stated = tuple(with_when(c, previous) for c in stated)
            previous = sentence
            candidate = stated[0] if stated else None
            if candidate is not None and candidate.action == "forget":
                found.append(self._forget_target(candidate))
                continue
            found.extend(stated)
            plan = self._plan(sentence, chinese)
            # "I'd like to lose 8 kilos before the wedding in June", "Our baby is due in June"
            goal = next((c for c in stated if (c.topic or "").startswith(("goal:", "relation:baby"))), None)
            date = (ZH_DATE if chinese else DATE_EN).search(sentence) if goal is not None else None
            if plan is None and goal is not None and not goal.when and date and date.group(0) in goal.text:
                # "I want to lose 6 kilos before my wedding on June 14th": no plan said as one, yet a day
                found[before + stated.index(goal)] = replace(goal, when=date.group(0))
            elif (
                plan is not None
                and plan.when
                and (
                    same := next(
                        (
                            k
                            for k, c in enumerate(stated)
                            if plan.when.lower() in c.text.lower()
                            and _says_all(c.text, plan.text, spare=_spare(c is goal, sentence, chinese))
                        ),
                        None,
                    )
                )
                is not None
            ):
                # "I'm learning Spanish for a trip to Mexico in March", "I'd like to lose 8 kilos before the
                # wedding in June": what the sentence states says all the plan would (a goal but for "I'd
                # like to"), its day too: one memory, with the day (not the same said twice)
                found[before + same] = replace(stated[same], when=plan.when)
            elif (
                plan is not None
                and (candidate is None or candidate.kind != MemoryKind.INSTRUCTION)
                # "我周末去爬山", "I've got a French class on Tuesdays", "我周末有空": what is so every such
                # day, not once
                and not any(
                    (c.topic or "").startswith(("habit:", "lesson:", "schedule:", "work:")) for c in stated
                )
            ):
                found.append(plan)
            if said_in_traditional:  # the rules read simplified; the memory reads as the user wrote
                found[before:] = [
                    replace(c, text=traditional(c.text), when=traditional(c.when) if c.when else c.when)
                    for c in found[before:]
                ]
        # (what a clause said of the user reads again in its sentence: "my doctor says my blood pressure is
        # high" after "my blood pressure is high")
        return list({(c.kind, c.text, c.topic, c.action): c for c in reversed(found)}.values())[::-1]

    def _forget_target(self, request: Candidate) -> Candidate:
        """Carry the topic of what is to be forgotten ("forget that I drink coffee" -> drink:coffee)."""
        inner = [c for c in self.extract(request.text) if c.action == "add"]
        topic = inner[0].topic if inner else None
        return Candidate(
            request.text, topic=topic, action="forget", polarity=inner[0].polarity if inner else 1
        )

    @staticmethod
    def _plan(sentence: str, chinese: bool) -> Candidate | None:
        if chinese:
            when = ZH_DATE.search(sentence)
            if (
                when
                and re.search(
                    r"要|会|打算|计划|准备|开始|去|有|出差|休假|放假|搬家|回老家|回国|出国|旅行|旅游|考试|中考|高考|考研|面试|比赛"
                    r"|结婚|办婚礼|毕业|退休|入职|住院|做手术|开学"
                    # someone coming to stay: "我妈下个月搬过来跟我们一起住"
                    r"|搬(?:过来|过去|进|到|来|走)|过来住|来[^，。！？；,.!?;]{0,4}住",
                    sentence,
                )
                and not _USUALLY_ZH.search(sentence)
                and not _WHICH_ZH.search(sentence)  # "周末带他去哪儿玩好？" asks what to plan
                and not _FOR_ME_ZH.match(sentence)  # "给我做一个这周的学习计划吧": asks for one
                and not _TOLD_DONE_ZH.search(sentence)  # "我终于拼完了三月份开始的拼图": what was done then
            ):
                who = re.search(rf"我(?:的)?({ZH_RELATIONS})", sentence)
                subject = who.group(1) if who else None
                return Candidate(
                    zh_clean(sentence), MemoryKind.EVENT, None, subject, when=when.group(0), importance=0.6
                )
            return None
        if _ASKS_EN.match(sentence):  # "What am I going to cook tomorrow?" plans nothing yet
            return None
        sentence = _ASKED_AFTER_EN.sub("", sentence)  # "I'm flying to Rome next week, what should I pack?"
        when = DATE_EN.search(sentence)
        if (
            when
            and FUTURE_EN.search(sentence)
            and re.search(r"\b(?:I|I'm|I'll|we|we're|my|our)\b", sentence, re.I)
        ):
            who = re.search(rf"\bmy ({RELATIONS})\b", sentence, re.I)
            subject = who.group(1).lower() if who else None
            return Candidate(  # (a clause of a longer sentence read alone: "... and my exam is on May 14th")
                first_up(sentence.rstrip(".!")),
                MemoryKind.EVENT,
                None,
                subject,
                when=when.group(0),
                importance=0.6,
            )
        return None


_FOR_ME_ZH = re.compile(r"^(?:请你?|麻烦你?|能不能|可以)?(?:给我|帮我|替我|为我)")
"""A Chinese request for something done for the user: no plan of theirs."""
_TOLD_DONE_ZH = re.compile(
    r"^(?!.*(?:要|会|打算|计划|准备|将|下[周个月星礼]|明[天年]|后天)).*(?:终于|已经|[完过]了"
    # ... or ends on a move made ("女儿六月份搬出去了": she has moved out, not a plan for June)
    r"|(?:出去|进去|进来|回来|回去|过去|下来|上来|出来|走|掉)了[。！!~～\s]*$)"
)
"""A Chinese sentence that tells what was done (终于, 已经, 完了, 过了, a move made) and plans nothing."""
_TASTE = re.compile(r"(?:likes|avoids|dislikes):")
_ASKS_FOR_ITEMS = re.compile(
    r"^(?:(?:please|could you|can you|would you)\s+)?"
    r"(?:recommend|suggest|find|show|give|pick|got|any|anything|something|what|which|is|are)\b"
    r"|^(?:请|帮我)?(?:推荐|来|找|给我|有没有|有什么)",
    re.I,
)
"""A request for things ("Anything under 90 minutes?", "推荐几部两小时以内的电影"): its limit is for these
picks, not a lasting preference."""


_PLAINLY_EN = (
    # "..., to be honest", "..., I'd say": said after
    (re.compile(r",?\s*\b(?:to be honest|honestly|to be fair|if I'm honest|if I'm being honest|I'd say|"
                r"I think|I guess|I suppose|really|if possible|if I can|I reckon|tbh)\s*(?=[.!]*$)",
                re.I), ""),
    # "I guess ...", "I think ...": said before
    (re.compile(r"^(?:I (?:guess|think|suppose|reckon|'d say|would say|must admit|have to say|have to admit)|"
                r"if I'm honest|to be fair)\s*,?\s+(?:that\s+)?", re.I), ""),
    # "I think I might be a bit allergic to cats", "my son might be dyslexic": taken as said
    (re.compile(r"^I (?:might|may|could) be\b", re.I), "I'm"),
    (re.compile(r"\b(my [\w-]+) (?:might|may|could) be\b", re.I), r"\1 is"),
    (re.compile(r"\ba bit of an? ", re.I), "a "),
    # what has changed, as it is now: "I've started learning Portuguese", "My twins have just turned two"
    (re.compile(r"^I(?:'ve| have) (?:just |recently |finally )?(?:started|begun) (?=\w+ing\b)", re.I),
     "I'm "),
    (re.compile(r"^(my [\w-]+) (?:has|have) (?:just |recently )?turned\b", re.I), r"\1 is"),
    (re.compile(r"\b(?:sort of|kind of|kinda|sorta|maybe|probably|perhaps|possibly|a little bit(?! of)|"
                r"a little(?! of)|a bit(?! of)|slightly|somewhat|fairly|pretty|quite|rather(?! than)|"
                r"really)\s+", re.I), ""),
)  # fmt: skip
_PLAINLY_ZH = (
    (re.compile(r"^(?:我觉得|我感觉|感觉|我想|我估计|说实话|老实说)(?=我)"), ""),
    # "我对象算是半素食": is; "我其实不太是早起的人", "我不太想做太剧烈的运动": not
    (re.compile(r"算是"), "是"),
    (re.compile(r"改成了?(?=一周|每周)"), ""),  # "我改成一周上四天班了": the days worked now
    # what has changed, as it is now: "我时隔二十年又开始拉大提琴了"
    (re.compile(r"(?:时隔[^，。！？]{1,6}?(?:年|个月))?又?(?:重新)?开始(?=[拉弹吹学练打踢跑游画写])"), ""),
    (re.compile(r"不太(?=是|想)"), "不"),
    # (and how slowly or how far, "我在慢慢学日语", "我现在基本不怎么喝酒了": a reading has them in its words)
    (
        re.compile(
            r"(?:好像|应该算|应该是|估计|可能|应该|大概|其实|多少|有点儿?|有些|比较|还挺|挺|蛮|慢慢|"
            r"基本上?|现在|最近)"
        ),
        "",
    ),
    (re.compile(r"的?[吧呢啦嘛](?=[。！!.]*$)"), ""),
)
"""How a user hedges what they say of themselves ("I'm not a huge fan of spicy food, to be honest", "I guess
I'm more of a tea person", "我应该算比较内向的吧", "我好像对猫有点过敏"), or says what changed as a
change ("I've started learning Portuguese", "我又开始拉大提琴了"): a sentence no rule reads as said, or one
read with a hedge in its words ("Crowds kind of stress me out", "好像有点乳糖不耐受"), is read again as
plainly said."""
_HEDGED = re.compile(r"\b(?:sort of|kind of|kinda|sorta|maybe|probably)\b|好像|可能|估计|应该算|算是", re.I)


_WAS = re.compile(
    rf"^(?:I|we|my [\w-]+|our [\w-]+) used to\b|^I was (?:a |an )?[\w -]{{2,30}}? until\b"
    # (not what was had or done once and bears still: "我以前打橄榄球伤过肩膀")
    rf"|^(?:我们?|我(?:的|家)?(?:{ZH_KIN}))?(?:以前|之前|原来|过去|曾经|小时候|年轻的时候|年轻时)"
    r"(?![^，。！？；]*(?:现在|还|依然|仍然|一直|至今|过))"
    # "有孩子之前我是早起的人": before a change in life (not "发工资之前我手头特别紧",
    # "去罗马之前我在学意大利语")
    r"|^(?:有了?(?:孩子|娃|宝宝)|生(?:孩子|娃|宝宝)|结婚|怀孕|退休|生病|离婚)(?:之前|以前)我",
    re.I,
)
"""A clause of how things were and are no longer ("I used to love horror films", "I was a morning person until
the baby came", "我女儿以前喜欢芭蕾", "有孩子之前我是早起的人"): no rule reads it as how things are; the
user's words keep it, and what follows says how things are now."""


_THEIRS_ZH = re.compile(
    rf"我(?:家|那只|那条|那个|这只)?(?P<what>吃纯素|吃全素|吃素|有(?![一二两三四五六七八九十几\d]?[对个只条位])[\u4e00-\u9fff]{{1,5}}?|听障|耳聋|坐轮椅|"
    rf"对[\u4e00-\u9fff]{{1,4}}过敏|上(?:幼儿园|小学|初中|高中|大学)|[一二两三四五六七八九十\d]{{1,2}}岁)"
    rf"的(?P<who>{ZH_KIN})"
)
"""Who of the household is named by what they are ("什么蛋糕适合我吃纯素的女儿过生日？",
"怎么给我那只有糖尿病的猫减肥？", "我上高中的女儿"): said of them ("我的女儿吃纯素"), not of the user (it was
read as the user's diet)."""
_SAYS_WAS = re.compile(r"\bused to\b|以前|过去|曾经|原来", re.I)
"""What a reading of such a clause says was (``habit:以前跑步``, "Used to run"): kept, as it says so."""


def as_plainly_said(sentence: str, chinese: bool) -> str:
    """``sentence`` without the words that hedge it, and what changed as it is now (``_PLAINLY_EN``,
    ``_PLAINLY_ZH``)."""
    for pattern, by in _PLAINLY_ZH if chinese else _PLAINLY_EN:
        sentence = pattern.sub(by, sentence)
    # ("My partner's sort of vegetarian": "partner's" read as "partner is" once it stands before what is)
    return sentence.strip() if chinese else plain(sentence.strip())


def _read(sentence: str, rules: list[tuple[re.Pattern[str], Rule]]) -> tuple[Candidate, ...]:
    """What the first rule that matches ``sentence`` reads from it (nothing when none does)."""
    for pattern, rule in rules:
        m = pattern.search(sentence)
        if m and (got := rule(m, sentence)) is not None:
            return got if isinstance(got, tuple) else (got,)
    return ()


def _opens(previous: str) -> bool:
    """Whether what follows ``previous`` (the sentence or clause before in the message) opens a sentence
    of its own, not a clause that goes on from it."""
    return not previous or previous.rstrip()[-1:] in ".!?。！？…"


_BODY_ZH = r"腿|腰|膝盖|胃|肠胃|肩膀?|颈椎|眼睛|耳朵|嗓子|皮肤|手腕"
"""The parts of the body both readings below know."""
_KIN_OR_BODY_ZH = re.compile(
    r"(?:女朋友|男朋友|老婆|老公|媳妇|对象|爱人|女儿|儿子|闺女|孩子|娃|爸妈|爸爸|妈妈|父母|家里|家人"
    rf"|脚踝?|牙齿?|{_BODY_ZH})(?![子头])"
)
"""How a Chinese sentence of the user's family or body begins without "我的" ("女朋友对虾蟹过敏")."""
_BODY_BEARS_ZH = re.compile(
    rf"(?:小腿|大腿|脚|身体|{_BODY_ZH})(?:都|也|就|实在|真的|根本|有点)*受不了[。！!]?$"
)
_NAMED_FIRST_ZH = re.compile(
    r"(?P<obj>[^，。！？；,.!?;我你他她]{1,10}?)"
    r"(?P<rest>(?:真的|实在|完全|根本|一点都|一点也|一口都|一口也|都|也|就|早就|已经|现在|最近|目前)*"
    r"(?:欣赏不来|接受不了|受不了|忍不了|碰不了|吃不了|喝不了|戒(?:掉)?了))"
)
"""What the user cannot bear or quit, named first without "我" ("爵士乐真的欣赏不来", "酒早就戒了")."""


def _with_speaker(sentence: str, chinese: bool) -> tuple[str, ...]:
    """``sentence``, which leaves out whom it is about, with its speaker back: as a state, who they are
    ("Deaf in one ear since birth" -> "I'm deaf ...", "Huge Liverpool fan" -> "I'm a huge Liverpool fan";
    "对青霉素过敏" -> "我对青霉素过敏", "利物浦死忠粉" -> "我是利物浦死忠粉"). (Not as a doing: "Friendship
    means a lot to me" has its subject.)"""
    if chinese:
        if sentence.startswith("作为"):  # "作为小学老师": who the speaker is
            return (f"我是{sentence[2:]}",)
        said = sentence.rstrip("。！.! ")
        if WHO_ZH.fullmatch(said):  # "利物浦死忠粉", "咖啡重度用户"
            return (f"我是{said}",)
        # a predicate without its subject ("对青霉素过敏", "不会游泳"), or a sentence of the user's family
        # or body without "my" ("女朋友对虾蟹过敏", "膝盖不好"); not a sentence whose subject is a noun
        # ("数学不好的学生更需要鼓励")
        if _BODY_BEARS_ZH.match(sentence):
            return ()  # "脚受不了", "小腿受不了": what the body cannot take, of something said before it
        if PREDICATE_ZH.match(sentence) or _KIN_OR_BODY_ZH.match(sentence):
            return (f"我{sentence}",)
        # ... or what the user cannot bear, named first ("爵士乐真的欣赏不来", "酒早就戒了"); not how much
        # there was of something ("蠓虫多得受不了")
        if (m := _NAMED_FIRST_ZH.match(sentence)) and not m.group("obj").endswith("得"):
            return (f"{m.group('obj')}我{m.group('rest')}",)
        return ()
    said = sentence[:1].lower() + sentence[1:]
    label = re.match(r"[\w'-]+(?: [\w'-]+){0,2}(?=\W*(?:[,;.]|$))", said)  # "Self-taught guitarist, ..."
    # ... or what they have ("Bad knees from years of football" -> "I've got bad knees ...")
    return (
        (f"I'm {said}", f"I'm {a_or_an(said)} {said}", f"I've got {said}")
        if label
        else (f"I'm {said}", f"I've got {said}")
    )


def _limit(sentence: str, chinese: bool) -> Candidate | None:
    """The preference a statement's limit on how long things may last makes (not a request's)."""
    if sentence.rstrip().endswith(("?", "？")) or _ASKS_FOR_ITEMS.match(sentence.strip()):
        return None
    return limit_memory(sentence, chinese)


_CLAUSE_ZH = re.compile(
    r"(?:[,，;；]\s*)?((?:我|他|她|但是?|不过|而且|可是|所以|因为|还|也|平时|平常|每天|最近|现在|其实)"
    r"[\u4e00-\u9fff][\u4e00-\u9fff，、]+[。！]?)"
)
"""A Chinese clause inside an English sentence ("I'm from Shanghai, 我喜欢吃辣的"), from its subject or its
joining word on: not a name or a dish said in Chinese ("I love 饺子", "My son loves 喜羊羊")."""


def _by_language(parts: list[str]) -> Iterator[str]:
    """``parts`` (sentences and clauses) with a Chinese clause inside an English one read on its own, by
    the rules of its language: "I'm from Shanghai, 我喜欢吃辣的" is "I'm from Shanghai" and "我喜欢吃辣的"."""
    for part in parts:
        english = _CLAUSE_ZH.sub(" ", part)
        if english == part or frame_words(english) < 2:
            yield part
            continue
        yield from (p for p in (x.strip(" ,，;；") for x in _CLAUSE_ZH.split(part)) if p)


_USUALLY_ZH = re.compile(
    r"平时|平常|通常|一般|经常|总是|喜欢|主要是我|每(?:个|隔)?(?:周|月|天|年|星期|礼拜)|隔(?:一|两|二|三)?个?(?:周|星期|礼拜)|(?:周末|晚上|早上|白天|周[一二三四五六日天])都|只(?:有|能)[^，。！？]*?(?:有空|有时间|在家|收货|收快递)"
)
"""What a sentence naming a day says of every such day, not a plan ("我一般周末才有时间", "我只有周末有空",
"我周末都要去外婆家", "周末主要是我照顾外婆")."""
_WHICH_ZH = re.compile(r"哪儿|哪里|哪个|哪些|什么|怎么|如何|多少|[吗呢][?？]?\s*$|[?？]\s*$")
"""A Chinese clause that asks what, where or how: no plan, even beside a day ("周末带他去哪儿玩好？")."""
_ASKS_EN = re.compile(
    r"^(?:what|where|which|when|how|who|why|should|shall|can|could|do|does|am|will)\b.*\?\s*$", re.I
)
_ASKED_AFTER_EN = re.compile(
    r"[,;]\s*(?:so\s+|and\s+|but\s+)?(?:what|where|which|how|any|can|could|should|would|do|does|is|are)\b"
    r"[^,;]*\?\s*$",
    re.I,
)
"""A question after a plan ("..., what should I pack?"): not part of the plan's words."""
_QUESTION_ZH = re.compile(r"[?？]\s*$|[吗吧呢][?？。]?\s*$")
_YES_NO_ZH = re.compile(r"吗[?？。]?\s*$")
"""A Chinese yes-or-no question ("我对花生过敏吗？"): all its words are what it asks."""
_ASKING_ZH = re.compile(r"什么|哪|谁|几|多少|怎么|怎样|如何|为何|为什么")
_YES_NO_EN = re.compile(
    r"^(?:do|does|did|am|is|are|have|has|was|were|will|would|should|can|could)\s+I\b[^?]*\?\s*$"
    # "What should I eat before I go to sleep?" asks what to eat: no habit of eating
    r"|^(?:what|which|how|where|when|who)(?:\s+[\w'-]+){0,3}?\s+(?:should|shall|can|could|would|do|might|must)"
    r"\s+I\b[^?,;]*\?\s*$",
    re.I,
)


_TELLING = re.compile(
    r"^(?:did I (?:ever )?(?:mention|tell you|say)|have I (?:ever )?(?:mentioned|told you|said))\b"
    r"|跟你说过|和你说过|告诉过你|跟你提过|和你提过|说过没",
    re.I,
)
"""A question that tells ("Did I mention I'm allergic to sesame?", "我跟你说过我对芝麻过敏吗？")."""


def _asks(sentence: str, chinese: bool) -> bool:
    """Whether ``sentence`` is a question about the user ("我住在哪里？", "Do I drink coffee?"), not one
    that tells ("Did I mention I'm allergic to sesame?")."""
    if _TELLING.search(sentence.strip()):
        return False
    return bool(_QUESTION_ZH.search(sentence)) if chinese else bool(_YES_NO_EN.match(sentence.strip()))


def _asked_in(text: str, chinese: bool, sentence: str) -> bool:
    """Whether a memory read from the question ``sentence`` holds what it asks rather than says: a Chinese
    question word ("住在哪里", "名字是什么名字") or a yes-or-no question's own words ("Drinks coffee" of "Do I
    drink coffee?"; a Chinese one that ends in 吗: "我对花生过敏吗？")."""
    if not chinese:
        return True
    return bool(_ASKING_ZH.search(text) or _YES_NO_ZH.search(sentence))
