"""Personal data in networks and organisations (see portal.personal_data)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from networks.models import JoinRequest, Network, Organisation
from portal.models import User
from portal.personal_data import iso

MODELS = frozenset(
    {
        "networks.Organisation",
        "networks.Organisation_owners",
        "networks.Network",
        "networks.Network_coordinators",
        "networks.JoinRequest",
    }
)

SECTIONS = {
    "organisations": _("Organisations whose directory entry you keep."),
    "networks": _("Networks you coordinate."),
    "join_requests": _("Requests to join a network that you made or decided."),
}


def export(user: User) -> dict[str, Any]:
    return {
        "organisations": [
            {"id": organisation.pk, "name": organisation.name, "slug": organisation.slug}
            for organisation in Organisation.objects.filter(owners=user)
            .only("name", "slug")
            .order_by("name", "pk")
        ],
        "networks": [
            {"id": network.pk, "name": network.name, "slug": network.slug}
            for network in Network.objects.filter(coordinators=user)
            .only("name", "slug")
            .order_by("name", "pk")
        ],
        "join_requests": [
            {
                "network": request.network.name,
                "organisation": request.organisation.name,
                "asked_by_you": request.requested_by_id == user.pk,
                "decided_by_you": request.decided_by_id == user.pk,
                "role": request.role,
                "message": request.message,
                "status": request.status,
                "asked_at": iso(request.created_at),
                "decided_at": iso(request.decided_at),
                "answer": request.answer,
            }
            for request in JoinRequest.objects.filter(Q(requested_by=user) | Q(decided_by=user))
            .select_related("network", "organisation")
            .order_by("created_at", "pk")
        ],
    }


@transaction.atomic
def erase(user: User, *, delete_forum_posts: bool) -> None:
    Organisation.owners.through.objects.filter(user=user).delete()
    Network.coordinators.through.objects.filter(user=user).delete()
    # The requests stay for the network's records, without the person.
    JoinRequest.objects.filter(requested_by=user).update(requested_by=None)
    JoinRequest.objects.filter(decided_by=user).update(decided_by=None)
