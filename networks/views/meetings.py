from __future__ import annotations

import datetime

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from networks import permissions
from networks.exports import calendar_for
from networks.models import Meeting, Network, WorkingGroup
from portal.breadcrumbs import breadcrumbs
from portal.paging import KeysetPaginator

FEED_WINDOW_DAYS = 400
FEED_LIMIT = 1000


def calendar_page(request: HttpRequest) -> HttpResponse:
    meetings = (
        Meeting.objects.public()
        .upcoming()
        .filter(network__is_published=True)
        .select_related("network", "working_group")
        .defer("agenda", "minutes")
    )
    page = KeysetPaginator(meetings, ["starts_at", "id"], per_page=30).page_for(request)
    return render(
        request,
        "networks/calendar.html",
        {
            "page": page,
            "breadcrumbs": breadcrumbs(
                _("Networks"), "networks:network-list", (_("Meetings"), None)
            ),
        },
    )


def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(
        Meeting.objects.select_related("network", "working_group").filter(
            network__is_published=True
        ),
        pk=pk,
    )
    if not permissions.can_see_meeting(request.user, meeting):
        raise Http404  # members-only meetings do not exist for others
    return render(
        request,
        "networks/meeting_detail.html",
        {
            "meeting": meeting,
            "network": meeting.network,
            "can_see_minutes": permissions.can_see_minutes(request.user, meeting),
            "can_edit": permissions.can_edit_network(request.user, meeting.network),
            "is_past": meeting.ends_at < timezone.now(),
            "breadcrumbs": breadcrumbs(
                _("Networks"),
                "networks:network-list",
                (meeting.network.name, meeting.network.get_absolute_url()),
                (meeting.title, None),
            ),
        },
    )


def _feed(meetings, name: str, filename: str) -> HttpResponse:
    # Feeds carry public meetings only: calendar programs fetch them without logging in.
    since = timezone.now() - datetime.timedelta(days=FEED_WINDOW_DAYS)
    selected = (
        meetings.public()
        .filter(ends_at__gte=since, network__is_published=True)
        .select_related("network")
        # The latest meetings when there are too many: upcoming ones must not be cut.
        .order_by("-starts_at", "-id")[:FEED_LIMIT]
    )
    response = HttpResponse(
        calendar_for(reversed(list(selected)), name=name),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def feed_all(request: HttpRequest) -> HttpResponse:
    return _feed(Meeting.objects.all(), _("Network meetings"), "netzwerktermine.ics")


def feed_network(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_object_or_404(Network.objects.published(), slug=slug)
    return _feed(network.meetings.all(), network.name, f"{network.slug}.ics")


def feed_working_group(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    group = get_object_or_404(
        WorkingGroup.objects.select_related("network"), pk=pk, network__slug=slug,
        network__is_published=True,
    )  # fmt: skip
    return _feed(
        group.meetings.all(),
        f"{group.network.name}: {group.name}",
        f"{group.network.slug}-ag-{pk}.ics",
    )
