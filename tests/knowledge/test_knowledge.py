"""The knowledge base: reading documents, passages, idempotent ingest, tenant isolation, removal from
both indexes, and answers grounded on it and citing it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tailorkit import Engine, Settings
from tailorkit.assistant import Answer
from tailorkit.assistant._help_pages import for_the_help_pages
from tailorkit.errors import InputError, NotFoundError
from tailorkit.knowledge import Document, KnowledgeService, PassageHit, read_document, split
from tailorkit.llm import Completion, Message
from tailorkit.store import Store
from tailorkit.testing import FakeChat, HashEmbedder

FAQ = Path(__file__).parents[2] / "src" / "tailorkit" / "evaluation" / "faq"


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Helvetica, one line each)."""
    stream = "BT /F1 12 Tf 72 720 Td " + " ".join(f"({line}) Tj 0 -16 Td" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Engine]:
    """The FAQ set's help pages and a small fake model (its answers are the assistant's own)."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ / "docs"])
        engine.chat_model = FakeChat()
        engine.chat_model.small = True  # type: ignore[attr-defined]
        yield engine


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        yield engine.store


def kb(store: Store, tenant: str = "shop") -> KnowledgeService:
    return KnowledgeService(store, tenant, embedder=HashEmbedder())


def write(folder: Path, name: str, body: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, bytes):
        path.write_bytes(body)
    else:
        path.write_text(body, encoding="utf-8")
    return path


def test_each_kind_of_document_is_read_as_text_with_its_title(tmp_path: Path) -> None:
    md = write(tmp_path, "a.md", "# Returns\n\n## Refunds\n\nMoney back in 5 days.")
    html = write(
        tmp_path,
        "b.html",
        "<html><head><title>Help centre</title><script>var x = 1;</script></head><body>"
        "<h2>Opening hours</h2><p>We open at <b>9 am</b>.</p><ul><li>Mon</li><li>Tue</li></ul></body></html>",
    )
    pdf = write(tmp_path, "c.pdf", minimal_pdf(["Warranty terms", "Two years from delivery."]))
    txt = write(tmp_path, "notes_on-care.txt", "Wash at 30 degrees.")
    assert read_document(str(md), md).title == "Returns"
    page = read_document(str(html), html)
    assert page.title == "Help centre" and "## Opening hours" in page.text and "- Mon" in page.text
    assert "var x" not in page.text  # scripts are not text
    paper = read_document(str(pdf), pdf)
    assert paper.kind == "pdf" and "Two years from delivery." in paper.text
    assert read_document(str(txt), txt).title == "notes on care"
    bad = write(tmp_path, "bad.md", b"caf\xe9 latin-1")
    with pytest.raises(InputError, match=r"bad\.md: not UTF-8 text \(byte 3\)"):
        read_document(str(bad), bad)
    broken = write(tmp_path, "broken.pdf", b"%PDF-1.4 nothing else")
    with pytest.raises(InputError, match=r"broken\.pdf"):
        read_document(str(broken), broken)


def test_passages_carry_the_headings_above_them() -> None:
    body = (
        "# Returns\n\nIntro.\n\n## Refund timing\n\n"
        + "Refunds take five days. " * 60
        + "\n\n## Exchanges\n\nNo swaps."
    )
    passages = split(body, markdown=True)
    assert passages[-1].heading == "Returns › Exchanges" and "No swaps." in passages[-1].text
    assert {p.heading for p in passages} >= {"Returns", "Returns › Refund timing"}
    assert all(len(p.text) <= 700 for p in passages)
    assert [p.position for p in passages] == list(range(len(passages)))
    chinese = split("# 退货\n\n" + "自签收之日起七天内可以退货。" * 40, markdown=True)
    assert len(chinese) > 1 and all(len(p.text) <= 240 for p in chinese)  # a third of the size


def test_a_quote_from_sections_split_together_cites_the_heading_it_stands_under(store: Store) -> None:
    service = kb(store)
    body = "# Shipping\n\n## Times\n\nParcels arrive in 3 days.\n\n## Costs\n\nFree delivery above 40 euros."
    service.add([Document.of_text("shipping.md", body)])
    hits = service.search("free delivery above 40 euros", 3)
    assert len(hits) == 1  # both short sections are one passage, labelled by its start
    n, words, label = service.extract("free delivery above 40 euros", hits)[0]
    assert "above 40 euros" in words and label == "Shipping › Costs" != hits[n].label


def test_a_second_section_nearly_as_close_is_quoted_too_and_a_distant_one_is_not(tmp_path: Path) -> None:
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine._knowledge = service = KnowledgeService(engine.store, engine.tenant, embedder=False)
        body = (
            "# Payments\n\n## When you are charged\n\nYour card is charged when the order ships.\n\n"
            "## Failed payments\n\nYour order is held for 48 hours when a card payment fails.\n\n"
            "## Gift cards\n\nGift cards can be combined."
        )
        service.add([Document.of_text("payments.md", body)])
        hits = service.search("card order", 3)
        # no embedder: two sentences share "card" and "order" with the question (0.1 each), one "card"
        quotes = service.extract("my card failed, what happens to my order?", hits)
        assert [q.label for q in quotes] == ["Payments › Failed payments", "Payments › When you are charged"]
        one = engine.settings.model_copy(deep=True)
        one.knowledge.second_quote_within = 0.0
        single = KnowledgeService(engine.store, engine.tenant, one.knowledge, embedder=False)
        assert len(single.extract("my card failed, what happens to my order?", hits)) == 1
        engine.chat_model = model = FakeChat()
        model.small = True
        answer = engine.chat("ann", "my card failed, what happens to my order?", domain="customer_service")
        assert len(answer.why.listed) == 2 and all(line in answer.text for line in answer.why.listed)
        assert "48 hours" in answer.why.listed[0]
        assert "Sources: [1] Payments › Failed payments / Payments › " in answer.text  # one number, once


def test_a_chinese_question_is_quoted_from_the_sentence_sharing_its_characters(store: Store) -> None:
    service = KnowledgeService(store, "shop", embedder=False)  # no meaning: the characters alone decide
    body = (
        "# 售后服务\n\n## 退换货政策\n\n定制商品、已拆封的软件和贴身衣物不支持退货。\n\n"
        "## 退款到账时间\n\n仓库收到退货后两个工作日内完成检验，检验通过后退款会在五个工作日内原路退回。"
    )
    service.add([Document.of_text("售后.md", body)])
    hits = service.search("退货", 3)
    # both sentences share the word 退货 with the question; the refund one also 后 and 回
    _, words, label = service.extract("退货以后钱多久能回来？", hits)[0]
    assert "原路退回" in words and label == "售后服务 › 退款到账时间"


def test_a_chinese_heading_counts_for_the_sentences_under_it_less_than_their_own_words(store: Store) -> None:
    """ "我可以喝咖啡吗？" quoted the wine sentence under "咖啡、酒和晚饭": every sentence under the heading
    shared its 咖啡 with the question, as much as the coffee sentence itself did."""
    service = KnowledgeService(store, "coach", embedder=False)  # the characters alone decide
    body = (
        "# 睡眠\n\n## 咖啡、酒和晚饭\n\n咖啡因在体内会停留很多个小时，下午两点以后最好不喝咖啡、浓茶和可乐。"
        "喝酒虽然让人容易入睡，但后半夜更容易醒。\n"
    )
    service.add([Document.of_text("睡眠.md", body)])
    hits = service.search("咖啡", 3)
    assert service.extract("我可以喝咖啡吗？", hits)[0].words.startswith("咖啡因在体内")
    assert service.extract("我可以喝咖啡吗？", []) == []  # nothing found, nothing quoted


def test_a_question_asking_how_is_quoted_the_sections_steps(store: Store) -> None:
    """ "How should I revise for my maths mock next week?" quoted "End the week with a mixed set of exam-style
    questions." alone: a question asking how is quoted the whole section it is answered from, in order, where
    the section is short; other questions its closest sentence."""
    service = KnowledgeService(store, "tutor", embedder=False)
    body = (
        "# Study skills\n\n## Planning a revision week\n\nPlan short sessions on most days rather than one "
        "long one. Put the topics you find hardest early in the week. End the week with a mixed set of "
        "exam-style questions.\n"
    )
    service.add([Document.of_text("study.md", body)])
    hits = service.search("revise week", 3)
    steps = service.extract("How should I revise for my maths mock next week?", hits)[0].words
    assert steps.startswith("Plan short sessions") and steps.endswith("exam-style questions."), steps
    one = service.extract("Is a mixed set of exam-style questions good at the end of the week?", hits)[
        0
    ].words
    assert not one.startswith("Plan short sessions"), one


def test_a_how_heading_is_favoured_only_for_what_it_is_about(store: Store) -> None:
    """ "应用题总是看不懂怎么办？" was quoted the whole of 考试紧张怎么办: the 办 left of its 怎么办 was
    shared with the heading's. A heading is favoured as how to do what a question asks how to do only where
    they share what it is about (two Chinese characters, or a word), the words that ask how left out."""
    service = KnowledgeService(store, "tutor", embedder=False)
    hits = [  # as search gives them: one section each
        PassageHit(
            1,
            1,
            "学习方法.md",
            "学习方法",
            "考试紧张怎么办",
            "考试时先慢慢呼气几次，把题目都看一遍，从有把握的题开始做。",
            1.0,
        ),
        PassageHit(
            2,
            2,
            "数学.md",
            "数学",
            "应用题",
            "先把题目读两遍，圈出已知的数和要求的问题，再画一张示意图。",
            0.9,
        ),
    ]
    assert service.extract("应用题总是看不懂怎么办？", hits)[0].label == "数学 › 应用题"
    assert service.extract("孩子一考试就紧张怎么办？", hits)[0].label == "学习方法 › 考试紧张怎么办"


def test_a_question_in_traditional_script_finds_pages_in_simplified_script(store: Store) -> None:
    """ "你好，我上週訂的藍牙耳機還沒到" found no help page at all: the pages' words were cut in simplified
    characters and the question's in traditional ones. Both are cut in simplified characters now."""
    service = KnowledgeService(store, "shop", embedder=False)  # the characters alone decide
    service.ingest([FAQ / "docs"])
    hits = service.search("我上週訂的藍牙耳機還沒到", 3)
    assert hits and hits[0].label == "配送说明 › 包裹迟迟没到", [h.label for h in hits]
    assert [h.label for h in hits] == [h.label for h in service.search("我上周订的蓝牙耳机还没到", 3)]


def test_a_chinese_question_that_says_a_passages_heading_finds_that_passage_first(store: Store) -> None:
    """A coach's client with high blood pressure asked "晚饭怎么吃比较健康？" and was quoted how fast to lose
    weight (比较, 健康 and 吃 in that page), not the blood-pressure page's "怎么吃", the heading it said word
    for word."""
    service = KnowledgeService(store, "coach", embedder=False)
    service.ingest([FAQ.parent / "coaching" / "docs"])
    assert service.search("晚饭怎么吃比较健康？", 3)[0].label == "血压管理 › 怎么吃"
    from tailorkit.knowledge._service import _headed_within

    headings = service._rows.headings()
    (own,) = _headed_within("晚饭怎么吃比较健康？", headings)
    assert service._rows.passages([own])[own]["heading"] == "血压管理 › 怎么吃"
    assert _headed_within("晚饭吃什么？", headings) == set()
    assert _headed_within("吃", [(1, ["吃"])]) == set()  # too short a heading names nothing


def test_ingest_is_one_transaction_idempotent_and_replaces_a_changed_source(
    store: Store, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    write(docs, "returns.md", "# Returns\n\nYou can return items within 30 days.")
    write(docs, "shipping.md", "# Shipping\n\nParcels arrive in 3 days.")
    write(docs, ".drafts/secret.md", "# Draft\n\nNot for customers.")  # hidden folders are skipped
    service = kb(store)
    first = service.ingest([docs])
    assert sorted(Path(s).name for s in first.added) == ["returns.md", "shipping.md"]
    again = service.ingest([docs])
    assert not again.added and not again.updated and len(again.unchanged) == 2
    write(docs, "returns.md", "# Returns\n\nReturns are accepted for 60 days now.")
    changed = service.ingest([docs])
    assert [Path(s).name for s in changed.updated] == ["returns.md"]
    assert len(service.documents()) == 2 and service._rows.count() == 2
    found = service.search("how many days to return", 1)[0]
    assert "60 days" in found.text and found.title == "Returns"
    assert not any("30 days" in h.text for h in service.search("30 days return", 5))
    # a batch with one unreadable file writes nothing, and says which file
    write(docs, "zz-bad.txt", b"\xff\xfe\xfa")
    write(docs, "new.md", "# New\n\nBrand new page.")
    with pytest.raises(InputError, match=r"zz-bad\.txt"):
        service.ingest([docs])
    assert len(service.documents()) == 2
    with pytest.raises(InputError, match="does not download"):
        service.ingest(["https://example.com/faq.html"])
    with pytest.raises(InputError, match="no such file"):
        service.ingest([tmp_path / "nowhere"])


def test_documents_are_tenant_isolated_and_removal_empties_both_indexes(store: Store, tmp_path: Path) -> None:
    write(tmp_path / "a", "policy.md", "# Policy\n\nThe secret refund code is walrus.")
    write(tmp_path / "b", "policy.md", "# Policy\n\nOur opening hours are nine to five.")
    a, b = kb(store, "tenant-a"), kb(store, "tenant-b")
    a.ingest([tmp_path / "a"])
    b.ingest([tmp_path / "b"])
    assert a.search("walrus refund code")[0].text.endswith("walrus.")
    assert all("walrus" not in h.text for h in b.search("walrus refund code", 10))
    doc_a = a.documents()[0]["id"]
    with pytest.raises(NotFoundError):
        b.remove(doc_a)  # another tenant's document cannot be named
    assert a.documents()[0]["id"] == doc_a
    tid = store.scope("tenant-a").tid
    with store.read() as conn:
        ids = [r[0] for r in conn.execute(text("SELECT id FROM passages WHERE tenant_id = :t"), {"t": tid})]
    vector = HashEmbedder().embed(["The secret refund code is walrus."])[0]
    assert a._rows.full_text(["walrus"], 5) and a._rows.nearest(vector, 5)
    gone = a.remove(str(tmp_path / "a" / "policy.md"))
    assert gone["passages"] == len(ids) >= 1
    assert a._rows.full_text(["walrus"], 5) == [] and a._rows.nearest(vector, 5) == []
    with store.read() as conn:
        fts = conn.execute(text("SELECT count(*) FROM passage_fts WHERE passage_fts MATCH :q"),
                           {"q": f'"{tid}twalrus"'}).scalar_one()  # fmt: skip
        rows = conn.execute(
            text("SELECT count(*) FROM passages WHERE tenant_id = :t"), {"t": tid}
        ).scalar_one()
    assert fts == 0 and rows == 0
    assert b.search("opening hours")[0].title == "Policy"  # the other tenant's are untouched


def test_customer_service_answers_are_grounded_on_the_documents_and_cite_them(tmp_path: Path) -> None:
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine._knowledge = KnowledgeService(engine.store, engine.tenant, embedder=HashEmbedder())
        engine.knowledge.ingest([FAQ / "docs"])
        engine.chat_model = model = FakeChat()
        answer = engine.chat("ann", "How long is the password reset link valid?", domain="customer_service")
        system = model.calls[-1][0]["content"]
        assert "<<<DOCUMENTS" in system and "60 minutes" in system and "[1]" in system
        assert answer.why.passages and answer.why.citations
        cited = next(p for p in answer.why.passages if p["id"] == answer.why.citations[0])
        assert "60 minutes" in cited["text"]
        assert f"Source: [{cited['n']}]" in answer.text and "Resetting your password" in answer.text
        plain = engine.chat("ann", "How long is the password reset link valid?", domain="general")
        assert not plain.why.passages and "<<<DOCUMENTS" not in model.calls[-1][0]["content"]
        asked = engine.assistant.respond("ann", "password reset link?", documents=True)
        assert asked.why.passages
        # a model that cites a passage inline gets its source named; one that names a source in its own words
        # ("Source: [1] Text and Email", of no such page) has that line replaced by the assistant's

        class Citing(FakeChat):
            def chat(self, messages: list[Message], **kw: object) -> Completion:  # type: ignore[override]
                return Completion(
                    "The link lasts 60 minutes [1].\n\nSource: [1] Text and Email", 1, 1, "stop"
                )

        engine.chat_model = Citing()
        inline = engine.chat("ann", "How long is the password reset link valid?", domain="customer_service")
        named = next(p for p in inline.why.passages if p["n"] == 1)
        assert "Text and Email" not in inline.text, inline.text
        assert inline.text.endswith(f"Source: [1] {named['title']} › {named['heading'].split(' › ')[-1]}"), (
            inline.text
        )
        engine.chat_model = model
        # a small model leads in, and the assistant quotes the passage's own words with their source
        model.small = True
        quoted = engine.chat("ann", "How long is the password reset link valid?", domain="customer_service")
        assert quoted.why.structured and len(quoted.why.citations) == 1
        cited = next(p for p in quoted.why.passages if p["id"] == quoted.why.citations[0])
        assert "60 minutes" in quoted.why.listed[0] and quoted.why.listed[0] in quoted.text
        assert quoted.text.endswith(f"Source: [{cited['n']}] {cited['title']} › Resetting your password")

        class Inventing(FakeChat):
            small = True

            def stream(self, messages: list[Message], **kw: object) -> Iterator[str]:  # type: ignore[override]
                yield from ["The link lasts 17 hours. ", "Happy to help! ", "Anything else?"]

        engine.chat_model = Inventing()
        stream = engine.assistant.stream(
            "ann", "How long is the reset link valid?", domain="customer_service"
        )
        text = "".join(stream)
        assert stream.answer is not None and text.startswith("Happy to help!\n\n")  # one sentence kept
        assert "17 hours" not in text and "60 minutes" in text
        assert stream.answer.why.corrected[0]["fact"] == "17 is not in the words quoted"

        class Claiming(FakeChat):
            """Lead-ins a small model wrote above quotes: a claim of its own, the wrong language, a cut."""

            small = True
            lead = ""

            def chat(self, messages: list[Message], **kw: object) -> Completion:  # type: ignore[override]
                return Completion(self.lead, 1, 1, "stop")

            def stream(self, messages: list[Message], **kw: object) -> Iterator[str]:  # type: ignore[override]
                yield self.lead

        claiming = Claiming()
        engine.chat_model = claiming
        claiming.lead = "To reset it you must provide a document signed by your bank manager."
        told = engine.chat("ann", "How long is the reset link valid?", domain="customer_service")
        assert told.text.startswith("Here is what our help pages say:\n\n")
        assert claiming.lead in told.why.removed
        # a yes or a no of its own: above quotes that may say neither, a guess ("Do you price match?")
        claiming.lead = "No, the reset link cannot be valid for long."
        verdict = engine.chat("ann", "How long is the reset link valid?", domain="customer_service")
        assert verdict.text.startswith("Here is what our help pages say:\n\n")
        assert verdict.why.removed == [claiming.lead]
        claiming.lead = "Sorry, the reset link is valid for a while."  # its words are the question's
        sorry = engine.chat("ann", "How long is the reset link valid?", domain="customer_service")
        assert sorry.text.startswith("Sorry, the reset link is valid for a while.\n\n")
        # by default a small model is not asked to write Chinese: the assistant's own lead-in
        claiming.lead = "你可以退一天。"
        zh = engine.chat("ann", "买了东西不想要了，多少天内可以退？", domain="customer_service")
        assert zh.text.startswith("根据我们的帮助文档：\n\n") and not zh.why.removed
        engine.assistant.settings.small_model_languages = ["en", "zh"]  # one that writes Chinese is checked
        claiming.lead = "The issue is with the link."
        zh = engine.chat("ann", "退货以后多久能收到退款？", domain="customer_service")
        assert zh.text.startswith("根据我们的帮助文档：") and claiming.lead in zh.why.removed
        for lead in ("你可以退吗？", "你可以退一天。"):  # a question back; a number the quote does not give
            claiming.lead = lead
            zh = engine.chat("ann", "买了东西不想要了，多少天内可以退？", domain="customer_service")
            assert zh.text.startswith("根据我们的帮助文档：") and lead not in zh.text
        engine.assistant.settings.small_model_languages = ["en"]
        claiming.lead = "Happy to help 😊"  # finished: an emoji ends it
        assert engine.chat(
            "ann", "How long is the reset link valid?", domain="customer_service"
        ).text.startswith("Happy to help 😊\n\n")
        claiming.lead = "If you need"  # where the length limit cut it
        for cut in (
            engine.chat("ann", "How long is the reset link valid?", domain="customer_service"),
            engine.assistant.stream("ann", "How long is the reset link valid?", domain="customer_service"),
        ):
            text = cut.text if isinstance(cut, Answer) else "".join(cut)
            why = cut.why if isinstance(cut, Answer) else cut.answer.why  # type: ignore[union-attr]
            assert text.startswith("Here is what our help pages say:\n\n") and "If you need" in why.removed
        # "what do you remember about me" is answered from the memories, not from the help pages
        recalled = engine.chat("ann", "What do you remember about me?", domain="customer_service")
        assert not recalled.why.passages and "Source:" not in recalled.text
        # nor is what only tells how to answer (it quoted the pages on email addresses)
        told = engine.chat(
            "ann",
            "I'm hard of hearing, so please don't suggest calling, email works best.",
            domain="customer_service",
        )
        assert told.text.startswith("Got it, I'll keep that in mind.") and "Source" not in told.text, (
            told.text
        )
        # ... and a question about what the user told is answered from it, not from the help pages
        how = engine.chat("ann", "How should you contact me?", domain="customer_service")
        assert how.text.startswith("From what you've told me:") and not how.why.passages, how.text
        assert "suggest calling" in how.text
        # the same in Chinese, said beside which remedy the customer wants; the question is no memory
        told_zh = engine.chat(
            "li", "我想退款，不想换货。另外我白天上班不方便接电话，有事请发短信。", domain="customer_service"
        )
        assert {"想退款", "我白天上班不方便接电话", "有事请发短信"} <= set(told_zh.why.noted), (
            told_zh.why.noted
        )
        how_zh = engine.chat("li", "你们打算怎么联系我？", domain="customer_service")
        assert how_zh.text.startswith("根据你告诉我的") and not how_zh.why.passages, how_zh.text
        assert "发短信" in how_zh.text
        assert not any("联系我" in m.text for m in engine.memories.list("li")), "a question was kept"
        # how to deliver and when the user is out only tell: acknowledged, no help pages quoted
        for user, said in (
            ("li", "快递放门卫就行，我白天不在家。"),
            ("ann", "Please leave parcels with my neighbour at number 12, I'm out all day."),
        ):
            left = engine.chat(user, said, domain="customer_service")
            assert left.text.startswith(("好的，我记住了", "Got it")), left.text
            assert "Source" not in left.text and "来源" not in left.text, left.text
            assert len(left.why.noted) == 2, left.why.noted
        # to a tutor, a parent telling of the child asks nothing of the shop's pages ("每天" and "晚上" had
        # quoted the support's opening hours)
        said = "我女儿上初二，数学不好。她每天晚上只有一个小时能学习。"
        child = engine.chat("zhou", said, domain="tutoring")
        assert child.text.startswith("好的，我记住了") and "来源" not in child.text, child.text
        assert engine.knowledge.search("每天晚上只有一个小时", 5) == []
        # what happened, in words no rule read, asks the support for help, beside a stated preference
        broken = engine.chat(
            "ann",
            "My blender arrived with a cracked jug. I'd rather have a refund than a replacement.",
            domain="customer_service",
        )
        assert broken.why.passages and not broken.text.startswith("Got it"), broken.text


def test_a_quoted_passage_is_named_once_in_the_sources(tmp_path: Path) -> None:
    """Two sections' words from one passage are quoted under one number; the sources line names the
    number once, with both sections (it had read "来源: [1] 配送时效; [1] 包裹破损")."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ / "docs"])
        engine.chat_model = model = FakeChat()
        model.small = True
        answer = engine.chat("ann", "我下周出差，哪天能收到包裹？", domain="customer_service")
        numbers = re.findall(r"\[(\d+)\]", answer.text.rpartition("来源:")[2].split("\n")[0])
        assert numbers and len(numbers) == len(set(numbers)), answer.text


def test_quoted_sources_are_numbered_from_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A structured answer quoting only the second passage found named it "[2]", alone (a customer asking
    for a replacement filter met "来源: [2] 售后服务 › 退换货政策"): the numbers are the answer's own."""
    from tailorkit.knowledge._service import KnowledgeService, Quote

    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ / "docs"])
        engine.chat_model = model = FakeChat()
        model.small = True
        second = lambda self, query, hits, **kw: [Quote(1, hits[1].text[:80], hits[1].label)]  # noqa: E731
        monkeypatch.setattr(KnowledgeService, "extract", second)
        answer = engine.chat("ann", "How long does a refund take?", domain="customer_service")
        sources = answer.text.rpartition("Source:")[2]
        assert sources.strip().startswith("[1]") and "[2]" not in answer.text, answer.text


def test_a_customer_who_only_tells_how_they_pay_and_when_to_call_is_acknowledged(tmp_path: Path) -> None:
    """ "你好，我从来不用信用卡，有多少花多少。另外白天上班不方便接电话。" was answered with the returns
    page: "有多少花多少" was read by no rule, and to a shop's support words no rule reads tell what
    happened. It says how the customer spends: the message only tells, and is acknowledged."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ / "docs"])
        engine.chat_model = model = FakeChat()
        model.small = True
        told = engine.chat(
            "ann",
            "你好，我从来不用信用卡，有多少花多少。另外白天上班不方便接电话。",
            domain="customer_service",
        )
        assert told.text.startswith("好的，我记住了") and "来源" not in told.text, told.text


def test_a_customer_who_tells_what_they_live_with_is_acknowledged_not_quoted_pages(tmp_path: Path) -> None:
    """ "I'm registered blind so I use a screen reader for everything, and I'd really prefer you don't send
    me links to images." was answered with the password-reset pages (its "links"), and "my flat is on the
    fourth floor and there's no lift" with a broken rewrite of an earlier answer: what the customer lives
    with, where and without what asks nothing of the help pages; each is kept, in words that read later."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ / "docs"])
        engine.chat_model = model = FakeChat()
        model.small = True
        for said, noted in [
            (
                "Hi there. I'm registered blind so I use a screen reader for everything, and I'd really "
                "prefer you don't send me links to images.",
                ["Is registered blind", "Uses a screen reader", "Please don't send me links to images"],
            ),
            (
                "Thanks. Also my flat is on the fourth floor and there's no lift.",
                ["Lives on the fourth floor", "Has no lift"],
            ),
            ("我家住四楼，没电梯。", ["住四楼", "家里没有电梯"]),
        ]:
            told = engine.chat("ada", said, domain="customer_service")
            assert told.why.noted == noted, told.why.noted
            assert told.text.startswith(("Got it", "好的")) and "Source" not in told.text, told.text


def test_the_users_details_are_no_words_of_their_problem_and_are_not_kept(tmp_path: Path) -> None:
    """ "My order hasn't arrived and it's been ten days. My email is ruth.k@example.com." quoted only the
    click and collect page ("We email you when the order is ready"), and the memory kept "ruth.k@example."
    (the sentence was cut inside the address, past the redaction, which was off by default): the help
    pages are searched without the sentence that only gives the user's details, and the address is kept
    as a placeholder."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ / "docs"])
        engine.chat_model = model = FakeChat()
        model.small = True
        said = "Hi, my order hasn't arrived and it's been ten days. My email is ruth.k@example.com."
        answer = engine.chat("ruth", said, domain="customer_service")
        assert "Shipping and delivery" in answer.text, answer.text
        assert (
            for_the_help_pages(said)
            == "Hi, my order hasn't arrived and it's been ten days. missing parcel tracking"
        )
        assert (
            for_the_help_pages("我的快递还没到。我的电话是13812345678。") == "我的快递还没到。 包裹丢失 物流"
        )
        # in traditional script too, its order number left out ("訂單號是TW20231188" quoted the invoices)
        traditional = "你好，我上週訂的藍牙耳機還沒到，訂單號是TW20231188。"
        assert for_the_help_pages(traditional) == "你好，我上周订的蓝牙耳机还没到。 包裹丢失 物流"
        assert for_the_help_pages("还没到时间吗？") == "还没到时间吗？"
        late = engine.chat("mei", traditional, domain="customer_service")
        assert "配送說明 › 包裹遲遲沒到" in late.text, late.text
        assert for_the_help_pages("My email is a@b.com") == "My email is a@b.com"  # nothing else to search
        # nor with what only tells how to answer or reach the user (it had quoted the invoice section)
        instructs = engine.assistant.gatherer._only_instructs
        mixed = "我想退款，不想换货。另外我白天上班不方便接电话，有事请发短信。"
        assert for_the_help_pages(mixed, instructs) == "我想退款，不想换货。"
        assert for_the_help_pages("Please text rather than call. Where is my parcel?", instructs) == (
            "Where is my parcel?"
        )
        kept = " ".join(m.text for m in engine.memories.list("ruth"))
        assert "example" not in kept and "[EMAIL]" in kept, kept


@pytest.mark.slow
def test_the_faq_set_finds_the_answering_passage_in_the_top_five(tmp_path: Path) -> None:
    """The bundled embedder and full text together, on the FAQ set's 60 questions."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ / "docs"])
        questions = [json.loads(line) for line in (FAQ / "questions.jsonl").read_text().splitlines()]
        found = 0
        for q in questions:
            gold = " ".join(q["answer"].split())
            found += any(gold in " ".join(h.text.split()) for h in engine.knowledge.search(q["q"], 5))
        assert found / len(questions) >= 0.9
        # a question the shop's pages have nothing to say about gets none of them to quote
        for off in (
            "Can you explain what photosynthesis is?",
            "What is the capital of France?",
            "法国的首都是哪里？",
            # one word shared with a page (its opening hours' "night", a delivery's "weekend") is no topic
            "Pick a movie for our Halloween night in.",
            "What could we practise this weekend?",
            "How old is my daughter, and what does my son find hard?",
            # ... nor, in Chinese, a word every question has ("时间", "公司") or two characters in common
            # with a page (of the preference sets' 1,170 Chinese questions, 697 had a page to quote; 257 now)
            "周五晚上看什么电影好？",
            "下周的例会约在什么时间？",
            "三月份去哪个国家玩？",
            "下周搬家我该怎么准备？",
            # ... nor a word of every shop question ("订单") or its characters ("订哪种")
            "生日蛋糕订哪种口味？",
        ):
            assert engine.knowledge.search(off, 5) == [], off
        # a long message's scattered characters do not make a page the answer: a broken robot vacuum quoted
        # how to get an invoice ("电" of 充电 and 电子发票, "用" of 会用 and 企业用户 ...); the faults' page
        # answers it, as it does broken earphones named by their order number ("订单号": the invoice page),
        # and "能换新吗", a word the splitter cut ("能换" "新") that the page has ("可申请换新")
        for broken in (
            "你好，我买的扫地机器人用了三个月就坏了，充不进电。我是老年人，不太会用手机",
            "你好，我上周买的蓝牙耳机左耳没声音了。",
            "这个能换新吗？",
        ):
            hits = engine.knowledge.search(broken, 5)
            assert [q.label for q in engine.knowledge.extract(broken, hits)] == ["售后服务 › 质量问题"], (
                broken
            )
        # a word in half the shop's pages ("order") makes none of them related: only the damaged parcel's
        # page, related in meaning, answers a broken jar
        cracked = engine.knowledge.search("My order arrived yesterday but the blender jar is cracked.", 5)
        assert [h.label for h in cracked] == ["Shipping and delivery › Missing or damaged parcels"]
        assert engine.knowledge._rows.frequency(["order", "blender"]) == {"order": 22, "blender": 0}
        answer = engine.assistant.respond("stu", "Can you explain what photosynthesis is?", domain="tutoring")
        assert not answer.why.passages and "Source:" not in answer.text


def test_a_short_follow_up_is_searched_with_what_it_refers_to(shop: Engine) -> None:
    """ "How do I send them in?" after "My headphones stopped working after 18 months." quoted the delivery
    instructions: the help pages are searched with the message it goes on from too."""
    said = "My headphones stopped working after 18 months."
    broke = shop.chat("omar", said, domain="customer_service")
    then = shop.chat("omar", "How do I send them in?", broke.conversation_id, domain="customer_service")
    assert "Warranty" in then.text or "Faulty items" in then.text, then.text
    assert "Delivery instructions" not in then.text, then.text


def test_a_follow_up_is_searched_with_what_happened_not_who_the_user_is(shop: Engine) -> None:
    """ "When will it arrive?" after "I ordered a sofa last week ... I'm in a wheelchair so I need it brought
    inside, not left at the door." quoted what to bring to a store and how long it holds orders: what the
    message it goes on from told of the user is kept, not searched with."""
    said = "I ordered a sofa last week. I'm in a wheelchair so I need it brought inside, not at the door."
    told = shop.chat("ira", said, domain="customer_service")
    then = shop.chat("ira", "When will it arrive?", told.conversation_id, domain="customer_service")
    assert "Delivery times" in then.text, then.text


def test_a_follow_up_goes_back_past_what_only_told_who_the_user_is(shop: Engine) -> None:
    """A customer reported broken earphones by their order number, then gave their address and where to
    leave parcels, then asked "这个能换新吗？大概要多久？" and later "那我现在该怎么操作？": the first quoted
    the invoice page ("订单号" and "我的订单"), the follow-ups got no page (searched with the address, or
    alone). The order number is no word of the problem; a follow-up is searched with the last message
    before it that said one, past those that only told who the user is."""
    said = "你好，我上周买的蓝牙耳机左耳没声音了，订单号是 TK-20261128-553。"
    assert (
        for_the_help_pages(said) == "你好，我上周买的蓝牙耳机左耳没声音了。 质量问题 故障"
    )  # a fault, in the pages' words
    assert (
        for_the_help_pages("My order number is 12345 and it hasn't arrived.")
        == "My order and it hasn't arrived. missing parcel tracking"
    )
    assert for_the_help_pages("My order is 3 days late.") == "My order is 3 days late."  # no number of one
    broke = shop.chat("lin", said, domain="customer_service")
    assert "质量问题" in broke.text and "发票" not in broke.text, broke.text
    turn = broke.conversation_id
    for message in (
        "我住在杭州西湖区，平时白天不在家，快递请放到小区门口的丰巢柜。",
        "这个能换新吗？大概要多久？",
        "另外我对电话比较反感，有事请发短信联系我。",
        "那我现在该怎么操作？",
    ):
        answer = shop.chat("lin", message, turn, domain="customer_service")
        if message.endswith("？"):
            assert "质量问题" in answer.text, (message, answer.text)
        else:  # what only tells who the customer is quotes no page
            assert "来源" not in answer.text, (message, answer.text)


def test_a_follow_up_is_not_searched_with_a_message_that_only_told_who_the_user_is(shop: Engine) -> None:
    """ "When should I do my homework this week so it's ready for class?" after "My Spanish class is on
    Tuesdays and I work Mondays and Wednesdays." to a tutor quoted the stores' opening hours: where all the
    message before did was tell who the user is, nothing of it is searched with."""
    said = "I'm learning Spanish. My Spanish class is on Tuesdays and I work Mondays and Wednesdays."
    told = shop.chat("sol", said, domain="tutoring")
    asked = "When should I do my homework this week so it's ready for class?"
    then = shop.chat("sol", asked, told.conversation_id, domain="tutoring")
    assert "Opening hours" not in then.text, then.text


def test_a_customers_delivery_instructions_bear_on_a_question_about_an_order(shop: Engine) -> None:
    """ "Where will my next order go?" after "I'm moving to Manchester at the end of the month, so please send
    everything to my new address from the 28th." quoted what the help pages say of click and collect, with no
    word of the new address, and kept the question as a memory: the customer's instructions for a delivery
    bear on what they ask of one."""
    said = "I'm moving at the end of the month, so please send everything to my new address from the 28th."
    told = shop.chat("kim", said, domain="customer_service")
    assert "Please send everything to my new address from the 28th" in told.text
    then = shop.chat("kim", "Where will my next order go?", told.conversation_id, domain="customer_service")
    assert "bears on this: Please send everything to my new address from the 28th" in then.text, then.text
    assert not [m for m in shop.memories.list("kim") if m.text.endswith("?")]


def test_the_help_pages_are_not_searched_with_a_clause_that_only_says_how_to_reach_the_user() -> None:
    from tailorkit.assistant._help_pages import for_the_help_pages

    said = "我的扫地机器人坏了。我是老年人，不太会用手机，最好打电话联系我。"
    searched = for_the_help_pages(said, lambda clause: clause.startswith("最好打电话"))
    assert searched == "我的扫地机器人坏了。 我是老年人，不太会用手机 质量问题 故障"


def test_a_small_models_lead_in_does_not_make_up_what_the_customer_may_do(shop: Engine) -> None:
    """ "I bought a wool jumper but I'm allergic to wool. Can I return it if I've worn it once?" was led into
    the return pages with "The product is a product of a company, and you can only return it if you've worn it
    once.": what the customer may or must do is the policy the quoted words say, not the lead-in's."""
    from tests.assistant._fakes import Saying

    shop.chat_model = Saying(
        "The product is a product of a company, and you can only return it if you've worn it once.",
        small=True,
    )
    asked = "I bought a wool jumper but I'm allergic to wool. Can I return it if I've worn it once?"
    answer = shop.chat("una", asked, domain="customer_service")
    assert answer.text.startswith("Here is what our help pages say:") and "only return" not in answer.text
    assert "Returns and refunds ›" in answer.text, answer.text


def test_a_small_models_lead_in_tells_no_account_of_the_customers_case(shop: Engine) -> None:
    """ "Hi, my order #88231 arrived today but the blender jar is cracked." was led into the damaged parcels
    page with "The blender jar is still missing, but it's not a damage to the item.": a small model's lead-in
    to the shop's pages only meets the customer ("I'm sorry to hear that."); its own account of their case
    is left out. Then "I'm away from Friday to Monday, so please don't deliver anything then." kept only
    that they are away: the instruction is kept with when it holds, and bears on when the new one comes."""
    from tests.assistant._fakes import Saying

    shop.chat_model = Saying(
        "The blender jar is still missing, but it's not a damage to the item.", small=True
    )
    asked = "Hi, my order #88231 arrived today but the blender jar is cracked."
    answer = shop.chat("omar", asked, domain="customer_service")
    assert answer.text.startswith("Here is what our help pages say:"), answer.text
    assert "Missing or damaged parcels" in answer.text and "still missing" not in answer.text
    shop.chat_model = Saying("I'm so sorry to hear that. The jar is not damaged.", small=True)
    sorry = shop.chat("omar", asked, domain="customer_service")
    assert sorry.text.startswith("I'm so sorry to hear that.\n\n") and "not damaged" not in sorry.text
    away = "I'm away from Friday to Monday, so please don't deliver anything then."
    shop.chat("omar", away, answer.conversation_id, domain="customer_service")
    assert away.rstrip(".") in [m.text for m in shop.memories.list("omar")]
    shop.chat_model = Saying("It will arrive soon.", small=True)
    when = shop.chat(
        "omar", "When would the new one arrive?", answer.conversation_id, domain="customer_service"
    )
    assert "please don't deliver anything then" in when.text, when.text


def test_a_chinese_follow_up_that_leaves_what_it_asks_about_unsaid_is_searched_with_it(shop: Engine) -> None:
    """ "能换一个新的吗？" after "我上周买的电饭煲今天到了，但是内胆有裂缝。" got "抱歉，这个问题我现在
    还答不好。": Chinese leaves the thing to exchange unsaid; the help pages are searched with the message
    before."""
    said = "你好，我上周买的电饭煲今天到了，但是内胆有裂缝。我白天上班不方便接电话，有事请发短信。"
    told = shop.chat("lan", said, domain="customer_service")
    assert "有事请发短信" in [m.text for m in shop.memories.list("lan")]  # not "我有事请发短信"
    then = shop.chat("lan", "能换一个新的吗？", told.conversation_id, domain="customer_service")
    assert "售后服务 ›" in then.text, then.text
    # ... and one asking how long, or what if it goes on ("大概还要多久？" after a parcel that has not come
    # found no page at all)
    late = shop.chat("mo", "我上周五买的蓝牙耳机还没到，订单号是A12345。", domain="customer_service")
    wait = shop.chat("mo", "大概还要多久？", late.conversation_id, domain="customer_service")
    assert "配送说明 ›" in wait.text, wait.text
    # ... from the late parcel's section, not a long sentence of another sharing characters by its length
    never = shop.chat("mo", "如果一直不到怎么办？", wait.conversation_id, domain="customer_service")
    assert "配送说明 › 包裹迟迟没到" in never.text.partition("来源")[0], never.text  # (past the follow-up)
    again = shop.chat("jo", "我上周五买的蓝牙耳机还没到，订单号是A12345。", domain="customer_service")
    never = shop.chat("jo", "如果一直不到怎么办？", again.conversation_id, domain="customer_service")
    quoted = [line for line in never.text.splitlines() if "›" in line]
    assert quoted[0].startswith("配送说明 › 包裹迟迟没到"), never.text  # first (a close second may follow)
    from tailorkit.assistant._help_pages import _REFERS_BACK, _WHAT_IF

    assert _REFERS_BACK.search("大概还要多久？") and _REFERS_BACK.search("几天能到？")
    assert _WHAT_IF.match("如果一直不到怎么办？") and _WHAT_IF.match("What if it never arrives?")
    assert not _WHAT_IF.match("如果孩子不爱读书，家长应该从哪里开始？")


def test_this_week_refers_to_no_message_before() -> None:
    """ "When should I revise this week?" after "I can't do Sundays any more, I've started a Sunday job." was
    searched with the message before and quoted the stores' Sunday opening hours: "this week" is a time, not
    a word for what the message before named."""
    from tailorkit.assistant._help_pages import _REFERS_BACK

    assert not _REFERS_BACK.search("When should I revise this week?")
    assert not _REFERS_BACK.search("Can we do that Friday?")
    assert _REFERS_BACK.search("How do I send this back?") and _REFERS_BACK.search("Is that one any good?")


def test_a_way_asked_for_of_what_was_said_is_searched_with_it(tmp_path: Path) -> None:
    """ "有什么好办法吗？" after "物理还行，化学方程式老是记不住。" got "这个问题我还不能用中文好好
    回答": a short question for a way, tips or advice names nothing of its own; the notes are searched with
    the message before, and what the learner finds hard (a part of a subject too) is kept."""
    from tailorkit.assistant._help_pages import _REFERS_BACK

    assert _REFERS_BACK.search("有什么好办法吗？") and _REFERS_BACK.search("Any tips?")
    assert not _REFERS_BACK.search("有什么好看的电影吗？")
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ.parent / "tutoring" / "docs"], domains=["tutoring"])
        engine.chat_model = FakeChat()
        engine.chat_model.small = True  # type: ignore[attr-defined]
        told = engine.chat("xiao", "我是初三学生。物理还行，化学方程式老是记不住。", domain="tutoring")
        assert "化学方程式老是记不住" in [m.text for m in engine.memories.list("xiao")]
        then = engine.chat("xiao", "有什么好办法吗？", told.conversation_id, domain="tutoring")
        assert "学习方法 ›" in then.text, then.text


def test_a_shops_pages_are_no_answer_to_a_learner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A learner asked a tutor "楞次定律到底怎么理解？" and was quoted the shop's returns policy: every
    document served every domain that uses documents. A document ingested for customer service answers
    there only; one ingested for no domain answers in all; the same bytes ingested for other domains take
    them, their passages as they were; the command line says which domains there are."""
    from typer.testing import CliRunner

    from tailorkit.cli import app

    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.chat_model = FakeChat()
        engine.chat_model.small = True  # type: ignore[attr-defined]
        report = engine.knowledge.ingest([FAQ / "docs"], domains=["customer_service"])
        assert len(report.added) == 11
        asked = "楞次定律到底怎么理解？"
        assert engine.knowledge.search(asked, 5)  # scattered characters a tutor's search would have quoted
        assert engine.knowledge.search(asked, 5, domain="tutoring") == []
        assert engine.knowledge.search(asked, 5, domain="customer_service")
        learner = engine.chat("xm", asked, domain="tutoring")
        assert not learner.why.passages and "来源" not in learner.text, learner.text
        shop = engine.chat("li", "我上周买的蓝牙耳机没声音了。", domain="customer_service")
        assert "质量问题" in shop.text, shop.text
        passages = {d["source"]: d["passages"] for d in engine.knowledge.documents()}
        again = engine.knowledge.ingest([FAQ / "docs"])  # for every domain now, the same bytes
        assert len(again.updated) == 11 and again.passages == 0
        assert {d["source"]: d["passages"] for d in engine.knowledge.documents()} == passages
        assert {d["domains"] for d in engine.knowledge.documents()} == {None}
        assert engine.knowledge.search(asked, 5, domain="tutoring")
        assert engine.knowledge.ingest([FAQ / "docs"]).unchanged  # the same bytes and domains: as they are
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path))
    out = CliRunner().invoke(app, ["-q", "ingest", "docs", "--domain", "shop", str(FAQ / "docs")])
    assert out.exit_code != 0 and "unknown domain 'shop'" in out.output and "customer_service" in out.output


def test_a_domains_documents_are_found_however_many_others_share_its_words(
    store: Store, tmp_path: Path
) -> None:
    """The domain is part of the search, not a filter after it: thirty shop pages about refunds that rank
    above the one tutoring page about them leave it found for a tutor (both rankings take the domain)."""
    knowledge = kb(store)
    for n in range(30):
        write(
            tmp_path / "shop", f"refunds-{n}.md", f"# Refunds {n}\n\nRefunds and refund times, refunds again."
        )
    write(tmp_path / "school", "fractions.md", "# Fractions\n\nA refund of half is a fraction: one half.")
    knowledge.ingest([tmp_path / "shop"], domains=["customer_service"])
    knowledge.ingest([tmp_path / "school"], domains=["tutoring"])
    rows = knowledge._rows
    school = {p["id"] for p in rows.passages(range(1, 100)).values() if p["title"] == "Fractions"}
    assert not school & {i for i, _ in rows.full_text(["refund"], 20)}  # below thirty shop pages
    assert {i for i, _ in rows.full_text(["refund"], 20, "tutoring")} == school
    vector = HashEmbedder().embed(["refunds"])[0]
    assert {i for i, _ in rows.nearest(vector, 20, domain="tutoring")} == school
    assert not school & {i for i, _ in rows.full_text(["refund"], 50, "customer_service")}


def test_who_the_customer_is_and_a_request_to_forget_are_no_question_for_the_help_pages(shop: Engine) -> None:
    """ "I'm Eva, I live in Utrecht and my email is eva@example.nl." quoted the pages on changing an email and
    resetting a password; "Please delete everything you know about me." quoted how to close an account (the
    memories went, unsaid). Details said in a clause are no words of a problem, a message that only tells
    who the customer is and gives their details is acknowledged, and a request to forget is answered with
    what was forgotten."""
    told = shop.chat(
        "eva", "I'm Eva, I live in Utrecht and my email is eva@example.nl.", domain="customer_service"
    )
    assert told.text.startswith("Got it") and "Source" not in told.text, told.text
    gone = shop.chat("eva", "Please delete everything you know about me.", domain="customer_service")
    assert gone.text.startswith("Done, I've forgotten everything") and "Source" not in gone.text, gone.text
    assert shop.memories.list("eva") == []


def test_a_fault_in_the_customers_words_finds_the_faulty_items_page(shop: Engine) -> None:
    """ "Hi, my order #4471 arrived but the kettle doesn't heat up." found no page (its words are not the
    pages'), and the small model made up a water purification system: a faulty item said in the customer's
    words ("doesn't heat up", "won't charge", "坏了") is searched with the pages' words for one too."""
    from tailorkit.assistant._help_pages import for_the_help_pages

    said = "Hi, my order #4471 arrived but the kettle doesn't heat up."
    assert for_the_help_pages(said).endswith("faulty item stopped working")
    assert for_the_help_pages("How do I change my email?") == "How do I change my email?"
    answer = shop.chat("kim", said, domain="customer_service")
    assert "Faulty items" in answer.text, answer.text
    assert "质量问题" in shop.chat("kim", "我的电饭煲坏了，不能加热。", domain="customer_service").text
    # a leak, said of a gift ("... as a gift for my grandson but it leaks" quoted the gift-card pages)
    gift = shop.chat(
        "meg", "I bought a kettle as a gift for my grandson but it leaks.", domain="customer_service"
    )
    assert "Faulty items" in gift.text and "Gift cards" not in gift.text, gift.text
    assert for_the_help_pages("热水壶漏水了。").endswith("质量问题 故障")
    # "吹风机用了两次就不出热风了" quoted the no-reason returns and delivery times
    hair = shop.chat("fei", "你好，我上周买的吹风机用了两次就不出热风了。", domain="customer_service")
    assert "售后服务 › 质量问题" in hair.text and "配送时效" not in hair.text, hair.text
    assert for_the_help_pages("这个页面打不开了。") == "这个页面打不开了。"  # no item's fault
    assert for_the_help_pages("How do I report a data leak?") == "How do I report a data leak?"


def test_a_return_picked_up_finds_the_collection_page(shop: Engine) -> None:
    """ "Can the courier pick it up on Saturday instead?" after "the dress I ordered is too small" quoted the
    click-and-collect page (the help pages had no collection of returns); what is sent back, in the
    customer's words, is searched with the pages' word for it."""
    from tailorkit.assistant._help_pages import for_the_help_pages

    said = "Hi, the dress I ordered is too small. Can I swap it for a bigger size?"
    told = shop.chat("di", said, domain="customer_service")
    pick = shop.chat(
        "di",
        "Can the courier pick it up on Saturday instead?",
        told.conversation_id,
        domain="customer_service",
    )
    assert "Collection from your home" in pick.text, pick.text
    assert for_the_help_pages("I'm sending the dress back.").endswith("return")
    assert for_the_help_pages("衣服要寄回吗？").endswith("退货")
    # a new address given says nothing the pages are searched for, asked or not
    assert for_the_help_pages("新地址是上海市浦东新区张江路100号。什么时候能发货？").startswith(
        "什么时候能发货？"
    )
    assert for_the_help_pages("The new address is 12 High Street. Has it shipped?") == "Has it shipped?"
    assert for_the_help_pages("地址是哪里？") == "地址是哪里？"


def test_damage_in_delivery_in_the_customers_words_finds_the_damaged_parcels_page(shop: Engine) -> None:
    """ "Hi, I ordered a blender last week and it arrived with a cracked jug." quoted the store pickup page
    and delivery times: an item damaged in delivery said in the customer's words ("arrived with a cracked
    jug", "杯子碎了") is searched with the pages' words for it too ("damaged parcel", "包裹破损")."""
    from tailorkit.assistant._help_pages import for_the_help_pages

    said = "Hi, I ordered a blender last week and it arrived with a cracked jug."
    assert for_the_help_pages(said).endswith("damaged parcel")
    assert for_the_help_pages("Can I crack on with the order?") == "Can I crack on with the order?"
    assert "Missing or damaged parcels" in shop.chat("ava", said, domain="customer_service").text
    assert "包裹破损" in shop.chat("ava", "快递到了，杯子碎了。", domain="customer_service").text


def test_when_an_order_arrives_finds_the_delivery_times_with_the_customers_instruction(shop: Engine) -> None:
    """ "我的订单什么时候能到？" found no page ("到" shares nothing with "送达") after
    "我白天上班，快递只能晚上七点以后送。", whose instruction was lost: when an order arrives is searched with
    the pages' words for it too, and the instruction on when to deliver is kept and named with the answer."""
    told = shop.chat("bo", "我白天上班，快递只能晚上七点以后送。", domain="customer_service")
    assert "快递只能晚上七点以后送" in told.text, told.text
    when = shop.chat("bo", "我的订单什么时候能到？", domain="customer_service")
    assert "配送时效" in when.text and "快递只能晚上七点以后送" in when.text.rpartition("考虑：")[2], (
        when.text
    )
    english = shop.chat("cal", "When will my parcel arrive?", domain="customer_service")
    assert "Delivery times" in english.text, english.text


COACHING = FAQ.parent / "coaching"


@pytest.fixture
def coach(tmp_path: Path) -> Iterator[Engine]:
    """The coach's guidance and a small fake model (its answers are the assistant's own)."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([COACHING / "docs"], domains=["health_coaching"])
        engine.chat_model = FakeChat()
        engine.chat_model.small = True  # type: ignore[attr-defined]
        yield engine


def test_a_coach_quotes_its_guidance_and_a_follow_up_is_about_what_it_asks_now(tmp_path: Path) -> None:
    """A coach's client with high blood pressure asked "Is coffee OK for me?", then "How often should I check
    it at home?": the coach had no guidance to quote (the small model wrote "It's a medical advice, and it's
    not a doctor's advice."), and with it, the follow-up was searched with the coffee question and quoted the
    coffee sentence again. The guidance is quoted to a coach, and a follow-up's passages and words are
    chosen for it alone as well as with what it follows."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([COACHING / "docs"], domains=["health_coaching"])
        engine.knowledge.ingest([FAQ / "docs"], domains=["customer_service"])
        engine.chat_model = FakeChat()
        engine.chat_model.small = True  # type: ignore[attr-defined]
        told = engine.chat("lee", "My doctor says my blood pressure is a bit high.", domain="health_coaching")
        coffee = engine.chat("lee", "Is coffee OK for me?", told.conversation_id, domain="health_coaching")
        assert "Alcohol and caffeine" in coffee.text and "help pages" not in coffee.text, coffee.text
        then = engine.chat(
            "lee", "How often should I check it at home?", coffee.conversation_id, domain="health_coaching"
        )
        assert "Readings" in then.text and "coffee" not in then.text, then.text
        # ... and the shop's pages are never quoted to the coach's client
        guidance = {
            "Blood pressure", "Losing weight", "Staying active", "Sleep", "Working shifts",
            "Running and endurance", "血压管理", "健康减重", "坚持运动", "睡眠",
        }  # fmt: skip
        assert then.why.passages and {p["title"] for p in then.why.passages} <= guidance


def test_a_follow_up_ranks_passages_for_itself_and_for_what_it_follows(tmp_path: Path) -> None:
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([COACHING / "docs"])
        asked = "How often should I check it at home?"
        both = engine.knowledge.search(f"Is coffee OK for me? {asked}", 3)
        # (from a client with high blood pressure: "it" is theirs, not the coffee on a night shift)
        fused = engine.knowledge.search(
            asked, 3, follows="Is coffee OK for me?", about="Has high blood pressure"
        )
        assert both[0].label.endswith(("caffeine", "Caffeine on shifts"))  # what it follows outweighed it
        assert fused[0].label == "Blood pressure › Readings", [h.label for h in fused]


def test_a_chinese_breakfast_question_is_quoted_what_keeps_one_full(tmp_path: Path) -> None:
    """ "早餐吃什么比较好？" (walked on the demo coach, from a client losing weight) was quoted how much to
    exercise a week: the Chinese guidance named no breakfast. Its page on feeling full now does."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([COACHING / "docs"])
        asked = "早餐吃什么比较好？"
        quoted = engine.knowledge.extract(asked, engine.knowledge.search(asked, 3))
        assert quoted and quoted[0].label == "健康减重 › 吃饱不吃多", [q.label for q in quoted]
        assert "早餐" in quoted[0].words


def test_chinese_wrapped_inside_a_paragraph_is_quoted_without_a_space(tmp_path: Path) -> None:
    """The coach's guidance quoted "方便面和 零食里都有很多盐": a Markdown line wrapped between two Chinese
    characters was joined with a space, as English words are."""
    page = tmp_path / "盐.md"
    page.write_text(
        "# 少吃盐\n\n咸菜、方便面和\n零食里都有很多盐，平时做饭少放盐，\n可以用葱、姜调味。\n",
        encoding="utf-8",
    )
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([page])
        hits = engine.knowledge.search("做饭要少放盐吗？")
        words = " ".join(q.words for q in engine.knowledge.extract("做饭要少放盐吗？", hits))
        assert "方便面和零食" in words and "盐，可以" in words and "和 零" not in words, words


def test_what_the_client_lives_with_chooses_the_guidance_and_no_quote_goes_against_it(coach: Engine) -> None:
    """ "Can you give me an exercise plan for this week?" from a client who said "My knees are bad, so no
    running or jumping for me." quoted "... or 75 minutes of vigorous activity such as running": the
    guidance is searched with what the client lives with too, and no sentence suggesting what they keep away
    from is quoted."""
    coach.chat("kit", "My knees are bad, so no running or jumping for me.", domain="health_coaching")
    plan = coach.chat("kit", "Can you give me an exercise plan for this week?", domain="health_coaching")
    quoted = plan.text.partition("Source")[0]
    assert "Joint-friendly exercise" in quoted and "such as running" not in quoted, plan.text
    # what was searched and quoted for the client is theirs: another asking the same gets what is asked
    other = coach.chat("max", "Can you give me an exercise plan for this week?", domain="health_coaching")
    assert "Joint-friendly" not in other.text.partition("Source")[0], other.text


def test_guidance_for_a_condition_goes_to_those_who_have_it(coach: Engine) -> None:
    """ "每周运动几次比较合适？" from a 45-year-old programmer with a fatty liver was quoted exercise in
    pregnancy: a passage whose label names a condition or a way of working (pregnancy, diabetes, dyslexia,
    bad joints, shifts) is quoted only to someone the message, what it follows or their memories say has
    it."""
    from tailorkit.assistant._writing import for_whom_it_is

    assert not for_whom_it_is("坚持运动 › 怀孕期间运动", "每周运动几次比较合适？ 有脂肪肝")
    assert for_whom_it_is("坚持运动 › 怀孕期间运动", "还能跑步吗？ 怀孕五个月")
    assert for_whom_it_is("Working shifts › Caffeine on shifts", "I'm a nurse on nights")
    assert not for_whom_it_is("Working shifts › Caffeine on shifts", "When should I stop drinking coffee?")
    assert for_whom_it_is("Staying active › How much", "anything")  # for anyone
    coach.chat("wei", "我今年45岁，是程序员，最近体检说有脂肪肝。", domain="health_coaching")
    asked = coach.chat("wei", "每周运动几次比较合适？", domain="health_coaching")
    assert "坚持运动" in asked.text and "怀孕" not in asked.text, asked.text
    coach.chat("mei", "我怀孕五个月了，以前每周跑三次步。", domain="health_coaching")
    run = coach.chat("mei", "现在还能跑步吗？", domain="health_coaching")
    assert "坚持运动 › 怀孕期间运动" in run.text, run.text
    # a race's breakfast to a runner, not to a taxi driver asking what to eat (walked)
    assert not for_whom_it_is("Running and endurance › Eating before a long run or a race", "breakfast? taxi")
    assert for_whom_it_is("Running and endurance › Eating before a long run or a race", "my first 10k")
    coach.chat("sam", "I'm 52, I drive a taxi and my cholesterol is a bit high.", domain="health_coaching")
    breakfast = coach.chat("sam", "What should I have for breakfast?", domain="health_coaching")
    assert "long run or a race" not in breakfast.text, breakfast.text
    coach.chat("ria", "I'm training for my first half marathon.", domain="health_coaching")
    before = coach.chat("ria", "What should I have for breakfast on race day?", domain="health_coaching")
    assert "Eating before a long run or a race" in before.text, before.text


def test_a_new_mother_gets_the_guidance_after_giving_birth(coach: Engine) -> None:
    """ "What kind of workouts can I start with?" from a client who had a baby eight weeks before by caesarean
    and is breastfeeding was quoted the guidance for anyone starting out and on swapping sugary drinks, and
    "How many calories should I eat?" a 500 kcal a day deficit: the guidance gains what is written for after
    giving birth and while breastfeeding (for those who say so), and a passage high for what the client told
    and lower for the question alone is among those given (the two rankings fused deeper than is given)."""
    from tailorkit.assistant._writing import for_whom_it_is

    assert not for_whom_it_is(
        "Staying active › Exercise after giving birth", "What should I start with? Has bad knees"
    )
    assert for_whom_it_is("Losing weight › While breastfeeding", "Should I diet while I'm nursing?")
    coach.chat(
        "dana",
        "Hi, I'm Dana. I had my baby eight weeks ago and I'm breastfeeding, so I want to lose the baby "
        "weight slowly.",
        domain="health_coaching",
    )
    coach.chat("dana", "I also had a C-section, so nothing too intense yet.", domain="health_coaching")
    start = coach.chat("dana", "What kind of workouts can I start with?", domain="health_coaching")
    assert "Exercise after giving birth" in start.text, start.text
    eat = coach.chat("dana", "How many calories should I eat?", domain="health_coaching")
    assert "While breastfeeding" in eat.text.partition("Source")[0], eat.text
    other = coach.chat("max", "What kind of workouts can I start with?", domain="health_coaching")
    assert "giving birth" not in other.text and "breastfeeding" not in other.text, other.text
    # ... nor to a client trying for a baby, whose "baby" is none yet ("Trying for a baby with IVF")
    assert not for_whom_it_is("Staying active › Exercise after giving birth", "Trying for a baby with IVF")
    assert not for_whom_it_is("Staying active › Exercise after giving birth", "Our baby is due in June")
    coach.chat("ivy", "My partner and I are doing IVF at the moment.", domain="health_coaching")
    trying = coach.chat("ivy", "What exercise is safe for me right now?", domain="health_coaching")
    assert "giving birth" not in trying.text, trying.text


def test_a_chinese_client_gets_the_guidance_on_exercise_and_what_bears_on_it(coach: Engine) -> None:
    """ "有什么适合我的运动？每天只有半小时。" quoted the guidance on how fast to lose weight (the Chinese
    pages had none on exercise) and named nothing the client told; "晚饭吃什么比较好？" quoted a passage on
    exercise, which shares only "好" and "比" with it: the page on staying active answers the first, with
    what bears on it, and a passage is related to a Chinese question by more than the words of every
    question."""
    coach.chat("lin", "我是素食者。膝盖不太好，不能跑步。", domain="health_coaching")
    moving = coach.chat("lin", "有什么适合我的运动？每天只有半小时。", domain="health_coaching")
    assert "坚持运动 › 没时间怎么锻炼" in moving.text and "（你说过的这些也要考虑：" in moving.text, (
        moving.text
    )
    assert "膝盖不太好" in moving.text.rpartition("考虑：")[2], moving.text
    dinner = coach.chat("lin", "晚饭吃什么比较好？", domain="health_coaching")
    assert "坚持运动" not in dinner.text and "吃素" in dinner.text, dinner.text


def test_a_parent_asking_how_to_help_gets_the_notes_on_what_the_child_finds_hard(tmp_path: Path) -> None:
    """ "How can I help him?" after "My son is in year 5 and he can't make sense of maths word problems." had
    nothing to quote (the notes had no page on word problems, and what the child finds hard did not bear on
    the search)."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ.parent / "tutoring" / "docs"], domains=["tutoring"])
        engine.chat_model = FakeChat()
        engine.chat_model.small = True  # type: ignore[attr-defined]
        told = "My son is in year 5 and he can't make sense of maths word problems."
        engine.chat("pat", told, domain="tutoring")
        helped = engine.chat("pat", "How can I help him?", domain="tutoring")
        assert "Study skills › Word problems" in helped.text, helped.text


def test_a_tutor_quotes_its_course_notes_for_a_plan(tmp_path: Path) -> None:
    """ "Can you give me a plan for this week? I can study 30 minutes a day after school." got the bundled
    model's "Begin your study session at 10:00 AM ... Wake up early, and start at 11:00 AM": the tutor's
    course notes on planning a revision week are quoted, and the time the learner has is kept."""
    notes = FAQ.parent / "tutoring" / "docs"
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([notes], domains=["tutoring"])
        engine.chat_model = FakeChat()
        engine.chat_model.small = True  # type: ignore[attr-defined]
        engine.chat("pri", "I really struggle with probability, especially tree diagrams.", domain="tutoring")
        said = "Can you give me a plan for this week? I can study 30 minutes a day after school."
        plan = engine.chat("pri", said, domain="tutoring")
        assert plan.text.startswith("Here is what the course notes say:"), plan.text
        assert "Planning a revision week" in plan.text.partition("Source")[0], plan.text
        assert "Can study 30 minutes a day after school" in {m.text for m in engine.memories.list("pri")}
        zh = engine.chat("pri", "这周的复习应该怎么安排？", domain="tutoring")
        assert zh.text.startswith("根据课程资料：") and "制定复习计划" in zh.text, zh.text
        # ... but a week said in a question is no topic: when to tutor a child in physics this week quoted
        # "积累词汇" (its "这周学的新词"); what the parent told is the answer
        engine.chat("zhou", "我女儿今年高二，物理特别差。她每周二四晚上有钢琴课。", domain="tutoring")
        when = engine.chat("zhou", "这周什么时候给她补物理比较好？", domain="tutoring")
        assert "积累词汇" not in when.text and "每周二四晚上有钢琴课" in when.text, when.text


def test_a_customer_asking_for_a_person_is_told_the_assistant_cannot_hand_over(shop: Engine) -> None:
    """ "This is ridiculous, I want to speak to a human." after a missing parcel quoted the parcel page."""
    parcel = shop.chat("vic", "My parcel says delivered but it's not here.", domain="customer_service")
    said = "This is ridiculous, I want to speak to a human."
    person = shop.chat("vic", said, parcel.conversation_id, domain="customer_service")
    assert person.text.startswith("I'm an automated assistant, so I can't hand you over"), person.text


def test_a_customer_asking_to_be_called_is_told_how_to_reach_a_person(shop: Engine) -> None:
    """ "Can you call me about my refund?" from a customer who is hard of hearing and had said email is best
    quoted "See the warranty page for how to file a claim." and returning a gift (the search read "person" in
    "ask the person who bought it"), and the email was not kept: being called is asking for a person, whose
    pages are searched for how to reach one, and how the customer would be reached is kept."""
    told = "Hi, I'm hard of hearing, so email is best for me rather than phone calls."
    shop.chat("ivy", told, domain="customer_service")
    assert {"Is hard of hearing", "Prefers email to phone calls"} <= {
        m.text for m in shop.memories.list("ivy")
    }
    call = shop.chat("ivy", "Can you call me about my refund?", domain="customer_service")
    assert call.text.startswith("I'm an automated assistant"), call.text
    assert "Talking to a person" in call.text and "gift" not in call.text, call.text
    from tailorkit.assistant._intents import WANTS_A_PERSON

    assert not WANTS_A_PERSON.search("Please call me Ann.")  # a name to be called by
    for said in ("能给我打个电话吗？", "我要转人工"):
        zh = shop.chat("ivy", said, domain="customer_service")
        assert zh.text.startswith("我是自动客服助手") and "联系客服" in zh.text and "包裹" not in zh.text, (
            zh.text
        )


def test_a_customer_setting_up_an_account_for_a_parent_is_told_nothing_and_hours_are_found(
    shop: Engine,
) -> None:
    """ "My mum is in her seventies and not great with phones, I set this account up for her." was quoted
    two-step verification, "这个账号是帮她注册的。" the invoices and refunds; "你们周末有人值班吗？" found no
    page.
    Whose account it is and a member's age by its decade are read (what only tells is acknowledged), and
    when a person can be reached is searched in the pages' words."""
    told = shop.chat(
        "may", "My mum is in her seventies and not great with phones, I set this account up for her.",
        domain="customer_service",
    )  # fmt: skip
    assert told.text.startswith("Got it") and "help pages" not in told.text, told.text
    assert {"Mum is in her seventies", "Set up this account for mum"} <= {
        m.text for m in shop.memories.list("may")
    }
    zh = shop.chat("mei", "这个账号是帮我妈注册的。", domain="customer_service")
    assert zh.text.startswith("好的") and "帮助文档" not in zh.text, zh.text
    hours = shop.chat("mei", "你们周末有人值班吗？", domain="customer_service")
    assert "在线客服每天早上九点至晚上十点在线" in hours.text, hours.text
    weekend = shop.chat("may", "Is anyone there at the weekend?", domain="customer_service")
    assert "Monday to Saturday" in weekend.text, weekend.text


def test_an_order_that_has_not_come_and_a_request_for_a_person_find_their_pages(shop: Engine) -> None:
    """ "My order 48213 hasn't arrived and it's been 10 days." quoted how long click-and-collect orders are
    held, and "I want to speak to a real person." had no page to quote and was kept as a memory: an order
    that has not come is searched with the pages' words for a missing parcel, the help pages say how to
    reach a person, and asking for one tells nothing of the customer."""
    from tailorkit.assistant._help_pages import for_the_help_pages

    late = shop.chat("una", "My order 48213 hasn't arrived and it's been 10 days.", domain="customer_service")
    assert "Missing or damaged parcels" in late.text.partition("Source")[0], late.text
    assert for_the_help_pages("快递还没收到。").endswith("包裹丢失 物流")
    person = shop.chat(
        "una", "I want to speak to a real person.", late.conversation_id, domain="customer_service"
    )
    assert person.text.startswith("I'm an automated assistant") and "Contacting us" in person.text, (
        person.text
    )
    assert not any("real person" in m.text for m in shop.memories.list("una"))


def test_a_word_of_every_question_relates_no_passage(tmp_path: Path) -> None:
    """ "How do I find the area of a triangle?" was quoted the tutor's "Fractions" (for the "find" of "find
    a common denominator"), and "I need to know how to change a tyre." the coach's diabetes page: a word
    that questions of every kind use ("find", "need", "know", "tips") relates nothing; the words that say
    what a question is about still do."""
    docs = FAQ.parent
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([docs / "tutoring" / "docs"], domains=["tutoring"])
        engine.knowledge.ingest([docs / "coaching" / "docs"], domains=["health_coaching"])
        assert engine.knowledge.search("How do I find the area of a triangle?", 5, domain="tutoring") == []
        assert (
            engine.knowledge.search("I need to know how to change a tyre.", 5, domain="health_coaching") == []
        )
        found = engine.knowledge.search("How do I find a common denominator?", 5, domain="tutoring")
        assert found and found[0].label.startswith("Fractions"), [h.label for h in found]


def test_a_refund_not_come_finds_the_refund_page_and_how_to_reach_the_customer(shop: Engine) -> None:
    """ "Please don't phone me, I'm deaf. Email works best." then "My refund for order 5512 hasn't arrived
    after two weeks. Can someone get in touch?" quoted the missing-parcel and tracking pages ("hasn't
    arrived" read as a parcel's) and said nothing of how to reach the customer: a refund not come is
    searched with "refund timing" ("退款到账时间"), and asked to get in touch, the answer names how the
    customer said to be reached."""
    from tailorkit.assistant._help_pages import for_the_help_pages

    asked = "My refund for order 5512 hasn't arrived after two weeks. Can someone get in touch?"
    assert for_the_help_pages(asked).endswith("refund timing")
    assert for_the_help_pages("My order hasn't arrived").endswith("missing parcel tracking")
    shop.chat("dee", "Please don't phone me, I'm deaf. Email works best.", domain="customer_service")
    answer = shop.chat("dee", asked, domain="customer_service").text
    assert "Refund timing" in answer and "Missing or damaged parcels" not in answer, answer
    note = answer.rpartition("bears on this:")[2]
    assert "Please don't phone me" in note and "Prefers email" in note, answer
    assert "退款到账时间" in shop.chat("yu", "退款还没到账，怎么回事？", domain="customer_service").text
    plain = shop.chat("eve", asked, domain="customer_service").text  # nothing told: no note
    assert "bears on this" not in plain, plain


def test_a_parcel_not_come_is_told_what_to_do_and_how_the_customer_will_be_told(shop: Engine) -> None:
    """A customer walked on the demo: "My order 55120 hasn't arrived yet, it's been 9 days." was quoted a
    parcel marked delivered and how long tracking takes to show (the English pages said nothing of a late
    parcel), and "How will you let me know when it's sorted?" after "I prefer texting to phone calls" named
    nothing of how they said to be reached ("let me know" and "通知我" were no request to be contacted)."""
    shop.chat(
        "kai", "Hi, quick one: I prefer texting to phone calls, always have.", domain="customer_service"
    )
    late = shop.chat("kai", "My order 55120 hasn't arrived yet, it's been 9 days.", domain="customer_service")
    assert "five business days after it left us" in late.text, late.text
    told = shop.chat("kai", "How will you let me know when it's sorted?", late.conversation_id,
                     domain="customer_service")  # fmt: skip
    assert "Prefers texting to phone calls" in told.text.rpartition("bears on this:")[2], told.text
    shop.chat("qi", "我更喜欢发消息，不喜欢打电话。", domain="customer_service")
    asked = shop.chat("qi", "处理好了怎么通知我？", domain="customer_service").text
    assert "喜欢发消息" in asked.rpartition("也要考虑：")[2], asked


def test_a_follow_up_is_searched_with_an_order_said_beside_who_the_customer_is(shop: Engine) -> None:
    """ "Can I swap it for a bigger one?" after "Hi, I'm a size 12 in UK sizes and I bought a dress that's
    too small." (walked on the demo shop) got "I couldn't find that in our help pages": the message before
    told who the customer is, so the follow-up was searched alone. An order said after "and I" is what it
    follows, with the size said beside it."""
    said = "Hi, I'm a size 12 in UK sizes and I bought a dress that's too small."
    first = shop.chat("sue", said, domain="customer_service")
    asked = "Can I swap it for a bigger one?"
    then = shop.chat("sue", asked, first.conversation_id, domain="customer_service")
    assert "Exchanges" in then.text, then.text
    # ... not a message that only tells ("My wife is vegetarian and I eat whatever.")
    from tailorkit.assistant._help_pages import for_the_help_pages

    tells = lambda s: bool(shop.memories.extractor.extract(s))  # noqa: E731
    assert for_the_help_pages("My wife is vegetarian and I eat whatever.", tells, or_all=False) == ""


def test_a_refund_asked_after_a_fault_is_asked_of_the_fault(shop: Engine) -> None:
    """ "可以退款吗？还是只能换货？" after "我上周买的电饭煲用了两次就坏了，不能加热。" quoted cancelling an
    order and the returns policy: a short question that names what it asks for of what was said (退款,
    换货, "a refund instead") is searched with what it follows, as "可以退吗？" was."""
    first = shop.chat("gu", "你好，我上周买的电饭煲用了两次就坏了，不能加热。", domain="customer_service")
    then = shop.chat("gu", "可以退款吗？还是只能换货？", first.conversation_id, domain="customer_service")
    assert "质量问题" in then.text and "取消订单" not in then.text, then.text
    first = shop.chat("hal", "My kettle stopped heating after two uses.", domain="customer_service")
    then = shop.chat("hal", "Can I get a refund instead?", first.conversation_id, domain="customer_service")
    assert "Faulty items" in then.text, then.text
    # ... and one that asks for a remedy without saying for what ("Can I get a refund or a replacement?")
    from tailorkit.assistant._help_pages import follows_up

    assert follows_up("Can I get a refund or a replacement?") and follows_up("Can I have my money back?")
    assert not follows_up("What's your refund policy for sale items?")
    first = shop.chat("ida", "My toaster stopped working after a week.", domain="customer_service")
    then = shop.chat(
        "ida", "Can I get a refund or a replacement?", first.conversation_id, domain="customer_service"
    )
    assert "Faulty items" in then.text, then.text


def test_an_english_question_is_not_quoted_a_chinese_passage_it_shares_no_word_with(tmp_path: Path) -> None:
    """ "Something with noodles?" to the health coach was quoted the Chinese weight-loss guidance (the bundled
    MiniLM places Chinese text close to anything): a passage in Chinese answers an English question only by
    a word they share."""
    coaching = FAQ.parent / "coaching" / "docs"
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([coaching], domains=["health_coaching"])
        for asked in ("Something with noodles?", "What should I cook tonight?", "How should I sleep better?"):
            hits = engine.knowledge.search(asked, 5, domain="health_coaching")
            assert not any(re.search(r"[\u4e00-\u9fff]", h.text) for h in hits), (asked, hits)
        assert engine.knowledge.search(
            "晚上总是睡不着怎么办？", 3, domain="health_coaching"
        )  # Chinese still found


def test_a_learner_working_on_algebra_gets_the_algebra_notes_not_fractions(tmp_path: Path) -> None:
    """A GCSE learner weak at factorising said "I think the answer is (x+2)(x+3)?" and was quoted how to
    divide fractions ("2/3 x 5/4" shares the letter x and the digits): a letter is no word in common. The
    notes have a page on algebra, with practice questions the learner's weak spot finds."""
    fractions_only = tmp_path / "notes"
    fractions_only.mkdir()
    (fractions_only / "fractions.md").write_text(
        (FAQ.parent / "tutoring" / "docs" / "fractions.md").read_text()
    )
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([fractions_only], domains=["tutoring"])
        assert engine.knowledge.search("I think the answer is (x+2)(x+3)?", 5) == []
    with Engine.open(tmp_path / "all.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ.parent / "tutoring" / "docs"], domains=["tutoring"])
        engine.chat_model = FakeChat()
        engine.chat_model.small = True  # type: ignore[attr-defined]
        engine.chat(
            "gus", "I'm 15 and preparing for my GCSEs. Algebra is my weak spot, especially factorising."
        )
        practice = engine.chat("gus", "Can you give me a practice question?", domain="tutoring")
        assert "Algebra › Practice questions" in practice.text, practice.text


def test_a_chinese_question_that_says_every_word_of_a_heading_finds_its_section(shop: Engine) -> None:
    """ "退款多久能到账？" after asking to cancel an order not yet sent quoted the delivery times: the heading
    "退款到账时间" was not said word for word. Every word of it that says what it is about (退款, 到, 账;
    "时间" is a word of every question) is."""
    said = "你好，我上周买的吸尘器到现在还没发货，订单号是 88231。"
    first = shop.chat("lin", said, domain="customer_service")
    cancel = shop.chat("lin", "能帮我取消订单吗？", first.conversation_id, domain="customer_service")
    refund = shop.chat("lin", "退款多久能到账？", cancel.conversation_id, domain="customer_service")
    assert "售后服务 › 退款到账时间" in refund.text.partition("来源")[0], refund.text
    assert shop.knowledge.search("退款几天到账？", 3)[0].label == "售后服务 › 退款到账时间"


def test_a_parent_asking_how_to_help_gets_the_notes_without_an_empty_offer(tmp_path: Path) -> None:
    """A parent of a year 6 girl who finds fractions hard asked "How can I help her at home?" and read "I'm
    here to help you with that." before the notes: an offer of help says nothing. "她也不太喜欢读书，有什么
    办法吗？" was given the notes on listening and exam nerves, which share only "喜欢" and "怎么办"'s
    characters with it: words of how a question asks relate nothing."""
    from tests.assistant._fakes import Saying

    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.knowledge.ingest([FAQ.parent / "tutoring" / "docs"], domains=["tutoring"])
        engine.chat_model = Saying("I'm here to help you with that.", small=True)
        told = engine.chat(
            "mia", "My daughter is in year 6 and finds fractions really hard.", domain="tutoring"
        )
        helped = engine.chat("mia", "How can I help her at home?", told.conversation_id, domain="tutoring")
        assert helped.text.startswith("Here is what the course notes say:"), helped.text
        assert "Fractions ›" in helped.text
        found = engine.knowledge.search("她也不太喜欢读书，有什么办法吗？", 5, domain="tutoring")
        assert not {h.label for h in found} & {"学习方法 › 提高听力", "学习方法 › 考试紧张怎么办"}, found
        assert engine.knowledge.search("考试紧张怎么办？", 1)[0].label == "学习方法 › 考试紧张怎么办"


def test_a_members_question_about_delivery_is_answered_for_a_member(shop: Engine) -> None:
    """ "Can I get free delivery next time?" from a customer who said "I'm a Plus member." quoted the
    delivery times: the pages are searched with the membership where the request names what it gives."""
    said = "Hi, my name is Tom. I'm a Plus member. I ordered a desk last Monday and it still hasn't arrived."
    first = shop.chat("tom", said, domain="customer_service")
    free = shop.chat(
        "tom", "Can I get free delivery next time?", first.conversation_id, domain="customer_service"
    )
    assert "Plus membership › What Plus includes" in free.text.partition("Source")[0], free.text
    late = shop.chat(
        "tom", "It still hasn't come, what should I do?", free.conversation_id, domain="customer_service"
    )
    assert "Plus membership" not in late.text, late.text  # the membership names nothing of a late parcel
    # a question that asks no advice is searched with it too ("Do I pay for delivery?" quoted import duties)
    pay = shop.chat("tom", "Do I pay for delivery?", late.conversation_id, domain="customer_service")
    assert "Plus membership › What Plus includes" in pay.text.partition("Source")[0], pay.text
    # ... and the membership alone asks for nothing ("Hi, I'm a Plus member." was quoted the Plus pages)
    hi = shop.chat("ann", "Hi, I'm a Plus member.", domain="customer_service")
    assert "Plus membership ›" not in hi.text and "Is a Plus member" in hi.text, hi.text


def test_a_question_is_not_answered_with_sympathy_for_what_was_told_before(coach: Engine) -> None:
    """ "What should my long run be this Sunday?" after "I've got shin splints though." opened with the small
    model's "I'm sorry to hear that.": sympathy alone answers no question; the guidance's own lead-in."""
    from tests.assistant._fakes import Saying

    coach.chat_model = Saying("I'm sorry to hear that.", small=True)
    said = "I'm training for a half marathon in April. I run about 25 km a week."
    first = coach.chat("ivy", said, domain="health_coaching")
    shins = coach.chat(
        "ivy", "I've got shin splints though.", first.conversation_id, domain="health_coaching"
    )
    asked = "What should my long run be this Sunday?"
    long_run = coach.chat("ivy", asked, shins.conversation_id, domain="health_coaching")
    assert not long_run.text.startswith("I'm sorry"), long_run.text
    assert "Running and endurance ›" in long_run.text, long_run.text


def test_how_a_client_sleeps_bears_on_the_coachs_advice(coach: Engine) -> None:
    """ "Any tips for getting more rest?" from a new parent who sleeps four hours a night quoted the rest day
    of a running plan: how the client sleeps bears on a coach's advice and its search, as a condition does."""
    told = coach.chat(
        "nia", "I have a newborn and I'm exhausted. I sleep maybe 4 hours a night.", domain="health_coaching"
    )
    rest = coach.chat(
        "nia", "Any tips for getting more rest?", told.conversation_id, domain="health_coaching"
    )
    quoted = rest.text.partition("Source")[0]
    assert "Sleep ›" in quoted and "Building up to a race" not in quoted, rest.text


def test_a_question_asking_how_is_answered_from_the_section_headed_how(shop: Engine) -> None:
    """ "我想退货，怎么操作？" quoted how long a refund takes: the help pages had no section on how to
    return an item in Chinese, and the refund's shares as many characters with the question. A section
    headed as how to do what the question asks how to do (怎么申请退货, "How to return an item") is quoted
    first, its steps whole."""
    for asked, heading, first in (
        ("我想退货，怎么操作？", "售后服务 › 怎么申请退货", '在"我的订单"里找到要退的商品'),
        ("How do I send an item back?", "Returns and refunds › How to return an item", "Start a return"),
    ):
        hits = shop.knowledge.search(asked)
        quote = shop.knowledge.extract(asked, hits)[0]
        assert quote.label == heading and quote.words.startswith(first), (asked, quote)
        assert quote.words.count("。") + quote.words.count(". ") >= 2, quote  # the steps, not one sentence


def test_what_is_kept_away_from_in_another_domain_does_not_bear_on_advice(coach: Engine) -> None:
    """ "有什么运动适合我？" from a client who had said "我有高血压，医生让我少吃盐。" (walked on the demo)
    was searched and answered with the salt: to a coach all the body keeps away from bore on any request for
    advice. What is kept away from in one domain (salt, food) no longer bears on a request that names another
    (exercise); the condition still does."""
    coach.chat("lin", "我有高血压，医生让我少吃盐。", domain="health_coaching")
    asked = coach.chat("lin", "有什么运动适合我？", domain="health_coaching")
    assert "有高血压" in asked.text and "少吃盐" not in asked.text and "血压管理 › 少吃盐" not in asked.text
    food = coach.chat("lin", "晚饭吃什么比较好？", domain="health_coaching")
    assert "少吃盐" in food.text, food.text  # ... and still on a meal
