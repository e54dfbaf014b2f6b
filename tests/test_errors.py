import pytest

from tailorkit import (
    DatasetNotFoundError,
    IngestError,
    InputError,
    MissingExtraError,
    NotFoundError,
    Problem,
    TailorkitError,
    UserNotFoundError,
)


def test_lookup_failures_are_key_errors_with_readable_messages() -> None:
    err = UserNotFoundError("no user 'x' in tenant 'default'")
    assert isinstance(err, KeyError) and isinstance(err, NotFoundError) and isinstance(err, TailorkitError)
    assert str(err) == "no user 'x' in tenant 'default'"
    assert issubclass(DatasetNotFoundError, KeyError)


def test_ingest_error_names_the_first_problem_and_counts_the_rest() -> None:
    problems = [Problem("a.csv", 3, "rating", "not a number: 'x'"), Problem("a.csv", 9, None, "bad")]
    err = IngestError(problems, total=5)
    assert isinstance(err, InputError) and isinstance(err, ValueError)
    assert str(err).startswith("a.csv:3: field 'rating': not a number: 'x' (and 4 more problems)")
    assert "nothing was written" in str(err)


def test_missing_extra_names_the_extra() -> None:
    err = MissingExtraError("torch", "tune", "LoRA training")
    assert isinstance(err, ImportError)
    assert "pip install 'tailorkit[tune]'" in str(err)


def test_error_class_names_do_not_shadow_builtins() -> None:
    import builtins

    import tailorkit.errors

    for name in tailorkit.errors.__all__:
        assert not hasattr(builtins, name), name


def test_problem_without_line_or_field() -> None:
    assert str(Problem("x.jsonl", 0, None, "empty file")) == "x.jsonl: empty file"
    with pytest.raises(AttributeError):
        Problem("a", 1, None, "m").line = 2  # type: ignore[misc]


def example(cls: type[TailorkitError]) -> TailorkitError:
    """An instance of any error class, whatever its constructor takes."""
    from tailorkit.errors import ApiError, ChatModelError, ExtractionError

    if issubclass(cls, IngestError):
        return cls([Problem("a.csv", 2, "user", "missing value")])
    if cls is MissingExtraError:
        return cls("psycopg", "postgres", "A PostgreSQL store")
    if cls is ExtractionError:
        return cls("msg", "out", "not JSON", 3)
    if cls is ApiError:
        return cls(429, "rate_limited", "slow down")
    if cls is ChatModelError:
        return cls("model down", status=500)
    return cls("something is wrong")


def test_every_error_answers_http_from_its_own_class(tmp_path: object) -> None:
    """The server maps errors from one table: the classes' own status and code; every class is in it."""
    import inspect
    from pathlib import Path

    from fastapi.testclient import TestClient

    import tailorkit.errors as errors
    from tailorkit import Engine, Settings
    from tailorkit.server import create_app
    from tailorkit.testing import FakeChat

    classes = [c for c in vars(errors).values() if inspect.isclass(c) and issubclass(c, TailorkitError)]
    assert {c.__name__ for c in classes} <= set(errors.__all__)  # every error is public
    folder = Path(str(tmp_path))
    engine = Engine.open(folder / "e.db", Settings(data_dir=folder))
    app = create_app(engine.store, engine.settings, model=FakeChat())
    raised: dict[str, TailorkitError] = {c.__name__: example(c) for c in classes}

    @app.get("/raise/{name}")
    def boom(name: str) -> None:
        raise raised[name]

    client = TestClient(app, raise_server_exceptions=False)
    for name, exc in raised.items():
        assert 400 <= exc.http_status <= 599 and exc.code, name
        r = client.get(f"/raise/{name}")
        assert r.status_code == exc.http_status and r.json()["error"]["code"] == exc.code, name
        if exc.http_status < 500:
            assert r.json()["error"]["message"] == str(exc)
    assert client.get("/raise/StoreError").json()["error"]["message"] == "internal error"  # no paths shown
    assert raised["ConflictError"].http_status == 409 and raised["UserNotFoundError"].http_status == 404
    engine.close()
