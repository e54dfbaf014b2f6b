"""What an answer says about items, checked against the catalogue: invented years and genres removed,
refusals removed while items were given, and the structured answer a small model gets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tailorkit import Engine, Settings
from tailorkit.assistant import Catalogue
from tailorkit.assistant._conduct import refuses, says_nothing
from tailorkit.assistant._grounding import ItemFacts, contradiction, natural_title
from tailorkit.testing import FakeChat
from tests.assistant._fakes import Saying


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    tmp = tmp_path_factory.mktemp("facts")
    with Engine.open(tmp / "tk.db", Settings(data_dir=tmp)) as engine:
        engine.ingest_items(
            [
                {"item": "1", "title": "Die Hard (1988)", "tags": ["Action", "Thriller"]},
                {"item": "2", "title": "Toy Story (1995)", "tags": ["Animation", "Comedy"]},
                {"item": "3", "title": "Heat (1995)", "tags": ["Crime", "Drama"],
                 "text": "A detective hunts a crew of thieves. Starring Al Pacino and Robert De Niro."},
                {"item": "4", "title": "Terminator, The (1984)", "tags": ["Action", "Sci-Fi"]},
            ]
        )  # fmt: skip
        events = [{"user": u, "item": i, "kind": "rate", "value": 5} for u in ("a", "b") for i in "1234"]
        events += [{"user": "me", "item": "4", "kind": "rate", "value": 5}]
        engine.ingest_events(events)
        engine.profiles.rebuild()
        engine.train("itemknn")
        engine.settings.assistant.recommendations = 3
        yield engine


def answer_both_ways(engine: Engine, model: FakeChat, message: str) -> list[tuple[str, object]]:
    """The answer to ``message``, whole and streamed (text and why report of each)."""
    original = engine.chat_model
    engine.chat_model = model
    try:
        whole = engine.chat("me", message)
        stream = engine.assistant.stream("me", message)
        streamed = "".join(stream)
    finally:
        engine.chat_model = original
    assert stream.answer is not None
    assert streamed.strip() == stream.answer.text
    return [(whole.text, whole.why), (streamed, stream.answer.why)]


def test_an_invented_year_for_a_real_item_is_removed(shop: Engine) -> None:
    model = Saying("Here you go. Die Hard was released in 1994. It is a classic action film. Enjoy!")
    for text, why in answer_both_ways(shop, model, "recommend me a film"):
        assert "1994" not in text and "released in" not in text
        assert "It is a classic action film." in text and "Enjoy!" in text  # true or unverifiable: kept
        assert why.corrected[0]["item"] == "1" and "1988" in why.corrected[0]["fact"]  # type: ignore[attr-defined]


def test_a_contradicted_genre_and_a_pronoun_sentence_are_removed(shop: Engine) -> None:
    model = Saying("1. Die Hard (1988) is an action thriller. It is a hilarious comedy from 1988.")
    for text, why in answer_both_ways(shop, model, "recommend me a film"):
        assert "comedy" not in text and "Die Hard (1988) is an action thriller." in text
        assert "genre Comedy" in why.corrected[0]["fact"]  # type: ignore[attr-defined]


def test_a_small_model_naming_a_director_the_catalogue_does_not_name_is_not_believed(shop: Engine) -> None:
    said = "Toy Story was directed by Takashi Shimura. It is a fun animated film."
    small = Saying(said, small=True)
    for text, why in answer_both_ways(shop, small, "My kids want to watch Toy Story tonight."):
        assert "Shimura" not in text and "It is a fun animated film." in text
        assert why.corrected[0]["item"] == "2" and "Takashi Shimura" in why.corrected[0]["fact"]  # type: ignore[attr-defined]
    # asked about the film, a small model is not asked at all: the catalogue answers what it knows
    calls = len(small.calls)
    for text, why in answer_both_ways(shop, small, "Who directed Toy Story?"):
        assert "Toy Story (1995) · Animation, Comedy" in text and "won't guess" in text
        assert why.structured and "Shimura" not in text  # type: ignore[attr-defined]
    assert len(small.calls) == calls
    # a larger model is trusted where the catalogue has nothing to say against it
    for text, _ in answer_both_ways(shop, Saying(said), "Who directed Toy Story?"):
        assert "Takashi Shimura" in text


def test_a_refusal_is_removed_while_items_were_given(shop: Engine) -> None:
    model = Saying("I'm unable to provide personalized recommendations. Heat (1995) is a tense crime drama.")
    for text, why in answer_both_ways(shop, model, "recommend me a film"):
        assert "unable" not in text and "Heat (1995) is a tense crime drama." in text
        assert any("unable" in r for r in why.removed)  # type: ignore[attr-defined]
    # with nothing to recommend a refusal may be the right answer: left alone
    plain = answer_both_ways(shop, Saying("I can't book flights, sorry."), "book me a flight")
    assert plain[0][0] == "I can't book flights, sorry."


def test_a_small_model_writes_nothing_of_an_answer_of_picks(shop: Engine) -> None:
    """The bundled model's lead-in to picks said nothing true more often than not ("I'm not capable of
    providing information about movies", "Something funny maybe?"): the picks come under a fixed line,
    from the catalogue, and the model is not asked (turned off, it writes the answer freely)."""
    model = Saying(
        "I'm not capable of providing information about movies.\n1. Die Hard is about a woman who is a spy",
        small=True,
    )
    for text, why in answer_both_ways(shop, model, "recommend me a film"):
        lead, _, listing = text.partition("\n\n")
        assert lead == "Here are some picks for you:"
        lines = listing.splitlines()
        assert len(lines) == 3 and all(line[:3] in ("1. ", "2. ", "3. ") for line in lines)
        assert "woman" not in text and "capable" not in text
        die_hard = next(line for line in lines if "Die Hard" in line)
        assert "Die Hard (1988) · Action, Thriller · because you liked The Terminator (1984)" in die_hard
        assert why.structured  # type: ignore[attr-defined]
    assert not model.calls
    free_model = Saying("Great picks!", small=True)
    free = free_answers(shop, free_model, "recommend me a film")
    assert not free[0][1].structured and free_model.calls  # type: ignore[attr-defined]
    assert free[0][0].startswith("Great picks!")


def free_answers(engine: Engine, model: FakeChat, message: str) -> list[tuple[str, object]]:
    """``answer_both_ways`` with structured answers off: the model writes, the checks apply."""
    engine.settings.assistant.structured = "off"
    try:
        return answer_both_ways(engine, model, message)
    finally:
        engine.settings.assistant.structured = "auto"


def test_a_sentence_said_twice_is_kept_once(shop: Engine) -> None:
    model = Saying("You're right. I'm sure you'll love these. I'm sure you'll love these.", small=True)
    for text, _ in free_answers(shop, model, "recommend me a film"):
        assert text.partition("\n\n")[0] == "You're right. I'm sure you'll love these."
    nearly = Saying(
        "I'll suggest a few that are light-hearted and fun. I'll also recommend a few that are light-hearted "
        "and fun.",
        small=True,
    )  # the same sentence with a word or two changed
    for text, _ in free_answers(shop, nearly, "recommend me a film"):
        assert text.partition("\n\n")[0] == "I'll suggest a few that are light-hearted and fun."
    inside = Saying(  # what the bundled model led demo user 1's picks with
        "I'd recommend checking out the movies I'm most familiar with. If you're looking for something a "
        "bit different, I'd suggest checking out the movies I'm most familiar with.",
        small=True,
    )
    for text, _ in free_answers(shop, inside, "recommend me a film"):
        assert text.partition("\n\n")[0] == "I'd recommend checking out the movies I'm most familiar with."
    different = Saying("These are all quite dark films. These are all quite short, though.", small=True)
    for text, _ in free_answers(shop, different, "recommend me a film"):
        assert (
            text.partition("\n\n")[0] == "These are all quite dark films. These are all quite short, though."
        )


def test_a_question_about_an_item_gets_the_catalogue_and_what_of_the_user_it_is_close_to(
    shop: Engine,
) -> None:
    small = Saying("Die Hard is a romantic comedy directed by Nora Ephron.", small=True)
    for text, why in answer_both_ways(shop, small, "Is Die Hard any good?"):
        assert "Die Hard (1988) · Action, Thriller · close to The Terminator (1984), which you liked" in text
        assert "Ephron" not in text and why.listed  # type: ignore[attr-defined]
    assert not small.calls
    # a request that only names the item is the model's to answer
    answer_both_ways(shop, small, "Write me a short poem about Die Hard.")
    assert small.calls


def test_a_title_in_a_question_of_another_domain_is_not_asked_about(tmp_path: Path) -> None:
    """ "What should I eat the night before a long run?" names the film The Night Before, but asks about
    food: the model answers it, not the catalogue; asked about as a film, the catalogue does."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.ingest_items([{"item": "1", "title": "Night Before, The (2015)", "tags": ["Comedy"]}])
        small = Saying("Pasta is a classic choice.", small=True)
        engine.chat_model = small
        food = engine.chat("runner", "What should I eat the night before a long run?")
        assert food.text.startswith("Pasta is a classic choice.") and small.calls
        assert not food.why.listed
        film = engine.chat("runner", "Is The Night Before any good?")
        assert "Night Before" in film.text and film.why.listed


def test_a_title_in_lower_case_from_someone_who_writes_capitals_is_their_own_phrase(tmp_path: Path) -> None:
    """ "Any ideas for date night?" was answered with what the catalogue says of the film Date Night: a
    title written in lower case by someone who writes capitals is a phrase of their own, unless the
    question is about a film ("Have you seen date night?"), or they write everything in lower case."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.ingest_items([{"item": "1", "title": "Date Night (2010)", "tags": ["Comedy"]}])
        g = engine.assistant.gatherer.picker
        assert g.asked_about("Any ideas for date night?") == []
        for asked in ("Have you seen date night?", "Is Date Night any good?", "is date night any good?"):
            assert g.asked_about(asked) == ["1"], asked


def test_a_small_models_apology_is_no_lead_in_for_the_picks(shop: Engine) -> None:
    model = Saying("I'm sorry for any misunderstanding. Here are a few films for you.", small=True)
    for text, why in free_answers(shop, model, "recommend me a film"):
        assert text.partition("\n\n")[0] == "Here are a few films for you."
        assert "I'm sorry for any misunderstanding." in why.removed  # type: ignore[attr-defined]


def test_a_small_model_asking_what_was_meant_is_no_lead_in_for_the_picks(shop: Engine) -> None:
    model = Saying("I'm not sure what film you're referring to. Can you please specify?", small=True)
    for text, _ in answer_both_ways(shop, model, "recommend me a film"):
        assert text.startswith("Here are some picks for you:") and "specify" not in text


def test_picks_made_for_the_user_are_not_called_popular(shop: Engine) -> None:
    model = Saying("Sure, here are some films for tonight. Here's a list of some popular ones:", small=True)
    for text, why in free_answers(shop, model, "recommend me a film"):
        lead = text.partition("\n\n")[0]
        assert lead == "Sure, here are some films for tonight."
        assert any("popular" in r for r in why.removed)  # type: ignore[attr-defined]


def test_refusals_are_recognised_in_english_and_chinese() -> None:
    assert refuses("I'm unable to provide personalized recommendations based on your preferences.")
    assert refuses("我无法为你推荐电影。") and refuses("As an AI, I have no taste.")
    assert refuses("I'm sorry for any misunderstanding, but I'm not a movie-watching guide.")
    assert refuses("I'm sorry, I'm sorry,") and refuses("抱歉。")
    assert refuses("I'm afraid I'm not equipped to provide a meal right now.")  # to "a quick dinner idea"
    assert refuses("I am not in a position to recommend anything.")
    assert not refuses("Sorry to hear that, try these.")
    assert not refuses("Here are five films you may like.") and not refuses("I can recommend these.")


@pytest.mark.parametrize(
    "sentence",
    [  # the bundled model's answers to a parent and a coaching client
        "I'm here to provide support and guidance, not to provide advice on how to practise his skills.",
        "If you have any specific questions or need help with a particular topic, please let me know.",
        "I'm here to assist you whenever possible.",
        "If you need help with a particular issue, you should consult a professional.",
        "I'm a medical AI, and I'm designed to provide medical advice.",
        "If you need help with a specific task or want to discuss an issue, I'm here to assist you.",
        "If you have any specific questions or need help with a particular task, you can ask a professional "
        "or a tutor.",
    ],
)
def test_a_deflection_or_a_bare_offer_of_help_says_nothing(sentence: str) -> None:
    assert says_nothing(sentence, ["How can I help him practise this week?"])


def test_advice_that_names_whom_to_ask_about_what_says_something() -> None:
    assert not says_nothing("You should consult a doctor before changing your insulin.", [])
    assert not says_nothing("Try reading together for ten minutes a day.", [])


def test_a_verdict_on_the_user_in_words_they_never_used_says_nothing() -> None:
    """The bundled model opened its answer to "What should my long run be this Sunday?" with "You're a
    little late.": a verdict on the user nobody told it. Saying back what they told, and stock
    encouragement, stay."""
    said = ["I'm training for my first half marathon in April.", "What should my long run be this Sunday?"]
    assert says_nothing("You're a little late.", said)
    assert says_nothing("You are overweight.", said)
    assert not says_nothing("You're training for a half marathon.", said)
    assert not says_nothing("You're on the right track!", said)
    assert not says_nothing("You're a runner, so build up slowly.", said)  # more than a verdict
    assert not says_nothing("You're not alone.", said)


def test_contradictions_are_judged_only_where_the_facts_allow() -> None:
    facts = [ItemFacts("1", "Die Hard (1988)", 1988, ("Action", "Thriller"))]
    heat = [ItemFacts("3", "Heat (1995)", 1995, ("Crime", "Drama"), "Starring Al Pacino and Robert De Niro.")]
    cat = Catalogue({"1": "Die Hard (1988)", "3": "Heat (1995)"}).with_facts([*facts, *heat])
    assert contradiction("Die Hard came out in 1990.", facts, cat)
    assert contradiction("Die Hard is a comedy.", facts, cat) is None  # no item has that genre here
    assert contradiction("Heat is a war film.", heat, cat) is None
    assert contradiction("Die Hard is a thriller set in 1987.", facts, cat) is None  # when it is set
    assert contradiction("Die Hard (1988) is not a drama.", facts, cat) is None  # negated
    assert contradiction("Die Hard is a drama.", facts, cat)  # Drama is a genre Heat has
    assert contradiction("Heat, starring Al Pacino, is tense.", heat, cat) is None
    assert contradiction("Heat, starring Tom Hanks, is tense.", heat, cat)
    assert contradiction("Die Hard, starring Tom Hanks, is fun.", facts, cat) is None  # no cast known
    assert natural_title("Terminator, The (1984)") == "The Terminator (1984)"


def test_a_request_for_suggestions_outside_the_catalogue_gets_no_items(shop: Engine) -> None:
    shop.chat_model = FakeChat()
    assert not shop.chat("me", "Any drinks you'd suggest for a hot day?").why.recommendations
    assert not shop.chat("me", "What should I cook for dinner, any recommendations?").why.recommendations
    assert shop.chat("me", "I feel like something funny, what do you suggest?").why.recommendations
    assert shop.chat("me", "推荐几部电影").why.recommendations
    assert shop.chat("me", "Any films for tonight?").why.recommendations  # asked without "recommend"
    assert shop.chat("me", "有什么好电影吗？").why.recommendations
    assert not shop.chat("me", "Any ideas how to fix my printer?").why.recommendations
    assert not shop.chat("me", "给我推荐几样零食吧。").why.recommendations  # snacks are no films
    assert not shop.chat("me", "附近有什么美食推荐？").why.recommendations
    shop.settings.assistant.catalogue_domains = []  # a catalogue of everything: every request gets items
    try:
        assert shop.chat("me", "Any drinks you'd suggest?").why.recommendations
    finally:
        shop.settings.assistant.catalogue_domains = ["media"]


def test_a_closed_question_gets_a_short_answer_and_an_open_one_the_full_length(shop: Engine) -> None:
    shop.chat_model = model = FakeChat()
    shop.chat("me", "Is the shop open on Sundays?")
    shop.chat("me", "How do I reset my password?")
    shop.chat("me", "这个多少钱？")
    shop.assistant.respond("me", "Is it open?", max_tokens=300)  # asked for: honoured
    limits = [m for m, _ in model.sampling]
    s = shop.settings.assistant
    assert limits == [s.short_answer_tokens, s.max_tokens, s.short_answer_tokens, 300]


def test_a_verdict_said_as_the_answer_is_is_a_verdict() -> None:
    """ "Is coffee at 3am a bad idea?" from a night-shift nurse got "The answer is no." above the guidance on
    caffeine on shifts (which says stop four to six hours before the shift ends): a small model's yes or no
    said as "the answer is" is its guess, left out above quotes as "No, ..." was."""
    from tailorkit.assistant._conduct import answers_yes_or_no

    for said in (
        "The answer is no.",
        "The short answer is yes, but it depends.",
        "No, it's not.",
        "是的，可以。",
    ):
        assert answers_yes_or_no(said), said
    for said in ("The answer depends on when your shift ends.", "Nobody sleeps well after coffee."):
        assert not answers_yes_or_no(said), said
