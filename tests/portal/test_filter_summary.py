"""Lists on phones: the filters behind a "Filter (n)" disclosure, and the filters set as
links that drop one each."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from portal.models import Region
from tests.factories import ProjectFactory, make_network

pytestmark = pytest.mark.django_db


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def disclosure(body: str) -> str:
    return re.search(r"<details[^>]*data-filter-disclosure.*?</summary>", body, re.S).group(0)


def summary_text(body: str) -> str:
    summary = re.search(r"<summary[^>]*>(.*?)</summary>", disclosure(body), re.S).group(1)
    return " ".join(unescape(re.sub(r"<[^>]+>", "", summary)).split())


def chips(body: str) -> dict[str, dict[str, list[str]]]:
    """The chips' texts, each with the query its link leads to."""
    found = re.findall(r'<a class="filter-chip" href="([^"]*)">(.*?)<span', body, re.S)
    return {unescape(text): parse_qs(urlsplit(unescape(href)).query) for href, text in found}


@pytest.fixture
def portraits(db):
    jena = Region.objects.get(ags="16053")
    dortmund = Region.objects.get(ags="05913")
    ProjectFactory(name="Musikcafé Jena", region=jena, land=jena.land)
    ProjectFactory(name="Chor der Kulturen Dortmund", region=dortmund, land=dortmund.land)


def test_without_filters_the_summary_shows_no_number_and_no_chips(client, portraits):
    body = page(client, "/projekte/")
    assert summary_text(body) == "Filter"
    assert " open" not in disclosure(body)
    assert chips(body) == {}
    # The search field stays outside the disclosure, the other filters are inside it.
    search_at = body.index('name="q"')
    assert search_at < body.index("data-filter-disclosure") < body.index('name="land"')


def test_the_summary_counts_the_filters_set_but_not_the_search_or_the_order(client, portraits):
    body = page(client, "/projekte/?q=Musik&land=16&kreis=16053&sortierung=name")
    assert summary_text(body).startswith("Filter (2")
    assert set(chips(body)) == {"Suche: Musik", "Land: Thüringen", "Kreis oder Stadt: Jena"}


def test_each_chip_drops_its_own_filter_and_the_page(client, portraits):
    body = page(client, "/projekte/?land=16&kreis=16053&nach=abc")
    links = chips(body)
    assert links["Land: Thüringen"] == {"kreis": ["16053"]}
    assert links["Kreis oder Stadt: Jena"] == {"land": ["16"]}
    # Following the district's chip lists the whole Land again.
    body = page(client, "/projekte/?land=05&kreis=05913")
    assert "Musikcafé Jena" not in body
    href = re.search(r'<a class="filter-chip" href="([^"]*)">Kreis', body).group(1)
    without_district = page(client, "/projekte/" + unescape(href))
    assert "Chor der Kulturen Dortmund" in without_district
    assert summary_text(without_district).startswith("Filter (1")


def test_a_value_with_an_error_is_not_counted_and_opens_the_filters(client, portraits):
    body = page(client, "/projekte/?land=05&kreis=16053")
    assert "<details" in disclosure(body) and " open" in disclosure(body)
    assert summary_text(body).startswith("Filter (1")
    assert set(chips(body)) == {"Land: Nordrhein-Westfalen"}


def test_the_count_comes_from_the_submitted_values_despite_the_fragment_cache(client, portraits):
    assert summary_text(page(client, "/projekte/?land=16")).startswith("Filter (1")
    assert summary_text(page(client, "/projekte/?land=16&thema=")).startswith("Filter (1")
    assert summary_text(page(client, "/projekte/")) == "Filter"


def test_networks_count_the_hidden_member_filter_and_the_letter(client):
    make_network("Netzwerk Erfurt")
    body = page(client, "/netzwerke/?buchstabe=N&land=16")
    assert summary_text(body).startswith("Filter (2")
    assert set(chips(body)) == {"Anfangsbuchstabe: N", "Land: Thüringen"}


def test_empty_letters_are_unavailable_text_and_the_csv_link_follows_the_results(client):
    make_network("Netzwerk Erfurt")
    body = page(client, "/netzwerke/")
    index = re.search(r'<nav class="az-index".*?</nav>', body, re.S).group(0)
    assert re.search(r'<a [^>]*aria-disabled="true"[^>]*>Q<', index)
    assert not re.search(r'href="[^"]*buchstabe=Q', index)
    assert re.search(r'<a href="\?buchstabe=N">N</a>', index)
    assert body.index("Netzwerk Erfurt") < body.index("als CSV herunterladen")
