"""Meeting times as people write them: the date once, then the hours ("17:00–19:00 Uhr")."""

import datetime
import re
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags

from networks.models import Meeting
from portal.templatetags.portal_tags import date_and_time, datetime_range

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
YEAR = timezone.localdate().year + 1


def at(day: int, hour: int, month: int = 12) -> datetime.datetime:
    return datetime.datetime(YEAR, month, day, hour, tzinfo=BERLIN)


@pytest.fixture
def meeting(network):
    return Meeting.objects.create(
        network=network,
        title="Netzwerktreffen im Dezember",
        starts_at=at(15, 17),
        ends_at=at(15, 19),
        place="Rathaus, Festsaal",
        is_public=True,
    )


def text_of(response) -> str:
    return re.sub(r"\s+", " ", strip_tags(response.content.decode()))


def url_in(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


def test_the_meeting_page_names_the_date_once_and_the_hours_with_uhr(client, meeting):
    page = text_of(client.get(url_in("de", "networks:meeting-detail", meeting.pk)))
    assert f"15. Dezember {YEAR}, 17:00–19:00 Uhr" in page
    assert page.count(f"15. Dezember {YEAR}") == 1


def test_the_meeting_page_in_english(client, meeting):
    page = text_of(client.get(url_in("en", "networks:meeting-detail", meeting.pk)))
    assert f"Dec. 15, {YEAR}, 5 p.m.–7 p.m." in page


def test_the_network_page_lists_meetings_with_their_hours(client, network, meeting):
    page = text_of(client.get(url_in("de", "networks:network-detail", network.slug)))
    assert f"15. Dezember {YEAR}, 17:00–19:00 Uhr" in page


def test_the_calendar_gives_the_day_as_heading_and_the_hours_below(client, meeting):
    page = text_of(client.get(url_in("de", "networks:calendar")))
    weekday = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    assert f"{weekday[at(15, 17).weekday()]}, 15. Dezember {YEAR}" in page
    assert "17:00–19:00 Uhr" in page
    english = text_of(client.get(url_in("en", "networks:calendar")))
    assert f"{at(15, 17):%A}, December 15, {YEAR}" in english
    assert "5 p.m.–7 p.m." in english


def test_a_meeting_over_several_days_names_both_dates():
    with translation.override("de"):
        text = strip_tags(datetime_range(at(15, 17), at(16, 12)))
    assert text == f"15. Dezember {YEAR}, 17:00 Uhr – 16. Dezember {YEAR}, 12:00 Uhr"


def test_times_are_shown_in_the_portals_time_zone():
    utc = datetime.datetime(YEAR, 7, 1, 15, tzinfo=datetime.UTC)
    with translation.override("de"):
        assert strip_tags(date_and_time(utc)) == f"1. Juli {YEAR}, 17:00 Uhr"
