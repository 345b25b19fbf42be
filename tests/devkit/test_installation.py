"""The development kit stays out of production: not installed, not imported by the product."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent.parent


def installed_apps(**environment: str) -> str:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "PORTAL_DEVKIT", "BENCHMARK_BARE_VIEW", "DJANGO_SETTINGS_MODULE"}
    }
    env.update({"SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://nobody@localhost/none"})
    env.update(environment)
    result = subprocess.run(
        [sys.executable, "-c", "from portal import settings; print(settings.INSTALLED_APPS)"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout + result.stderr


def test_production_settings_do_not_install_the_devkit():
    assert "'devkit'" not in installed_apps()
    assert "'devkit'" in installed_apps(PORTAL_DEVKIT="true")
    assert "'devkit'" in installed_apps(DEBUG="true")


def test_the_bare_views_need_the_devkit():
    assert "needs the development kit" in installed_apps(BENCHMARK_BARE_VIEW="true")


def product_modules() -> list[Path]:
    apps = [path.parent for path in REPO_ROOT.glob("*/apps.py") if path.parent.name != "devkit"]
    return [path for app in apps for path in app.rglob("*.py")]


def imported_names(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_product_module_imports_the_devkit():
    offenders = [
        str(path.relative_to(REPO_ROOT))
        for path in product_modules()
        if any(name == "devkit" or name.startswith("devkit.") for name in imported_names(path))
    ]
    assert offenders == []
