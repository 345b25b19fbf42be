import datetime

import pytest
from django.db.models import F
from django.utils import timezone

from networks import demo as networks_demo
from networks.models import (
    LANGUAGES,
    JoinRequest,
    Meeting,
    Network,
    NetworkMembership,
    Organisation,
    WorkingGroup,
)
from portal import demo as portal_demo
from portal.models import Region, User
from projects import demo as projects_demo

ERFURT = "netzwerk-fuer-integration-erfurt"


def counts() -> tuple[int, ...]:
    models = [
        Organisation,
        Organisation.owners.through,
        Organisation.fields_of_activity.through,
        Network,
        Network.coordinators.through,
        Network.projects.through,
        NetworkMembership,
        WorkingGroup,
        Meeting,
        JoinRequest,
        User,
    ]
    return tuple(model.objects.count() for model in models)


@pytest.fixture(scope="module")
def loaded_twice(module_db, module_media):
    """The demo as ``manage.py load_demo`` builds it, with the networks loaded a second time.

    Built once for the module; each test's changes are rolled back (tests/conftest.py). The
    project portraits come with generated pictures, kept out of the real media.
    """
    portal_demo.load_all()
    projects_demo.load_all()
    networks_demo.load_all()
    first = counts()
    networks_demo.load_all()
    return first


@pytest.mark.django_db
def test_running_again_creates_nothing(loaded_twice):
    assert counts() == loaded_twice


@pytest.mark.django_db
def test_erfurt_network_has_many_kinds_of_members(loaded_twice):
    network = Network.objects.get(slug=ERFURT)
    assert network.kind == Network.Kind.MUNICIPAL
    assert network.scope == Network.Scope.KOMMUNE
    assert network.region.ags == "16051"
    memberships = NetworkMembership.objects.filter(network=network)
    assert memberships.count() >= 20
    kinds = set(memberships.values_list("organisation__kind", flat=True))
    assert len(kinds) >= 5
    roles = list(memberships.values_list("role", flat=True))
    assert 1 <= roles.count(NetworkMembership.Role.COORDINATION) <= 2
    assert roles.count(NetworkMembership.Role.PARTNER) >= 1
    assert roles.count(NetworkMembership.Role.MEMBER) > len(roles) / 2
    assert not memberships.filter(since__isnull=True).exists()
    assert network.projects.filter(slug="netzwerk-fuer-integration-erfurt").exists()


@pytest.mark.django_db
def test_erfurt_network_has_working_groups_and_a_year_of_meetings(loaded_twice):
    network = Network.objects.get(slug=ERFURT)
    groups = WorkingGroup.objects.filter(network=network)
    assert 3 <= groups.count() <= 6
    assert groups.filter(is_standing=True).exists()
    assert groups.filter(is_standing=False).exists()
    assert not groups.filter(rhythm="").exists()

    now = timezone.now()
    year = Meeting.objects.filter(
        network=network,
        starts_at__gte=now - datetime.timedelta(days=200),
        starts_at__lte=now + datetime.timedelta(days=200),
    )
    network_meetings = year.filter(working_group=None)
    assert network_meetings.count() >= 6
    for meeting in network_meetings:
        assert meeting.is_public
        assert meeting.ends_at - meeting.starts_at == datetime.timedelta(hours=2)
        assert "Erfurt" in meeting.place
        assert meeting.agenda
    assert network_meetings.public().upcoming(now).exists()
    assert year.filter(working_group__isnull=False, is_public=False).exists()
    assert year.filter(working_group__isnull=False, is_public=True).exists()
    past = year.filter(ends_at__lt=now)
    assert past.exists()
    assert not past.filter(minutes="").exists()
    assert not year.filter(starts_at__gt=now, minutes__gt="").exists()


@pytest.mark.django_db
def test_every_meeting_ends_after_it_starts(loaded_twice):
    assert Meeting.objects.exists()
    assert not Meeting.objects.filter(ends_at__lte=F("starts_at")).exists()


@pytest.mark.django_db
def test_coordinator_and_member_accounts(loaded_twice):
    network = Network.objects.get(slug=ERFURT)
    coordinator = User.objects.get(email="koordination@example.org")
    assert network.coordinators.filter(pk=coordinator.pk).exists()

    member = User.objects.get(email="mitglied@example.org")
    owned = member.owned_organisations.exclude(network_memberships__network=network)
    assert owned.filter(slug="chor-der-kulturen-musterstadt").exists()
    assert not JoinRequest.objects.filter(network=network, organisation__in=owned).exists()
    assert JoinRequest.objects.filter(network=network, status=JoinRequest.Status.OPEN).exists()


@pytest.mark.django_db
def test_umbrella_has_local_networks_of_migrant_organisations(loaded_twice):
    umbrella = Network.objects.get(slug="bundesnetzwerk-migrantenorganisationen")
    assert umbrella.kind in (Network.Kind.FEDERAL_UMBRELLA, Network.Kind.MIGRANT_ORGANISATIONS)
    assert umbrella.scope == Network.Scope.BUND
    local = umbrella.local_networks.all()
    assert local.count() >= 4
    assert len({network.region_id for network in local}) >= 4
    for network in local:
        members = NetworkMembership.objects.filter(network=network)
        assert (
            members.filter(organisation__kind=Organisation.Kind.MIGRANTENORGANISATION).count() >= 2
        )


@pytest.mark.django_db
def test_thuringian_municipal_networks(loaded_twice):
    municipal = Network.objects.filter(
        kind=Network.Kind.MUNICIPAL, scope=Network.Scope.KOMMUNE, region__land__ags="16"
    ).exclude(slug=ERFURT)
    assert municipal.count() >= 5
    for network in municipal:
        assert 2 <= network.memberships.count() <= 5
        assert network.goals
    assert Network.objects.filter(projects__isnull=False).distinct().count() >= 5


@pytest.mark.django_db
def test_demo_data_is_fictional_and_valid():
    codes = {code for code, _ in LANGUAGES}
    kinds = set(Organisation.Kind.values)
    organisations = networks_demo.read_organisations()
    slugs = [item["slug"] for item in organisations]
    assert len(slugs) == len(set(slugs))
    for item in organisations:
        assert "(Demo)" in item["name"]
        assert item["kind"] in kinds
        assert set(item["languages"]) <= codes
        assert not item["email"] or item["email"].endswith("@example.org")
        assert Region.objects.filter(ags=item["region_ags"]).exists()
    for network in networks_demo.read_networks():
        assert "(Demo)" in network["name"]
        assert not network["email"] or network["email"].endswith("@example.org")
        members = [slug for slug, _, _ in network["members"]]
        assert len(members) == len(set(members))
        assert set(members) <= set(slugs)


@pytest.mark.django_db
def test_a_later_run_adds_new_months_and_keeps_the_rest(loaded_twice, monkeypatch):
    def state():
        return {
            meeting.pk: (meeting.title, meeting.starts_at, meeting.agenda, meeting.minutes)
            for meeting in Meeting.objects.all()
        }

    before = state()
    later = timezone.now() + datetime.timedelta(days=62)
    monkeypatch.setattr(networks_demo.timezone, "now", lambda: later)
    networks_demo.load_all()
    after = state()
    assert {pk: after[pk] for pk in before} == before
    assert len(after) > len(before)
    titles = list(Meeting.objects.values_list("network", "title"))
    assert len(titles) == len(set(titles))
