"""The directories' CSV files: rendered once per state of the directory, and rate-limited.

An export of 5,000 organisations takes one to two seconds to render; rendered anew for
every request, a few parallel downloads stalled every other visitor.
"""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from networks import actions
from networks.models import NetworkMembership, Organisation
from tests import factories
from tests.factories import make_network, make_organisation

pytestmark = pytest.mark.django_db

ORGANISATIONS = reverse("networks:organisation-export")
NETWORKS = reverse("networks:network-export")


def names(response) -> list[str]:
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8").removeprefix("\ufeff")
    return [row[0] for row in csv.reader(io.StringIO(text), delimiter=";")]


@pytest.fixture
def directory(db):
    return [make_organisation(f"Verein {number:02d}") for number in range(40)]


def test_a_second_export_is_served_without_reading_the_directory(
    client, directory, django_assert_max_num_queries
):
    first = names(client.get(ORGANISATIONS))
    # The tests' cache lives in the database: its reads and writes are most of these.
    with django_assert_max_num_queries(20) as captured:
        second = names(client.get(ORGANISATIONS))
    assert second == first and len(first) == 41
    own = [
        query["sql"]
        for query in captured.captured_queries
        if "portal_cache" not in query["sql"] and "SAVEPOINT" not in query["sql"]
    ]
    # One query for the directory's state, none for its rows.
    assert len(own) == 1 and '"networks_organisation"."name"' not in own[0], own


def test_each_language_and_filter_has_its_own_file(client, directory):
    make_organisation("Arabischer Kulturverein", languages=["ar"])
    assert names(client.get(ORGANISATIONS))[0] == "Name"
    assert names(client.get("/en" + ORGANISATIONS))[0] == "Name"
    german = client.get(ORGANISATIONS)
    english = client.get("/en" + ORGANISATIONS)
    german_header = b"".join(german.streaming_content).decode().splitlines()[0]
    english_header = b"".join(english.streaming_content).decode().splitlines()[0]
    assert "Sprachen" in german_header and "Languages" in english_header
    assert names(client.get(ORGANISATIONS + "?sprache=ar"))[1:] == ["Arabischer Kulturverein"]
    assert len(names(client.get(ORGANISATIONS))) == 42


def test_a_change_to_the_directory_shows_in_the_next_export(client, directory):
    renamed = directory[0]
    for url in (ORGANISATIONS, "/en" + ORGANISATIONS):
        assert "Verein 00" in names(client.get(url))
    actions.update_organisation(organisation=renamed, data={"name": "Umbenannter Verein"})
    for url in (ORGANISATIONS, "/en" + ORGANISATIONS):
        shown = names(client.get(url))
        assert "Umbenannter Verein" in shown and "Verein 00" not in shown, url
    # Unpublished, added, deleted.
    directory[1].is_published = False
    directory[1].save()
    assert "Verein 01" not in names(client.get(ORGANISATIONS))
    make_organisation("Neuer Verein")
    assert "Neuer Verein" in names(client.get(ORGANISATIONS))
    Organisation.objects.filter(pk=directory[2].pk).delete()
    assert "Verein 02" not in names(client.get(ORGANISATIONS))


def test_a_new_member_shows_in_the_networks_export_filtered_by_member(client, directory):
    network = make_network("Netzwerk Jena", ags="16053")
    member = directory[3]
    url = f"{NETWORKS}?mitglied={member.slug}"
    assert names(client.get(url)) == ["Name"]
    NetworkMembership.objects.create(network=network, organisation=member)
    assert names(client.get(url)) == ["Name", "Netzwerk Jena"]


def test_the_export_after_the_hourly_limit_is_refused_with_a_time(client, directory, settings):
    settings.DIRECTORY_EXPORTS_PER_HOUR = 3
    for url in (ORGANISATIONS, NETWORKS, ORGANISATIONS):
        assert client.get(url).status_code == 200
    refused = client.get(NETWORKS)
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert refused["Content-Type"].startswith("text/plain")
    assert "Bitte versuchen Sie es in" in refused.content.decode()
    assert "Please try again in" in client.get("/en" + ORGANISATIONS).content.decode()
    # The list pages stay open, and other visitors are not held up.
    assert client.get(reverse("networks:organisation-list")).status_code == 200
    assert client.get(ORGANISATIONS, REMOTE_ADDR="192.0.2.7").status_code == 200
    client.force_login(factories.UserFactory())
    assert client.get(ORGANISATIONS).status_code == 200
