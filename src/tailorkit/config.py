"""Settings: the one place where tailorkit reads its configuration.

Values come from, highest priority first: keyword arguments, environment variables with the prefix
``TAILORKIT_`` (``__`` separates nested fields, e.g. ``TAILORKIT_INGEST__BATCH_SIZE``), and a TOML file
that is read only when asked for (``Settings.load("tailorkit.toml")`` or ``TAILORKIT_CONFIG``).
Nothing here touches the disk or the network at import time.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tomllib
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

__all__ = [
    "AssistantSettings",
    "IngestSettings",
    "JobSettings",
    "KnowledgeSettings",
    "LLMSettings",
    "MemorySettings",
    "PrivacySettings",
    "ProfileSettings",
    "ServerSettings",
    "Settings",
    "StoreSettings",
    "TuningSettings",
    "UpstreamSettings",
    "contained",
    "path_part",
    "remove_within",
]

_toml_values: ContextVar[dict[str, Any] | None] = ContextVar("_toml_values", default=None)


def path_part(name: str) -> str:
    """A tenant, user, item or segment id as one folder or file name that cannot leave its parent.

    The name is the id's ASCII letters and digits (at most 32, for a person reading the folder) and a
    digest of the whole id: ids that differ never share a name ("a/b" and "a_b"), and no id becomes
    ``.``, ``..``, empty, or a path with a separator, whatever it holds.
    """
    readable = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in name)[:32]
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return f"{readable}-{digest}" if readable.strip("_") else digest


def contained(path: Path, root: Path) -> bool:
    """Whether ``path`` lies strictly inside ``root`` once links and ``..`` are resolved."""
    target, base = path.resolve(), root.resolve()
    return target != base and target.is_relative_to(base)


def remove_within(path: Path, root: Path) -> bool:
    """Delete the file or folder ``path`` if it lies strictly inside ``root``; returns whether something
    was deleted. A path outside ``root`` (or ``root`` itself) is never touched: every delete that a user,
    tenant or item id leads to goes through here."""
    if not contained(path, root):
        return False
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
        return True
    if path.exists() or path.is_symlink():
        path.unlink()
        return True
    return False


class StoreSettings(BaseModel):
    """How the store talks to its database."""

    busy_timeout_ms: int = Field(10_000, ge=0)
    """SQLite: how long a writer waits for a lock held by another process before giving up."""
    sqlite_cache_mb: int = Field(64, ge=1)
    """SQLite page cache per connection; bulk inserts into large tables slow down when indexes outgrow it."""
    pool_size: int = Field(12, ge=1)
    """Connections each process keeps open (the server's request threads share them). Past it, up to as
    many again are opened for a moment and closed, which costs a SQLite connection's setup each time."""
    echo: bool = False
    """Log every SQL statement (for debugging)."""


class IngestSettings(BaseModel):
    """How files and records are loaded into the store."""

    batch_size: int = Field(50_000, ge=1, le=1_000_000)
    """Rows per batch; each batch is written in one transaction."""
    max_reported_errors: int = Field(20, ge=1)
    """How many problems an ingest error lists before it stops counting them one by one."""


class ProfileSettings(BaseModel):
    """How profiles weigh what users do."""

    half_life_days: float = Field(365.0, gt=0)
    """An event's weight halves every this many days (relative to the user's newest event)."""


class MemorySettings(BaseModel):
    """How memories are searched and reconciled (search weights were tuned on LoCoMo conversations 1-3)."""

    text_weight: float = Field(1.0, ge=0)
    """Weight of the full-text ranking in the fused score."""
    vector_weight: float = Field(1.25, ge=0)
    """Weight of the embedding-similarity ranking."""
    recency_weight: float = Field(0.0, ge=0)
    """Weight of the newest-first ranking (among the candidates the other two found)."""
    importance_weight: float = Field(0.0, ge=0)
    """Weight of the most-important-first ranking (stated preferences and constraints first)."""
    context_weight: float = Field(0.5, ge=0)
    """Full-text weight of a memory's surroundings (neighbouring turns) relative to its own words."""
    subject_boost: float = Field(0.01, ge=0)
    """Added to memories about someone the query names (a relation, a speaker)."""
    rrf_k: int = Field(5, ge=1)
    """Reciprocal-rank-fusion constant: higher flattens the difference between ranks."""
    candidates: int = Field(50, ge=1, le=1000)
    """How many candidates each ranking contributes before fusion."""
    duplicate_similarity: float = Field(0.92, gt=0, le=1)
    """Cosine similarity above which a new memory reinforces an existing one instead of adding."""
    forget_similarity: float = Field(0.6, gt=0, le=1)
    """Similarity a memory needs to a "forget that ..." request (besides a shared word) to be deleted."""
    domain_weight: float = Field(1.0, ge=0)
    """Weight of the ranking by what a preference in the request's everyday domains would say
    (``memory._domains``: "a dinner recipe" looks for vegan, allergic, spicy ...)."""
    half_life_days: float = Field(180.0, gt=0)
    """A memory's importance halves every this many days it goes unused (not in an answer, not said
    again); pinned ones never decay."""
    standing_weight: float = Field(2.0, ge=0)
    """Weight, for a request for advice (``memory._domains.seeks_advice``) or any other request about the
    user's own life now (not about the past, not about someone it names: "Planning a holiday for
    August."), of the ranking of what the user stated as lasting (preferences, constraints, conditions,
    habits): they apply to it whatever its words."""
    instruction_weight: float = Field(1.0, ge=0)
    """Weight, for any request (a question, a request for advice, one about the user's own life), of the
    ranking of the user's instructions ("Give me the answer first, then the reasoning", "Use metric with
    me", 先说结论): what they asked of every answer applies to this one whatever its words. Ranked as the
    standing ones are, by how well the other rankings placed them; the text ranking's weight, so that they
    join the first memories found without taking all their places."""
    time_weight: float = Field(1.0, ge=0)
    """Weight, for a query that names a time ("in May 2023", "on 7 July", "2023年5月"), of the ranking of
    the memories said then (or within the week after)."""
    hop_weight: float = Field(1.0, ge=0)
    """Weight of the second hop: the memories that share words (people, places, things) with the first
    ``hop_from`` found, so that a question about one reaches the other ("where did she move from?"
    finds "I moved from my home country" and then "my home country, Sweden"). LoCoMo conversations 1-3
    through the chat path: multi-hop recall@10 +0.02, open-domain +0.03, single-hop -0.005."""
    hop_from: int = Field(5, ge=1, le=20)
    """How many of the best memories the second hop starts from (the words they share, what was said
    around them)."""
    near_weight: float = Field(0.75, ge=0)
    """Weight of what the user said around the first ``hop_from`` memories found (the same message, the
    message just before and just after, in the same sitting): what a question's answer is told beside
    ("Where did you get Pixie?" -> "I found a breeder nearby", said right after the puppy's name).
    LoCoMo conversations 1-3 through the chat path, with ``hop_from`` 5 (from 3): recall@10 0.800 ->
    0.821 (held-out 4-6: 0.728 -> 0.747)."""
    near_gap_s: float = Field(1800.0, gt=0)
    """How far apart (seconds) two messages may be and still be said around each other."""
    name_weight: float = Field(1.0, ge=0)
    """Weight of the memories that name who a request names by role: the names the user gave their dogs,
    their sister ("What has Andrew done with his dogs?" -> "Buddy and I have a great time doing walks";
    ``memory._names``)."""
    keep_episodes: bool = True
    """Keep what no rule understood in the user's own words (``memory._keep``); off: rules only."""


class UpstreamSettings(BaseModel):
    """An OpenAI-compatible model server that ``/v1/chat/completions`` proxies to when a request names it."""

    base_url: str
    """Its API root, e.g. ``http://127.0.0.1:8080/v1``."""
    model: str | None = None
    """The model name it knows (default: the name the request used)."""
    api_key: str | None = Field(None, repr=False)
    timeout_s: float = Field(120.0, gt=0)


class LLMSettings(BaseModel):
    """Which chat model answers, and how it is reached."""

    backend: str = "llama-cpp"
    """A registered chat backend: ``llama-cpp`` (in process), ``openai`` (any OpenAI-compatible server),
    ``transformers``, or a plugin's."""
    model_path: Path | None = None
    """llama.cpp: the GGUF file; default: the bundled SmolLM2-135M-Instruct."""
    context_size: int = Field(2048, ge=256)
    """llama.cpp: tokens of context (prompt and answer together)."""
    threads: int | None = Field(None, ge=1)
    """llama.cpp: CPU threads; default: its own choice."""
    base_url: str | None = None
    """openai: the API root, e.g. ``http://127.0.0.1:11434/v1`` for Ollama."""
    api_key: str | None = Field(None, repr=False)
    model: str = "default"
    """openai: the model name the server knows."""
    timeout_s: float = Field(60.0, gt=0)
    retries: int = Field(2, ge=0)
    max_tokens: int = Field(256, ge=1)
    """Answer length limit."""
    temperature: float = Field(0.3, ge=0, le=2)
    embedding_model: Path | None = None
    """A sentence-transformers folder; default: the bundled all-MiniLM-L6-v2."""
    upstreams: dict[str, UpstreamSettings] = Field(default_factory=dict)
    """Model servers by the name a request's ``model`` gives: ``/v1/chat/completions`` personalises such a
    request and forwards it (tools and all), streaming as it arrives; ``/v1/models`` lists them."""
    embedding_backend: Literal["onnx", "torch"] = "onnx"
    """What runs the embedding model: ``onnx`` (ONNX Runtime, about 3x faster on short texts; falls back
    to torch where the model does not export) or ``torch``."""
    embedding_precision: Literal["int8", "fp32"] = "int8"
    """On ONNX Runtime: ``int8`` quantizes the model's weights once per machine (kept where its vectors
    stay within cosine 0.97 of full precision; all-MiniLM-L6-v2: 0.993 on average), for half the CPU per
    passage and a query in about a third of the time; ``fp32`` keeps full precision."""


class AssistantSettings(BaseModel):
    """What goes into a prompt, and how long answers may be."""

    domain: str = "general"
    """Default template: general, customer_service, content_recommendation, tutoring, health_coaching."""
    context_tokens: int = Field(768, ge=64)
    """Token budget for the user data and earlier turns (the template and the message come on top)."""
    memories: int = Field(5, ge=0, le=50)
    recommendations: int = Field(5, ge=0, le=50)
    recent_turns: int = Field(6, ge=0, le=100)
    max_tokens: int = Field(256, ge=1)
    short_answer_tokens: int = Field(128, ge=1)
    """Length limit for a closed question ("Is ...?", "When does ...?", "How much ...?", "...吗？"): its
    answer is a sentence or two, and a small model given more room fills it."""
    temperature: float = Field(0.3, ge=0, le=2)
    frequency_penalty: float = Field(0.0, ge=-2, le=2)
    """Lowers the odds of a token by how often the answer already used it (OpenAI's meaning)."""
    presence_penalty: float = Field(0.0, ge=-2, le=2)
    """Lowers the odds of any token the answer already used."""
    catalogue_domains: list[str] = Field(default_factory=lambda: ["media"])
    """The everyday domains the catalogue's items belong to (``memory._domains``: media, food, drink,
    exercise, travel, money, tech ...): a request for suggestions that asks only in other domains ("any
    drinks you'd suggest?") gets no items. Empty: every request for suggestions gets items."""
    structured: Literal["auto", "on", "off"] = "auto"
    """How an answer that recommends items is written: ``on``, the model writes the lead-in sentences and
    the assistant writes each item's line from the catalogue (title, year, genres, the recommender's
    reason); ``off``, the model writes freely (checked against the catalogue either way); ``auto``, on
    for a model that says it is small (the bundled one), off for the others (a model server)."""
    confirm_memories: bool = True
    """An answer ends by saying what the message gave the user's memory ("(Noted: Dislikes horror
    films.)"), so that the user sees what is kept and can correct it; an episode (their words kept as
    said) is not announced."""
    structured_tokens: int = Field(60, ge=8)
    """Length limit of the model's lead-in in a structured answer."""
    small_model_languages: list[str] = Field(default_factory=lambda: ["en"])
    """The languages a small model (one ``structured: auto`` treats as small) writes in. To a message in
    another language the assistant writes the whole answer: its own lead-in above items and quotes, and
    where there are none, that it cannot answer that well. The bundled SmolLM2-135M writes no usable
    Chinese ("我是一个独立的疾病，我爱你" to "我膝盖疼"). Add ``zh`` for a small model that does."""
    second_try: bool = True
    """When lines of the model's answer suggest what the user keeps away from (``assistant._aversions``:
    chicken to a vegetarian, running to bad knees), ask it once more with what they went against restated
    at the end of the message, and keep the answer with fewer such lines (the first on a tie); the lines
    that still go against are left out either way. A streamed answer is asked again at its first such line
    if no list line went out yet (what went out stays; the second answer's lead-in is left out), else its
    lines that go against are only left out."""
    anonymous_recommendations: bool = True
    """Whether the non-personalised mode (an OpenAI-style request naming no user, ``personalised=False``)
    lists the catalogue's most popular items to a request for some: it has no user context at all (no
    profile, no memories), but a visitor asking for a film gets real ones, not what a small model makes up
    ("The Matrix ... continues the narrative of the movie 21"). False: no items either."""


class KnowledgeSettings(BaseModel):
    """The tenant's documents (``tailorkit ingest docs``) and how answers use them."""

    domains: list[str] = Field(default_factory=lambda: ["customer_service", "tutoring", "health_coaching"])
    """Domains whose answers are grounded on the documents (a request may ask for them in any domain)."""
    passages: int = Field(3, ge=0, le=20)
    """Passages put into a prompt."""
    passage_chars: tuple[int, int] = (200, 700)
    """A passage's size range in characters (a third for Chinese)."""
    embed_chars: int = Field(240, ge=32)
    """Characters of a passage (after its title and headings) its vector is computed from; the full
    text is in the full-text index. About 64 tokens: on the FAQ set as good as 128 or 256, at twice and
    three times their ingest rate."""
    rrf_k: float = Field(5.0, gt=0)
    """Reciprocal-rank fusion of the full-text and vector rankings: 1 / (rrf_k + rank), weighted."""
    text_weight: float = Field(1.0, ge=0)
    vector_weight: float = Field(1.5, ge=0)
    """Chosen on the FAQ set (``tailorkit eval knowledge``): recall@1 0.73 at 1.0, 0.78 at 1.5."""
    min_similarity: float = Field(0.35, ge=-1, le=1)
    """A passage that shares no word with the question is given only when its embedding is at least
    this similar: "explain photosynthesis" to a shop's help pages finds none (at most 0.28 for twelve
    off-topic questions; the FAQ set's answering passages found by meaning alone: 0.39-0.62)."""
    per_shared_word: float = Field(0.15, ge=0, le=1)
    """Each word a passage shares with an English question lowers the similarity it needs by this much:
    one shared word alone made any passage a source ("Pick a movie for our Halloween night in" got the
    shop's "Click and collect", "night" being in its opening hours). The 1,580 questions of the preference
    sets, none about a shop: 71% of the English ones were given the shop's passages when one shared word
    did, 18% now; the FAQ set's answering passages all still pass (the least similar with one shared
    word: 0.28). Chinese questions keep sharing a word or two characters: the bundled MiniLM's Chinese
    similarities do not tell them apart."""
    common_share: float = Field(0.25, gt=0, le=1)
    """A word in more than this share of the tenant's passages (of 20 or more) is too common to count as
    one shared (``per_shared_word``): "order", in half a shop's pages, made "Click and collect › Picking
    up in store" a source for "my order arrived but the blender jar is cracked". English questions of the
    preference sets given the shop's passages: 18% when every shared word counted, 15% now; the FAQ set's
    recall unchanged."""
    min_similarity_zh: float = Field(0.6, ge=-1, le=1)
    """The same for a Chinese question: the bundled MiniLM reads Chinese poorly, and unrelated Chinese
    sentences reach 0.5 ("法国的首都是哪里？" against the shop's pages)."""
    extract_overlap: float = Field(0.05, ge=0)
    """A structured answer quotes the sentence of the passages closest to the question in meaning; each
    word it shares with the question adds this much to the cosine similarity."""
    extract_overlap_zh: float = Field(0.5, ge=0)
    """The same for a Chinese question, per character of meaning shared (``text.content_characters``):
    Chinese paraphrases share characters more than words, and the bundled MiniLM reads Chinese poorly.
    On the FAQ set's 10 Chinese questions the quote came from the answering passage 7 times at 0.5 (from
    0.3 to 2.0 alike), 5 times by words."""
    extract_for_the_user: float = Field(0.1, ge=0)
    """... and each sentence of a passage written for what the user lives with ("Losing weight › While
    breastfeeding" to a client who is) this much: "How many calories should I eat?" from a breastfeeding
    client quoted the 500 kcal a day deficit for anyone, which shares "calories" with it."""
    extract_for_the_user_zh: float = Field(1.0, ge=0)
    """The same for a Chinese question (two characters of meaning shared: "一天吃多少比较合适？" shares 合适
    and 天 with the deficit's section)."""
    second_quote_within: float = Field(0.1, ge=0)
    """A structured answer also quotes the best sentence of another section when its score is within
    this much of the best one's: the bundled MiniLM often ranks the answering sentence a close second
    ("My card was declined": "Your card is authorised when..." 0.62, "Your order stays reserved for 48
    hours..." 0.51). On the FAQ set: the answering passage quoted for 52 of 60 questions with one quote,
    55 at 0.1 with 18 answers quoting two (0.05: 53 with 2; 0.2: 57 with 39). 0 quotes one."""
    second_quote_within_zh: float = Field(0.4, ge=0)
    """The same for a Chinese question, whose scores count shared characters (0.5 each)."""


class PrivacySettings(BaseModel):
    """What is kept about users."""

    redact_pii: bool = True
    """Replace emails, phone numbers, card numbers and Chinese resident ID numbers with placeholders
    before memories and conversation logs are stored (on by default: what a user types in passing, "My
    email is ruth.k@example.com", is kept in their own words when no rule reads it, and such words are
    not for keeping; the application holds its users' contact details itself)."""
    retrain_on_erase: bool = True
    """After an erase, fit the newest recommender of each algorithm again without the user (so no item
    parameter keeps what it learned from them) and delete the older versions' files and registry rows.
    Off: the saved models only forget the user's own rows until the next training."""


class ServerSettings(BaseModel):
    """The HTTP API."""

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    max_body_bytes: int = Field(10 * 2**20, ge=1024)
    """Larger request bodies are refused (413)."""
    max_batch: int = Field(10_000, ge=1)
    """Most events, users or items in one request."""
    rate_per_minute: int = Field(600, ge=1)
    """Requests one API key may make in any minute (429 beyond); a key may have its own (``--rate``)."""
    key_cache_s: float = Field(5.0, ge=0)
    """How long a server process trusts an application key it has checked, without asking the store
    again: a revoked application key keeps working on a running server for at most this long (0: ask on
    every request). End-user tokens are checked on every request, so an erase takes theirs at once."""
    why_keep_s: float = Field(86_400.0, gt=0)
    """How long the why report of an answer of the OpenAI-compatible route stays readable (``GET
    /api/why/{id}``, from any worker; an erase takes the user's at once)."""
    log_format: Literal["text", "json"] = "text"
    """The server's log lines: uvicorn's text, or one JSON object a line (for a log collector); either
    way without user ids or query text."""
    rate_limit_storage: str = "memory://"
    """Where the request counts live (a ``limits`` storage URI): ``memory://`` counts in this process;
    ``redis://host:6379`` shares one count across every worker behind a load balancer."""


class JobSettings(BaseModel):
    """Background jobs: training, scheduled retraining, profile rebuilds, the refits after an erase."""

    queue: str = ""
    """Where the job queue lives: empty for the store's own (a SQLite file beside a SQLite store, the
    store's PostgreSQL database), ``redis://host:6379/0``, or ``immediate`` (a job runs as it is
    submitted, in the submitting process: for tests and scripts)."""
    in_server: bool | None = None
    """Whether ``tailorkit serve`` runs jobs in threads of its own; default: yes over SQLite (one
    process), no over PostgreSQL (run ``tailorkit worker`` processes)."""
    threads: int = Field(1, ge=1)
    """Jobs one worker process runs at once."""
    max_attempts: int = Field(3, ge=1)
    """A failing job is tried this many times, waiting ``retry_delay_s`` (doubled each time) between."""
    retry_delay_s: float = Field(2.0, ge=0)
    stale_after_s: float = Field(60.0, gt=0)
    """A running job whose worker has not said it is alive for this long is run again elsewhere."""
    schedule: dict[str, str] = Field(default_factory=dict)
    """Scheduled retraining of the tenant: algorithm -> cron ("0 3 * * *": 03:00 UTC each day)."""

    @field_validator("schedule")
    @classmethod
    def _cron(cls, schedule: dict[str, str]) -> dict[str, str]:
        for algorithm, when in schedule.items():
            if len(when.split()) != 5 or not re.fullmatch(r"[0-9*/,\- ]+", when):
                raise ValueError(
                    f"jobs.schedule.{algorithm}: {when!r} is not a cron of five fields "
                    "(minute hour day month weekday, e.g. '0 3 * * *')"
                )
        return schedule


class TuningSettings(BaseModel):
    """Per-user LoRA adapters (the ``[tune]`` extra)."""

    rank: int = Field(8, ge=1, le=256)
    alpha: int = Field(16, ge=1)
    target_modules: tuple[str, ...] = ("q_proj", "v_proj")
    steps: int = Field(60, ge=1)
    learning_rate: float = Field(2e-3, gt=0)
    batch_size: int = Field(8, ge=1)
    max_length: int = Field(128, ge=8)
    """Tokens per training text (longer ones are cut)."""
    eval_every: int = Field(10, ge=1)
    patience: int = Field(2, ge=1)
    """Evaluations without a better held-out loss before training stops."""
    held_out: float = Field(0.2, gt=0, lt=1)
    """The newest share of a user's texts, kept for evaluation."""
    min_examples: int = Field(30, ge=2)
    """Fewer texts than this and no adapter is trained."""
    min_gain: float = Field(0.02, ge=0)
    """An adapter is kept only if it cuts held-out perplexity by at least this share."""
    seed: int = 0


class _TomlSource(PydanticBaseSettingsSource):
    """Values from the TOML file passed to ``Settings.load`` (lowest priority)."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(_toml_values.get() or {})


class Settings(BaseSettings):
    """Everything tailorkit can be configured with."""

    model_config = SettingsConfigDict(
        env_prefix="TAILORKIT_", env_nested_delimiter="__", extra="forbid", validate_default=True
    )

    data_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("tailorkit")))
    """Where the SQLite database, models, adapters and reports live."""
    database_url: str | None = None
    """SQLAlchemy URL of the database; default: ``sqlite:///<data_dir>/tailorkit.db``."""
    datasets_dir: Path | None = None
    """Folder holding public data sets (``movielens-100k/``, ``locomo/`` ...) for ``datasets load``."""
    tenant: str = Field("default", min_length=1, max_length=128)
    """The tenant that commands and the Python API act for unless told otherwise."""
    store: StoreSettings = Field(default_factory=StoreSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    profiles: ProfileSettings = Field(default_factory=ProfileSettings)
    memory: MemorySettings = Field(default_factory=MemorySettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    assistant: AssistantSettings = Field(default_factory=AssistantSettings)
    knowledge: KnowledgeSettings = Field(default_factory=KnowledgeSettings)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    jobs: JobSettings = Field(default_factory=JobSettings)
    tuning: TuningSettings = Field(default_factory=TuningSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, _TomlSource(settings_cls)

    @classmethod
    def load(cls, config_file: str | Path | None = None, **overrides: Any) -> Settings:
        """Build settings, reading a TOML file only when one is named.

        Args:
            config_file: a ``tailorkit.toml``; when None, ``TAILORKIT_CONFIG`` may name one.
            **overrides: field values that beat both the environment and the file.

        Returns:
            The validated settings.

        Raises:
            ConfigError: the file is missing or malformed, or a value is invalid.
        """
        from tailorkit.errors import ConfigError

        path = config_file or os.environ.get("TAILORKIT_CONFIG")
        values: dict[str, Any] = {}
        if path:
            path = Path(path)
            try:
                values = tomllib.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise ConfigError(f"{path}: config file not found") from None
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: not valid TOML: {exc}") from None
            values = values.get("tailorkit", values)
        token = _toml_values.set(values)
        try:
            return cls(**overrides)
        except ValidationError as exc:
            where = f" (from {path} or the environment)" if path else " (from the environment)"
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"setting {loc!r}: {first['msg']}{where}") from None
        finally:
            _toml_values.reset(token)

    def adapter_dir(self, tenant: str, owner: str) -> Path:
        """Where the LoRA adapters of one user (or segment) of a tenant live."""
        return self.data_dir / "adapters" / path_part(tenant) / path_part(owner)

    def resolved_database_url(self) -> str:
        """The database URL in use: the configured one, or the SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'tailorkit.db').as_posix()}"
