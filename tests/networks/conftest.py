import datetime

import pytest
from django.utils import timezone
from django.utils.text import slugify

from networks.models import Meeting, Network, NetworkMembership, Organisation, WorkingGroup
from tests import factories


def make_organisation(name: str, *, kind=Organisation.Kind.VEREIN, ags="16051", **fields):
    slug = slugify(name)
    return Organisation.objects.create(
        name=name, slug=slug, kind=kind, region=factories.region(ags), **fields
    )


def make_network(name: str = "Netzwerk Integration Erfurt", *, ags="16051", **fields):
    slug = fields.pop("slug", slugify(name))
    return Network.objects.create(
        name=name,
        slug=slug,
        kind=fields.pop("kind", Network.Kind.MUNICIPAL),
        scope=fields.pop("scope", Network.Scope.KOMMUNE),
        region=factories.region(ags),
        **fields,
    )


def add_members(network: Network, count: int) -> list[Organisation]:
    kinds = list(Organisation.Kind)
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Mitglied {network.pk}-{index:03d}",
            slug=f"mitglied-{network.pk}-{index:03d}",
            kind=kinds[index % len(kinds)],
            region=network.region,
        )
        for index in range(count)
    )
    NetworkMembership.objects.bulk_create(
        NetworkMembership(network=network, organisation=organisation)
        for organisation in organisations
    )
    return organisations


def add_meeting(network: Network, *, days: int = 10, public: bool = True, **fields) -> Meeting:
    start = timezone.now() + datetime.timedelta(days=days)
    return Meeting.objects.create(
        network=network,
        title=fields.pop("title", "Netzwerktreffen"),
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        place=fields.pop("place", "Rathaus, Festsaal"),
        is_public=public,
        **fields,
    )


@pytest.fixture
def coordinator(db):
    return factories.UserFactory(display_name="Tarek Koordination")


@pytest.fixture
def network(db, coordinator):
    network = make_network(email="netzwerk@example.org")
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
    organisation = make_organisation(
        "Kulturbrücke e. V.", kind=Organisation.Kind.MIGRANTENORGANISATION
    )
    organisation.owners.add(owner)
    return organisation
