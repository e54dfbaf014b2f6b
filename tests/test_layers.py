"""The layers of DESIGN.md, checked on the source: who imports whom.

Run ``pytest tests/test_layers.py -q`` to check: no import cycles between packages; nothing below the
``Engine`` facade imports it (stage services get the narrow collaborators they use); no SQLAlchemy
outside ``store/`` (and its migrations); no reaching into another package's private modules.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "tailorkit"

FACES = ("cli", "server", "evaluation", "jobs")


def modules() -> dict[str, ast.Module]:
    return {
        str(p.relative_to(ROOT.parent)): ast.parse(p.read_text(encoding="utf-8"))
        for p in ROOT.rglob("*.py")
        if "migrations" not in p.parts
    }


def package(path: str) -> str:
    parts = Path(path).with_suffix("").parts  # ("tailorkit", "store", "_store") or ("tailorkit", "engine")
    return "tailorkit" if parts[1] == "__init__" else parts[1]


def imported(tree: ast.Module, *, module_level: bool) -> list[str]:
    nodes = tree.body if module_level else list(ast.walk(tree))
    out: list[str] = []
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module:
            out.append(node.module)
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names]
    return out


def test_no_import_cycles_between_packages() -> None:
    edges: dict[str, set[str]] = {}
    for path, tree in modules().items():
        for name in imported(tree, module_level=True):
            if name.startswith("tailorkit.") and name.split(".")[1] != package(path):
                edges.setdefault(package(path), set()).add(name.split(".")[1])

    def reaches(start: str, goal: str) -> bool:
        seen, stack = set(), [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(edges.get(node, ()))
        return False

    cycles = sorted((a, b) for a, targets in edges.items() for b in targets if reaches(b, a))
    assert cycles == []


def test_packages_use_each_others_public_surface_only() -> None:
    crossing = [
        f"{path}: {name}"
        for path, tree in modules().items()
        for name in imported(tree, module_level=False)
        if name.startswith("tailorkit.")
        and len(name.split(".")) > 2
        and name.split(".")[2].startswith("_")
        and name.split(".")[1] != package(path)
    ]
    assert crossing == []


def test_nothing_below_the_facade_imports_it() -> None:
    users = {
        path
        for path, tree in modules().items()
        if package(path) not in (*FACES, "engine", "tailorkit", "__main__")
        and any(
            n == "tailorkit.engine" or n.startswith("tailorkit.engine.")
            for n in imported(tree, module_level=False)
        )
    }
    assert users == set()


def test_sql_stays_in_the_store() -> None:
    users = {
        path
        for path, tree in modules().items()
        if package(path) != "store"
        and any(n == "sqlalchemy" or n.startswith("sqlalchemy.") for n in imported(tree, module_level=False))
    }
    assert users == set()
