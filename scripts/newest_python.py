"""Print the newest Python (3.11 or newer) this machine offers, for CI's second run.

Looks on PATH (python3.N) and among pyenv's installed versions, and keeps only those
that really start: a pyenv shim of a version that is not active does not.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def version_of(executable: str) -> tuple[int, int, int] | None:
    try:
        answer = subprocess.run(  # noqa: S603 (interpreters found on this machine)
            [executable, "-c", "import sys; print(*sys.version_info[:3])"],
            capture_output=True,
            text=True,
            timeout=20,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if answer.returncode != 0:
        return None
    return tuple(int(part) for part in answer.stdout.split())


def candidates() -> list[str]:
    found = [shutil.which(f"python3.{minor}") for minor in range(11, 30)]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found += [str(path) for path in pyenv_root.glob("versions/3.*/bin/python3.*[0-9]")]
    return [path for path in found if path]


def main() -> None:
    best = (sys.version_info[:3], sys.executable)
    for path in candidates():
        found = version_of(path)
        if found and found >= (3, 11) and found > best[0]:
            best = (found, path)
    print(best[1])


if __name__ == "__main__":
    main()
