"""Every algorithm states what its fit needs in memory for a log's shape, and refuses past the machine,
saying how much, by what formula, and what to use instead."""

from __future__ import annotations

import pytest

from tailorkit.errors import InputError
from tailorkit.recommend import RECOMMENDERS, get_recommender
from tailorkit.testing._recommender_suite import toy_interactions


@pytest.mark.parametrize("name", sorted(RECOMMENDERS.names()))
def test_a_log_too_large_for_the_machine_is_refused_before_fitting(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tailorkit.recommend import _base

    algorithm = get_recommender(name)
    data = toy_interactions()
    need, formula = algorithm().memory_needed(data)
    assert need > 0 and "bytes" in formula
    monkeypatch.setattr(_base, "physical_memory", lambda: need)  # three quarters of what it needs
    with pytest.raises(InputError, match=rf"^{name}: 60 users x 40 items .* GiB .*bytes.*\); ") as refused:
        algorithm().fit(data)
    assert algorithm.instead in str(refused.value)


def test_the_stated_memory_grows_with_the_shape_that_drives_it() -> None:
    small, large = toy_interactions(n_users=60, n_items=40), toy_interactions(n_users=600, n_items=40)
    for name in ("autorec", "als", "sasrec"):  # dense users x items; factors per user; a row per user
        model = get_recommender(name)()
        assert model.memory_needed(large)[0] > model.memory_needed(small)[0]
