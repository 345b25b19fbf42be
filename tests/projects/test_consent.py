"""Consent to show a portrait's contact person: recorded with its version, withdrawn in one click."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portal.models import Region
from projects import actions
from projects.consent import CONTACT_CONSENT_TEXT, CONTACT_CONSENT_VERSION
from projects.models import Project, ProjectRevision
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner(db):
    return factories.UserFactory(display_name="Olga Owner")


@pytest.fixture
def consented(owner):
    """A published portrait whose owner consented to show the contact person."""
    return factories.ProjectFactory(
        owner=owner,
        contact_name="Mara Kontakt",
        contact_email="mara.kontakt@example.org",
        contact_phone="0361 555 01",
        contact_consent_at=timezone.now(),
        contact_consent_by=owner,
        contact_consent_text=str(CONTACT_CONSENT_TEXT),
        contact_consent_version=CONTACT_CONSENT_VERSION,
    )


def withdraw_url(project: Project) -> str:
    return reverse("projects:project-consent-withdraw", args=[project.pk])


def public_page(project: Project) -> str:
    return Client().get(project.get_absolute_url()).content.decode()


def form_data(**overrides) -> dict:
    data = {
        "name": "Musikwerkstatt Nordstadt",
        "summary": "Jugendliche aus aller Welt machen zusammen Musik.",
        "description": "Jeden Freitag proben wir im Jugendhaus.",
        "region": Region.objects.get(ags="05913").pk,
        "sponsor_name": "Jugendhaus Nordstadt e. V.",
        "sponsor_kind": "verein",
        "contact_name": "Mara Kontakt",
        "contact_email": "mara.kontakt@example.org",
        "contact_phone": "",
        "contact_consent": "on",
        "save": "",
    }
    data.update(overrides)
    return data


# --- recording -------------------------------------------------------------------------------


def test_the_form_records_who_when_which_text_and_which_version(client, owner):
    client.force_login(owner)
    before = timezone.now()
    response = client.post(reverse("projects:project-create"), form_data())
    assert response.status_code == 302
    project = Project.objects.get(owner=owner)
    assert project.contact_consent_by == owner
    assert project.contact_consent_at >= before
    assert project.contact_consent_text == str(CONTACT_CONSENT_TEXT)
    assert project.contact_consent_version == CONTACT_CONSENT_VERSION
    assert project.contact_consent_withdrawn_at is None


def test_a_new_version_of_the_text_needs_consent_given_anew(owner, portrait_data):
    project = actions.create_project(
        owner=owner, data=portrait_data(contact_name="Anna A.", contact_consent=True)
    )
    Project.objects.filter(pk=project.pk).update(contact_consent_version="2020-01")
    project.refresh_from_db()
    first = project.contact_consent_at
    project = actions.update_project(
        project=project,
        user=owner,
        data=portrait_data(contact_name="Anna A.", contact_consent=True),
        lock_version=project.lock_version,
    )
    assert project.contact_consent_version == CONTACT_CONSENT_VERSION
    assert project.contact_consent_at > first


# --- withdrawing -----------------------------------------------------------------------------


def test_the_owner_withdraws_in_one_click_and_the_public_page_hides_the_contact_at_once(
    client, owner, consented
):
    assert "Mara Kontakt" in public_page(consented)
    client.force_login(owner)
    edit_page = client.get(reverse("projects:project-edit", args=[consented.pk])).content.decode()
    assert withdraw_url(consented) in edit_page

    before = timezone.now()
    response = client.post(
        withdraw_url(consented), {"next": reverse("projects:project-edit", args=[consented.pk])}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("projects:project-edit", args=[consented.pk])
    consented.refresh_from_db()
    assert not consented.shows_contact
    assert consented.contact_consent_at is None
    assert consented.contact_consent_withdrawn_at >= before
    # Kept for the owner, and the record of what was withdrawn stays.
    assert consented.contact_name == "Mara Kontakt"
    assert consented.contact_consent_version == CONTACT_CONSENT_VERSION
    assert consented.contact_consent_by == owner
    page = public_page(consented)
    assert "Mara Kontakt" not in page
    assert "mara.kontakt@example.org" not in page
    assert "0361 555 01" not in page
    # The button is gone once there is nothing to withdraw.
    edit_page = client.get(reverse("projects:project-edit", args=[consented.pk])).content.decode()
    assert withdraw_url(consented) not in edit_page


def test_withdrawing_from_my_data_returns_there(client, owner, consented):
    client.force_login(owner)
    my_data = client.get(reverse("portal:my-data")).content.decode()
    assert withdraw_url(consented) in my_data
    assert "Mara Kontakt" in my_data

    response = client.post(withdraw_url(consented), {"next": reverse("portal:my-data")})

    assert response["Location"] == reverse("portal:my-data")
    my_data = client.get(reverse("portal:my-data")).content.decode()
    assert withdraw_url(consented) not in my_data  # listed as withdrawn, without a button
    assert consented.name in my_data


def test_an_unsafe_next_address_is_ignored(client, owner, consented):
    client.force_login(owner)
    response = client.post(withdraw_url(consented), {"next": "https://example.com/"})
    assert response["Location"] == reverse("projects:my-projects")


def test_withdrawing_twice_explains_and_changes_nothing(client, owner, consented):
    client.force_login(owner)
    client.post(withdraw_url(consented), follow=True)
    consented.refresh_from_db()
    first = consented.contact_consent_withdrawn_at
    response = client.post(withdraw_url(consented), follow=True)
    assert response.status_code == 200
    assert [message.level_tag for message in response.context["messages"]] == ["error"]
    consented.refresh_from_db()
    assert consented.contact_consent_withdrawn_at == first


def test_an_editor_may_withdraw(client, consented):
    client.force_login(factories.EditorFactory())
    assert client.post(withdraw_url(consented)).status_code == 302
    consented.refresh_from_db()
    assert not consented.shows_contact


def test_another_user_gets_not_found_and_nothing_changes(client, consented):
    client.force_login(factories.UserFactory())
    assert client.post(withdraw_url(consented)).status_code == 404
    assert client.post(reverse("projects:project-consent-withdraw", args=[99999])).status_code == (
        404
    )
    consented.refresh_from_db()
    assert consented.shows_contact


def test_withdrawing_is_post_only(client, owner, consented):
    client.force_login(owner)
    assert client.get(withdraw_url(consented)).status_code == 405
    consented.refresh_from_db()
    assert consented.shows_contact


def test_anonymous_visitors_are_sent_to_log_in(client, consented):
    response = client.post(withdraw_url(consented))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    consented.refresh_from_db()
    assert consented.shows_contact


def test_an_open_proposal_cannot_bring_the_contact_back(owner, consented, portrait_data):
    editor = factories.EditorFactory()
    data = portrait_data(contact_name="Mara Kontakt", contact_consent=True)
    actions.update_project(project=consented, user=owner, data=data, lock_version=0)
    actions.submit_project(project=consented, user=owner)

    actions.withdraw_contact_consent(project=consented, user=owner)
    revision = ProjectRevision.objects.get(project=consented)
    assert revision.data["contact_consent"] is False
    actions.publish_project(project=consented, editor=editor)

    consented.refresh_from_db()
    assert not consented.shows_contact
    assert consented.contact_consent_withdrawn_at is not None


def test_an_edit_form_opened_before_the_withdrawal_is_refused(owner, consented, portrait_data):
    project = Project.objects.get(pk=consented.pk)
    Project.objects.filter(pk=project.pk).update(status=Project.Status.DRAFT)
    project.refresh_from_db()
    opened_at = project.lock_version
    actions.withdraw_contact_consent(project=project, user=owner)
    with pytest.raises(actions.StaleEditError):
        actions.update_project(
            project=project,
            user=owner,
            data=portrait_data(contact_name="Mara Kontakt", contact_consent=True),
            lock_version=opened_at,
        )
    project.refresh_from_db()
    assert not project.shows_contact


def test_consent_given_again_after_a_withdrawal_counts_from_then(owner, portrait_data):
    project = actions.create_project(
        owner=owner, data=portrait_data(contact_name="Anna A.", contact_consent=True)
    )
    actions.withdraw_contact_consent(project=project, user=owner)
    project.refresh_from_db()
    withdrawn = project.contact_consent_withdrawn_at
    project = actions.update_project(
        project=project,
        user=owner,
        data=portrait_data(contact_name="Anna A.", contact_consent=True),
        lock_version=project.lock_version,
    )
    assert project.shows_contact
    assert project.contact_consent_at > withdrawn
    assert project.contact_consent_withdrawn_at is None
