"""Diets beside how much of what animals the user eats, each a topic of its own

A diet was one slot (topic ``diet``): "I'm vegan and gluten-free" kept the gluten-free diet and superseded the
vegan one, and "I'm not keto anymore" ended a vegetarian diet. How much of what animals the user eats
(vegetarian, vegan, pescatarian, 吃素) is still the topic ``diet``; the diets that go with it (gluten-free,
halal, kosher, keto, lactose intolerant, diabetic, 清真, 生酮, 轻断食 ...) are ``diet:<name>``. Memories
stored before get the topic of the diet they state, and a memory that one of another diet superseded holds
again. Frozen here as it was written, not imported: a later change to the memory rules must not change what
this revision did.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 11:20:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

_EN = {
    "diabetic": "diet:diabet",
    "gluten-free": "diet:gluten_free",
    "halal": "diet:halal",
    "keto": "diet:keto",
    "kosher": "diet:kosher",
    "lactose intolerant": "diet:lactos_intoler",
}
_EN_SAID = re.compile(r"^(?:Is|No longer) (?P<diet>.+)$")
_ZH = (
    "间歇性断食", "16：8断食", "16:8断食", "168断食", "低FODMAP", "低fodmap", "低碳水", "低嘌呤", "无麸质",
    "地中海", "轻断食", "生酮", "低碳", "清真",
)  # fmt: skip
"""The Chinese diets beside a meatless one, longer before the shorter ones inside them."""


def _topic(text: str) -> str:
    said = _EN_SAID.match(text)
    if said:
        return _EN.get(said.group("diet").lower(), "diet")
    return next((f"diet:{diet}" for diet in _ZH if diet in text), "diet")


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, user_id, text, superseded_by, created_at FROM memories WHERE topic = 'diet'")
    ).all()
    topic = {row.id: _topic(row.text) for row in rows}
    moved = [{"row_id": i, "topic": t} for i, t in topic.items() if t != "diet"]
    if moved:
        bind.execute(sa.text("UPDATE memories SET topic = :topic WHERE id = :row_id"), moved)
    # superseded by a statement of another diet: it holds again, unless the user said their diet of its kind
    # again since ("vegan", then "gluten-free", then "vegetarian": vegetarian holds, vegan does not)
    latest: dict[tuple[int, str], float] = {}
    for row in rows:
        key = (row.user_id, topic[row.id])
        latest[key] = max(latest.get(key, row.created_at), row.created_at)
    again = [
        {"row_id": row.id}
        for row in rows
        if row.superseded_by in topic
        and topic[row.superseded_by] != topic[row.id]
        and latest[(row.user_id, topic[row.id])] == row.created_at
    ]
    if again:
        bind.execute(
            sa.text("UPDATE memories SET valid_to = NULL, superseded_by = NULL WHERE id = :row_id"), again
        )


def downgrade() -> None:
    pass  # one slot for every diet lost what a second one said; nothing to restore
