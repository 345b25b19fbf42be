"""The search's contrib extensions: created by the migrations, named by a check when missing."""

import pytest
from django.core.checks import Error
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection

from portal import checks


def query(sql, *params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def test_the_migrations_install_both_extensions_and_they_work(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        installed = {name for (name,) in cursor.fetchall()}

    assert {"pg_trgm", "unaccent"} <= installed
    assert query("SELECT unaccent(%s)", "Müller-Lüdenscheidt") == "Muller-Ludenscheidt"
    # A search for "Forderung" typed without umlaut finds "Förderung".
    assert query("SELECT similarity(%s, %s)", "Förderung", "Forderung") > 0.3


def test_the_check_finds_nothing_missing_on_the_test_database(db):
    call_command("check", "--database", "default")

    assert checks.check_database_extensions(None, databases=["default"]) == []


def test_an_extension_the_server_does_not_have_is_named(db):
    missing = checks.missing_extensions(
        connection, ("pg_trgm", "unaccent", "portal_no_such_extension")
    )

    assert missing == ["portal_no_such_extension"]


def test_the_check_names_the_missing_extension_and_how_to_get_it(db, monkeypatch):
    # As on a server without this contrib module: the check asks for one that no server has.
    monkeypatch.setattr(checks, "REQUIRED_EXTENSIONS", ("pg_trgm", "portal_no_such_extension"))

    errors = checks.check_database_extensions(None, databases=["default"])

    assert len(errors) == 1
    [error] = errors
    assert isinstance(error, Error)
    assert error.id == "portal.E006"
    assert "portal_no_such_extension" in error.msg
    assert "pg_trgm" not in error.msg
    assert "'default'" in error.msg
    assert "contrib" in error.hint
    assert "manage.py migrate" in error.hint
    with pytest.raises(SystemCheckError, match=r"portal\.E006"):
        call_command("check", "--database", "default")


def test_the_check_leaves_databases_it_was_not_asked_about_alone(db, monkeypatch):
    # `manage.py check` without --database must not need a database server.
    monkeypatch.setattr(checks, "REQUIRED_EXTENSIONS", ("portal_no_such_extension",))

    assert checks.check_database_extensions(None) == []
    call_command("check")
