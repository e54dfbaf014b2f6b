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
