import pytest

from portal.images import process_image
from projects import actions
from projects.models import Project, ProjectRevision, ReviewDecision
from tests.factories import EditorFactory, ProjectFactory, UserFactory, image_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner():
    return UserFactory()


@pytest.fixture
def editors():
    return [
        EditorFactory(email="redaktion1@example.org"),
        EditorFactory(email="redaktion2@example.org"),
    ]


def test_new_initiative_is_a_private_draft(owner, portrait_data):
    project = actions.create_project(owner=owner, data=portrait_data())
    assert project.status == Project.Status.DRAFT
    assert project.slug == "sprachcafe-miteinander"
    assert project.land.name == "Thüringen"
    assert "<strong>ohne Anmeldung</strong>" in project.description_html
    assert not Project.objects.published().exists()


def test_same_name_gets_its_own_slug(owner, portrait_data):
    first = actions.create_project(owner=owner, data=portrait_data())
    second = actions.create_project(owner=owner, data=portrait_data())
    assert first.slug != second.slug


def test_full_review_cycle_mails_editors_and_owner(
    owner, editors, portrait_data, mail_after_commit
):
    project = actions.create_project(owner=owner, data=portrait_data())
    editor = editors[0]
    with mail_after_commit():
        actions.submit_project(project=project, user=owner)
    assert sorted(m.to[0] for m in mail_after_commit.outbox) == [
        "redaktion1@example.org",
        "redaktion2@example.org",
    ]
    assert "Sprachcafé Miteinander" in mail_after_commit.outbox[0].subject

    mail_after_commit.outbox.clear()
    with mail_after_commit():
        actions.request_changes(project=project, editor=editor, message="Bitte Ziele ergänzen.")
    project.refresh_from_db()
    assert project.status == Project.Status.CHANGES_REQUESTED
    (mail,) = mail_after_commit.outbox
    assert mail.to == [owner.email]
    assert "Bitte Ziele ergänzen." in mail.body

    actions.update_project(
        project=project,
        user=owner,
        data=portrait_data(goals="- Mehr Gespräche"),
        lock_version=project.lock_version,
    )
    actions.submit_project(project=project, user=owner)
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        actions.publish_project(project=project, editor=editor)
    project.refresh_from_db()
    assert project.status == Project.Status.PUBLISHED
    assert project.published_at is not None
    assert "Mehr Gespräche" in project.goals_html
    assert mail_after_commit.outbox[0].to == [owner.email]
    log = list(project.decisions.order_by("created_at", "id").values_list("decision", "actor"))
    assert log == [
        ("submitted", owner.pk),
        ("changes_requested", editor.pk),
        ("submitted", owner.pk),
        ("published", editor.pk),
    ]


def test_reject_needs_a_reason_and_is_logged(owner, editors, portrait_data):
    project = actions.create_project(owner=owner, data=portrait_data())
    actions.submit_project(project=project, user=owner)
    with pytest.raises(actions.ProjectActionError):
        actions.reject_project(project=project, editor=editors[0], reason="  ")
    actions.reject_project(project=project, editor=editors[0], reason="Kein Integrationsbezug.")
    project.refresh_from_db()
    assert project.status == Project.Status.REJECTED
    assert project.decisions.first().message == "Kein Integrationsbezug."


def test_edit_of_published_portrait_waits_for_review(owner, editors, portrait_data):
    project = ProjectFactory(owner=owner, name="Chor der Kulturen", summary="Alt")
    actions.update_project(
        project=project,
        user=owner,
        data=portrait_data(name="Chor der Kulturen", summary="Neu"),
        lock_version=project.lock_version,
    )
    project.refresh_from_db()
    assert project.summary == "Alt"  # still published as it was
    assert project.status == Project.Status.PUBLISHED
    revision = ProjectRevision.objects.get(project=project)
    assert revision.data["summary"] == "Neu"

    actions.submit_project(project=project, user=owner)
    actions.publish_project(project=project, editor=editors[0])
    project.refresh_from_db()
    revision.refresh_from_db()
    assert project.summary == "Neu"
    assert revision.status == ProjectRevision.Status.ACCEPTED


def test_rejected_proposal_leaves_the_portrait_and_drops_new_images(
    owner, editors, portrait_data, media_root
):
    project = ProjectFactory(owner=owner, summary="Alt")
    actions.update_project(
        project=project, user=owner, data=portrait_data(summary="Neu"), lock_version=0
    )
    actions.add_project_image(
        project=project, user=owner, image=process_image(image_upload()), alt_text="Chorprobe"
    )
    actions.submit_project(project=project, user=owner)
    actions.reject_project(project=project, editor=editors[0], reason="Bitte sachlicher.")
    project.refresh_from_db()
    assert project.summary == "Alt"
    assert project.images.count() == 0


def test_second_save_based_on_an_old_version_is_refused(owner, portrait_data):
    project = actions.create_project(owner=owner, data=portrait_data())
    opened_version = project.lock_version
    actions.update_project(
        project=project,
        user=owner,
        data=portrait_data(summary="Erste"),
        lock_version=opened_version,
    )
    with pytest.raises(actions.StaleEditError):
        actions.update_project(
            project=project,
            user=owner,
            data=portrait_data(summary="Zweite"),
            lock_version=opened_version,
        )
    project.refresh_from_db()
    assert project.summary == "Erste"


def test_at_most_eight_images(owner, portrait_data, media_root):
    project = actions.create_project(owner=owner, data=portrait_data())
    processed = process_image(image_upload(size=(100, 80)))
    for number in range(actions.MAX_IMAGES):
        actions.add_project_image(
            project=project, user=owner, image=processed, alt_text=f"Bild {number}"
        )
    with pytest.raises(actions.ProjectActionError):
        actions.add_project_image(project=project, user=owner, image=processed, alt_text="Neuntes")
    assert project.images.count() == 8


def test_contact_shown_only_with_recorded_consent(owner, portrait_data):
    project = actions.create_project(
        owner=owner, data=portrait_data(contact_name="Aylin K.", contact_consent=False)
    )
    assert not project.shows_contact
    project = actions.update_project(
        project=project,
        user=owner,
        data=portrait_data(contact_name="Aylin K.", contact_consent=True),
        lock_version=project.lock_version,
    )
    assert project.shows_contact
    assert project.contact_consent_by == owner
    assert project.contact_consent_text == "Einwilligung"
    assert project.contact_consent_at is not None


def test_archive_takes_a_published_portrait_offline(owner):
    project = ProjectFactory(owner=owner)
    actions.archive_project(project=project, user=owner)
    project.refresh_from_db()
    assert project.status == Project.Status.ARCHIVED
    assert not Project.objects.published().exists()
    assert ReviewDecision.objects.filter(project=project, decision="archived").exists()


def test_nothing_to_review_is_an_error(editors):
    project = ProjectFactory()
    with pytest.raises(actions.ProjectActionError):
        actions.publish_project(project=project, editor=editors[0])


def test_new_contact_details_need_consent_given_anew(owner, portrait_data):
    project = actions.create_project(
        owner=owner, data=portrait_data(contact_name="Anna A.", contact_consent=True)
    )
    first_consent = project.contact_consent_at
    project = actions.update_project(
        project=project,
        user=owner,
        data=portrait_data(contact_name="Bernd B.", contact_consent=True),
        lock_version=project.lock_version,
    )
    assert project.contact_consent_at > first_consent  # recorded again, for Bernd
    project = actions.update_project(
        project=project,
        user=owner,
        data=portrait_data(contact_name="Carla C.", contact_consent=False),
        lock_version=project.lock_version,
    )
    assert not project.shows_contact


def test_archiving_ends_open_proposals_so_nothing_can_republish_it(owner, editors, portrait_data):
    project = ProjectFactory(owner=owner)
    actions.update_project(project=project, user=owner, data=portrait_data(), lock_version=0)
    actions.submit_project(project=project, user=owner)
    actions.archive_project(project=project, user=owner)
    with pytest.raises(actions.ProjectActionError):
        actions.publish_project(project=project, editor=editors[0])
    project.refresh_from_db()
    assert project.status == Project.Status.ARCHIVED
    assert not ProjectRevision.objects.filter(
        project=project, status__in=ProjectRevision.OPEN_STATUSES
    ).exists()
