"""What the directories hand out as files: iCalendar feeds and CSV lists."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterable, Iterator

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone, translation
from icalendar import Calendar, Event

from networks.models import Meeting, Network, NetworkMembership, Organisation
from portal.markdown import markdown_to_text

PRODUCT_ID = "-//Integrationsportal//Netzwerktermine//DE"


def calendar_for(meetings: Iterable[Meeting], *, name: str) -> bytes:
    """An RFC 5545 calendar; every event keeps its UID, so programs update, not duplicate."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    stamp = timezone.now()
    for meeting in meetings:
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at)
        event.add("last-modified", meeting.updated_at)
        event.add("summary", meeting.title)
        location = ", ".join(part for part in (meeting.place, meeting.online_url) if part)
        if location:
            event.add("location", location)
        # The agenda is Markdown; the registration note is plain text on the page too.
        description = "\n\n".join(
            part for part in (markdown_to_text(meeting.agenda), meeting.registration_note) if part
        )
        if description:
            event.add("description", description)
        event.add("url", settings.SITE_URL + meeting.get_absolute_url())
        if meeting.network.email:
            event.add(
                "organizer",
                f"mailto:{meeting.network.email}",
                parameters={"cn": meeting.network.name},
            )
        calendar.add_component(event)
    return calendar.to_ical()


class _Echo:
    def write(self, value: str) -> str:
        return value


def _safe(value) -> str:
    """A cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


def csv_rows(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    writer = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff"  # so that spreadsheet programs read the file as UTF-8
    yield writer.writerow(header)
    for row in rows:
        yield writer.writerow([_safe(value) for value in row])


# --- the directories' CSV files, kept until the directory changes ------------------------


def directory_version() -> str:
    """A token that changes with every change an export can show, from one cheap query.

    Saving an entry sets its ``updated_at`` (publishing and unpublishing included); adding
    or deleting one changes the count; memberships feed the network filter "with member".
    Other data an export shows (region and topic names) barely changes, and a kept file
    expires after ``DIRECTORY_EXPORT_CACHE_SECONDS`` anyway.
    """
    tables = [(model._meta.db_table, "max(updated_at)") for model in (Network, Organisation)] + [
        (NetworkMembership._meta.db_table, "max(id)")
    ]
    quote = connection.ops.quote_name
    # Table and column names from the models, no input: one round trip for three tables.
    select = ", ".join(
        f"(SELECT count(*) || ':' || coalesce({latest}::text, '') FROM {quote(table)})"  # noqa: S608
        for table, latest in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {select}")
        return "/".join(cursor.fetchone())


def export_key(name: str, query: Iterable[tuple[str, str]]) -> str:
    """The cache key of one export: its list, language, filters and the directory's state."""
    filters = "&".join(f"{key}={value}" for key, value in sorted(query))
    digest = hashlib.sha256(
        "|".join([directory_version(), filters]).encode("utf-8", "surrogatepass")
    ).hexdigest()
    return f"directory-export:{name}:{translation.get_language()}:{digest}"


def cached_csv(key: str, render: Callable[[], Iterable[str]]) -> bytes:
    """The file under ``key``, rendered once and kept in the shared cache for all servers."""
    content = cache.get(key)
    if content is None:
        content = "".join(render()).encode("utf-8")
        cache.set(key, content, timeout=settings.DIRECTORY_EXPORT_CACHE_SECONDS)
    return content
