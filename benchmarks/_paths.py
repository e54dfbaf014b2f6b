"""Where the benchmarks find the shared data sets."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def datasets_dir() -> Path:
    """``TAILORKIT_DATASETS_DIR``, or ``../shared/data`` beside the checkout."""
    return Path(os.environ.get("TAILORKIT_DATASETS_DIR", ROOT.parent / "shared" / "data"))
