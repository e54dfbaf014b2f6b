"""The words of an answer that a user reads: each line of the model's checked against the catalogue and
the documents (``check_line``), the item lines the assistant writes itself (``item_line``), and the
answer composed with its list, its quote or citations and the domain's notice (``compose``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from tailorkit.assistant._answer import LEFT_OUT, Prepared, cut_off, introduced, whole_sentences, within
from tailorkit.assistant._aversions import for_the_household, goes_against
from tailorkit.assistant._bearing import (
    COACHED,
    addressed,
    bearing_on_advice,
    bearing_on_foreign,
    bearing_on_unanswered,
    to_user,
)
from tailorkit.assistant._conduct import (
    agrees_with_nothing,
    answers_yes_or_no,
    apologises,
    cites_authority,
    claims_popularity,
    complains,
    echoes_its_role,
    invented_name,
    invents_a_venue,
    invents_an_age,
    own_name,
    owns_a_confusion,
    refuses,
    says_nothing,
    speaks_as,
    speaks_for_the_shop,
    unconnected,
)
from tailorkit.assistant._grounding import LIST_START, Catalogue, check_facts, keep_line, short_title
from tailorkit.assistant._intents import WANTS_A_PERSON, only_tells
from tailorkit.assistant._loops import LIST_MARKER, fold, repeats_user, said_before, unrepeated
from tailorkit.assistant._phrases import (
    ACKNOWLEDGEMENT,
    BEARS_ON,
    BEARS_ON_REQUEST,
    CATALOGUE_SAYS,
    FORGOT,
    FORGOT_ALL,
    FROM_THE_DOCUMENTS,
    GOOD_NEWS,
    LOVED,
    MAY_BEAR,
    NO_ANSWER,
    NO_ANSWER_TOLD,
    NO_HUMAN,
    NOT_IN_LANGUAGE,
    RECALL_LEADS,
    SAD_NEWS,
    SMALL_TALK,
    SOURCE_LINE,
    SOURCES,
    TOLD_LEADS,
    WHY_PICKED,
    WHY_PICKED_ONE,
    WITH_THAT,
    WRITTEN_LEADS,
)
from tailorkit.assistant._templates import TEMPLATES, Domain
from tailorkit.config import AssistantSettings
from tailorkit.llm import Message
from tailorkit.memory import why_not_kept
from tailorkit.profiles import NO_SUMMARY
from tailorkit.text import index_terms, is_chinese, main_language, sentences, simplified

if TYPE_CHECKING:
    from tailorkit.knowledge import KnowledgeService, Quote

__all__ = ["AnswerWriter", "model_view", "noted_line"]

_CITATION = re.compile(r"\[(\d{1,2})\]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?|[零〇一二两三四五六七八九十百千万]+(?=[天日周月年个次件元块分小岁号])")
"""A number a lead-in states: digits, or Chinese numerals before a unit ("一天", "三个工作日"; not
"一般")."""
_ASKS = re.compile(r"[?？]\s*$")
_YOU_MAY = re.compile(
    r"\byou (?:can(?:not|'t)?|could|are(?: not|n't)? able to|will(?: not|n't)? be able to|may(?: not)?|must|"
    r"need to|have to|are(?: not|n't)? allowed to)\b|\bonly if\b|[你您](?:可以|不能|不可以|必须|需要)",
    re.IGNORECASE,
)
"""What a lead-in says the customer may or must do ("you can only return it if you've worn it once"): the
policy, which the words quoted below it say."""
_SYMPATHY = re.compile(
    r"^\W*(?:I'm|I am|We're|We are) (?:so |very |really |truly )?sorry\b|^\W*(?:So )?sorry\b"
    r"|^\W*I understand\b|^\W*(?:Thanks|Thank you) for\b"
    r"|^\W*(?:非常|十分|很)?(?:抱歉|对不起)|^\W*(?:谢谢|感谢)您?"
    # a pleasantry said alone ("Happy to help!"; not "Sure, you can return it ...")
    r"|^\W*(?:(?:happy|glad) to help|of course|sure|certainly|absolutely|good question|好的|没问题|当然)\W*$",
    re.IGNORECASE,
)
"""A lead-in to a shop's quoted pages that only meets the customer ("I'm sorry to hear that.", "Happy to
help!"): a small
model's own account of their case ("The blender jar is still missing, but it's not a damage to the item.")
is left out; what holds is in the words quoted."""
_DANGLING = re.compile(r"(?:^[^\n]+|\n[^\n]{1,60})[:：]\s*$")
"""An answer's last line that leads into what never came ("Refunds:", "Here are some tips:"), or the whole
answer when it is one such line, however long ("A vegan dessert that ... is a classic:")."""
_WORDS = re.compile(r"[\w\u2600-\u27bf\U0001f300-\U0001faff]")
"""What a line says something with: a word, a number, an emoji (not markup alone: "- **")."""
_PLACEHOLDER = re.compile(
    r"^\s*(?:[-*•]|\d+[.)])?\s*(?:\*\*)?(?:\[(?!\d+\])[^\]\n\"',:]{1,40}\]|<[^>\n\"',:]{1,40}>|\{[^}\n\"',:]{1,40}\})"
    r"(?:\*\*)?\s*[:.]?\s*$"
)
"""A line that is only a slot of a template ("- [exercise 1]", "<your name>"): the model left it to fill
(not data: quotes, commas and colons make JSON, '{"answer": "..."}', '["a", "b"]')."""
_BARE_AMOUNT = re.compile(
    r"^\s*(?:[-*•]|\d+[.)])\s*(?:\*\*)?(?:about |around |up to )?\d+(?:\.\d+)?\s*(?:-|to)?\s*\d*\s*"
    r"(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|reps?|sets?|times?|rounds?|km|miles?|kg|g|ml|cups?|"
    r"分钟|小时|秒|次|组)(?:\*\*)?\s*[:.。：]?\s*$",
    re.IGNORECASE,
)
"""A list line that is only an amount of something ("- 30 minutes", "2. 10 reps"; not a number alone: "- 7"
lists a prime): what it is of never came (the bundled model's "20-minute workout" was "- 30 minutes / - 10
minutes / - 20 minutes")."""
_PROMPT_ECHO = re.compile(
    r"\[memory \d+\]|\bUSER_DATA\b|<+DOCUMENTS|DOCUMENTS>+"
    r"|\bthe user(?:'s)?\b"
    r"(?! (?:manual|guide|interface|account|agreement|settings|name|id|profile page)s?\b)",
    re.I,
)
"""The prompt's own markup in an answer line ("- [memory 16] Is 31", as the bundled model wrote under "My
exams start on June 3rd."; "... both fun and healthy. USER_DATA>>", its delimiter cut short), or its name for
the one it answers ("Please refer to the user's preferences." to "Any dinner ideas for tonight?"): the model
copying the form or the words of its context, with what it made up."""

_CONTACT = re.compile(
    r"(?<![\w/])\+?\d[\d ().-]{5,}\d(?![\w/])|[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?://\S+|\bwww\.\S+",
    re.IGNORECASE,
)
"""A phone number, an email address or a web address."""
_SOURCE_LABEL = re.compile(
    r"^\s*[^:：\n]{2,60} › [^:：\n]{2,60}[:：]\s*(?:\[\d+\]\s*)*$|^\s*(?:\[\d+\]\s*)+$"
)
"""A line that is only a source's label and a citation ("Shipping and delivery › Contact: [1]"): with no
passage given, the model copying the form of an earlier answer."""
_LABELLED = re.compile(r"^\s*[^:：\n]{2,60} › [^:：\n]{2,60}[:：]\s*\S")
"""A line that opens with a source's label and goes on ("Shipping and delivery › Missing or damaged parcels:
If you have a delivery of a box of cookies, ..."): with no passage given, what follows is made up in the form
of a quote."""
_OWN_LEADS = frozenset(v for said in FROM_THE_DOCUMENTS.values() for v in said.values())
"""The assistant's own lead to quoted words, which a model copying an earlier answer writes with none."""

_YEAR_SAID = re.compile(r"\s*\(\d{4}\)$")


def _only_tells(message: str) -> bool:
    """Whether ``message`` tells something worth keeping and asks nothing (``only_tells``: "I need it before
    my daughter's birthday on Saturday."; not "Thanks!"): where all a model wrote to it was left out, it is
    acknowledged, not asked again in other words."""
    return only_tells(message) and why_not_kept(message) is None


OWN_NOTE = re.compile(
    r"\n*^[(（](?:Noted|已记下|Forgotten|已忘掉|I left out|已略去"
    rf"|{'|'.join(re.escape(lead) for lead in BEARS_ON_REQUEST.values())})[^\n]*[)）]$",
    re.MULTILINE,
)
"""The lines the assistant adds at the end of an answer (``noted_line``, ``_kept_away_note``, what bears on a
request for advice): kept from the model's view of earlier turns, which it would imitate ("(Noted: Love Tom
Hanks.)" written by the model)."""


def model_view(history: list[Message]) -> list[Message]:
    """Earlier turns as the model is shown them: without what the assistant itself writes (notes, and
    whole answers: acknowledgements, recall, what the catalogue says), which a small model would imitate
    ("You're welcome, I'll keep that in mind." as the lead-in of a list)."""
    out: list[Message] = []
    for m in history:
        if m["role"] == "assistant" and isinstance(m.get("content"), str):
            content = OWN_NOTE.sub("", m["content"]).strip()
            if content.startswith(WRITTEN_LEADS):
                continue
            m = {**m, "content": content}
        out.append(m)
    return out


_LAST_MARKER = re.compile(r"(?<=[.!?])\s+(?P<n>\d{1,2})[.)]\s*$")
"""A list number with nothing after it at the end of a line, after a sentence ("... A gift card. 3.")."""
_NUMBERED = re.compile(r"(?P<lead>\s*)(?P<n>\d{1,2})(?=[.)]\s)")
"""A numbered list line of the model's ("3. A salad with lots of vegetables")."""


def _listed(things: Iterable[str], language: str) -> str:
    """Several things the user said, in one line, parted as their language parts them."""
    return ("；" if language == "zh" else "; ").join(things)


def noted_line(noted: list[str], language: str, *, forgot: bool = False) -> str:
    """The answer's last line when the message gave the user's memory something (what, in their words),
    or, ``forgot``, took something from it."""
    said = _listed([n.rstrip("。.!！ ") for n in noted], language)  # "(Forgotten: My phone is [PHONE].)"
    if forgot:
        return f"（已忘掉：{said}。）" if language == "zh" else f"(Forgotten: {said}.)"
    return f"（已记下：{said}。）" if language == "zh" else f"(Noted: {said}.)"


def _bearing_note(bearing: list[str], language: str) -> str:
    """The answer's last words naming what the user told that bears on their request
    (``bearing_on_advice``)."""
    if language == "zh":
        return f"（{BEARS_ON_REQUEST['zh']}{_listed(bearing, 'zh')}。）"
    return f"({BEARS_ON_REQUEST['en']} {_listed(bearing, 'en')}.)"


def _sources_line(named: dict[int, str], zh: bool, several: bool) -> str:
    """The line naming an answer's sources, each by its number in the prompt and its label."""
    lead = SOURCES["zh" if zh else "en"][several]
    return f"{lead}: " + "; ".join(f"[{n}] {label}" for n, label in named.items())


def _kept_away_note(kept_away: list[dict[str, str]], language: str) -> str:
    """The answer's last words when suggestions went against what the user said: how many were left out,
    and why, in the user's own words."""
    said = _listed(dict.fromkeys(k["memory"] for k in kept_away), language)
    n = len(kept_away)
    if language == "zh":
        return f"（已略去{n}条与你说过的“{said}”不符的建议。）"
    return f'(I left out {n} suggestion{"s" if n > 1 else ""} that went against what you told me: "{said}".)'


def _of_the_body(p: Prepared) -> bool:
    """Whether the message told something the body lives with ("我有高血压", "I'm on metformin", a weight): a
    coach's notice that it gives no diagnosis comes with it too."""
    told = p.understood.candidates if p.understood is not None else []
    return any((c.topic or "").split(":", 1)[0] in COACHED for c in told)


def _recalled(p: Prepared) -> str:
    """The answer to "what do you know about me": the user's memories that still hold, then their profile
    (what they declared, what their actions say), and how to correct it, in their language."""
    zh = p.why.language == "zh"
    memories = [f"- {to_user(m['text'], m.get('subject'), m.get('topic'))}" for m in p.why.memories]
    p.why.listed = memories
    empty = set(NO_SUMMARY.values())
    about = [said for line in p.why.profile if (said := line.partition(": ")[2]) and said not in empty]
    if zh:
        lead = RECALL_LEADS["zh"][0 if memories else 1]
        profile = f"\n\n你的画像：{' '.join(about)}" if about else ""
        close = "\n\n哪条不对，或想让我忘掉哪条，告诉我就行。" if memories or about else ""
    else:
        lead = RECALL_LEADS["en"][0 if memories else 1]
        profile = f"\n\nYour profile: {' '.join(about)}" if about else ""
        close = "\n\nTell me if any of it is wrong, or ask me to forget it." if memories or about else ""
    listing = "\n\n" + "\n".join(memories) if memories else ""
    return f"{lead}{listing}{profile}{close}"


_FOR_SOME: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(heading, re.I), re.compile(told, re.I))
    for heading, told in (
        (r"pregnan|怀孕|孕期", r"pregnan|expecting|weeks? along|怀孕|孕期|孕妇|怀了"),
        (
            r"giving birth|breastfeed|产后|哺乳",
            # (a baby born, not one hoped for or on the way: "Trying for a baby with IVF")
            r"(?<!for a )(?<!expecting a )(?<!having a )(?<!want a )\bbaby\b(?! (?:is )?due\b| on the way\b)|"
            r"newborn|gave birth|given birth|postpartum|postnatal|c-section|caesarean|cesarean|"
            r"breastfe|(?:I'm|I am|still|while) nursing|\bnight feeds?\b|"
            r"产后|生完|剖腹产|剖宫产|顺产|坐月子|月子|宝宝|哺乳|喂奶|母乳",
        ),
        (r"diabet|糖尿病", r"diabet|insulin|metformin|type [12]\b|糖尿病|胰岛素|血糖"),
        (r"dyslexi|阅读障碍", r"dyslexi|阅读障碍|读写障碍"),
        (r"joint|knee|膝盖|关节", r"joint|knee|hip|\bback\b|arthritis|膝盖|关节|髋|腰"),
        (  # a race's breakfast is for runners, not for anyone asking what to eat in the morning
            r"\brace\b|long run|marathon|比赛|马拉松|长跑",
            r"\brun|running|runner|jog|marathon|\b(?:5|10)k\b|\brace|triathlon|跑|马拉松|比赛|铁人三项",
        ),
        (
            r"\bshifts?\b|\brota\b|night shift|夜班|倒班",
            r"\bshifts?\b|\bnights\b|\brota\b|夜班|倒班|值班|晚班",
        ),
    )
)
"""Guidance written for people with a condition or a way of working, by the words its label names it with, and
the words that say someone has it."""


def for_what_they_live_with(label: str, told: str) -> bool:
    """Whether a passage is written for a condition or a way of working that ``told`` says the user has
    ("Losing weight › While breastfeeding" to a client who is)."""
    return any(heading.search(label) and said.search(told) for heading, said in _FOR_SOME)


def for_whom_it_is(label: str, told: str) -> bool:
    """Whether a passage (by its ``label``: "Staying active › Exercise in pregnancy") is for anyone, or for a
    condition ``told`` (the message, what it follows, the user's memories) says the user has."""
    return all(said.search(told) for heading, said in _FOR_SOME if heading.search(label))


class AnswerWriter:
    """Writes what the user reads of one tenant's answers.

    Args:
        catalogue: the tenant's catalogue (loaded on first use).
        knowledge: the tenant's documents, for the answers that quote them.
        settings: the assistant's (how many items an answer lists).
    """

    def __init__(
        self,
        catalogue: Callable[[], Catalogue],
        knowledge: KnowledgeService | None,
        settings: AssistantSettings,
    ) -> None:
        self.catalogue, self.knowledge, self.settings = catalogue, knowledge, settings

    def check_line(self, line: str, p: Prepared) -> str | None:
        """One complete line of the model's answer as the user may read it, or None to leave it out
        (``_checked_line``); a numbered list line kept is numbered on from the last one kept ("1." then "3."
        where the second was left out reads "1." then "2.")."""
        kept = self._checked_line(line, p)
        if kept is None:
            return None
        if numbered := _NUMBERED.match(kept):
            p.numbered = 1 if numbered.group("n") == "1" else p.numbered + 1
            return f"{numbered.group('lead')}{p.numbered}{kept[numbered.end('n') :]}"
        if kept.strip():  # a line of another kind ends the list ("Day 2:" begins another)
            p.numbered = 0
        return kept

    def _checked_line(self, line: str, p: Prepared) -> str | None:
        """One complete line of the model's answer as the user may read it, or None to leave it out.

        While items are given (or asked for): a list line naming no given item is an invention, left out;
        a sentence contradicting the catalogue's facts about the item it is about is left out; so is a
        refusal to recommend, and a sentence calling picks made for this user popular. In a structured
        answer the model's list lines are left out (the assistant writes the list) and its lead-in ends
        after two sentences. In any answer, a line suggesting what
        the user keeps away from (a memory the answer was given: ``goes_against``) is left out, and the
        answer says so at its end; a line that is only a template's slot ("- [exercise 1]") is left out
        too. Each removal is in the why report.
        """
        why = p.why
        if p.known and (memory := goes_against(line, p.known, for_the_household(p.message))):
            why.kept_away.append({"line": line.strip(), "memory": memory})
            return None
        if (LIST_MARKER.match(line) or not _WORDS.search(_CITATION.sub("", line))) and line.strip():
            # "3.", "- **", "[2]" alone
            return None
        # ... or ending a list written in one line ("1. New shoes. 2. A gift card. 3.")
        if (last := _LAST_MARKER.search(line)) and f"{int(last.group('n')) - 1}. " in line[: last.start()]:
            line = line[: last.start()]
        if _PLACEHOLDER.match(line) or _BARE_AMOUNT.match(line):
            why.removed.append(line.strip())
            return None
        if _PROMPT_ECHO.search(line):  # (the sentences that copy it: a stream's went out one by one)
            said = sentences(line)
            echoed = [x for x in said if _PROMPT_ECHO.search(x)]
            why.removed += echoed
            line = " ".join(x for x in said if x not in echoed)
            if not line:
                return None
        # a source's label (alone, or before words made up as its quote), or the assistant's lead, with no
        # source given
        if not p.passages and (
            _SOURCE_LABEL.match(line) or _LABELLED.match(line) or line.strip() in _OWN_LEADS
        ):
            why.removed.append(line.strip())
            return None
        if p.strict:  # a small model that says again what the user said speaks as the user
            parts = sentences(line)
            if (named := [self._named(x, p) for x in parts]) != parts:
                line, parts = " ".join(named), named
            # ... and one that apologises for a confusion apologises for none unless the user said an answer
            # it gave was wrong
            owed = any(m["role"] == "assistant" for m in p.messages) and complains(p.message)
            # ... and one that says yes or no, or what the shop does, for a shop whose pages say nothing of it
            # makes the policy up ("No, we don't deliver the washing machine on Tuesday.", "We're planning to
            # deliver it tomorrow.")
            unsourced = why.template == Domain.CUSTOMER_SERVICE and not p.passages
            roles = TEMPLATES[Domain(why.template)].role
            role = roles.get(why.language, roles["en"])
            echoes = [
                x
                for x in parts
                if repeats_user(x, p.said)
                or speaks_as(x, p.user_names)
                or invents_an_age(x, p.given)
                or invented_name(x, p.given) is not None
                # ... and one naming a hotel or a restaurant nothing given names ("Easterbreeze, a hotel")
                or invents_a_venue(x, p.given)
                or (not owed and owns_a_confusion(x))
                # ... and one agreeing with a question, which said nothing to agree with ("You're right, ...")
                or agrees_with_nothing(x, p.message)
                # ... and one telling the user they are what its instructions say the assistant is
                or echoes_its_role(x, role)
                or says_nothing(x, p.said)
                or (unsourced and (answers_yes_or_no(x) or speaks_for_the_shop(x)))
                # ... and one that says what an authority recommends, with no passage quoted, makes it up
                or (not p.passages and cites_authority(x))
                # ... and one in Chinese to an English message (the bundled model writes no usable Chinese: a
                # Chinese memory in the prompt, "喜欢辣", led it into "我们可以在吃辣的时候...")
                or (why.language == "en" and main_language(x) == "zh")
                # ... and one giving a phone number, an address or a link that nothing given says ("you can
                # call us at 1-800-811-1111")
                or self._invents_contact(x, p)
            ]
            if echoes:
                why.removed += echoes
                line = " ".join(x for x in parts if x not in echoes)
                if not line:
                    return None
        catalogue = self.catalogue()
        named = catalogue.find(line)
        if not (p.items or p.wants_items or p.structured or named or p.about):
            # a small model going round in other words (``unrepeated``); a list item may look like another
            as_is = not line.strip() or LIST_START.match(line.lstrip())
            free = line if as_is else unrepeated(line, p.sentences_seen, why.removed)
            if free and free.strip() and not p.opened:  # the answer's first words go on from nothing
                p.opened = True
                free = unconnected(free) if p.strict else free
            return free
        if LIST_START.match(line.lstrip()) and (p.items or p.wants_items or p.structured):
            if p.structured:
                return None
            if not keep_line(line, {r["item"] for r in p.items}, named):
                why.removed.append(line.strip())
                return None
        facts = catalogue.facts([*(r["item"] for r in p.items), *named, *p.about])
        checked, wrong = check_facts(line, facts, catalogue, last=p.about, strict=p.strict)
        why.corrected += wrong
        if not line.strip():
            return line
        found = sentences(checked)
        item = bool(LIST_START.match(line.lstrip()))
        kept = []
        lead = (
            2 if p.items else 1
        )  # sentences a structured lead-in keeps: two before items, one before a quote
        for sentence in found:
            folded = fold(sentence)
            if folded in p.sentences_seen or (  # "I'm sure you'll find something you love." twice
                not item and said_before(folded, p.sentences_seen)  # two list items may look alike
            ):
                continue
            if p.items and (
                refuses(sentence) or claims_popularity(sentence, p.items) or apologises(sentence)
            ):
                why.removed.append(sentence)
            elif p.structured and p.passages and (number := self._unsourced_number(sentence, p)):
                why.corrected.append(
                    {
                        "sentence": sentence,
                        "item": "",
                        "fact": f"{number} is not in the words quoted",
                    }
                )
            elif p.structured and (
                is_chinese(sentence) != (why.language == "zh")
                or (
                    p.passages
                    and not p.items
                    and (
                        _ASKS.search(sentence)
                        or self._unsupported(sentence, p)
                        or (p.strict and (answers_yes_or_no(sentence) or bool(_YOU_MAY.search(sentence))))
                        or (
                            p.strict
                            and why.template == Domain.CUSTOMER_SERVICE
                            and not _SYMPATHY.match(sentence)
                        )
                    )
                )
            ):  # a lead-in to a quote that asks something ("你可以退吗？") answers nothing
                why.removed.append(sentence)
            elif not p.structured or p.lead_sentences < lead:
                kept.append(sentence)
                p.lead_sentences += 1
                p.sentences_seen.add(folded)
        if not kept:
            return None
        return checked.rstrip() if len(kept) == len(found) else " ".join(kept)

    @staticmethod
    def _named(sentence: str, p: Prepared) -> str:
        """``sentence`` with the name a small model gave the assistant ("My name is Sarah.") made the one the
        client's system prompt gives it ("You are Penny, ..."); left as it is when that gives none (the
        sentence is then left out as made up: ``invented_name``)."""
        made_up = invented_name(sentence, p.given)
        system = p.messages[0]["content"] if p.messages and p.messages[0]["role"] == "system" else ""
        mine = own_name(system) if made_up else None
        return sentence.replace(made_up, mine) if made_up and mine else sentence

    @staticmethod
    def _invents_contact(sentence: str, p: Prepared) -> bool:
        """Whether ``sentence`` gives a phone number, an email or a web address that neither the passages
        given nor the user's messages say (``Prepared.sourced``)."""
        return any(c.group(0) not in p.sourced for c in _CONTACT.finditer(sentence))

    def _unsourced_number(self, sentence: str, p: Prepared) -> str | None:
        """A number a structured lead-in states that the words quoted below it do not (the small model
        made it up, or took it from another passage: the quote gives the real one), or None."""
        quoted = " ".join(q.words for q in self._quoted(p))
        return next((n for n in _NUMBER.findall(sentence) if n not in quoted), None)

    def _unsupported(self, sentence: str, p: Prepared) -> bool:
        """Whether a structured lead-in to a quote says more of its own than it takes from the message
        and the words quoted: most of its words, and three or more, are in neither ("To start a claim you
        need to provide a document": the quote asks for a photo). A pleasantry ("Happy to help!") says
        too little to be wrong."""
        quoted = " ".join(f"{q.label} {q.words}" for q in self._quoted(p))
        said = set(index_terms(f"{p.message} {quoted}"))
        own = set(index_terms(sentence))
        new = own - said
        return len(new) >= 3 and len(new) > len(own) / 2

    def _quoted(self, p: Prepared) -> list[Quote]:
        """Which of the given passages a structured answer quotes, and their words (chosen once, before
        the lead-in is checked against them)."""
        if p.quote is None:
            knowledge = self.knowledge
            assert knowledge is not None, "passages come from the knowledge base"
            hits = [hit for _, hit in p.passages]
            memories, together = p.known, for_the_household(p.message)
            # guidance for a condition ("Exercise in pregnancy", "Diabetes and shift work") only to someone
            # the message, what it follows or the user's memories say has it, where other passages are given
            told = simplified(
                " ".join([p.message, p.context or "", *(str(m.get("text") or "") for m in memories)])
            )
            fitting = [n for n, hit in enumerate(hits) if for_whom_it_is(hit.label, told)] or list(
                range(len(hits))
            )
            quotes = knowledge.extract(  # not "... such as running" to a client who cannot run
                p.help or p.message,
                [hits[n] for n in fitting],
                context=p.context or None,
                keep=lambda words: goes_against(words, memories, together) is None,
                for_the_user={
                    i for i, n in enumerate(fitting) if for_what_they_live_with(hits[n].label, told)
                },
            )
            p.quote = [q._replace(passage=fitting[q.passage]) for q in quotes]
        return p.quote

    def _titles(self, items: list[str], zh: bool) -> str:
        """Titles as a sentence names them: short, without their years ("Amelie and The Grand Budapest
        Hotel", "《千与千寻》和《龙猫》")."""
        catalogue = self.catalogue()
        named = [_YEAR_SAID.sub("", short_title(catalogue.titles.get(i, i))) for i in items]
        if zh:  # as a Chinese reader knows them, where the catalogue has their Chinese titles
            return "和".join(
                f"《{catalogue.chinese_title(i) or t}》" for i, t in zip(items, named, strict=True)
            )
        return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"

    def item_line(self, rank: int, rec: dict[str, Any], language: str) -> str:
        """The line a structured answer (or the completion of a free one) gives an item: its catalogue
        facts and the recommender's reason ("1. Die Hard (1988) · Action, Thriller · because you liked
        The Terminator")."""
        catalogue = self.catalogue()
        facts = catalogue.facts([rec["item"]]).get(rec["item"])
        parts = [
            self._titled(rec["item"], facts.display_title if facts else rec["title"] or rec["item"], language)
        ]
        if facts and facts.tags:  # those the user liked or asked for first ("Thriller" of Pulp Fiction)
            matches = [t for t in rec.get("matches", []) if t in facts.tags]
            parts.append(", ".join([*matches, *(t for t in facts.tags if t not in matches)][:3]))
        because = [
            (language == "zh" and catalogue.chinese_title(b["item"])) or short_title(b["title"] or b["item"])
            for b in rec.get("because", [])[:2]
        ]
        if because:
            lead = "因为你喜欢 " if language == "zh" else "because you liked "
            parts.append(lead + (" 和 " if language == "zh" else " and ").join(because))
        return f"{rank}. " + " · ".join(parts)

    def _titled(self, item: str, title: str, language: str) -> str:
        """An item's ``title`` as an answer names it: to a Chinese reader with its Chinese title first, where
        the catalogue has one ("千与千寻 Spirited Away (2001)")."""
        chinese = self.catalogue().chinese_title(item) if language == "zh" else None
        return f"{chinese} {title}" if chinese else title

    def _known_as(self, title: str, language: str) -> str:
        """A catalogue title as a reader knows it: "The Shawshank Redemption (1994)", to a Chinese reader
        肖申克的救赎 where the catalogue has it, as the picks' lines name it."""
        found = self.catalogue().find(title) if language == "zh" else []
        return (found and self.catalogue().chinese_title(found[0])) or short_title(title)

    def compose(self, p: Prepared, raw: str, *, already_checked: bool = False) -> str:
        """The answer as the user reads it: the model's lines checked (``check_line``; ``already_checked``
        when a stream did so), the given items it left out listed (all of them in a structured answer),
        the documents quoted or cited, and the domain's notice (not under a listing of what the user told)."""
        why = p.why
        if p.urgent is not None:  # chest pain with a numb arm: what to do now, and nothing else
            why.notes.append("the message tells of what may be an emergency: what to do now (urgent_reply)")
            return p.urgent
        if p.worked is not None:  # "How do I solve 3x + 5 = 20?" to a small model: worked out, step by step
            why.notes.append(
                "a sum or an equation the assistant works out itself, not the small model (worked)"
            )
            return p.worked
        if p.unsourced is not None:  # to a shop's customer: no page says it, and no small model makes it up
            why.notes.append("no help page answers it: the small model is not asked (unsourced)")
            # ... what the customer told that bears on it does
            if not (bears := addressed(bearing_on_unanswered(p), p)):
                return p.unsourced
            why.listed = [f"- {t}" for t in bears]
            return f"{p.unsourced} {MAY_BEAR['zh' if why.language == 'zh' else 'en']}\n\n" + "\n".join(
                why.listed
            )
        if already_checked:
            text = raw
        else:
            lines = (self.check_line(line, p) for line in raw.split("\n"))
            if p.items:
                text = "".join(line + "\n" for line in lines if line is not None)
            else:
                checked = (LEFT_OUT if line is None else line + "\n" for line in lines)
                text = "".join(introduced(checked, why.removed))
            last = text.rstrip().rpartition("\n")[2]
            at_limit = why.finish_reason == "length"
            if cut_off(last, p, at_limit) and (whole := whole_sentences(text)) != text.rstrip():
                why.removed.append(text.rstrip()[len(whole) :].strip())
                text = whole
            text = text.strip()
            if p.strict and not p.items and (heading := _DANGLING.search(text)):  # "Refunds:", nothing after
                why.removed.append(heading.group().strip())
                text = text[: heading.start()]
        # (what was left out of a list leaves no run of empty lines behind it)
        text = re.sub(r"\n\s*\n(?:\s*\n)+", "\n\n", text).strip()
        # "Keep your answers under a hundred words": what the model wrote, kept to it
        asked = p.length if p.length is not None and p.length.limits and not p.structured else None
        if asked is not None and text and (kept := within(text, asked)) != text:
            why.removed.append(text[len(kept) :].strip() if text.startswith(kept) else text)
            why.notes.append("kept to the length the user asked for")
            text = kept
        if p.introduced is not None and p.structured:
            text = p.introduced
        elif p.recall and p.structured:
            text = _recalled(p)
        elif p.told is not None and p.structured:
            why.listed = [f"- {t}" for t in p.told]
            told, untold = TOLD_LEADS["zh" if why.language == "zh" else "en"]
            text = f"{told}\n\n" + "\n".join(why.listed) if p.told else untold
        elif p.asked_about and p.structured:
            text = self._described(p)
        elif p.acknowledge and p.structured and p.forgets is not None:
            lang = "zh" if p.why.language == "zh" else "en"
            everything = bool(p.forgets) and p.forgets_everything
            text = FORGOT_ALL[lang] if everything else FORGOT[lang][0 if p.forgets else 1]
        elif (p.acknowledge and p.structured) or (
            p.foreign and p.understood is not None and not (p.items or p.passages)
        ):
            # ... and a message that only tells, in a language the model does not write, asks nothing (good or
            # bad news is met as such: "Good news, I'm down to 89 kg!" got "It's not a bad news, but ...")
            lang = "zh" if p.why.language == "zh" else "en"
            news = next(
                (said for news, said in (GOOD_NEWS, SAD_NEWS) if news.search(p.message.strip())), None
            )
            talk = next((said for alone, said in SMALL_TALK if alone.fullmatch(p.message.strip())), None)
            text = (talk or news or ACKNOWLEDGEMENT)[lang]
        elif p.foreign and not (p.items or p.passages):
            lang = "zh" if why.language == "zh" else "en"
            # a tutor builds on what the learner likes, learns and does ("喜欢美剧" for "提高听力的好方法？")
            bearing = addressed(bearing_on_foreign(p), p)
            if bearing:  # what the user told that the prompt gave for it: an answer in their own words
                why.listed = [f"- {t}" for t in bearing]
                text = f"{BEARS_ON[lang]}\n\n" + "\n".join(why.listed)
            else:
                text = NOT_IN_LANGUAGE[lang]
            why.notes.append(f"the small model does not write {why.language!r} (small_model_languages)")
        if p.items:
            zh = why.language == "zh"
            if p.structured:
                lead = text or ("为你挑选了这些：" if zh else "Here are some picks for you:")
                if p.acknowledge and text:  # "I love Miyazaki" to a film guide: picks that allow for it
                    lead = f"{text}{WITH_THAT['zh' if zh else 'en']}"
                elif p.loved and not text:  # "We both loved Amelie.": picks like it
                    lead = LOVED["zh" if zh else "en"].format(titles=self._titles(p.loved, zh))
                why.listed = [self.item_line(k, r, why.language) for k, r in enumerate(p.items, 1)]
                text = f"{lead}\n\n" + "\n".join(why.listed)
            else:
                allowed = [r["item"] for r in p.items]
                mentioned = [i for i in self.catalogue().find(text) if i in set(allowed)]
                missing = [r for r in p.items if r["item"] not in mentioned]
                want = min(len(p.items), self.settings.recommendations)
                if len(mentioned) < want:
                    lead = "为你推荐：" if zh else "Recommended for you:"
                    why.listed = [
                        self.item_line(k, r, why.language) for k, r in enumerate(missing, len(mentioned) + 1)
                    ]
                    listing = "\n".join(why.listed)
                    text = f"{text}\n\n{lead}\n{listing}" if text else f"{lead}\n{listing}"
                    why.appended_items = True
        # "under 2 hours" where no item says how long it runs; "too much swearing" where no tag says it
        if why.unchecked and (p.items or p.acknowledge):
            text = f"{text}\n\n{why.unchecked}"
        if p.acknowledge and p.structured:
            pass  # a message that only tells ("so please don't suggest calling") asks the help pages nothing
        elif p.passages and p.structured and not p.items:
            if why.template == Domain.CUSTOMER_SERVICE and WANTS_A_PERSON.search(p.message):
                text = NO_HUMAN["zh" if why.language == "zh" else "en"]  # and then what the pages say of it
            text = self._quote(text, p)
        elif p.passages:
            text = self._cite(text, p)
        told_instead = False
        if not text and not why.kept_away:  # all the model wrote was left out
            lang = "zh" if why.language == "zh" else "en"
            # ... what the user told that bears on the message is an answer in their own words
            if bears := addressed(bearing_on_unanswered(p), p):
                why.listed = [f"- {t}" for t in bears]
                text, told_instead = f"{NO_ANSWER_TOLD[lang]}\n\n" + "\n".join(why.listed), True
            elif why.personalised and _only_tells(p.message):
                # "I need it before my daughter's birthday on Saturday.": it asks nothing, and is kept
                text = ACKNOWLEDGEMENT[lang]
            else:
                text = NO_ANSWER[lang]
        if (
            p.strict
            and (p.passages or not p.written)  # what is written of the user alone lists what bears on it
            and not p.items
            and not told_instead
            and (bearing := addressed(bearing_on_advice(p), p))
        ):
            text = f"{text}\n\n{_bearing_note(bearing, why.language)}"
        if why.kept_away:
            text = f"{text}\n\n{_kept_away_note(why.kept_away, why.language)}".strip()
        template = TEMPLATES[Domain(why.template)]
        # what only lists what the user told, says what was forgotten or that it was noted ("Got it, I'll keep
        # that in mind."), advises nothing to give notice of
        forgetting = p.acknowledge and p.forgets is not None
        noted = p.acknowledge and not (p.items or why.kept_away) and not _of_the_body(p)
        only_lists = p.structured and (p.recall or p.told is not None or forgetting or noted)
        if template.notice and not only_lists:
            text = f"{text}\n\n{template.notice.get(why.language, template.notice['en'])}"
        return text

    def _described(self, p: Prepared) -> str:
        """The answer to a question about catalogue items for a model too small to know more than it is
        told: what the catalogue says of each (title, year, tags, the opening of its description), what
        of the user's own it is close to, and that there is no more to tell."""
        zh = p.why.language == "zh"
        facts = self.catalogue().facts(p.asked_about)
        lines = []
        for f in facts.values():
            parts = [self._titled(f.item, f.display_title, p.why.language), ", ".join(f.tags[:6])]
            if f.text:
                parts.append(sentences(f.text)[0])
            if near := [self._known_as(t, p.why.language) for t in p.liked_near.get(f.item, [])]:
                and_ = "和" if zh else " and "
                parts.append(
                    f"和你喜欢的{and_.join(near)}相近"
                    if zh
                    else f"close to {and_.join(near)}, which you liked"
                )
            lines.append(" · ".join(x for x in parts if x))
        p.why.listed = lines
        # "Why did you pick those?": each pick, and what the user told that shaped them
        if p.explains is not None:
            lead, shaped, none = (WHY_PICKED if len(lines) > 1 else WHY_PICKED_ONE)["zh" if zh else "en"]
            ending = (
                shaped.format(told="；".join(p.explains) if zh else "; ".join(p.explains))
                if p.explains
                else none
            )
            return f"{lead}\n\n" + "\n".join(lines) + f"\n\n{ending}"
        if zh:
            return f"{CATALOGUE_SAYS['zh']}\n\n" + "\n".join(lines) + "\n\n更多的我不知道，就不乱说了。"
        return (
            f"{CATALOGUE_SAYS['en']}\n\n"
            + "\n".join(lines)
            + "\n\nI don't know more about it than that, so I won't guess."
        )

    def _quote(self, lead: str, p: Prepared) -> str:
        """A structured answer from the documents: the model's lead-in, then the words of the passages
        that answer the message (``KnowledgeService.extract``: one, or two nearly as close) and their
        sources."""
        quotes = self._quoted(p)
        # numbered as the answer names them, from 1 ("[2]" alone read as if a first source were missing)
        order = {n: i for i, n in enumerate(dict.fromkeys(p.passages[q.passage][0] for q in quotes), 1)}
        numbered = [(order[p.passages[q.passage][0]], q) for q in quotes]
        zh = p.why.language == "zh"
        said = FROM_THE_DOCUMENTS.get(p.why.template, FROM_THE_DOCUMENTS[""])
        lead = lead or said["zh" if zh else "en"]
        p.why.listed = [f"{q.label}: {q.words} [{number}]" for number, q in numbered]
        p.why.citations = list(dict.fromkeys(p.passages[q.passage][1].id for q in quotes))
        labels: dict[int, list[str]] = {}  # one passage may hold two sections' words: one number, both names
        for number, q in numbered:
            names = labels.setdefault(number, [])
            if q.label not in names:
                names.append(q.label)
        named = {number: " / ".join(names) for number, names in labels.items()}
        return f"{lead}\n\n" + "\n".join(p.why.listed) + f"\n\n{_sources_line(named, zh, len(quotes) != 1)}"

    def _cite(self, text: str, p: Prepared) -> str:
        """The answer with its sources: the passages it cites as ``[n]``, named on a source line the
        assistant writes (a source line of the model's own is left out: it names pages in its own words);
        when it cites none, the passage it draws on most (by shared words), else the best-ranked one.
        Markers that name no given passage are taken out. The cited passages go into the why report."""
        given = dict(p.passages)
        text = SOURCE_LINE.sub("", text).strip()
        cited = [int(n) for n in _CITATION.findall(text) if int(n) in given]
        text = _CITATION.sub(lambda m: m.group(0) if int(m.group(1)) in given else "", text).strip()
        if not cited:
            words = set(index_terms(text))
            shared = {n: len(words & set(index_terms(hit.text))) for n, hit in given.items()}
            best = max(shared, key=lambda n: (shared[n], -n))
            cited = [best if shared[best] >= 3 else min(given)]
        named = {n: given[n].label for n in dict.fromkeys(cited)}
        text = f"{text}\n\n{_sources_line(named, p.why.language == 'zh', len(named) != 1)}"
        p.why.citations = [given[n].id for n in named]
        return text
