"""After "Änderungen erbeten" the edit form shows the editors' message at its top."""

import re

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


# --- the parts of the portrait a request concerns --------------------------------------------


@pytest.fixture
def editor_client(client):
    client.force_login(EditorFactory())
    return client


def review_url(project) -> str:
    return reverse("projects:review-project", args=[project.pk])


def submitted_by(owner) -> Project:
    return ProjectFactory(owner=owner, status=Project.Status.SUBMITTED, published_at=None)


def marked_sections(page: str) -> list[str]:
    """The form's sections that carry the note, in the order of the form."""
    return re.findall(
        r'<fieldset class="form-section" id="section-([a-z]+)" '
        r'aria-describedby="section-\1-request">\s*<legend>[^<]*</legend>\s*'
        r'<p class="notice notice--warning section-request" id="section-\1-request">',
        page,
    )


def test_the_review_form_offers_the_sections_of_the_portrait_form(editor_client, user):
    page = editor_client.get(review_url(submitted_by(user))).content.decode()
    for key, heading in [
        ("about", "Über das Projekt"),
        ("topics", "Themen und Zielgruppen"),
        ("place", "Wo und wann"),
        ("funding", "Träger und Förderung"),
        ("contact", "Ansprechperson"),
        ("images", "Bild hinzufügen"),
    ]:
        assert re.search(rf'value="{key}"[^>]*>\s*{heading}', page), key


def test_the_owner_sees_the_ticked_sections_named_linked_and_marked_and_the_mail_names_them(
    client, user, mail_after_commit
):
    project = submitted_by(user)
    client.force_login(EditorFactory())
    with mail_after_commit():
        response = client.post(
            review_url(project),
            {"decision": "request_changes", "message": MESSAGE, "sections": ["funding", "about"]},
        )
    assert response.status_code == 302
    decision = project.decisions.get(decision="changes_requested")
    assert decision.sections == ["about", "funding"]  # in the order of the form
    history = client.get(review_url(project)).content.decode()
    assert "(Teile des Porträts: Über das Projekt, Träger und Förderung)" in history

    (mail,) = mail_after_commit.outbox
    assert mail.to == [user.email]
    assert "Über das Projekt" in mail.body
    assert "Träger und Förderung" in mail.body
    for other in ["Themen und Zielgruppen", "Wo und wann", "Ansprechperson", "Bild hinzufügen"]:
        assert other not in mail.body

    client.force_login(user)
    page = edit_page(client, project)
    notice = notice_of(page)
    assert re.findall(r'<a href="#section-([a-z]+)">', notice) == ["about", "funding"]
    assert '<a href="#section-about">Über das Projekt</a>' in notice
    assert '<a href="#section-funding">Träger und Förderung</a>' in notice
    assert marked_sections(page) == ["about", "funding"]
    assert page.count("Die Redaktion bittet hier um Änderungen.") == 2


def test_a_request_without_sections_marks_none(user_client, user):
    project = submitted_by(user)
    actions.request_changes(project=project, editor=EditorFactory(), message=MESSAGE)
    page = edit_page(user_client, project)
    assert 'href="#section-' not in notice_of(page)
    assert marked_sections(page) == []
    assert "Die Redaktion bittet hier um Änderungen." not in page


def test_an_unknown_section_is_refused_with_a_message_and_nothing_changes(
    editor_client, user, mail_after_commit
):
    project = submitted_by(user)
    with mail_after_commit():
        response = editor_client.post(
            review_url(project),
            {"decision": "request_changes", "message": MESSAGE, "sections": ["about", "nonsense"]},
        )
    assert response.status_code == 200
    errors = response.context["form"].errors["sections"]
    assert errors == ["„nonsense“ ist kein Teil des Porträts. Wählen Sie nur aus der Liste."]
    assert errors[0] in response.content.decode()
    project.refresh_from_db()
    assert project.status == Project.Status.SUBMITTED
    assert not project.decisions.exists()
    assert mail_after_commit.outbox == []

    with pytest.raises(actions.ProjectActionError):
        actions.request_changes(
            project=project, editor=EditorFactory(), message=MESSAGE, sections=["nonsense"]
        )
    project.refresh_from_db()
    assert project.status == Project.Status.SUBMITTED
    assert not project.decisions.exists()


def test_sections_are_named_only_with_a_request_for_changes(editor_client, user):
    project = submitted_by(user)
    response = editor_client.post(
        review_url(project), {"decision": "publish", "message": "", "sections": ["about"]}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["sections"] == [
        "Teile des Porträts nennen Sie nur, wenn Sie um Änderungen bitten."
    ]
    project.refresh_from_db()
    assert project.status == Project.Status.SUBMITTED


def test_the_sections_cost_no_query_of_their_own(user_client, user):
    def queries_of_edit_form(sections: list[str]) -> int:
        project = submitted_by(user)
        actions.request_changes(
            project=project, editor=EditorFactory(), message=MESSAGE, sections=sections
        )
        url = reverse("projects:project-edit", args=[project.pk])
        user_client.get(url)
        with CaptureQueriesContext(connection) as queries:
            user_client.get(url)
        assert len([q for q in queries if "projects_reviewdecision" in q["sql"]]) == 1
        return len(queries)

    all_sections = ["about", "topics", "place", "funding", "contact", "images"]
    assert queries_of_edit_form(all_sections) == queries_of_edit_form([])
