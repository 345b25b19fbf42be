"""Every change to networks and organisations: keyword-only, atomic, mail after commit."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from networks.models import (
    JoinRequest,
    Meeting,
    Network,
    NetworkMembership,
    Organisation,
    WorkingGroup,
)
from portal.actions import ActionRefused
from portal.images import ProcessedImage
from portal.mail import send_templated_mail
from portal.models import User
from portal.page_cache import expire_public_pages


class NetworkActionError(ActionRefused):
    """A change to a network that cannot be made, said in the user's language."""


class AlreadyMember(NetworkActionError):
    pass


class AlreadyRequested(NetworkActionError):
    pass


def _apply(instance, data: dict[str, Any], m2m: tuple[str, ...] = ()) -> None:
    relations = {name: data.pop(name) for name in m2m if name in data}
    for name, value in data.items():
        setattr(instance, name, value)
    instance.full_clean()
    instance.save()
    for name, value in relations.items():
        getattr(instance, name).set(value)


def _set_logo(instance, logo: ProcessedImage | None) -> None:
    if logo is not None:
        instance.logo.save(logo.small.name, logo.small, save=True)


@transaction.atomic
def update_network(*, network: Network, data: dict[str, Any], logo: ProcessedImage | None = None):
    _apply(network, dict(data), m2m=("projects",))
    _set_logo(network, logo)
    expire_public_pages()  # an edit may take a contact or a text away
    return network


@transaction.atomic
def update_organisation(
    *, organisation: Organisation, data: dict[str, Any], logo: ProcessedImage | None = None
):
    _apply(organisation, dict(data), m2m=("fields_of_activity",))
    _set_logo(organisation, logo)
    expire_public_pages()  # an edit may take a contact or a text away
    return organisation


@transaction.atomic
def save_working_group(
    *, network: Network, data: dict[str, Any], group: WorkingGroup | None = None
) -> WorkingGroup:
    group = group or WorkingGroup(network=network)
    if group.network_id != network.pk:
        raise NetworkActionError(_("This working group belongs to another network."))
    _apply(group, dict(data))
    return group


@transaction.atomic
def save_meeting(
    *, network: Network, data: dict[str, Any], meeting: Meeting | None = None
) -> Meeting:
    meeting = meeting or Meeting(network=network)
    if meeting.network_id != network.pk:
        raise NetworkActionError(_("This meeting belongs to another network."))
    group = data.get("working_group")
    if group is not None and group.network_id != network.pk:
        raise NetworkActionError(
            _("This working group belongs to another network."), field="working_group"
        )
    _apply(meeting, dict(data))
    expire_public_pages()  # it may have become members-only, or moved
    return meeting


@transaction.atomic
def delete_meeting(*, meeting: Meeting) -> None:
    meeting.delete()
    expire_public_pages()


def _coordinator_addresses(network: Network) -> list[str]:
    return list(
        network.coordinators.filter(is_active=True)
        .order_by("email")
        .values_list("email", flat=True)
    )


@transaction.atomic
def request_to_join(
    *, organisation: Organisation, network: Network, user: User, role: str, message: str
) -> JoinRequest:
    if NetworkMembership.objects.filter(network=network, organisation=organisation).exists():
        raise AlreadyMember(
            _("%(organisation)s already belongs to this network.")
            % {"organisation": organisation.name},
            field="network",
        )
    try:
        with transaction.atomic():
            join_request = JoinRequest.objects.create(
                network=network,
                organisation=organisation,
                requested_by=user,
                role=role,
                message=message,
            )
    except IntegrityError as error:  # an open request exists already
        raise AlreadyRequested(
            _("A request to join this network is already waiting for an answer."), field="network"
        ) from error
    send_templated_mail(
        template_prefix="networks/email/join_requested",
        to=_coordinator_addresses(network),
        context={"join_request": join_request, "base_url": settings.SITE_URL},
    )
    send_templated_mail(
        template_prefix="networks/email/join_request_received",
        to=[user.email],
        context={"join_request": join_request, "base_url": settings.SITE_URL},
    )
    return join_request


@transaction.atomic
def decide_join_request(
    *, join_request: JoinRequest, coordinator: User, accept: bool, answer: str = ""
) -> JoinRequest:
    locked = (
        JoinRequest.objects.select_for_update(of=("self",))
        .select_related("network", "organisation", "requested_by")
        .get(pk=join_request.pk)
    )
    if locked.status != JoinRequest.Status.OPEN:
        raise NetworkActionError(_("Another coordinator has answered this request already."))
    locked.status = JoinRequest.Status.ACCEPTED if accept else JoinRequest.Status.DECLINED
    locked.decided_at, locked.decided_by, locked.answer = timezone.now(), coordinator, answer
    locked.save()
    if accept:
        NetworkMembership.objects.get_or_create(
            network=locked.network,
            organisation=locked.organisation,
            defaults={"role": locked.role, "since": timezone.localdate()},
        )
    recipients = {coordinator.email, *_coordinator_addresses(locked.network)}
    if locked.requested_by:
        recipients.add(locked.requested_by.email)
    # Both sides hear of the decision: the organisation and the network's coordinators.
    send_templated_mail(
        template_prefix="networks/email/join_decided",
        to=sorted(recipients),
        context={"join_request": locked, "base_url": settings.SITE_URL},
    )
    return locked
