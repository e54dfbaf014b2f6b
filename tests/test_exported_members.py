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


def test_every_public_module_lists_its_public_names() -> None:
    """``__all__`` in every public module, naming what it has, and naming every public name it defines
    (or, for a package, that its private modules define): an unlisted public name fails here."""
    import importlib
    import inspect
    import pkgutil

    problems = []
    for info in pkgutil.walk_packages(tailorkit.__path__, "tailorkit."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts) or info.name.startswith("tailorkit.store.migrations"):
            continue
        module = importlib.import_module(info.name)
        listed = getattr(module, "__all__", None)
        if listed is None:
            problems.append(f"{info.name}: no __all__")
            continue
        problems += [f"{info.name}.{n}: listed but missing" for n in listed if not hasattr(module, n)]
        for name, obj in vars(module).items():
            if name.startswith("_") or inspect.ismodule(obj):
                continue
            home = str(getattr(obj, "__module__", ""))
            own = home == info.name or (info.ispkg and home.startswith(info.name + "._"))
            if own and name not in listed:
                problems.append(f"{info.name}.{name}: public but not in __all__")
    assert problems == []
