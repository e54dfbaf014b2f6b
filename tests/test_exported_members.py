import tailorkit


def test_top_level_exports_are_pinned() -> None:
    assert sorted(tailorkit.__all__) == sorted(
        [
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
    )
    for name in tailorkit.__all__:
        assert hasattr(tailorkit, name), name


def test_subpackages_export_what_they_list() -> None:
    import tailorkit.data
    import tailorkit.store

    for module in (tailorkit.data, tailorkit.store):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"
