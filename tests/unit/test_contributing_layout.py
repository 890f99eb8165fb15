"""CONTRIBUTING.md's layout tree names every package and module under monitor/ and
connectors/, and nothing that is gone: a newcomer finds their way by it, so it must not drift."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("monitor", "connectors")

# "│   ├── name.py      what it holds": the glyphs and indentation give the depth, then the
# name (a folder ends in "/"), then at least two spaces and the description.
TREE_LINE = re.compile(
    r"^(?P<indent>(?:│   |    )*)(?:├── |└── )?(?P<name>[\w.]+/?)(?:\s{2,}\S.*)?$"
)


def layout_tree(text: str) -> str:
    """The fenced block under the "The layout" heading."""
    section = text.split("\n## The layout\n", 1)[1].split("\n## ", 1)[0]
    return section.split("```", 2)[1]


def tree_paths(tree: str) -> list[str]:
    """Every path the tree names: folders as ``monitor/cli/``, modules as
    ``monitor/cli/setup.py``."""
    paths: list[str] = []
    parents: list[str] = []
    for line in tree.splitlines():
        match = TREE_LINE.match(line)
        if not match:
            continue
        name = match["name"]
        glyph = 1 if line[len(match["indent"]) :].startswith(("├", "└")) else 0
        depth = len(match["indent"]) // 4 + glyph
        del parents[depth:]
        path = "".join(parents) + name
        paths.append(path)
        if name.endswith("/"):
            parents.append(name)
    return paths


def repository_paths() -> set[str]:
    """Every package (a folder holding Python modules) and every module but ``__init__.py``,
    which its package's line describes. Templates, static files, data and model files hold no
    module, so they are left out by construction."""
    found: set[str] = set()
    for package in PACKAGES:
        for module in (ROOT / package).rglob("*.py"):
            relative = module.relative_to(ROOT)
            if "__pycache__" in relative.parts:
                continue
            for depth in range(1, len(relative.parts)):
                found.add("/".join(relative.parts[:depth]) + "/")
            if module.name != "__init__.py":
                found.add(relative.as_posix())
    return found


def test_the_tree_parser_reads_depth_from_the_glyphs() -> None:
    tree = (
        "monitor/\n"
        "├── cli/        the command\n"
        "│   └── setup.py    set-up\n"
        "├── scoring/    scoring\n"
        "│   └── lang/   words\n"
        "│       └── en/     English\n"
        "│           └── people.py    people\n"
        "└── errors.py   errors\n"
    )
    assert tree_paths(tree) == [
        "monitor/",
        "monitor/cli/",
        "monitor/cli/setup.py",
        "monitor/scoring/",
        "monitor/scoring/lang/",
        "monitor/scoring/lang/en/",
        "monitor/scoring/lang/en/people.py",
        "monitor/errors.py",
    ]


def test_contributing_names_every_module_once_and_nothing_that_is_gone() -> None:
    named = tree_paths(layout_tree((ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")))
    present = repository_paths()
    assert len(present) > 100

    missing = sorted(present - set(named))
    gone = sorted(set(named) - present)
    twice = sorted({path for path in named if named.count(path) > 1})
    assert missing == [], (
        f"{', '.join(missing)} not in CONTRIBUTING.md's layout tree: add a line for each, "
        "saying what it holds (from its docstring)"
    )
    assert gone == [], (
        f"CONTRIBUTING.md's layout tree names {', '.join(gone)}, which does not exist: "
        "remove or rename its line"
    )
    assert twice == [], f"CONTRIBUTING.md's layout tree names {', '.join(twice)} more than once"
