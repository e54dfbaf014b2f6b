from pathlib import Path

import pytest

from tailorkit import ConfigError, Settings


def test_environment_sets_fields_with_prefix_and_nesting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TAILORKIT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TAILORKIT_INGEST__BATCH_SIZE", "123")
    monkeypatch.setenv("TAILORKIT_TENANT", "acme")
    s = Settings.load()
    assert s.data_dir == tmp_path
    assert s.ingest.batch_size == 123
    assert s.tenant == "acme"
    assert s.resolved_database_url() == f"sqlite:///{tmp_path.as_posix()}/tailorkit.db"


def test_database_url_overrides_the_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAILORKIT_DATABASE_URL", "postgresql://u@h/db")
    assert Settings.load().resolved_database_url() == "postgresql://u@h/db"


def test_toml_file_is_read_only_when_named_and_env_beats_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cfg = tmp_path / "tailorkit.toml"
    cfg.write_text('tenant = "from-file"\n[ingest]\nbatch_size = 77\n', encoding="utf-8")
    assert Settings.load().ingest.batch_size != 77
    s = Settings.load(cfg)
    assert (s.tenant, s.ingest.batch_size) == ("from-file", 77)
    monkeypatch.setenv("TAILORKIT_TENANT", "from-env")
    assert Settings.load(cfg).tenant == "from-env"
    assert Settings.load(cfg, tenant="explicit").tenant == "explicit"


def test_bad_values_and_files_raise_config_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TAILORKIT_INGEST__BATCH_SIZE", "zero")
    with pytest.raises(ConfigError, match=r"ingest\.batch_size"):
        Settings.load()
    monkeypatch.delenv("TAILORKIT_INGEST__BATCH_SIZE")
    with pytest.raises(ConfigError, match="not found"):
        Settings.load(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("tenant = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Settings.load(bad)


def test_importing_does_no_work(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = "import tailorkit, tailorkit.cli, tailorkit.data, tailorkit.store; print('ok')"
    env = {"TAILORKIT_DATA_DIR": str(tmp_path / "never"), "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "ok"
    assert not (tmp_path / "never").exists()
