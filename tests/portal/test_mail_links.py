"""Absolute links in mail, feeds and structured data name the portal's address (SITE_URL)
however the request named the host; a reset for an unknown address mails nobody."""

import json
import re
from xml.etree import ElementTree

import pytest

from tests.factories import ArticleFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db

HOSTILE_HOST = "127.0.0.1:9999"
PUBLIC = "https://portal.example.org"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def public_address(settings):
    """The public address differs from the host the requests name, which is allowed."""
    settings.SITE_URL = PUBLIC
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    return settings


def links_in(text: str) -> list[str]:
    return re.findall(r"https?://[^\s\"'<>]+", text)


def test_a_reset_requested_through_another_host_mails_a_link_to_the_public_address(
    client, public_address, mail_after_commit
):
    UserFactory(email="vergessen@example.org")
    with mail_after_commit():
        response = client.post(
            "/konto/password/reset/", {"email": "vergessen@example.org"}, HTTP_HOST=HOSTILE_HOST
        )
    assert response.status_code == 302
    (mail,) = mail_after_commit.outbox
    links = links_in(mail.body)
    assert links
    assert all(link.startswith(PUBLIC + "/") for link in links), links
    assert "9999" not in mail.body


def test_sign_up_mails_link_to_the_public_address(client, public_address, mail_after_commit):
    UserFactory(email="vergeben@example.org")
    password = "Kaktus Wolke Fahrrad Tinte"
    with mail_after_commit():
        for email in ["neu@example.org", "vergeben@example.org"]:
            client.post(
                "/konto/signup/",
                {"email": email, "password1": password, "password2": password},
                HTTP_HOST=HOSTILE_HOST,
            )
    assert len(mail_after_commit.outbox) == 2  # confirmation, and "you already have one"
    for mail in mail_after_commit.outbox:
        links = links_in(mail.body)
        assert links
        assert all(link.startswith(PUBLIC + "/") for link in links), links
        assert "9999" not in mail.body


def test_structured_data_of_a_portrait_names_the_public_address(client, public_address):
    project = ProjectFactory()
    body = client.get(project.get_absolute_url(), HTTP_HOST=HOSTILE_HOST).content.decode()
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', body).group(1))
    assert data["url"] == PUBLIC + project.get_absolute_url()
    og_url = re.search(r'property="og:url" content="([^"]+)"', body).group(1)
    assert og_url == PUBLIC + project.get_absolute_url()


def test_the_article_page_names_the_public_address(client, public_address):
    article = ArticleFactory()
    body = client.get(article.get_absolute_url(), HTTP_HOST=HOSTILE_HOST).content.decode()
    og_url = re.search(r'property="og:url" content="([^"]+)"', body).group(1)
    assert og_url == PUBLIC + article.get_absolute_url()


def test_the_feed_names_the_public_address(client, public_address):
    ProjectFactory()
    ArticleFactory()
    atom = ElementTree.fromstring(client.get("/feed/", HTTP_HOST=HOSTILE_HOST).content)
    hrefs = [link.get("href") for link in atom.iter(f"{ATOM}link")]
    ids = [element.text for element in atom.iter(f"{ATOM}id")]
    assert len(hrefs) >= 3
    assert all(href.startswith(PUBLIC + "/") for href in hrefs), hrefs
    assert not any("9999" in (text or "") for text in ids), ids


# --- no unsolicited mail ---------------------------------------------------------------


def test_a_reset_for_an_unknown_address_mails_nobody_and_looks_the_same(client, mail_after_commit):
    UserFactory(email="bekannt@example.org")
    with mail_after_commit():
        unknown = client.post(
            "/konto/password/reset/", {"email": "unbekannt@example.org"}, follow=True
        )
    assert mail_after_commit.outbox == []
    with mail_after_commit():
        known = client.post("/konto/password/reset/", {"email": "bekannt@example.org"}, follow=True)
    assert [mail.to for mail in mail_after_commit.outbox] == [["bekannt@example.org"]]
    assert unknown.redirect_chain == known.redirect_chain
    assert unknown.content == known.content
