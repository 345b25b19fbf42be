"""Working groups and meetings: saving them, their pages, minutes and iCal feeds."""

import datetime

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from networks import actions
from networks.models import Meeting, NetworkMembership, WorkingGroup
from tests import factories
from tests.factories import add_meeting, make_network, make_organisation

pytestmark = pytest.mark.django_db

MINUTES = "Beschluss: Das Sommerfest findet am 5. Juli statt."


def whole_minute(days: float) -> datetime.datetime:
    """A moment ``days`` from now, without the seconds a calendar file leaves out."""
    moment = timezone.now() + datetime.timedelta(days=days)
    return moment.replace(second=0, microsecond=0)


def meeting_at(network, days: float, *, hours: float = 2, public: bool = True, **fields):
    start = whole_minute(days)
    return Meeting.objects.create(
        network=network,
        title=fields.pop("title", "Netzwerktreffen"),
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=hours),
        place=fields.pop("place", "Rathaus, Festsaal"),
        is_public=public,
        **fields,
    )


def feed(client, url: str) -> dict[str, object]:
    """The events of the calendar at ``url``, by UID, as a calendar program reads them."""
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids))
    return dict(zip(uids, events, strict=True))


def summaries(events: dict) -> set[str]:
    return {str(event["SUMMARY"]) for event in events.values()}


# --- the model and the actions ---------------------------------------------------------


def test_the_database_refuses_a_meeting_that_ends_before_it_starts(network):
    start = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(
            network=network,
            title="Rückwärts",
            starts_at=start,
            ends_at=start - datetime.timedelta(minutes=1),
            place="Rathaus",
        )
    assert not Meeting.objects.exists()


def test_a_meeting_may_end_when_it_starts(network):
    start = timezone.now()
    Meeting.objects.create(network=network, title="Kurz", starts_at=start, ends_at=start)
    assert Meeting.objects.count() == 1


def test_save_meeting_creates_and_changes_meetings(network, working_group):
    start = whole_minute(7)
    data = {
        "title": "Treffen der AG Sprache",
        "working_group": working_group,
        "starts_at": start,
        "ends_at": start + datetime.timedelta(hours=2),
        "place": "Stadtbibliothek",
        "is_public": True,
    }
    meeting = actions.save_meeting(network=network, data=data)
    meeting.refresh_from_db()
    assert (meeting.network, meeting.working_group, meeting.starts_at) == (
        network,
        working_group,
        start,
    )
    actions.save_meeting(network=network, meeting=meeting, data={"title": "Verschoben"})
    assert Meeting.objects.get().title == "Verschoben"


def test_save_meeting_refuses_a_working_group_of_another_network(network):
    other_group = WorkingGroup.objects.create(network=make_network("Netzwerk Jena"), name="AG")
    start = whole_minute(7)
    with pytest.raises(actions.NetworkActionError):
        actions.save_meeting(
            network=network,
            data={
                "title": "Falsche Gruppe",
                "working_group": other_group,
                "starts_at": start,
                "ends_at": start + datetime.timedelta(hours=1),
                "place": "Rathaus",
            },
        )
    assert not Meeting.objects.exists()


def test_save_meeting_refuses_a_meeting_of_another_network(network):
    foreign = add_meeting(make_network("Netzwerk Jena"), title="Jenaer Treffen")
    with pytest.raises(actions.NetworkActionError):
        actions.save_meeting(network=network, meeting=foreign, data={"title": "Gekapert"})
    assert Meeting.objects.get().title == "Jenaer Treffen"


def test_save_meeting_validates_the_times(network):
    start = whole_minute(7)
    with pytest.raises(ValidationError):
        actions.save_meeting(
            network=network,
            data={
                "title": "Rückwärts",
                "starts_at": start,
                "ends_at": start - datetime.timedelta(hours=1),
                "place": "Rathaus",
            },
        )
    assert not Meeting.objects.exists()


def test_save_working_group_creates_and_changes_groups(network):
    topic = factories.TopicFactory(name="Arbeit")
    group = actions.save_working_group(
        network=network, data={"name": "AG Arbeit", "topic": topic, "is_standing": False}
    )
    group.refresh_from_db()
    assert (group.network, group.topic, group.is_standing) == (network, topic, False)
    actions.save_working_group(network=network, group=group, data={"rhythm": "vierteljährlich"})
    assert WorkingGroup.objects.get().rhythm == "vierteljährlich"


def test_save_working_group_refuses_a_group_of_another_network(network, working_group):
    with pytest.raises(actions.NetworkActionError):
        actions.save_working_group(
            network=make_network("Netzwerk Jena"), group=working_group, data={"name": "Meins"}
        )
    assert WorkingGroup.objects.get().name == "AG Sprache"


def test_save_working_group_refuses_a_second_group_of_the_same_name(network, working_group):
    with pytest.raises(ValidationError):
        actions.save_working_group(network=network, data={"name": "AG Sprache"})
    other = actions.save_working_group(network=make_network("Jena"), data={"name": "AG Sprache"})
    assert WorkingGroup.objects.filter(name="AG Sprache").count() == 2
    assert other.network.name == "Jena"


def test_deleting_a_working_group_keeps_its_meetings_for_the_network(network, working_group):
    meeting = add_meeting(network, working_group=working_group)
    working_group.delete()
    meeting.refresh_from_db()
    assert meeting.working_group is None and meeting.network == network


# --- meeting pages ---------------------------------------------------------------------


@pytest.fixture
def member_owner(network):
    member = make_organisation("Sprachcafé Erfurt e. V.")
    NetworkMembership.objects.create(network=network, organisation=member)
    person = factories.UserFactory(display_name="Mira Mitglied")
    member.owners.add(person)
    return person


@pytest.fixture
def visitors(member_owner, coordinator, owner, user, editor):
    return {
        "anonymous": None,
        "registered": user,
        "owner of another organisation": owner,
        "owner of a member": member_owner,
        "coordinator": coordinator,
        "editor": editor,
    }


MEMBERS = {"owner of a member", "coordinator", "editor"}


def test_minutes_are_shown_to_network_members_only(client, network, visitors):
    meeting = add_meeting(network, days=-3, minutes=MINUTES, agenda="1. Begrüßung")
    seen_by = set()
    for name, person in visitors.items():
        client.logout()
        if person:
            client.force_login(person)
        response = client.get(meeting.get_absolute_url())
        assert response.status_code == 200
        page = response.content.decode()
        assert "Begrüßung" in page
        assert (MINUTES in page) == response.context["can_see_minutes"]
        if MINUTES in page:
            seen_by.add(name)
    assert seen_by == MEMBERS


def test_members_only_meetings_do_not_exist_for_others(client, network, visitors):
    meeting = add_meeting(network, public=False, title="Internes Planungstreffen")
    seen_by = set()
    for name, person in visitors.items():
        client.logout()
        if person:
            client.force_login(person)
        response = client.get(meeting.get_absolute_url())
        assert response.status_code in {200, 404}
        if response.status_code == 200:
            assert "Internes Planungstreffen" in response.content.decode()
            seen_by.add(name)
    assert seen_by == MEMBERS


def test_meetings_of_unpublished_networks_and_unknown_meetings_are_not_found(client, db):
    hidden = make_network("Verstecktes Netzwerk", is_published=False)
    meeting = add_meeting(hidden)
    assert client.get(meeting.get_absolute_url()).status_code == 404
    assert client.get(reverse("networks:meeting-detail", args=[999999])).status_code == 404


def test_agenda_and_minutes_are_rendered_safely(client, network, coordinator):
    meeting = add_meeting(
        network,
        agenda="**Begrüßung** <script>alert(1)</script> [x](javascript:alert(1))",
        minutes="<img src=x onerror=alert(1)>",
    )
    client.force_login(coordinator)
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "<strong>Begrüßung</strong>" in page
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x onerror" not in page
    assert 'href="javascript:' not in page


def test_meeting_page_offers_editing_to_coordinators_only(client, network, coordinator, editor):
    meeting = add_meeting(network)
    edit = reverse("networks:meeting-edit", args=[network.slug, meeting.pk])
    assert edit not in client.get(meeting.get_absolute_url()).content.decode()
    other = factories.UserFactory()
    make_network("Netzwerk Jena").coordinators.add(other)
    for person, shown in [(other, False), (coordinator, True), (editor, True)]:
        client.force_login(person)
        assert (edit in client.get(meeting.get_absolute_url()).content.decode()) is shown


def test_calendar_page_lists_upcoming_public_meetings_of_published_networks(client, network):
    jena = make_network("Netzwerk Jena", ags="16053")
    add_meeting(network, days=5, title="Erfurter Treffen")
    add_meeting(jena, days=2, title="Jenaer Treffen")
    add_meeting(network, days=1, title="Internes Treffen", public=False)
    add_meeting(network, days=-2, title="Vergangenes Treffen")
    add_meeting(make_network("Versteckt", is_published=False), days=3, title="Verstecktes")
    response = client.get(reverse("networks:calendar"))
    assert response.status_code == 200
    assert [meeting.title for meeting in response.context["page"].items] == [
        "Jenaer Treffen",
        "Erfurter Treffen",
    ]


def test_calendar_page_meets_a_broken_cursor_calmly(client, network):
    add_meeting(network)
    for query in ["?nach=kaputt", "?vor=WyJ4Il0", "?seite=letzte", "?nach=WzEsIDJd"]:
        assert client.get(reverse("networks:calendar") + query).status_code == 200


# --- iCal feeds ------------------------------------------------------------------------


@pytest.fixture
def meetings(network, working_group):
    jena = make_network("Netzwerk Integration Jena", ags="16053")
    return {
        "erfurt": meeting_at(
            network,
            3,
            title="Netzwerktreffen; Planung, Teil 2",
            online_url="https://meet.example/erfurt",
            agenda="1. Begrüßung\n2. Sommerfest",
            registration_note="Anmeldung bis Freitag",
        ),
        "group": meeting_at(
            network, 5, title="Treffen der AG Sprache", working_group=working_group
        ),
        "recent": meeting_at(network, -10, title="Rückblick"),
        "internal": meeting_at(network, 4, title="Internes Planungstreffen", public=False),
        "internal_group": meeting_at(
            network, 6, title="Interne AG-Runde", public=False, working_group=working_group
        ),
        "old": meeting_at(network, -500, title="Uraltes Treffen"),
        "jena": meeting_at(jena, 2, title="Jenaer Netzwerktreffen", place=""),
        "hidden": meeting_at(
            make_network("Verstecktes Netzwerk", is_published=False), 2, title="Verborgen"
        ),
    }


def test_the_feed_of_all_meetings_has_public_meetings_of_published_networks(client, meetings):
    events = feed(client, reverse("networks:feed-all"))
    assert summaries(events) == {
        "Netzwerktreffen; Planung, Teil 2",
        "Treffen der AG Sprache",
        "Rückblick",
        "Jenaer Netzwerktreffen",
    }


def test_feed_events_carry_the_meetings_times_place_and_link(client, network, meetings):
    events = feed(client, reverse("networks:feed-network", args=[network.slug]))
    meeting = meetings["erfurt"]
    (event,) = [e for e in events.values() if str(e["SUMMARY"]) == meeting.title]
    meeting.refresh_from_db()
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start.tzinfo is not None and end.tzinfo is not None
    assert (start, end) == (meeting.starts_at, meeting.ends_at)
    assert end - start == datetime.timedelta(hours=2)
    assert str(event["LOCATION"]) == "Rathaus, Festsaal, https://meet.example/erfurt"
    assert str(event["URL"]) == django_settings.SITE_URL + meeting.get_absolute_url()
    assert "Sommerfest" in str(event["DESCRIPTION"])
    assert "Anmeldung bis Freitag" in str(event["DESCRIPTION"])
    assert str(event["ORGANIZER"]) == "mailto:netzwerk@example.org"


def test_a_meeting_without_place_or_link_has_no_location(client, meetings):
    events = feed(client, reverse("networks:feed-all"))
    (jena,) = [e for e in events.values() if str(e["SUMMARY"]) == "Jenaer Netzwerktreffen"]
    assert "LOCATION" not in jena


def test_feed_uids_stay_the_same_across_requests(client, meetings):
    url = reverse("networks:feed-all")
    first, second = feed(client, url), feed(client, url)
    assert {uid: str(event["SUMMARY"]) for uid, event in first.items()} == {
        uid: str(event["SUMMARY"]) for uid, event in second.items()
    }
    meetings["erfurt"].title = "Neuer Titel"
    meetings["erfurt"].save()
    third = feed(client, url)
    assert set(third) == set(first)
    assert "Neuer Titel" in summaries(third)


def test_a_network_feed_has_only_that_networks_public_meetings(client, network, meetings):
    events = feed(client, reverse("networks:feed-network", args=[network.slug]))
    assert summaries(events) == {
        "Netzwerktreffen; Planung, Teil 2",
        "Treffen der AG Sprache",
        "Rückblick",
    }
    jena = meetings["jena"].network
    assert summaries(feed(client, reverse("networks:feed-network", args=[jena.slug]))) == {
        "Jenaer Netzwerktreffen"
    }


def test_a_working_group_feed_has_only_that_groups_public_meetings(
    client, network, working_group, meetings
):
    url = reverse("networks:feed-working-group", args=[network.slug, working_group.pk])
    assert summaries(feed(client, url)) == {"Treffen der AG Sprache"}


def test_members_never_get_members_only_meetings_in_a_feed(
    client, network, working_group, coordinator, meetings
):
    client.force_login(coordinator)
    for url in [
        reverse("networks:feed-all"),
        reverse("networks:feed-network", args=[network.slug]),
        reverse("networks:feed-working-group", args=[network.slug, working_group.pk]),
    ]:
        found = summaries(feed(client, url))
        assert not found & {"Internes Planungstreffen", "Interne AG-Runde"}


def test_feeds_of_unknown_or_hidden_networks_and_groups_are_not_found(
    client, network, working_group, meetings
):
    jena = meetings["jena"].network
    hidden = meetings["hidden"].network
    for url in [
        reverse("networks:feed-network", args=["gibt-es-nicht"]),
        reverse("networks:feed-network", args=[hidden.slug]),
        reverse("networks:feed-working-group", args=[jena.slug, working_group.pk]),
        reverse("networks:feed-working-group", args=[network.slug, 999999]),
    ]:
        assert client.get(url).status_code == 404, url


def test_an_empty_feed_is_still_a_calendar(client, network):
    events = feed(client, reverse("networks:feed-network", args=[network.slug]))
    assert events == {}


def test_a_full_feed_keeps_the_upcoming_meetings(client, network):
    start = whole_minute(-300)
    Meeting.objects.bulk_create(
        Meeting(
            network=network,
            title=f"Treffen {index}",
            starts_at=start + datetime.timedelta(hours=index),
            ends_at=start + datetime.timedelta(hours=index + 1),
            place="Rathaus",
        )
        for index in range(1000)
    )
    meeting_at(make_network("Netzwerk Jena"), 7, title="Nächstes Netzwerktreffen")
    events = feed(client, reverse("networks:feed-all"))
    assert "Nächstes Netzwerktreffen" in summaries(events)
