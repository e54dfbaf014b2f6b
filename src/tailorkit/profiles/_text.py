"""Keywords from English and Chinese text (jieba for Chinese), with stop words."""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import cache

__all__ = ["is_chinese", "keywords"]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[a-z][a-z'\-]{2,}")
_EN_STOP = frozenset(
    "about above after again against all also and any are because been before being below between both but "
    "can could did does doing down during each few for from further had has have having her here hers herself "
    "him himself his how into its itself just like more most much must myself not now off once only other our "
    "ours out over own same she should some such than that the their theirs them then there these they this "
    "those through too under until very was were what when where which while who whom why will with would you "
    "your yours yourself really want wants get got one two three film movie thing things make made lot lots "
    "love loves loved hate hates enjoy enjoyed think know going good great bad".split()
)
_ZH_STOP = frozenset(
    "我 你 他 她 它 我们 你们 他们 的 了 和 是 在 有 也 都 就 很 非常 喜欢 不 没有 看 想 要 这 那 一个 一些 什么 吗 呢 吧 啊".split()
)


def is_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import jieba
    import jieba.analyse

    jieba.setLogLevel(logging.WARNING)
    return jieba.analyse


def keywords(text: str, k: int = 5) -> list[str]:
    """Up to ``k`` keywords of ``text``, lower-cased; Chinese and English parts handled separately."""
    if not text:
        return []
    found: list[str] = []
    if is_chinese(text):
        zh = "".join(ch if _CJK.match(ch) else " " for ch in text)
        found += [w for w in _jieba().extract_tags(zh, topK=k) if w not in _ZH_STOP and len(w) > 1]
    words = [w.strip("'-") for w in _WORD.findall(text.lower())]
    counts = Counter(w for w in words if w not in _EN_STOP and len(w) > 2)
    found += [w for w, _ in counts.most_common(k)]
    return found[:k] if not is_chinese(text) else found[: k + min(k, len(counts))]
