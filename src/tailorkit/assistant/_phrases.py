"""What the assistant writes itself, in each language: the acknowledgement of what a message only told,
the leads of the answers it writes whole (recall, what was told, what the catalogue says), and what it says
when it cannot answer. ``WRITTEN_LEADS`` is how all of those begin."""

from __future__ import annotations

import re

__all__ = [
    "ACKNOWLEDGEMENT",
    "BEARS_ON",
    "BEARS_ON_REQUEST",
    "CATALOGUE_SAYS",
    "FORGOT",
    "FROM_THE_DOCUMENTS",
    "GOOD_NEWS",
    "LOVED",
    "MAY_BEAR",
    "NOT_IN_LANGUAGE",
    "NOT_IN_PAGES",
    "NOT_IN_TAGS",
    "NO_ANSWER",
    "NO_ANSWER_TOLD",
    "NO_HUMAN",
    "NO_LENGTHS",
    "RECALL_LEADS",
    "SAD_NEWS",
    "SMALL_TALK",
    "SOURCES",
    "SOURCE_LINE",
    "TOLD_LEADS",
    "WHY_PICKED",
    "WHY_PICKED_ONE",
    "WITH_THAT",
    "WRITTEN_LEADS",
    "YOU_SAID",
]

ACKNOWLEDGEMENT = {"en": "Got it, I'll keep that in mind.", "zh": "好的，我记住了。"}
GOOD_NEWS = (
    re.compile(
        r"^(?:(?:some |so )?(?:good|great|amazing|exciting|big) news\b|guess what\b|yay\b|woo+h?o+\b|"
        r"hooray\b|I did it\b|I passed\b|I got the job\b|finally\b[^.?]*!)"
        r"|好消息|太好了|我做到了|我考过了|终于[^。？]*！",
        re.IGNORECASE,
    ),
    {"en": "That's great news! I'll keep that in mind.", "zh": "太好了！我记住了。"},
)
"""A message that opens with good news ("Good news, I'm down to 89 kg!"), and how it is acknowledged."""
SAD_NEWS = (
    re.compile(
        r"^(?:(?:some )?(?:bad|sad|terrible) news\b|unfortunately\b|sadly\b|I(?:'m| am) afraid\b)"
        r"|坏消息|不幸的是|很遗憾",
        re.IGNORECASE,
    ),
    {"en": "I'm sorry to hear that. I'll keep it in mind.", "zh": "听到这个很难过。我记住了。"},
)
"""A message that opens with bad news ("Sadly, my dog passed away last week."), and how it is acknowledged."""
SMALL_TALK = (
    (
        re.compile(r"\W*(?:你好|您好|嗨|哈喽|哈啰|早上好|早安|下午好|晚上好|在吗)(?:呀|啊|啦|哦)?\W*", re.I),
        {"en": "Hello! What can I help you with?", "zh": "你好！有什么可以帮你的？"},
    ),
    (
        re.compile(r"\W*(?:谢谢|多谢|谢啦|感谢|谢谢你|谢谢您|太感谢了)(?:啦|了|啊|哈)?\W*", re.I),
        {"en": "You're welcome!", "zh": "不客气！"},
    ),
    (re.compile(r"\W*(?:再见|拜拜|回头见|下次见)(?:啦|了|啊)?\W*", re.I), {"en": "Goodbye!", "zh": "再见！"}),
)
"""A message that is only a greeting, thanks or a goodbye in a language the model does not write ("你好",
"谢谢", "再见"; it got "好的，我记住了。"), and what the assistant says back."""
SOURCES = {"en": ("Source", "Sources"), "zh": ("来源", "来源")}
"""What leads the line naming an answer's sources, for one source and for several."""
SOURCE_LINE = re.compile(r"^[ \t]*(?:Sources?|来源)[:：][^\n]*$\n?", re.MULTILINE)
"""That line: the assistant writes it from the passages given; one the model wrote names a source in its
own words ("Source: [1] Text and Email", of no such page), and it names no item of the catalogue."""
"""What a structured answer to a message that only tells something says before its note."""
FORGOT = {
    "en": ("Done, I've forgotten it.", "I don't have anything like that to forget."),
    "zh": ("好的，已经忘掉了。", "我没有记着这样的事。"),
}
"""What a structured answer to "forget that ..." says: something was forgotten, and nothing matched."""
FORGOT_ALL = {
    "en": (
        "Done, I've forgotten everything you told me. What you rated, watched or bought and our "
        "conversations stay until you erase your account."
    ),
    "zh": "好的，你告诉我的都已经忘掉了。你的评分、浏览和购买记录以及我们的对话会保留，直到你注销账户。",
}
"""... and "forget everything you know about me": every memory went, what else is kept and until when."""
NOT_IN_PAGES = {
    "en": "I couldn't find that in our help pages, and I'd rather not guess.",
    "zh": "我在帮助文档里没有找到相关内容，就不乱猜了。",
}
"""A small model's answer to a shop's customer whose question no help page answers: it made up the shop's
policies and phone numbers ("you can call us at 1-800-811-1111")."""
NO_HUMAN = {
    "en": "I'm an automated assistant, so I can't hand you over to a person myself.",
    "zh": "我是自动客服助手，没办法直接帮你转接人工。",
}
"""What a shop's assistant says to a customer asking for a person ("I want to speak to a human")."""
NO_ANSWER = {
    "en": "I'm not sure how to answer that. Could you ask it another way?",
    "zh": "这个我答不上来，能换个说法问吗？",
}
NOT_IN_LANGUAGE = {
    "en": "I'm sorry, I can't answer that well in this language yet.",
    "zh": "抱歉，这个问题我现在还答不好。",
}
"""What a small model's assistant says to a message in a language the model does not write, where no
items, quotes or memories answer it."""
BEARS_ON = {
    "en": "I can't answer that well in this language yet. What you've told me that may bear on it:",
    "zh": "这个问题我还不能用中文好好回答。你告诉过我的这些情况可能和它有关，可以作为参考：",
}
"""... and where the prompt gave what the user told for it: those memories are the answer (that they may
bear on it: the search ranked them, nothing checked that they do)."""
MAY_BEAR = {
    "en": "What you've told me that may bear on it:",
    "zh": "你告诉过我的这些情况可能和它有关，可以作为参考：",
}
"""What leads to the user's own words where the answer has no other."""
NO_ANSWER_TOLD = {
    "en": f"I don't have a good answer to that. {MAY_BEAR['en']}",
    "zh": f"这个我答不好。{MAY_BEAR['zh']}",
}
"""... and where all a small model wrote was left out but what the user told bears on the message: those
memories, in their words."""
BEARS_ON_REQUEST = {"en": "What you've told me that bears on this:", "zh": "你说过的这些也要考虑："}
"""What leads to the user's own words that bear on a request for advice, at the end of a small model's
free answer (which often leaves them out)."""
FROM_THE_DOCUMENTS = {
    "customer_service": {"en": "Here is what our help pages say:", "zh": "根据我们的帮助文档："},
    "tutoring": {"en": "Here is what the course notes say:", "zh": "根据课程资料："},
    "health_coaching": {"en": "Here is what our guidance says:", "zh": "根据我们的健康指南："},
    "": {"en": "Here is what our documents say:", "zh": "根据我们的资料："},
}
"""What leads to the words quoted from the tenant's documents, by the domain they serve."""
NOT_IN_TAGS = {
    "en": (
        "(Nothing this catalogue says of each {thing} tells me which have that, so my picks cannot leave "
        "them out.)"
    ),
    "zh": "（目录里没有这方面的信息，推荐时还没法把这类作品排除。）",
}
"""Said where what the user keeps away from is no tag of the catalogue ("Nothing with too much swearing")."""
NO_LENGTHS = {
    "en": (
        "(This catalogue does not say how long each {thing} runs, so I could not check that these are "
        "{limit}.)"
    ),
    "zh": "（目录里没有时长信息，没法确认这些都在{limit}。）",
}
"""What follows picks asked to keep to a length the catalogue does not give."""
WITH_THAT = {"en": " Based on that, you might like:", "zh": "按你说的，可以看看这些："}
"""What leads from an acknowledgement to picks made with what the message told."""
LOVED = {
    "en": "Glad you enjoyed {titles}. You might also like:",
    "zh": "很高兴你喜欢{titles}。你可能也会喜欢这些：",
}
"""What leads into picks like the titles a message says the user loved ("We both loved Amelie")."""
CATALOGUE_SAYS = {"en": "Here is what our catalogue says:", "zh": "目录里是这样写的："}
WHY_PICKED = {
    "en": (
        "Why I picked these:",
        "(They were chosen with what you've told me: {told}.)",
        "(You haven't told me what you like yet: they are what people with a history like yours liked most.)",
    ),
    "zh": (
        "推荐这些的原因：",
        "（推荐时考虑了你告诉过我的：{told}。）",
        "（你还没告诉过我你的喜好，这些是和你口味相近的人最喜欢的。）",
    ),
}
"""An answer to "Why did you pick those?": its lead, then each pick as the catalogue describes it (what of
the user's own it is close to), then the tastes the user stated, or that they stated none."""
WHY_PICKED_ONE = {
    "en": (
        "Why I picked it:",
        "(It was chosen with what you've told me: {told}.)",
        "(You haven't told me what you like yet: it is what people with a history like yours liked most.)",
    ),
    "zh": (
        "推荐它的原因：",
        "（推荐时考虑了你告诉过我的：{told}。）",
        "（你还没告诉过我你的喜好，这是和你口味相近的人最喜欢的。）",
    ),
}
"""... of one of them ("Why did you pick the first one?")."""
RECALL_LEADS = {
    "en": ("Here is what I remember about you:", "I don't remember anything about you yet."),
    "zh": ("我记得关于你的这些：", "我还没有记住关于你的任何事。"),
}
"""A recall answer's first line: with memories to list, and without."""
YOU_SAID = {"en": '{text} (you said: "{said}")', "zh": "{text}（你说过：“{said}”）"}
"""A memory read from words that say more than it (``Memory.said``), with those words, as an answer lists it:
"Works from home (you said: "I work from home with a toddler, so calls before noon never work.")"."""
TOLD_LEADS = {
    "en": ("From what you've told me:", "I don't think you've told me that yet."),
    "zh": ("根据你告诉我的：", "这个你好像还没告诉过我。"),
}
"""An answer to a question about what the user told (``Prepared.told``): with memories that answer it,
and without."""

WRITTEN_LEADS = (
    *ACKNOWLEDGEMENT.values(),
    *(lead for leads in FORGOT.values() for lead in leads),
    *CATALOGUE_SAYS.values(),
    *(leads[0] for leads in WHY_PICKED.values()),
    *(leads[0] for leads in WHY_PICKED_ONE.values()),
    *NO_ANSWER.values(),
    *NO_ANSWER_TOLD.values(),
    *NOT_IN_LANGUAGE.values(),
    *BEARS_ON.values(),
    *(lead for leads in RECALL_LEADS.values() for lead in leads),
    *(lead for leads in TOLD_LEADS.values() for lead in leads),
)
"""How the answers the assistant writes whole begin (``Prepared.written``)."""
