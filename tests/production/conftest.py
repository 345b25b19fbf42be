"""The production set-up on loopback, started once for the tests of this directory.

scripts/cluster.py starts what the README's production section describes: Debian's
nginx with deploy/nginx/portal.conf, two gunicorn app servers, two task workers,
Debian's redis-server and one PostgreSQL of its own. nginx and redis-server come from
Debian's packages; when they are missing and the tests run as root, they are installed
with apt-get, as the browser tests install Chromium. With ``CI=true`` a set-up that
cannot be had fails the run instead of skipping these tests.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from scripts import cluster as cluster_module
from tests.production.people import PAGE_CACHE_SECONDS


@pytest.fixture(scope="session")
def cluster():
    try:
        cluster_module.ensure_programs(install=True)
    except (cluster_module.SetUpError, OSError) as error:
        if os.environ.get("CI"):
            pytest.fail(str(error))
        pytest.skip(str(error))
    directory = Path(tempfile.mkdtemp(prefix="portal-cluster-"))
    mail_dir = directory / "mail"
    mail_dir.mkdir()
    setup = cluster_module.Cluster(
        directory,
        install=True,
        settings={
            "PAGE_CACHE_SECONDS": str(PAGE_CACHE_SECONDS),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(mail_dir),
            # Members post in quick succession here; the pause is tested in tests/forum/.
            "FORUM_POST_INTERVAL": "0",
            "FORUM_POSTS_PER_HOUR": "100000",
        },
    )
    setup.mail_dir = mail_dir
    try:
        setup.start()
        yield setup
    finally:
        setup.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def running_cluster(cluster):
    """The set-up with every part running, whatever an earlier test did to it."""
    if not (cluster.var_dir / "pgdata" / "postmaster.pid").exists():
        cluster.start_database()
    for number, service in enumerate(cluster.app):
        if not service.running:
            cluster.start_app_server(number)
    return cluster
