"""When a phrase of time ends, relative to when it was said: "until Friday", "next week", "in May",
"明天", "下周五", "5月3日". Used to let a memory expire (a plan whose date has passed, "I'm in Lisbon until
Friday"). The end of the day, week or month the phrase names, in UTC; None when it names no time.

And the time a question asks about ("in May 2023", "on 7 July, 2023", "2023年5月", or from when it is
asked: "yesterday", "last weekend", "two weeks ago", "last June", 上个月, ``past_period``): ``asked_time``
gives a predicate on when a memory was said, which search ranks by; ``coming_period``
the stretch of time ahead a request names ("this summer", "next weekend", "in June", "暑假"), which the
plans that fall in it answer.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, timedelta

from tailorkit.text import is_chinese, zh_number

__all__ = [
    "MONTH_RE",
    "UNTIL_EN",
    "UNTIL_ZH",
    "Anchor",
    "AskedTime",
    "anchored",
    "asked_time",
    "asks_about_past",
    "coming_period",
    "ends",
    "expiry",
    "past_period",
    "span_end",
    "when_to",
]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [m.lower() for m in calendar.month_name[1:]]
_ZH_NUM = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "日": 7,
    "天": 7,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def _month_number(word: str) -> int:
    """The number of the month ``word`` names: digits ("5"), Chinese numerals ("十二") or an English
    name in any case ("June"); out of 1-12 for what names no month."""
    if word.isdigit():
        return int(word)
    if is_chinese(word):
        return zh_number(word)
    return _MONTHS.index(word.lower()) + 1


UNTIL_EN = re.compile(
    r"\b(?:until|till|til|through|up to)\s+(?P<when>[\w\s,/-]{3,30}?)(?=[,.;!?]|$|\s+(?:so|and|but)\b)"
    r"|\bfor the (?:next|coming) (?:(?P<n>\d+|a|one|two|three|four|five|six|seven) )?"
    r"(?P<unit>days?|weeks?|months?)\b"
    # what is not to be done for a while: "no running for six weeks", "avoid alcohol for a month"
    # (not what has been so: "I've had no coffee for two weeks")
    r"|\b(?:(?<!had )no|avoid|stay off|can't|cannot|mustn't|shouldn't|not allowed to|told not to)\b"
    r"[^,.;!?]{1,40}?\bfor (?P<n2>\d+|a|an|one|two|three|four|five|six|seven|eight|ten|twelve) "
    r"(?P<unit2>days?|weeks?|months?)\b",
    re.IGNORECASE,
)
UNTIL_ZH = re.compile(
    r"(?:直到|到|至)(?P<when>[^，。！？；,.!?;]{1,10}?)(?:为止|之前|以前|前)"
    # "六周内不能跑步", "一个月内别喝酒": what is not to be done for a while
    r"|(?P<n>[一二三四五六七八九十两\d]{1,3})个?(?P<unit>天|周|星期|月)之?内(?=[^，。！？；,.!?;]{0,4}(?:不|别|没法|禁止|避免))"
)


def _end_of_day(d: datetime) -> float:
    return d.replace(hour=23, minute=59, second=59, microsecond=0).timestamp()


def _weekday(day: int, at: datetime, *, next_week: bool = False) -> float:
    """The end of the coming ``day`` (0 = Monday): this week's (today included), or next week's."""
    if next_week:
        monday = at + timedelta(days=7 - at.weekday())
        return _end_of_day(monday + timedelta(days=day))
    return _end_of_day(at + timedelta(days=(day - at.weekday()) % 7))


def _month_end(year: int, month: int) -> float:
    last = calendar.monthrange(year, month)[1]
    return datetime(year, month, last, 23, 59, 59, tzinfo=UTC).timestamp()


def _week_end(at: datetime, *, next_week: bool = False) -> float:
    """The end of this week's Sunday, or next week's."""
    return _end_of_day(at + timedelta(days=(13 if next_week else 6) - at.weekday()))


def _coming_month_end(month: int, at: datetime) -> float:
    """The end of ``month`` this year, or next year's when it has passed."""
    return _month_end(at.year if month >= at.month else at.year + 1, month)


def _next_month_end(at: datetime) -> float:
    return _month_end(at.year + 1, 1) if at.month == 12 else _month_end(at.year, at.month + 1)


def _day(year: int, month: int, day: int, at: datetime) -> float | None:
    try:
        d = datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None
    if d.date() < at.date():  # a date already past this year is next year's
        try:
            d = d.replace(year=year + 1)
        except ValueError:
            return None
    return _end_of_day(d)


def _zh(phrase: str, at: datetime) -> float | None:
    if re.search(r"今天|今晚", phrase):
        return _end_of_day(at)
    if "明天" in phrase:
        return _end_of_day(at + timedelta(days=1))
    if "后天" in phrase:
        return _end_of_day(at + timedelta(days=2))
    if re.search(r"这(?:几|两)天", phrase):  # "这几天我在杭州出差": a few days
        return _end_of_day(at + timedelta(days=3))
    m = re.search(r"(下)?(?:周|星期|礼拜)([一二三四五六日天])", phrase)
    if m:
        return _weekday(_ZH_NUM[m.group(2)] - 1, at, next_week=bool(m.group(1)))
    if re.search(r"下(?:周|个?星期)", phrase):
        return _week_end(at, next_week=True)
    if re.search(r"(?:这|本)(?:周|个?星期)|周末", phrase):
        return _week_end(at)
    if "下个月" in phrase:
        return _next_month_end(at)
    numeral = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
    m = re.search(rf"({numeral})月(?:({numeral})[日号])?", phrase)
    if m:
        month = _month_number(m.group(1))
        if not 1 <= month <= 12:
            return None
        if m.group(2):  # "1月10号", "一月十号", "十二月二十五号"
            day = int(m.group(2)) if m.group(2).isdigit() else zh_number(m.group(2))
            return _day(at.year, month, day, at) if 1 <= day <= 31 else None
        return _coming_month_end(month, at)
    # a season or a school holiday of this year or the next ("今年夏天", "暑假", "明年春天")
    if re.search(r"(?:今年|明年|这个?|下个?)(?:春天|春季|夏天|夏季|秋天|秋季|冬天|冬季)|暑假|寒假", phrase):
        period = coming_period(phrase, at.timestamp())
        return period[1] if period else None
    if re.search(r"今年|年底|年末", phrase):  # "我女儿今年中考", "年底搬家": by the end of this year
        return _month_end(at.year, 12)
    if "明年" in phrase:
        return _month_end(at.year + 1, 12)
    return None


def ends(phrase: str, said_at: float) -> float | None:
    """The moment (epoch seconds) the time ``phrase`` names ends, seen from ``said_at``; None if unknown."""
    at = datetime.fromtimestamp(said_at, UTC)
    if re.search(r"[\u4e00-\u9fff]", phrase):
        return _zh(phrase, at)
    p = phrase.lower().strip()
    if span := re.match(r"from .+? (?:to|till|until|through) (.+)$", p):  # "from Friday to Monday": Monday
        p = span.group(1)
    if re.search(r"\b(?:today|tonight|this evening)\b", p):
        return _end_of_day(at)
    if "tomorrow" in p:
        return _end_of_day(at + timedelta(days=1))
    m = re.search(r"\b(next )?(" + "|".join(_WEEKDAYS) + r")\b", p)
    if m:
        return _weekday(_WEEKDAYS.index(m.group(2)), at, next_week=bool(m.group(1)))
    if re.search(r"\bnext week(?:end)?\b", p):
        return _week_end(at, next_week=True)
    if re.search(r"\bthis week(?:end)?\b|\bthe weekend\b", p):
        return _week_end(at)
    if "next month" in p:
        return _next_month_end(at)
    if "this month" in p or "end of the month" in p:
        return _month_end(at.year, at.month)
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", p)
    if m:
        return _day(int(m.group(1)), int(m.group(2)), int(m.group(3)), at)
    names = "|".join(_MONTHS)
    m = re.search(
        rf"\b({names}) (\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)? of ({names})\b", p
    )
    if m:
        return _day(at.year, _month_number(m.group(1) or m.group(4)), int(m.group(2) or m.group(3)), at)
    m = re.search(rf"\b({names})\b", p)
    if m:
        return _coming_month_end(_month_number(m.group(1)), at)
    m = re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", p)
    if m:  # "until the 12th": of this month, or of the next where this month's is past
        day = int(m.group(1))
        month_after = (at.replace(day=1) + timedelta(days=32)).replace(day=1)
        first = _day(at.year, at.month, day, at) if day >= at.day else None
        return first or _day(month_after.year, month_after.month, day, month_after)
    m = re.search(r"\bin (\d+|a|one|two|three) (day|week|month)s?\b", p)
    if m:
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(m.group(1)) or int(m.group(1))
        days = {"day": 1, "week": 7, "month": 30}[m.group(2)] * n
        return _end_of_day(at + timedelta(days=days))
    return None


_COUNTED = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_EN_NUMBERS = {"a": 1, "an": 1, "a couple of": 2, "a few": 3, "several": 4} | {
    word: n for n, word in enumerate(_COUNTED, 1)
}


def span_end(n: str, unit: str, said_at: float) -> float:
    """The end of "for the next N days/weeks/months" from ``said_at``."""
    k = 1 if n.lower() == "next" else _EN_NUMBERS.get(n.lower()) or int(n)
    days = {"day": 1, "week": 7, "month": 30}[unit.lower().rstrip("s")] * k
    at = datetime.fromtimestamp(said_at, UTC)
    return _end_of_day(at + timedelta(days=days))


def expiry(sentence: str, said_at: float) -> float | None:
    """When what ``sentence`` says stops holding, if it says so ("until Friday", "for the next two
    weeks", "到下周五为止"); None when it does not."""
    m = UNTIL_ZH.search(sentence)
    if m and m.group("unit"):
        n = int(m.group("n")) if m.group("n").isdigit() else zh_number(m.group("n"))
        unit = {"天": "day", "周": "week", "星期": "week", "月": "month"}
        return span_end(str(n), unit[m.group("unit")], said_at) if n else None
    if m:
        return ends(m.group("when"), said_at)
    m = UNTIL_EN.search(sentence)
    if m is None:
        return None
    if m.group("when"):
        return ends(m.group("when"), said_at)
    if m.group("unit2"):
        return span_end(m.group("n2"), m.group("unit2"), said_at)
    return span_end(m.group("n") or "one", m.group("unit"), said_at)


MONTH_RE = "|".join(_MONTHS)
"""The English month names, for a pattern that ignores case."""
_ASKED_EN = [
    # (pattern, which groups hold day / month / year)
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?P<month>{MONTH_RE}),? (?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<month>{MONTH_RE}) (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<month>{MONTH_RE}),? (?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?:in|during|last|this|of|early|late|mid|since) (?P<month>{MONTH_RE})\b", re.I),
    re.compile(r"\b(?:in|during|of|since) (?P<year>(?:19|20)\d{2})\b", re.I),
]
_ASKED_ZH = [
    re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号]"),
    re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月"),
    re.compile(r"(?<![\d年])(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号]"),
    re.compile(r"(?<![\d年])(?P<month>\d{1,2})月"),
    re.compile(r"(?P<year>\d{4})年"),
]


class AskedTime:
    """A day, a month or a year a question names (any field may be open: "in June" is June of any
    year), or a stretch ``span`` (start, end) of epoch seconds ("last weekend", "三天前" seen from when it
    is asked, or "the week before the trip" from when the event was told of); ``holds(at)``
    says whether a memory said at ``at`` falls in it or in the ``after_days`` that follow (what happened
    is often told a few days later)."""

    def __init__(
        self,
        year: int | None,
        month: int | None,
        day: int | None,
        after_days: float = 7,
        *,
        span: tuple[float, float] | None = None,
    ) -> None:
        self.year, self.month, self.day, self.after_days, self.span = year, month, day, after_days, span

    def holds(self, at: float) -> bool:
        if self.span is not None:
            return self.span[0] <= at <= self.span[1] + self.after_days * 86400.0
        said = datetime.fromtimestamp(at, UTC)
        for back in range(int(self.after_days) + 1):
            d = said - timedelta(days=back)
            if (
                (self.year is None or d.year == self.year)
                and (self.month is None or d.month == self.month)
                and (self.day is None or d.day == self.day)
            ):
                return True
        return False

    def __repr__(self) -> str:
        if self.span is not None:
            first, last = (datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M") for t in self.span)
            return f"AskedTime(span={first} .. {last}, after_days={self.after_days})"
        return f"AskedTime(year={self.year}, month={self.month}, day={self.day})"


def asked_time(question: str, now: float | None = None) -> AskedTime | None:
    """The day, month or year ``question`` asks about, when it names one explicitly (English or
    Chinese), or with ``now`` the stretch before ``now`` it names ("yesterday", "last weekend", "two
    weeks ago", "last May", 上个月, 去年夏天: ``past_period``); None otherwise. A date named in full wins
    over a relative one ("last weekend before April 10, 2023")."""
    patterns = _ASKED_ZH if re.search(r"\d+[年月]", question) else _ASKED_EN
    for n, pattern in enumerate(patterns):
        if n == _FULL_DATES and now is not None:
            behind = past_period(question, now)
            if behind is not None:
                return AskedTime(None, None, None, behind[2], span=behind[:2])
        found = pattern.search(question)
        if not found:
            continue
        fields = found.groupdict()
        month = fields.get("month")
        month_no = None
        if month is not None:
            month_no = _month_number(month)
        year = int(fields["year"]) if fields.get("year") else None
        day = int(fields["day"]) if fields.get("day") else None
        if month_no is not None and not 1 <= month_no <= 12:
            continue
        return AskedTime(year, month_no, day)
    return None


_FULL_DATES = 3
"""How many of the first ``_ASKED_EN`` (``_ASKED_ZH``) patterns name a date with its year or its day: a
relative stretch is looked for after them and before a month or a year named alone ("last May" is the
latest May, "in May" any year's)."""

_WEEKDAY_RE = "|".join(_WEEKDAYS)
_AGO_EN = re.compile(
    rf"\b(?P<n>\d+|{'|'.join(_EN_NUMBERS)}) (?P<unit>day|week|month|year)s? ago\b",
    re.IGNORECASE,
)
_BACK_EN = re.compile(
    rf"\b(?P<before>the day before )?yesterday\b|\blast night\b"
    r"|\b(?<!the )(?P<which>last|this past|this|over the|during the|on|in the)\s+"
    rf"(?:(?P<span>weekend|week|month|year)|(?P<season>spring|summer|autumn|fall|winter)|(?P<month>{MONTH_RE})|(?P<weekday>{_WEEKDAY_RE}))\b"
    r"|\b(?P<lately>(?:in |over |during )?the (?:past|last) few (?P<few>days|weeks))\b"
    r"|\b(?P<today>today|this morning|this afternoon|this evening|tonight)\b",
    re.IGNORECASE,
)
_AGO_ZH = re.compile(
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十几]{1,3})个?(?P<unit>天|周|星期|礼拜|月|年)(?:以前|之前|前)"
)
_BACK_ZH = re.compile(
    r"(?P<day>前天|昨天|昨晚|昨儿|今天|今早|今晚)"
    r"|(?P<which>上个?|这个?|本|去|前|今)(?P<span>周末|周|星期|礼拜|月|年)(?P<weekday>(?<=[周期拜])[一二三四五六日天](?![气然后]))?"
    r"(?:(?P<season>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季)|(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月)?"
    r"|(?P<lately>前几天|这几天)"
)
_UNIT_DAYS = {
    "day": 1,
    "天": 1,
    "night": 1,
    "晚": 1,
    "weekend": 2,
    "周末": 2,
    "week": 7,
    "周": 7,
    "星期": 7,
    "礼拜": 7,
    "month": 30,
    "月": 30,
    "year": 365,
    "年": 365,
}
_DONE_ZH = re.compile(r"了|过(?!得|节|年|生日|[？?。！!]|$)|上次|以前|之前|曾经")


def _count(n: str) -> int:
    """How many a question's number says ("3", "two", "a couple of", "十二", 几 as three); 0 for none."""
    n = n.lower()
    if n.isdigit():
        return int(n)
    return _EN_NUMBERS.get(n) or zh_number(n) or (3 if n == "几" else 0)


_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _season_behind(season: str, at: datetime, *, current: bool) -> tuple[float, float]:
    """The latest ``season`` (northern) that has ended before ``at``, or with ``current`` the latest
    that has begun (this summer, asked of what was done in it)."""
    first, last = _SEASONS[season]
    for year in range(at.year, at.year - 3, -1):
        end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
        start = datetime(year, first, 1, tzinfo=UTC).timestamp()
        end = _month_end(end_year, end_month)
        if (start <= at.timestamp()) if current else (end < at.timestamp()):
            return start, min(end, at.timestamp())
    raise AssertionError("a season ends every year")


def _month_span(year: int, month: int) -> tuple[float, float]:
    return datetime(year, month, 1, tzinfo=UTC).timestamp(), _month_end(year, month)


def past_period(question: str, now: float) -> tuple[float, float, float] | None:
    """The stretch of time before ``now`` that ``question`` names, as (start, end, days after it that
    still tell of it): "yesterday", "last weekend", "last week", "two weeks ago", "last month", "last
    May" (the latest May gone by), "last summer", "last Tuesday", "the past few days"; 昨天, 上周末, 上周三,
    三天前, 上个月, 去年五月, 去年夏天, 前几天. Not "lately" nor 最近: what still holds from long before (a
    standing preference) answers those as well. What could also be ahead ("today", "this week", "this
    summer", "on Monday", 今天, 这周) counts only in a question about the past ("What did I eat today?").
    None when it names no such time."""
    at = datetime.fromtimestamp(now, UTC)
    today = at.replace(hour=0, minute=0, second=0, microsecond=0)
    monday = today - timedelta(days=at.weekday())
    day = 86400.0
    chinese = is_chinese(question)
    # 过 ends a question of what is ahead as often as of what is done (今年春节怎么过？)
    past = bool(_DONE_ZH.search(question)) if chinese else asks_about_past(question)
    ago = (_AGO_ZH if chinese else _AGO_EN).search(question)
    if ago is not None:
        count = _count(ago.group("n"))
        unit = _UNIT_DAYS[ago.group("unit").lower()]
        if not count:
            return None
        centre = now - count * unit * day
        if unit == 1:  # that day, and the one before (three days ago may have been four)
            start = datetime.fromtimestamp(centre, UTC).replace(hour=0, minute=0, second=0).timestamp()
            return start - day, start + day, 1
        half = {7: 3.5, 30: 15, 365: 45}[unit] * day
        return centre - half, min(centre + half, now), 3 if unit == 7 else 7
    m = (_BACK_ZH if chinese else _BACK_EN).search(question)
    if m is None:
        return None
    fields = dict.fromkeys(("before", "few", "today", "day"), None)
    fields |= {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
    if fields["lately"]:
        back = 42 if fields["few"] == "weeks" else 7
        return now - back * day, now, 0
    if chinese and fields["day"]:
        word = fields["day"]
        if word == "前天":
            return (today - timedelta(days=2)).timestamp(), (today - timedelta(days=1)).timestamp(), 1
        if word.startswith("昨"):
            return (today - timedelta(days=1)).timestamp(), today.timestamp(), 1
        return (today.timestamp(), now, 0) if past else None
    if not chinese and fields["which"] is None and not fields["today"]:  # yesterday, last night
        back = 2 if fields["before"] else 1
        return (today - timedelta(days=back)).timestamp(), (today - timedelta(days=back - 1)).timestamp(), 1
    if fields["today"]:
        return (today.timestamp(), now, 0) if past else None
    which, span = fields["which"], fields["span"]
    last = which in ("last", "this past", "上", "上个", "去", "前")
    if not last and not past:
        return None  # "this week", "on Monday": of the past only in a question about the past
    if chinese and which == "前" and span != "年":
        return None  # 前周 is no word: 前天 is read above, 前年 is two years ago
    if fields["weekday"]:
        wd = _ZH_WEEKDAY[fields["weekday"]] if chinese else _WEEKDAYS.index(fields["weekday"])
        if chinese and span in ("周末", "月", "年"):
            return None
        if chinese and last:  # 上周三: Wednesday of last week
            d = monday - timedelta(days=7) + timedelta(days=wd)
        else:  # the latest one before today ("last Tuesday", "on Monday", 这周一)
            d = today - timedelta(days=(at.weekday() - wd) % 7 or 7)
        return d.timestamp(), (d + timedelta(days=1)).timestamp(), 2
    if fields["season"]:
        season = _SEASONS_ZH.get(fields["season"], fields["season"])
        if chinese:  # 去年夏天, 今年夏天: of that year
            year = at.year - (1 if which == "去" else 2 if which == "前" else 0)
            if span != "年":
                return None
            first, last_month = _SEASONS[season]
            end_year, end_month = (year + 1, last_month - 12) if last_month > 12 else (year, last_month)
            return (
                datetime(year, first, 1, tzinfo=UTC).timestamp(),
                min(_month_end(end_year, end_month), now),
                7,
            )
        first_last = _season_behind(season, at, current=not last)
        return first_last[0], first_last[1], 7
    if fields["month"]:
        number = _month_number(fields["month"])
        if not 1 <= number <= 12:
            return None
        if chinese:
            if span != "年":
                return None
            year = at.year - (1 if which == "去" else 2 if which == "前" else 0)
        elif which != "last":
            return None  # "in May" is any year's: the month named alone (``_ASKED_EN``)
        else:
            year = at.year if number < at.month else at.year - 1
        start, end = _month_span(year, number)
        return start, min(end, now), 7
    if span in ("weekend", "周末"):
        saturday = monday + timedelta(days=5)
        if not last and at.weekday() >= 5:  # "this weekend", asked at the weekend
            return saturday.timestamp(), now, 0
        return (monday - timedelta(days=2)).timestamp(), monday.timestamp(), 3
    if span in ("week", "周", "星期", "礼拜"):
        if last:
            return (monday - timedelta(days=7)).timestamp(), monday.timestamp(), 3
        return monday.timestamp(), now, 0
    if span in ("month", "月"):
        month_start = today.replace(day=1)
        if last:
            before = month_start - timedelta(days=1)
            start, end = _month_span(before.year, before.month)
            return start, end, 7
        return month_start.timestamp(), now, 0
    if span in ("year", "年"):
        year = at.year - (2 if which == "前" else 1 if last else 0)
        start = datetime(year, 1, 1, tzinfo=UTC).timestamp()
        if year == at.year:
            return start, now, 0
        return start, datetime(year + 1, 1, 1, tzinfo=UTC).timestamp() - 1, 7
    return None


_PAST_EN = re.compile(
    r"\b(?:did|was|were|had|ago|last|earlier|previously|used to|ever|how long|went|got|made)\b"
    r"|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_PAST_ZH = re.compile(r"了|过(?!得|节|年|生日)|上次|以前|之前|那时|去年|上个?月|上周|昨天|前天|曾经|\d{4}年")
_SOMEONE = r"(?!i\b|we\b|you\b|it\b|there\b|this\b|that\b)[\w' ]+?"
_PLAN_ASKED_EN = re.compile(
    rf"^\W*(?:(?:when|where|what|who|which)\b[^?.!]*?\b(?:is|are|does|do)\s+{_SOMEONE}\s+"
    r"(?:going to|planning)"
    rf"|(?:how|when|where|what|which)\b[^?.!]*?\b(?:is|are|does|do)\s+{_SOMEONE}\s+plan(?:s|ning)?\s+(?:on|to)"
    rf"|(?:what|which)\b[^?.!]*?\b(?:\w+'s?|his|her|their)\s+plans"
    rf"|what\s+plans\s+(?:does|do|is|are|has|have)\s+{_SOMEONE}\s+(?:have|got|making|made))\b",
    re.IGNORECASE,
)
_PLAN_ASKED_ZH = re.compile(r"(?<!我)(?<!我们)(?:打算|计划|准备)(?:什么时候|哪天|几号|去哪)")
"""A question of when, where or what someone is going to do or plans: the plan is asked about as a
plan, and its date having passed does not make it unsaid ("When is Joanna going to make the ice
cream?", "Where are John and his team planning to go?", 她打算什么时候来？). Not of the user's own ("When am
I going to ...", "What should we plan for ..."): that asks for what holds now."""


def asks_about_past(question: str) -> bool:
    """Whether ``question`` asks about what happened or held before ("when did I ...", "what was ...",
    "去年我去了哪里") or about someone's plan as such ("When is Joanna going to ...?"): then memories whose
    time passed ("until Friday", last month's plan) still answer it."""
    if is_chinese(question):
        return bool(_PAST_ZH.search(question) or _PLAN_ASKED_ZH.search(question))
    return bool(_PAST_EN.search(question) or _PLAN_ASKED_EN.search(question))


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
_SEASONS_ZH = {
    "春天": "spring",
    "春季": "spring",
    "夏天": "summer",
    "夏季": "summer",
    "秋天": "autumn",
    "秋季": "autumn",
    "冬天": "winter",
    "冬季": "winter",
}
_COMING_EN = re.compile(
    rf"\b(?P<next>next|this|coming|the|over the|during the|in the|for the|in|by|before|early|late|mid)\s+"
    rf"(?:(?P<season>spring|summer|autumn|fall|winter)|(?P<month>{MONTH_RE})|(?P<span>week(?:end)?|month))\b",
    re.IGNORECASE,
)
_COMING_ZH = re.compile(
    r"(?P<next>下个?|明年|今年|这个?|本)?(?:(?P<season>春天|春季|夏天|夏季|秋天|秋季|冬天|冬季)|(?P<holiday>暑假|寒假)"
    r"|(?P<span>周末|周|星期|礼拜|月)(?!几|[一二三四五六日天])|(?P<month>\d{1,2}|[一二三四五六七八九十]{1,2})月(?![\d一二三四五六七八九十]+[日号]))"
)


def _months(first: int, last: int, at: datetime, *, following: bool) -> tuple[float, float]:
    """From the start of month ``first`` to the end of month ``last`` (past 12: the next year's),
    the stretch that is still to come (or has begun) seen from ``at``; with ``following``, the one after."""
    year = at.year
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    if _month_end(end_year, end_month) < at.timestamp() or following:
        year, end_year = year + 1, end_year + 1
    start = datetime(year, first, 1, tzinfo=UTC).timestamp()
    return start, _month_end(end_year, end_month)


_WHEN_TO_EN = re.compile(
    r"\bwhen(?:'s| is| would be| will be) (?:the |a )?(?:best|right|good|ideal) "
    r"(?:time|day|week|month|moment)\b"
    r"|\bwhen (?:should|shall|could|can|would) (?:I|we)\b|\bwhat (?:date|day|week|month|time of year) "
    r"(?:should|shall|would|is best)\b",
    re.IGNORECASE,
)
_WHEN_TO_ZH = re.compile(
    r"什么时候(?:.{0,12})(?:好|合适|划算|比较|最)|(?:哪天|哪个月|几号|几月)(?:.{0,8})(?:好|合适|比较)"
)


def when_to(question: str, now: float) -> tuple[float, float] | None:
    """The year ahead of ``now`` (start, end), when ``question`` asks when to do something without
    naming a time ("When's the best time to book a family holiday?", "全家旅行什么时候订比较好？"):
    every plan of the user's coming year is what it has to fit around; None otherwise."""
    asked = _WHEN_TO_ZH if is_chinese(question) else _WHEN_TO_EN
    return (now, now + 365 * 86400.0) if asked.search(question) else None


def coming_period(question: str, now: float) -> tuple[float, float] | None:
    """The stretch of time ahead that ``question`` names ("this summer", "next weekend", "in June",
    "next month", "暑假", "下周末", "六月"), as (start, end) in epoch seconds seen from ``now``; None
    when it names none. A plan whose time ends within it is what the question has to fit around."""
    at = datetime.fromtimestamp(now, UTC)
    today = at.replace(hour=0, minute=0, second=0, microsecond=0)
    if is_chinese(question):
        m = _COMING_ZH.search(question)
        if m is None:
            return None
        following = (m.group("next") or "") in ("下", "下个", "明年")
        if m.group("holiday"):
            first, last = (7, 8) if m.group("holiday") == "暑假" else (1, 2)
            return _months(first, last, at, following=following)
        season, month, span = m.group("season"), m.group("month"), m.group("span")
        if span in ("周", "星期", "礼拜", "月") and not m.group("next"):
            return None  # "月季", "周年": a week or a month only with 这/本/下 before it
        season = _SEASONS_ZH.get(season or "")
    else:
        m = _COMING_EN.search(question)
        if m is None:
            return None
        following = m.group("next").lower() == "next"
        season, month, span = m.group("season"), m.group("month"), m.group("span")
        season = season.lower() if season else None
    if season:
        return _months(*_SEASONS[season], at, following=following)
    if month:
        number = _month_number(month)
        return _months(number, number, at, following=False) if 1 <= number <= 12 else None
    span = (span or "").lower()
    if span in ("month", "月"):
        this_month = today.replace(day=1)
        if not following:
            return this_month.timestamp(), _month_end(at.year, at.month)
        return (this_month + timedelta(days=32)).replace(day=1).timestamp(), _next_month_end(at)
    monday = today - timedelta(days=at.weekday()) + timedelta(days=7 if following else 0)
    start = monday + timedelta(days=5) if span in ("weekend", "周末") else monday
    return start.timestamp(), _week_end(at, next_week=following)


_ANCHORED_EN = re.compile(
    rf"\b(?:(?P<n>\d+|{'|'.join(_EN_NUMBERS)})\s+)?(?P<unit>day|night|weekend|week|month|year)s?\s+"
    r"(?P<side>before|after|prior to|following|leading up to)\s+(?P<event>[^?.!,;:]{3,80})",
    re.IGNORECASE,
)
_NOT_AN_EVENT_EN = re.compile(
    r"^(?:yesterday|today|tomorrow|tonight|last|next|this|that|then|now"
    rf"|(?:the )?(?:{MONTH_RE}|{_WEEKDAY_RE})\b|\d|the (?:\d|day|week|weekend|month|year)s?\b)",
    re.IGNORECASE,
)
_ANCHORED_ZH = re.compile(
    r"(?P<event>[\u4e00-\u9fff]{2,12}?)(?:之|以)?(?P<side>前|后)(?:的)?(?:那)?"
    r"(?P<n>\d{1,2}|[一两二三四五六七八九十几])?个?(?P<unit>天|晚|周末|周|星期|礼拜|月|年)"
)
_NOT_AN_EVENT_ZH = re.compile(
    r"(?:[\d一二两三四五六七八九十几]个?(?:天|晚|周|月|年|日|号|点|星期|礼拜)|[今昨明前去上下这本][天年周月晚]|月底"
    r"|[提目当眼从面先事之以门跟向往空最然随背落今午])$"
)
_TOLD_EN = re.compile(r"\b(?:happened|\w+(?:[^aeiou\s]|[aeiou][^aeiou\s])ed)\b", re.IGNORECASE)
"""A verb in the past in an English question asked not as ``asks_about_past`` reads one ("What happened
the weekend after ...", "Who called me the day after ...")."""
_AHEAD_EN = re.compile(r"\b(?:will|going to|should|shall|need to|have to|must|plan(?:ning)? to)\b", re.I)
_AHEAD_ZH = re.compile(r"要|会|打算|准备|计划|将|应该|得先")
"""A question of what is still ahead: the stretch beside an event it names is not one to look back on."""
_LEADING_ZH = re.compile(r"^(?:我们|你们|他们|她们|[我你他她在那这上下的了去刚])+")


class Anchor:
    """A stretch of time a question names from an event it also names: "the week before the trip", "the
    day after my sister's wedding", "two days before I moved", 搬家前一周, 婚礼后的那个周末. ``event``: the
    words that name the event (search finds when it was told of); ``before``: which side of it; ``days``:
    how long the stretch is."""

    def __init__(self, event: str, before: bool, days: float) -> None:
        self.event, self.before, self.days = event, before, days

    def around(self, at: float) -> AskedTime:
        """The stretch beside the event told of at ``at``, as the time a question asks about: before it, up
        to the day it was told (what went before is often told with it); after it, with the days after that
        still tell of it."""
        day = 86400.0
        if self.before:
            return AskedTime(None, None, None, 1, span=(at - self.days * day, at))
        after = 1 if self.days < 7 else 3
        return AskedTime(None, None, None, after, span=(at, at + self.days * day))

    def __repr__(self) -> str:
        side = "before" if self.before else "after"
        return f"Anchor({self.days:g} days {side} {self.event!r})"


def anchored(question: str) -> Anchor | None:
    """The stretch of time a question about the past names beside an event it names ("What did I do the
    week before the trip?", "Where did we eat the night after the concert?", 搬家前一周我在忙什么？), when
    no date anchors it ("the week before August 3, 2023" names a date: ``asked_time``). None otherwise."""
    if is_chinese(question):
        if _AHEAD_ZH.search(question) or not _DONE_ZH.search(question):
            return None  # 长跑前一晚吃什么？ asks what to do each time
        for m in _ANCHORED_ZH.finditer(question):
            event = _LEADING_ZH.sub("", m.group("event"))
            if len(event) < 2 or _NOT_AN_EVENT_ZH.search(m.group("event")):
                continue
            days = (_count(m.group("n") or "") or 1) * _UNIT_DAYS[m.group("unit")]
            return Anchor(event, m.group("side") == "前", days)
        return None
    if _AHEAD_EN.search(question) or not (asks_about_past(question) or _TOLD_EN.search(question)):
        return None  # "What do I eat the night before a race?" asks what to do each time
    found = _ANCHORED_EN.search(question)
    if found is None:
        return None
    event = found.group("event").strip()
    if _NOT_AN_EVENT_EN.search(event) or asked_time(event) is not None:
        return None
    days = (_count(found.group("n") or "") or 1) * _UNIT_DAYS[found.group("unit").lower()]
    return Anchor(event, found.group("side").lower() in ("before", "prior to", "leading up to"), days)
