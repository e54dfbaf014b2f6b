"""Rules for what the user studies and how they learn, in English and in Chinese: a course or a degree
("I'm doing a PhD in marine biology", "我在读研究生"), where they are in it ("I'm a second-year nursing
student", "我今年高二", "我是护理专业大二的学生") and how they learn best ("I'm a visual learner", "I learn
much better from worked examples than from definitions", "我看例子比看定义学得快", "我记东西靠画图").
How one learns is kept under ``study:style:``: a tutor explains a topic the way the user said it works for
them. When a lesson is held ("My Spanish class is on Tuesdays", "我每周一晚上上夜校") is kept under ``lesson:``,
one day for each lesson: a new one ("... has moved to Thursdays", "夜校改到周三了") supersedes it. ``LEARNING_EN`` and ``LEARNING_ZH`` are their (pattern, rule) pairs, tried where
``memory._rules_en.EN_RULES`` and ``memory._living_zh.LIVING_ZH`` place them."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, a_or_an, first_up, topic_value
from tailorkit.memory._skills import CLAUSE_END, level
from tailorkit.memory._words_en import DAYS, MATERIAL_EN, RELATIONS, day_cased
from tailorkit.memory._words_zh import (
    ZH_DAYS,
    ZH_KIN,
    ZH_PARTS,
    ZH_SUBJECTS,
    ZH_WEAK,
    zh_clean,
    zh_fact,
    zh_said,
)

__all__ = ["LEARNING_EN", "LEARNING_ZH", "school_year"]

_PERSON = {"learn": "Learns", "understand": "Understands", "remember": "Remembers", "retain": "Retains"}


def _style(text: str) -> Candidate:
    """How the user learns, in their words, keyed by them (``study:style:visual_learner``): a user may say
    several ways that work for them."""
    return Candidate(text, MemoryKind.FACT, f"study:style:{topic_value(text)}", importance=0.7)


_CLASS_EN = (
    r"(?:[\w-]+ ){0,2}?(?:class|classes|lessons?|course|club|practice|training|session|group|tutoring)"
)
"""What is held on certain days ("Spanish class", "piano lessons", "swimming club")."""

_MATERIAL_ZH = r"(?:长|短)?(?:视频|网课|讲座|录音|音频|课本|书本|刷题|做题|真题|单词卡|闪卡|思维导图|例题)"
"""... in Chinese ("长视频", "刷题")."""

_PART_ZH = r"(?:上午|下午|晚上|早上|中午)"

_LESSON_ZH = r"(?![她他它你])[^\W\d_的她他]{0,4}?(?:课|夜校|补习班?|辅导班?|培训班?)"
"""A lesson or a class said in Chinese ("英语课", "夜校", "数学补习"); not someone else's ("她的奥数课")."""


def _lesson_en(m: re.Match[str], sentence: str) -> Candidate:
    """When a lesson or a class of the user's is held ("Spanish class on Tuesdays"), keyed by the lesson
    (``lesson:spanish_class``): a later day for it ("has moved to Thursdays") supersedes the old one."""
    what = re.sub(r"\s+", " ", m.group("what") or m.group("w2")).strip().lower()
    return Candidate(
        f"{first_up(what)} on {day_cased(m.group('when'))}",
        MemoryKind.FACT,
        f"lesson:{topic_value(re.sub(r'(?<=class)es$|(?<=lesson)s$', '', what))}",
        importance=0.7,
        change=bool(m.group("moved")),
    )


def _lesson_zh(m: re.Match[str], sentence: str) -> Candidate:
    """When a lesson of the user's is held ("周一晚上上夜校"), keyed by the lesson (``lesson:夜校``); "夜校改到周三了"
    supersedes it."""
    what = m.group("what")
    return Candidate(
        f"{m.group('days')}{m.group('part') or ''}上{what}",
        MemoryKind.FACT,
        f"lesson:{what}",
        importance=0.7,
        change=bool(m.group("moved")),
    )


def _lessons(m: re.Match[str], sentence: str) -> Candidate | None:
    """Lessons or classes the user or one of their household takes, or what one of the household is learning
    to do ("Taking piano lessons", "Eldest is taking driving lessons", "Daughter is learning to drive"): the
    user's own under ``learning:``, a household member's in their name (``family:``). (The user's own
    learning to do something is the rules' of ``memory._rules_en``.)"""
    what = re.sub(r"\s+", " ", m.group("what") or m.group("to")).strip()
    kind = (m.group("kind") or "").lower()
    who = (m.group("who") or "").lower()
    if len(what) > 40 or (not kind and not who):
        return None
    said = f"taking {what} {kind}" if kind else f"learning {what.lower()}"
    if not who:
        return Candidate(first_up(said), MemoryKind.FACT, f"learning:{topic_value(what)}", importance=0.6)
    return Candidate(
        f"{who.capitalize()} is {said}",
        MemoryKind.FACT,
        f"family:{topic_value(f'{who} {what}')}",
        importance=0.7,
    )


def _learns_by(m: re.Match[str], sentence: str) -> Candidate | None:
    """ "I learn much better from worked examples than from definitions" -> "Learns much better from worked
    examples than from definitions"; "I understand things best when I can see a diagram"."""
    how = m.group("how").strip()
    if len(how.split()) < 2:
        return None
    return _style(f"{_PERSON[m.group('verb').lower()]} {m.group('rest').strip()}")


_LEVEL_EN = r"freshman|sophomore|first-year|second-year|third-year|fourth-year|final-year|(?:junior|senior)(?= (?:in|at) )"

_LOSES = r"bored|frustrated|distracted|overwhelmed|discouraged|restless|fidgety"
"""How a learner loses heart or attention ("gets frustrated quickly", "gets bored easily")."""
_SOON = r"(?:very |really |so |pretty |quite )?(?:easily|quickly|fast)"


def _style_as_said(m: re.Match[str], sentence: str) -> Candidate:
    """How the user learns, as the clause says it after "so", "and" or "but" ("Short sessions are better",
    "Long videos don't work for me")."""
    return _style(first_up(re.sub(r"^(?:so|and|but) ", "", m.group(0).strip(" .!"), flags=re.I)))


def _style_said(m: re.Match[str], sentence: str) -> Candidate:
    """How learning goes for the user, in their words ("Gets frustrated quickly", "Loses focus after 20
    minutes", "Short sessions work better"): a tutor plans a session around it."""
    said = first_up(re.sub(r"^I ", "", m.group(0).strip(), flags=re.I))
    said = re.sub(
        r"^(Get|Lose|Become|Tend to get)\b",
        lambda w: {"Tend to get": "Tends to get"}.get(w.group(1), w.group(1) + "s"),
        said,
    )
    return _style(said)


def school_year(year: str) -> Candidate:
    """The school year a learner is in ("year 11", "my final year of uni"), as one memory keeps it."""
    return Candidate(
        f"Is in {year.lower().removeprefix('my ')}", MemoryKind.FACT, "study:level", importance=0.7
    )


def _weak_said(text: str, obj: str) -> Candidate | None:
    """What the learner finds hard, in their words ("Struggles with probability trees"), keyed by it."""
    said = re.sub(r"\s+", " ", obj).strip()
    if not said or len(said) > 40:
        return None
    return Candidate(text, MemoryKind.FACT, f"weak:{topic_value(said)}", importance=0.6)


def _level_said(m: re.Match[str], sentence: str) -> Candidate | None:
    """ "Is a complete beginner at Spanish", "Is fluent in German": a beginner with its article; None for
    a level of nothing named after a clause that says at what ("I'm trying to learn to cook, but I'm a
    complete beginner": the user's own words keep both)."""
    if not m.group("subject") and re.search(
        r"\w", re.sub(r"\b(?:and|but|so|though)\b", "", sentence[: m.start()])
    ):
        return None
    how = m.group("how").lower()
    said = f"{a_or_an(how)} {how}" if re.search(r"beginner|novice", how) else how
    at = f" {m.group('prep').lower()} {m.group('subject')}" if m.group("subject") else ""
    return level(f"Is {said}{at}", m.group("subject"))


LEARNING_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "I'm a complete beginner", "I'm an absolute beginner at piano", "I'm fairly advanced in French"
        re.compile(
            r"\bI(?:'m| am) (?:(?:a|an) )?(?P<how>(?:(?:complete|total|absolute|real|pure|fairly|quite|pretty|very) )?"
            r"(?:beginner|novice|intermediate|advanced|fluent))(?: (?:learner|level|student))?"
            r"(?: (?P<prep>at|in|with) (?P<subject>[A-Za-z][\w ]{1,25}?))?\s*(?:[,.;!?]|$)",
            re.I,
        ),
        _level_said,
    ),
    (  # "I always get lost with probability trees", "I get confused by fractions": what the learner finds hard
        re.compile(
            r"\bI (?:always |still |often |usually |just |really |sometimes |tend to )?get (?:so |really |totally |"
            r"completely |a bit |very )?(?:lost|confused|mixed up|muddled) (?:with|on|by|about) (?P<obj>(?!(?:it|this|that|"
            r"them|you|people|him|her|the way|what|how|which|where|when|who|why|everything|anything)\b)[^,.;!?]+)",
            re.I,
        ),
        lambda m, s: _weak_said(f"Struggles with {m.group('obj').strip()}", m.group("obj")),
    ),
    (  # "I find probability trees really hard", "Probability trees confuse me": hard for the learner
        re.compile(
            r"\bI (?:always |still |really |just |usually |honestly )?find (?P<obj>(?!(?:it|this|that|them|these|those|"
            r"you|people|him|her|myself|everything|anything|things)\b)[\w' -]{2,40}?) (?:really |very |quite |so |a bit |"
            r"pretty |super |incredibly |rather )?(?P<how>hard|difficult|confusing|tricky|tough)(?: to (?:understand|follow|"
            rf"grasp|learn|remember|get))?{CLAUSE_END}"
            r"|^(?:(?:and|but|so) )?(?P<o2>(?!(?:it|this|that|they|he|she|people|you|which|what|everything|anything|"
            r"nothing|something|all)\b)[\w -]{2,30}?) (?:really |always |totally |just |still |completely )?"
            r"(?:confuses?|baffles?) me\b",
            re.I,
        ),
        lambda m, s: _weak_said(
            f"Finds {m.group('obj') or m.group('o2').lower()} {(m.group('how') or 'confusing').lower()}",
            m.group("obj") or m.group("o2"),
        ),
    ),
    (  # "I get frustrated quickly", "I get bored easily", "I lose focus after 20 minutes": how learning goes
        re.compile(
            rf"\bI (?:tend to |always |usually |often )?(?:get|become) (?:{_LOSES}) {_SOON}(?=\s*(?:$|[,.;!?]|and\b|so\b))"
            r"|\bI (?:tend to |always |usually |often )?(?:lose (?:focus|concentration|interest)|switch off|zone out)"
            r" (?:after|within|in) (?:about |around |roughly )?[\w-]+ (?:minutes|mins)\b",
            re.I,
        ),
        _style_said,
    ),
    (  # "(so) short sessions are better", "Shorter lessons work best for me"
        re.compile(
            r"^(?:so |and )?(?:short(?:er)? (?:sessions|lessons|bursts|chunks)|bite-sized (?:sessions|lessons|chunks)|"
            r"lots of (?:short )?breaks|frequent breaks|small steps) (?:are|work) (?:much |a lot )?(?:better|best)"
            r"(?: for (?:me|him|her|them|us))?\W*$",
            re.I,
        ),
        _style_as_said,
    ),
    (  # "(I have ADHD, so) long videos don't work for me", "Flashcards really help me": what learning works with
        re.compile(
            rf"^(?:so |and |but )?(?P<what>{MATERIAL_EN}) (?:(?:really |just |simply )?(?:don't|doesn't|do not|does not|"
            r"never) (?:work|help) for me|(?:really |always )?(?:works?|help) (?:really |so |much )?(?:well|best|better)"
            r" for me|(?:really |always )?helps? me(?: (?:a lot|loads|the most|most))?)\W*$",
            re.I,
        ),
        _style_as_said,
    ),
    (  # "My Spanish class is on Tuesdays", "My piano lessons have moved to Thursday evenings", "I have swimming
        # club every Monday": when a lesson is held, and a new day for it
        re.compile(
            rf"(?:\bmy (?P<what>{_CLASS_EN}) (?:(?:is|are)(?: now)? |(?P<moved>(?:has|have)(?: been)? (?:moved|changed|switched)"
            rf"|(?:is|are) moving) to )(?:on |every )?"
            rf"|\bI(?:'ve got| have got| have) (?:a |an )?(?P<w2>{_CLASS_EN}) (?:on|every) )"
            rf"(?P<when>{DAYS}(?: (?:mornings?|afternoons?|evenings?|nights?))?(?: at \d{{1,2}}(?::\d\d)? ?(?:am|pm)?)?)"
            r"(?! (?:this|next)\b)",
            re.I,
        ),
        _lesson_en,
    ),
    (  # "I've just started piano lessons", "I take salsa classes", "Our eldest has started driving lessons",
        # "My daughter is learning to drive"
        re.compile(
            rf"(?:\bI|\b(?:my|our) (?P<who>{RELATIONS}|eldest|youngest|oldest|middle one|twins|kids|children))"
            r"(?:'ve| have|'s| has| is| are|'re| am|'m)? (?:just |recently |finally |now |also |already )?"
            r"(?:(?:(?:started|begun|begin|start)(?: taking| having| doing)?|taking|take|takes|having|doing|signed up for|"
            r"enrolled in) "
            r"(?P<what>(?!(?:a|the|some|my|his|her|their|any|no|taking|having|doing)\b)[\w-]+(?: [\w-]+)?) (?P<kind>lessons|classes)\b"
            r"|learning (?P<to>to (?:drive|swim|ride a bike|read|skate|ski|sail|surf|code|cook|play [\w-]+)))",
            re.I,
        ),
        _lessons,
    ),
    (  # "I'm retaking maths GCSE at night school", "I'm doing my A-levels at college": an exam and where
        re.compile(
            # (where, not when: "I'm re-sitting my maths GCSE in November" is a plan)
            r"\bI(?:'m| am) (?:currently |now )?(?:re-?taking|re-?sitting|resitting|doing|taking) (?:my |an? |the )?"
            r"(?P<what>(?:[\w-]+ ){0,2}?(?:GCSEs?|A[- ]levels?|IGCSEs?|IELTS|TOEFL|Highers|BTEC|exams?))"
            r"(?P<where> (?:at|in) (?:night school|evening classes?|(?:a |the )?(?:local )?college|adult education))",
            re.I,
        ),
        lambda m, s: Candidate(
            first_up(
                m.group(0)
                .split(" ", 1)[1]
                .removeprefix("am ")
                .removeprefix("currently ")
                .removeprefix("now ")
            ),
            MemoryKind.FACT,
            "study",
            importance=0.7,
        ),
    ),
    (  # "I'm training to be a nurse", "I'm studying to become a teacher"
        re.compile(
            r"\bI(?:'m| am) (?:currently |now )?(?:training|studying|retraining) to (?:be|become) (?P<what>(?:a|an) [\w\s-]{2,30}?)"
            r"(?=\s*(?:$|[,.;!?]| and\b| so\b| but\b))",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Training to be {m.group('what').strip()}", MemoryKind.FACT, "study", importance=0.7
        ),
    ),
    (  # "I'm doing a PhD in marine biology", "I'm studying law at Leeds"
        re.compile(
            r"\bI(?:(?:'m| am) (?:currently |now )?(?:doing|studying for|working on|in the middle of)"
            # "I've just started a PhD in marine biology", "I started my master's in September"
            r"|(?:'ve| have)? (?:just |recently )?(?:started|begun|began|enrolled (?:on|in))) (?:a |an |my )?"
            r"(?P<what>(?:(?:part-time|full-time|online|distance|evening|weekend) )?(?:phd|doctorate|master'?s|masters|degree|ba|bsc|msc|mba|diploma|apprenticeship)"
            # in what, not when ("my master's in September")
            r"(?: (?:in|on) (?!(?:january|february|march|april|may|june|july|august|september|october|november|"
            r"december)\b|(?:the )?(?:spring|summer|"
            r"autumn|fall|winter)\b|(?:last|this|next)\b|\d)[^,.;!?]+)?)",
            re.I,
        ),
        lambda m, s: Candidate(
            f"Doing a {m.group('what').strip()}", MemoryKind.FACT, "study", importance=0.7
        ),
    ),
    (  # "I'm in year 11", "I'm year 10", "I'm in my final year of uni", "I'm a second-year nursing student"
        re.compile(
            r"\bI(?:'m| am) (?:currently |now |just )?(?:(?:in|starting|going into) |(?=(?:year|grade) \d))"
            r"(?P<year>(?:year|grade) \d{1,2}\b(?! (?:years?|yrs?|months?)\b)|"
            r"\d{1,2}(?:st|nd|rd|th) grade|(?:my )?(?:first|second|third|fourth|final|last) year(?: (?:of|at) "
            r"(?:uni|university|college|high school|school|sixth form|my degree|med school|law school))?|"
            r"sixth form)"
            rf"|\bI(?:'m| am) (?:[A-Z][a-z]+, )?(?:a |an )?(?P<level>{_LEVEL_EN})"
            r"(?: (?:[a-z]+ ){0,2}(?:student|undergrad|undergraduate)\b| (?:in|at) (?:high school|college|uni|"
            r"university))?",
        ),
        lambda m, s: (
            school_year(m.group("year"))
            if m.group("year")
            else Candidate(
                f"Is a {m.group(0)[m.start('level') - m.start(0) :]}",
                MemoryKind.FACT,
                "study:level",
                importance=0.7,
            )
        ),
    ),
    (  # "I'm a visual learner", "I'm more of a hands-on learner"
        re.compile(
            r"\bI(?:'m| am) (?:a |an |more of an? |very much an? |definitely an? |really an? )?(?:very |really )?"
            r"(?P<how>visual|auditory|aural|verbal|hands-on|kinaesthetic|kinesthetic|practical|tactile|"
            r"reading/writing) learner\b",
            re.I,
        ),
        lambda m, s: _style(f"Is {a_or_an(m.group('how'))} {m.group('how').lower()} learner"),
    ),
    (  # "I learn much better from worked examples", "I remember things best when I write them down"
        re.compile(
            r"\bI (?P<verb>learn|understand|remember|retain) (?P<rest>(?:(?:things|stuff|new things|it|maths|math|"
            r"information) )?(?:(?:much|a lot|far|way|so much) )?(?:better|best|faster|more quickly|more easily|most)"
            r" (?P<how>(?:from|with|by|through|when|if|using|via|after) [^.;!?]+))",
            re.I,
        ),
        _learns_by,
    ),
]

LEARNING_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "我是零基础", "我日语完全零基础", "我英语是初学者": how far the learner is
        re.compile(
            # ("我做饭算是新手": a skill of the home as a subject)
            rf"^我(?:的)?(?P<subject>{ZH_SUBJECTS}|做饭|烹饪|烘焙|开车|游泳|滑雪|理财|健身|摄影)?(?:是|算是|属于|完全|基本|几乎)*"
            r"(?P<how>零基础|初学者|新手|入门水平|中级水平|高级水平)"
            r"(?=[了啊]*(?:[，。！？；,.!?;]|$))"
        ),
        lambda m, s: level(f"{m.group('subject') or ''}{m.group('how')}", m.group("subject")),
    ),
    (  # "我每周一晚上上夜校", "我每周六上午有英语课": when a lesson is held
        re.compile(
            rf"^(?:我)?(?:现在|目前)?(?:每个?)?(?P<days>{ZH_DAYS})(?P<part>{_PART_ZH})?"
            rf"(?:都|要|得|会|去|还|(?P<moved>改成|改为|换成|改到))*(?:上|有)(?P<what>{_LESSON_ZH})(?!的)"
        ),
        _lesson_zh,
    ),
    (  # "夜校改到周三了", "我的英语课换成周日上午了": a new day for it
        re.compile(
            rf"^(?:我的?)?(?P<what>{_LESSON_ZH})(?:现在|以后|从下周开始)?(?P<moved>改|换|调|挪)(?:到|成|在)了?"
            rf"(?:每个?)?(?P<days>{ZH_DAYS})(?P<part>{_PART_ZH})?"
        ),
        _lesson_zh,
    ),
    (  # "长视频对我没用", "刷题对我最有用": what learning works with
        re.compile(
            rf"^(?:所以|而且|但是?)?(?:看|听|用)?(?P<what>{_MATERIAL_ZH})(?:对我(?:来说)?|我)(?:根本|真的|完全|特别|最|很|挺|比较)*"
            r"(?:没用|没什么用|不管用|不适合|看不下去|坐不住|效果不好|效果很好|有用|管用|有效|有帮助)"
        ),
        lambda m, s: _style(zh_clean(m.group(0))),
    ),
    (  # "我家老大刚开始学车", "我女儿在学钢琴": what someone of the household is learning, in their name
        re.compile(
            rf"我(?:的|家)?(?P<who>{ZH_KIN})(?:最近|现在|今年|也|还)*(?:在|正在|刚开始|刚刚开始|开始|刚)+(?:自学|学习?)"
            r"(?![校生期院了习])(?P<obj>[^，。！？；,.!?;]{1,8})"
        ),
        lambda m, s: Candidate(
            f"{m.group('who')}在学{zh_clean(m.group('obj'))}",
            MemoryKind.FACT,
            f"family:{topic_value(m.group('who') + ' ' + zh_clean(m.group('obj')))}",
            importance=0.7,
        ),
    ),
    (  # "我数学不好", "我英语听力比较弱", "(我力学还行，)但电磁学一直搞不懂": a weak subject of the learner's own
        re.compile(
            rf"(?:^我(?:的)?|(?:^|(?<=[，,]))(?:但是?|可是|不过|只是|就是)(?:我的?)?)(?P<subj>{ZH_SUBJECTS})"
            rf"(?:的?{ZH_PARTS})?{ZH_WEAK}"
            # ... the clause after "但" alone, as the extractor splits it: the subject and how, all it says
            # ("化学方程式老是记不住": a part of the subject too)
            rf"|^(?P<alone>{ZH_SUBJECTS})(?=(?:的?{ZH_PARTS})?{ZH_WEAK}(?:[，。！？；,.!?;]|$))"
            rf"(?:的?{ZH_PARTS})?{ZH_WEAK}"
        ),
        lambda m, s: zh_fact(
            m.group("subj") or m.group("alone"),
            "{}" + zh_clean(m.group(0)[max(m.end("subj"), m.end("alone")) - m.start() :]),
            "weak",
        ),
    ),
    (  # "概率让我很头疼", "几何题真的让我头大": a subject that troubles the learner (not a headache)
        re.compile(
            rf"^(?:但是?|可是|不过)?(?P<subj>{ZH_SUBJECTS})(?:的?{ZH_PARTS})?(?:真的|总是|一直|实在|老是)*(?:让|令)我"
            r"(?:很|特别|非常|有点儿?|最|挺|超级?)?(?:头疼|头大|头痛|崩溃|抓狂)"
        ),
        lambda m, s: Candidate(
            zh_clean(s[m.start("subj") : m.end()]),
            MemoryKind.FACT,
            f"weak:{topic_value(m.group('subj'))}",
            importance=0.6,
        ),
    ),
    (  # "词汇量太少", "我的英语词汇量不够": too few words known
        re.compile(
            rf"^(?:就是|但是?|可是|不过|只是)?(?:我的?)?(?P<subj>(?:{ZH_SUBJECTS})?词汇量)(?:一直|还是|也)*"
            r"(?P<how>(?:太|很|比较|有点儿?|特别)?(?:少|小|不够|不足|有限))(?=[了啊]*(?:[，。！？；,.!?;]|$))"
        ),
        lambda m, s: zh_fact(m.group("subj"), "{}" + m.group("how"), "weak"),
    ),
    (  # "数学的函数部分我总是搞不懂", "函数我一直学不会": the subject (or a part of it) said first, then "我"
        re.compile(
            rf"^(?P<subj>(?:(?:{ZH_SUBJECTS})的?)?(?:{ZH_SUBJECTS}))(?:部分|这块|这一块|这部分|方面|的?{ZH_PARTS})?我(?:的)?"
            rf"(?P<how>{ZH_WEAK})(?=[了啊]*(?:[，。！？；,.!?;]|$))"
        ),
        lambda m, s: zh_fact(m.group("subj"), "{}" + m.group("how"), "weak"),
    ),
    (  # "我完全搞不懂微积分": the same said verb first
        re.compile(
            rf"^我(?:一直|总是|老是|完全|还是|怎么也)*(?P<how>搞不懂|弄不懂|学不会|学不懂|理解不了)(?P<subj>{ZH_SUBJECTS})"
            r"(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: zh_fact(m.group("subj"), "{}" + m.group("how"), "weak"),
    ),
    (  # "我每天只有半小时", "我平时每天能抽出四十分钟": how much time the user has (for what it is for, below)
        re.compile(
            rf"^我(?P<kin>{ZH_KIN})?(?:平时|一般)?(?P<when>每天|每晚|每周|工作日|周末)(?:晚上|早上|下班后|放学后)?(?:大概|最多)?(?:只有|有|能抽出|能挤出|只能抽出)"
            r"(?P<much>[一二两三四五六七八九十半\d]+个?(?:小时|分钟)|半个?小时)(?:左右)?(?:的时间|的空)?"
            # ... and what for: "我每天放学后只有半小时学英语"
            r"(?:(?:来|用来)?(?:学|练|读|写|复习|背|做|看)[^，。！？；,.!?;]{0,6})?(?=[。！，,.!]|$)"
        ),
        lambda m, s: Candidate(
            zh_said(m.group(0)),
            MemoryKind.FACT,
            f"family:{m.group('kin')}:time" if m.group("kin") else "schedule:time",
            m.group("kin"),
            importance=0.7,
        ),
    ),
    (  # "我每天晚上只有一个小时能学习": when the learner has time for it
        re.compile(
            r"^我(?P<when>每天|平时|周末|工作日|每周)[^，。！？；,.!?;我]{0,6}?只有(?P<much>[^，。！？；,.!?;]{1,8}?)"
            r"(?:能|可以|有空|有时间)(?P<do>学习|写作业|练琴|看书|复习|练习|学)"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "schedule:study", importance=0.7),
    ),
    (  # "我在夜校重新考数学", "我在上成人英语班": a course the user takes beside the rest of life
        re.compile(
            r"我(?:现在|目前|正)?在(?:上)?(?P<where>夜校|成人(?:学校|大学|教育)|业余大学|老年大学|培训班|补习班|网课)"
            r"(?:里)?(?:重新)?(?:学|考|读|补|上|进修)(?P<what>[^，。！？；,.!?;]{0,10})"
        ),
        lambda m, s: Candidate(zh_said(m.group(0)), MemoryKind.FACT, "study", importance=0.7),
    ),
    (  # "我在读海洋生物学的博士", "我正在读研究生"
        re.compile(
            r"我(?:在|正在|目前在|刚开始|刚|今年开始|一边[^，。！？；,.!?;]{1,4}?一边)?(?:读|念|攻读)(?P<what>[^，。！？；,.!?;]{0,12}?)"
            r"(?:博士|硕士|研究生|本科|大学|大专|高中|初中|MBA|专业|师范|夜校|护校|卫校|技校|职高|中专|党校)"
        ),
        lambda m, s: Candidate(zh_said(s), MemoryKind.FACT, "study", importance=0.7),
    ),
    (  # "我今年高二", "我大三", "我在上初一", "我是理科生", "我是学计算机的", "我是护理专业大二的学生"
        re.compile(
            r"^我(?:今年|现在|目前)?(?:是(?:个|一个|一名)?)?(?:在|正在)?(?:读|上)?(?P<level>[高初大研][一二三四]|"
            r"小学[一二三四五六]年级|[一二三四五六七八九]年级)(?![\u4e00-\u9fff]*(?:的时候|那年|那会|老师|教师|班主任|家长))"
            r"(?!(?:和|、)?十五)"  # "我初一十五吃素": the first and fifteenth of the lunar month
            r"|^我是(?:个|一个|一名)?(?P<track>理科生|文科生|艺术生|体育生)"
            r"|^我是学(?P<major>[\u4e00-\u9fff]{2,8}?)(?:专业)?的"
            r"|^我是(?P<field>[\u4e00-\u9fff]{2,8}?)专业(?P<year>[大研][一二三四])?的(?:学生|研究生|本科生)"
        ),
        lambda m, s: Candidate(
            f"在读{m.group('level')}"
            if m.group("level")
            else f"是{m.group('track')}"
            if m.group("track")
            else f"学{m.group('major')}专业"
            if m.group("major")
            else zh_said(m.group(0)),
            MemoryKind.FACT,
            "study:level" if m.group("level") else "study:track" if m.group("track") else "study:major",
            importance=0.7,
        ),
    ),
    (  # "我是视觉型学习者", "我属于动手型的"
        re.compile(
            r"^我(?:是|属于)(?:个|一个)?(?:比较|很)?(?P<how>视觉|听觉|动手|实践|阅读)型(?:的)?(?:学习者|学生|人)?"
        ),
        lambda m, s: _style(f"是{m.group('how')}型学习者"),
    ),
    (  # "我看例子比看定义学得快", "我通过做题学得最好", "我记东西靠画图", "我边听边写记得牢"
        re.compile(
            r"^我(?P<how>(?:看|用|通过|靠|听|跟着|边)[^，。！？；,.!?;]{1,14}?)(?:学|记|理解|懂)(?:东西)?得?"
            r"(?:更|比较|最|特别|快得多)?(?:快|好|牢|清楚|明白|进去)"
            r"|^我(?:学|记|背)(?:东西|单词|知识)(?:要|得|都|全)?靠(?P<by>[^，。！？；,.!?;]{1,10})"
        ),
        lambda m, s: _style(zh_said(m.group(0))),
    ),
]
