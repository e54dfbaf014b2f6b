"""What an answer is written from: what the message asks of it (``Gatherer.read``) and the user's context
it may draw on (``Gatherer.gather``: profile, recommendations, memories, passages, earlier turns), gathered
side by side where the work allows."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tailorkit.assistant._answer import Why
from tailorkit.assistant._aversions import for_the_household, screens_ruled_out
from tailorkit.assistant._bearing import COACHED, KEPT_FROM
from tailorkit.assistant._context import (
    Piece,
    PieceKind,
    Priority,
    item_pieces,
    memory_pieces,
    passage_pieces,
    turn_pieces,
)
from tailorkit.assistant._eras import Years, asks_an_era, asks_other_years
from tailorkit.assistant._follow_ups import (
    Earlier,
    asks_for_others,
    count_asked,
    had_by_place,
    had_in,
    loved_in,
    referred_to,
)
from tailorkit.assistant._grounding import Catalogue
from tailorkit.assistant._help_pages import followed, for_the_help_pages, short
from tailorkit.assistant._intents import (
    RECALL_INTENT,
    RECALLED,
    asks_for_another_kind,
    asks_own,
    asks_something,
    asks_to_forget,
    asks_why_picked,
)
from tailorkit.assistant._phrases import NOT_IN_TAGS, WHY_PICKED, WHY_PICKED_ONE
from tailorkit.assistant._picking import ANY_REQUEST, Picker, asked_with, without_titles
from tailorkit.assistant._templates import Domain, Template, quote
from tailorkit.config import AssistantSettings
from tailorkit.errors import NotFoundError
from tailorkit.memory import (
    Hit,
    LengthLimit,
    MemoryKind,
    applies_to,
    for_whom,
    length_limit,
    names_another,
    seeks_advice,
)
from tailorkit.text import is_chinese, simplified

if TYPE_CHECKING:
    from tailorkit.assistant._assistant import AssistantParts, ClientTurns

__all__ = ["Asks", "Gatherer"]


@dataclass(frozen=True)
class Asks:
    """What a message asks of its answer (``Gatherer.read``)."""

    recall: bool
    """What the assistant knows about the user ("what do you remember about me?")."""
    items: bool
    """Items from the catalogue (the domain recommends, or the message asks for some)."""
    about: list[str]
    """The catalogue items it asks about, for a small model (the catalogue answers)."""
    liked_near: dict[str, list[str]]
    """For those, the titles of the user's own items that bring each closest."""
    requested: bool = False
    """Whether the message itself asks for items (``asks_for_items``), not only its domain: then the
    kinds it names are what the picks carry."""
    like: list[str] = field(default_factory=list)
    """The catalogue items it asks for more like ("Any good films like Toy Story?"): the picks are the
    items most like them, and the message asks nothing about them."""
    own: bool = False
    """A question about what the user told of themselves or their household ("How old is my daughter?",
    ``OWN_QUESTION``): a small model's answer is then the memories that answer it (``answering``)."""
    count: int | None = None
    """How many items the message asks for ("three films for tonight", "推荐两本书"), if it says."""
    had: list[str] = field(default_factory=list)
    """Catalogue items the message says the user has had ("I've already seen Seven", "I've seen the first
    one"): not picked."""
    listed: list[str] = field(default_factory=list)
    """The items of the assistant's last answer when the message asks for others ("Something else?"):
    not picked again."""
    loved: list[str] = field(default_factory=list)
    """Catalogue items the message says the user loved ("We both loved Amelie"): each is a like of
    theirs, and the picks are the items most like them when it asks for no others."""
    help: str = ""
    """The message as the help pages are searched with (``for_the_help_pages``)."""
    follows: str = ""
    """What a short follow-up refers back to ("them" in "How do I send them in?": the problem said before),
    searched with it (``KnowledgeService.search``)."""
    bears: str = ""
    """What the user told that bears on a request for advice in a domain with documents (a coach's client's
    "Has bad knees", a learner's "Struggles with probability"), searched with it too."""
    disliked: list[str] = field(default_factory=list)
    """Of the items had, those the message says the user did not like ("I didn't like the second one")."""
    searched: str = ""
    """The message as the user's memories are searched with: "for her" said of whom it stands for ("Any gift
    ideas for my mum?", ``for_whom``)."""
    whom: str | None = None
    """The family member the message is about, named or said as "she" / "him" ("mum"), if any."""
    given: list[str] = field(default_factory=list)
    """The items the conversation gave when the message narrows the last request ("Something from the
    90s?"): picked again only where too few others are left."""
    explains: list[str] | None = None
    """Where the message asks why the last answer picked its items ("Why did you pick those?", ``about``
    holding them): the tastes the user stated, which shaped them (``asks_why_picked``); None otherwise."""


_TASTES = ("likes", "avoids", "favourite", "fear")
"""What the user stated of their tastes (memory topics): what shaped their picks."""


_BEARS_ON_ADVICE: dict[str, frozenset[str]] = {
    Domain.HEALTH_COACHING: COACHED,
    Domain.TUTORING: frozenset({"weak", "level", "learning", "family"}),
    Domain.CUSTOMER_SERVICE: frozenset({"membership"}),
}
"""What the user told that bears on any request for advice in a domain, as its documents are searched: what
the body lives with and keeps away from, and its weight; what the learner (or a parent's child) finds hard;
to a shop, the customer's membership, where the request names what it gives ("Can I get free delivery next
time?" from a Plus member: what Plus includes, not the delivery times)."""


class Gatherer:
    """Reads what a message asks and gathers one user's context for its answer.

    Args:
        parts: the assistant's store, profiles, memories, recommender and documents.
        settings: the assistant's settings (shared: a change to them applies here too).
        catalogue: the tenant's catalogue as it is now.
        structured: whether the answering model is too small to write freely.
        conversation: the turns of one of the user's conversations, oldest first.
    """

    def __init__(
        self,
        parts: AssistantParts,
        settings: AssistantSettings,
        catalogue: Callable[[], Catalogue],
        structured: Callable[[], bool],
        conversation: Callable[[str, int], list[dict[str, Any]]],
    ) -> None:
        self.parts, self.settings = parts, settings
        self.catalogue, self.structured, self._conversation = catalogue, structured, conversation
        self.picker = Picker(parts, settings, catalogue)
        self._pool = ThreadPoolExecutor(2, thread_name_prefix="tailorkit-context")

    def read(
        self,
        user: str,
        message: str,
        template: Template,
        known: bool,
        personalised: bool,
        earlier: Earlier | None = None,
    ) -> Asks:
        """What ``message`` asks of the answer (``known``: a personalised answer for a stored user;
        ``earlier``: the conversation before it, whose last answer "the second one" refers to; "something
        else?" asks for others than any of its answers gave)."""
        heard = earlier.last_said() if earlier is not None else None
        recall = personalised and bool(RECALL_INTENT.search(simplified(message)))
        asks_for_items = self.picker.asks_for_items(message)
        # "I've already seen Seven, it was too gory. Something else?": what was had is no question about
        # it, and asks for others than the last answer's
        had = had_in(message, self.catalogue())
        # ... or by its place in the last answer ("I've seen the first one already, and I didn't like the
        # second one": the same five picks came again)
        placed, disliked, loved_there = (
            had_by_place(message, heard, self.catalogue()) if heard else ([], [], [])
        )
        had = list(dict.fromkeys([*had, *placed]))
        # ... and "Something a bit more recent?" asks for others than those too
        # (to any assistant whose last answer gave picks: "Something else?" after films asked of a general
        # one)
        other = (asks_for_others(message) or asks_other_years(message)) and (
            template.recommends
            or asks_for_items
            or bool(had)
            or any(len(self.picker.picks_in(a)) > 1 for a in (earlier.said("assistant") if earlier else []))
        )
        # "推荐几部吧" right after picks, naming nothing they should be: others (it got the same five again)
        other = other or (asks_for_items and bool(heard) and self._asks_again(message, heard))
        asks_for_items = asks_for_items or other
        listed = []
        if other:
            # after "What is the second one about?", "换几部" still means others than any picks the
            # conversation gave, and than what the user said they had ("I've already seen Heat")
            users = earlier.said("user", recent=False) if earlier is not None else []
            had_said = [i for said in users for i in had_in(said, self.catalogue())]
            listed = list(dict.fromkeys([*self._given(earlier), *had_said]))
        given: list[str] = []
        if not other and (asks_for_items or ANY_REQUEST.search(message)) and heard and _narrows(message):
            # "Something from the 90s?" after five thrillers of the 90s got the same five: a request that
            # narrows the last one wants others than the conversation gave, where there are enough
            given = self._given(earlier)
        wants_items = not recall and (template.recommends or asks_for_items)
        # "Any playlists?" to a catalogue of films (not "The Grand Budapest Hotel", a film's title)
        if asks_for_another_kind(
            without_titles(message, self.catalogue().mentions(message)), self.catalogue().kind
        ):
            asks_for_items = wants_items = False
        like = self.picker.liked_titles(message) if asks_for_items and not recall else []
        loved = (
            list(dict.fromkeys([*loved_in(message, self.catalogue()), *loved_there]))
            if personalised and not recall
            else []
        )
        if loved_there and not wants_items and _SIMILAR.search(message):
            # "I loved the second one! Anything similar?": picks like it, of any assistant
            asks_for_items = wants_items = True
            listed = list(dict.fromkeys([*listed, *self._given(earlier)]))
        if wants_items and not like:  # "We both loved Amelie.": picks like it
            like = loved
        if wants_items and not like and earlier is not None and _SIMILAR.search(message) and short(message):
            # "Anything similar?" after "I just watched Spirited Away and loved it.": more like the titles
            # the user last asked like or said they loved, none of the picks given since
            like = next(
                (
                    found
                    for said in earlier.said("user")[::-1]
                    if (found := self.picker.liked_titles(said) or loved_in(said, self.catalogue()))
                ),
                [],
            )
            if like:
                listed = list(dict.fromkeys([*listed, *self._given(earlier)]))
        # "Who directed Spirited Away?" to a model too small to know: the catalogue answers what it can
        about = self.picker.asked_about(message) if self.structured() and not recall and not like else []
        if not about and heard and self.structured() and not recall and not other:
            about = referred_to(message, heard, self.catalogue())  # "Tell me more about the second one."
        # (what the message says was had or loved is no question about it: "I loved the second one!")
        about = [a for a in about if a not in had and a not in loved]
        # "Why did you pick those?" (or "... Shrek?") after picks: what shaped them, not new ones
        # (of the picks before an answer that said why of some: "And why the third?" after "Why did you pick
        # the first one?")
        # ... and, after such an answer, another of them by its place alone ("那第三部呢？", "And the third?")
        why_asked = asks_why_picked(message) or bool(
            heard and heard.startswith(_WHY_LEADS) and _PLACE_ALONE.match(message.strip())
        )
        answers = earlier.said("assistant", recent=False)[::-1] if earlier and why_asked else []
        listing = next((a for a in answers if not a.startswith(_WHY_LEADS)), "")
        picked = self.picker.picks_in(listing)
        explains = None
        if picked and self.structured() and not recall:
            named = [i for i in self.catalogue().find(message) if i in picked]
            # ... or by its place among them ("Why did you pick the first one?": that one, not all five)
            named = named or [i for i in referred_to(message, listing, self.catalogue()) if i in picked]
            about, asks_for_items, other, listed = (named or picked)[:5], False, False, []
            explains = self.parts.memories.stated(user, _TASTES) if known else []
        if about and not asks_for_items:
            wants_items = False
        liked_near: dict[str, list[str]] = {}
        if about and known:
            # what of the user's own history the item is close to (none before a model is trained)
            with contextlib.suppress(NotFoundError):
                liked_near = self.parts.recommender.liked_near(user, about)
        own = personalised and not recall and not asks_for_items and not about
        own = own and asks_own(message)
        # "What did I say I can't stand?" in a domain that recommends asks for what was told, not picks
        wants_items = wants_items and not own
        count = count_asked(message) if asks_for_items else None
        help_words = for_the_help_pages(message, self._only_instructs)
        said_before = earlier.said("user") if earlier is not None else []
        follows = followed(message, said_before, self._tells)
        # "Can you give me an exercise plan for this week?" from a client with bad knees: the guidance on
        # exercise that spares the joints, not the one that names running
        conditions = _BEARS_ON_ADVICE.get(template.domain, frozenset())
        bears = ""
        # (to a shop, any question: "Do I pay for delivery?" from a Plus member asks what Plus gives)
        shop = template.domain == Domain.CUSTOMER_SERVICE
        if (
            conditions
            and personalised
            and not own
            and (seeks_advice(message) or (shop and asks_something(message)))
        ):
            stated = self.parts.memories.stated_topics(user, conditions)
            # those the request names a domain of, where it names one ("Is vegetarian" for a dinner, not "Has
            # bad knees"), else all of them ("Any tips for this week?") but what is kept away from in another
            # domain ("少吃盐" for "有什么运动适合我？" searched the guidance on salt)
            # (to a shop, only what the request names a domain of: "Is a Plus member" for free delivery)
            every = [
                said
                for said, topic in stated
                if not shop and not (topic.partition(":")[0] in KEPT_FROM and names_another(said, message))
            ]
            bears = " ".join([said for said, _ in stated if applies_to(said, message)] or every)
        # "Any gift ideas for her?" after "My mum turns 70 next Saturday.": what the user told of their mum
        searched, whom = for_whom(message, earlier.lately("user") if earlier is not None else None)
        return Asks(
            recall, wants_items, about, liked_near, asks_for_items, like, own, count, had, listed, loved,
            help_words, follows, bears, disliked, searched, whom, given, explains,
        )  # fmt: skip

    def _given(self, earlier: Earlier | None) -> list[str]:
        """The items the conversation's answers gave, in order: the titles of their picks' lines, not
        their tags ("· Comedy, Drama, Romance" names no film)."""
        answers = earlier.said("assistant", recent=False) if earlier is not None else []
        return list(dict.fromkeys(i for said in answers for i in self.picker.picks_in(said)))

    def _asks_again(self, message: str, heard: str | None) -> bool:
        """Whether ``message`` asks for items again after ``heard`` listed some, naming nothing the new
        ones should be (no kind, title, era, length or number of them): "推荐几部吧", "Any suggestions?"."""
        if len(self.picker.picks_in(heard)) < 2:
            return False
        names = without_titles(message, self.catalogue().mentions(message)) != message
        return not (
            names
            or self.parts.profiles.tags_named_in(message)
            or asks_an_era(message)
            or length_limit(message) is not None
            or count_asked(message) is not None
        )

    def _tells(self, sentence: str) -> bool:
        """Whether ``sentence`` tells something the memory keeps (who the user is, how to answer them)."""
        return bool(self.parts.memories.extractor.extract(sentence))

    def _only_instructs(self, sentence: str) -> bool:
        """Whether all ``sentence`` says is how to answer or reach the user ("Please text rather than
        call"): none of it is the problem the help pages are searched for."""
        said = self.parts.memories.extractor.extract(sentence)
        return bool(said) and all(c.kind == MemoryKind.INSTRUCTION for c in said)

    def earlier(self, user: str, conversation: int | None, client: ClientTurns | None) -> Earlier:
        """The conversation before this message, read once for all that asks of it: the client's history
        (the OpenAI route), else the stored turns."""
        if client is not None and client.history:
            said = [(str(m["role"]), m.get("content")) for m in client.history]
            return Earlier(
                [(r, t if isinstance(t, str) else None) for r, t in said], [], self.settings.recent_turns
            )
        turns = self._conversation(user, conversation) if conversation is not None else []
        return Earlier([(t["role"], t["text"]) for t in turns], turns, self.settings.recent_turns)

    def gather(
        self,
        user: str,
        message: str,
        template: Template,
        asks: Asks,
        why: Why,
        known: bool,
        documents: bool | None,
        earlier: Earlier,
    ) -> list[Piece]:
        """The context pieces an answer may draw on (profile, items, memories, passages, earlier turns;
        ``known``: a personalised answer for a stored user)."""
        s = self.settings
        personalised = why.personalised
        pieces: list[Piece] = []
        # Memory search (mostly the query embedding, which releases the GIL) runs beside the profile and
        # the recommendations.
        memory_search = (
            self._pool.submit(
                self.parts.memories.search, user, asks.searched or message, s.memories, beside_other_work=True
            )
            if known and s.memories and not asks.recall
            else None
        )
        recalled = self.parts.memories.list(user, limit=RECALLED) if asks.recall and known else []
        knowledge = self.parts.knowledge
        if documents is None:
            documents = knowledge is not None and template.domain.value in knowledge.settings.domains
        passage_search = (
            self._pool.submit(
                knowledge.search,
                asks.help or message,
                domain=template.domain.value,
                follows=asks.follows,
                about=asks.bears,
            )
            if documents
            and not (asks.recall or asks.own or asks_to_forget(message))
            and knowledge is not None
            and knowledge.any()
            # "what do you remember about me", "how old is my daughter?", "please delete everything you know
            # about me" are not in the help pages (the last was answered with how to close an account)
            else None
        )
        stated: tuple[set[str], set[str]] = (set(), set())
        own_liked: set[str] = set()  # what the user stated they like, without the household's tastes
        if known:
            profile = self.parts.profiles.show(user, limit=5)
            stated = profile.stated_tags()
            own_liked = set(stated[0])
            # what the user stated is listed as their memories in a recall answer: not said twice (in any
            # other answer, ``blocks`` leaves out what the prompt lists as a memory); in the message's
            # language, whatever the user's locale
            summary = profile.unstated_summary(None if asks.recall else [], why.language)
            if summary:
                without = (
                    None
                    if asks.recall
                    else functools.partial(profile.unstated_summary, language=why.language)
                )
                pieces.append(
                    Piece(Priority.SUMMARY, PieceKind.SUMMARY, f"Profile: {quote(summary)}", without)
                )
            declared = "; ".join(
                f"{k}={v}" for k, v in profile.explicit.items() if not str(k).startswith("_")
            )
            if declared:
                pieces.append(Piece(Priority.DECLARED, PieceKind.DECLARED, f"Declared: {quote(declared)}"))
        # the user's last message that asked for items: picks that go on from it are for whom it asked
        # "What about for just me and my wife after they're in bed?": picks for the grown-ups, afresh
        grown_ups = asks.items and bool(_GROWN_UPS.search(message))
        last_request = (
            next((u for u in reversed(earlier.said("user")) if self.picker.asks_for_items(u)), None)
            if asks.items and not grown_ups
            else None
        )
        together = for_the_household(message) and not grown_ups
        if not together and (asks.listed or not asks.requested or _narrows(message)):
            # "换几部吧" after "推荐几部我们俩都能看的", "The 9-year-old is obsessed with dinosaurs." or
            # "Something funnier?" after "We've got two kids ... Any good films?": still for them
            before = [earlier.last_said("user") if asks.listed else None, last_request]
            together = any(b and for_the_household(b) for b in before)
        # picks for a family film night lean to what the kids love and leave out what any of them hates; so do
        # any picks once the user said they watch with their household ("我和老婆周末喜欢一起看电影")
        household = (
            self.parts.profiles.household_tags(user, together)
            if asks.items and personalised and known and not grown_ups
            else None
        )
        if household is not None:
            together = True
            liked, avoided = household
            stated = ((stated[0] | liked) - avoided, stated[1] | avoided)
            if liked or avoided:
                why.notes.append(
                    "the household's tastes: "
                    + ", ".join([*(f"+{t}" for t in sorted(liked)), *(f"-{t}" for t in sorted(avoided))])
                )
        told_liked: set[str] = set()
        unapplied = False
        if asks.items and personalised:
            # what this very message states ("我不喜欢恐怖片，推荐几部电影吧") applies to its picks
            extracted = self.parts.memories.extractor.extract(message)
            told_liked, avoided = self.parts.profiles.tags_stated_in(extracted, household=together)
            stated = ((stated[0] | told_liked) - avoided, (stated[1] - told_liked) | avoided)
            # ... where a tag of the catalogue says it: no tag says which films have "too much swearing"
            unapplied = any(
                c.polarity < 0
                and c.kind == MemoryKind.PREFERENCE
                and not self.parts.profiles.tags_stated_in([c], household=together)[1]
                for c in extracted
            )
        if asks.items and (personalised or s.anonymous_recommendations):
            # what the request asks for ("any light comedies?") and what it does not want ("but no horror")
            asked, refused = asked_with(message, self.catalogue())
            # ... and what is for children is not for the grown-ups' evening
            unwanted = self.parts.profiles.tags_named_in(f"{refused} for kids" if grown_ups else refused)
            stated = (stated[0] - unwanted, stated[1] | unwanted)
            if _LIGHT.search(asked):  # "Any light comedies?" of a thriller fan: not the dark ones first
                stated = (stated[0] - self.parts.profiles.tags_named_in(_DARK), stated[1])
            wanted = self.parts.profiles.tags_named_in(asked) - stated[1] if asks.requested else set()
            # a message that only tells what is liked, after no request ("I love Studio Ghibli",
            # "我喜欢诺兰的电影，特别是烧脑的科幻片"): picks of it
            if not asks.requested and not last_request:
                wanted = told_liked - stated[1]
            if last_request and (_narrows(message) or not asks.requested):
                # a follow-up that narrows the last request ("Something funny maybe?" after "anything for
                # a film night with my kids?") keeps what that one asked for, what it names first; a
                # message that only tells ("The 9-year-old is obsessed with dinosaurs.") asks for it or for
                # what it says is liked
                request = asked_with(last_request, self.catalogue())[0]
                asked_before = self.parts.profiles.tags_named_in(request)
                if asks.requested and asked_before - stated[1]:
                    stated = (stated[0] | wanted, stated[1])
                    wanted = asked_before - stated[1]
                else:
                    wanted |= (asked_before | told_liked) - stated[1]
            # a family night with young children names nothing else: children's films only (the catalogue's
            # genres do not say which action film is violent: Terminator 2 had reached a 6-year-old)
            if household is not None and not wanted:
                wanted = self.parts.profiles.tags_named_in("for kids") & household[0]
            if wanted and together and _BOTH.search(message):
                # "我老公只看动作片，有没有我们俩都能看的？": what the partner watches and what the user
                # likes, those carrying both first (Princess Mononoke for action and animation), then either
                wanted |= own_liked - stated[1]
                why.notes.append("what the user likes too (a request for both)")
            # (the era the user likes holds for picks afresh, not for those like a title they name)
            liker = user if personalised and known and not asks.like else None
            years = self.picker.years(message, earlier.last_said(), liker)
            limit = self.picker.limit_of(user if personalised and known else None, message)
            if unapplied:
                lang = "zh" if why.language == "zh" else "en"
                why.unchecked = NOT_IN_TAGS[lang].format(thing=self.catalogue().kind or "item")
                why.notes.append("what the message keeps away from no catalogue tag says")
            # "What can we do on Tuesday evening?" after "My kids aren't allowed screens on school nights.":
            # no films for it (only a request for them gets them)
            ruled = (
                screens_ruled_out((h.memory.text for h in memory_search.result()), message)
                if memory_search is not None and not asks.requested
                else None
            )
            items: list[dict[str, Any]]
            if ruled:
                why.notes.append(f"no picks: {ruled!r}")
                items = []
            elif asks.like:
                items = self.picker.like(
                    asks.like,
                    user if personalised else None,
                    why,
                    stated[1],
                    asks.count,
                    years,
                    limit,
                    {*asks.had, *asks.listed},
                )
            else:
                items = self._fresh_picks(
                    user if personalised else None, why, stated, wanted, asks, years, limit
                )
            if unapplied and not (asks.requested or last_request or wanted):
                # "Nothing with too much swearing please.": no picks "based on that" it cannot leave out
                items = []
            facts = self.catalogue().facts(r["item"] for r in items)
            for r in items:  # the tags each pick carries of those liked or asked for: the answer shows them
                r["matches"] = [
                    t
                    for t in (facts[r["item"]].tags if r["item"] in facts else [])
                    if t in wanted | stated[0]
                ]
            pieces += item_pieces(items, facts)
        hits = memory_search.result() if memory_search is not None else [Hit(m, 1.0) for m in recalled]
        pieces += memory_pieces(hits)
        if passage_search is not None:
            pieces += passage_pieces(passage_search.result())
        if earlier.turns:  # the stored turns (a client's history is in the request itself)
            pieces += turn_pieces(earlier.turns[-s.recent_turns :])
        return pieces

    def _fresh_picks(
        self,
        user: str | None,
        why: Why,
        stated: tuple[set[str], set[str]],
        wanted: set[str] | frozenset[str],
        asks: Asks,
        years: Years | None,
        limit: LengthLimit | None,
    ) -> list[dict[str, Any]]:
        """The picks for a request (``recommendations``), none the user had or asked others than; for one
        that narrows the last, none the conversation gave where enough others are left, and those given
        before make up the rest where too few are (a catalogue of eight films)."""
        kept = {*asks.had, *asks.listed}
        items = self.picker.recommendations(
            user, why, stated, wanted, asks.count, kept | set(asks.given), years, limit
        )
        n = asks.count or self.settings.recommendations
        if asks.given and len(items) < n:
            notes = list(why.notes)
            again = self.picker.recommendations(user, why, stated, wanted, asks.count, kept, years, limit)
            why.notes = [*notes, "some given before again (too few others left)"]
            have = {r["item"] for r in items}
            items += [r for r in again if r["item"] not in have][: n - len(items)]
        return items


_KIND = re.compile(
    r"\b(?:films?|movies?|books?|novels?|shows?|series|documentar(?:y|ies)|songs?|albums?|podcasts?|games?)\b"
    r"|电影|片|书|剧|歌|节目",
    re.IGNORECASE,
)
"""A word for a kind of item: a request that has one asks afresh."""
_BACK = re.compile(r"\b(?:ones|instead|else|more|another|similar|those|these)\b|还有|别的|换|再来", re.I)


_BOTH = re.compile(
    r"\b(?:both|each of us|all of us)\b|(?:我们|咱们)?(?:俩|两个人?|两人)都|我们都|大家都|全家都",
    re.IGNORECASE,
)
"""A request for what pleases everyone it is for ("Any films we'd both enjoy?", "有没有我们俩都能看的？"):
what the message names (a partner's genre) and what the user likes, together."""


_LIGHT = re.compile(
    r"\b(?:light|light-?hearted|lighter|feel-?good|funny|fun|cheerful|uplifting|easy (?:watching|viewing))\b"
    r"|轻松|搞笑|好笑|开心|治愈|欢乐",
    re.IGNORECASE,
)
"""A request for something light ("Any light comedies?", "我想看部轻松的喜剧"): what the user likes that is
dark does not weigh in its picks."""
_DARK = "thriller horror crime war film noir"
"""Genres a request for something light does not want weighed up, in the words that name the tags."""


_PLACE_ALONE = re.compile(
    r"^(?:那|那么)?第[一二三四五六七八九十\d]{1,2}(?:部|个|本|首|个呢)?呢?[？?]?$"
    r"|^(?:and |what about |how about )(?:the )?(?:first|second|third|fourth|fifth|last)(?: one)?\??$",
    re.IGNORECASE,
)
"""One of the last picks named by its place alone, going on from what was asked of another
("那第三部呢？")."""
_WHY_LEADS = tuple(leads[0] for table in (WHY_PICKED, WHY_PICKED_ONE) for leads in table.values())
"""How an answer that said why some picks were picked begins."""
_SIMILAR = re.compile(r"\b(?:similar|like (?:it|that|this|those|these))\b|类似|差不多的|同类|一样的", re.I)
"""A request for more like what was named before, naming nothing itself ("Anything similar?",
"还有类似的吗？")."""


_GROWN_UPS = re.compile(
    r"\b(?:just|only) (?:me|us|the two of us|for me|for us|me and my \w+|my \w+ and (?:me|I))\b"
    r"|\bafter (?:they|the kids|the children|the little ones)(?:'re| are| have| go| went)? ?"
    r"(?:in bed|asleep|gone to bed|to bed|gone to sleep)\b|\bwithout the (?:kids|children|little ones)\b"
    r"|\b(?:for|with) (?:the )?(?:adults|grown-?ups)\b"
    r"|孩子(?:们)?睡(?:了|着)(?:以后|之后)|只有我(?:们)?(?:俩|两个)|我们俩自己|大人(?:自己)?看",
    re.IGNORECASE,
)
"""A request for the grown-ups of the household alone ("What about for just me and my wife after they're
in bed?", "孩子睡了以后我们俩看什么？"): not the family's picks, nor what the last request asked for them."""


def _narrows(message: str) -> bool:
    """Whether a request for items narrows the one before it ("Something funny maybe?", "Any older
    ones?", "换几部搞笑的"): it names no kind of item, and is short or refers back to the last picks.
    "Any good thrillers for me after they're in bed?" asks afresh."""
    short = len(message) <= 12 if is_chinese(message) else len(message.split()) <= 6
    return not _KIND.search(message) and (short or bool(_BACK.search(message)))
