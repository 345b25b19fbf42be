"""Filters that name what they cannot use, and districts that follow the chosen Land.

The project list, both directories and the article list share the filter form; each
test runs over every list that offers the filter it is about.
"""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Region
from tests.factories import ArticleFactory, ProjectFactory, make_network, make_organisation

pytestmark = pytest.mark.django_db

REGION_LISTS = ["/projekte/", "/netzwerke/", "/organisationen/"]


@pytest.fixture
def entries_in_jena_and_dortmund(db):
    """One entry in Jena (Thüringen) and one in Dortmund (Nordrhein-Westfalen) per list."""
    dortmund = Region.objects.get(ags="05913")
    ProjectFactory(name="Sprachcafé Jena")
    ProjectFactory(name="Chor der Kulturen Dortmund", region=dortmund, land=dortmund.land)
    make_network("Netzwerk Jena", ags="16053")
    make_network("Netzwerk Dortmund", ags="05913")
    make_organisation("Verein Jena", ags="16053")
    make_organisation("Verein Dortmund", ags="05913")


def district_options(response) -> list[str]:
    body = response.content.decode()
    select = re.search(r'<select name="kreis"[^>]*>(.*?)</select>', body, re.S).group(1)
    return re.findall(r'<option value="([^"]*)"', select)


def error_summary(response) -> str:
    """The text of the filter's error summary, or "" when there is none."""
    assert response.status_code == 200
    found = re.search(
        r'<div class="error-summary"[^>]*>(.*?)</div>', response.content.decode(), re.S
    )
    return html.unescape(re.sub(r"\s+", " ", found.group(1))) if found else ""


def shown_names(response) -> list[str]:
    return [getattr(item, "name", None) or item.title for item in response.context["page"].items]


@pytest.mark.parametrize("url", REGION_LISTS)
def test_without_a_land_every_district_is_offered(client, url):
    options = district_options(client.get(url))
    assert options[0] == ""
    assert "16053" in options and "05913" in options
    assert len(options) > 400


@pytest.mark.parametrize("url", REGION_LISTS)
def test_choosing_a_land_narrows_the_districts_to_that_land(client, url):
    options = district_options(client.get(url + "?land=05"))
    assert options[0] == ""  # all districts of the Land
    assert "05913" in options  # Dortmund
    assert "16053" not in options  # Jena
    assert all(option.startswith("05") for option in options[1:])
    assert len(options) == 1 + Region.objects.filter(land__ags="05").count()


@pytest.mark.parametrize("url", REGION_LISTS)
def test_an_invalid_land_still_offers_every_district(client, url):
    assert len(district_options(client.get(url + "?land=zzz"))) > 400


@pytest.mark.parametrize("url", REGION_LISTS)
def test_a_district_outside_the_land_is_named_and_the_land_still_applies(
    client, url, entries_in_jena_and_dortmund
):
    response = client.get(url + "?land=05&kreis=16053")
    summary = error_summary(response)
    assert "Jena liegt nicht in Nordrhein-Westfalen" in summary
    assert 'href="#id_kreis"' in summary
    # Not silently empty: the district is left out, the Land is kept.
    assert len(shown_names(response)) == 1
    assert "Dortmund" in shown_names(response)[0]


@pytest.mark.parametrize("url", REGION_LISTS)
def test_a_district_inside_the_land_gives_no_error(client, url, entries_in_jena_and_dortmund):
    response = client.get(url + "?land=16&kreis=16053")
    assert error_summary(response) == ""
    assert len(shown_names(response)) == 1
    assert "Jena" in shown_names(response)[0]


@pytest.mark.parametrize(
    ("url", "query", "field"),
    [
        ("/projekte/", "land=zzz", "land"),
        ("/projekte/", "kreis=99999", "kreis"),
        ("/projekte/", "thema=gibt-es-nicht", "thema"),
        ("/projekte/", "laufzeit=bald", "laufzeit"),
        ("/netzwerke/", "land=zzz", "land"),
        ("/netzwerke/", "art=verein", "art"),
        ("/organisationen/", "sprache=xx", "sprache"),
        ("/organisationen/", "buchstabe=1", "buchstabe"),
        ("/beitraege/", "art=zzz", "art"),
    ],
)
def test_an_invalid_value_is_named_in_an_error_summary(client, url, query, field):
    response = client.get(f"{url}?{query}")
    summary = error_summary(response)
    assert "Es gibt ein Problem mit den Filtern" in summary
    value = query.split("=", 1)[1]
    assert f"„{value}“ steht nicht in der Liste" in summary
    assert f'href="#id_{field}"' in summary
    assert "Die Ergebnisse berücksichtigen diese Angaben nicht." in summary


def test_the_error_summary_speaks_english_under_en(client):
    summary = error_summary(client.get("/en/projekte/?land=zzz&kreis=16053"))
    assert "There is a problem with the filters" in summary
    assert "Land: “zzz” is not in the list." in summary


def test_valid_filters_give_no_error_summary(client, entries_in_jena_and_dortmund):
    for url in REGION_LISTS:
        assert error_summary(client.get(url + "?land=05&kreis=05913")) == ""
        assert error_summary(client.get(url)) == ""


def test_the_cached_filter_form_keeps_each_query_s_own_errors(client):
    assert error_summary(client.get("/projekte/?land=zzz"))
    assert error_summary(client.get("/projekte/?land=05")) == ""
    assert "„zzz“" in error_summary(client.get("/projekte/?land=zzz"))


def test_narrowing_the_districts_costs_no_query(client):
    client.get("/projekte/?land=05")  # reference data and sessions warmed up
    with CaptureQueriesContext(connection) as everything:
        client.get("/projekte/?thema=x")
    with CaptureQueriesContext(connection) as narrowed:
        client.get("/projekte/?thema=x&land=05&kreis=16053")
    # The Land filter's one query for the region's id is the only addition.
    assert len(narrowed) <= len(everything) + 1


def test_article_list_with_an_invalid_topic_still_lists_articles(client):
    ArticleFactory(title="Gespräch mit einem Chor")
    response = client.get("/beitraege/?thema=gibt-es-nicht")
    assert "Gespräch mit einem Chor" in response.content.decode()
    assert "„gibt-es-nicht“ steht nicht in der Liste" in error_summary(response)
