"""A short, deterministic paragraph about a user for prompts, in English or Chinese."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from tailorkit.text import keywords

if TYPE_CHECKING:
    from tailorkit.profiles._profile import Profile

__all__ = ["NO_SUMMARY", "stated_features", "summarise"]

_EN_KIND = {"genre": "{}", "period": "{} films", "kw": "{}", "tag": "'{}'"}
_ZH_KIND = {"genre": "{}", "period": "{}年代的电影", "kw": "{}", "tag": "“{}”"}


NO_SUMMARY = {"en": "No profile data yet.", "zh": "暂无画像数据。"}
"""The summary of a user the profile knows nothing about."""


def _join_en(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _named(interest: Any, zh: bool) -> str:
    """An interest's name as the summary writes it: a decade without its "s" in Chinese ("1980年代"), a
    name of several words capitalised ("tom hanks" -> "Tom Hanks")."""
    name: str = interest.name
    if zh and interest.kind == "period":
        return name.rstrip("s")
    return name.title() if interest.kind == "kw" and " " in name and name.isascii() else name


def stated_features(stated: list[dict[str, Any]]) -> set[str]:
    """The profile features of stated preferences, and the same words as keywords of the message they
    were said in ("diet:vegetarian" and "kw:vegetarian", "genre:Tom Hanks" and "kw:tom hanks",
    "genre:Sci-Fi" said as "喜欢科幻电影" and "kw:科幻电影")."""
    said = {s["feature"] for s in stated}
    said |= {f"kw:{f.partition(':')[2].lower()}" for f in said}
    return said | {f"kw:{w}" for s in stated for w in _keywords(str(s.get("text") or ""))}


@functools.lru_cache(maxsize=4096)
def _keywords(text: str) -> tuple[str, ...]:
    """``keywords`` of a stated preference's words, read once: every summary of the user reads them."""
    return tuple(keywords(text))


def summarise(profile: Profile, behaviour: dict[str, Any], language: str | None = None) -> str:
    """The six newest facts the user told about themselves, at most three likes, two dislikes, the
    rating habit and the four newest preferences the user stated in conversation (in their own terms),
    in ``language`` (``zh`` or English), by default the user's locale's."""
    zh = language == "zh" if language else (profile.locale or "").lower().startswith("zh")
    kinds = _ZH_KIND if zh else _EN_KIND
    said = stated_features(profile.stated)

    many = int(behaviour.get("events") or 0) >= 10

    def shown(interests: list[Any], n: int) -> list[str]:
        """The strongest ``n`` not stated in conversation; for a user with some history, an inferred one
        only where more than one event says it (one film's labels, "DC Comics, Batman, Joker", are no
        taste)."""
        return [
            kinds.get(i.kind, "{}").format(_named(i, zh))
            for i in interests
            if i.feature not in said and (i.declared or i.events != 1 or not many)
        ][:n]

    likes, dislikes = shown(profile.likes, 3), shown(profile.dislikes, 2)
    # (one statement for each tag it names: "Likes old classics, Hitchcock, Cary Grant" said once)
    stated = list(dict.fromkeys(str(s["text"]).rstrip("。.") for s in profile.stated))[-4:]
    told = [str(t["text"]).rstrip("。.") for t in profile.told[-6:]]
    rater = behaviour.get("rater")
    if zh:
        parts = ["个人情况：" + "，".join(told)] if told else []
        if likes:
            parts.append("喜欢" + "、".join(likes))
        if dislikes:
            parts.append("不喜欢" + "、".join(dislikes))
        if rater == "harsh":
            parts.append("评分偏严")
        elif rater == "generous":
            parts.append("评分偏宽")
        if stated:
            parts.append("自述：" + "，".join(stated))
        return "；".join(parts) + "。" if parts else NO_SUMMARY["zh"]
    parts = []
    if likes:
        parts.append("Enjoys " + _join_en(likes))
    if dislikes:
        parts.append(("dislikes " if parts else "Dislikes ") + _join_en(dislikes))
    if rater in ("harsh", "generous"):
        parts.append(f"rates {rater}ly" if parts else f"Rates {rater}ly")
    if stated:
        parts.append(("says: " if parts else "Says: ") + "; ".join(stated))
    about = f"Told: {'; '.join(told)}." if told else ""
    return " ".join(filter(None, (about, "; ".join(parts) + "." if parts else ""))) or NO_SUMMARY["en"]
