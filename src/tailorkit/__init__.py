"""tailorkit: make an LLM assistant personal to each user of an application."""

from tailorkit.config import Settings
from tailorkit.engine import Engine
from tailorkit.errors import (
    ConfigError,
    DatasetNotFoundError,
    IngestError,
    InputError,
    ItemNotFoundError,
    MissingExtraError,
    NotFoundError,
    Problem,
    StoreError,
    TailorkitError,
    UserNotFoundError,
)

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "DatasetNotFoundError",
    "Engine",
    "IngestError",
    "InputError",
    "ItemNotFoundError",
    "MissingExtraError",
    "NotFoundError",
    "Problem",
    "Settings",
    "StoreError",
    "TailorkitError",
    "UserNotFoundError",
    "__version__",
]
