import re

import pytest
from django.db import connection
from django.test import Client

from portal.models import Topic
from tests.factories import EditorFactory

pytestmark = pytest.mark.django_db


def test_home_says_what_the_portal_is_for_in_german(client):
    response = client.get("/")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="de">' in body
    assert body.count("<h1") == 1
    assert "Geflüchteten" in body
    assert 'href="/konto/signup/"' in body


def test_home_in_english_under_en(client):
    body = client.get("/en/").content.decode()
    assert '<html lang="en">' in body
    assert "refugees and migrants" in body
    assert 'href="/en/konto/signup/"' in body


def language_links(body: str) -> list[str]:
    switch = body.split('class="language-switch"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'href="([^"]*)"', switch)


@pytest.mark.parametrize(
    ("path", "other_language"),
    [
        ("/impressum/", "/en/impressum/"),
        ("/en/impressum/", "/impressum/"),
        ("/projekte/?land=berlin&seite=2", "/en/projekte/?land=berlin&amp;seite=2"),
        ("/en/faq/suche/?q=Sprachkurs", "/faq/suche/?q=Sprachkurs"),
    ],
)
def test_language_switch_links_to_the_same_page_in_the_other_language(client, path, other_language):
    assert language_links(client.get(path).content.decode()) == [other_language]


def test_language_switch_leads_home_from_a_page_that_does_not_exist(client):
    assert language_links(client.get("/gibt-es-nicht/").content.decode()) == ["/en/"]
    assert language_links(client.get("/en/no-such-page/").content.decode()) == ["/"]


def test_language_switch_needs_no_form_or_cookie(client):
    """A plain link: no CSRF token on public pages, and no language cookie to declare."""
    response = client.get("/impressum/")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert not response.cookies


def test_every_page_offers_the_language_switch(client):
    for path in ["/", "/impressum/", "/konto/login/", "/en/datenschutz/"]:
        body = client.get(path).content.decode()
        assert len(language_links(body)) == 1, path


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/impressum/", "Impressum"),
        ("/datenschutz/", "Datenschutzerklärung"),
        ("/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
        ("/en/impressum/", "Imprint"),
        ("/en/datenschutz/", "Privacy policy"),
        ("/en/barrierefreiheit/", "Accessibility statement"),
    ],
)
def test_legal_pages_show_the_operator_from_settings(client, settings, path, heading):
    settings.OPERATOR = {
        **settings.OPERATOR,
        "name": "Testträger Vielfalt e. V.",
        "email": "post@testtraeger.example",
    }
    body = client.get(path).content.decode()
    assert f"<h1>{heading}</h1>" in body
    assert "Testträger Vielfalt e. V." in body
    assert "post@testtraeger.example" in body


@pytest.mark.parametrize("path", ["/barrierefreiheit/", "/en/barrierefreiheit/"])
def test_the_accessibility_statement_names_no_documents_the_portal_does_not_offer(client, path):
    # The portal offers no PDF files; the statement once said some were not accessible.
    assert "PDF" not in client.get(path).content.decode()


def test_footer_links_to_the_legal_pages(client):
    body = client.get("/").content.decode()
    for path in ["/impressum/", "/datenschutz/", "/barrierefreiheit/"]:
        assert f'href="{path}"' in body


def test_unknown_url_gets_a_styled_404_that_reveals_nothing(client):
    response = client.get("/gibt-es-nicht/")
    body = response.content.decode()
    assert response.status_code == 404
    assert "Seite nicht gefunden" in body
    assert 'class="skip-link"' in body
    assert "urlpatterns" not in body and "Traceback" not in body


@pytest.mark.urls("tests.portal.broken_urls")
def test_server_error_page_reveals_nothing():
    client = Client(raise_request_exception=False)
    response = client.get("/kaputt/")
    body = response.content.decode()
    assert response.status_code == 500
    assert "Etwas ist schiefgelaufen" in body
    assert "geheimes-detail" not in body and "Traceback" not in body


@pytest.mark.urls("tests.portal.broken_urls")
def test_forbidden_page_is_styled_and_offers_log_in(client):
    response = client.get("/verboten/")
    body = response.content.decode()
    assert response.status_code == 403
    assert "Zugriff verweigert" in body
    assert 'href="/konto/login/?next=/verboten/"' in body
    assert "geheimes-detail" not in body


def test_admin_sends_non_staff_to_its_log_in(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editors_maintain_the_taxonomy_in_the_admin(client):
    editor = EditorFactory(is_staff=True)
    client.force_login(editor)
    response = client.post(
        "/admin/portal/topic/add/",
        {"name": "Sport und Bewegung", "slug": "sport-und-bewegung", "description": ""},
    )
    assert response.status_code == 302
    assert Topic.objects.filter(slug="sport-und-bewegung").exists()
    assert client.get("/admin/portal/user/").status_code == 403  # but not the accounts


def test_admin_is_open_to_staff(client, staff):
    client.force_login(staff)
    response = client.get("/admin/portal/region/")
    assert response.status_code == 200
    assert "Thüringen" in response.content.decode()


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client):
    original = dict(connection.settings_dict)
    connection.close()
    # A real unreachable server: nothing listens on this port.
    connection.settings_dict.update(HOST="127.0.0.1", PORT="1", CONN_MAX_AGE=0)
    try:
        response = client.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(original)
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
