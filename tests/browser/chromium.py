"""Finding Debian's Chromium for the browser tests, and installing it where the tests may.

Playwright's own browser download does not work everywhere, so the tests use the system
Chromium and install it from Debian's packages when it is missing and they run as root.
"""

from __future__ import annotations

import os
import shutil
import subprocess

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    if path := os.environ.get("CHROMIUM_PATH"):
        return path
    for name in CHROMIUM_CANDIDATES:
        if found := shutil.which(name):
            return found
    return None


def install_chromium() -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env)


def ensure_chromium() -> str | None:
    path = find_chromium()
    if path is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        install_chromium()
        path = find_chromium()
    return path
