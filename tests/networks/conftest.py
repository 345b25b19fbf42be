import pytest

from networks.models import Organisation, WorkingGroup
from tests import factories


@pytest.fixture
def coordinator(db):
    return factories.UserFactory(display_name="Tarek Koordination")


@pytest.fixture
def network(db, coordinator):
    network = factories.make_network(email="netzwerk@example.org")
    network.coordinators.add(coordinator)
    return network


@pytest.fixture
def working_group(network):
    return WorkingGroup.objects.create(network=network, name="AG Sprache", rhythm="monatlich")


@pytest.fixture
def owner(db):
    return factories.UserFactory(display_name="Olga Owner")


@pytest.fixture
def organisation(db, owner):
    organisation = factories.make_organisation(
        "Kulturbrücke e. V.", kind=Organisation.Kind.MIGRANTENORGANISATION
    )
    organisation.owners.add(owner)
    return organisation
