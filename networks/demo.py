"""Demo content for networks: organisations, networks, working groups, meetings, a request.

The content is in files under ``networks/demo/``: Erfurt's integration network with its
member organisations, working groups and a year of meetings; a federal umbrella of migrant
organisations with its local networks; and the integration management of Thuringian
districts and cities as municipal networks. Everything is fictional and marked "(Demo)".
The README there says what each file holds.

The demo user koordination@example.org coordinates the Erfurt network; mitglied@example.org
owns a choir that is not a member of it yet, so the way to join can be tried.

Rows are written directly, not through ``networks.actions``: the actions stamp the present
time and send mail, while the demo needs a history and no mail. The loader is idempotent
and finds everything by a natural key: organisations and networks by slug, memberships and
join requests by network and organisation, working groups by name and meetings by title
within their network. It only creates what is missing and never changes a row that exists,
since a coordinator may have edited it. Links (owners, coordinators, project portraits,
fields of activity) are set when their row is created, so a link someone removed stays
removed. Run it after ``projects.demo``, whose portraits the networks point to.

Meetings are placed around the day of loading, from six months before to six months
after, so there are always past meetings with minutes and upcoming ones. Their titles name
the month, so a later run adds the months that have come into reach and leaves the rest.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from networks.models import (
    JoinRequest,
    Meeting,
    Network,
    NetworkMembership,
    Organisation,
    WorkingGroup,
)
from portal import demo as portal_demo
from portal.demo_content import read_entries, read_records
from portal.models import Region, Topic, User
from projects.models import Project

CONTENT = Path(__file__).resolve().parent / "demo"
CALENDAR = read_records(CONTENT / "calendar.toml")
LOCAL_TIME = ZoneInfo(CALENDAR["time_zone"])
# Meetings are laid out in the months from this many before the current one to as many after.
MONTHS_AROUND = 6


def read_organisations() -> list[dict[str, Any]]:
    return [
        {**entry.meta, "description": entry.body}
        for entry in read_entries(CONTENT / "organisations")
    ]


def read_networks() -> list[dict[str, Any]]:
    """Every network with its working groups, and each of those with its meeting plans."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in read_entries(CONTENT / "working-groups"):
        groups.setdefault(entry.meta["network"], []).append(
            {**entry.meta, "description": entry.body, "meetings": []}
        )
    plans: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for plan in read_meeting_plans():
        plans.setdefault((plan["network"], plan.get("working_group")), []).append(plan)
    networks = []
    for entry in read_entries(CONTENT / "networks"):
        slug = entry.meta["slug"]
        working_groups = groups.pop(slug, [])
        for group in working_groups:
            group["meetings"] = plans.pop((slug, group["name"]), [])
        networks.append(
            {
                **entry.meta,
                "description": entry.body,
                "goals": entry.sections["goals"],
                "working_groups": working_groups,
                "meetings": plans.pop((slug, None), []),
            }
        )
    # A group or plan whose network or group is misspelt would silently never load.
    if groups or plans:
        raise ValueError(f"demo content for unknown networks or groups: {[*groups, *plans]}")
    return networks


def read_meeting_plans() -> list[dict[str, Any]]:
    plans = []
    for directory in sorted(path for path in (CONTENT / "meetings").iterdir() if path.is_dir()):
        themes = [
            {**entry.meta, "agenda": entry.body, "minutes": entry.sections["minutes"]}
            for entry in read_entries(directory)
        ]
        plans.append({**read_records(directory / "plan.toml"), "themes": themes})
    return plans


def read_join_requests() -> list[dict[str, Any]]:
    return read_records(CONTENT / "join-requests.toml")["join_requests"]


def load_organisations(
    regions: dict[str, Region], topics: dict[str, Topic], people: dict[str, User]
) -> dict[str, Organisation]:
    organisations = {}
    for item in read_organisations():
        organisation, created = Organisation.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "kind": Organisation.Kind(item["kind"]),
                "region": regions[item["region_ags"]],
                "city": item["city"],
                "description": item["description"],
                "languages": item["languages"],
                "email": item["email"],
            },
        )
        if created:
            organisation.fields_of_activity.set(
                [topics[slug] for slug in item["topics"] if slug in topics]
            )
            organisation.owners.set([people[email] for email in item["owners"]])
        organisations[item["slug"]] = organisation
    return organisations


def _nth_weekday(year: int, month: int, weekday: int, week: int) -> datetime.date:
    """The ``week``-th ``weekday`` (Monday is 0) of a month; ``week`` is 1 to 4."""
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))


def _months_around(today: datetime.date, count: int) -> list[tuple[int, int]]:
    """(year, month) from ``count`` months before ``today``'s month to ``count`` after."""
    current = today.year * 12 + today.month - 1
    return [(index // 12, index % 12 + 1) for index in range(current - count, current + count + 1)]


def load_meetings(
    network: Network,
    plan: dict[str, Any],
    group: WorkingGroup | None,
    now: datetime.datetime,
) -> None:
    today = now.astimezone(LOCAL_TIME).date()
    start = datetime.time.fromisoformat(plan["start"])
    for year, month in _months_around(today, MONTHS_AROUND):
        if month not in plan["months"]:
            continue
        # The same month always gets the same theme, so its title never changes.
        theme = plan["themes"][plan["months"].index(month) % len(plan["themes"])]
        month_name = CALENDAR["month_names"][month - 1]
        title = f"{plan['title']} {month_name} {year}: {theme['title']}"
        if Meeting.objects.filter(network=network, title=title).exists():
            continue
        day = _nth_weekday(year, month, plan["weekday"], plan["week"])
        starts_at = datetime.datetime.combine(day, start, tzinfo=LOCAL_TIME)
        ends_at = starts_at + datetime.timedelta(minutes=plan["duration_minutes"])
        Meeting.objects.create(
            network=network,
            working_group=group,
            title=title,
            starts_at=starts_at,
            ends_at=ends_at,
            place=plan["place"],
            online_url=plan["online_url"],
            agenda=theme["agenda"],
            registration_note=plan["registration_note"],
            is_public=plan["public"],
            # Minutes exist only for what has happened.
            minutes=theme["minutes"] if ends_at < now else "",
        )


def load_working_groups(
    network: Network, items: list[dict[str, Any]], topics: dict[str, Topic], now: datetime.datetime
) -> None:
    for item in items:
        group, _ = WorkingGroup.objects.get_or_create(
            network=network,
            name=item["name"],
            defaults={
                "topic": topics.get(item["topic"]),
                "is_standing": item["is_standing"],
                "description": item["description"],
                "contact": item["contact"],
                "rhythm": item["rhythm"],
            },
        )
        for plan in item["meetings"]:
            load_meetings(network, plan, group, now)


def load_networks(
    regions: dict[str, Region],
    topics: dict[str, Topic],
    people: dict[str, User],
    organisations: dict[str, Organisation],
    now: datetime.datetime,
) -> dict[str, Network]:
    networks: dict[str, Network] = {}
    for item in read_networks():
        network, created = Network.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "kind": Network.Kind(item["kind"]),
                "scope": Network.Scope(item["scope"]),
                "region": regions[item["region_ags"]],
                "city": item["city"],
                "founded": item["founded"],
                "email": item["email"],
                "website": item["website"],
                "description": item["description"],
                "goals": item["goals"],
                # An umbrella comes before its local networks in the data.
                "parent": networks[item["parent"]] if "parent" in item else None,
            },
        )
        if created:
            network.coordinators.set([people[email] for email in item["coordinators"]])
            # Only portraits that exist: the projects' demo may not have been loaded.
            network.projects.set(Project.objects.filter(slug__in=item["projects"]))
        for slug, role, since in item["members"]:
            NetworkMembership.objects.get_or_create(
                network=network,
                organisation=organisations[slug],
                defaults={
                    "role": NetworkMembership.Role(role),
                    "since": datetime.date.fromisoformat(since),
                },
            )
        load_working_groups(network, item["working_groups"], topics, now)
        for plan in item["meetings"]:
            load_meetings(network, plan, None, now)
        networks[item["slug"]] = network
    return networks


def load_join_requests(
    networks: dict[str, Network], organisations: dict[str, Organisation], now: datetime.datetime
) -> None:
    """An open request for the coordinator to decide, unless it was decided already."""
    for item in read_join_requests():
        network = networks[item["network"]]
        organisation = organisations[item["organisation"]]
        if (
            JoinRequest.objects.filter(network=network, organisation=organisation).exists()
            or NetworkMembership.objects.filter(network=network, organisation=organisation).exists()
        ):
            continue
        request = JoinRequest.objects.create(
            network=network,
            organisation=organisation,
            role=NetworkMembership.Role(item["role"]),
            message=item["message"],
        )
        # ``created_at`` is stamped on insert; the request should have waited a few days.
        JoinRequest.objects.filter(pk=request.pk).update(
            created_at=now - datetime.timedelta(days=item["days_ago"])
        )


@transaction.atomic
def load_all() -> None:
    now = timezone.now()
    people = {user.email: user for user in portal_demo.load_users()}
    regions = {region.ags: region for region in Region.objects.all()}
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    organisations = load_organisations(regions, topics, people)
    networks = load_networks(regions, topics, people, organisations, now)
    load_join_requests(networks, organisations, now)
