"""Storage: the schema, connections, migrations and tenant-scoped repositories."""

from tailorkit.store._activity import Conversations, Events, Items
from tailorkit.store._connect import create_db_engine, has_sqlite_vec, migrate, sqlite_module
from tailorkit.store._ids import CONTROL_CHARACTERS, MAX_ID, external_id
from tailorkit.store._jobs import Jobs, stalled_jobs
from tailorkit.store._memories import (
    Memories,
    UserMemories,
    delete_memories,
    fts_search,
    insert_memories,
    memory_rows,
    update_memories,
    vector_search,
)
from tailorkit.store._profiles import Profiles, StoredProfile
from tailorkit.store._schema import (
    AdapterRecord,
    AdapterSource,
    ApiKey,
    AuditEntry,
    Base,
    Conversation,
    Event,
    Item,
    MemoryRecord,
    ModelRecord,
    ProfileFeature,
    ProfileStats,
    Tenant,
    TenantSecret,
    Turn,
    User,
)
from tailorkit.store._scope import Adapters, AuditLog, Keys, Models, Scope, Users
from tailorkit.store._staging import EventStage
from tailorkit.store._store import Stats, Store

__all__ = [
    "CONTROL_CHARACTERS",
    "MAX_ID",
    "AdapterRecord",
    "AdapterSource",
    "Adapters",
    "ApiKey",
    "AuditEntry",
    "AuditLog",
    "Base",
    "Conversation",
    "Conversations",
    "Event",
    "EventStage",
    "Events",
    "Item",
    "Items",
    "Jobs",
    "Keys",
    "Memories",
    "MemoryRecord",
    "ModelRecord",
    "Models",
    "ProfileFeature",
    "ProfileStats",
    "Profiles",
    "Scope",
    "Stats",
    "Store",
    "StoredProfile",
    "Tenant",
    "TenantSecret",
    "Turn",
    "User",
    "UserMemories",
    "Users",
    "create_db_engine",
    "delete_memories",
    "external_id",
    "fts_search",
    "has_sqlite_vec",
    "insert_memories",
    "memory_rows",
    "migrate",
    "sqlite_module",
    "stalled_jobs",
    "update_memories",
    "vector_search",
]
