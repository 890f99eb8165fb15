"""The connectors package stands on its own: it imports nothing of wardwatch's service
but the error base class, and no module imports inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

CONNECTORS = Path(__file__).resolve().parents[2] / "connectors"


def imports(path: Path) -> list[tuple[str, bool]]:
    """(module imported, whether at module level) for every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for parent in ast.walk(tree):
        for node in ast.iter_child_nodes(parent):
            at_top = isinstance(parent, ast.Module) or (
                isinstance(parent, ast.If) and "TYPE_CHECKING" in ast.unparse(parent.test)
            )
            if isinstance(node, ast.Import):
                found += [(alias.name, at_top) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.append((node.module, at_top))
    return found


def test_connectors_import_only_the_error_base_class_of_monitor() -> None:
    modules = sorted(CONNECTORS.rglob("*.py"))
    assert len(modules) > 20
    reaching_into_monitor = {
        f"{path.relative_to(CONNECTORS)}: {module}"
        for path in modules
        for module, _ in imports(path)
        if module.split(".")[0] == "monitor" and module != "monitor.errors"
    }
    assert reaching_into_monitor == set()


def test_connectors_import_at_module_level() -> None:
    inside_functions = {
        f"{path.relative_to(CONNECTORS)}: {module}"
        for path in sorted(CONNECTORS.rglob("*.py"))
        for module, at_top in imports(path)
        if not at_top
    }
    assert inside_functions == set()
