"""A portrait whose owner deleted their account: the editors see who is responsible and what
they can do, and their mail leads to the review page."""

import re

import pytest
from django.urls import reverse

from portal import actions as portal_actions
from projects import actions
from projects.models import Project, ProjectRevision
from tests.factories import EditorFactory, ProjectFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = EditorFactory(email="redaktion@example.org")
    client.force_login(editor)
    return client


def ownerless(**fields) -> Project:
    """A portrait as account deletion leaves it: same status, no owner."""
    owner = UserFactory(email="geht@example.org")
    project = ProjectFactory(owner=owner, **fields)
    portal_actions.delete_account(user=owner, delete_forum_posts=False)
    project.refresh_from_db()
    assert project.owner is None
    return project


def review_url(project: Project) -> str:
    return reverse("projects:review-project", args=[project.pk])


def decision_values(page: str) -> set[str]:
    return set(re.findall(r'name="decision" value="([a-z_]+)"', page))


def test_ownerless_submission_says_who_is_responsible_and_offers_publish_or_reject(
    editor_client,
):
    project = ownerless(status=Project.Status.SUBMITTED, published_at=None)
    page = editor_client.get(review_url(project)).content.decode()
    assert "None" not in page
    assert "hat keine Eigentümerin und keinen Eigentümer mehr" in page
    assert "Die Redaktion ist jetzt dafür verantwortlich" in page
    assert decision_values(page) == {"publish", "reject"}
    assert "Nachricht an die Einreichenden" not in page


def test_nobody_can_be_asked_for_changes_to_an_ownerless_portrait(editor_client):
    project = ownerless(status=Project.Status.SUBMITTED, published_at=None)
    response = editor_client.post(
        review_url(project), {"decision": "request_changes", "message": "Bitte kürzer."}
    )
    assert response.status_code == 200
    assert "decision" in response.context["form"].errors
    project.refresh_from_db()
    assert project.status == Project.Status.SUBMITTED
    with pytest.raises(actions.ProjectActionError):
        actions.request_changes(project=project, editor=EditorFactory(), message="Bitte kürzer.")


def test_rejecting_an_ownerless_submission_mails_nobody_and_says_so(
    editor_client, mail_after_commit
):
    project = ownerless(status=Project.Status.SUBMITTED, published_at=None)
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        response = editor_client.post(
            review_url(project),
            {"decision": "reject", "message": "Doppelt eingetragen."},
            follow=True,
        )
    project.refresh_from_db()
    assert project.status == Project.Status.REJECTED
    assert mail_after_commit.outbox == []
    page = response.content.decode()
    assert "Ihre Entscheidung wurde gespeichert." in page
    assert "gemailt" not in page


def test_ownerless_proposal_can_be_accepted(editor_client):
    owner = UserFactory()
    project = ProjectFactory(owner=owner)
    ProjectRevision.objects.create(
        project=project,
        author=owner,
        status=ProjectRevision.Status.SUBMITTED,
        data={"name": project.name},
    )
    portal_actions.delete_account(user=owner, delete_forum_posts=False)
    queue = editor_client.get(reverse("projects:review-queue")).content.decode()
    assert "None" not in queue
    page = editor_client.get(review_url(project)).content.decode()
    assert "None" not in page
    assert decision_values(page) == {"publish", "reject"}


@pytest.mark.parametrize(
    ("status", "offered"),
    [
        (Project.Status.DRAFT, "nicht öffentlich"),
        (Project.Status.CHANGES_REQUESTED, "nicht öffentlich"),
        (Project.Status.PUBLISHED, "Porträt archivieren"),
    ],
)
def test_ownerless_portrait_that_waits_for_nothing_offers_no_decision_form(
    editor_client, status, offered
):
    project = ownerless(status=status)
    page = editor_client.get(review_url(project)).content.decode()
    assert "None" not in page
    assert decision_values(page) == set()
    assert "Zurzeit wartet nichts auf Ihre Entscheidung." in page
    assert offered in page
    if status == Project.Status.PUBLISHED:
        assert reverse("projects:project-archive", args=[project.pk]) in page


def test_review_queue_names_no_owner_of_an_ownerless_submission(editor_client):
    ownerless(status=Project.Status.SUBMITTED, published_at=None, name="Verwaistes Porträt")
    page = editor_client.get(reverse("projects:review-queue")).content.decode()
    assert "Verwaistes Porträt" in page
    assert "None" not in page


def test_mail_about_ownerless_portraits_links_to_the_review_page(mail_after_commit):
    editor = EditorFactory(email="redaktion@example.org")
    owner = UserFactory(email="geht@example.org")
    project = ProjectFactory(owner=owner, status=Project.Status.SUBMITTED, published_at=None)
    with mail_after_commit():
        portal_actions.delete_account(user=owner, delete_forum_posts=False)
    (mail,) = [mail for mail in mail_after_commit.outbox if mail.to == [editor.email]]
    assert review_url(project) in mail.body
    assert "/admin/" not in mail.body
