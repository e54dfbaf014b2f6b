"""What may be an emergency is answered with what to do now, in any domain and whatever the model."""

from __future__ import annotations

import pytest

from tailorkit import Engine
from tailorkit.assistant._urgent import urgent_reply
from tests.assistant._fakes import Saying


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("I have chest pain and my left arm feels numb.", "medical"),
        ("My dad just fainted and his face is drooping", "medical"),
        ("我胸口很痛，喘不过气", "medical"),
        ("I want to kill myself", "self_harm"),
        ("I don't want to live anymore", "self_harm"),
        ("我最近总想死", "self_harm"),
        # said not to be there, of no one, or a figure of speech
        ("I don't have any chest pain, just a sore knee.", None),
        ("没有胸闷，就是有点累", None),
        ("Is chest pain during exercise normal?", None),
        ("This workout is killing me", None),
        ("I'm dying to see the new Pixar film", None),
    ],
)
def test_what_may_be_an_emergency(message: str, kind: str | None) -> None:
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in message) else "en"
    reply = urgent_reply(message, lang)
    if kind is None:
        assert reply is None
    elif kind == "medical":
        assert reply is not None and ("emergency" in reply or "120" in reply)
    else:
        assert reply is not None and ("116 123" in reply or "心理援助" in reply)


@pytest.mark.parametrize("small", [True, False])
def test_an_emergency_is_answered_with_what_to_do_now_not_by_the_model(engine: Engine, small: bool) -> None:
    """ "I have chest pain and my left arm feels numb." to a coach quoted the guidance's "Stop and get help
    if you feel chest pain ..."; "我胸口很痛，喘不过气" quoted how much salt to eat. Whatever the domain and
    the model (which may ramble, or reassure), the answer says to call for help now."""
    model = Saying("It is probably just a muscle strain, try some stretching.", small=small)
    engine.chat_model = model
    answer = engine.chat("ann", "I have chest pain and my left arm feels numb.", domain="health_coaching")
    assert answer.text.startswith("What you describe can be a medical emergency.") and not model.calls
    assert "muscle strain" not in answer.text
    films = engine.chat("ann", "I want to kill myself", domain="content_recommendation")
    assert "116 123" in films.text and not films.why.recommendations and not model.calls
    zh = engine.assistant.stream("ann", "我胸口很痛，喘不过气", domain="health_coaching")
    assert "".join(zh).startswith("你描述的情况可能是急症") and not model.calls
