"""Importing a wardwatch module defines things and does nothing else: what runs (alert
hooks, logger levels, registrations) is called by whoever composes the service."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

from connectors.base import StaticCredentials
from connectors.x.auth import TOKEN_LOGGERS, TokenKeeper

ROOT = Path(__file__).resolve().parents[2]
# What a module body may hold: its docstring, imports, definitions and constants.
DEFINITIONS = (
    ast.Import,
    ast.ImportFrom,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Assign,
    ast.AnnAssign,
    ast.AugAssign,
)


def _actions(path: Path) -> list[str]:
    """The statements of a module body that do something when it is imported."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, DEFINITIONS):
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # a docstring
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:60]}")
    return found


def test_no_module_does_anything_when_imported() -> None:
    modules = sorted(
        path for package in ("monitor", "connectors") for path in (ROOT / package).rglob("*.py")
    )
    assert len(modules) > 100
    actions = [action for path in modules for action in _actions(path)]
    assert actions == [], "move these into a function the composition root calls"


def test_the_libraries_that_see_x_tokens_are_quieted_when_tokens_are_handled() -> None:
    for name in TOKEN_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    credentials = StaticCredentials({}, account="ward", platform="x")
    TokenKeeper(credentials, api_base_url="", reconnect="wardwatch connect x")
    assert {name: logging.getLogger(name).level for name in TOKEN_LOGGERS} == dict.fromkeys(
        TOKEN_LOGGERS, logging.INFO
    )
