"""Read, write and check the dependency locks under ``requirements/``.

Standard library only: ``scripts/install.py`` uses this before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS_DIR = REPO_ROOT / "requirements"
EXTRAS = ("test", "redis", "s3")
DIGEST_PREFIX = "# pyproject-dependencies-sha256: "

_REQUIREMENT = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;\\]+)"
    r"(?:\s*;\s*(?P<marker>[^\\]+?))?\s*(?P<continued>\\)?$"
)
_HASH = re.compile(r"^\s+--hash=sha256:(?P<digest>[0-9a-f]{64})\s*(?P<continued>\\)?$")

_DESCRIPTIONS = {
    "base": "the base install, complete",
    "test": "what the extra 'test' adds to base.txt",
    "redis": "what the extra 'redis' adds to base.txt",
    "s3": "what the extra 's3' adds to base.txt",
    "tools": "uv, which `make lock` and `make upgrade` run (from tools.in)",
}


class LockError(Exception):
    """A lock file that cannot be used; the message says what to do."""


@dataclass(frozen=True)
class LockEntry:
    name: str
    version: str
    marker: str
    hashes: tuple[str, ...] = field(compare=False)
    text: str = field(compare=False, repr=False)

    @property
    def key(self) -> str:
        return normalize(self.name)


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_path(name: str) -> Path:
    return REQUIREMENTS_DIR / f"{name}.txt"


def dependency_digest(pyproject: Path = REPO_ROOT / "pyproject.toml") -> str:
    """A fingerprint of everything in ``pyproject.toml`` that a lock is made from."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    relevant = {
        "requires-python": project.get("requires-python"),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
    }
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()


def parse_lock(text: str, *, source: str = "the lock") -> list[LockEntry]:
    """The pins of a lock in uv's hashed requirements format; ``LockError`` when damaged."""
    entries: list[LockEntry] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _REQUIREMENT.match(line)
        if match is None:
            raise LockError(f"{source} is damaged at line {index}: {line.strip()[:60]!r}")
        block = [line]
        hashes: list[str] = []
        continued = bool(match["continued"])
        while continued:
            if index >= len(lines):
                raise LockError(f"{source} is damaged: it ends inside {match['name']}")
            hash_line = _HASH.match(lines[index])
            if hash_line is None:
                raise LockError(f"{source} is damaged at line {index + 1}: a hash was expected")
            block.append(lines[index])
            hashes.append(hash_line["digest"])
            continued = bool(hash_line["continued"])
            index += 1
        if not hashes:
            raise LockError(f"{source} is damaged: {match['name']} has no hash")
        while index < len(lines) and lines[index].startswith("    #"):  # uv's "via" notes
            block.append(lines[index])
            index += 1
        entries.append(
            LockEntry(
                name=match["name"],
                version=match["version"],
                marker=(match["marker"] or "").strip(),
                hashes=tuple(hashes),
                text="\n".join(block),
            )
        )
    return entries


def write_lock(name: str, entries: list[LockEntry], digest: str | None) -> None:
    """Write ``requirements/NAME.txt``; ``digest`` is None for the tools lock."""
    install = "pip install --require-hashes -r requirements/base.txt"
    if name == "tools":
        install = "pip install --require-hashes -r requirements/tools.txt"
    elif name != "base":
        install += f" -r requirements/{name}.txt"
    header = [
        f"# Locked dependencies: {_DESCRIPTIONS[name]}.",
        "# Made by `make lock` (uv pip compile --universal) from the ranges in pyproject.toml;",
        "# do not edit: change pyproject.toml and run `make lock`, or `make upgrade`.",
        f"# Install: {install}",
    ]
    if digest is not None:
        header.append(f"{DIGEST_PREFIX}{digest}")
    body = "\n".join(entry.text for entry in sorted(entries, key=lambda e: (e.key, e.marker)))
    lock_path(name).write_text("\n".join(header) + "\n" + body + "\n", encoding="utf-8")


def check_fingerprint(text: str, shown: str, digest: str) -> None:
    """Refuse a lock made from other dependency ranges than pyproject.toml has now."""
    recorded = [line for line in text.splitlines() if line.startswith(DIGEST_PREFIX)]
    if len(recorded) != 1:
        raise LockError(
            f"{shown} is damaged (its pyproject fingerprint line is missing): restore it with "
            f"`git checkout -- {shown}`, or make the locks anew with `make lock`."
        )
    if recorded[0].removeprefix(DIGEST_PREFIX).strip() != digest:
        raise LockError(
            f"{shown} was made for other dependency ranges than pyproject.toml has now: "
            "run `make lock` to lock the new ranges (or undo the change to pyproject.toml)."
        )


def read_lock(name: str, digest: str | None = None) -> list[LockEntry]:
    """The pins of ``requirements/NAME.txt``, checked against ``pyproject.toml``."""
    path = lock_path(name)
    shown = f"requirements/{name}.txt"
    if not path.exists():
        raise LockError(
            f"{shown} is missing: restore it with `git checkout -- requirements/`, "
            "or make the locks anew with `make lock`."
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LockError(
            f"{shown} is damaged (not UTF-8 text): restore it with `git checkout -- {shown}`."
        ) from None
    if name != "tools":  # the tools lock is made from tools.in, not from pyproject.toml
        check_fingerprint(text, shown, digest or dependency_digest())
    try:
        return parse_lock(text, source=shown)
    except LockError as error:
        raise LockError(f"{error}; restore it with `git checkout -- {shown}`.") from None
