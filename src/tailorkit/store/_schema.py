"""The relational schema. Alembic migrations under ``migrations/`` create and evolve it.

One schema serves SQLite and PostgreSQL: types are the portable SQLAlchemy ones, JSON columns use the
generic ``JSON`` type (JSONB on Postgres through a variant) and time stamps of events are UTC epoch
seconds in a double so that ordering, windows and decay are plain arithmetic on both engines.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

import numpy as np
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "AdapterRecord",
    "ApiKey",
    "AuditEntry",
    "Base",
    "Conversation",
    "DocumentRecord",
    "EmbeddingType",
    "Event",
    "Item",
    "Job",
    "MemoryRecord",
    "ModelRecord",
    "PassageRecord",
    "ProfileFeature",
    "ProfileStats",
    "Tenant",
    "Turn",
    "User",
    "utcnow",
]

# Named constraints make Alembic migrations (and SQLite batch mode) deterministic.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JsonType = JSON().with_variant(JSONB(), "postgresql")
# SQLite only auto-increments an INTEGER PRIMARY KEY; Postgres wants a 64-bit key for events.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class EmbeddingType(TypeDecorator[np.ndarray]):
    """A float32 vector: pgvector's ``vector`` on Postgres, the raw little-endian bytes on SQLite
    (the layout sqlite-vec's distance functions read)."""

    impl = LargeBinary
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "postgresql":
            try:
                from pgvector.sqlalchemy import Vector
            except ImportError:
                from tailorkit.errors import MissingExtraError

                raise MissingExtraError("pgvector", "postgres", "Vectors in PostgreSQL") from None
            return dialect.type_descriptor(Vector())
        return dialect.type_descriptor(LargeBinary())

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None:
            return None
        vector = np.ascontiguousarray(value, dtype=np.float32)
        return vector if dialect.name == "postgresql" else vector.tobytes()

    def process_result_value(self, value: Any, dialect: Any) -> np.ndarray | None:
        if value is None:
            return None
        if isinstance(value, bytes | memoryview):
            return np.frombuffer(value, dtype=np.float32)
        return np.asarray(value, dtype=np.float32)


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JsonType}


class Tenant(Base):
    """An application using tailorkit; every other row belongs to exactly one tenant."""

    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class User(Base):
    """An end user of the tenant's application, known by the tenant's own id for them."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("tenant_id", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(256))
    attributes: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    """Explicit attributes as declared (age, gender, occupation, free-form keys)."""
    locale: Mapped[str | None] = mapped_column(String(35))
    consent_profiling: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_memory: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_tuning: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class Item(Base):
    """Something a user can interact with: a film, a product, an article, a lesson."""

    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("tenant_id", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(256))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JsonType, default=list)
    attributes: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class Event(Base):
    """One thing a user did: rated, viewed, bought, searched, said, or judged an answer."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("tenant_id", "key_hi", "key_lo"),
        # A user's history in time order. No index on item_id: it would cost a third of the insert
        # rate, and reads by item are whole-table aggregates (popularity, training) anyway.
        Index(None, "user_id", "ts"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[float | None] = mapped_column(Double)
    text: Mapped[str | None] = mapped_column(Text)
    ts: Mapped[float] = mapped_column(Double)
    """When it happened, UTC seconds since the epoch."""
    source: Mapped[str | None] = mapped_column(String(256))
    """Where the event came from: a file name, a data set, ``api``."""
    meta: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    # The idempotency key: a 128-bit digest of the caller's key or of the event's content, so that
    # loading the same events twice adds nothing. Two 64-bit integers rather than a 16-byte blob:
    # they travel inside the JSON batches that bulk inserts bind as one parameter (see _bulk.py).
    key_hi: Mapped[int] = mapped_column(BigInteger)
    """First half of the idempotency key; for content digests its top half is the event's minute."""
    key_lo: Mapped[int] = mapped_column(BigInteger)
    """Second half of the idempotency key."""


class ModelRecord(Base):
    """A trained recommender: what it is, what data it saw, how it scored, and where its file is."""

    __tablename__ = "models"
    __table_args__ = (Index(None, "tenant_id", "algorithm", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    algorithm: Mapped[str] = mapped_column(String(64))
    config: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    """The data it was fitted on: event kinds, counts, the newest event id and time."""
    metrics: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    fit_seconds: Mapped[float] = mapped_column(Double, default=0.0)
    path: Mapped[str] = mapped_column(Text)
    """The saved model (``.npz``), relative to the data directory when inside it."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Job(Base):
    """A piece of background work of a tenant (training, a profile rebuild, the refits after an erase),
    run by a job worker: its state, progress, attempts and outcome. The queue only carries its id."""

    __tablename__ = "jobs"
    __table_args__ = (
        Index(None, "tenant_id", "key"),
        Index(None, "state", "heartbeat_at"),
        {"sqlite_autoincrement": True},  # a deleted job's id is never another job's
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    params: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    key: Mapped[str | None] = mapped_column(String(256), nullable=True)
    """Idempotency: while a job with this key is queued or running, asking again returns it."""
    state: Mapped[str] = mapped_column(String(16), default="queued")
    """queued, running, done or failed."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    progress: Mapped[float] = mapped_column(Double, default=0.0)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    worker: Mapped[str | None] = mapped_column(String(128), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    """When the worker running it last said it was alive: a running job silent too long is run again."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WhyReport(Base):
    """What went into one answer of the OpenAI-compatible route (``GET /api/why/{id}``), kept in the
    store so that every API worker can show it, for ``server.why_keep_s``; it goes with its user."""

    __tablename__ = "why_reports"
    __table_args__ = (Index(None, "tenant_id", "created_at"), Index(None, "user_id"))

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    """``why_`` and 24 random hex digits: the answer's ``X-Tailorkit-Why`` header."""
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=True)
    """Whose answer it was (None: an answer personal to nobody)."""
    report: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ProfileFeature(Base):
    """One inferred interest of one user, as time-decayed sums anchored at ``anchor`` (see profiles/).

    Every field is a sum over the user's events, so an event updates its features in O(1) and the
    order events arrive in does not matter.
    """

    __tablename__ = "profile_features"
    __table_args__ = (Index(None, "tenant_id", "feature"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    feature: Mapped[str] = mapped_column(String(160), primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    anchor: Mapped[float] = mapped_column(Double)
    """Time the decayed sums are expressed at (the newest contributing event)."""
    rated: Mapped[float] = mapped_column(Double, default=0.0)
    """Decayed count of ratings of items with this feature."""
    rated_value: Mapped[float] = mapped_column(Double, default=0.0)
    """Decayed sum of those ratings."""
    implicit: Mapped[float] = mapped_column(Double, default=0.0)
    """Decayed sum of signed implicit signals (purchases, likes, dislikes, texts ...)."""
    events: Mapped[int] = mapped_column(Integer, default=0)


class ProfileStats(Base):
    """Behaviour of one user: activity, recency and rating habits (plain sums, order-free)."""

    __tablename__ = "profile_stats"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    events: Mapped[int] = mapped_column(Integer, default=0)
    ratings: Mapped[int] = mapped_column(Integer, default=0)
    rating_sum: Mapped[float] = mapped_column(Double, default=0.0)
    rating_sumsq: Mapped[float] = mapped_column(Double, default=0.0)
    first_ts: Mapped[float | None] = mapped_column(Double)
    last_ts: Mapped[float | None] = mapped_column(Double)


class MemoryRecord(Base):
    """One thing the assistant remembers about a user: a fact, preference, event or instruction.

    Superseded memories stay as history (``valid_to`` and ``superseded_by`` set) and are left out of
    search; forgotten ones are deleted. ``terms`` and ``context_terms`` are the normalised words the
    full-text index holds (see ``tailorkit.text.index_terms``): on SQLite an FTS5 table kept in step by
    triggers, on Postgres a generated ``tsvector`` column (migration 0004).
    """

    __tablename__ = "memories"
    __table_args__ = (
        Index(None, "user_id", "valid_to"),
        Index(None, "user_id", "topic"),
        {"sqlite_autoincrement": True},  # an erased user's ids are never handed out again (0011)
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    """fact, preference, event or instruction."""
    topic: Mapped[str | None] = mapped_column(String(160))
    """What it is about, for reconciliation: ``drink``, ``allergy:peanut``, ``likes:jazz``."""
    subject: Mapped[str | None] = mapped_column(String(160))
    """Who it is about when not the user themself: ``daughter``, a speaker's name."""
    polarity: Mapped[int] = mapped_column(Integer, default=1)
    """+1 for likes and affirmations, -1 for dislikes and negations."""
    language: Mapped[str] = mapped_column(String(8), default="en")
    importance: Mapped[float] = mapped_column(Double, default=0.5)
    reinforced: Mapped[int] = mapped_column(Integer, default=0)
    """How many times it was said again after the first."""
    source: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    """Where it came from: message or event ids, a conversation turn id."""
    created_at: Mapped[float] = mapped_column(Double)
    """UTC epoch seconds, like event times."""
    updated_at: Mapped[float] = mapped_column(Double)
    valid_from: Mapped[float | None] = mapped_column(Double)
    valid_to: Mapped[float | None] = mapped_column(Double)
    """When it stopped being true (set when superseded); NULL while it holds."""
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("memories.id", ondelete="SET NULL"))
    used_at: Mapped[float | None] = mapped_column(Double)
    """When it last went into an answer or was said again (its disuse counts from then)."""
    terms: Mapped[str] = mapped_column(Text, default="")
    context_terms: Mapped[str | None] = mapped_column(Text)
    """Index terms of the surroundings (neighbouring turns), searched with a lower weight."""
    embedding: Mapped[np.ndarray | None] = mapped_column(EmbeddingType)
    meta: Mapped[dict[str, Any] | None] = mapped_column(JsonType)


class DocumentRecord(Base):
    """One of a tenant's documents (FAQ, policy, manual) in the knowledge base, by where it came from."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("tenant_id", "source"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(1024))
    """The path or URL it was read from: ingesting the same source again replaces it."""
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    """markdown, text, html or pdf."""
    digest: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the file's bytes: the same bytes again are left as they are."""
    language: Mapped[str] = mapped_column(String(8), default="en")
    chars: Mapped[int] = mapped_column(Integer, default=0)
    domains: Mapped[str | None] = mapped_column(String(200), nullable=True)
    """The assistant domains it answers in, comma-separated ("customer_service"); None: all of them."""
    created_at: Mapped[float] = mapped_column(Double)
    updated_at: Mapped[float] = mapped_column(Double)


class PassageRecord(Base):
    """A passage of a document, searched by full text (SQLite FTS5 ``passage_fts`` kept by triggers,
    terms prefixed by the tenant's id; a Postgres ``tsvector`` column) and by its vector (migration 0013)."""

    __tablename__ = "passages"
    __table_args__ = (Index(None, "tenant_id"), Index(None, "document_id"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    """Its place in the document, from 0."""
    heading: Mapped[str | None] = mapped_column(Text)
    """The headings above it ("Returns › Refund timing")."""
    text: Mapped[str] = mapped_column(Text)
    terms: Mapped[str] = mapped_column(Text, default="")
    embedding: Mapped[np.ndarray | None] = mapped_column(EmbeddingType)


class Conversation(Base):
    """A conversation between one user and the assistant."""

    __tablename__ = "conversations"
    __table_args__ = (Index(None, "user_id", "updated_at"), {"sqlite_autoincrement": True})

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    domain: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[float] = mapped_column(Double)
    updated_at: Mapped[float] = mapped_column(Double)


class Turn(Base):
    """One message of a conversation: the user's, or the assistant's answer with its why report."""

    __tablename__ = "turns"
    __table_args__ = (
        Index(None, "conversation_id", "id"),
        Index(None, "user_id", "id"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    """``user`` or ``assistant``."""
    text: Mapped[str] = mapped_column(Text)
    ts: Mapped[float] = mapped_column(Double)
    why: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    """For answers: what went into the prompt and what it cost (the why report)."""
    rating: Mapped[float | None] = mapped_column(Double)
    """The user's feedback on an answer: +1 / -1, or a rating."""


class ApiKey(Base):
    """A credential for the HTTP API, bound to one tenant and optionally to one of its users.

    Only a SHA-256 digest of the key is stored; the key itself is shown once, when created.
    """

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(128))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    user_external_id: Mapped[str | None] = mapped_column(String(256))
    """Set for an end-user token: it can reach only this user's data."""
    created_at: Mapped[float] = mapped_column(Double)
    revoked_at: Mapped[float | None] = mapped_column(Double)
    rate_per_minute: Mapped[int | None] = mapped_column(Integer)
    """Requests a minute this key may make; None: the server's default (``server.rate_per_minute``)."""


class TenantSecret(Base):
    """A tenant's random secrets, apart from the rows they protect: the key of its audit digests."""

    __tablename__ = "tenant_secrets"

    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True)
    audit_key: Mapped[str] = mapped_column(String(64))
    """Hex of 32 random bytes: the HMAC key of ``AuditEntry.subject``."""


class AuditEntry(Base):
    """Who read or changed which user's data, and when.

    The user is recorded as a digest (``subject``) keyed by the tenant's secret audit key, never by id,
    so the log survives the user's erasure without keeping who they were; while the user exists an entry
    can be found by digesting the id again. Erase replaces the user's digests with random ones.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "tenant_id", "subject", "ts"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    ts: Mapped[float] = mapped_column(Double)
    actor: Mapped[str] = mapped_column(String(160))
    """The API key's row id (``key:<id>``; a key's name may name a person) or ``cli``."""
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(64))


class AdapterRecord(Base):
    """A trained LoRA adapter: whose, on which base model, from which data, how it scored, where it is."""

    __tablename__ = "adapters"
    __table_args__ = (Index(None, "tenant_id", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    """The user it is for; None for a segment's adapter."""
    segment: Mapped[str | None] = mapped_column(String(160))
    base_digest: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the base model file it was trained on (it is used only on that model)."""
    data_from: Mapped[float] = mapped_column(Double)
    data_to: Mapped[float] = mapped_column(Double)
    examples: Mapped[int] = mapped_column(Integer)
    metrics: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[float] = mapped_column(Double)


class AdapterSource(Base):
    """Whose data an adapter may have learned from (its user, or its segment's consenting members when it
    was trained): erasing any of them deletes the adapter, a segment's too."""

    __tablename__ = "adapter_sources"

    adapter_id: Mapped[int] = mapped_column(ForeignKey("adapters.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
