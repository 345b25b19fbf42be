"""The dependency locks under requirements/ and the installer that uses them (scripts/).

The locks must agree with the ranges of pyproject.toml; the installer must install them
exactly, once, and stop with one sentence a newcomer can act on when something is wrong.
The installer cases run scripts/install.py for real, in a small copy of the repository
whose lock holds one tiny package, so that pip really downloads and checks it.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement

from scripts.lockfile import (
    DIGEST_PREFIX,
    EXTRAS,
    LockError,
    dependency_digest,
    lock_path,
    normalize,
    parse_lock,
    read_lock,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]


def pins_for(names: tuple[str, ...]) -> dict[str, list]:
    pins: dict[str, list] = {}
    for name in names:
        for entry in read_lock(name):
            pins.setdefault(entry.key, []).append(entry)
    return pins


def test_every_lock_was_made_from_the_current_pyproject():
    # read_lock compares the fingerprint of pyproject's dependency tables with the one
    # the lock was made from: a changed range without `make lock` fails here.
    for name in ("base", *EXTRAS, "tools"):
        assert read_lock(name), f"requirements/{name}.txt pins nothing"


@pytest.mark.parametrize("extra", [None, *EXTRAS])
def test_every_direct_dependency_is_pinned_within_its_range(extra):
    requirements = (
        PYPROJECT["dependencies"] if extra is None else PYPROJECT["optional-dependencies"][extra]
    )
    pins = pins_for(("base",) if extra is None else ("base", extra))
    for line in requirements:
        requirement = Requirement(line)
        pinned = pins.get(normalize(requirement.name))
        assert pinned, f"{requirement.name} is in pyproject.toml but not locked"
        for entry in pinned:
            assert requirement.specifier.contains(entry.version, prereleases=True), (
                f"{requirement.name}=={entry.version} is outside {requirement.specifier}"
            )


def test_the_locks_name_each_package_at_one_version_for_this_machine():
    environment = default_environment()
    seen: dict[str, str] = {}
    for name in ("base", *EXTRAS):
        for entry in read_lock(name):
            if entry.marker and not Requirement(f"x; {entry.marker}").marker.evaluate(environment):
                continue
            assert seen.setdefault(entry.key, entry.version) == entry.version, (
                f"{entry.key} is locked at {seen[entry.key]} and {entry.version}"
            )


def test_the_tools_lock_pins_uv_from_its_range():
    (uv,) = read_lock("tools")
    wanted = Requirement(
        next(
            line
            for line in (REPO_ROOT / "requirements/tools.in").read_text().splitlines()
            if line and not line.startswith("#")
        )
    )
    assert uv.key == "uv" and wanted.specifier.contains(uv.version)


def test_a_damaged_lock_is_named_with_its_line():
    text = lock_path("base").read_text()
    damaged = text.replace("--hash=sha256:", "--hash=sha256:zz", 1)
    with pytest.raises(LockError, match=r"damaged at line \d+: a hash was expected"):
        parse_lock(damaged, source="requirements/base.txt")
    first_pin = next(line for line in text.splitlines() if "==" in line)
    unhashed = text.replace(first_pin, first_pin.removesuffix(" \\"), 1)
    with pytest.raises(LockError, match="damaged: asgiref has no hash"):
        parse_lock(unhashed, source="requirements/base.txt")


# --- scripts/install.py in a small copy of the repository -----------------------------


@pytest.fixture
def small_repo(tmp_path):
    """A repository whose base lock is `six`, pinned and hashed as in requirements/base.txt."""
    (tmp_path / "scripts").mkdir()
    for script in ("install.py", "lockfile.py"):
        shutil.copy(REPO_ROOT / "scripts" / script, tmp_path / "scripts" / script)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "small"\nversion = "1"\nrequires-python = ">=3.11"\n'
        'dependencies = ["six>=1.16,<2"]\n'
    )
    (tmp_path / "requirements").mkdir()
    six = next(entry for entry in read_lock("base") if entry.key == "six")
    digest = dependency_digest(tmp_path / "pyproject.toml")
    (tmp_path / "requirements/base.txt").write_text(f"{DIGEST_PREFIX}{digest}\n{six.text}\n")
    return tmp_path


def run_install(repo: Path, *layers: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "VENV"}
    return subprocess.run(
        [sys._base_executable, str(repo / "scripts/install.py"), *layers],
        cwd=repo,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def venv_packages(repo: Path) -> str:
    listing = subprocess.run(
        [str(repo / ".venv/bin/python"), "-m", "pip", "list", "--format=freeze"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return listing.stdout


def test_install_puts_exactly_the_lock_into_venv_once(small_repo):
    first = run_install(small_repo)
    assert first.returncode == 0, first.stderr
    assert "Installing the locked dependencies (base)" in first.stdout
    assert "six==1.17.0" in venv_packages(small_repo)

    again = run_install(small_repo)
    assert (again.returncode, again.stdout, again.stderr) == (0, "", "")


def test_a_changed_lock_makes_the_environment_anew(small_repo):
    assert run_install(small_repo).returncode == 0
    (small_repo / ".venv/bin/leftover-from-before").write_text("")
    lock = small_repo / "requirements/base.txt"
    lock.write_text(lock.read_text() + "# a comment is a change too\n")

    changed = run_install(small_repo)

    assert changed.returncode == 0, changed.stderr
    assert "Making .venv anew" in changed.stdout
    assert "requirements/base.txt changed" in changed.stdout
    assert not (small_repo / ".venv/bin/leftover-from-before").exists()


def test_a_missing_lock_stops_with_one_sentence(small_repo):
    (small_repo / "requirements/base.txt").unlink()

    result = run_install(small_repo)

    assert result.returncode == 1
    assert result.stderr.strip() == (
        "requirements/base.txt is missing: restore it with `git checkout -- requirements/`, "
        "or make the locks anew with `make lock`."
    )
    assert not (small_repo / ".venv").exists()


def test_a_range_changed_without_relocking_stops_with_one_sentence(small_repo):
    pyproject = small_repo / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("six>=1.16,<2", "six>=1.17,<2"))

    result = run_install(small_repo)

    assert result.returncode == 1
    assert "was made for other dependency ranges" in result.stderr
    assert "run `make lock`" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_hash_that_does_not_match_installs_nothing(small_repo):
    lock = small_repo / "requirements/base.txt"
    (six,) = parse_lock(lock.read_text())
    text = lock.read_text()
    for digest in six.hashes:  # every file of six: pip finds none that matches
        text = text.replace(digest, "0" * 64)
    lock.write_text(text)

    result = run_install(small_repo)

    assert result.returncode == 1
    assert result.stderr.strip().startswith(
        "A downloaded package does not match its hash in the lock, so nothing was installed"
    )
    assert "six" not in venv_packages(small_repo)
    assert not (small_repo / ".venv/installed.json").exists()


def old_python() -> str | None:
    for candidate in ("python3.10", "python3.9", "python3.8"):
        found = shutil.which(candidate)
        if found and subprocess.run([found, "-c", "pass"], capture_output=True).returncode == 0:
            return found
    pyenv_versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for binary in sorted(pyenv_versions.glob("3.1[0]*/bin/python3")) + sorted(
        pyenv_versions.glob("3.[6-9]*/bin/python3")
    ):
        return str(binary)
    return None


def test_make_refuses_a_python_older_than_311_in_one_sentence(tmp_path):
    interpreter = old_python()
    if interpreter is None:
        # No old Python on this machine: one that reports 3.9, as far as make can tell.
        interpreter = tmp_path / "python3.9"
        interpreter.write_text('#!/bin/sh\n[ "$1" = --version ] && echo "Python 3.9.2"\nexit 1\n')
        interpreter.chmod(0o755)
    result = subprocess.run(
        ["make", "--no-print-directory", "venv", f"PYTHON={interpreter}", f"VENV={tmp_path}/v"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "The portal needs Python 3.11 or newer" in result.stderr
    assert "PYTHON=python3.13 make" in result.stderr
    assert not (tmp_path / "v").exists()


def test_an_unsupported_platform_is_named_before_anything_is_installed(monkeypatch):
    from scripts import install

    assert install.platform_problem() is None  # this machine is one the locks serve

    # What Python reports on a Windows PC and in an Alpine (musl) container.
    monkeypatch.setattr(platform, "system", lambda: "Windows")
    monkeypatch.setattr(platform, "machine", lambda: "AMD64")
    assert install.platform_problem() == (
        "The portal's locked packages, its embedded PostgreSQL among them, exist for Linux "
        "and macOS on x86-64 and ARM64; this machine is Windows on amd64: use one of those "
        "(a Linux VM or container will do)."
    )
    monkeypatch.setattr(platform, "system", lambda: "Linux")
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    monkeypatch.setattr(platform, "libc_ver", lambda: ("", ""))
    assert "need Linux with glibc 2.28 or newer" in install.platform_problem()
    assert install.platform_problem().endswith("this system has no glibc.")
