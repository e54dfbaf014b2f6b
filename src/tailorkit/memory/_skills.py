"""Rules for what the user is good at, in English and in Chinese: a subject or a skill ("I'm good at
algebra", "Maths is my strong point", "I'm a strong swimmer", "I'm handy with electrics", "Bread is my
specialty", "I've got a black belt in judo", 我数学很好, 英语是我的强项, 我做饭挺拿手的, 我游泳很厉害,
家里的水电我都会修, 钢琴过了十级). Each is kept where the user's level of it is (``level:<what>``): a later
level replaces it ("I'm a complete beginner at piano" after "I'm good at piano"). ``SKILLS_EN`` and
``SKILLS_ZH`` are their (pattern, rule) pairs, tried where ``memory._rules_en.EN_RULES`` and
``memory._living_zh.LIVING_ZH`` place them (before a job: "I'm an experienced sailor" is no job)."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, first_up, topic_value
from tailorkit.memory._words_en import SUBJECTS_EN
from tailorkit.memory._words_zh import ZH_SUBJECTS, zh_clean

__all__ = ["CLAUSE_END", "SKILLS_EN", "SKILLS_ZH", "level"]


def level(said: str, subject: str | None) -> Candidate:
    """How far the user is, or how good, at something ("Is a complete beginner at Spanish", "Is a strong
    swimmer", 日语零基础), keyed by it where it is said (a later level replaces it)."""
    return Candidate(
        said, MemoryKind.FACT, f"level:{topic_value(subject) if subject else 'general'}", importance=0.7
    )


_AT_EASE = {"fine": "comfortable", "ok": "comfortable", "okay": "comfortable"}
"""How a learner at ease with a subject says it ("I'm fine with algebra"), as the memory says it."""
_NOT_A_SKILL_EN = (
    r"(?!(?:it|this|that|them|these|those|my|your|his|her|their|our|the (?:moment|minute|time)|times|home|work|"
    r"all|everything|anything|nothing|something)\b)"
)
"""What "I'm good at" is followed by that is no skill ("I'm good at the moment", "I'm good at my job")."""
_LANGUAGES_EN = r"english|french|spanish|german|italian|latin|mandarin|chinese|japanese|korean|arabic"
CLAUSE_END = r"(?=\s*(?:$|[,.;!?]| and\b| but\b| so\b| though\b| which\b))"
"""Where an English clause ends (before its mark, or a word that joins the next)."""


def _good_at(subject: str, how: str, prep: str | None = None, adverb: str | None = None) -> Candidate | None:
    """ "Is good at algebra", "Is comfortable with fractions", "Is pretty good at French": what the learner
    is at ease with, kept where their level of it is (``level:algebra``; a later level replaces it)."""
    subject = re.sub(r"\s+", " ", subject).strip()
    if len(subject) > 40:
        return None
    if re.fullmatch(SUBJECTS_EN, subject, re.I):  # "Algebra is my strong point": algebra; French stays French
        subject = subject.capitalize() if re.fullmatch(_LANGUAGES_EN, subject, re.I) else subject.lower()
    how = _AT_EASE.get(how.lower(), how.lower())
    prep = "with" if how == "comfortable" else (prep or "at").lower()
    return level(f"Is {(adverb or '').lower()}{how} {prep} {subject}", subject)


_DOERS_EN = (
    r"cook|baker|swimmer|sailor|climber|runner|cyclist|driver|skier|snowboarder|surfer|dancer|singer|pianist|"
    r"guitarist|drummer|violinist|artist|painter|photographer|gardener|coder|writer|"
    r"public speaker|speaker|first aider|diver|scuba diver|rider|horse rider|knitter|woodworker|"
    r"chess player|tennis player|golfer|linguist|navigator|map reader|"
    r"reader|learner|DIYer|home cook|hiker|walker|skater|archer|shot|marksman|negotiator|organiser|organizer"
)
"""Who does what the user may say they are good at ("a strong swimmer", "an experienced sailor"; not a
trade: "a qualified electrician" works as one)."""
_ABLE_EN = (
    r"confident|good|great|decent|strong|experienced|competent|capable|skilled|skilful|skillful|"
    r"accomplished|seasoned|qualified|certified|natural|fluent|fast|quick|brilliant|excellent|talented|expert"
)
"""How good the user says they are at it (not "keen": "a keen cyclist" is a taste)."""
_NOT_A_THING_EN = (
    r"(?!(?:it|this|that|them|these|those|people|either|anything|everything|whatever|what|how|my|your)\b)"
)


def _is_a(m: re.Match[str]) -> Candidate:
    """ "Is a strong swimmer", "Is an experienced sailor", "Is a qualified first aider"."""
    said = re.sub(r"\s+", " ", m.group(0)).strip()
    said = re.sub(r"^I(?:'m| am) ", "Is ", said, flags=re.I)
    return level(first_up(said), re.sub(r"s$", "", m.group("who").lower()))


SKILLS_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "I'm good at algebra", "I'm pretty strong in chemistry", and at ease with a subject: "I'm fine with
        # algebra (but I always get lost with probability trees)", "I'm confident with fractions"
        re.compile(
            r"\bI(?:'m| am) (?P<adv>(?:really |pretty |quite |very |fairly |actually |generally |reasonably )?)"
            rf"(?:(?P<how>good|great|strong|excellent|brilliant|decent) (?P<prep>at|in) (?P<subject>{_NOT_A_SKILL_EN}"
            r"[A-Za-z][\w -]{1,40}?)"
            rf"|(?P<h2>fine|ok|okay|comfortable|confident|solid|good) (?P<p2>with|in|at) (?P<s2>{SUBJECTS_EN}(?: questions|"
            rf" problems)?)){CLAUSE_END}",
            re.I,
        ),
        lambda m, s: (
            _good_at(m.group("subject"), m.group("how"), m.group("prep"), m.group("adv"))
            if m.group("subject")
            else _good_at(m.group("s2"), m.group("h2"), m.group("p2"))
        ),
    ),
    (  # "My French is pretty good", "Maths is my strong point", "Chemistry has always been my strength"
        re.compile(
            rf"^(?:(?:and|but|so) )?my (?P<subject>{SUBJECTS_EN}) (?:is|are|'s) (?P<adv>(?:pretty |really |quite |very |"
            rf"fairly |actually |reasonably )?)(?P<how>good|strong|solid|decent|great|excellent|ok|okay|fine){CLAUSE_END}"
            rf"|^(?:(?:and|but|so) )?(?P<s2>{SUBJECTS_EN}) (?:is|are|'s|has always been|have always been|was always) "
            r"(?:definitely |always |probably |really |by far |easily )?my (?:strong (?:point|suit|subject|area)|"
            r"strength|forte|best subject)\b",
            re.I,
        ),
        lambda m, s: (
            _good_at(m.group("subject"), m.group("how"), adverb=m.group("adv"))
            if m.group("subject")
            else _good_at(m.group("s2"), "good")
        ),
    ),
    (  # "I'm a strong swimmer", "I'm an experienced sailor", "I'm a qualified first aider", "I'm a pretty
        # confident cook" (not a job: "Works as an experienced sailor")
        re.compile(
            r"\bI(?:'m| am) (?:a |an )?(?:really |pretty |very |quite |fairly |reasonably |super |highly )?"
            rf"(?:{_ABLE_EN})(?: and (?:{_ABLE_EN}))? (?P<who>{_DOERS_EN})s?\b",
            re.I,
        ),
        lambda m, s: _is_a(m),
    ),
    (  # "I'm handy with electrics", "I'm great with dogs", "I'm good with money": a hand or a way with something
        re.compile(
            r"\bI(?:'m| am) (?P<adv>(?:really |pretty |very |quite |super |actually )?)(?P<how>handy|great|good|"
            rf"brilliant|excellent|amazing|a natural) with (?P<what>{_NOT_A_THING_EN}[A-Za-z][\w -]{{1,30}}?)"
            r"(?=\s*(?:$|[,.;!?]| and\b| but\b| so\b| too\b| as well\b))",
            re.I,
        ),
        lambda m, s: level(
            f"Is {m.group('adv').lower()}{m.group('how').lower()} with {m.group('what').strip()}",
            m.group("what"),
        ),
    ),
    (  # "Bread is my specialty", "Spreadsheets are where I shine", "Drawing faces comes naturally to me"
        re.compile(
            r"^(?:(?:and|but|so) )?(?P<what>(?!(?:it|this|that|they|he|she|which|what|there)\b)[A-Za-z][\w -]{1,30}?) "
            r"(?:is|are|'s|has always been|have always been) (?:definitely |really |always |probably )?"
            r"(?:my (?:specialty|speciality|forte|strong suit|superpower|party trick)|where I (?:shine|excel))\b"
            r"|^(?:(?:and|but|so) )?(?P<w2>(?!(?:it|this|that|they|he|she|which|what|nothing|everything)\b)"
            r"[A-Za-z][\w -]{1,30}?) (?:comes?|came) (?:really |very |quite )?(?:naturally|easily|easy) to me\b",
            re.I,
        ),
        lambda m, s: level(
            f"Specialises in {m.group('what').lower().strip()}"
            if m.group("what") and re.search(r"special|forte", m.group(0), re.I)
            else f"Is good at {(m.group('what') or m.group('w2')).lower().strip()}",
            m.group("what") or m.group("w2"),
        ),
    ),
    (  # "I know my way around a sewing machine", "I've got a black belt in judo", "I have a good ear for
        # languages", "I can touch type", "I can code in Python and SQL"
        re.compile(
            r"\bI know my way around (?P<art>a |an |the )?(?P<around>[\w -]{2,30}?)(?=\s*(?:$|[,.;!?]| and\b| so\b))"
            r"|\bI(?:'ve| have)(?: got)? (?:a |my )?(?P<belt>(?:black|brown|red|purple|blue) belt) in "
            r"(?P<sport>[A-Za-z][\w -]{1,20}?)(?=\s*(?:$|[,.;!?]| and\b| so\b))"
            r"|\bI(?:'ve| have)(?: got)? (?:a |an )?(?:really |very )?(?P<knack>(?:good|great|natural|keen) (?:ear|eye|"
            r"nose|head|feel) for) (?P<for>[\w -]{2,30}?)(?=\s*(?:$|[,.;!?]| and\b| so\b))"
            r"|\bI can (?P<can>touch[- ]type|code|program|sight-read|read music|sew|knit|crochet|juggle|"
            r"(?:fix|repair|service) (?!it\b|that\b|this\b)[\w -]{2,20}?)(?P<rest>(?: (?:in|at|on) [^,.;!?]{1,40}?)?)"
            r"(?=\s*(?:$|[,.;!?]| well\b| and\b| so\b| fast\b))",
            re.I,
        ),
        lambda m, s: (
            level(
                f"Knows their way around {m.group('art') or ''}{m.group('around').strip()}", m.group("around")
            )
            if m.group("around")
            else level(f"Has a {m.group('belt').lower()} in {m.group('sport').strip()}", m.group("sport"))
            if m.group("belt")
            else level(f"Has a {m.group('knack').lower()} {m.group('for').strip()}", m.group("for"))
            if m.group("knack")
            else level(f"Can {m.group('can').lower()}{m.group('rest')}", m.group("can"))
        ),
    ),
    (  # "I've run three marathons", "I've done two Ironmans": what the user has done, and so can
        re.compile(
            r"\bI(?:'ve| have) (?:now |already )?(?:run|done|completed|finished|raced) (?P<n>\w+) "
            r"(?P<what>(?:half[- ])?marathons|triathlons|ironmans|ultras|ultramarathons|sportives)\b",
            re.I,
        ),
        lambda m, s: level(f"Has run {m.group('n').lower()} {m.group('what').lower()}", m.group("what")),
    ),
]

SKILLS_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "我数学很好", "(我)代数还行", "英语是我的强项", "我擅长写作", "我对几何很有信心": what the learner is good at
        re.compile(
            rf"^(?:(?:但是?|可是|不过|而且)?我的?)?(?P<subj>{ZH_SUBJECTS})(?:成绩)?(?:一直|还|也|都|倒是|算是)*"
            r"(?P<how>很好|挺好|比较好|特别好|非常好|不错|还不错|挺不错|很不错|还行|还可以|挺强|很强|比较强|很扎实|比较扎实|"
            r"拿手)(?=[了啊呀的]*(?:[，。！？；,.!?;]|$))"
            rf"|^(?P<s2>{ZH_SUBJECTS})(?:一直|算|也)?是我的?(?:强项|长项|优势|拿手科目)"
            rf"|^我(?:很|比较|特别|最|还挺|挺)?擅长(?P<s3>(?!什么|啥)[^，。！？；,.!?;]{{1,8}})"
            rf"|^我对(?P<s4>{ZH_SUBJECTS})(?:很|比较|挺|特别|还挺)?有(?:信心|把握)"
        ),
        lambda m, s: (
            level(f"{m.group('subj')}{m.group('how')}", m.group("subj"))
            if m.group("subj")
            else level(f"{m.group('s2')}是强项", m.group("s2"))
            if m.group("s2")
            else level(f"擅长{zh_clean(m.group('s3'))}", zh_clean(m.group("s3")))
            if m.group("s3")
            else level(f"对{m.group('s4')}有信心", m.group("s4"))
        ),
    ),
    (  # "我做饭挺拿手的", "我游泳很厉害", "我最拿手的是做面包", "Excel是我的强项": a skill of the user's
        re.compile(
            # (not how bad a symptom is: "我孕吐很厉害", "晒伤得很厉害")
            r"^我(?P<what>(?![^，。！？；,.!?;]*?得)[\u4e00-\u9fffA-Za-z]{1,6}?(?<![吐疼痛伤咳晕病痒肿累困喘泻烧]))"
            r"(?:挺|很|特别|非常|最|还挺|相当|超级?|比较)(?P<how>拿手|厉害|在行|溜|熟练)"
            r"(?:的)?(?=[了啊呀]*(?:[，。！？；,.!?;]|$))"
            r"|^我最(?:拿手|擅长)的(?:就)?是(?P<best>[^，。！？；,.!?;]{1,8})"
            rf"|^(?P<strong>(?!{ZH_SUBJECTS})[\u4e00-\u9fffA-Za-z]{{1,8}}?)(?:一直|算|也)?是我的?(?:强项|长项|拿手好戏|特长)"
        ),
        lambda m, s: (
            level(f"{m.group('what')}{m.group('how')}", m.group("what"))
            if m.group("what")
            else level(f"最拿手的是{zh_clean(m.group('best'))}", zh_clean(m.group("best")))
            if m.group("best")
            else level(f"{m.group('strong')}是强项", m.group("strong"))
        ),
    ),
    (  # "家里的水电我都会修", "自行车的毛病我基本都能自己修", "我会用缝纫机", "我会写Python": what the user can do
        re.compile(
            r"^(?:家里的?)?(?P<fix>[\u4e00-\u9fffA-Za-z]{1,6}?)(?:的毛病|的问题)?我(?:基本|基本上|都|全|也|自己)*"
            r"(?:会修|能修|能自己修|会自己修|搞得定|修得好)"
            r"|^我(?:会|能)(?P<verb>用|写|修|弹|拉|编|开)(?P<tool>(?!了|过|的)[\u4e00-\u9fffA-Za-z]{1,6}?)(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: (
            level(f"{m.group('fix')}都会修", m.group("fix"))
            if m.group("fix")
            else level(f"会{m.group('verb')}{m.group('tool')}", m.group("tool"))
        ),
    ),
    (  # "我心算特别快", "我打字很快", "我学语言很快": quick at it
        re.compile(
            r"^我(?P<what>心算|打字|学语言|学东西|学外语|背单词|做题|拼图)(?:特别|很|非常|超级?|比较|挺)?快(?:的)?"
            r"(?=[了啊]*(?:[，。！？；,.!?;]|$))"
        ),
        lambda m, s: level(f"{m.group('what')}很快", m.group("what")),
    ),
    (  # "我练了十年跆拳道，黑带二段", "我钢琴过了十级", "我跑过三次全马", "我有急救员证": what shows it
        re.compile(
            r"(?P<art>跆拳道|空手道|柔道|巴西柔术|剑道|合气道)[^，。！？；,.!?;]{0,8}?黑带"
            r"|^(?:我的?)?(?P<inst>钢琴|小提琴|古筝|琵琶|二胡|吉他|长笛|萨克斯|书法|美术|声乐)(?:已经)?(?:考)?过了?"
            r"(?P<grade>[一二三四五六七八九十]+)级"
            r"|^我(?:已经)?跑过(?P<n>[一二三四五六七八九十两几\d]+)次(?P<race>全马|半马|马拉松|越野赛|铁人三项)"
            # ... or said alone after what it is in: "(我练了十年跆拳道，)黑带二段"
            r"|^(?:我)?(?:是|已经是)?(?P<belt>黑带(?:[一二三四五六七八九十]段)?)(?=[了啊]*(?:[，。！？；,.!?;]|$))"
            # (a qualification, not a paper one travels on: "我有港澳通行证")
            r"|^我有(?P<cert>[\u4e00-\u9fff]{1,8}?(?:资格证|资质证|执照|证书|员证|师证|驾驶证|驾照|潜水证|教练证))"
            r"(?=[，。！？；,.!?;]|$)"
        ),
        lambda m, s: (
            level(f"{m.group('art')}黑带", m.group("art"))
            if m.group("art")
            else level(f"{m.group('inst')}过了{m.group('grade')}级", m.group("inst"))
            if m.group("inst")
            else level(f"跑过{m.group('n')}次{m.group('race')}", m.group("race"))
            if m.group("race")
            else level(m.group("belt"), "黑带")
            if m.group("belt")
            else level(f"有{m.group('cert')}", m.group("cert"))
        ),
    ),
    (  # "画人像对我来说很自然", "我书法写得还不错", "我特别会跟狗打交道"
        re.compile(
            r"^(?P<easy>[\u4e00-\u9fff]{2,6})对我来说(?:很|挺|特别|非常)?(?:自然|容易|简单|轻松)"
            r"|^我(?:的)?(?P<hand>书法|字|毛笔字|钢笔字|作文|文章)写得(?:还|挺|很|特别|非常)?(?:不错|好|漂亮)"
            r"|^我(?:特别|很|挺|非常)会(?P<knack>跟[\u4e00-\u9fff]{1,4}打交道|哄孩子|砍价|讲价|收纳|做饭|带孩子)"
        ),
        lambda m, s: (
            level(f"{m.group('easy')}很自然", m.group("easy"))
            if m.group("easy")
            else level(f"{m.group('hand')}写得不错", m.group("hand"))
            if m.group("hand")
            else level(f"很会{m.group('knack')}", m.group("knack"))
        ),
    ),
]
