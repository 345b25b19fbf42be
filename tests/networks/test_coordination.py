"""Coordinators keep their network; owners keep their organisation and ask to join."""

import datetime
import re
import zoneinfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from networks import actions
from networks.models import (
    JoinRequest,
    Meeting,
    Network,
    NetworkMembership,
    Organisation,
    WorkingGroup,
)
from tests import factories
from tests.factories import add_meeting, make_network, make_organisation

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NEXT_YEAR = timezone.localdate().year + 1


def ask(organisation, network, user, role="mitglied", message="Wir möchten mitarbeiten."):
    return actions.request_to_join(
        organisation=organisation, network=network, user=user, role=role, message=message
    )


def recipients(outbox) -> list[str]:
    return sorted(address for mail in outbox for address in mail.to)


def network_form(network: Network, **changes) -> dict:
    return {
        "name": network.name,
        "kind": network.kind,
        "scope": network.scope,
        "region": network.region_id,
        "description": network.description,
        "goals": network.goals,
        "founded": network.founded or "",
        "street": network.street,
        "postcode": network.postcode,
        "city": network.city,
        "phone": network.phone,
        "email": network.email,
        "website": network.website,
        **changes,
    }


def organisation_form(organisation: Organisation, **changes) -> dict:
    return {
        "name": organisation.name,
        "kind": organisation.kind,
        "region": organisation.region_id,
        "description": organisation.description,
        "languages": organisation.languages,
        "street": organisation.street,
        "postcode": organisation.postcode,
        "city": organisation.city,
        "phone": organisation.phone,
        "email": organisation.email,
        "website": organisation.website,
        **changes,
    }


def meeting_form(**changes) -> dict:
    return {
        "title": "Netzwerktreffen im Frühjahr",
        "working_group": "",
        "starts_at": f"{NEXT_YEAR}-03-14T18:30",
        "ends_at": f"{NEXT_YEAR}-03-14T20:00",
        "place": "Rathaus Erfurt, Festsaal",
        "online_url": "",
        "agenda": "1. Begrüßung",
        "registration_note": "",
        "is_public": "on",
        "minutes": "",
        **changes,
    }


@pytest.fixture
def other_coordinator(db):
    person = factories.UserFactory(display_name="Jonas Jena")
    make_network("Netzwerk Integration Jena", ags="16053").coordinators.add(person)
    return person


# --- join requests: actions ------------------------------------------------------------


def test_asking_to_join_records_an_open_request_and_mails_both_sides(
    network, organisation, owner, coordinator, mail_after_commit
):
    with mail_after_commit():
        join_request = ask(organisation, network, owner, role="partner")
    join_request.refresh_from_db()
    assert (join_request.status, join_request.role, join_request.requested_by) == (
        JoinRequest.Status.OPEN,
        "partner",
        owner,
    )
    assert join_request.message == "Wir möchten mitarbeiten."
    assert recipients(mail_after_commit.outbox) == sorted([coordinator.email, owner.email])
    (to_coordinator,) = [m for m in mail_after_commit.outbox if m.to == [coordinator.email]]
    assert reverse("networks:join-decide", args=[join_request.pk]) in to_coordinator.body
    assert "Wir möchten mitarbeiten." in to_coordinator.body
    assert not NetworkMembership.objects.exists()


def test_every_active_coordinator_hears_of_a_request(
    network, organisation, owner, coordinator, mail_after_commit
):
    second = factories.UserFactory()
    retired = factories.UserFactory(is_active=False)
    network.coordinators.add(second, retired)
    with mail_after_commit():
        ask(organisation, network, owner)
    assert recipients(mail_after_commit.outbox) == sorted(
        [coordinator.email, second.email, owner.email]
    )


def test_asking_again_while_a_request_is_open_is_refused(
    network, organisation, owner, mail_after_commit
):
    ask(organisation, network, owner)
    mail_after_commit.outbox.clear()
    with mail_after_commit(), pytest.raises(actions.AlreadyRequested):
        ask(organisation, network, owner, role="partner")
    assert JoinRequest.objects.count() == 1
    assert mail_after_commit.outbox == []


def test_a_member_cannot_ask_to_join_again(network, organisation, owner, mail_after_commit):
    NetworkMembership.objects.create(network=network, organisation=organisation)
    with mail_after_commit(), pytest.raises(actions.AlreadyMember):
        ask(organisation, network, owner)
    assert not JoinRequest.objects.exists()
    assert mail_after_commit.outbox == []


def test_accepting_makes_the_organisation_a_member_and_tells_both_sides(
    network, organisation, owner, coordinator, mail_after_commit
):
    second = factories.UserFactory()
    network.coordinators.add(second)
    join_request = ask(organisation, network, owner, role="partner")
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        decided = actions.decide_join_request(
            join_request=join_request, coordinator=coordinator, accept=True, answer="Willkommen!"
        )
    membership = NetworkMembership.objects.get()
    assert (membership.network, membership.organisation) == (network, organisation)
    assert membership.role == NetworkMembership.Role.PARTNER
    assert membership.since == timezone.localdate()
    decided.refresh_from_db()
    assert (decided.status, decided.decided_by, decided.answer) == (
        JoinRequest.Status.ACCEPTED,
        coordinator,
        "Willkommen!",
    )
    assert decided.decided_at is not None
    assert recipients(mail_after_commit.outbox) == sorted(
        [coordinator.email, second.email, owner.email]
    )
    assert all("Willkommen!" in mail.body for mail in mail_after_commit.outbox)


def test_declining_makes_no_member_and_a_new_request_is_possible(
    network, organisation, owner, coordinator, mail_after_commit
):
    join_request = ask(organisation, network, owner)
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        actions.decide_join_request(
            join_request=join_request, coordinator=coordinator, accept=False, answer="Noch nicht."
        )
    assert not NetworkMembership.objects.exists()
    assert JoinRequest.objects.get().status == JoinRequest.Status.DECLINED
    assert owner.email in recipients(mail_after_commit.outbox)
    again = ask(organisation, network, owner)
    assert again.status == JoinRequest.Status.OPEN
    assert JoinRequest.objects.count() == 2


@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize("second", [True, False])
def test_a_request_is_decided_only_once(first, second, network, organisation, owner, coordinator):
    join_request = ask(organisation, network, owner)
    actions.decide_join_request(join_request=join_request, coordinator=coordinator, accept=first)
    with pytest.raises(actions.NetworkActionError):
        actions.decide_join_request(
            join_request=join_request, coordinator=coordinator, accept=second
        )
    join_request.refresh_from_db()
    expected = JoinRequest.Status.ACCEPTED if first else JoinRequest.Status.DECLINED
    assert join_request.status == expected
    assert NetworkMembership.objects.count() == int(first)


# --- join requests: pages --------------------------------------------------------------


def test_the_join_flow_through_the_pages(
    client, network, organisation, owner, coordinator, mail_after_commit
):
    join_url = reverse("networks:organisation-join", args=[organisation.slug])
    form = {"network": network.pk, "role": "partner", "message": "Wir möchten mitarbeiten."}
    client.force_login(owner)
    page = client.get(join_url + f"?netzwerk={network.slug}")
    assert page.status_code == 200
    assert page.context["form"]["network"].value() == network.pk
    with mail_after_commit():
        response = client.post(join_url, form)
    assert response.status_code == 302
    assert response["Location"] == organisation.get_absolute_url()
    join_request = JoinRequest.objects.get()
    assert (join_request.network, join_request.role) == (network, "partner")
    assert recipients(mail_after_commit.outbox) == sorted([coordinator.email, owner.email])

    again = client.post(join_url, form)
    assert again.status_code == 200
    assert "network" in again.context["form"].errors
    assert JoinRequest.objects.count() == 1

    client.force_login(coordinator)
    listing = client.get(reverse("networks:join-requests", args=[network.slug]))
    assert list(listing.context["join_requests"]) == [join_request]
    decide_url = reverse("networks:join-decide", args=[join_request.pk])
    assert decide_url in listing.content.decode()
    assert client.get(decide_url).status_code == 200
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        response = client.post(decide_url, {"decision": "accept", "message": "Willkommen!"})
    assert response.status_code == 302
    assert response["Location"] == reverse("networks:join-requests", args=[network.slug])
    membership = NetworkMembership.objects.get()
    assert (membership.organisation, membership.role) == (organisation, "partner")
    assert owner.email in recipients(mail_after_commit.outbox)
    assert list(client.get(listing.wsgi_request.path).context["join_requests"]) == []

    # Answered already: the page says so and changes nothing.
    response = client.post(decide_url, {"decision": "decline"})
    assert response.status_code == 302
    assert JoinRequest.objects.get().status == JoinRequest.Status.ACCEPTED

    client.force_login(owner)
    member_again = client.post(join_url, form)
    assert member_again.status_code == 200
    assert "network" in member_again.context["form"].errors
    assert JoinRequest.objects.count() == 1
    page = client.get(organisation.get_absolute_url()).content.decode()
    assert network.get_absolute_url() in page


def test_declining_through_the_page(client, network, organisation, owner, coordinator):
    join_request = ask(organisation, network, owner)
    client.force_login(coordinator)
    url = reverse("networks:join-decide", args=[join_request.pk])
    invalid = client.post(url, {"decision": "vielleicht"})
    assert invalid.status_code == 200 and "decision" in invalid.context["form"].errors
    assert client.post(url, {"decision": "decline", "message": "Noch nicht."}).status_code == 302
    assert JoinRequest.objects.get().status == JoinRequest.Status.DECLINED
    assert not NetworkMembership.objects.exists()


def test_only_published_networks_can_be_asked(client, organisation, owner):
    hidden = make_network("Verstecktes Netzwerk", is_published=False)
    client.force_login(owner)
    response = client.post(
        reverse("networks:organisation-join", args=[organisation.slug]),
        {"network": hidden.pk, "role": "mitglied"},
    )
    assert response.status_code == 200
    assert "network" in response.context["form"].errors
    assert not JoinRequest.objects.exists()


def test_only_owners_ask_for_their_organisation(client, network, organisation, user, editor):
    url = reverse("networks:organisation-join", args=[organisation.slug])
    form = {"network": network.pk, "role": "mitglied"}
    response = client.post(url, form)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    for person in (user, editor):
        client.force_login(person)
        assert client.get(url).status_code == 403
        assert client.post(url, form).status_code == 403
    assert not JoinRequest.objects.exists()


# --- editing the network ---------------------------------------------------------------


def test_a_coordinator_edits_the_network(client, network, coordinator):
    project = factories.ProjectFactory(name="Sprachcafé am Anger")
    client.force_login(coordinator)
    url = reverse("networks:network-edit", args=[network.slug])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        network_form(
            network,
            name="Netzwerk für Integration Erfurt",
            founded="2015",
            postcode="99084",
            city="Erfurt",
            website="https://netzwerk-erfurt.example",
            region=factories.region("16").pk,
            scope=Network.Scope.LAND,
            projects=[project.pk],
        ),
    )
    assert response.status_code == 302
    network.refresh_from_db()
    assert response["Location"] == network.get_absolute_url()
    assert (network.name, network.founded, network.postcode, network.region.ags) == (
        "Netzwerk für Integration Erfurt",
        2015,
        "99084",
        "16",
    )
    assert list(network.projects.all()) == [project]
    assert network.slug == "netzwerk-integration-erfurt"  # links stay valid


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"founded": str(NEXT_YEAR)}, "founded"),
        ({"founded": "1850"}, "founded"),
        ({"postcode": "12ab"}, "postcode"),
        ({"website": "not a url"}, "website"),
        ({"website": "javascript:alert(1)"}, "website"),
        ({"email": "keine-adresse"}, "email"),
        ({"region": "999999"}, "region"),
        ({"kind": "geheim"}, "kind"),
        ({"projects": ["999999"]}, "projects"),
    ],
)
def test_invalid_network_data_is_refused_and_nothing_changes(
    changes, field, client, network, coordinator
):
    client.force_login(coordinator)
    response = client.post(
        reverse("networks:network-edit", args=[network.slug]),
        network_form(network, name="Geänderter Name", **changes),
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    network.refresh_from_db()
    assert network.name == "Netzwerk Integration Erfurt"


def test_unpublished_projects_cannot_be_linked(client, network, coordinator):
    draft = factories.ProjectFactory(status="draft")
    client.force_login(coordinator)
    response = client.post(
        reverse("networks:network-edit", args=[network.slug]),
        network_form(network, projects=[draft.pk]),
    )
    assert "projects" in response.context["form"].errors
    assert not network.projects.exists()


def test_editors_edit_any_network(client, network, editor):
    client.force_login(editor)
    response = client.post(
        reverse("networks:network-edit", args=[network.slug]),
        network_form(network, city="Erfurt"),
    )
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.city == "Erfurt"


@pytest.fixture
def coordination_pages(network, working_group, organisation, owner):
    meeting = add_meeting(network, title="Netzwerktreffen")
    slug = network.slug
    return [
        (reverse("networks:network-edit", args=[slug]), network_form(network, name="Gekapert")),
        (reverse("networks:meeting-create", args=[slug]), meeting_form(title="Gekapert")),
        (
            reverse("networks:meeting-edit", args=[slug, meeting.pk]),
            meeting_form(title="Gekapert"),
        ),
        (reverse("networks:meeting-delete", args=[slug, meeting.pk]), {}),
        (reverse("networks:working-group-create", args=[slug]), {"name": "Gekapert"}),
        (
            reverse("networks:working-group-edit", args=[slug, working_group.pk]),
            {"name": "Gekapert"},
        ),
        (reverse("networks:join-requests", args=[slug]), {}),
    ]


def snapshot() -> list:
    return [
        list(Network.objects.values_list("name", flat=True).order_by("pk")),
        list(Meeting.objects.values_list("title", flat=True).order_by("pk")),
        list(WorkingGroup.objects.values_list("name", flat=True).order_by("pk")),
        list(JoinRequest.objects.values_list("status", flat=True).order_by("pk")),
        NetworkMembership.objects.count(),
    ]


def test_the_coordinator_of_another_network_may_not_touch_this_one(
    client, coordination_pages, other_coordinator
):
    before = snapshot()
    client.force_login(other_coordinator)
    for url, form in coordination_pages:
        assert client.get(url).status_code == 403, url
        assert client.post(url, form).status_code == 403, url
    assert snapshot() == before


@pytest.mark.parametrize("who", ["owner", "user", "other_coordinator"])
def test_another_networks_join_request_does_not_exist_for_others(
    who, request, client, network, organisation, owner
):
    join_request = ask(organisation, network, owner)
    client.force_login(request.getfixturevalue(who))
    before = snapshot()
    url = reverse("networks:join-decide", args=[join_request.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"decision": "accept"}).status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize("who", ["owner", "user"])
def test_owners_and_registered_people_may_not_coordinate(who, request, client, coordination_pages):
    before = snapshot()
    client.force_login(request.getfixturevalue(who))
    for url, form in coordination_pages:
        assert client.post(url, form).status_code == 403, url
    assert snapshot() == before


def test_anonymous_visitors_are_sent_to_log_in(client, coordination_pages):
    before = snapshot()
    for url, form in coordination_pages:
        response = client.post(url, form)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("account_login")), url
    assert snapshot() == before


def test_coordination_pages_for_unknown_things_are_not_found(client, network, coordinator):
    jena = make_network("Netzwerk Integration Jena", ags="16053")
    foreign_meeting = add_meeting(jena)
    foreign_group = WorkingGroup.objects.create(network=jena, name="AG Jena")
    jena.coordinators.add(factories.UserFactory())
    client.force_login(coordinator)
    for url in [
        reverse("networks:network-edit", args=["gibt-es-nicht"]),
        reverse("networks:meeting-edit", args=[network.slug, foreign_meeting.pk]),
        reverse("networks:meeting-delete", args=[network.slug, foreign_meeting.pk]),
        reverse("networks:working-group-edit", args=[network.slug, foreign_group.pk]),
        reverse("networks:join-decide", args=[999999]),
    ]:
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"title": "Gekapert", "name": "Gekapert"}).status_code == 404
    assert Meeting.objects.get().title == "Netzwerktreffen"
    assert WorkingGroup.objects.get().name == "AG Jena"


# --- meetings and working groups -------------------------------------------------------


def test_a_coordinator_adds_a_meeting(client, network, working_group, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("networks:meeting-create", args=[network.slug]),
        meeting_form(working_group=working_group.pk, is_public=""),
    )
    meeting = Meeting.objects.get()
    assert response.status_code == 302
    assert response["Location"] == meeting.get_absolute_url()
    assert (meeting.network, meeting.working_group, meeting.is_public) == (
        network,
        working_group,
        False,
    )
    assert meeting.starts_at == datetime.datetime(NEXT_YEAR, 3, 14, 18, 30, tzinfo=BERLIN)
    assert meeting.ends_at == datetime.datetime(NEXT_YEAR, 3, 14, 20, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_at": f"{NEXT_YEAR}-03-14T18:00"}, "ends_at"),
        ({"ends_at": f"{NEXT_YEAR}-03-13T20:00"}, "ends_at"),
        ({"starts_at": "morgen"}, "starts_at"),
        ({"place": "", "online_url": ""}, "place"),
        ({"online_url": "keine adresse"}, "online_url"),
        ({"title": ""}, "title"),
        ({"working_group": "999999"}, "working_group"),
    ],
)
def test_invalid_meetings_are_refused(changes, field, client, network, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("networks:meeting-create", args=[network.slug]), meeting_form(**changes)
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Meeting.objects.exists()


def test_a_working_group_of_another_network_cannot_be_chosen(client, network, coordinator):
    foreign_group = WorkingGroup.objects.create(network=make_network("Jena"), name="AG Jena")
    client.force_login(coordinator)
    response = client.post(
        reverse("networks:meeting-create", args=[network.slug]),
        meeting_form(working_group=foreign_group.pk),
    )
    assert response.status_code == 200
    assert "working_group" in response.context["form"].errors
    assert not Meeting.objects.exists()


def test_a_coordinator_changes_a_meeting(client, network, coordinator):
    meeting = add_meeting(network, title="Netzwerktreffen")
    client.force_login(coordinator)
    url = reverse("networks:meeting-edit", args=[network.slug, meeting.pk])
    page = client.get(url)
    assert reverse("networks:meeting-delete", args=[network.slug, meeting.pk]) in (
        page.content.decode()
    )
    response = client.post(url, meeting_form(title="Verschobenes Treffen", minutes="Protokoll"))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.title, meeting.minutes) == ("Verschobenes Treffen", "Protokoll")
    invalid = client.post(url, meeting_form(title="Rückwärts", ends_at=f"{NEXT_YEAR}-01-01T00:00"))
    assert "ends_at" in invalid.context["form"].errors
    meeting.refresh_from_db()
    assert meeting.title == "Verschobenes Treffen"


def test_the_edit_page_shows_the_meetings_times_in_a_form_browsers_read(
    client, network, coordinator
):
    start = datetime.datetime(NEXT_YEAR, 3, 14, 18, 30, tzinfo=BERLIN)
    meeting = Meeting.objects.create(
        network=network,
        title="Netzwerktreffen",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        place="Rathaus",
    )
    client.force_login(coordinator)
    page = client.get(reverse("networks:meeting-edit", args=[network.slug, meeting.pk]))
    values = dict(
        re.findall(
            r'<input[^>]*name="(starts_at|ends_at)"[^>]*value="([^"]*)"', page.content.decode()
        )
    )
    assert values == {
        "starts_at": f"{NEXT_YEAR}-03-14T18:30",
        "ends_at": f"{NEXT_YEAR}-03-14T20:30",
    }


def test_deleting_a_meeting_asks_first(client, network, coordinator):
    meeting = add_meeting(network, title="Netzwerktreffen")
    client.force_login(coordinator)
    url = reverse("networks:meeting-delete", args=[network.slug, meeting.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Netzwerktreffen" in page.content.decode()
    assert Meeting.objects.filter(pk=meeting.pk).exists()
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == network.get_absolute_url()
    assert not Meeting.objects.exists()
    assert client.get(meeting.get_absolute_url()).status_code == 404


def test_a_coordinator_adds_and_edits_a_working_group(client, network, coordinator):
    topic = factories.TopicFactory(name="Arbeit")
    client.force_login(coordinator)
    response = client.post(
        reverse("networks:working-group-create", args=[network.slug]),
        {"name": "AG Arbeit", "topic": topic.pk, "is_standing": "on", "rhythm": "monatlich"},
    )
    assert response.status_code == 302
    assert response["Location"] == network.get_absolute_url()
    group = WorkingGroup.objects.get()
    assert (group.network, group.topic, group.is_standing) == (network, topic, True)
    response = client.post(
        reverse("networks:working-group-edit", args=[network.slug, group.pk]),
        {"name": "AG Arbeit und Ausbildung", "contact": "Geschäftsstelle"},
    )
    assert response.status_code == 302
    group.refresh_from_db()
    assert (group.name, group.is_standing, group.contact) == (
        "AG Arbeit und Ausbildung",
        False,
        "Geschäftsstelle",
    )
    assert (
        "name"
        in client.post(reverse("networks:working-group-create", args=[network.slug]), {"name": ""})
        .context["form"]
        .errors
    )


def test_a_second_working_group_of_the_same_name_is_a_form_error(
    client, network, working_group, coordinator
):
    client.force_login(coordinator)
    response = client.post(
        reverse("networks:working-group-create", args=[network.slug]), {"name": "AG Sprache"}
    )
    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert WorkingGroup.objects.count() == 1


# --- organisations ---------------------------------------------------------------------


def test_an_owner_edits_the_organisation(client, organisation, owner):
    topic = factories.TopicFactory(name="Sprache")
    client.force_login(owner)
    url = reverse("networks:organisation-edit", args=[organisation.slug])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        organisation_form(
            organisation,
            description="Wir beraten auf Arabisch und Persisch.",
            languages=["ar", "fa"],
            fields_of_activity=[topic.pk],
            postcode="99084",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == organisation.get_absolute_url()
    organisation.refresh_from_db()
    assert organisation.languages == ["ar", "fa"]
    assert list(organisation.fields_of_activity.all()) == [topic]
    assert organisation.postcode == "99084"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"postcode": "12ab"}, "postcode"),
        ({"languages": ["xx"]}, "languages"),
        ({"website": "not a url"}, "website"),
        ({"email": "keine-adresse"}, "email"),
        ({"region": "999999"}, "region"),
        ({"fields_of_activity": ["999999"]}, "fields_of_activity"),
    ],
)
def test_invalid_organisation_data_is_refused(changes, field, client, organisation, owner):
    client.force_login(owner)
    response = client.post(
        reverse("networks:organisation-edit", args=[organisation.slug]),
        organisation_form(organisation, name="Geänderter Name", **changes),
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    organisation.refresh_from_db()
    assert organisation.name == "Kulturbrücke e. V."


def test_an_owner_cannot_edit_another_organisation(client, organisation, owner, user):
    other = make_organisation("Sprachcafé Erfurt e. V.")
    url = reverse("networks:organisation-edit", args=[other.slug])
    for person in (owner, user):
        client.force_login(person)
        assert client.get(url).status_code == 403
        assert client.post(url, organisation_form(other, name="Gekapert")).status_code == 403
    other.refresh_from_db()
    assert other.name == "Sprachcafé Erfurt e. V."


def test_editors_edit_any_organisation(client, organisation, editor):
    client.force_login(editor)
    response = client.post(
        reverse("networks:organisation-edit", args=[organisation.slug]),
        organisation_form(organisation, city="Erfurt"),
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.city == "Erfurt"


@pytest.mark.parametrize(
    "upload",
    [
        lambda: factories.image_upload("logo.jpg", size=(1200, 900)),
        lambda: factories.image_upload("logo.png", image_format="PNG", color=(0, 0, 0, 0)),
    ],
    ids=["jpeg", "png"],
)
def test_a_logo_is_stored_re_encoded_as_jpeg(
    upload, client, organisation, owner, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(owner)
    response = client.post(
        reverse("networks:organisation-edit", args=[organisation.slug]),
        {**organisation_form(organisation), "new_logo": upload()},
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.logo.name.startswith("logos/")
    assert organisation.logo.name.endswith(".jpg")
    assert not organisation.logo.name.startswith("logos/logo")  # a name the server made
    with Image.open(organisation.logo.path) as image:
        assert image.format == "JPEG"
        assert image.width <= 480
    page = client.get(organisation.get_absolute_url()).content.decode()
    assert organisation.logo.url in page


def test_a_network_logo_is_stored_too(client, network, coordinator, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(coordinator)
    response = client.post(
        reverse("networks:network-edit", args=[network.slug]),
        {**network_form(network), "new_logo": factories.image_upload("logo.jpg")},
    )
    assert response.status_code == 302
    network.refresh_from_db()
    with Image.open(network.logo.path) as image:
        assert image.format == "JPEG"


def test_a_fake_logo_is_refused_and_nothing_changes(
    client, organisation, owner, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(owner)
    response = client.post(
        reverse("networks:organisation-edit", args=[organisation.slug]),
        {
            **organisation_form(organisation, name="Geänderter Name"),
            "new_logo": SimpleUploadedFile("logo.png", b"<html>", content_type="image/png"),
        },
    )
    assert response.status_code == 200
    assert "new_logo" in response.context["form"].errors
    organisation.refresh_from_db()
    assert organisation.name == "Kulturbrücke e. V."
    assert not organisation.logo
    assert not list(tmp_path.rglob("*.*"))
