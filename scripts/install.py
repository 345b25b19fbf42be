"""Install exactly the locked dependencies into ``.venv``, for ``make run`` and ``make test``.

Run by the Python the virtual environment is to use (``PYTHON=python3.13 make test``):

    python3 scripts/install.py              # base.txt: what the portal needs to run
    python3 scripts/install.py test tools   # and what an extra or the tools add

The environment records the Python and the locks it was made from. When either changed,
it is made anew, so it never holds a package the locks no longer name; otherwise only
what is missing is installed, and a repeated call costs nothing. Failures end with one
sentence that says what to do, and pip's own report stays in ``.venv/install.log``.
"""

from __future__ import annotations

import sys

if sys.version_info < (3, 11):  # noqa: UP036 (this line runs before anything needs 3.11)
    sys.exit("The portal needs Python 3.11 or newer: name one with PYTHON=python3.13 make ...")

import hashlib
import json
import os
import platform
import shutil
import subprocess
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lockfile import EXTRAS, REPO_ROOT, LockError, lock_path, read_lock

VENV = Path(os.environ.get("VENV", REPO_ROOT / ".venv"))
STAMP = VENV / "installed.json"
LOG = VENV / "install.log"
LAYERS = ("base", *EXTRAS, "tools")


class InstallError(Exception):
    """Installing cannot go on; the message is the one sentence the user reads."""


def platform_problem() -> str | None:
    """Why the locked wheels (PostgreSQL, psycopg, Pillow) cannot install here, if they can't."""
    system, machine = platform.system(), platform.machine().lower()
    if system not in ("Linux", "Darwin") or machine not in ("x86_64", "amd64", "aarch64", "arm64"):
        return (
            f"The portal's locked packages, its embedded PostgreSQL among them, exist for Linux "
            f"and macOS on x86-64 and ARM64; this machine is {system} on {machine}: use one of "
            "those (a Linux VM or container will do)."
        )
    if system == "Linux":
        libc, version = platform.libc_ver()
        if libc != "glibc" or tuple(int(p) for p in version.split(".")[:2]) < (2, 28):
            found = f"{libc} {version}".strip() or "no glibc"
            return (
                f"The portal's locked packages need Linux with glibc 2.28 or newer (Debian 10, "
                f"Ubuntu 20.04, RHEL 8 and later); this system has {found}."
            )
    if system == "Darwin":
        release = platform.mac_ver()[0] or "0"
        if int(release.split(".")[0]) < 11:
            return f"The portal's locked packages need macOS 11 or newer; this Mac has {release}."
    return None


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def this_python() -> dict[str, str]:
    return {
        "executable": os.path.realpath(sys.executable),
        "version": platform.python_version(),
    }


def read_stamp() -> dict | None:
    try:
        return json.loads(STAMP.read_text())
    except (OSError, ValueError):
        return None


def reasons_to_make_anew(stamp: dict | None) -> str | None:
    if not (VENV / "pyvenv.cfg").exists():
        return None
    if stamp is None:
        return "it was made before the locks existed"
    if stamp.get("python") != this_python():
        return f"it was made with Python {stamp.get('python', {}).get('version', '?')}"
    for layer, digest in stamp.get("locks", {}).items():
        if not lock_path(layer).exists() or file_digest(lock_path(layer)) != digest:
            return f"requirements/{layer}.txt changed since"
    return None


def remove_environment() -> None:
    # Only ever a virtual environment: a folder named by VENV that holds something else stays.
    if not (VENV / "pyvenv.cfg").exists():
        raise InstallError(f"{VENV} exists but is no virtual environment: move it away first.")
    shutil.rmtree(VENV)


def explain_pip_failure(report: str) -> str:
    where = f"pip's report is in {LOG}"
    if "DO NOT MATCH THE HASHES" in report:
        return (
            "A downloaded package does not match its hash in the lock, so nothing was "
            "installed: restore the locks with `git checkout -- requirements/` and try again "
            f"({where})."
        )
    if "No matching distribution" in report or "Could not find a version" in report:
        return (
            f"pip found no locked release for Python {platform.python_version()} on this "
            f"platform: try Python 3.11, 3.12 or 3.13 ({where})."
        )
    if any(
        sign in report
        for sign in ("NewConnectionError", "Temporary failure in name resolution", "timed out")
    ):
        return f"pip could not reach the package index: check the network and try again ({where})."
    if "No space left on device" in report:
        return f"The disk is full: free some space and try again ({where})."
    return f"Installing the locked dependencies failed ({where})."


def install(layers: list[str]) -> None:
    problem = platform_problem()
    if problem:
        raise InstallError(problem)
    try:
        for layer in layers:
            read_lock(layer)
    except LockError as error:
        raise InstallError(str(error)) from None

    stamp = read_stamp()
    reason = reasons_to_make_anew(stamp)
    if reason:
        print(f"Making {VENV.name} anew for Python {platform.python_version()}: {reason}.")
        remove_environment()
        stamp = None
    installed = (stamp or {}).get("locks", {})
    if all(layer in installed for layer in layers):
        return

    if not (VENV / "pyvenv.cfg").exists():
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    wanted = sorted({*installed, *layers}, key=LAYERS.index)
    print(f"Installing the locked dependencies ({', '.join(wanted)}) into {VENV.name} ...")
    files = [arg for layer in wanted for arg in ("-r", str(lock_path(layer)))]
    command = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--require-hashes"]
    command += ["--no-input", "--disable-pip-version-check", "--progress-bar", "off", *files]
    with open(LOG, "w") as log:
        finished = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, check=False)  # noqa: S603
    if finished.returncode != 0:
        raise InstallError(explain_pip_failure(LOG.read_text(errors="replace")))
    locks = {layer: file_digest(lock_path(layer)) for layer in wanted}
    STAMP.write_text(json.dumps({"python": this_python(), "locks": locks}, indent=2))


def main() -> None:
    requested = sys.argv[1:]
    # The tools make the locks from pyproject.toml, so they must install while the locks
    # are out of date: alone, into an environment of their own (``make lock``).
    layers = requested if requested == ["tools"] else ["base", *requested]
    unknown = [layer for layer in layers if layer not in LAYERS]
    if unknown:
        sys.exit(f"Unknown lock {unknown[0]!r}: choose from {', '.join(LAYERS[1:])}.")
    try:
        install(layers)
    except InstallError as error:
        sys.exit(str(error))


if __name__ == "__main__":
    main()
