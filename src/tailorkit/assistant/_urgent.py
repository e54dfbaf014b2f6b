"""What may be an emergency: a message that tells of symptoms that need help now (chest pain with a numb arm,
not being able to breathe, a face drooping) or of wanting to end one's life. Whatever the domain and however
small the model, the answer is then what to do now, in the user's language (``urgent_reply``)."""

from __future__ import annotations

import re

__all__ = ["urgent_reply"]

_MEDICAL_EN = re.compile(
    r"\b(?:chest (?:pains?|pressure|tightness)|(?:pain|pressure|tightness) in (?:my|the|his|her) chest|"
    r"(?:my|his|her) chest (?:hurts|is (?:tight|hurting)|feels (?:tight|heavy|crushed))|"
    r"(?:can't|cannot|can not|couldn't|struggling to|hard to|trouble|difficulty) breath(?:e|ing)|"
    r"(?:short|shortness) of breath|"
    r"(?:arm|face|side) (?:is |feels |went |has gone |goes )?(?:numb|weak|droop\w*)|"
    r"numb(?:ness)? (?:in|down) (?:my|his|her|the) (?:left )?(?:arm|face|side)|slurred speech|"
    r"slurring (?:my|his|her) words|(?:passed|blacked) out|fainted|cough(?:ing|ed)? up blood|"
    r"vomit(?:ing|ed) blood|"
    r"(?:won't|will not|doesn't|does not) stop bleeding|bleeding (?:heavily|badly|a lot)|overdos(?:e|ed)|"
    r"took too many (?:pills|tablets)|worst headache of my life)\b",
    re.IGNORECASE,
)
_MEDICAL_ZH = re.compile(
    r"胸(?:口|部)?(?:很|特别|非常|有点|一阵阵)?(?:痛|疼|闷|压迫|发紧)|喘不(?:过|上)气|呼吸困难|(?:手臂|胳膊|半边身子|脸)(?:发)?麻|"
    r"口齿不清|说话不清|嘴(?:巴)?歪|(?:晕倒|昏倒|昏过去)了?|咳血|吐血|流血不止|吃了(?:很多|一大把|太多)(?:药|安眠药)"
)
_SELF_HARM_EN = re.compile(
    r"\b(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my (?:own )?life)|suicid\w*|want(?:ed)? to die|"
    r"(?:don't|do not) want to (?:live|be alive|be here|wake up)|hurt(?:ing)? myself|self[- ]harm\w*|"
    r"no reason to (?:live|go on)|better off (?:dead|without me))\b",
    re.IGNORECASE,
)
_SELF_HARM_ZH = re.compile(r"自杀|想死|不想活|轻生|结束(?:我的|自己的)?生命|伤害自己|自残|活着没(?:有)?意思")
_NOT_EN = re.compile(r"\b(?:no|not|don't|doesn't|didn't|never|without|any)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NOT_ZH = re.compile(r"(?:没有|没|不|不会|从不|从来没)$")
"""A symptom said not to be there ("I don't have chest pain", "没有胸闷")."""
_SOMEONE = re.compile(r"\b(?:I|I'm|I've|my|me|he|she|his|her|we|our)\b|我|他|她", re.IGNORECASE)
"""Someone the message is about: the user, or someone with them."""

_REPLIES = {
    ("medical", "en"): (
        "What you describe can be a medical emergency. Call your local emergency number now (999 in the UK, "
        "112 in Europe, 911 in the US) or have someone take you to the nearest emergency department. Don't "
        "wait to see whether it passes, and don't drive yourself."
    ),
    ("medical", "zh"): (
        "你描述的情况可能是急症。请立即拨打120急救电话，或请身边的人送你去最近的医院急诊。不要等症状自己过去，也不要自己开车。"
    ),
    ("self_harm", "en"): (
        "I'm really sorry you're going through this, and I'm glad you said it. If you might act on these "
        "thoughts or are in danger, call your local emergency number now (999, 112 or 911). You can talk to "
        "someone at any hour: in the US call or text 988, in the UK and Ireland call Samaritans on 116 123, "
        "or a crisis line where you live. If you can, tell someone you trust how you feel right now."
    ),
    ("self_harm", "zh"): (
        "听到你这么难受，我很难过，谢谢你说出来。如果你可能伤害自己，或者正处在危险中，请立即拨打120或110。"
        "也请尽快联系当地的心理援助热线，或者告诉一个你信任的人你现在的感受。你不需要一个人扛着。"
    ),
}


def _said(pattern: re.Pattern[str], message: str, negation: re.Pattern[str]) -> bool:
    """Whether ``message`` says what ``pattern`` finds, not as its absence ("no chest pain")."""
    return any(not negation.search(message[: m.start()]) for m in pattern.finditer(message))


def urgent_reply(message: str, language: str) -> str | None:
    """What to do now, where ``message`` tells of what may be an emergency (``language``: ``zh`` or
    ``en``, the answer's); None otherwise."""
    lang = "zh" if language == "zh" else "en"
    # a question about a symptom, of no one ("Is chest pain during exercise normal?"), tells of none now
    if message.rstrip().endswith(("?", "？")) and not _SOMEONE.search(message):
        return None
    if _said(_SELF_HARM_EN, message, _NOT_EN) or _said(_SELF_HARM_ZH, message, _NOT_ZH):
        return _REPLIES["self_harm", lang]
    if _said(_MEDICAL_EN, message, _NOT_EN) or _said(_MEDICAL_ZH, message, _NOT_ZH):
        return _REPLIES["medical", lang]
    return None
