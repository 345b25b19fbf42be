from __future__ import annotations

import math
import time
from itertools import groupby

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import F, Prefetch
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from networks import actions, permissions
from networks.exports import cached_csv, csv_rows, export_key
from networks.filters import LETTERS, NetworkFilter, OrganisationFilter, letters_with_entries
from networks.forms import JoinRequestForm, OrganisationForm
from networks.models import Network, NetworkMembership, Organisation
from portal.breadcrumbs import breadcrumbs
from portal.paging import KeysetPaginator, bounded_count
from portal.params import text_param
from portal.ratelimit import allow
from projects.models import Project

PER_PAGE = 30
MEMBERS_PER_PAGE = 100
EXPORT_LIMIT = 20000
HOUR = 3600


def _list_page(request: HttpRequest, filterset, template: str, context: dict) -> HttpResponse:
    filtered = filterset.qs
    page = KeysetPaginator(filtered, ["name", "id"], per_page=PER_PAGE).page_for(request)
    count, more = bounded_count(filtered)
    query = request.GET.copy()
    for key in ("nach", "vor", "seite", "buchstabe"):
        query.pop(key, None)
    return render(
        request,
        template,
        {
            "filter": filterset,
            "page": page,
            "result_count": count,
            "more_results": more,
            "letters": [letter for letter, _label in LETTERS],
            "letters_with_entries": letters_with_entries(filterset),
            "letter_query": query.urlencode(),
            "export_query": request.GET.urlencode(),
            **context,
        },
    )


def network_list(request: HttpRequest) -> HttpResponse:
    networks = (
        Network.objects.published()
        .select_related("region")
        .only("name", "slug", "kind", "scope", "city", "region__name", "initial")
    )
    return _list_page(
        request,
        NetworkFilter(request.GET or None, queryset=networks),
        "networks/network_list.html",
        {},
    )


def organisation_list(request: HttpRequest) -> HttpResponse:
    organisations = (
        Organisation.objects.published()
        .select_related("region")
        .only("name", "slug", "kind", "city", "languages", "region__name", "initial")
    )
    return _list_page(
        request,
        OrganisationFilter(request.GET or None, queryset=organisations),
        "networks/organisation_list.html",
        {},
    )


def _export_refused(request: HttpRequest) -> HttpResponse | None:
    """A 429 once the visitor has fetched ``DIRECTORY_EXPORTS_PER_HOUR`` lists this hour.

    Even a kept file costs a few megabytes of traffic from the cache; a script fetching
    the lists over and over is no visitor.
    """
    if allow(request, "directory-export", limit=settings.DIRECTORY_EXPORTS_PER_HOUR, period=HOUR):
        return None
    wait = HOUR - int(time.time()) % HOUR  # the limit counts per clock hour
    minutes = math.ceil(wait / 60)
    text = ngettext(
        "You have downloaded the directory's lists many times in the last hour. "
        "Please try again in %(minutes)d minute.",
        "You have downloaded the directory's lists many times in the last hour. "
        "Please try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}
    response = HttpResponse(text + "\n", status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(wait)
    return response


def _export(
    request: HttpRequest, *, name: str, filterset_class, queryset, header, row
) -> HttpResponse:
    """The list as CSV, rendered once per directory state, language and filters."""
    refused = _export_refused(request)
    if refused is not None:
        return refused
    filters = [
        (key, value) for key in filterset_class.base_filters for value in request.GET.getlist(key)
    ]

    def render():
        filterset = filterset_class(request.GET or None, queryset=queryset)
        entries = filterset.qs.order_by("name", "id")[:EXPORT_LIMIT].iterator()
        return csv_rows(header(), (row(entry) for entry in entries))

    content = cached_csv(export_key(name, filters), render)
    response = StreamingHttpResponse([content], content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def network_export(request: HttpRequest) -> HttpResponse:
    # Links from SITE_URL, not from the request's Host: the file is kept for everyone.
    base = settings.SITE_URL
    return _export(
        request,
        name="netzwerke",
        filterset_class=NetworkFilter,
        queryset=Network.objects.published().select_related("region"),
        header=lambda: [
            _("Name"), _("Kind"), _("Scope"), _("Region"), _("City"), _("Founding year"),
            _("Website"), _("E-mail"), _("Phone"), _("Page in the portal"),
        ],
        row=lambda network: [
            network.name, network.get_kind_display(), network.get_scope_display(),
            network.region.name, network.city, network.founded or "", network.website,
            network.email, network.phone, base + network.get_absolute_url(),
        ],
    )  # fmt: skip


def organisation_export(request: HttpRequest) -> HttpResponse:
    base = settings.SITE_URL
    return _export(
        request,
        name="organisationen",
        filterset_class=OrganisationFilter,
        queryset=Organisation.objects.published().select_related("region"),
        header=lambda: [
            _("Name"), _("Kind"), _("Region"), _("Street"), _("Postcode"), _("City"),
            _("Languages"), _("Website"), _("E-mail"), _("Phone"), _("Page in the portal"),
        ],
        row=lambda organisation: [
            organisation.name, organisation.get_kind_display(), organisation.region.name,
            organisation.street, organisation.postcode, organisation.city,
            ", ".join(organisation.language_names()), organisation.website, organisation.email,
            organisation.phone, base + organisation.get_absolute_url(),
        ],
    )  # fmt: skip


def network_detail(request: HttpRequest, slug: str) -> HttpResponse:
    network = get_object_or_404(
        Network.objects.published().select_related("region", "parent"), slug=slug
    )
    memberships = (
        network.memberships.select_related("organisation")
        .filter(organisation__is_published=True)
        .only(
            "network",
            "role",
            "since",
            "organisation__name",
            "organisation__slug",
            "organisation__kind",
        )
        .annotate(
            organisation_kind=F("organisation__kind"), organisation_name=F("organisation__name")
        )
    )
    # A big network has hundreds of members: they come in pages, so that its page costs
    # what a typical network's does.
    page = KeysetPaginator(
        memberships, ["organisation_kind", "organisation_name", "id"], per_page=MEMBERS_PER_PAGE
    ).page_for(request)
    member_count, more_members = bounded_count(memberships)
    kinds = dict(Organisation.Kind.choices)
    members_by_kind = [
        (kinds.get(kind, kind), list(group))
        for kind, group in groupby(page.items, key=lambda m: m.organisation_kind)
    ]
    return render(
        request,
        "networks/network_detail.html",
        {
            "network": network,
            "page": page,
            "members_by_kind": members_by_kind,
            "member_count": member_count,
            "more_members": more_members,
            "working_groups": network.working_groups.select_related("topic"),
            "meetings": network.meetings.upcoming()
            .select_related("working_group")
            .visible_to(request.user, network)[:5],
            "projects": network.projects.published().only("name", "slug", "summary")[:12],
            "local_networks": network.local_networks.published().only("name", "slug", "city"),
            "can_edit": permissions.can_edit_network(request.user, network),
            "breadcrumbs": breadcrumbs(
                _("Networks"), "networks:network-list", (network.name, None)
            ),
        },
    )


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(
        Organisation.objects.published()
        .select_related("region")
        .prefetch_related(
            "fields_of_activity",
            Prefetch(
                "network_memberships",
                queryset=NetworkMembership.objects.filter(network__is_published=True)
                .select_related("network")
                .order_by("network__name"),
            ),
        ),
        slug=slug,
    )
    network_ids = [membership.network_id for membership in organisation.network_memberships.all()]
    projects = (
        Project.objects.published()
        .filter(networks__in=network_ids)
        .distinct()
        .only("name", "slug")[:12]
        if network_ids
        else []
    )
    return render(
        request,
        "networks/organisation_detail.html",
        {
            "organisation": organisation,
            "projects": projects,
            "can_edit": permissions.can_edit_organisation(request.user, organisation),
            "can_join": permissions.can_request_to_join(request.user, organisation),
            "breadcrumbs": breadcrumbs(
                _("Organisations"), "networks:organisation-list", (organisation.name, None)
            ),
        },
    )


@login_required
def organisation_edit(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    # Unpublished entries are "not found" to others; published ones are public, so
    # "forbidden" tells nothing new.
    if not permissions.can_see_organisation(request.user, organisation):
        raise Http404
    if not permissions.can_edit_organisation(request.user, organisation):
        raise PermissionDenied
    form = OrganisationForm(
        request.POST or None, request.FILES or None, instance=organisation, uploader=request
    )
    if request.method == "POST" and form.is_valid():
        actions.update_organisation(
            organisation=organisation, data=form.entry_data(), logo=form.processed_logo
        )
        messages.success(request, _("The organisation's entry has been saved."))
        return redirect(organisation)
    return render(
        request,
        "networks/entry_form.html",
        {
            "form": form,
            "entry": organisation,
            "title": _("Edit “%(name)s”") % {"name": organisation.name},
            "breadcrumbs": breadcrumbs(
                _("Organisations"),
                "networks:organisation-list",
                (organisation.name, organisation.get_absolute_url()),
                (_("Edit"), None),
            ),
        },
    )


@login_required
def organisation_join(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation.objects.published(), slug=slug)
    if not permissions.can_request_to_join(request.user, organisation):
        raise PermissionDenied
    initial = {}
    wanted = text_param(request.GET.get("netzwerk"), max_length=120)
    if wanted:
        initial["network"] = Network.objects.published().filter(slug=wanted).first()
    form = JoinRequestForm(request.POST or None, organisation=organisation, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.request_to_join(
                organisation=organisation,
                network=form.cleaned_data["network"],
                user=request.user,
                role=form.cleaned_data["role"],
                message=form.cleaned_data["message"],
            )
        except actions.NetworkActionError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            messages.success(
                request,
                _("Your request has been sent. The network's coordinators will answer by mail."),
            )
            return redirect(organisation)
    return render(
        request,
        "networks/organisation_join.html",
        {
            "form": form,
            "organisation": organisation,
            "breadcrumbs": breadcrumbs(
                _("Organisations"),
                "networks:organisation-list",
                (organisation.name, organisation.get_absolute_url()),
                (_("Join a network"), None),
            ),
        },
    )
