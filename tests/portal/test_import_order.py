"""Mail, tasks and retention import one another one way only, not even inside functions."""

from __future__ import annotations

import ast
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
MODULES = ("portal.mail", "portal.mail_payload", "portal.tasks", "portal.retention")


def imports_of(module: str) -> set[str]:
    """The modules of MODULES that ``module`` imports, at any depth of its code."""
    path = REPO_ROOT.joinpath(*module.split(".")).with_suffix(".py")
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:
            continue
        found.update(name for name in names if name in MODULES and name != module)
    return found


def test_no_import_loop_between_mail_tasks_and_retention():
    graph = {module: imports_of(module) for module in MODULES}
    assert graph["portal.tasks"] >= {"portal.mail_payload", "portal.retention"}

    def reaches(start: str, goal: str, seen: frozenset = frozenset()) -> bool:
        return any(
            step == goal or (step not in seen and reaches(step, goal, seen | {step}))
            for step in graph[start]
        )

    assert [module for module in MODULES if reaches(module, module)] == []
