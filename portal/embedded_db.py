"""Start the embedded PostgreSQL server when no ``DATABASE_URL`` is configured.

The ``pgserver`` package ships PostgreSQL binaries as a wheel, so a newcomer needs
nothing but Python to run the portal. The server keeps its data under ``var/`` and is
shared by every process of the checkout (runserver, the task worker, the tests).
"""

from __future__ import annotations

import fcntl
import warnings
from pathlib import Path

DATABASE_NAME = "portal"


def embedded_database_settings(data_dir: Path) -> dict:
    """Start (or join) the embedded server and return Django ``DATABASES`` settings for it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    # Several processes start at once (runserver's reloader, the worker, pytest): a file
    # lock makes sure only one of them runs initdb and creates the database.
    with open(data_dir.parent / "pgserver.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (servers, CI); harmless here.
            warnings.simplefilter("ignore")
            import pgserver  # here: servers with DATABASE_URL never import it

            # cleanup_mode=None: the server outlives the process that started it, so the
            # next command (or test run) connects at once instead of starting it again.
            server = pgserver.get_server(data_dir, cleanup_mode=None)
        exists = server.psql(
            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';"  # noqa: S608 (a constant)
        ).strip()
        if "1 row" not in exists:
            server.psql(f'CREATE DATABASE "{DATABASE_NAME}";')
    socket_dir = server.get_postmaster_info().socket_dir
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "HOST": str(socket_dir),
        "PORT": "",
    }
