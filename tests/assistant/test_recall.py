""" "What do you remember about me?": answered with the user's own memories and profile, in either language,
written by the assistant where the model is too small to write it faithfully."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tailorkit import Engine, Settings
from tailorkit.llm import Message
from tailorkit.testing import FakeChat
from tests.assistant._fakes import Saying


class Small(FakeChat):
    small = True


@pytest.fixture
def engine(tmp_path) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.ingest_items([{"item": "1", "title": "Big (1988)", "tags": ["Comedy"]}])
        engine.ingest_events([{"user": "ann", "item": "1", "kind": "rate", "value": 5}])
        engine.profiles.rebuild()
        engine.train("popularity")
        yield engine


@pytest.mark.parametrize(
    "question",
    [
        "What do you remember about me?",
        "你都记得我什么？",
        "你现在记得我什么？",  # after a "forget ...": it was answered as a question the model cannot write
        # asked as a whole, not about one thing (it was answered "I don't think you've told me that yet")
        "Do you remember me?",
        "Do you remember what I told you?",
        "你还记得我的情况吗？",
        "我的情况你还记得吗？",
        "你记得我说过什么吗？",
        # how a coaching client asked it (it was answered by the bundled model as a "medical AI")
        "What have you noted about me?",
        "What information do you have about me?",
        "Remind me what you know about me?",  # the bundled model answered it as someone's son
        # a parent asking of the household ("I'm a tutor. I'm here to help you improve your skills ...")
        "What do you know about us?",
    ],
)
def test_the_user_hears_what_is_remembered_not_recommendations(engine: Engine, question: str) -> None:
    model = Small()
    engine.chat_model = model
    engine.chat("ann", "I can't stand horror films, they give me nightmares.")
    engine.chat("ann", "我对花生过敏")
    calls = len(model.calls)
    stream = engine.assistant.stream("ann", question)
    streamed = "".join(stream)
    assert stream.answer is not None and streamed.strip() == stream.answer.text
    for text in (engine.chat("ann", question).text, streamed):
        _lead, listing, *rest = text.split("\n\n")
        assert "horror" in listing.lower() and "花生" in listing
        assert "Big (1988)" not in text  # memories listed, no items
        profile = next(part for part in rest if "profile" in part or "画像" in part)
        assert "Comedy" in profile and "horror" not in profile.lower()  # what was said is listed once
    assert len(model.calls) == calls  # the small model wrote none of it
    engine.chat("nobody", "hello there")
    fresh = engine.chat("nobody", "What do you remember about me?")
    assert fresh.text == "I don't remember anything about you yet."  # no empty profile line either


def test_a_question_about_what_the_user_told_is_answered_with_what_they_told(engine: Engine) -> None:
    """ "How old is my daughter, and what does my son find hard?" got "My daughter is 10 years old, and my
    son is 7" from the bundled model, of a daughter of 7: the memories that answer it are the answer."""
    model = Small()
    engine.chat_model = model
    engine.chat("ann", "I'm a mum of two. My 10-year-old son struggles with fractions and my daughter is 7.")
    engine.chat("ann", "我老公在银行上班。")
    calls = len(model.calls)
    answer = engine.chat("ann", "How old is my daughter, and what does my son find hard?")
    lead, listing = answer.text.split("\n\n")
    assert lead == "From what you've told me:"
    assert "- Daughter is 7" in listing and "fractions" in listing and "bank" not in listing
    assert "- Daughter is 7" in engine.chat("ann", "How old is my daughter?").text
    assert "- Daughter is 7" in engine.chat("ann", "Can you tell me how old my daughter is?").text
    assert "- Daughter is 7" in engine.chat("ann", "Remind me what you know about my daughter?").text
    assert "Son is 10" not in engine.chat("ann", "How old is my daughter?").text  # not what was asked
    assert "- Has two children" in engine.chat("ann", "How many kids do I have?").text
    assert "- 老公在银行上班" in engine.chat("ann", "我老公在哪上班？").text
    engine.chat("ann", "我今年35岁。")
    assert "- " in engine.chat("ann", "我今年几岁？").text and "35" in engine.chat("ann", "我今年几岁？").text
    engine.chat("ann", "我儿子特别喜欢犯罪片。")
    assert "- 儿子喜欢犯罪片" in engine.chat("ann", "我儿子喜欢什么？").text
    engine.chat("ann", "我女儿上初二。")
    engine.chat("ann", "我女儿喜欢画画。")
    grade = engine.chat("ann", "我女儿几年级？").text
    assert "- 女儿上初二" in grade and "画画" not in grade, grade  # the one fact asked, not all of hers
    engine.chat("ann", "我住在成都。")
    for _ in range(2):  # asking where one lives keeps the home it asks about
        assert "- 住在成都" in engine.chat("ann", "我住在哪里？").text
    assert engine.chat("ann", "Where do I live?").text == "I don't think you've told me that yet."
    # "你还记得我是做什么的吗？" after "你好，我叫小林，在杭州做老师" (walked through the OpenAI route) got
    # "这个你好像还没告诉过我": a question for what the user does is one for their job
    engine.chat("lin", "你好，我叫小林，在杭州做老师，平时喜欢看悬疑片")
    assert "- 职业是老师" in engine.chat("lin", "你还记得我是做什么的吗？").text
    engine.chat("bo", "I work as a nurse.")
    job = engine.chat("bo", "What do I do for a living?").text
    assert "- Works as a nurse" in job and "Lives" not in job, job
    # what suits the user is asked for as advice, not asked of their memories ("I don't think you've told me
    # that yet." answered "What strength exercises are safe for me?")
    from tailorkit.assistant._intents import OWN_QUESTION

    for advice in ("What strength exercises are safe for me?", "Which stretches are best for me?"):
        assert not OWN_QUESTION.search(advice), advice
    # "How much protein do I need?" got "I don't think you've told me that yet"
    for advice in ("How much protein do I need?", "How many hours of sleep do I need?"):
        assert not OWN_QUESTION.search(advice), advice
    # "我們住哪一區比較方便？" (where would be handy to stay) got "這個你好像還沒告訴過我"
    for advice in ("我们住哪一区比较方便？", "我们住哪好？", "我们住哪个酒店最好？"):
        assert not OWN_QUESTION.search(advice), advice
    # "What's a good time for me to go to the gym?" from a night-shift nurse got "I don't think you've told
    # me that yet": what the user might best do is advice
    for advice in (
        "What's a good time for me to go to the gym?",
        "When is a good time to schedule my dentist appointment?",
        "What's a good gift for me for my birthday?",
    ):
        assert not OWN_QUESTION.search(advice), advice
    assert OWN_QUESTION.search("What time do I start work on Mondays?")
    assert OWN_QUESTION.search("我住哪？") and OWN_QUESTION.search("我女儿喜欢吃什么？")
    # "我早上一般几点跑步？" got every memory as what "may bear on it", and was kept as a memory itself
    assert OWN_QUESTION.search("我早上一般几点跑步？") and OWN_QUESTION.search("我通常什么时候去健身房？")
    assert not OWN_QUESTION.search("我一般什么时候锻炼比较好？")
    # "你知道我在学什么吗？" and "Do you know what I'm learning?" (walked on the demo tutor) were quoted
    # the course notes; "Do you know what I should eat?" is advice
    engine.chat("ann", "我在用多邻国学意大利语，学了半年了。")
    assert "- 在学意大利语" in engine.chat("ann", "你知道我在学什么吗？").text
    engine.chat("bo", "I'm learning Italian on Duolingo, about six months in.")
    assert "- Learning Italian" in engine.chat("bo", "Do you know what I'm learning?").text
    for advice in ("Do you know what I should eat?", "Do you know where I could buy a bike?"):
        assert not OWN_QUESTION.search(advice), advice
    engine.chat(
        "ann", "Hey, I'm Ann, 52, in year 2 of my degree and statistics is honestly my worst subject."
    )
    assert "statistics is honestly my worst subject" in engine.chat("ann", "What's my worst subject?").text
    engine.chat("ann", "I'm 52, I have type 2 diabetes and I take metformin twice a day.")
    calls = len(model.calls)
    assert "- Takes metformin twice a day" in engine.chat("ann", "What medication do I take?").text
    assert "- Has type 2 diabetes" in engine.chat("ann", "Do I have any conditions you know of?").text
    assert len(model.calls) == calls  # the small model wrote none of it
    # what a customer asks the shop of their order or account, and advice about the family, are the
    # model's to answer
    assert not engine.chat("ann", "Where is my parcel?").text.startswith("I don't think")
    assert not engine.chat("ann", "What should I cook for my daughter tonight?").text.startswith("From what")
    assert len(model.calls) == calls + 2


def test_a_larger_model_gets_the_memories_and_writes_itself(engine: Engine) -> None:
    model = FakeChat()
    engine.chat_model = model
    engine.chat("ann", "I'm vegetarian.")
    answer = engine.chat("ann", "What do you know about me?")
    assert any("vegetarian" in m["text"].lower() for m in answer.why.memories)
    assert answer.why.recommendations == []  # a question about the user, not a request for items
    assert "vegetarian" in model.calls[-1][0]["content"].lower()


def test_an_answer_says_what_it_remembered(engine: Engine) -> None:
    engine.chat_model = FakeChat()
    told = engine.chat("ann", "I can't stand horror films, they give me nightmares.")
    assert told.text.endswith("(Noted: Dislikes horror films.)")
    assert told.why.noted == ["Dislikes horror films"]
    stream = engine.assistant.stream("ann", "我对花生过敏")
    assert "".join(stream).endswith("（已记下：对花生过敏。）")
    # several things, parted as Chinese parts them
    assert engine.chat("ann", "我在控糖，医生还让我少吃盐。").text.endswith("（已记下：控糖；少吃盐。）")
    assert not engine.chat("ann", "What's the weather like on Mars?").why.noted  # nothing about the user
    engine.settings.assistant.confirm_memories = False
    assert "Noted" not in engine.chat("ann", "I'm vegetarian.").text


def test_asking_not_to_suggest_something_is_no_request_for_items(engine: Engine) -> None:
    """ "I'm hard of hearing, so please don't suggest calling, email works best.", said to a shop's
    support through the OpenAI route, got the acknowledgement and five films under it: "suggest" read as
    a request for suggestions. It asks for none, and what it asks is kept as an instruction."""
    engine.chat_model = Small()
    for told, noted in [
        (
            "I'm hard of hearing, so please don't suggest calling, email works best.",
            ["Is hard of hearing", "Please don't suggest calling, email works best"],
        ),
        ("别推荐恐怖片。", ["别推荐恐怖片"]),
    ]:
        answer = engine.chat("caller", told)
        assert answer.why.recommendations == [] and "Big (1988)" not in answer.text, answer.text
        assert answer.why.noted == noted


def test_a_small_model_is_spared_a_message_that_only_tells(engine: Engine) -> None:
    """ "I can't stand horror films" needs no words of a 135M model (it rambled): the assistant says it
    will keep it in mind and what it noted; a question still goes to the model."""
    model = Small()
    engine.chat_model = model
    for message, reply in [
        ("Hi! I can't stand horror films, they give me nightmares.", "Got it, I'll keep that in mind."),
        ("我对花生过敏", "好的，我记住了。"),
    ]:
        calls = len(model.calls)
        answer = engine.chat("newcomer", message)
        assert answer.text.startswith(reply) and answer.why.noted and len(model.calls) == calls
    engine.chat("newcomer", "Is it going to rain tomorrow?")  # a question: the model answers
    assert len(model.calls) == calls + 1
    engine.assistant.respond("newcomer", "I am vegan. My parcel is late.", domain="customer_service")
    assert len(model.calls) == calls + 2  # a customer who tells is asking for help: the model answers
    engine.assistant.respond("newcomer", "My knee hurts.", domain="health_coaching")
    assert len(model.calls) == calls + 3  # a complaint to a coach needs help too
    # a constraint stated to a coach is acknowledged, as in a chat
    told = engine.chat(
        "newcomer", "My knees are bad, so no running or jumping for me.", domain="health_coaching"
    )
    assert told.text.startswith("Got it, I'll keep that in mind.") and len(model.calls) == calls + 3
    # a dated plan, to a tutor (the bundled model had answered it with "The code is designed to match the
    # learner's level"), not to a shop's support
    plan = engine.chat("newcomer", "My exams start on June 3rd.", domain="tutoring")
    assert plan.text.startswith("Got it, I'll keep that in mind.") and len(model.calls) == calls + 3
    # ... and, to a tutor, what the learner lives with (it had lectured, wrongly, on dyscalculia)
    learner = engine.chat("newcomer", "I have dyscalculia.", domain="tutoring")
    assert learner.text.startswith("Got it, I'll keep that in mind.") and len(model.calls) == calls + 3
    engine.assistant.respond("newcomer", "My order arrives tomorrow.", domain="customer_service")
    assert len(model.calls) == calls + 4
    history = [
        {"role": "user", "content": "I'm vegan."},
        {"role": "assistant", "content": "Sure!\n\n(Noted: Vegan.)"},
    ]
    from tailorkit.assistant import ClientTurns

    engine.assistant.respond("newcomer", "Why is the sky blue?", client=ClientTurns(history=history))
    assert "Noted" not in model.calls[-1][-2]["content"]  # the model never sees the assistant's notes


def test_the_model_does_not_see_the_answers_the_assistant_wrote_whole() -> None:
    from tailorkit.assistant._writing import model_view

    history: list[Message] = [
        {"role": "user", "content": "I love anything with Tom Hanks."},
        {"role": "assistant", "content": "Got it, I'll keep that in mind.\n\n(Noted: Likes Tom Hanks.)"},
        {"role": "user", "content": "Is Inception any good?"},
        {"role": "assistant", "content": "Here is what our catalogue says:\n\nInception (2010) · Sci-Fi"},
        {"role": "user", "content": "Thanks!"},
        {"role": "assistant", "content": "You're welcome!\n\n(Noted: Says thanks.)"},
    ]
    seen = model_view(history)
    assert [m["role"] for m in seen] == ["user", "user", "user", "assistant"]
    assert seen[-1]["content"] == "You're welcome!"


def test_a_coachs_notice_comes_with_advice_not_with_what_the_user_told(engine: Engine) -> None:
    """ "你还记得我的情况吗？" to the health coach listed what the user told, then the notice that it is no
    diagnosis: a listing advises nothing; a statement of a symptom still gets the notice."""
    model = Small()
    engine.chat_model = model
    told = engine.chat("ann", "我有高血压，每天早上吃一片降压药。", domain="health_coaching").text
    assert "并非诊断" in told and "在吃降压药" in told
    recalled = engine.chat("ann", "你还记得我的情况吗？", domain="health_coaching").text
    assert "在吃降压药" in recalled and "并非诊断" not in recalled
    asked = engine.chat("ann", "What do I take every morning?", domain="health_coaching").text
    assert "not a diagnosis" not in asked
    # what only tells a liking is noted, and advises nothing to give notice of
    liking = engine.chat("ann", "I hate running but I don't mind cycling.", domain="health_coaching").text
    assert liking.startswith("Got it") and "not a diagnosis" not in liking, liking
    # a weight put on bears on a coach's advice as the body's conditions do
    engine.chat("ann", "I've put on about 8 kilos since lockdown.", domain="health_coaching")
    goal = engine.chat("ann", "What's a realistic goal for the next three months?", domain="health_coaching")
    assert "Has put on about 8 kilos since lockdown" in goal.text, goal.text
    assert (
        "not a diagnosis"
        in engine.chat("ann", "What should I eat for breakfast?", domain="health_coaching").text
    )


def test_forgetting_what_a_phrase_names_and_forgetting_everything(engine: Engine) -> None:
    """ "Please forget my sister's wedding." found nothing to forget ("Trying to lose 4 kilos before my
    sister's wedding in June" was not close enough in meaning), and "Delete everything you know about me."
    nothing either: a memory that holds every word of what is named is forgotten, and "everything" is
    every memory, and what they gave the profile."""
    engine.chat_model = Small()
    engine.chat(
        "lena",
        "I'm 34, vegetarian, and I run 5k three times a week. "
        "I'm trying to lose 4 kilos before my sister's wedding in June.",
    )
    engine.chat("lena", "I drink coffee every morning.")
    told = [m.text for m in engine.memories.list("lena")]
    assert "Is vegetarian" in told and any("sister's wedding" in t for t in told)
    forgot = engine.chat("lena", "Please forget my sister's wedding.").text
    assert forgot.startswith("Done") and "(Forgotten: Trying to lose 4 kilos" in forgot
    assert engine.chat("lena", "Forget that I like tea.").text == "I don't have anything like that to forget."
    everything = engine.chat("lena", "Delete everything you know about me.").text
    assert everything.startswith("Done") and "Drinks coffee every morning" in everything
    assert "until you erase your account" in everything  # what else is kept, and until when
    assert engine.memories.list("lena") == []
    assert (
        engine.chat("lena", "What do you remember about me?").text
        == "I don't remember anything about you yet."
    )
    engine.chat("li", "我对花生过敏。")
    all_zh = engine.chat("li", "忘掉关于我的一切").text
    assert "对花生过敏" in all_zh and "注销账户" in all_zh and engine.memories.list("li") == []


def test_eating_again_what_was_given_up_ends_the_diet(engine: Engine) -> None:
    engine.chat_model = Small()
    engine.chat("lena", "I'm vegetarian.")
    engine.chat("lena", "Actually I started eating fish again last month.")
    assert [m.text for m in engine.memories.list("lena") if m.topic == "diet"] == ["Eats fish again"]


def test_what_the_assistant_writes_keeps_the_script_of_the_conversation(engine: Engine) -> None:
    """ "保固多久？" reads the same in both scripts: after messages in traditional characters the answer
    the assistant wrote itself was in simplified ones ("抱歉，这个问题我现在还答不好。")."""
    engine.chat_model = Small()
    first = engine.chat("mei", "我白天要上班，請用簡訊聯絡我。", domain="customer_service")
    assert first.text.startswith("好的，我記住了")
    then = engine.chat("mei", "保固多久？", first.conversation_id, domain="customer_service")
    # (no help page answers it: the assistant says so itself, "我在幫助文檔裡沒有找到相關內容")
    assert "帮" not in then.text and "幫" in then.text, then.text


def test_a_small_models_advice_ends_with_what_the_user_told_that_bears_on_it(engine: Engine) -> None:
    """A small model's free answer often leaves out what the user stated as lasting: a request for advice
    ends by naming what bears on it (by domain), and only that; the line is the assistant's own, kept from
    the model's view of the conversation afterwards."""
    model = Saying("It sounds like a lovely place to stay.", small=True)
    engine.chat_model = model
    told = engine.chat("ann", "I'm claustrophobic, lifts are a no for me. We keep kosher at home.")
    hotel = engine.chat(
        "ann", "Our hotel room is on the 14th floor. Is that going to be ok?", told.conversation_id
    )
    # (a lift, and claustrophobia on a journey to the 14th floor; not keeping kosher)
    assert hotel.text.endswith("(What you've told me that bears on this: Avoids lifts; Is claustrophobic.)")
    assert "kosher" not in hotel.text  # food bears on no hotel room
    dinner = engine.chat("ann", "What should I cook for the family on Friday?", hotel.conversation_id)
    # the model's words about a place to stay were left out: what bears on a dinner is the answer
    assert dinner.text.endswith("may bear on it:\n\n- Is kosher") and "lifts" not in dinner.text
    shown = " ".join(str(m["content"]) for m in model.calls[-1] if m["role"] == "assistant")
    assert "bears on this" not in shown  # the model does not see it, so does not imitate it
    fitter = engine.chat("ann", "Any tips for getting fitter?")  # "get" names no domain of its own
    assert "bears on this" not in fitter.text
    weather = engine.chat("ann", "Is it sunny in Leeds today?")  # asks no advice
    assert "bears on this" not in weather.text
    engine.chat("ann", "I'm a night owl, my brain doesn't switch on before 11.")
    when = engine.chat("ann", "When should I schedule my study sessions?")  # what kind of person, too
    assert when.text.endswith("(What you've told me that bears on this: Is a night owl.)")
    # ... and what they are planning or saving for, on what its domain names: the wedding's colours on the
    # flowers, the money going into it on a new phone
    engine.chat("bea", "We're getting married in June and the colour scheme is sage green.")
    flowers = engine.chat("bea", "What flowers should I order?")
    assert flowers.text.endswith("(What you've told me that bears on this: The colour scheme is sage green.)")
    # ... said to the user as theirs: "Careful with your knees", not "their" (a coaching client's walk); what
    # is someone else's keeps its words
    knees = engine.chat("cal", "I want to get fitter without wrecking my knees. My kids love their school.")
    assert "(Noted: Trying to get fitter; Careful with your knees; Kids love their school.)" in knees.text
    routine = engine.chat("cal", "What exercise routine would suit me?", domain="health_coaching")
    assert "Careful with your knees" in routine.text and "their knees" not in routine.text, routine.text
    recalled = engine.chat("cal", "What do you know about me?")
    assert "- Careful with your knees" in recalled.text and "- Kids love their school" in recalled.text
    told = engine.chat("cal", "What did I say about my knees?")
    assert "Careful with your knees" in told.text and "their knees" not in told.text, told.text
    engine.chat("bea", "Every spare penny is going into the wedding.")
    phone = engine.chat("bea", "Should I upgrade my phone now?")
    assert phone.text.endswith("(What you've told me that bears on this: Saving for the wedding.)"), (
        phone.text
    )


def test_a_coach_acknowledges_a_condition_and_keeps_it_in_view(engine: Engine) -> None:
    """To a health coach, a condition the client lives with ("I've got ME") is who they are: acknowledged
    by the assistant, not answered by a small model; and it bears on every request for advice after it."""
    model = Saying("A charity run is a lovely way to give back.", small=True)
    engine.chat_model = model
    told = engine.chat("cal", "I've got ME, so my energy is very limited.", domain="health_coaching")
    assert told.text.startswith("Got it, I'll keep that in mind.") and not model.calls
    run = engine.chat("cal", "Should I join the 10k charity run in June?", domain="health_coaching")
    assert "(What you've told me that bears on this: " in run.text and "Has ME" in run.text
    assert "Energy is very limited" in run.text
    general = engine.chat("cal", "Should I join the 10k charity run in June?")  # no coach: no domain names it
    assert "bears on this" not in general.text


def test_a_coach_keeps_in_view_the_one_exercise_the_client_can_do(engine: Engine) -> None:
    """ "Hi, I'm Walt, 67. I can only walk, my knees are shot." kept the name and the age, and "What exercise
    would you recommend to lose a bit of weight?" named neither the walking nor the knees."""
    engine.chat_model = Saying("Try running three times a week.", small=True)
    told = engine.chat(
        "walt", "Hi, I'm Walt, 67. I can only walk, my knees are shot.", domain="health_coaching"
    )
    assert "Can only walk for exercise; Has bad knees" in told.text, told.text
    asked = engine.chat(
        "walt", "What exercise would you recommend to lose a bit of weight?", domain="health_coaching"
    )
    assert "Can only walk for exercise" in asked.text and "Has bad knees" in asked.text, asked.text


def test_what_a_small_model_leads_into_and_never_gives_is_no_answer(engine: Engine) -> None:
    """ "What about dessert?" from a vegetarian host got only "A vegan and gluten-free dessert that
    incorporates both vegetarian and gluten-free ingredients is a classic:", and "Any dinner ideas?" kept four
    empty lines where the meat dishes were left out: a lone line that leads into nothing is nothing said (what
    the user told that bears on it answers), and left-out lines leave no run of empty lines."""
    engine.chat("host", "I'm vegetarian and my partner is gluten-free.")
    engine.chat_model = Saying(
        "A vegan and gluten-free dessert that incorporates both vegetarian and gluten-free ingredients "
        "is a classic:",
        small=True,
    )
    dessert = engine.chat("host", "What about dessert?")
    assert "is a classic:" not in dessert.text and "- Is vegetarian" in dessert.text, dessert.text
    engine.chat_model = Saying(
        "Here are some ideas:\n\n- Chicken skewers\n\n\n- Beef stew\n\n\n- Stuffed peppers with rice",
        small=True,
    )
    dinner = engine.chat("host", "Any dinner ideas?")
    assert "Stuffed peppers" in dinner.text and "\n\n\n" not in dinner.text, dinner.text


def test_a_tutor_keeps_in_view_a_childs_test_nerves_and_the_test_ahead(engine: Engine) -> None:
    """ "My daughter Mia is 11 and really struggles with fractions, she gets anxious about maths tests." lost
    the nerves, and "She has a test on Friday, any tips?" kept the test only in the user's words."""
    engine.chat_model = Saying("", small=True)
    told = engine.chat(
        "kay",
        "My daughter Mia is 11 and really struggles with fractions, she gets anxious about maths tests.",
        domain="tutoring",
    )
    tips = engine.chat("kay", "She has a test on Friday, any tips?", told.conversation_id, domain="tutoring")
    assert "Daughter gets anxious about maths tests" in tips.text, tips.text
    (test,) = [m for m in engine.memories.list("kay") if m.kind == "event"]
    assert (test.text, test.subject) == ("My daughter has a test on Friday", "daughter")


def test_a_family_trip_keeps_the_childrens_ages_and_who_gets_carsick_in_view(engine: Engine) -> None:
    """ "We're a family of four, kids are 4 and 9, planning a week in Portugal in August." kept the
    household's size only; "My youngest gets carsick on long drives." was answered "I'm not sure how to
    answer that." and "Should we rent a car or use trains?" named neither."""
    engine.chat_model = Saying("", small=True)
    told = engine.chat(
        "fay", "We're a family of four, kids are 4 and 9, planning a week in Portugal in August."
    )
    assert "Kids are 4 and 9; We're planning a week in Portugal in August" in told.text, told.text
    sick = engine.chat("fay", "My youngest gets carsick on long drives.")
    assert sick.text.startswith("Got it, I'll keep that in mind."), sick.text
    car = engine.chat("fay", "Should we rent a car or use trains?")
    assert "Youngest gets carsick on long drives" in car.text, car.text


def test_a_message_that_only_gives_contact_details_is_acknowledged(engine: Engine) -> None:
    """ "My email is ray.b@example.com and my phone is 07700 900123." got the bundled model's "This is a
    request to the user to provide their email address and phone number.": details given ask nothing."""
    engine.chat_model = Saying("This is a request to the user to provide their email address.", small=True)
    told = engine.chat("ray", "My email is ray.b@example.com and my phone is 07700 900123.")
    assert told.text.startswith("Got it, I'll keep that in mind."), told.text
    zh = engine.chat("ray", "我的手机号是13800138000。")
    assert zh.text.startswith("好的，我记住了。"), zh.text
    forgot = engine.chat("ray", "Please forget my phone number.")
    assert "[PHONE]" in forgot.text and ".)" in forgot.text and "..)" not in forgot.text, forgot.text
    assert not any("[PHONE]" in m.text for m in engine.memories.list("ray"))


def test_a_tutor_keeps_in_view_how_far_the_learner_is(engine: Engine) -> None:
    """ "What should I focus on first?" after "I'm learning Spanish for a trip to Mexico in March, I'm a
    complete beginner." named neither (and the beginner was not kept)."""
    engine.chat_model = Saying("Focus on grammar tables.", small=True)
    told = "Hi, I'm Tom. I'm learning Spanish for a trip to Mexico in March, I'm a complete beginner."
    noted = engine.chat("tom", told, domain="tutoring").text
    assert noted.count("Learning Spanish for a trip to Mexico in March") == 1, noted
    answer = engine.chat("tom", "What should I focus on first?", domain="tutoring")
    assert "Is a complete beginner" in answer.text, answer.text


def test_a_tutor_keeps_in_view_what_the_child_finds_hard_and_their_week(engine: Engine) -> None:
    """ "How can I help him practise this week?" after a parent told of their son's reading and swimming was
    answered by the bundled model with no word of either: to a tutor, what a learner (or the user's child)
    finds hard and the week they have bear on any request for advice."""
    engine.chat_model = Saying("Reading together every day helps a lot.", small=True)
    told = "My son is 9 and he struggles with reading. He has swimming lessons on Wednesday evenings."
    engine.chat("dan", told, domain="tutoring")
    answer = engine.chat("dan", "How can I help him practise this week?", domain="tutoring")
    assert "Son struggles with reading" in answer.text
    assert "Son has swimming lessons on Wednesday evenings" in answer.text
    general = engine.chat("dan", "How can I help him practise this week?")  # no tutor: nothing named
    assert "bears on this" not in general.text


def test_a_tutor_names_what_the_learner_finds_hard_not_what_the_family_eats(engine: Engine) -> None:
    """ "帮我做一个期末复习计划。" after "我叫小林，初三学生，我们全家都爱吃辣。" and
    "数学的函数部分我总是搞不懂。" ended with "你说过的这些也要考虑：全家都爱吃辣" (the household's taste
    bore on any advice to a tutor) and not the functions (not read): what the household eats bears on a
    study plan only where the request names food."""
    engine.chat_model = Saying("Make a timetable.", small=True)
    engine.chat("lin", "我叫小林，初三学生，我们全家都爱吃辣。", domain="tutoring")
    engine.chat("lin", "数学的函数部分我总是搞不懂。", domain="tutoring")
    plan = engine.chat("lin", "帮我做一个期末复习计划。", domain="tutoring")
    assert "数学的函数总是搞不懂" in plan.text and "辣" not in plan.text, plan.text
    dinner = engine.chat("lin", "考试前一天晚饭吃什么好？", domain="tutoring")  # food named: it bears
    assert "全家都爱吃辣" in dinner.text, dinner.text


def test_a_tutor_acknowledges_the_learners_week_and_its_changes_and_tells_it_back(engine: Engine) -> None:
    """ "My Spanish class is on Tuesdays and I work Mondays and Wednesdays." to a tutor was answered with the
    shop's opening hours, "... has moved to Thursdays" with "[2]" and "What do you know about my week?" with
    "I'm here to assist you, but I'm not here to provide a homework plan": the learner's week is who they
    are, a new day for a lesson ends the old one, and the week asked back is what they told of it."""
    model = Saying("I'm here to assist you.", small=True)
    engine.chat_model = model
    told = engine.chat(
        "sol", "I'm learning Spanish. My Spanish class is on Tuesdays and I work Mondays and Wednesdays.",
        domain="tutoring",
    )  # fmt: skip
    assert told.text.startswith("Got it, I'll keep that in mind.")
    assert "Learning Spanish; Spanish class on Tuesdays; Works Mondays and Wednesdays" in told.text
    moved = engine.chat("sol", "Actually my Spanish class has moved to Thursdays.", domain="tutoring")
    assert (
        moved.text.startswith("Got it, I'll keep that in mind.")
        and "Spanish class on Thursdays" in moved.text
    )
    week = engine.chat("sol", "What do you know about my week?", domain="tutoring")
    assert "Spanish class on Thursdays" in week.text and "Works Mondays and Wednesdays" in week.text
    assert "Tuesdays" not in week.text and not model.calls
    assert [m.text for m in engine.memories.list("sol") if "?" in m.text] == []  # questions tell nothing
    engine.chat("li", "我每周一晚上上夜校，周二和周四上班。", domain="tutoring")
    week = engine.chat("li", "我的一周安排你知道吗？", domain="tutoring")
    assert "周一晚上上夜校" in week.text and "周二和周四上班" in week.text and not model.calls
    # ... and of the household's ("What do you know about our trip?" got the small model's list of
    # questions about Japan)
    engine.chat("kit", "I'm planning a week in Japan in April with my partner. She's vegetarian.")
    trip = engine.chat("kit", "What do you know about our trip?")
    assert "Japan in April" in trip.text and "Partner is vegetarian" in trip.text and not model.calls
    assert trip.text.index("Japan in April") < trip.text.index("Partner is vegetarian"), trip.text
    assert "What do you know about our trip?" not in [m.text for m in engine.memories.list("kit")]


def test_a_day_out_somewhere_keeps_in_view_what_the_body_allows_and_the_trip_is_told_back(
    engine: Engine,
) -> None:
    """ "What should we do in Kyoto?" after "We're going to Japan in April, my wife and I. She's vegetarian
    and I can't walk long distances since my hip op." got the bundled model's temple walks, no word of it;
    "When are we going?" got "We're going to Kyoto in April, and it's a beautiful day to visit ... 2-3 times a
    year": a day out somewhere names getting about, and the household's plan asked back is what was told."""
    model = Saying("Fushimi Inari has thousands of torii gates up the mountain.", small=True)
    engine.chat_model = model
    told = "We're going to Japan in April, my wife and I. She's vegetarian and I can't walk long distances."
    engine.chat("kay", told)
    kyoto = engine.chat("kay", "What should we do in Kyoto?")
    assert kyoto.text.endswith("(What you've told me that bears on this: Can't walk long distances.)"), (
        kyoto.text
    )
    calls = len(model.calls)
    when = engine.chat("kay", "When are we going?")
    assert "We're going to Japan in April" in when.text and len(model.calls) == calls, when.text


def test_a_coach_acknowledges_what_the_household_eats_and_cannot(engine: Engine) -> None:
    """ "My wife is vegetarian and my son has a nut allergy." to a coach got a small model's "What a tough
    situation ..." about the son's food choices: what the household eats and cannot is who they are."""
    model = Saying("What a tough situation.", small=True)
    engine.chat_model = model
    told = engine.chat("ed", "My wife is vegetarian and my son has a nut allergy.", domain="health_coaching")
    assert told.text.startswith("Got it, I'll keep that in mind.") and not model.calls
    assert "Wife is vegetarian; Son is allergic to nuts" in told.text


def test_a_coach_acknowledges_a_goal_a_habit_and_a_weight(engine: Engine) -> None:
    """ "I'd like to lose about 10 kg by next summer. I walk the dog every morning for 20 minutes." to a coach
    got the bundled model's "Please refer to the user's request and provide the information you need.": what
    the client aims for, does and weighs is who they are, and asks nothing yet."""
    model = Saying("Please refer to the user's request.", small=True)
    engine.chat_model = model
    said = "I'd like to lose about 10 kg by next summer. I walk the dog every morning for 20 minutes."
    told = engine.chat("flo", said, domain="health_coaching")
    assert told.text.startswith("Got it, I'll keep that in mind.") and not model.calls, told.text
    weighs = engine.chat("flo", "I weigh 94 kg.", told.conversation_id, domain="health_coaching")
    assert weighs.text.startswith("Got it, I'll keep that in mind.") and not model.calls, weighs.text
    asked = engine.chat("flo", "How much did I say I weigh?", told.conversation_id, domain="health_coaching")
    assert "Weighs 94 kg" in asked.text, asked.text
    # ... in Chinese too: "我的血压是多少来着？" was searched in the guidance, not in what was told
    engine.chat("flo", "医生说我血压有点高（145/92）。", domain="health_coaching")
    reading = engine.chat("flo", "我的血压是多少来着？", domain="health_coaching")
    assert reading.text.startswith("根据你告诉我的") and "145/92" in reading.text and not model.calls


def test_a_message_mostly_in_english_is_answered_in_english(engine: Engine) -> None:
    """ "I'm from Shanghai, 我喜欢吃辣的 but my wife can't handle spicy food." was acknowledged in Chinese,
    and "What should we cook tonight?" got the bundled model's "我们可以在吃辣的时候偶化吃吃辣的吃饭" (a
    Chinese memory in the prompt led it there): the answer is in the language most of the message is in,
    and a small model's sentence in another is left out."""
    from tailorkit.text import main_language

    assert main_language("I'm from Shanghai, 我喜欢吃辣的 but my wife can't handle spicy food.") == "en"
    assert main_language("我喜欢 The Grand Budapest Hotel") == "zh"  # a title is no English frame
    assert main_language("Inception 好看吗？") == "zh" and main_language("I love 饺子") == "en"
    engine.chat_model = Saying("我们可以在吃辣的时候偶化吃吃辣的吃饭。", small=True)
    said = "I'm from Shanghai, 我喜欢吃辣的 but my wife can't handle spicy food."
    told = engine.chat("zoe", said)
    assert told.text.startswith("Got it, I'll keep that in mind."), told.text
    dinner = engine.chat("zoe", "What should we cook tonight?", told.conversation_id)
    assert "吃辣" not in dinner.text and "Wife can't handle spicy food" in dinner.text, dinner.text


def test_good_and_bad_news_are_met_as_such(engine: Engine) -> None:
    """ "Good news, I'm down to 89 kg!" got the bundled model's "It's not a bad news, but it's not a good
    news." and the weight stayed 94 kg: a new weight said so is kept, and news is acknowledged as such."""
    model = Saying("It's not a bad news, but it's not a good news.", small=True)
    engine.chat_model = model
    engine.chat("bo", "I weigh 94 kg.")
    good = engine.chat("bo", "Good news, I'm down to 89 kg!")
    assert good.text.startswith("That's great news! I'll keep that in mind.") and not model.calls, good.text
    assert [m.text for m in engine.memories.list("bo") if m.topic == "weight"] == ["Weighs 89 kg"]
    bad = engine.chat("bo", "Unfortunately I've been diagnosed with type 2 diabetes.")
    assert bad.text.startswith("I'm sorry to hear that."), bad.text
    assert engine.chat("bo", "好消息，我现在体重85公斤了！").text.startswith("太好了！我记住了。")


def test_a_shops_support_acknowledges_a_carers_day(engine: Engine) -> None:
    """ "I'm a carer for my dad who has Parkinson's, so I'm home most days but can't always get to the door
    quickly." got the bundled model's "I'm a caring and compassionate person who cares about you": to a shop's
    support, whom the customer cares for, when they are in and what a delivery must allow for ask nothing."""
    model = Saying("I'm here to support you.", small=True)
    engine.chat_model = model
    said = (
        "I'm a carer for my dad who has Parkinson's, so I'm home most days but can't always get to the door."
    )
    told = engine.chat("vi", said, domain="customer_service")
    assert told.text.startswith("Got it, I'll keep that in mind.") and not model.calls
    assert "Dad has Parkinson's; Is home most days; Can't always get to the door" in told.text


def test_a_coach_names_what_the_request_itself_touches_else_what_the_body_lives_with(engine: Engine) -> None:
    """To a coach, what the request's own words touch bears on it ("Is a coeliac" for a dinner, not the hay
    fever; "Has bad knees" for exercise, not a diet); a request that names no domain ("Any tips for this
    week?") has what the body lives with."""
    engine.chat_model = Saying("A stir-fry is quick and easy.", small=True)
    engine.chat("bea", "I'm a coeliac. I get terrible hay fever in June.", domain="health_coaching")
    dinner = engine.chat("bea", "What could I cook for dinner on a weeknight?", domain="health_coaching")
    assert "(What you've told me that bears on this: Is a coeliac.)" in dinner.text
    camp = engine.chat("bea", "Should I sign up for the June outdoor bootcamp?", domain="health_coaching")
    assert "(What you've told me that bears on this: Has terrible hay fever.)" in camp.text
    week = engine.chat("bea", "Any tips for this week?", domain="health_coaching")
    assert "Is a coeliac" in week.text and "Has terrible hay fever" in week.text, week.text
    engine.chat("lin", "Hi coach, I'm Lin, 45, vegetarian. My knees are bad.", domain="health_coaching")
    dinner = engine.chat("lin", "What should I have for dinner?", domain="health_coaching")
    assert "(What you've told me that bears on this: Is vegetarian.)" in dinner.text
    moving = engine.chat("lin", "What exercise would suit me?", domain="health_coaching")
    assert "(What you've told me that bears on this: Has bad knees.)" in moving.text


def test_when_all_a_small_model_wrote_is_left_out_what_bears_on_the_message_is_the_answer(
    engine: Engine,
) -> None:
    """ "Any tips for the weekend?" after "my back's been killing me ... me and crowds don't mix" was answered
    "I'm not sure how to answer that" when the bundled model's words were all left out: what the user told
    that bears on the message is the answer, in their words; with nothing that bears on it, the same
    request to ask another way."""
    engine.chat_model = Saying("", small=True)
    engine.chat(
        "dee", "ugh my back's been killing me since I started the warehouse job. me and crowds don't mix"
    )
    tips = engine.chat("dee", "Any tips for the weekend?")
    assert tips.text.startswith(
        "I don't have a good answer to that. What you've told me that may bear on it:"
    )
    assert (
        "- Back's been killing me" in tips.text
    )  # what they stated as lasting (a taste only where it applies)
    assert "bears on this" not in tips.text  # listed once
    capital = engine.chat("dee", "What's the capital of Peru?")
    assert capital.text == "I'm not sure how to answer that. Could you ask it another way?"


def test_a_small_models_refusal_condolences_and_bare_offers_of_help_are_left_out(engine: Engine) -> None:
    """The bundled model answered "Should we go to the Christmas market on Saturday?" with "I'm sorry for your
    loss, but as a text-based AI assistant, I'm unable to provide assistance ... I'm here to assist you with
    any questions ... feel free to ask.": none of it answers; what the user told that bears on it does."""
    engine.chat_model = Saying(
        "I'm sorry for your loss, but as a text-based AI assistant, I'm unable to provide assistance in the "
        "realm of personal preferences or requests. I'm here to assist you with any questions or issues you "
        "may have. If you're facing a specific request or need assistance, feel free to ask.",
        small=True,
    )
    engine.chat("eve", "me and crowds don't mix")
    market = engine.chat("eve", "Should we go to the Christmas market on Saturday?")
    assert "loss" not in market.text and "AI" not in market.text and "feel free" not in market.text
    engine.chat_model = Saying(
        "I'm designed to handle sensitive information. I'm available 24/7 and can assist you with anything.",
        small=True,
    )
    again = engine.chat("eve", "Should we go to the Christmas market on Sunday?")
    assert again.text.startswith("I don't have a good answer to that.") and "designed" not in again.text
    assert (
        market.text.startswith("I don't have a good answer to that.") and "- Dislikes crowds" in market.text
    )
    # condolences stay where a loss was told of
    engine.chat_model = Saying("I'm sorry for your loss. Take the time you need.", small=True)
    grief = engine.chat("eve", "My dad passed away last month and I can't focus at work.")
    assert grief.text.startswith("I'm sorry for your loss.")


def test_a_small_model_saying_yes_or_no_for_a_shop_whose_pages_say_nothing_is_left_out(
    engine: Engine,
) -> None:
    """ "Can you deliver the washing machine on Tuesday?" got "No, we don't deliver the washing machine on
    Tuesday." from the bundled model, with no page of the shop's saying so: the verdict is left out, and what
    the customer told that bears on it answers instead."""
    told = engine.chat("gus", "Our flat is on the fourth floor with no lift.", domain="customer_service")
    engine.chat_model = Saying("No, we don't deliver the washing machine on Tuesday.", small=True)
    answer = engine.chat(
        "gus",
        "Can you deliver the washing machine on Tuesday?",
        told.conversation_id,
        domain="customer_service",
    )
    assert not answer.why.passages and "No, we don't" not in answer.text, answer.text
    assert "- Has no lift" in answer.text and "- Lives on the fourth floor" in answer.text, answer.text
    # ... nor what the shop will do ("We're planning to deliver it tomorrow.")
    engine.chat_model = Saying("We're planning to deliver it tomorrow.", small=True)
    promised = engine.chat(
        "gus",
        "Can you deliver the washing machine on Tuesday?",
        told.conversation_id,
        domain="customer_service",
    )
    assert "tomorrow" not in promised.text and "- Has no lift" in promised.text, promised.text
    # ... and whatever else the model would say: no page answers it, so it is not asked; the answer says so
    # and gives what bears on the delivery
    engine.chat_model = Saying("Washing machines are heavy to carry.", small=True)
    again = engine.chat(
        "gus",
        "Can you deliver the washing machine on Tuesday?",
        told.conversation_id,
        domain="customer_service",
    )
    assert again.text.startswith("I couldn't find that in our help pages") and "Has no lift" in again.text
    assert "heavy" not in again.text, again.text


def test_a_small_models_made_up_authorities_and_role_reversal_are_left_out(engine: Engine) -> None:
    """ "Is swimming safe for me?" from a pregnant client got the bundled model's "The World Health
    Organization (WHO) recommends that pregnant women only swim for 2.5 hours per day." and "How long should I
    walk each day?" got "You're a curious one, I'm glad you're here to help me with my questions. ... please
    consult a healthcare professional. I'm here to assist you, but I'm not a substitute for medical advice.":
    with no passage quoted, what an authority says is made up, and the rest answers nothing."""
    told = "I'm five months pregnant and want to do some gentle exercise. I used to run three times a week."
    engine.chat("pia", told, domain="health_coaching")
    engine.chat_model = Saying(
        "Swimming is gentle on the joints. The World Health Organization (WHO) recommends that pregnant "
        "women only swim for 2.5 hours per day. Studies show it lowers back pain.",
        small=True,
    )
    swim = engine.chat("pia", "Is swimming safe for me?", domain="health_coaching")
    assert swim.text.startswith("Swimming is gentle on the joints.") and "WHO" not in swim.text
    assert "Studies" not in swim.text
    engine.chat_model = Saying(
        "You're a curious one, I'm glad you're here to help me with my questions. If you're unsure about "
        "anything related to pregnancy, please consult a healthcare professional. I'm here to assist you, "
        "but I'm not a substitute for medical advice.",
        small=True,
    )
    walk = engine.chat("pia", "How long should I walk each day?", domain="health_coaching")
    assert "curious" not in walk.text and "professional" not in walk.text and "assist" not in walk.text
    assert "Is five months pregnant" in walk.text, walk.text


def test_a_small_models_self_description_offers_and_unasked_apologies_are_left_out(engine: Engine) -> None:
    """The bundled model answered "Could I join the Saturday 7am bootcamp?" with "I'm a helpful assistant.",
    a request for photo software with "However, I can certainly assist you with any other questions you
    have. If you need help with a specific software or hardware, I can certainly help with that too." and one
    for holiday ideas with "I'm sorry for any confusion." (nothing was confused): none of it answers; what
    the user has and keeps to does ("Uses Linux", "Is a night owl" for a time of day)."""
    engine.chat_model = Saying("I'm a helpful assistant.", small=True)
    told = engine.chat("fay", "Everything I own runs Linux. I'm a total night owl.", domain="health_coaching")
    camp = engine.chat("fay", "Could I join the Saturday 7am bootcamp?", told.conversation_id)
    assert "helpful assistant" not in camp.text and "- Is a night owl" in camp.text, camp.text
    engine.chat_model = Saying(
        "However, I can certainly assist you with any other questions you have. If you need help with a "
        "specific software or hardware, I can certainly help with that too.",
        small=True,
    )
    software = engine.chat("fay", "Which photo editing software should I get?", told.conversation_id)
    assert "assist" not in software.text and "- Uses Linux" in software.text, software.text
    engine.chat_model = Saying("I'm sorry for any confusion. A cycling trip is a good idea.", small=True)
    trip = engine.chat("fay", "Ideas for a summer trip?", told.conversation_id)
    assert trip.text.startswith("A cycling trip is a good idea."), trip.text
    # ... but an apology stays where the user said the answer was wrong
    wrong = engine.chat("fay", "That's not what I asked, I meant a trip by train.", told.conversation_id)
    assert wrong.text.startswith("I'm sorry for any confusion."), wrong.text
    # an answer's first words go on from nothing: "However, I can provide general advice ..." opened one
    # whose first sentence, a self-description, was left out
    engine.chat_model = Saying(
        "I'm a helpful assistant. However, walking every day is a good start.", small=True
    )
    start = engine.chat(
        "fay", "Can you help me build a routine?", told.conversation_id, domain="health_coaching"
    )
    assert start.text.startswith("Walking every day is a good start."), start.text
    # ... nor gives itself the user's age: "I'm 45 and I'm about to embark on a new adventure." answered a
    # request for a revision timetable
    engine.chat_model = Saying(
        "I'm 45 and I'm about to embark on a new adventure. Plan two evenings a week.", small=True
    )
    plan = engine.chat(
        "fay", "Can you make me a revision timetable?", told.conversation_id, domain="tutoring"
    )
    assert plan.text.startswith("Plan two evenings a week."), plan.text


def test_a_small_models_gladness_at_news_nobody_told_is_left_out_and_free_time_bears_on_a_time(
    engine: Engine,
) -> None:
    """ "Could we have the team meeting on Wednesday at 3:30?" after "I can't do anything after 3" was
    answered "Sure, I'm here to help! ... I'm glad to hear that you're enjoying your vacation.": nobody told
    of a vacation; when the user is free bears on a request that names a time of day."""
    engine.chat_model = Saying(
        "Sure, I'm here to help! I'm glad to hear that you're enjoying your vacation. Wednesday works.",
        small=True,
    )
    told = engine.chat("gus", "My son's school finishes at 3:15 so I can't do anything after 3.")
    meeting = engine.chat("gus", "Could we have the team meeting on Wednesday at 3:30?", told.conversation_id)
    assert meeting.text.startswith("Wednesday works."), meeting.text
    assert meeting.text.endswith("(What you've told me that bears on this: Can't do anything after 3.)")
    engine.chat_model = Saying("I'm glad to hear about your son's school. Wednesday works.", small=True)
    son = engine.chat("gus", "Could we meet on Thursday at 2:30 instead?", told.conversation_id)
    assert son.text.startswith("I'm glad to hear about your son's school."), son.text  # he was told of
    engine.chat("gus", "Being a night-shift worker, I sleep during the day.", told.conversation_id)
    evening = engine.chat("gus", "Could you suggest a workout I can do at 7pm?", told.conversation_id)
    bearing = evening.text.rpartition("(What you've told me")[2]
    assert "Works night shifts" in bearing, evening.text  # when they work bears on a time of day


def test_a_request_for_another_kind_of_thing_gets_no_picks_from_a_catalogue_of_films(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A film guide answered "Any playlists for a long drive?" with five films: a catalogue whose items say
    what kind they are (the MovieLens loaders: ``film``) gives no picks to a request for another kind; what
    the user told of music bears on it, and a line suggesting what sets them off is left out."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        films = [("1", "Big (1988)"), ("2", "Heat (1995)"), ("3", "Alien (1979)")]
        engine.ingest_items([{"item": i, "title": t, "tags": ["Drama"], "kind": "film"} for i, t in films])
        engine.ingest_events([{"user": "ann", "item": i, "kind": "rate", "value": 5} for i, _ in films[:2]])
        engine.profiles.rebuild()
        engine.train("popularity")
        assert engine.assistant.catalogue().kind == "film"
        engine.chat_model = Saying(
            "Try a playlist of your favourite country music, but make sure to mix it up.\n\n"
            "Road-trip rock works.",
            small=True,
        )
        told = engine.chat("ann", "Country music makes my skin crawl.", domain="content_recommendation")
        assert told.text.startswith("Got it, I'll keep that in mind."), told.text  # a taste, acknowledged
        drive = engine.chat("ann", "Any playlists for a long drive?", domain="content_recommendation")
        assert not drive.why.recommendations and "Heat" not in drive.text, drive.text
        assert "country music" not in drive.text.lower().split("(what")[0], drive.text
        assert "(What you've told me that bears on this: Country music makes my skin crawl.)" in drive.text
        assert drive.why.kept_away, drive.text  # "a playlist of your favourite country music" went
        tonight = engine.chat("ann", "Any good films for tonight?", domain="content_recommendation")
        assert tonight.why.recommendations  # films are what it holds
        # who the household is asks for no picks yet ("My son is seven" got five films for anyone); a taste
        # still gets picks that allow for it
        son = engine.chat("ann", "My son is seven.", domain="content_recommendation")
        assert son.text.startswith("Got it, I'll keep that in mind.") and not son.why.recommendations, (
            son.text
        )
        faith = engine.chat(
            "bo", "We're Quakers and my son is profoundly deaf.", domain="content_recommendation"
        )
        assert not faith.why.recommendations, faith.text
        liked = engine.chat("cy", "I love dramas.", domain="content_recommendation")
        assert liked.why.recommendations, liked.text


def test_she_in_the_next_message_is_the_child_the_parent_named(engine: Engine) -> None:
    """A parent to a tutor: "She loves horses and drawing." after "My daughter Mia is 9 and she finds times
    tables really hard." got "I'm not sure how to answer that." and nothing was kept; through the stored
    conversation and through a client's own history alike, "She" is the daughter."""
    from tailorkit.assistant import ClientTurns

    engine.chat_model = Small()
    before = "My daughter Mia is 9 and she finds times tables really hard."
    told = engine.chat("dad", before, domain="tutoring")
    loves = engine.chat("dad", "She loves horses and drawing.", told.conversation_id, domain="tutoring")
    assert "Daughter loves horses and drawing" in loves.text, loves.text
    history = [{"role": "user", "content": before}, {"role": "assistant", "content": "Got it."}]
    said = "She gets frustrated quickly, so short sessions are better."
    engine.assistant.respond("dad", said, domain="tutoring", client=ClientTurns(history=history))  # type: ignore[arg-type]
    texts = [m.text for m in engine.memories.list("dad")]
    assert "Daughter gets frustrated quickly, so short sessions are better" in texts, texts


def test_how_long_until_a_plan_is_counted_from_today(engine: Engine) -> None:
    """ "How many days do I have left to revise?" after "My chemistry exam is on January 15th." got "I
    don't think you've told me that yet."; "离考试还有几天？" went to the small model. The plans still ahead
    answer a question of how long, with the days left; a Chinese date's day said in numerals is read
    ("一月十号" was the end of January)."""
    from datetime import UTC, datetime, timedelta

    engine.chat_model = Small()
    day = datetime.now(UTC) + timedelta(days=30)
    engine.chat("kai", f"My chemistry exam is on {day:%B} {day.day}th.", domain="tutoring")
    answer = engine.chat("kai", "How many days do I have left to revise?", domain="tutoring")
    left = re.search(r"\((\d+) days from today\)", answer.text)
    assert left is not None and 29 <= int(left.group(1)) <= 30, answer.text
    engine.chat("mei", f"我的期末考试是{day.month}月{day.day}号。", domain="tutoring")
    zh = engine.chat("mei", "离考试还有几天？", domain="tutoring")
    assert re.search(r"还有(29|30)天", zh.text), zh.text
    from tailorkit.memory._dates import ends

    said = datetime(2026, 12, 4, 12, tzinfo=UTC).timestamp()
    assert ends("一月十号", said) == datetime(2027, 1, 10, 23, 59, 59, tzinfo=UTC).timestamp()
    assert ends("十二月二十五号", said) == datetime(2026, 12, 25, 23, 59, 59, tzinfo=UTC).timestamp()
    # a season or a holiday of this year or the next, the year's end, next year (all never ended before)
    assert ends("明年春天", said) == datetime(2027, 5, 31, 23, 59, 59, tzinfo=UTC).timestamp()
    assert (
        ends("今年暑假", said) == datetime(2027, 8, 31, 23, 59, 59, tzinfo=UTC).timestamp()
    )  # this one's gone
    assert ends("年底", said) == datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp()
    assert ends("明年", said) == datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp()


def test_a_trip_with_a_partner_who_cannot_walk_far(engine: Engine) -> None:
    """ "I'm flying to Rome next Friday for a week with my wife. She can't walk far since her hip operation."
    kept the wife's walking in the user's words only, so "Any tips for getting around the city?" named
    nothing, and "When do we leave?" got "I don't think you've told me that yet": how far a household member
    can walk is what they keep away from, and the plans ahead answer when the user leaves."""
    engine.chat_model = Small()
    engine.chat(
        "rob",
        "I'm flying to Rome next Friday for a week with my wife. She can't walk far since her hip operation.",
    )
    around = engine.chat("rob", "Any tips for getting around the city?")
    assert "Wife can't walk far since her hip operation" in around.text, around.text
    leave = engine.chat("rob", "When do we leave?")
    assert "flying to Rome next Friday" in leave.text, leave.text
    engine.chat("xu", "下周五我要去成都出差三天，可是我一点辣都吃不了。")
    zh = engine.chat("xu", "我什么时候出发？")
    assert "下周五我要去成都出差三天" in zh.text, zh.text
    from tailorkit.assistant._intents import OWN_QUESTION

    assert not OWN_QUESTION.search("我什么时候去比较好？") and not OWN_QUESTION.search(
        "When should we leave?"
    )


def test_a_goal_with_a_day_is_counted_down_and_bears_on_a_coachs_plan(engine: Engine) -> None:
    """ "I want to lose 6 kilos before my wedding on June 14th." then "How many days until the wedding?" got
    the bundled model's "You can add 1 to the previous answer.", and "What's a realistic plan?" named nothing
    the client told: a goal keeps the day it names, a question of how long until "the wedding" asks about
    it, and what the client works towards and weighs bears on a coach's advice."""
    from datetime import UTC, datetime, timedelta

    engine.chat_model = Small()
    day = datetime.now(UTC) + timedelta(days=40)
    engine.chat("tom", f"I want to lose 6 kilos before my wedding on {day:%B} {day.day}th.")
    engine.chat("tom", "I weigh 88 kg.", domain="health_coaching")
    left = engine.chat("tom", "How many days until the wedding?", domain="health_coaching")
    assert re.search(r"\((39|40) days from today\)", left.text), left.text
    plan = engine.chat("tom", "What's a realistic plan?", domain="health_coaching")
    bears = plan.text.rpartition("bears on this")[2]
    assert "Trying to lose 6 kilos" in bears and "Weighs 88 kg" in bears, plan.text


def test_picks_the_user_had_or_disliked_by_their_place_are_not_given_again(engine: Engine) -> None:
    """ "I've seen the first one already, and I didn't like the second one." after five picks got the same
    five picks again: what the user had, by its place in the last list, is not picked, and what they did not
    like is a dislike of theirs, as a thumbs down would be."""
    from tailorkit.assistant._follow_ups import had_by_place

    class Titles:
        def find(self, text: str) -> list[str]:
            return [text.split(" (")[0]]

    heard = "Here are some picks for you:\n\n1. Heat (1995)\n2. Seven (1995)\n3. Fargo (1996)"
    said = "I've seen the first one already, and I didn't like the second one."
    assert had_by_place(said, heard, Titles()) == (["Heat", "Seven"], ["Seven"], [])  # type: ignore[arg-type]
    assert had_by_place("第一部看过了，第三部不喜欢", heard, Titles()) == (["Heat", "Fargo"], ["Fargo"], [])  # type: ignore[arg-type]
    assert had_by_place("Tell me more about the second one.", heard, Titles()) == ([], [], [])  # type: ignore[arg-type]
    # a run of places ("I've seen the first two already" left out the first only)
    assert had_by_place("I've seen the first two already.", heard, Titles()) == (["Heat", "Seven"], [], [])  # type: ignore[arg-type]
    assert had_by_place("后两部看过了", heard, Titles()) == (["Seven", "Fargo"], [], [])  # type: ignore[arg-type]
    # ... and loved by its place ("I loved the second one!", "第三部很好看", "I've seen the first one, it was
    # great")
    assert had_by_place("I loved the second one!", heard, Titles()) == (["Seven"], [], ["Seven"])  # type: ignore[arg-type]
    assert had_by_place("第三部很好看", heard, Titles())[2] == ["Fargo"]  # type: ignore[arg-type]
    # ... what the clause after one named says of it ("第一部看过了，不太喜欢", "I've seen the first one, it
    # wasn't great": only the sight was kept)
    assert had_by_place("第一部看过了，不太喜欢", heard, Titles())[1] == ["Heat"]  # type: ignore[arg-type]
    assert had_by_place("I've seen the first one, it wasn't great", heard, Titles())[1] == ["Heat"]  # type: ignore[arg-type]
    assert had_by_place("I've seen the first one, my wife loved it", heard, Titles())[1:] == ([], [])  # type: ignore[arg-type]
    assert had_by_place("I've seen the first one, it was great.", heard, Titles())[2] == ["Heat"]  # type: ignore[arg-type]


def test_a_shops_small_model_makes_up_no_contact_details_nor_a_person(engine: Engine) -> None:
    """ "How can I contact you by phone?" with no help page on it got the bundled model's "Shipping and
    delivery › Contact: [1]" and "If you have a phone, you can call us at 1-800-811-1111."; "This is
    ridiculous, I want to speak to a human." got the parcel page again. No page answers them: the assistant
    says so itself, and that it cannot hand the customer over."""
    model = Saying("Note: you can call us at 1-800-811-1111.", small=True)
    engine.chat_model = model
    phone = engine.chat("hal", "How can I contact you by phone?", domain="customer_service")
    assert (
        phone.text == "I couldn't find that in our help pages, and I'd rather not guess." and not model.calls
    )
    human = engine.chat("hal", "This is ridiculous, I want to speak to a human.", domain="customer_service")
    assert human.text.startswith("I'm an automated assistant") and "1-800" not in human.text
    assert engine.chat("hal", "转人工", domain="customer_service").text.startswith("我是自动客服助手")
    # ... and a greeting is still the model's to answer
    model.said = "Hello! How can I help you today?"
    assert engine.chat("hal", "Hello!", domain="customer_service").text.startswith("Hello!")
    # in any domain, a phone number, an address or a link nothing given says is left out
    model.said = (
        "Sleep is important. You can call the sleep helpline at 0800 123 4567 or visit www.sleep.example."
    )
    tips = engine.chat("hal", "Any tips for sleeping better?")
    assert (
        "0800" not in tips.text and "www." not in tips.text and "0800 123 4567" in " ".join(tips.why.removed)
    )


def test_a_quote_made_up_under_a_help_pages_label_is_left_out(engine: Engine) -> None:
    """ "I need it before my daughter's birthday on Saturday." after an answer quoting the help pages got the
    bundled model's "Shipping and delivery › Missing or damaged parcels: If you have a delivery of a box of
    cookies, you can order a box of cookies from a local bakery.": the form of a quote, with no page given."""
    made_up = (
        "Shipping and delivery › Missing or damaged parcels: If you have a delivery of a box of cookies, you "
        "can order a box of cookies from a local bakery."
    )
    engine.chat_model = Saying(made_up, small=True)
    reply = engine.chat(
        "hal", "I need it before my daughter's birthday on Saturday.", domain="customer_service"
    )
    assert "cookies" not in reply.text and made_up in reply.why.removed, reply.text
    # ... and got, another time, how long the shop's deliveries take and a rule for using it, from no page:
    # the message only tells, and is acknowledged
    engine.chat_model = Saying(
        "Please note that shipping and delivery can take up to 24 hours to show the first scan.\n\n"
        "Please do not use this information unless you are using a shipping service that allows tracking.",
        small=True,
    )
    reply = engine.chat(
        "hal", "I need it before my daughter's birthday on Saturday.", domain="customer_service"
    )
    assert reply.text.startswith("Got it, I'll keep that in mind."), reply.text
    assert len(reply.why.removed) == 2 and "24 hours" not in reply.text
    # a question whose every line went is still told it could not be answered
    asked = engine.chat("hal", "How long does delivery take?", domain="customer_service")
    assert not asked.text.startswith("Got it"), asked.text


def test_a_request_for_her_after_naming_a_family_member_is_for_them(engine: Engine) -> None:
    """ "Any gift ideas for her?" after "My mum turns 70 next Saturday. She loves gardening and hates fuss."
    got the bundled model's "A new camera with a 70mm lens": the memories were searched with "her", which
    names no one. "For her" / "for him" is the family member the message before named, as the memories are
    searched and as the answer names what bears on it; the birthday is kept as a plan with its day."""
    from tailorkit.memory import for_whom

    engine.chat_model = Saying("A gift card to a garden centre would suit her.", small=True)
    told = engine.chat("gia", "My mum turns 70 next Saturday. She loves gardening and hates fuss.")
    assert "My mum turns 70 next Saturday" in told.text, told.text
    gift = engine.chat("gia", "Any gift ideas for her?", told.conversation_id)
    assert "Mum loves gardening and hates fuss" in [m["text"] for m in gift.why.memories], gift.why.memories
    assert (
        "bears on this: " in gift.text and "Mum loves gardening" in gift.text.rpartition("bears on this")[2]
    )
    assert for_whom("Any ideas for him?", "My son is 6.") == ("Any ideas for my son?", "son")
    assert for_whom("Any ideas for him?", "My mum is 70.") == ("Any ideas for him?", None)  # not her
    assert for_whom("Any ideas for her?", None) == ("Any ideas for her?", None)


def test_what_he_has_after_naming_him_is_his_and_bears_first(engine: Engine) -> None:
    """A parent told a tutor "My son's in year 4 and really struggles with his times tables, especially 7s
    and 8s.", then "I had a knee replacement last year.", then asked "He's got 15 minutes after dinner, what
    can we do?": the answer named the knee replacement as what bore on it, and not the son ("He's" was not
    read as the son named before). What is told of whom the request is for comes first."""
    from tailorkit.memory import for_whom

    assert for_whom("He's got 15 minutes after dinner, what can we do?", "My son's in year 4.")[1] == "son"
    engine.chat_model = Saying("Practise little and often.", small=True)
    first = engine.chat(
        "par",
        "My son's in year 4 and really struggles with his times tables, especially 7s and 8s.",
        domain="tutoring",
    )
    engine.chat("par", "I had a knee replacement last year.", first.conversation_id, domain="tutoring")
    asked = engine.chat(
        "par", "He's got 15 minutes after dinner, what can we do?", first.conversation_id, domain="tutoring"
    )
    bearing = asked.text.rpartition("bears on this: ")[2]
    assert bearing.startswith("Son struggles with his times tables"), asked.text


def test_what_he_would_like_after_naming_him_a_message_before_is_for_him(engine: Engine) -> None:
    """A parent told the tutor "My son Leo is 10 and he finds reading really hard.", then "He loves football
    and Minecraft though.", then asked "What books would he like?": the bundled model wrote "He loves to read
    about science fiction." and nothing named what he loves. "He" is the son named a message or two before,
    as the memories are searched and the answer names what bears on it; what he would like asks for advice."""
    from tailorkit.memory import for_whom, seeks_advice

    engine.chat_model = Saying("Adventure stories are a good start.", small=True)
    told = engine.chat("pat", "My son Leo is 10 and he finds reading really hard.")
    then = engine.chat("pat", "He loves football and Minecraft though.", told.conversation_id)
    books = engine.chat("pat", "What books would he like?", then.conversation_id)
    bears = books.text.rpartition("bears on this")[2]
    assert "Son loves football and Minecraft" in bears, books.text
    assert seeks_advice("Which games might my daughter enjoy?") and not seeks_advice("What did he like?")
    assert for_whom("What would he like?", "My son is 6. He loves Lego.") == (
        "What would my son like?",
        "son",
    )
    assert for_whom("Is he OK?", "My boss is grumpy.") == ("Is he OK?", None)
    assert for_whom("What books would my son like?", None) == ("What books would my son like?", "son")


def test_a_weekend_request_has_what_the_user_does_at_weekends_and_asks_for_no_films(engine: Engine) -> None:
    """ "這週末有什麼推薦的活動？" to the general assistant of a film catalogue got five films and, asked what
    it knew, "你的畫像：喜歡喜歡、爬山"; in English "Any activities for this weekend?" named nothing the user
    told. Activities are another kind than films; what the user likes or does at weekends bears on the
    request; a stop word in traditional script is one too."""
    from tailorkit.assistant._intents import asks_for_another_kind

    assert asks_for_another_kind("這週末有什麼推薦的活動？", "film")
    assert asks_for_another_kind("Any activities for this weekend?", "film")
    assert not asks_for_another_kind("Any films about a road trip?", "film")
    engine.chat_model = Saying("Lots to do this weekend.", small=True)
    engine.chat("hal", "I live in Leeds, I'm allergic to cats and I love hiking at weekends.")
    weekend = engine.chat("hal", "Any activities for this weekend?")
    assert "Likes hiking at weekends" in weekend.text.rpartition("bears on this")[2], weekend.text
    engine.chat("tai", "我住在台北，對貓過敏，週末喜歡去爬山。")
    zh = engine.chat("tai", "這週末有什麼推薦的活動？")
    assert "- 週末喜歡去爬山" in zh.text and not zh.why.recommendations, zh.text


def test_what_the_rules_left_out_of_a_sentence_reaches_the_answer_in_the_users_words(engine: Engine) -> None:
    """ "I work from home with a toddler, so calls before noon never work." was kept as "Works from home"
    alone: asked when to call, the assistant had nothing to say of noon. The memory keeps the words it was
    read from where they say more, and the prompt and the answer give them; a sentence that says no more
    than its memory ("I'm really sensitive to cold water") is not repeated."""
    model = Small()
    engine.chat_model = model
    engine.chat("ann", "I work from home with a toddler, so calls before noon never work.")
    engine.chat("ann", "I'm really sensitive to cold water.")
    kept = {m.text: m.said for m in engine.memories.list("ann")}
    assert kept["Works from home"] == "I work from home with a toddler, so calls before noon never work."
    assert kept["Sensitive to cold water"] is None
    answer = engine.chat("ann", "When is a good time to call me?")
    assert answer.text.startswith("From what you've told me:")
    assert (
        '- Works from home (you said: "I work from home with a toddler, so calls before noon never work.")'
        in (answer.text)
    )
    # one memory read from a sentence that says two things: the other is still there to answer with
    engine.chat("ann", "I moved to Lisbon last month for a job at a fintech startup.")
    work = engine.chat("ann", "Where do I work?").text
    assert work.startswith("From what you've told me:") and "a job at a fintech startup" in work, work
    engine.chat_model = model = FakeChat()
    engine.chat("ann", "Plan my afternoon around work, please.")
    prompt = "\n".join(m["content"] for m in model.calls[-1])
    assert 'Works from home — "I work from home with a toddler, so calls before noon never work."' in prompt
    assert "Sensitive to cold water —" not in prompt


def test_a_question_about_what_was_told_is_read_after_i_forgot(engine: Engine) -> None:
    """ "I forgot, what did I tell you about my job?" got "I'm not sure how to answer that.": a question about
    what the user told may open with "I forgot", "sorry", "我忘了", "对了"; one that asks for advice after
    it still goes to the model."""
    engine.chat_model = model = Small()
    engine.chat("ann", "I have type 2 diabetes and I work night shifts as a nurse.")
    engine.chat("ann", "我女儿今年七岁。")
    job = engine.chat("ann", "I forgot, what did I tell you about my job?").text
    assert job.startswith("From what you've told me:") and "Works as a nurse" in job, job
    assert "七岁" in engine.chat("ann", "对了，我女儿几岁？").text
    calls = len(model.calls)
    engine.chat("ann", "I forgot, what should I eat tonight?")
    assert len(model.calls) == calls + 1


def test_what_the_user_has_coming_up_is_answered_with_the_plans_ahead(engine: Engine) -> None:
    """ "What have I got coming up?" after "My dentist appointment is on Friday at 3pm." got "I don't think
    you've told me that yet.": a question of what is ahead is answered with the plans still ahead, in
    either language, and not with what has no date."""
    engine.chat_model = Small()
    engine.chat("ann", "My dentist appointment is on Friday at 3pm.")
    engine.chat("ann", "I'm a vegetarian.")
    for asked in ("What have I got coming up?", "Anything coming up for me this week?"):
        ahead = engine.chat("ann", asked).text
        assert ahead.startswith("From what you've told me:") and "dentist" in ahead, ahead
        assert "vegetarian" not in ahead, ahead
    engine.chat("bo", "我下周三要去上海出差，住三天。")
    assert "上海出差" in engine.chat("bo", "我接下来有什么安排？").text


def test_a_tag_read_from_another_word_of_its_stem_asks_for_no_items(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """ "Can you suggest a weekly training plan?" got "1. Dark Days (2000) · Train, Documentary": the tag
    "Train" was read from "training". A one-word tag read only from another word of its stem asks for items
    where the message asks in no domain of the catalogue's; said as itself or its plural, it still does."""
    with Engine.open(tmp_path / "tk.db", Settings(data_dir=tmp_path)) as engine:
        engine.ingest_items(
            [
                {"item": "1", "title": "Dark Days (2000)", "tags": ["Train", "Documentary"]},
                {"item": "2", "title": "Big (1988)", "tags": ["Comedy"]},
            ]
        )
        engine.ingest_events(
            [
                {"user": "ann", "item": "2", "kind": "rate", "value": 5},
                {"user": "bo", "item": "1", "kind": "rate", "value": 5},
            ]
        )
        engine.profiles.rebuild()
        engine.train("popularity")
        assert engine.profiles.tags_named_in("Can you suggest a weekly training plan?") == {"Train"}
        engine.chat_model = Small()
        plan = engine.chat("tom", "Can you suggest a weekly training plan?")
        assert "Dark Days" not in plan.text and not plan.why.recommendations, plan.text
        assert "Big (1988)" in engine.chat("tom", "Any comedies for tonight?").text
        assert "Dark Days" in engine.chat("tom", "Any films about trains?").text


def test_a_request_for_something_light_does_not_weigh_a_dark_liking(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A user who said "I love slow-burn thrillers but can't stand gore." asked "Any light comedies for
    tonight?" and got comedies that are thrillers first (Fargo, True Lies, Get Shorty): what they like weighed
    in as for any request. For something light, a dark liking does not; "Any comedies?" keeps it."""
    with Engine.open(tmp_path / "light.db", Settings(data_dir=tmp_path)) as engine:
        engine.ingest_items(
            [
                {"item": "1", "title": "Fargo (1996)", "tags": ["Comedy", "Thriller", "Crime"]},
                {"item": "2", "title": "Toy Story (1995)", "tags": ["Comedy", "Animation"]},
                {"item": "3", "title": "Heat (1995)", "tags": ["Thriller", "Crime"]},
            ]
        )
        rated = {"2": 5, "1": 4, "3": 3}  # how many rated each: Toy Story the most popular
        engine.ingest_events(
            [
                {"user": f"u{i}", "item": item, "kind": "rate", "value": 5}
                for item, n in rated.items()
                for i in range(n)
            ]
        )
        engine.profiles.rebuild()
        engine.train("popularity")
        engine.chat_model = Saying("Here you go.", small=True)
        engine.chat("fan", "I love thrillers.", domain="content_recommendation")
        any_ = engine.chat("fan", "Any comedies?", domain="content_recommendation")
        assert any_.why.recommendations[0]["title"] == "Fargo (1996)"
        light = engine.chat("fan", "Any light comedies?", domain="content_recommendation")
        assert light.why.recommendations[0]["title"] == "Toy Story (1995)"


def test_when_a_job_is_worked_bears_on_advice_about_the_day(engine: Engine) -> None:
    """A nurse who said "My name is Priya and I work as a nurse on night shifts." asked "What's a good time
    for me to go to the gym?" and got "I don't think you've told me that yet." (it read as a question about
    what she had told), then the small model's "early in the morning, around 6-8 am" with nothing of her
    nights: it is advice, and a job said with when it is worked bears on it as when the user works does."""
    engine.chat_model = Saying("A good time to go to the gym is early in the morning.", small=True)
    engine.chat("pri", "My name is Priya and I work as a nurse on night shifts.")
    gym = engine.chat("pri", "What's a good time for me to go to the gym?")
    assert gym.text.startswith("A good time to go to the gym"), gym.text
    assert gym.text.endswith("(What you've told me that bears on this: Works as nurse on night shifts.)"), (
        gym.text
    )


def test_an_offer_that_only_repeats_the_request_is_no_answer(engine: Engine) -> None:
    """ "Can you suggest a healthy snack for work?" from a user allergic to peanuts got "Sure, I'd be happy to
    suggest a healthy snack for work." and nothing more (the model's list had looped and was cut): an offer
    in the user's own words answers nothing, so the answer says it has none and gives what bears on it."""
    engine.chat("ola", "I'm allergic to peanuts and I'm trying to eat less sugar.")
    engine.chat_model = Saying("Sure, I'd be happy to suggest a healthy snack for work.", small=True)
    snack = engine.chat("ola", "Can you suggest a healthy snack for work?")
    assert "happy to suggest" not in snack.text, snack.text
    assert snack.text.startswith("I don't have a good answer to that."), snack.text
    assert "- Allergic to peanuts" in snack.text
    engine.chat_model = Saying("I'd be happy to suggest a handful of almonds and an apple.", small=True)
    almonds = engine.chat("ola", "Can you suggest a healthy snack for work?")
    assert almonds.text.startswith("I'd be happy to suggest a handful of almonds"), almonds.text


def test_gladness_at_what_the_user_never_said_is_left_out(engine: Engine) -> None:
    """ "What should I cook for dinner tonight?" from a vegan got "I'm glad you're happy with the information
    I provided. ... I'm glad you're enjoying your dinner tonight.": gladness that the user is doing or feeling
    what they never said ("enjoying", "happy") is an invention, as "glad to hear ..." of unsaid news was."""
    engine.chat("vic", "I'm vegan and gluten-free.")
    engine.chat_model = Saying(
        "I'm glad you're happy with the information I provided. Try a chickpea and spinach curry with rice. "
        "I'm glad you're enjoying your dinner tonight.",
        small=True,
    )
    dinner = engine.chat("vic", "What should I cook for dinner tonight?")
    assert dinner.text.startswith("Try a chickpea and spinach curry with rice."), dinner.text
    assert "glad" not in dinner.text, dinner.text
    engine.chat_model = Saying("I'm glad you're feeling better. Keep resting.", small=True)
    better = engine.chat("vic", "I'm feeling better today, what should I do?")
    assert better.text.startswith("I'm glad you're feeling better."), better.text


def test_no_films_for_an_evening_the_household_keeps_free_of_screens(engine: Engine) -> None:
    """ "What can we do on Tuesday evening?" after "My kids aren't allowed screens on school nights." (walked
    on the demo film guide) got five films, two of them for adults only: an evening the household's rule keeps
    free of screens gets none, and the rule is named; a request for films, or another evening, gets them."""
    engine.chat_model = Small()
    engine.chat("cy", "My kids aren't allowed screens on school nights.")
    tuesday = engine.chat("cy", "What can we do on Tuesday evening?", domain="content_recommendation")
    assert "Big (1988)" not in tuesday.text
    assert "not allowed screens on school nights" in tuesday.text.rpartition("bears on this:")[2], (
        tuesday.text
    )
    saturday = engine.chat("cy", "What can we do on Saturday evening?", domain="content_recommendation")
    assert "Big (1988)" in saturday.text
    asked = engine.chat("cy", "Any good films for Tuesday night?", domain="content_recommendation")
    assert "Big (1988)" in asked.text
    sunday = engine.chat("cy", "What can we do on Sunday afternoon?", domain="content_recommendation")
    assert "Big (1988)" in sunday.text  # not a school night
    engine.chat("bo", "我们家孩子上学的日子晚上不许看屏幕。")
    zh = engine.chat("bo", "周二晚上可以做点什么？", domain="content_recommendation")
    assert "Big" not in zh.text and "不许看屏幕" in zh.text, zh.text
