"""The language switch links to the same page in the other language, and only on this site."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def switch_links(body: str) -> list[str]:
    switch = re.search(r'<ul class="language-switch">(.*?)</ul>', body, re.S).group(1)
    return re.findall(r'href="([^"]*)"', switch)


def get_raw_path(path: str, **headers: str):
    """A request for exactly ``path``: the test client would read ``//host/...`` as a host."""
    return Client().get("/", PATH_INFO=path, headers=headers)


def test_a_normal_page_links_to_itself_in_the_other_language():
    assert switch_links(Client().get("/projekte/?q=Musik").content.decode()) == [
        "/en/projekte/?q=Musik"
    ]
    assert switch_links(Client().get("/en/projekte/?q=Musik").content.decode()) == [
        "/projekte/?q=Musik"
    ]


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example/projekte/",
        "///evil.example/projekte/",
        "/\\evil.example/projekte/",
        "/\\/evil.example/projekte/",
        "/en//evil.example/projekte/",
        "/en///evil.example/en/projekte/",
    ],
)
def test_the_not_found_page_never_links_to_another_site(path):
    response = get_raw_path(path)
    assert response.status_code == 404
    body = response.content.decode()
    for link in switch_links(body):
        assert link.startswith("/")
        assert not link.startswith(("//", "/\\")), link
    assert "evil.example" not in "".join(switch_links(body))
    assert 'href="//' not in body


def test_the_not_found_page_offers_the_other_languages_home_page():
    assert switch_links(get_raw_path("//evil.example/projekte/").content.decode()) == ["/en/"]
    assert switch_links(get_raw_path("/en//evil.example/projekte/").content.decode()) == ["/"]
