"""Feed readers find the Atom feed from the pages whose content it lists, in their language."""

import re
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def advertised_feeds(body: str) -> list[str]:
    head = body.split("</head>", 1)[0]
    return re.findall(
        r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)" title="[^"]+">', head
    )


@pytest.mark.parametrize(
    ("page", "feed"),
    [
        ("/", "/feed/"),
        ("/en/", "/en/feed/"),
        ("/projekte/", "/feed/"),
        ("/en/projekte/", "/en/feed/"),
        ("/beitraege/", "/feed/"),
        ("/en/beitraege/", "/en/feed/"),
    ],
)
def test_pages_with_new_content_advertise_the_feed_in_their_language(client, page, feed):
    response = client.get(page)
    assert response.status_code == 200
    assert advertised_feeds(response.content.decode()) == [feed]


@pytest.mark.parametrize(
    ("feed", "page"),
    [("/feed/", "/projekte/"), ("/en/feed/", "/en/projekte/")],
)
def test_the_feed_links_to_the_list_of_its_content_in_its_language(client, feed, page, settings):
    page = settings.SITE_URL + page
    atom = ElementTree.fromstring(client.get(feed).content)
    alternates = [
        link.get("href") for link in atom.findall(f"{ATOM}link") if link.get("rel") == "alternate"
    ]
    assert alternates == [page]
