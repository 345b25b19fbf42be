"""The directories speak in names, not codes, and offer only what leads somewhere."""

import csv
import io
import re

import pytest
from django.urls import reverse

from networks.models import NetworkMembership, Organisation
from tests.factories import make_network, make_organisation

pytestmark = pytest.mark.django_db


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def read_csv(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8").removeprefix("\ufeff")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def main_navigation(body: str) -> str:
    return re.search(r'<nav class="site-nav".*?</nav>', body, re.S).group(0)


# --- languages -------------------------------------------------------------------------


def test_organisation_list_names_the_languages(client):
    make_organisation("Kulturbrücke e. V.", languages=["de", "fa", "ps"])
    body = page(client, "/organisationen/")
    assert "Deutsch, Persisch (Farsi/Dari), Paschtu" in body
    assert "DE, FA, PS" not in body
    assert "German, Persian, Pashto" in page(client, "/en/organisationen/")


def test_organisation_csv_names_the_languages_in_the_page_s_language(client):
    make_organisation("Kulturbrücke e. V.", languages=["ar", "dgs"])
    header, row = read_csv(client.get("/organisationen/export.csv"))
    assert row[header.index("Sprachen")] == "Arabisch, Deutsche Gebärdensprache"
    header, row = read_csv(client.get("/en/organisationen/export.csv"))
    assert row[header.index("Languages")] == "Arabic, German Sign Language"


# --- navigation ------------------------------------------------------------------------


def test_the_main_navigation_leads_to_the_organisations(client):
    navigation = main_navigation(page(client, "/"))
    assert f'href="{reverse("networks:organisation-list")}"' in navigation
    assert ">Organisationen</a>" in navigation
    on_the_list = main_navigation(page(client, "/organisationen/"))
    assert re.search(r'href="/organisationen/" aria-current="page">Organisationen<', on_the_list)


# --- the member filter -----------------------------------------------------------------


def test_the_network_filter_has_no_label_without_a_field(client):
    body = page(client, "/netzwerke/")
    assert "Mit Mitglied" not in body
    assert 'name="mitglied"' not in body


def test_networks_with_a_member_say_so_and_keep_the_member_when_filtering(client):
    bruecke = make_organisation("Kulturbrücke e. V.")
    jena = make_network("Netzwerk Jena", ags="16053")
    make_network("Netzwerk Erfurt")
    NetworkMembership.objects.create(network=jena, organisation=bruecke)
    body = page(client, f"/netzwerke/?mitglied={bruecke.slug}")
    assert "Netzwerke, in denen Kulturbrücke e. V. Mitglied ist" in body
    assert f'<input type="hidden" name="mitglied" value="{bruecke.slug}"' in body
    assert "Netzwerk Erfurt" not in body
    assert "<label" not in re.search(r'<input type="hidden" name="mitglied"[^>]*>', body).group(0)


def test_an_unknown_member_is_named_and_not_kept(client):
    make_network("Netzwerk Erfurt")
    body = page(client, "/netzwerke/?mitglied=gibt-es-nicht")
    assert "Mit Mitglied: „gibt-es-nicht“ steht nicht in der Liste" in body
    assert 'name="mitglied"' not in body


# --- A–Z -------------------------------------------------------------------------------


def az_links(body: str) -> list[str]:
    index = re.search(r'<nav class="az-index".*?</nav>', body, re.S).group(0)
    return re.findall(r"<a [^>]*>([A-Z])</a>", index)


def az_letters(body: str) -> list[str]:
    index = re.search(r'<nav class="az-index".*?</nav>', body, re.S).group(0)
    return re.findall(r">([A-Z])<", index)


def test_the_a_to_z_index_links_only_letters_with_entries(client):
    make_network("Netzwerk Erfurt")
    make_network("Ökumenisches Netz Jena", ags="16053")
    make_network("Arbeitskreis Dortmund", ags="05913")
    make_network("Zukunft Verborgen", is_published=False)
    body = page(client, "/netzwerke/")
    assert az_links(body) == ["A", "N", "O"]
    assert az_letters(body) == [chr(code) for code in range(ord("A"), ord("Z") + 1)]
    # The other filters count: in Thüringen there is nothing under A.
    assert az_links(page(client, "/netzwerke/?land=16")) == ["N", "O"]
    # The chosen letter's own filter does not: every letter of the Land stays reachable.
    assert az_links(page(client, "/netzwerke/?land=16&buchstabe=N")) == ["N", "O"]


def test_the_a_to_z_index_of_organisations_follows_the_filters(client):
    make_organisation("Beratungsstelle Jena", ags="16053", languages=["ar"])
    make_organisation("Kulturbrücke e. V.", languages=["fa"])
    assert az_links(page(client, "/organisationen/")) == ["B", "K"]
    assert az_links(page(client, "/organisationen/?sprache=fa")) == ["K"]


def test_a_chosen_letter_without_entries_is_still_marked_as_chosen(client):
    make_network("Netzwerk Erfurt")
    body = page(client, "/netzwerke/?buchstabe=Q")
    assert re.search(r'aria-current="page"[^>]*>Q<', body)


def test_the_a_to_z_index_costs_one_query_for_few_and_many_entries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured)

    make_organisation("Allein")
    few = queries("/organisationen/")
    Organisation.objects.bulk_create(
        Organisation(name=f"{letter}-Verein {n}", slug=f"{letter.lower()}-verein-{n}",
                     kind="verein", region=Organisation.objects.get().region)
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for n in range(4)
    )  # fmt: skip
    assert queries("/organisationen/") == few


# --- contact box -----------------------------------------------------------------------


def test_a_town_alone_is_no_contact_box_but_is_shown(client):
    organisation = make_organisation("Kulturbrücke e. V.", city="Erfurt-Nord")
    body = page(client, organisation.get_absolute_url())
    assert "<h2>Kontakt</h2>" not in body
    assert "Erfurt-Nord" in body
    network = make_network("Netzwerk Erfurt", city="Erfurt-Süd")
    body = page(client, network.get_absolute_url())
    assert "<h2>Kontakt</h2>" not in body
    assert "Erfurt-Süd" in body


@pytest.mark.parametrize(
    "contact",
    [
        {"email": "info@kulturbruecke.example"},
        {"phone": "0361 123456"},
        {"website": "https://kulturbruecke.example"},
        {"street": "Anger 1", "postcode": "99084", "city": "Erfurt"},
    ],
)
def test_real_contact_data_gets_the_contact_box(client, contact):
    organisation = make_organisation("Kulturbrücke e. V.", **contact)
    body = page(client, organisation.get_absolute_url())
    assert "<h2>Kontakt</h2>" in body
    for value in contact.values():
        assert value in body
