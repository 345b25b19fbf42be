"""Who may do what with networks, organisations, meetings and minutes."""

import pytest
from django.contrib.auth.models import AnonymousUser

from networks import actions, permissions
from networks.models import NetworkMembership
from portal.models import User
from tests import factories
from tests.factories import add_meeting, make_network, make_organisation

ROLES = [
    "anonymous",
    "registered",
    "owner",
    "member_owner",
    "coordinator",
    "other_coordinator",
    "editor",
]


@pytest.fixture
def people(network, organisation, owner, coordinator):
    """Everyone who may look at ``network``, each as the next request would load them."""
    member = make_organisation("Sprachcafé Erfurt e. V.")
    NetworkMembership.objects.create(network=network, organisation=member)
    member_owner = factories.UserFactory(display_name="Mira Mitglied")
    member.owners.add(member_owner)
    other_network = make_network("Netzwerk Integration Jena", ags="16053")
    other_coordinator = factories.UserFactory(display_name="Jonas Jena")
    other_network.coordinators.add(other_coordinator)
    users = {
        "registered": factories.UserFactory(),
        "owner": owner,
        "member_owner": member_owner,
        "coordinator": coordinator,
        "other_coordinator": other_coordinator,
        "editor": factories.EditorFactory(),
    }
    return {role: User.objects.get(pk=user.pk) for role, user in users.items()} | {
        "anonymous": AnonymousUser()
    }


def allowed(people, check) -> set[str]:
    return {role for role in ROLES if check(people[role])}


def test_only_coordinators_and_editors_edit_a_network(people, network):
    assert allowed(people, lambda user: permissions.can_edit_network(user, network)) == {
        "coordinator",
        "editor",
    }


def test_only_owners_and_editors_edit_an_organisation(people, organisation):
    assert allowed(people, lambda user: permissions.can_edit_organisation(user, organisation)) == {
        "owner",
        "editor",
    }


def test_only_owners_ask_for_their_organisation_to_join(people, organisation):
    assert allowed(people, lambda user: permissions.can_request_to_join(user, organisation)) == {
        "owner"
    }


def test_only_this_networks_coordinators_and_editors_decide_join_requests(
    people, network, organisation, owner
):
    join_request = actions.request_to_join(
        organisation=organisation, network=network, user=owner, role="mitglied", message=""
    )
    assert allowed(
        people, lambda user: permissions.can_decide_join_request(user, join_request)
    ) == {"coordinator", "editor"}


def test_network_members_are_its_coordinators_and_owners_of_member_organisations(people, network):
    assert allowed(people, lambda user: permissions.is_network_member(user, network)) == {
        "member_owner",
        "coordinator",
        "editor",
    }


def test_everyone_sees_a_public_meeting(people, network):
    meeting = add_meeting(network)
    assert allowed(people, lambda user: permissions.can_see_meeting(user, meeting)) == set(ROLES)


def test_only_network_members_see_a_members_only_meeting(people, network):
    meeting = add_meeting(network, public=False)
    assert allowed(people, lambda user: permissions.can_see_meeting(user, meeting)) == {
        "member_owner",
        "coordinator",
        "editor",
    }


@pytest.mark.parametrize("public", [True, False])
def test_only_network_members_see_the_minutes(public, people, network):
    meeting = add_meeting(network, public=public, minutes="Beschluss: Sommerfest im Juli.")
    assert allowed(people, lambda user: permissions.can_see_minutes(user, meeting)) == {
        "member_owner",
        "coordinator",
        "editor",
    }


def test_membership_in_another_network_does_not_count(people, network):
    other_network = make_network("Netzwerk Weimar", ags="16055")
    meeting = add_meeting(other_network, public=False)
    assert not permissions.is_network_member(people["member_owner"], other_network)
    assert not permissions.can_see_meeting(people["member_owner"], meeting)
    assert not permissions.can_see_minutes(people["coordinator"], meeting)


def test_deactivated_people_lose_their_rights(network, organisation, coordinator, owner):
    NetworkMembership.objects.create(network=network, organisation=organisation)
    User.objects.filter(pk__in=[coordinator.pk, owner.pk]).update(is_active=False)
    coordinator, owner = User.objects.get(pk=coordinator.pk), User.objects.get(pk=owner.pk)
    assert not permissions.can_edit_network(coordinator, network)
    assert not permissions.can_edit_organisation(owner, organisation)
    assert not permissions.can_request_to_join(owner, organisation)
    assert not permissions.is_network_member(owner, network)
