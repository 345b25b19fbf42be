import pytest
from django.contrib.auth.models import AnonymousUser

from projects import permissions
from projects.models import Project
from tests.factories import (
    EditorFactory,
    ModeratorFactory,
    ProjectFactory,
    StaffFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PEOPLE = {
    "visitor": lambda project: AnonymousUser(),
    "unverified": lambda project: UserFactory(verified_email=False),
    "registered": lambda project: UserFactory(),
    "owner": lambda project: project.owner,
    "moderator": lambda project: ModeratorFactory(),
    "editor": lambda project: EditorFactory(),
    "staff": lambda project: StaffFactory(),
}


@pytest.mark.parametrize(
    ("person", "view_draft", "edit_draft", "review", "archive_published"),
    [
        ("visitor", False, False, False, False),
        ("unverified", False, False, False, False),
        ("registered", False, False, False, False),
        ("owner", True, True, False, True),
        ("moderator", False, False, False, False),
        ("editor", True, False, True, True),
        ("staff", False, False, False, False),
    ],
)
def test_access_per_role(person, view_draft, edit_draft, review, archive_published):
    draft = ProjectFactory(status=Project.Status.DRAFT)
    published = ProjectFactory(owner=draft.owner)
    user = PEOPLE[person](draft)
    assert permissions.can_view_project(user, draft) is view_draft
    assert permissions.can_view_project(user, published) is True
    assert permissions.can_edit_project(user, draft) is edit_draft
    assert permissions.can_review(user) is review
    assert permissions.can_archive_project(user, published) is archive_published


def test_owner_cannot_edit_while_the_portrait_is_reviewed_or_after_rejection():
    owner = UserFactory()
    for status in [Project.Status.SUBMITTED, Project.Status.REJECTED, Project.Status.ARCHIVED]:
        assert not permissions.can_edit_project(owner, ProjectFactory(owner=owner, status=status))


def test_owner_without_verified_address_cannot_edit():
    owner = UserFactory(verified_email=False)
    project = ProjectFactory(owner=owner, status=Project.Status.DRAFT)
    assert not permissions.can_edit_project(owner, project)
    assert not permissions.can_register_initiative(owner)
