"""Stored full-text terms with Chinese cut apart from the digits and letters before it

``tailorkit.text.index_terms`` read a run of digits or Latin letters and the Chinese after it as one term
("150分钟中等强度运动", "1毫米汞柱", "iphone手机"), so a question's "运动" or "手机" did not find it. Such a
run is now a run of digits or letters and a Chinese run cut into words. The terms of memories and passages
stored before are rewritten so; the full-text indexes follow (SQLite's update triggers, Postgres's generated
columns). Frozen here as it was written, not imported: a later change to the text module must not change what
this revision did.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 12:10:00
"""

from __future__ import annotations

import logging
import re
from functools import cache

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_BATCH = 1000
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_MIXED = re.compile(rf"[{_CJK}]")
_RUN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+")
_STOP_EN = frozenset(
    "a an the is am are was were be been being to of in on at for with and or but if so as by from about into "
    "than then there these those this that it its i me my mine you your he him his she her they them their we "
    "us our do does did doing have has had what when where who whom whose why how which will would can could "
    "shall should might must just also too very s t d ll m re ve".split()
)
_STOP_ZH = frozenset(
    "我 你 他 她 它 我们 你们 他们 的 了 和 是 在 也 都 就 很 这 那 吗 呢 吧 啊 呀 么 什么 怎么 哪 哪里 谁 几 "
    "个 把 被 给 对 与 及 或 而 着 过 得 地".split()
)


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    for word in (
        "拿铁",
        "美式咖啡",
        "卡布奇诺",
        "燕麦奶",
        "抹茶",
        "冷萃",
        "手冲",
    ):  # as the text module adds them
        jieba.add_word(word, tag="n")
    return jieba


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@cache
def _stem(word: str) -> str:
    stem = str(_stemmer().stemWord(word))
    if stem.endswith("eri") and (verb := str(_stemmer().stemWord(stem[:-1]))) != stem[:-1]:
        return verb
    return stem


@cache
def _cut(term: str) -> str:
    if not (_MIXED.search(term) and re.search(rf"[^\W_{_CJK}]", term)):
        return term  # all Chinese, or none: as it was
    words: list[str] = []
    for run in _RUN.findall(term):
        if _MIXED.match(run):  # (stored terms are in simplified characters already)
            words += [w for w in _jieba().cut_for_search(run) if w.strip() and w not in _STOP_ZH]
        elif run not in _STOP_EN:
            words.append(_stem(run) if run.isascii() and run.isalpha() else run)
    return " ".join(words)


def _rewritten(terms: str | None) -> str | None:
    if not terms:
        return terms
    return " ".join(_cut(t) for t in terms.split(" "))


def _rewrite(table: str, columns: tuple[str, ...]) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).all()
    changes = []
    for row in rows:
        new = {c: _rewritten(getattr(row, c)) for c in columns}
        if any(new[c] != getattr(row, c) for c in columns):
            changes.append({"row_id": row.id, **new})
    sets = ", ".join(f"{c} = :{c}" for c in columns)
    for start in range(0, len(changes), _BATCH):
        bind.execute(
            sa.text(f"UPDATE {table} SET {sets} WHERE id = :row_id"), changes[start : start + _BATCH]
        )


def upgrade() -> None:
    _rewrite("memories", ("terms", "context_terms"))
    _rewrite("passages", ("terms",))


def downgrade() -> None:
    pass  # the joined terms found less; nothing to restore
