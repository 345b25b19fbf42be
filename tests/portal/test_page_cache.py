"""The page cache for anonymous visitors (portal.page_cache) and who it leaves out."""

import re

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.test import Client

from faq.models import FailedSearch
from projects.models import Project
from tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The real per-process cache instead of the tests' dummy one."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "test-pages",
        },
    }
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()


@pytest.fixture
def project(db):
    return ProjectFactory(name="Nähcafé International")


def rename(project, name):
    Project.objects.filter(pk=project.pk).update(name=name)


def test_an_anonymous_visitor_gets_the_kept_page_with_one_query(
    client, project, django_assert_num_queries
):
    first = client.get(project.get_absolute_url())
    assert first.status_code == 200
    rename(project, "Umbenanntes Nähcafé")
    # The one query reads the public-content version from the shared (database) cache.
    with django_assert_num_queries(1):
        second = Client().get(project.get_absolute_url())
    assert second.content == first.content
    assert "Nähcafé International" in second.content.decode()


def test_a_change_shows_once_the_page_has_expired(client, project, page_cache):
    client.get(project.get_absolute_url())
    rename(project, "Umbenanntes Nähcafé")
    page_cache.clear()  # what the timeout does after CACHE_MIDDLEWARE_SECONDS
    assert "Umbenanntes Nähcafé" in client.get(project.get_absolute_url()).content.decode()


def test_each_language_and_query_has_its_own_page(client, project):
    german = client.get("/projekte/").content.decode()
    english = client.get("/en/projekte/").content.decode()
    assert '<html lang="de">' in german
    assert '<html lang="en">' in english
    filtered = client.get("/projekte/?q=Sprachkurs").content.decode()
    assert "Nähcafé International" in german
    assert "Nähcafé International" not in filtered


def test_a_logged_in_member_never_gets_or_leaves_a_kept_page(user_client, project):
    anonymous = Client().get(project.get_absolute_url())
    rename(project, "Umbenanntes Nähcafé")
    logged_in = user_client.get(project.get_absolute_url())
    assert "Umbenanntes Nähcafé" in logged_in.content.decode()
    assert "private" in logged_in["Cache-Control"]
    assert "no-store" in logged_in["Cache-Control"]
    # Nor does the member's page replace the anonymous one, or show to anyone else.
    user_client.get("/")
    home = Client().get("/").content.decode()
    assert 'href="/konto/logout/"' not in home
    assert anonymous.content == Client().get(project.get_absolute_url()).content


def test_a_visitor_with_a_session_is_left_out(client, project):
    client.get(project.get_absolute_url())
    rename(project, "Umbenanntes Nähcafé")
    visitor = Client()
    visitor.cookies[django_settings.SESSION_COOKIE_NAME] = "a-session-that-ended"
    body = visitor.get(project.get_absolute_url()).content.decode()
    assert "Umbenanntes Nähcafé" in body


def csrf_token(body: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)


def test_pages_with_a_form_token_are_not_kept(faq):
    """Each visitor of a form gets a CSRF token of their own, never a stored one."""
    entry_url = faq["foerdermittel"].get_absolute_url()  # the page asks "Was this answer helpful?"
    one = Client().get(entry_url)
    other = Client().get(entry_url)
    assert one.cookies["csrftoken"].value != other.cookies["csrftoken"].value
    assert csrf_token(one.content.decode()) != csrf_token(other.content.decode())
    assert "max-age" not in other.get("Cache-Control", "")


def test_every_failed_faq_search_is_counted(client, faq):
    for _ in range(3):
        response = client.get("/faq/suche/", {"q": "Zollamtsformular"})
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
    assert FailedSearch.objects.get(query="zollamtsformular").count == 3


def test_post_requests_are_never_answered_from_the_cache(client, faq):
    client.get("/faq/frage-stellen/")
    response = client.post("/faq/frage-stellen/", {})
    assert response.status_code in (200, 302, 403)
    assert "max-age" not in response.get("Cache-Control", "")
