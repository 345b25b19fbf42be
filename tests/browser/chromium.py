"""Finding Debian's Chromium for the browser tests, and installing it where the tests may.

Playwright's own browser download does not work everywhere, so the tests use the system
Chromium and install it from Debian's packages when it is missing and they run as root.
"""

from __future__ import annotations

import os
import shutil

from scripts.serverkit import apt_install

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


def ensure_chromium() -> str | None:
    path = find_chromium()
    if path is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        # Chromium's own recommendations (fonts, drivers) are what the browser tests see too.
        apt_install(["chromium"], recommends=True)
        path = find_chromium()
    return path
