"""The knowledge base of one tenant: ingest documents, search their passages, remove a document."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from tailorkit.config import KnowledgeSettings
from tailorkit.errors import NotFoundError
from tailorkit.knowledge._read import Document, file_bytes, find_documents, read_document
from tailorkit.knowledge._split import split
from tailorkit.llm import Embedder
from tailorkit.metrics import timed
from tailorkit.store import Store
from tailorkit.text import content_characters, index_terms, language, sentences, simplified, unwrapped

__all__ = ["IngestReport", "KnowledgeService", "PassageHit", "Quote"]


@dataclass(frozen=True)
class PassageHit:
    id: int
    document: int
    source: str
    title: str
    heading: str | None
    text: str
    score: float

    @property
    def label(self) -> str:
        """How an answer cites it: the document's title and the headings above the passage."""
        if not self.heading or self.heading == self.title:
            return self.title
        if self.heading.startswith(f"{self.title} › "):  # the document's own top heading
            return self.heading
        return f"{self.title} › {self.heading}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document": self.document,
            "source": self.source,
            "title": self.title,
            "heading": self.heading,
            "text": self.text,
            "score": round(self.score, 5),
        }


class Quote(NamedTuple):
    """Words of a passage a structured answer quotes: the passage (its index among the hits), the
    words, and the label they stand under."""

    passage: int
    words: str
    label: str


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    passages: int = 0
    chars: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class KnowledgeService:
    """A tenant's documents (FAQ, policies, manuals), split into passages and searched like memories:
    full text (BM25) and vectors, fused by reciprocal rank.

    Args:
        store: the database.
        tenant: whose documents these are.
        settings: passage size, vector text length and fusion weights.
        embedder: the sentence embedder (the one memories use); ``False``: full text only.
    """

    def __init__(
        self,
        store: Store,
        tenant: str,
        settings: KnowledgeSettings | None = None,
        *,
        embedder: Embedder | Callable[[], Embedder | None] | bool | None = None,
    ) -> None:
        self.store, self.tenant = store, tenant
        self.settings = settings or KnowledgeSettings()
        self._embedder = embedder

    @property
    def embedder(self) -> Embedder | None:
        if self._embedder is None:
            from tailorkit.llm import SentenceEmbedder

            self._embedder = SentenceEmbedder()  # type: ignore[assignment]
        elif callable(self._embedder) and not hasattr(self._embedder, "embed"):
            self._embedder = self._embedder() or False
        return self._embedder if self._embedder is not False else None  # type: ignore[return-value]

    @property
    def _rows(self) -> Any:
        return self.store.scope(self.tenant).knowledge

    def _vector_text(self, title: str, heading: str | None, text: str) -> str:
        """What a passage's vector is computed from: its labels and its start (``embed_chars``; the
        full text is in the full-text index, and a vector of a long passage costs time, not recall)."""
        limit = self.settings.embed_chars // (4 if language(text) == "zh" else 1)
        return "\n".join(x for x in (title, heading, text[:limit]) if x)

    # -- writing ---------------------------------------------------------------------------------

    def ingest(
        self,
        locations: Sequence[str | Path],
        *,
        domains: Sequence[str] = (),
        progress: Callable[[str], None] | None = None,
    ) -> IngestReport:
        """Read, split, embed and index the documents at ``locations`` (files, folders, ``file://``
        URLs), all in one transaction: a file that cannot be read stops the whole batch with its name
        and nothing is written. A source ingested before with the same bytes is left as it is; with
        other bytes, its passages are replaced. ``domains``: the assistant domains the documents answer
        in (none: every domain that uses documents); the same bytes for other domains keep their
        passages and take the new domains."""
        started = time.perf_counter()
        report = IngestReport()
        known = self._rows.digests()
        documents: list[Document] = []
        for source, path in find_documents(locations):
            data = file_bytes(path)  # read once: its digest says whether it changed, then it is parsed
            if known.get(source, ("", None))[0] == hashlib.sha256(data).hexdigest():
                # the same bytes: not read again, only its domains may change (``add``)
                documents.append(Document(source, "", "", "", known[source][0]))
                continue
            documents.append(read_document(source, path, data))
        return self.add(
            documents, domains=domains, report=report, known=known, progress=progress, started=started
        )

    def add(
        self,
        documents: Sequence[Document],
        *,
        report: IngestReport | None = None,
        known: dict[str, tuple[str, str | None]] | None = None,
        domains: Sequence[str] = (),
        progress: Callable[[str], None] | None = None,
        started: float | None = None,
    ) -> IngestReport:
        """Split, embed and index documents already read (``Document.of_text`` for text from an API), in
        one transaction; a source with the digest it has already is left as it is."""
        started = time.perf_counter() if started is None else started
        say = progress or (lambda _: None)
        report = report or IngestReport()
        known = self._rows.digests() if known is None else known
        said = ",".join(dict.fromkeys(domains)) or None
        fresh: list[Document] = []
        moved: dict[str, str | None] = {}
        for doc in documents:
            if doc.source not in known or known[doc.source][0] != doc.digest:
                fresh.append(doc)
            elif known[doc.source][1] != said:  # the same bytes, for other domains
                moved[doc.source] = said
                report.updated.append(doc.source)
            else:
                report.unchanged.append(doc.source)
        documents = fresh
        low, high = self.settings.passage_chars
        pieces = [split(d.text, markdown=d.kind != "text", chars=(low, high)) for d in documents]
        texts = [
            self._vector_text(d.title, p.heading, p.text)
            for d, ps in zip(documents, pieces, strict=True)
            for p in ps
        ]
        if documents:
            say(f"embedding {len(texts):,} passages of {len(documents):,} documents")
        embedder = self.embedder
        vectors = embedder.embed(texts) if embedder is not None and texts else None
        batch: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        at = 0
        for doc, passages in zip(documents, pieces, strict=True):
            rows = []
            for p in passages:
                terms = index_terms(f"{doc.title} {p.heading or ''} {p.text}")
                vector = None if vectors is None else vectors[at]
                rows.append(
                    {
                        "position": p.position,
                        "heading": p.heading,
                        "text": p.text,
                        "terms": " ".join(terms),
                        "embedding": vector,
                    }
                )
                at += 1
            row = {
                "source": doc.source,
                "title": doc.title,
                "kind": doc.kind,
                "digest": doc.digest,
                "language": language(doc.text),
                "chars": len(doc.text),
                "domains": said,
            }
            batch.append((row, rows))
            (report.updated if doc.source in known else report.added).append(doc.source)
            report.passages += len(rows)
            report.chars += len(doc.text)
        if batch or moved:
            self._rows.replace(batch, moved)
        report.seconds = time.perf_counter() - started
        return report

    def remove(self, document: int | str) -> dict[str, Any]:
        """Remove a document (by id or source) and its passages from the table and both indexes.
        Raises ``NotFoundError`` when the tenant has no such document."""
        gone = self._rows.remove(document)
        if gone is None:
            raise NotFoundError(f"no document {document!r}")
        return dict(gone)

    # -- reading ---------------------------------------------------------------------------------

    def documents(self) -> list[dict[str, Any]]:
        return list(self._rows.documents())

    def extract(
        self,
        query: str,
        hits: Sequence[PassageHit],
        *,
        context: str | None = None,
        keep: Callable[[str], bool] | None = None,
        for_the_user: Collection[int] = (),
    ) -> list[Quote]:
        """Which of ``hits`` answer ``query``, in which words and under which label: the sentence
        closest to it in meaning (read with the headings it stands under), words shared with the query
        counting a little, with the next sentence when the best is short, or, for a question that asks
        how (``_ASKS_HOW``), with the rest of its section where that is short (``_STEPS``); then the best
        sentence of another section when it is nearly as close (``KnowledgeSettings.second_quote_within``),
        since the bundled embedder cannot tell two such apart reliably. The first passage's opening when no
        sentence can be told apart. ``context``: what the question follows up, or what the user told that
        bears on it (``search``): each sentence is scored for both together and for the question alone,
        the two averaged. ``keep``: which sentences may be quoted (not one suggesting what the user keeps
        away from); any, where none of them may. ``for_the_user``: the hits written for what the user lives
        with, whose sentences count ``KnowledgeSettings.extract_for_the_user`` (``_zh``) more."""
        found = [
            (i, _sentence_label(h, under), s) for i, h in enumerate(hits) for under, s in _sentences(h.text)
        ]
        if keep is not None:
            found = [f for f in found if keep(f[2])] or found
        if not found:  # no sentence to tell apart: the first passage's opening (nothing without one)
            return [Quote(0, hits[0].text[:300], hits[0].label)] if hits else []
        embedder = self.embedder
        # what is shared with the question: words, or for Chinese characters of meaning
        zh = language(query) == "zh"
        units: Callable[[str], set[str]] = content_characters if zh else (lambda t: set(index_terms(t)))
        s = self.settings
        weight = s.extract_overlap_zh if zh else s.extract_overlap
        asks = [f"{context} {query}", query] if context else [query]
        each = np.array(  # per ask (with the context, then alone), per sentence
            [
                [weight * len(asked & units(f"{label} {t}")) for _, label, t in found]
                for asked in map(units, asks)
            ]
        )
        # what a long Chinese sentence shares counts less for which is quoted first (``_long_zh``)
        long = each.mean(axis=0) * (1.0 - np.array([_long_zh(t) for _, _, t in found])) if zh else 0.0
        if embedder is not None:
            vectors = embedder.embed([*asks, *(f"{label}: {t}" for _, label, t in found)])
            each = each + vectors[: len(asks)] @ vectors[len(asks) :].T
        score = each.mean(axis=0)
        order = [int(n) for n in np.argsort(-score, kind="stable")]
        # the first quote: what is written for what the user lives with counts more (the second is chosen
        # by closeness alone, so that it is not a second such passage on another matter)
        favour = s.extract_for_the_user_zh if zh else s.extract_for_the_user
        # ... and so does the section whose heading a Chinese question says ("退款多久能到账？" after asking
        # to cancel: the refund's section, not the sentence closest to the cancelling it follows)
        headings = [(i, [h.label.rsplit(" › ", 1)[-1]]) for i, h in enumerate(hits)]
        named = _headed_within(simplified(query), headings) if zh else set()
        # ... and a section headed as how to do what a question asking how is about ("我想退货，怎么操作？":
        # 怎么申请退货, not the refund's timing, which shares as many characters)
        how = _asks_how(query)
        if how:  # (what it is about shared: a word, or two Chinese characters)
            asked = units(_ASKS_HOW.sub(" ", query))
            named |= {
                i for i, (_, (heading,)) in enumerate(headings)
                if _asks_how(heading) and len(asked & units(_ASKS_HOW.sub(" ", heading))) >= (2 if zh else 1)
            }  # fmt: skip
        favoured = set(for_the_user) | named
        first = score - long
        best = max(order, key=lambda n: first[n] + favour * (found[n][0] in favoured))
        if zh:
            # within its section, a Chinese sentence's own characters count a quarter more than the
            # heading's: every sentence under "咖啡、酒和晚饭" shared its 咖啡 with "我可以喝咖啡吗？", the
            # wine one as much as the coffee one (across sections the heading counts in full: it says what
            # a section is about)
            asked = units(query)
            best = max(
                (n for n in order if found[n][1] == found[best][1]),
                key=lambda n: first[n] + 0.25 * weight * len(asked & units(found[n][2])),
            )
        order.remove(best)
        within = s.second_quote_within_zh if zh else s.second_quote_within
        other = next((n for n in order if found[n][1] != found[best][1]), None)
        # a second section nearly as close; after a question, for the new one alone too ("How often should I
        # check it at home?" after "Is coffee OK for me?" quoted the coffee sentence again), not after what
        # happened ("How do I send them in?" after "My headphones stopped working")
        rows = (score, each[-1]) if context and context.rstrip().endswith(("?", "？")) else (score,)
        close = other is not None and all(row[other] >= row[best] - within for row in rows)
        chosen = [best, other] if close and other is not None else [best]
        quotes = []
        for n in chosen:
            i, label, words = found[n]
            # "How should I revise for my maths mock?" quoted "End the week with a mixed set of exam-style
            # questions." alone: what to do is the section's steps, in their order
            whole = " ".join(f[2] for f in found if f[:2] == (i, label)) if how and n == best else ""
            if whole and len(whole) <= (_STEPS_ZH if zh else _STEPS):
                words = whole
            elif len(words) < 80 and n + 1 < len(found) and found[n + 1][:2] == (i, label):
                words = f"{words} {found[n + 1][2]}"
            quotes.append(Quote(i, words, label))
        return quotes

    def any(self) -> bool:
        """Whether the tenant has any passage to search."""
        return bool(self._rows.count())

    def search(
        self,
        query: str,
        k: int | None = None,
        *,
        domain: str | None = None,
        follows: str | None = None,
        about: str | None = None,
    ) -> list[PassageHit]:
        """The ``k`` passages that best answer ``query``: full-text and vector rankings fused by
        reciprocal rank (``KnowledgeSettings``); with ``domain``, only of documents for it (or for any).

        ``follows``: what the question follows up ("How often should I check it at home?" after "Is coffee
        OK for me?"); ``about``: what the user told that bears on it (a coach's client's "Has bad knees" for
        "Can you give me an exercise plan?"). The passages are then ranked for both together and for the
        question alone, and the two rankings fused, so that what "it" stands for, and what the user lives
        with, helps without outweighing what is asked now; where they tie, what the question follows
        comes first, and the question alone before what the user told. The passage best for the question
        with what the user told is always given (last, where the fusion would leave it out)."""
        k = k or self.settings.passages
        with timed("passages"):
            # both where both are known: "it" after "Is coffee OK for me?" from a client with high blood
            # pressure is their blood pressure, not the coffee on a night shift
            context = " ".join(x for x in (follows, about) if x)
            if not context:
                return self._search(query, k, domain)
            # each ranked deeper than is given, so that a passage high in one and lower in the other (guidance
            # after giving birth, for "What workouts can I start with?" from a client with a new baby) counts
            # both
            deep = 2 * k
            both, alone = self._search(f"{context} {query}", deep, domain), self._search(query, deep, domain)
            fused: dict[int, tuple[float, PassageHit]] = {}
            for ranking in (both, alone) if follows else (alone, both):
                for rank, hit in enumerate(ranking, 1):
                    score, first = fused.get(hit.id, (0.0, hit))
                    fused[hit.id] = (score + 1.0 / (_FOLLOW_UP_RRF + rank), first)
            ordered = sorted(fused.values(), key=lambda f: -f[0])  # (stable: ties keep the first one's order)
            given = ordered[:k]
            # what is best for the question with what the user lives with is always among them, if last
            # ("How many calories should I eat?" from a client who is breastfeeding: the guidance for
            # breastfeeding, first for both, fourth when fused)
            if about and both and k > 1 and all(hit.id != both[0].id for _, hit in given):
                given[-1] = fused[both[0].id]
            return [dataclasses.replace(hit, score=score) for score, hit in given]

    def _search(self, query: str, k: int, domain: str | None = None) -> list[PassageHit]:
        s = self.settings
        pool = max(k * 4, 20)
        fused: dict[int, float] = {}
        zh = language(query) == "zh"
        # (a Chinese question's words of every question rank nothing: "每周运动几次比较合适？" is about
        # exercise a week, not about the weight-loss passage's "每周减0.5到1公斤比较合适")
        terms = index_terms(query)
        if zh:
            terms = [t for t in terms if t not in _GENERIC_ZH] or terms
        for rank, (pid, _) in enumerate(self._rows.full_text(terms, pool, domain)):
            fused[pid] = fused.get(pid, 0.0) + s.text_weight / (s.rrf_k + rank + 1)
        embedder = self.embedder
        similarity: dict[int, float] = {}
        if embedder is not None:
            vector = np.asarray(embedder.embed([query])[0], dtype=np.float32)
            for rank, (pid, sim) in enumerate(self._rows.nearest(vector, pool, domain=domain)):
                fused[pid] = fused.get(pid, 0.0) + s.vector_weight / (s.rrf_k + rank + 1)
                similarity[pid] = sim
            found_by_words = [i for i in fused if i not in similarity]  # how close they are, for ``related``
            similarity.update(self._rows.nearest(vector, len(found_by_words), among=found_by_words))
        # a Chinese question that says a passage's heading word for word ("晚饭怎么吃比较健康？", "怎么吃"):
        # that passage, as if both rankings had found it first (the bundled MiniLM reads Chinese poorly,
        # and the heading's words alone are words of every question)
        headed = _headed_within(simplified(query), self._rows.headings(domain)) if zh else set()
        for pid in headed:
            fused[pid] = fused.get(pid, 0.0) + (s.text_weight + s.vector_weight) / (s.rrf_k + 1)
        ranked = sorted(fused, key=lambda i: (-fused[i], i))
        rows = self._rows.passages(ranked[: pool * 2])
        # what has nothing to do with the question is no source: a passage shares a word with it (not a
        # bare number, nor a letter: "(x+2)(x+3)" shares nothing with "2/3 x 5/4"), or is close enough in
        # meaning
        if zh:  # "每天晚上只有一个小时" shares when, not what, with the support's opening hours; in
            # simplified characters, as the passages' words are held ("藍牙耳機還沒到")
            query = _WHEN_ZH.sub(" ", simplified(query))
        asked = {t for t in index_terms(query) if len(t) > 1 and not t.isdigit() and t not in _GENERIC_EN}
        common: set[str] = set()  # words in many of the tenant's passages (of enough to tell)
        if not zh and asked and similarity and (total := self._rows.count()) >= _SHARES_FROM:
            common = {t for t, n in self._rows.frequency(sorted(asked)).items() if n > s.common_share * total}
        # "三个月" and "三个工作日" say no one thing, nor "比较好" and "最好有" (words of every question)
        chars = content_characters(_GENERIC_ZH_WORDS.sub(" ", query) if zh else query) - _NUMERALS_ZH
        # two characters of meaning side by side, not a word of every question ("订单", "时间")
        pairs = {
            query[n : n + 2]
            for n in range(len(query) - 1)
            if query[n] in chars and query[n + 1] in chars and query[n : n + 2] not in _GENERIC_ZH
        }
        floor = s.min_similarity_zh if zh else s.min_similarity

        def related(i: int) -> bool:
            row = rows[i]  # its index terms were worked out at ingest, from its title, heading and text
            held = asked & set(str(row["terms"] or "").split())
            if not zh and language(str(row["text"])) == "zh":
                # a passage in Chinese answers an English question only by a word they share: the bundled
                # MiniLM reads Chinese poorly, and "Something with noodles?" was quoted a weight-loss passage
                return bool(held)
            if not zh and i in similarity:  # close enough in meaning, the closer the fewer words shared
                return similarity[i] >= floor - s.per_shared_word * len(held - common)
            if not zh:
                return bool(held) or similarity.get(i, -1.0) >= floor
            if i in headed:
                return True
            # Chinese: a word that says what the question is about ("退货", not "可以", "时间" or "十点"),
            # or close in meaning with characters to show it ("退货以后钱多久能回来", "退款到账时间"):
            # the bundled MiniLM reads Chinese poorly (unrelated questions reach its floor), and two
            # characters in common are in most pairs of sentences ("生日蛋糕订哪种口味？", the refund times)
            if any(len(t) > 1 and not _NUMBER_ZH.fullmatch(t) and t not in _GENERIC_ZH for t in held):
                return True
            said = f"{row['title']} {row['heading'] or ''} {row['text']}"
            if any(pair in said for pair in pairs):  # "能换新吗" and "可申请换新": a word the splitter cut
                return True
            near = len(chars & content_characters(_GENERIC_ZH_WORDS.sub(" ", said)))
            # (a long message shares characters with any passage: a share of its own, at least three)
            return near >= max(3, _SHARE_ZH * len(chars)) or (near >= 2 and similarity.get(i, -1.0) >= floor)

        best = list(itertools.islice((i for i in ranked if i in rows and related(i)), k))
        return [
            PassageHit(
                i,
                int(rows[i]["document_id"]),
                rows[i]["source"],
                rows[i]["title"],
                rows[i]["heading"],
                rows[i]["text"],
                fused[i],
            )
            for i in best
            if i in rows
        ]


_FOLLOW_UP_RRF = 1.0
"""Reciprocal-rank fusion of a question's two rankings (with what it follows or what bears on it, and alone):
1 / (this + rank)."""
_SHARE_ZH = 0.2
"""How many of a Chinese question's characters of meaning a passage that shares no word of it must hold."""
_NUMERALS_ZH = frozenset("零一二两三四五六七八九十百千万几半")
_NUMBER_ZH = re.compile(rf"[{''.join(sorted(_NUMERALS_ZH))}\d]+[点号日月年岁个天周次]?")
"""A Chinese number or a time said with one ("四十", "十点"): it says nothing of what a question is about."""
_GENERIC_EN = frozenset(
    {"find", "get", "make", "help", "explain", "need", "want", "know", "way", "good", "best", "better", "use"}
    | {"tip", "idea", "thing", "someth", "anyth", "give", "tell", "show", "start", "tri", "recommend"}
    | {"suggest"}
)
"""English words (as index terms) of questions of every kind ("How do I find ...", "any tips for ..."): one
in common relates nothing ("How do I find the area of a triangle?" was given the tutor's "Fractions" for
the "find" of "find a common denominator")."""
_GENERIC_ZH = frozenset(
    {"可以", "需要", "时间", "什么", "怎么", "怎样", "如何", "这个", "那个", "一下", "还是", "已经", "现在"}
    | {"时候", "问题", "公司", "工作", "订单", "比较", "最好", "合适"}
    # how a question asks, not what about ("她不喜欢读书，有什么办法？" shares "喜欢" with "选自己喜欢的美剧",
    # and "怎么办" with "考试紧张怎么办")
    | {"喜欢", "办法", "怎么办", "有没有", "比较好", "好不好"}
)
"""Chinese words in questions of every kind ("可以", "时间", "公司"; to a shop, "订单": the order a
question names is not what it asks): one in common relates nothing."""


def _headed_within(query: str, headings: Sequence[tuple[int, list[str]]]) -> set[int]:
    """The passages whose heading a Chinese question says: word for word ("晚饭怎么吃比较健康？" holds the
    "怎么吃" of "血压管理 › 怎么吃"), or every word of it that says what it is about, two or more with four
    characters between them ("退款多久能到账？" says 退款, 到 and 账 of "退款到账时间"; "时间" is a word of
    every question)."""
    found = set()
    for pid, named in headings:
        for h in named:
            words = [w for w in index_terms(h) if w not in _GENERIC_ZH]
            if (len(h) >= 3 and h in query) or (
                len(words) >= 2 and sum(map(len, words)) >= 4 and all(w in query for w in words)
            ):
                found.add(pid)
    return found


_GENERIC_ZH_WORDS = re.compile("|".join(sorted(_GENERIC_ZH, key=len, reverse=True)))
"""Those words in a text, whose characters relate nothing either ("订单" and "订哪种口味")."""
_WHEN_ZH = re.compile(
    r"每天|每周|每晚|每个?月|晚上|早上|上午|下午|中午|白天|今天|明天|昨天|周末|平时|现在|最近|"
    r"这周|本周|下周|上周|这个?星期|下个?星期|这个月|下个月|上个月|今年|明年|去年|"
    r"周[一二三四五六日天]|星期[一二三四五六日天]|"
    r"[一二三四五六七八九十两几\d]+个?(?:小时|分钟|天|周|星期|月|年)"
)
"""Chinese words of when and how long: what relates a question to a passage is what it is about."""
_SHARES_FROM = 20
"""Passages a tenant needs before a word's share of them says it is common (``common_share``)."""


def _sentence_label(hit: PassageHit, under: str | None) -> str:
    """How a sentence of ``hit`` is cited: the passage's label, or, below a heading inside the passage
    (sections the splitter put together), the document's title and that heading."""
    if under is None or hit.label.endswith(under):
        return hit.label
    return f"{hit.title} › {under}"


_SHORT_ZH = 20
"""Chinese characters of meaning a sentence may have before its shared ones count less (``_long_zh``)."""


def _long_zh(sentence: str) -> float:
    """How much the characters a long Chinese sentence shares with a question count for which is quoted
    first: the longer, the less (by the square root, past ``_SHORT_ZH``). "如果一直不到怎么办？" after a
    parcel that had not come quoted the fault-repair sentence of 42 such characters, sharing 五, 机, 没 and
    不 by its length alone."""
    held = len(content_characters(sentence))
    return min(1.0, (_SHORT_ZH / held) ** 0.5) if held else 1.0


_ASKS_HOW = re.compile(
    r"\bhow (?:should|can|do|could|would|might|to)\b|\bwhat (?:should|can|could) (?:I|we) do\b"
    r"|\b(?:tips|advice|steps|process|procedure)\b|\bways? (?:to|of)\b|\bbest way\b"
    r"|怎么办|怎么|如何|怎样|咋办|咋|流程|步骤|手续|有(?:什么|啥|没有)(?:好的?)?(?:办法|方法|技巧|窍门|建议)",
    re.IGNORECASE,
)
"""A question that asks how to do something ("How should I revise?", "Any tips for sleeping better?", "怎么
复习比较好？"): its answer is what a section says to do, step by step."""
_STEPS, _STEPS_ZH = 480, 200
"""How long a section may be, in characters, to be quoted whole for a question asking how (``_ASKS_HOW``)."""


def _asks_how(query: str) -> bool:
    return bool(_ASKS_HOW.search(query))


_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)")


def _sentences(text: str) -> list[tuple[str | None, str]]:
    """A passage's sentences without their Markdown marks, each with the heading it stands under inside
    the passage (None above the passage's first heading); headings themselves left out, lines wrapped
    inside a paragraph joined again."""
    lines: list[str] = []
    for line in text.splitlines():
        joins = lines and lines[-1].strip() and line.strip() and not _MARKUP.match(line)
        if joins and not lines[-1].lstrip().startswith("#"):
            lines[-1] = unwrapped(f"{lines[-1]} {line}")  # ("方便面和零食" wrapped joins with no space)
        else:
            lines.append(line)
    out: list[tuple[str | None, str]] = []
    under: str | None = None
    for piece in sentences("\n".join(lines)):
        if piece.lstrip().startswith("#"):
            under = piece.strip().lstrip("#").strip() or under
            continue
        clean = _MARKUP.sub("", piece).strip()
        if len(clean) > 8:
            out.append((under, clean))
    return out
