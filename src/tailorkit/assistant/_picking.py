"""Which of the catalogue's items an answer picks: what a message asks of them (``Picker.asks_for_items``,
``Picker.asked_about``, ``Picker.liked_titles``; the era, the length, the tags it wants and refuses) and the
recommendations that keep to it (``Picker.recommendations``, ``Picker.like``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tailorkit.assistant._answer import Why
from tailorkit.assistant._aversions import for_the_household
from tailorkit.assistant._eras import Years, asks_an_era, within, years_asked
from tailorkit.assistant._grounding import Catalogue
from tailorkit.assistant._intents import ABOUT_ITEM, CLOSED_QUESTION, RECOMMEND_INTENT
from tailorkit.assistant._phrases import NO_LENGTHS
from tailorkit.config import AssistantSettings
from tailorkit.errors import NotFoundError, UserNotFoundError
from tailorkit.memory import LIMIT_TOPIC, LengthLimit, length_limit
from tailorkit.text import sentences, simplified

if TYPE_CHECKING:
    from tailorkit.assistant._assistant import AssistantParts
    from tailorkit.recommend import Recommendation

__all__ = ["ANY_REQUEST", "Picker", "asked_with", "without_titles"]


class Picker:
    """Reads what a message asks of the catalogue's items and picks them for one user.

    Args:
        parts: the assistant's store, profiles, memories, recommender and documents.
        settings: the assistant's settings (shared: a change to them applies here too).
        catalogue: the tenant's catalogue as it is now.
    """

    def __init__(
        self, parts: AssistantParts, settings: AssistantSettings, catalogue: Callable[[], Catalogue]
    ) -> None:
        self.parts, self.settings, self.catalogue = parts, settings, catalogue

    def picks_in(self, answer: str | None) -> list[str]:
        """The items an answer lists, by the titles of its picks' lines, not their tags ("· Comedy, Drama,
        Romance" names no film); none without an answer."""
        return self.catalogue().find(_LINE_DETAILS.sub("", answer)) if answer else []

    def years(self, message: str, heard: str | None, user: str | None = None) -> Years | None:
        """The years of the items ``message`` asks for ("Something a bit more recent?": after those of the
        picks in ``heard``, the last answer; ``years_asked``), else of those ``user`` said they like
        ("We like the old classics", "喜欢老电影", "Likes 80s films"), None when neither names an era."""
        if not asks_an_era(message):
            return self._liked_years(user) if user is not None else None
        made = self.catalogue().years
        picked = self.picks_in(heard)
        before = [made[i] for i in picked if i in made]
        return years_asked(message, before, max(made.values(), default=None))

    def _liked_years(self, user: str) -> Years | None:
        """The era of the catalogue's kind of items the user said they like last (a liking that names the
        kind, or classics: "Likes old classics, Hitchcock, Cary Grant"; not "Likes 90s hip hop" for films),
        None where they said none."""
        kind = _KINDS_SAID.get(self.catalogue().kind or "", _ANY_KIND_SAID)
        newest = max(self.catalogue().years.values(), default=None)
        for said in reversed(self.parts.memories.stated(user, ["likes"])):
            if kind.search(said) and asks_an_era(said) and (years := years_asked(said, [], newest)):
                return years
        return None

    def _of_other_years(self, years: Years | None, why: Why) -> set[str]:
        """The catalogue's items not made in ``years`` (none without), and the why report's note of them."""
        if years is None:
            return set()
        made = self.catalogue().years
        first, last = years
        era = f"in {first}-{last}" if first and last else f"from {first} on" if first else f"up to {last}"
        why.notes.append(f"only items made {era} (what the message asks for, or the user said they like)")
        return {i for i in self.catalogue().titles if not within(made.get(i), years)}

    def limit_of(self, user: str | None, message: str) -> LengthLimit | None:
        """How long the picks may run: what the message asks ("something under 90 minutes"), else what the
        user stated ("nothing too long - under two hours please", kept as ``limit:length``)."""
        asked = length_limit(message)
        if asked is not None or user is None:
            return asked
        stated = self.parts.memories.stated(user, [LIMIT_TOPIC.partition(":")[0]])
        return length_limit(stated[-1]) if stated else None

    def _too_long(self, limit: LengthLimit | None, why: Why) -> set[str]:
        """The catalogue's items that run longer than ``limit`` allows (none without one), and the why
        report's note; where no item says how long it runs, the answer is to say it could not check."""
        if limit is None:
            return set()
        lengths = self.catalogue().lengths
        if not lengths:
            why.notes.append(f"the catalogue gives no lengths: could not keep to {limit.said()}")
            lang = "zh" if why.language == "zh" else "en"
            thing = self.catalogue().kind or "item"  # what the catalogue holds ("film")
            why.unchecked = NO_LENGTHS[lang].format(thing=thing, limit=limit.said(lang))
            return set()
        why.notes.append(f"only items that run {limit.said()} (what the user asked or stated)")
        return {i for i, minutes in lengths.items() if minutes > limit.minutes}

    def asked_about(self, message: str) -> list[str]:
        """The catalogue items ``message`` asks about ("Is Inception any good?", "Who directed Spirited
        Away?", "tell me about Heat"), at most three; none when it asks no question, or asks only in
        domains the catalogue is not about ("What should I eat the night before a long run?" is no
        question about the film The Night Before)."""
        question = message.rstrip().endswith(("?", "？")) or CLOSED_QUESTION.search(simplified(message))
        if not (
            question or ABOUT_ITEM.search(simplified(message))
        ):  # "write me a poem about Heat" is no question
            return []
        mentions = self.catalogue().mentions(message)
        if mentions and self.asks_for_items(message):
            # "What should we watch on Halloween?": a day or an occasion the picks are for, not the film
            mentions = [m for m in mentions if not _OCCASION_BEFORE.search(message[: m[0]])]
        if not mentions:
            return []
        # the question's own words, without the titles ("What should I eat ... a long run?")
        rest = without_titles(message, mentions)
        if self.elsewhere(rest):
            return []
        # "Any ideas for date night?": a title written in lower case by someone who writes capitals is a
        # phrase of their own, unless the question is about a film ("Have you seen date night?")
        capitalises = bool(re.search(r"[A-Z]", re.sub(r"\bI\b", "", message)))
        if capitalises and not _ABOUT_A_TITLE.search(rest):
            mentions = [m for m in mentions if message[m[0] : m[1]] != message[m[0] : m[1]].lower()]
        return list(dict.fromkeys(item for _, _, item in mentions))[:3]

    def asks_for_items(self, message: str) -> bool:
        """Whether ``message`` asks for suggestions of the catalogue's kind: a request for suggestions
        ("Any good films?", or "any"/"anything" with a kind of item the catalogue tags: "Any light
        comedies?", "Anything by Pixar?") that does not ask only in domains the catalogue is not about
        (``catalogue_domains``)."""
        intent = bool(RECOMMEND_INTENT.search(simplified(message)))
        # "My daughter is 8 and obsessed with horses. Anything for her?": a question for the household that
        # begins as a request for items does
        for_them = for_the_household(message) and any(
            ANY_REQUEST.match(said) and said.rstrip().endswith(("?", "？")) for said in sentences(message)
        )
        if not intent and not for_them and not ANY_REQUEST.match(message):
            return False
        if not intent and self.liked_titles(message):  # "Anything like Amelie but more recent?"
            return True
        asked = asked_with(message, self.catalogue())[0]
        tags = self.parts.profiles.tags_named_in(asked)
        # a kind of item the catalogue tags is asked for in its domain ("Any sci-fi for the weekend?"); one
        # named plainly asks for items wherever else the message asks, one read from a word of the same
        # stem does not ("a weekly training plan" named "Train", and got a documentary about trains)
        plainly = any(_says_tag(asked, tag) for tag in tags)
        return (intent or bool(tags) or for_them) and (plainly or not self.elsewhere(message))

    def elsewhere(self, message: str) -> bool:
        """Whether ``message`` asks only in everyday domains the catalogue is not about (snacks, a
        workout, while the catalogue holds films: ``catalogue_domains``)."""
        from tailorkit.memory import asks_in

        wanted, ours = asks_in(message), self.settings.catalogue_domains
        return bool(ours and wanted and not set(wanted) & set(ours))

    def liked_titles(self, message: str) -> list[str]:
        """The catalogue items ``message`` asks for more like: a title after "like", "similar to" or
        "such as" ("Any good films like Toy Story?"), after 像 or 类似 ("有没有类似千与千寻的电影"), or before
        差不多 or 一样 ("和千与千寻差不多的")."""
        return list(
            dict.fromkeys(
                item
                for start, end, item in self.catalogue().mentions(message)
                if _LIKE.search(message[:start]) or _LIKE_AFTER.search(message[end:])
            )
        )

    def like(
        self,
        items: list[str],
        user: str | None,
        why: Why,
        avoid: set[str],
        n: int | None = None,
        years: Years | None = None,
        limit: LengthLimit | None = None,
        exclude: set[str] | frozenset[str] = frozenset(),
    ) -> list[dict[str, Any]]:
        """The ``n`` picks (default ``recommendations``) most like ``items`` (``RecommendService.like``),
        none the user has had, none of ``exclude`` (given just before) or carrying a tag they keep away
        from, only of ``years`` when the request asks an era ("Anything like Amelie but more recent?"), none
        longer than ``limit``."""
        why.notes.append(f"items like {', '.join(items)} (what the message asks for)")
        try:
            recs = self.parts.recommender.like(
                items,
                n or self.settings.recommendations,
                user=user,
                avoid=avoid,
                exclude=set(exclude) | self._of_other_years(years, why) | self._too_long(limit, why),
            )
        except NotFoundError as exc:
            why.notes.append(f"no recommendations: {exc}")
            return []
        return _picks(recs)

    def recommendations(
        self,
        user: str | None,
        why: Why,
        stated: tuple[set[str], set[str]] = (set(), set()),
        wanted: set[str] | frozenset[str] = frozenset(),
        n: int | None = None,
        exclude: set[str] | frozenset[str] = frozenset(),
        years: Years | None = None,
        limit: LengthLimit | None = None,
    ) -> list[dict[str, Any]]:
        """The ``n`` picks (default ``recommendations``) for ``user`` (popularity without one), as they
        stated (``stated``: tags liked and avoided), among the items carrying a tag the request asks for
        (``wanted``), none of ``exclude`` (what they said they had, what they were just given), only of
        ``years`` when the request asks an era, none longer than ``limit``."""
        n = n or self.settings.recommendations
        if exclude:
            why.notes.append(f"left out {', '.join(sorted(exclude))} (had, or given just before)")
        exclude = {*exclude, *self._of_other_years(years, why), *self._too_long(limit, why)}
        service = self.parts.recommender
        prefer, avoid = stated
        if avoid:
            why.notes.append(f"left out items tagged {', '.join(sorted(avoid))} (the user's statements)")
        if wanted:
            why.notes.append(f"only items tagged {', '.join(sorted(wanted))} (what the message asks for)")
        asked: dict[str, Any] = {"prefer": prefer, "avoid": avoid, "require": wanted, "exclude": exclude}
        try:
            if not user:  # the non-personalised mode: popularity
                recs = service.popular(n, interim=True, **asked)
            else:
                try:
                    recs = service.recommend(user, n, explain=True, **asked)
                except UserNotFoundError:  # someone with no events yet: what they stated still holds
                    recs = service.popular(n, interim=True, **asked)
                except NotFoundError:  # the tenant's events, before any model is trained: less the user's
                    why.notes.append(
                        "no trained model yet: the most popular items (`tailorkit train` trains one)"
                    )
                    recs = service.recommend(user, n, interim=True, **asked)
        except NotFoundError as exc:
            why.notes.append(f"no recommendations: {exc}")
            return []
        return _picks(recs)


_KINDS_SAID = {
    "film": re.compile(r"\b(?:films?|movies?|classics|cinema|pictures|westerns|musicals)\b|电影|片", re.I),
    "book": re.compile(r"\b(?:books?|novels?|classics|fiction|reads)\b|书|小说", re.I),
}
"""How a liking names the kind of items a catalogue holds, by its ``kind`` ("Likes old classics" of films)."""
_ANY_KIND_SAID = re.compile("|".join(p.pattern for p in _KINDS_SAID.values()), re.I)
"""... any of them, for a catalogue whose items say no kind."""


def _picks(recs: list[Recommendation]) -> list[dict[str, Any]]:
    """Recommendations as the answer's context and its why report carry them."""
    return [
        {"item": r.item, "title": r.title, "score": round(r.score, 5), "because": r.because, "note": r.note}
        for r in recs
    ]


_LIKE = re.compile(
    r"\b(?:like|similar to|such as|in the vein of|along the lines of|the same vein as)\s+(?:the\s+)?[\"'“‘]?$"
    r"|(?:像|类似于?)《?$",
    re.IGNORECASE,
)
"""What comes right before a title asked for more like ("films like Toy Story", "类似千与千寻")."""
_LIKE_AFTER = re.compile(r"^》?(?:的)?(?:类似|差不多|一样|那样|这样|风格)")
"""... or right after it ("和千与千寻差不多的")."""
ANY_REQUEST = re.compile(
    r"^\W*(?:(?:got|have you got|do you have|what about|how about|"
    r"(?:i|we)(?:'d| would) (?:really )?(?:like|love)|(?:i|we) (?:want|need|fancy)|"
    r"(?:i'm|i am|we're|we are) (?:in the mood for|looking for|after)) )?"
    r"(?:any|anything|something)\b"
    r"|^\W*(?:还)?有没有(?!人)[^，。！？；,.!?;]{0,10}的(?:吗|呢)?[？?]?$",
    re.IGNORECASE,
)
"""How a request for items may begin without a word for them ("Any light comedies?", "I'd like something
lighter tonight, maybe a comedy?", "有没有轻松一点的？"): one where a kind of item the catalogue tags is
named."""
_NOT_WANTED = re.compile(
    r"\b(?:no|not|nothing|never|without|except|apart from|other than|avoid\w*|hate|can't stand|"
    r"(?:do not|don't|dont) (?:like|want|watch|read|care for)|too)\b[^,.;!?]*"
    # (not 别 of "特别是" or "别的", nor 太 of "太空")
    r"|(?:不要|不看|不想看|不听|(?<!特)别(?!的|人)|除了|不喜欢|讨厌|受不了|太(?!空|阳|极|太))[^，。！？；,.;!?]*",
    re.IGNORECASE,
)
"""What a request says it does not want ("..., but no horror", "不要恐怖片", "it was too gory for me",
"太吓人了"): tags its picks are not to carry."""


def asked_with(message: str, catalogue: Catalogue) -> tuple[str, str]:
    """What ``message`` asks for items with, and what it says it does not want ("Any comedies, but no
    horror?": "Any comedies," and "no horror"), without the titles it names ("Any films like Star Wars?"
    asks for no war films)."""
    parts, at = [], 0
    for start, end, _ in catalogue.mentions(message):
        parts.append(message[at:start])
        at = end
    said = " ".join([*parts, message[at:]])
    return _NOT_WANTED.sub(" ", said), " ".join(m.group(0) for m in _NOT_WANTED.finditer(said))


_OCCASION_BEFORE = re.compile(r"\b(?:on|for|at|over|during|this|next|until|till|by)\s+(?:the\s+)?$", re.I)
"""What comes right before a day or an occasion a request for picks is for ("to watch on Halloween", "for
Christmas Eve"): the words after it name no title asked about."""
_ABOUT_A_TITLE = re.compile(
    r"\b(?:films?|movies?|flicks?|watch(?:ed|ing)?|seen|trailer|cast|director|directed|actors?|actress|"
    r"starring|stars|sequel|rated|rating|review(?:s|ed)?|episodes?|season|books?|novel|author|read)\b",
    re.IGNORECASE,
)
"""Words that make a question one about a title ("Have you seen date night?", "who directed home
alone?")."""
_LINE_DETAILS = re.compile(r" · [^\n]*")
"""What a pick's line says after its title: tags and the reason."""


def without_titles(message: str, mentions: list[tuple[int, int, str]]) -> str:
    """``message`` without the titles it names (``mentions``: where each starts and ends)."""
    rest, at = "", 0
    for start, end, _ in mentions:
        rest, at = f"{rest}{message[at:start]} ", end
    return rest + message[at:]


def _says_tag(text: str, tag: str) -> bool:
    """Whether ``text`` says the catalogue tag ``tag`` in its own word or its plural ("comedies" for
    Comedy), or the tag is more than one English word (read as said)."""
    if not re.fullmatch(r"[A-Za-z]+", tag):
        return True
    word = tag.lower()
    forms = {word, f"{word}s", f"{word}es", f"{word[:-1]}ies" if word.endswith("y") else word}
    return bool(forms & set(re.findall(r"[a-z]+", text.lower())))
