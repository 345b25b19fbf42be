"""An unpublished network or organisation does not exist for people who may not see it.

Its edit and coordination pages answer "not found", as for a slug nobody ever used, so
that nobody can learn which entries wait unpublished; who keeps the entry still works on it.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from networks.models import Meeting, WorkingGroup
from tests import factories
from tests.factories import add_meeting, make_network, make_organisation


@pytest.fixture
def hidden_network(db, coordinator):
    network = make_network("Netzwerk im Aufbau", is_published=False)
    network.coordinators.add(coordinator)
    return network


@pytest.fixture
def hidden_organisation(db, owner):
    organisation = make_organisation("Verein im Aufbau", is_published=False)
    organisation.owners.add(owner)
    return organisation


def _network_urls(network) -> list[str]:
    group = WorkingGroup.objects.create(network=network, name="AG Wohnen")
    meeting: Meeting = add_meeting(network)
    slug = network.slug
    return [
        reverse("networks:network-edit", kwargs={"slug": slug}),
        reverse("networks:join-requests", kwargs={"slug": slug}),
        reverse("networks:working-group-create", kwargs={"slug": slug}),
        reverse("networks:working-group-edit", kwargs={"slug": slug, "pk": group.pk}),
        reverse("networks:meeting-create", kwargs={"slug": slug}),
        reverse("networks:meeting-edit", kwargs={"slug": slug, "pk": meeting.pk}),
        reverse("networks:meeting-delete", kwargs={"slug": slug, "pk": meeting.pk}),
    ]


def test_an_unpublished_network_is_not_found_by_people_outside_it(client, hidden_network):
    urls = _network_urls(hidden_network)
    client.force_login(factories.UserFactory())
    for url in urls:
        assert client.get(url).status_code == 404, url
        assert client.post(url).status_code == 404, url
    missing = reverse("networks:network-edit", kwargs={"slug": "gibt-es-nicht"})
    assert client.get(missing).status_code == 404


def test_a_published_network_stays_forbidden_to_people_outside_it(client, network):
    client.force_login(factories.UserFactory())
    url = reverse("networks:network-edit", kwargs={"slug": network.slug})
    assert client.get(url).status_code == 403


def test_coordinators_and_editors_keep_working_on_an_unpublished_network(
    client, hidden_network, coordinator
):
    urls = _network_urls(hidden_network)
    for person in (coordinator, factories.EditorFactory()):
        client.force_login(person)
        for url in urls:
            assert client.get(url).status_code == 200, url


def test_an_unpublished_organisation_is_not_found_by_others(client, hidden_organisation, owner):
    url = reverse("networks:organisation-edit", kwargs={"slug": hidden_organisation.slug})
    client.force_login(factories.UserFactory())
    assert client.get(url).status_code == 404
    assert client.post(url, {"name": "Übernommen"}).status_code == 404
    hidden_organisation.refresh_from_db()
    assert hidden_organisation.name == "Verein im Aufbau"
    for person in (owner, factories.EditorFactory()):
        client.force_login(person)
        assert client.get(url).status_code == 200


def test_a_published_organisation_stays_forbidden_to_others(client, organisation):
    client.force_login(factories.UserFactory())
    url = reverse("networks:organisation-edit", kwargs={"slug": organisation.slug})
    assert client.get(url).status_code == 403
