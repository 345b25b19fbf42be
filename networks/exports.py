"""What the directories hand out as files: iCalendar feeds and CSV lists."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from networks.models import Meeting
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
