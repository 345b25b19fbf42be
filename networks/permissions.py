"""Who may do what with networks and organisations. Views and templates ask these."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from networks.models import JoinRequest, Meeting, Network, NetworkMembership, Organisation
from portal.models import User
from portal.per_request import once_per_user
from portal.permissions import is_editor

AnyUser = User | AnonymousUser


def _coordinated_ids(user: AnyUser) -> frozenset[int]:
    """The networks ``user`` coordinates."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    return _coordinated_network_ids(user)


@once_per_user
def _coordinated_network_ids(user: User) -> frozenset[int]:
    return frozenset(user.coordinated_networks.values_list("pk", flat=True))


def _owned_ids(user: AnyUser) -> frozenset[int]:
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    return _owned_organisation_ids(user)


@once_per_user
def _owned_organisation_ids(user: User) -> frozenset[int]:
    return frozenset(user.owned_organisations.values_list("pk", flat=True))


def is_coordinator(user: AnyUser, network: Network) -> bool:
    return network.pk in _coordinated_ids(user)


def can_edit_network(user: AnyUser, network: Network) -> bool:
    """Coordinators keep their network, its working groups and meetings; editors any."""
    return is_coordinator(user, network) or is_editor(user)


def can_see_network(user: AnyUser, network: Network) -> bool:
    """Whether ``network`` exists for ``user``: published, or theirs to keep."""
    return network.is_published or can_edit_network(user, network)


def can_see_organisation(user: AnyUser, organisation: Organisation) -> bool:
    """Whether ``organisation`` exists for ``user``: published, or theirs to keep."""
    return organisation.is_published or can_edit_organisation(user, organisation)


def can_edit_organisation(user: AnyUser, organisation: Organisation) -> bool:
    return organisation.pk in _owned_ids(user) or is_editor(user)


def owns_organisation(user: AnyUser, organisation: Organisation) -> bool:
    return organisation.pk in _owned_ids(user)


def can_request_to_join(user: AnyUser, organisation: Organisation) -> bool:
    return owns_organisation(user, organisation)


def can_decide_join_request(user: AnyUser, request: JoinRequest) -> bool:
    return can_edit_network(user, request.network)


def is_network_member(user: AnyUser, network: Network) -> bool:
    """Coordinators, and owners of the network's member organisations."""
    if can_edit_network(user, network):
        return True
    owned = _owned_ids(user)
    if not owned:
        return False
    cache = getattr(user, "_network_member_of", None)
    if cache is None:
        cache = user._network_member_of = {}
    if network.pk not in cache:
        cache[network.pk] = NetworkMembership.objects.filter(
            network=network, organisation__in=owned
        ).exists()
    return cache[network.pk]


def can_see_meeting(user: AnyUser, meeting: Meeting) -> bool:
    return meeting.is_public or is_network_member(user, meeting.network)


def can_see_minutes(user: AnyUser, meeting: Meeting) -> bool:
    return is_network_member(user, meeting.network)
