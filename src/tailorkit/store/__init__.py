"""Storage: the schema, connections, migrations and tenant-scoped repositories."""

from tailorkit.store._connect import create_db_engine, migrate, sqlite_module
from tailorkit.store._schema import (
    Base,
    Event,
    Item,
    MemoryRecord,
    ModelRecord,
    ProfileFeature,
    ProfileStats,
    Tenant,
    User,
)
from tailorkit.store._staging import EventStage
from tailorkit.store._store import Stats, Store

__all__ = [
    "Base",
    "Event",
    "EventStage",
    "Item",
    "MemoryRecord",
    "ModelRecord",
    "ProfileFeature",
    "ProfileStats",
    "Stats",
    "Store",
    "Tenant",
    "User",
    "create_db_engine",
    "migrate",
    "sqlite_module",
]
