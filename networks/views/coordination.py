"""Pages where coordinators keep their network, its working groups, meetings and members."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from networks import actions, permissions
from networks.forms import JoinDecisionForm, MeetingForm, NetworkForm, WorkingGroupForm
from networks.models import JoinRequest, Meeting, Network, WorkingGroup
from portal.breadcrumbs import Crumb, breadcrumbs


def _coordinated(request: HttpRequest, slug: str) -> Network:
    network = get_object_or_404(Network, slug=slug)
    # An unpublished network is "not found" to outsiders, as a slug nobody used is:
    # a "forbidden" would tell that it exists.
    if not permissions.can_see_network(request.user, network):
        raise Http404
    if not permissions.can_edit_network(request.user, network):
        raise PermissionDenied
    return network


def _crumbs(network: Network, label: str) -> list[Crumb]:
    return breadcrumbs(
        _("Networks"),
        "networks:network-list",
        (network.name, network.get_absolute_url()),
        (label, None),
    )


@login_required
def network_edit(request: HttpRequest, slug: str) -> HttpResponse:
    network = _coordinated(request, slug)
    form = NetworkForm(
        request.POST or None, request.FILES or None, instance=network, uploader=request
    )
    if request.method == "POST" and form.is_valid():
        actions.update_network(network=network, data=form.entry_data(), logo=form.processed_logo)
        messages.success(request, _("The network's entry has been saved."))
        return redirect(network)
    return render(
        request,
        "networks/entry_form.html",
        {
            "form": form,
            "entry": network,
            "title": _("Edit “%(name)s”") % {"name": network.name},
            "coordination": network,
            "breadcrumbs": _crumbs(network, _("Edit")),
        },
    )


@login_required
def working_group_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    network = _coordinated(request, slug)
    group = get_object_or_404(WorkingGroup, pk=pk, network=network) if pk else None
    form = WorkingGroupForm(request.POST or None, instance=group, network=network)
    if request.method == "POST" and form.is_valid():
        actions.save_working_group(network=network, group=group, data=form.cleaned_data)
        messages.success(request, _("The working group has been saved."))
        return redirect(network)
    title = _("Edit working group") if group else _("New working group")
    return render(
        request,
        "networks/entry_form.html",
        {
            "form": form,
            "title": title,
            "coordination": network,
            "breadcrumbs": _crumbs(network, title),
        },
    )


@login_required
def meeting_edit(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    network = _coordinated(request, slug)
    meeting = get_object_or_404(Meeting, pk=pk, network=network) if pk else None
    form = MeetingForm(request.POST or None, instance=meeting, network=network)
    if request.method == "POST" and form.is_valid():
        meeting = actions.save_meeting(network=network, meeting=meeting, data=form.cleaned_data)
        messages.success(request, _("The meeting has been saved."))
        return redirect(meeting)
    title = _("Edit meeting") if meeting else _("New meeting")
    return render(
        request,
        "networks/entry_form.html",
        {
            "form": form,
            "title": title,
            "coordination": network,
            "meeting": meeting,
            "breadcrumbs": _crumbs(network, title),
        },
    )


@login_required
def meeting_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    network = _coordinated(request, slug)
    meeting = get_object_or_404(Meeting, pk=pk, network=network)
    if request.method == "POST":
        actions.delete_meeting(meeting=meeting)
        messages.success(request, _("The meeting has been deleted."))
        return redirect(network)
    return render(
        request,
        "networks/meeting_delete.html",
        {"meeting": meeting, "network": network, "breadcrumbs": _crumbs(network, _("Delete"))},
    )


@login_required
def join_requests(request: HttpRequest, slug: str) -> HttpResponse:
    network = _coordinated(request, slug)
    open_requests = network.join_requests.filter(status=JoinRequest.Status.OPEN).select_related(
        "organisation", "requested_by"
    )[:200]
    return render(
        request,
        "networks/join_requests.html",
        {
            "network": network,
            "join_requests": open_requests,
            "breadcrumbs": _crumbs(network, _("Requests to join")),
        },
    )


@login_required
def join_request_decide(request: HttpRequest, pk: int) -> HttpResponse:
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("network", "organisation__region", "requested_by"),
        pk=pk,
    )
    if not permissions.can_decide_join_request(request.user, join_request):
        # A request is between an organisation and one network's coordinators; to anyone
        # else it does not exist.
        raise Http404
    network = join_request.network
    if join_request.status != JoinRequest.Status.OPEN:
        messages.info(request, _("This request has been answered already."))
        return redirect("networks:join-requests", slug=network.slug)
    form = JoinDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.decide_join_request(
                join_request=join_request,
                coordinator=request.user,
                accept=form.cleaned_data["decision"] == "accept",
                answer=form.cleaned_data["message"].strip(),
            )
        except actions.NetworkActionError as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("Your answer has been saved and sent by mail."))
        return redirect("networks:join-requests", slug=network.slug)
    return render(
        request,
        "networks/join_request_decide.html",
        {
            "join_request": join_request,
            "form": form,
            "breadcrumbs": _crumbs(network, join_request.organisation.name),
        },
    )
