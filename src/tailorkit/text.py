"""Text handling shared by profiles and memories: English and Chinese (jieba), stop words, stems.

``keywords`` picks a few descriptive words (profile interests); ``index_terms`` turns a text into the
normalised terms a full-text index stores and a query asks for: lower case, Chinese segmented into
words, English stemmed (Snowball), function words dropped. Both engines index these terms as they are,
so SQLite FTS5 and Postgres full-text search see the same words.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import cache, lru_cache

__all__ = [
    "SENTENCE_BREAK",
    "content_characters",
    "frame_words",
    "index_terms",
    "is_chinese",
    "is_common_word",
    "keywords",
    "language",
    "main_language",
    "sentences",
    "simplified",
    "traditional",
    "unwrapped",
    "zh_number",
    "zh_words",
]

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The Unicode ranges of Chinese characters, as a regular expression's character class holds them."""
_CJK = re.compile(rf"[{_HAN}]")
_WIDE = rf"\u3000-\u303f{_HAN}\uff00-\uffef"
"""Chinese characters and full-width punctuation: a line wrapped between two of them joins with no space."""
_WRAPPED = re.compile(rf"(?<=[{_WIDE}]) (?=[{_WIDE}])")
_WORD = re.compile(r"[a-z][a-z'\-]{2,}")
_EN_STOP = frozenset(
    "about above after again against all also and any are because been before being below between both but "
    "can could did does doing down during each few for from further had has have having her here hers herself "
    "him himself his how into its itself just like more most much must myself not now off once only other our "
    "ours out over own same she should some such than that the their theirs them then there these they this "
    "those through too under until very was were what when where which while who whom why will with would you "
    "your yours yourself really want wants get got one two three film films movie movies thing things make made lot lots "
    "love loves loved hate hates enjoy enjoyed think know going good great bad anything something everything "
    "nothing stuff give gives gave take takes took keep keeps near live lives living watch watching see use "
    "using try trying need needs always usually often sometimes lately recently today tonight tomorrow "
    "yesterday week weeks day days time times year years still even ever maybe well back around away every "
    "morning mornings afternoon afternoons evening evenings night nights weekend weekends weekday weekdays "
    "many last next first little lot already yet soon ago again since instead quite rather almost "
    "hello thanks thank please sorry okay minute minutes hour hours second seconds month months "
    "monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday "
    "saturdays sunday sundays play plays everywhere anywhere somewhere nowhere everyone anyone someone "
    "everybody anybody somebody".split()
)
_ZH_CONTENT = ("n", "nr", "ns", "nt", "nz", "nw", "vn", "v", "a", "an", "i", "l", "j", "eng")
"""The parts of speech a Chinese keyword may be (nouns, verbs, adjectives, idioms, English words): not
times, numbers nor adverbs ("我每天早上六点跑步" is about 跑步, not 每天、早上、六点)."""
_ZH_STOP = frozenset(
    "我 你 他 她 它 我们 你们 他们 的 了 和 是 在 有 也 都 就 很 非常 喜欢 不 没有 看 想 要 这 那 一个 一些 什么 吗 呢 吧 啊".split()
)


def is_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    """An OpenCC converter ("t2s": traditional to simplified, "s2tw": simplified to traditional)."""
    import opencc

    return opencc.OpenCC(config)


def is_common_word(word: str) -> bool:
    """Whether ``word`` is an everyday English word that names nothing by itself ("nothing", "always",
    "tonight"): the stop words of keywords and search."""
    return word.lower() in _EN_STOP


@lru_cache(maxsize=8192)
def simplified(text: str) -> str:
    """Chinese ``text`` in simplified characters, so that one set of rules and words reads both scripts
    ("我對花生過敏" -> "我对花生过敏"); other text as it is. Character by character: the same length."""
    if not _CJK.search(text):
        return text
    out: str = _converter("t2s").convert(text)
    return out if len(out) == len(text) else text


def traditional(text: str) -> str:
    """Simplified Chinese ``text`` in traditional characters (Taiwan's standard forms), for what the user
    said in traditional ones: a memory reads in the user's own script."""
    out: str = _converter("s2tw").convert(text)
    return out


@cache
def _jieba():  # type: ignore[no-untyped-def]
    """The segmenter (its dictionary loads on first use, about a second)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in _ZH_WORDS:  # everyday words its dictionary cuts in two ("拿铁": 拿 / 铁)
        jieba.add_word(word, tag="n")
    return jieba


_ZH_WORDS = (
    "拿铁",
    "拿鐵",
    "美式咖啡",
    "卡布奇诺",
    "卡布奇諾",
    "燕麦奶",
    "燕麥奶",
    "抹茶",
    "冷萃",
    "手冲",
    "手沖",
)
"""Words of what people drink and eat that jieba's dictionary does not hold, in both scripts."""


@cache
def _jieba_analyse():  # type: ignore[no-untyped-def]
    """Keyword extraction (TF-IDF tables; loads more than the segmenter alone)."""
    _jieba()
    import jieba.analyse

    return jieba.analyse


_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+\b")
_NAME_LEAD = frozenset(
    "i the a an my our we it this that and but so also just hi hello hey yes no oh".split()
)
"""Words that open a sentence in capitals without being part of the name after them."""


def keywords(text: str, k: int = 5) -> list[str]:
    """Up to ``k`` keywords of ``text``, lower-cased; Chinese and English parts handled separately."""
    if not text:
        return []
    found: list[str] = []
    if is_chinese(text):
        zh = "".join(ch if _CJK.match(ch) else " " for ch in text)
        tags = _jieba_analyse().extract_tags(zh, topK=k, allowPOS=_ZH_CONTENT)
        # (not how much: "喝一杯", "一杯" name no interest)
        found += [
            w for w in tags if simplified(w) not in _ZH_STOP and len(w) > 1 and not _ZH_MEASURE.search(w)
        ]  # "喜歡" is "喜欢"
    names = []
    for m in _NAME.finditer(text):  # "Tom Hanks", "New York": one keyword, not two words
        parts = m.group().split()
        while parts and parts[0].lower() in _NAME_LEAD:
            parts.pop(0)
        if len(parts) >= 2:
            names.append(" ".join(parts).lower())
            text = text.replace(" ".join(parts), " ")
    found += names
    words = [w.strip("'-").removesuffix("'s") for w in _WORD.findall(text.lower().replace("’", "'"))]
    # a contraction ("i'm", "don't") is a function word; a possessive is its noun
    counts = Counter(
        w for w in words if w not in _EN_STOP and len(w) > 2 and "'" not in w and not _DONE.match(w)
    )
    found += [w for w, _ in counts.most_common(k)]
    return found[:k] if not is_chinese(text) else found[: k + min(k, len(counts))]


_ZH_MEASURE = re.compile(r"[一二两兩三四五六七八九十几幾半\d]+[个個杯次碗瓶本部只隻条條件块塊张張份顿頓口]$")
"""A Chinese word that ends in how many ("喝一杯", "三次")."""
_DONE = re.compile(r"^[a-z]{3,}(?<!e)ed$")
"""A past form ("ordered", "stopped", "tried"), which names no interest; "speed" and "bed" are not one."""


# Function words only: search keeps content words such as "like" that keyword extraction drops.
_SEARCH_STOP_EN = frozenset(
    "a an the is am are was were be been being to of in on at for with and or but if so as by from about into "
    "than then there these those this that it its i me my mine you your he him his she her they them their we "
    "us our do does did doing have has had what when where who whom whose why how which will would can could "
    "shall should might must just also too very s t d ll m re ve".split()
)
_SEARCH_STOP_ZH = frozenset(
    "我 你 他 她 它 我们 你们 他们 的 了 和 是 在 也 都 就 很 这 那 吗 呢 吧 啊 呀 么 什么 怎么 哪 哪里 谁 几 "
    "个 把 被 给 对 与 及 或 而 着 过 得 地".split()
)
_TOKEN = re.compile(rf"[{_HAN}]+|[^\W_{_HAN}]+")
"""A run of Chinese characters, or of other letters and digits: "150分钟中等强度运动" is "150" and a Chinese run
(one term before, so "运动" did not find it)."""


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _settled(str(_stemmer().stemWord(word)))


def _settled(stem: str) -> str:
    """A Snowball stem with a noun in "-ery" made of a verb put with the verb: Snowball stems "delivery"
    to "deliveri" and "deliver" to "deliv", so "Can you deliver it?" shared no word with "Delivery times";
    "recovery" and "discovery" the same. A stem in "-eri" whose "-er" word has a shorter stem takes it;
    "battery", "mystery" and "query" (whose "batter", "myster", "quer" stem to themselves) keep theirs.
    Migration 0016 applies it to the terms stored before."""
    if stem.endswith("eri") and (verb := str(_stemmer().stemWord(stem[:-1]))) != stem[:-1]:
        return verb
    return stem


def index_terms(text: str) -> list[str]:
    """The terms a full-text index keeps for ``text`` (and a query looks for), in order.

    >>> index_terms("I'm allergic to peanuts")
    ['allerg', 'peanut']
    """
    terms: list[str] = []
    for run in _TOKEN.findall(text.lower()):
        if _CJK.match(run):  # in simplified characters: "藍牙耳機" finds "蓝牙耳机", and the reverse
            terms += [w for w in _jieba_cut(simplified(run)) if w not in _SEARCH_STOP_ZH]
        elif run not in _SEARCH_STOP_EN:
            terms.append(_stem(run) if run.isascii() and run.isalpha() else run)
    return terms


_FUNCTION_CHARACTERS_ZH = frozenset(
    "的了吗呢吧啊呀我你您他她它们是在有和与或就都也还要能会可以把被让给对这那个么什怎多少几"
)


def content_characters(text: str) -> set[str]:
    """The Chinese characters of ``text`` that carry meaning (not particles, pronouns or question
    words): two Chinese phrasings of one thing share characters more often than whole words
    ("多少天内可以退" and "七天内……退货").

    >>> sorted(content_characters("退货以后钱多久能回来？"))
    ['久', '后', '回', '来', '货', '退', '钱']
    """
    return {c for c in text if _CJK.match(c) and c not in _FUNCTION_CHARACTERS_ZH}


def zh_words(text: str) -> list[str]:
    """Chinese ``text`` in its words, as jieba cuts them ("我在学西班牙语": 我 / 在 / 学 / 西班牙语)."""
    return list(_jieba().cut(text))


def _jieba_cut(run: str) -> list[str]:
    return [w for w in _jieba().cut_for_search(run) if w.strip()]


def language(text: str) -> str:
    """``zh`` for text with Chinese characters, else ``en`` (the two languages handled specially)."""
    return "zh" if is_chinese(text) else "en"


_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def zh_number(word: str) -> int:
    """A Chinese numeral up to 99 as a number ("十二" 12, "二十五" 25, "三十" 30, "两" 2); 0 for what is none."""
    tens, ten, ones = word.partition("十")
    if not ten:
        return _ZH_DIGITS.get(word, 0) if len(word) == 1 else 0
    return (_ZH_DIGITS.get(tens, 0) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)


_FRAME_WORD = re.compile(r"\b(?:[a-z]+|I)\b")
"""An English word of a sentence's frame: lower case, or "I" (a capitalised one may be a name or a title)."""


def main_language(text: str) -> str:
    """The language most of ``text`` is written in, for an answer to it: ``zh`` where its Chinese characters
    outweigh the words of an English frame (each counting as one and a half characters; names and titles,
    capitalised, not counted: "我喜欢 The Grand Budapest Hotel" is Chinese), else ``en``. "I'm from Shanghai,
    我喜欢吃辣的 but my wife can't handle spicy food." is English with a Chinese phrase, though ``language``
    reads any Chinese as ``zh`` (the text must be segmented as Chinese)."""
    chars = len(_CJK.findall(text))
    return "zh" if chars and chars > 1.5 * frame_words(text) else "en"


def frame_words(text: str) -> int:
    """How many words of an English frame ``text`` has (``main_language``)."""
    return len(_FRAME_WORD.findall(text))


SENTENCE_BREAK = re.compile(
    r"(?<=[.!?。！？])(?<!\b[A-Z]\.)(?<!\b(?:Dr|Mr|Ms|St|vs)\.)(?<!\bMrs\.)\s+|(?<=[。！？])"
)
"""Where a sentence ends within a line: not after an initial or a title's abbreviation ("E.T. the
Extra-Terrestrial", "Dr. Strangelove")."""


def unwrapped(text: str) -> str:
    """``text`` on one line: each run of white space one space, and none between two Chinese characters
    or full-width marks (a line wrapped inside Chinese: "显示已签收但您没有\\n收到")."""
    return _WRAPPED.sub("", " ".join(text.split()))


def sentences(text: str) -> list[str]:
    """``text`` split into sentences (English and Chinese end marks, line breaks)."""
    return [s.strip() for line in text.split("\n") for s in SENTENCE_BREAK.split(line) if s.strip()]
