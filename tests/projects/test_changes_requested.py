"""After "Änderungen erbeten" the edit form shows the editors' message at its top."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from projects import actions
from projects.models import Project, ProjectRevision
from tests.factories import EditorFactory, ProjectFactory

pytestmark = pytest.mark.django_db

MESSAGE = "Bitte ergänzen Sie, was schwierig war.\nUnd <b>nennen</b> Sie den Träger."


def edit_page(client, project) -> str:
    return client.get(reverse("projects:project-edit", args=[project.pk])).content.decode()


def notice_of(page: str) -> str:
    start = page.index('aria-labelledby="requested-changes-title"')
    return page[start : page.index("</section>", start)]


def test_returned_portrait_shows_the_editors_message_above_the_form(user_client, user):
    project = ProjectFactory(owner=user, status=Project.Status.SUBMITTED, published_at=None)
    editor = EditorFactory()
    actions.request_changes(project=project, editor=editor, message="Zu kurz.")
    project.status = Project.Status.SUBMITTED
    project.save(update_fields=["status"])
    actions.request_changes(project=project, editor=editor, message=MESSAGE)

    page = edit_page(user_client, project)
    notice = notice_of(page)
    assert page.index("requested-changes-title") < page.index('class="sectioned-form"')
    assert "Die Redaktion bittet um Änderungen" in notice
    # The latest message, its lines kept, its markup shown as text.
    assert "Bitte ergänzen Sie, was schwierig war.<br>Und &lt;b&gt;nennen&lt;/b&gt;" in notice
    assert "Zu kurz." not in notice


def test_returned_proposal_for_a_published_portrait_shows_the_message(user_client, user):
    project = ProjectFactory(owner=user)
    ProjectRevision.objects.create(
        project=project,
        author=user,
        status=ProjectRevision.Status.SUBMITTED,
        data={"name": project.name},
    )
    actions.request_changes(project=project, editor=EditorFactory(), message=MESSAGE)
    page = edit_page(user_client, project)
    assert "Bitte ergänzen Sie, was schwierig war." in notice_of(page)


@pytest.mark.parametrize("status", [Project.Status.DRAFT, Project.Status.PUBLISHED])
def test_no_notice_when_nothing_was_asked(user_client, user, status):
    project = ProjectFactory(owner=user, status=status)
    assert "requested-changes-title" not in edit_page(user_client, project)


def test_the_message_costs_one_query(user_client, user):
    project = ProjectFactory(owner=user, status=Project.Status.SUBMITTED, published_at=None)
    actions.request_changes(project=project, editor=EditorFactory(), message=MESSAGE)
    url = reverse("projects:project-edit", args=[project.pk])
    user_client.get(url)
    with CaptureQueriesContext(connection) as queries:
        user_client.get(url)
    decision_reads = [q for q in queries if "projects_reviewdecision" in q["sql"]]
    assert len(decision_reads) == 1
