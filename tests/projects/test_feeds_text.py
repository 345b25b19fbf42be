"""The Atom feed's summaries are plain text: no Markdown syntax, no markup a reader would run."""

import html
from xml.etree import ElementTree

import pytest

from tests.factories import ArticleFactory, ProjectFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def summaries_as_html(client) -> dict[str, str]:
    """Each entry's summary by title; Atom's type="html" makes readers take it as HTML."""
    response = client.get("/feed/")
    feed = ElementTree.fromstring(response.content)
    return {
        entry.find(f"{ATOM}title").text: entry.find(f"{ATOM}summary").text
        for entry in feed.iter(f"{ATOM}entry")
    }


def summaries(client) -> dict[str, str]:
    """Each entry's summary by title, as the text a reader shows."""
    return {title: html.unescape(text) for title, text in summaries_as_html(client).items()}


def test_feed_summaries_are_plain_text_made_from_markdown(client):
    ProjectFactory(
        name="Sprachcafé Lobeda",
        summary="Ein **offener** Treff – mehr beim [Stadtteilbüro](https://example.org/lobeda).",
    )
    ArticleFactory(title="Chor ohne Grenzen", lead="> Singen verbindet.\n\n- Proben\n- Auftritte")
    assert summaries(client) == {
        "Sprachcafé Lobeda": "Ein offener Treff – mehr beim Stadtteilbüro "
        "(https://example.org/lobeda).",
        "Chor ohne Grenzen": "Singen verbindet.\n\n• Proben\n• Auftritte",
    }


def test_feed_summaries_keep_no_markdown_syntax(client):
    ProjectFactory(summary="# Sprachcafé\n\n*Jeden* Dienstag, siehe [hier](https://example.org)")
    ArticleFactory(lead="1. **Frage:** Wie fing es an?\n* Mit zehn Leuten.")
    for text in summaries(client).values():
        assert "*" not in text and "[" not in text and "](" not in text
        assert not any(line.startswith(("#", ">", "- ", "* ")) for line in text.splitlines())


def test_markup_in_a_summary_reaches_the_reader_as_text(client):
    summary = 'Wir <b>singen</b> <img src="x" onerror="alert(1)">'
    ProjectFactory(name="Musikprojekt", summary=summary)
    as_html = summaries_as_html(client)["Musikprojekt"]
    assert "<" not in as_html
    assert html.unescape(as_html) == summary
