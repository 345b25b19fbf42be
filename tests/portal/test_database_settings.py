"""How long database connections are kept, in development and in production."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Reading the settings opens no connection: any address will do.
DATABASE_URL = "postgres://portal:secret@127.0.0.1:9/portal"


def conn_max_age(**env: str) -> int:
    base_env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DB_CONN_MAX_AGE", "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from portal import settings; print(settings.DATABASES['default']['CONN_MAX_AGE'])",
        ],
        cwd=ROOT,
        env={**base_env, "DATABASE_URL": DATABASE_URL, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


def test_the_development_server_closes_each_connection_after_its_request():
    # runserver answers each request in a thread of its own; kept connections would
    # pile up, one per thread, until PostgreSQL refuses more.
    assert conn_max_age(DEBUG="true") == 0


def test_production_keeps_connections_for_a_minute():
    assert conn_max_age(DEBUG="false", SECRET_KEY="x" * 50) == 60


@pytest.mark.parametrize("debug", ["true", "false"])
def test_an_explicit_setting_wins(debug):
    assert conn_max_age(DEBUG=debug, SECRET_KEY="x" * 50, DB_CONN_MAX_AGE="30") == 30
