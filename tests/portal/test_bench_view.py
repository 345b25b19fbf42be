import importlib

import pytest
from django.contrib import admin
from django.urls import clear_url_caches

import portal.urls


def rebuild_root_urls() -> None:
    """Build the root URLconf again, as a server starting with the current settings does."""
    importlib.reload(portal.urls)
    clear_url_caches()


@pytest.fixture
def bench_enabled(settings, monkeypatch):
    # Building the URLconf wraps the admin log-in once more; monkeypatch puts it back.
    monkeypatch.setattr(admin.site, "login", admin.site.login)
    settings.BENCHMARK_BARE_VIEW = True
    rebuild_root_urls()
    yield
    settings.BENCHMARK_BARE_VIEW = False
    rebuild_root_urls()


@pytest.mark.parametrize("path", ["/bench/bare", "/bench/bare-db"])
def test_bare_views_are_not_routed_by_default(client, db, path):
    assert client.get(path).status_code == 404


def test_bare_view_answers_without_the_database(client, bench_enabled):
    # No database access is allowed in this test: a query would fail it.
    response = client.get("/bench/bare")
    assert response.status_code == 200
    assert response.content == b"bare\n"
    # The yardstick is never answered from the page cache.
    assert "no-store" in response["Cache-Control"]


def test_bare_view_with_query_runs_one_query(client, db, bench_enabled, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/bench/bare-db")
    assert response.status_code == 200
    assert response.content == b"bare\n"
