import pytest
from django.contrib.auth.models import AnonymousUser

from portal import permissions
from tests.factories import EditorFactory, ModeratorFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

ROLES = {
    "visitor": lambda: AnonymousUser(),
    "registered": UserFactory,
    "editor": EditorFactory,
    "moderator": ModeratorFactory,
    "staff": StaffFactory,
}


@pytest.mark.parametrize(
    ("role", "editor", "moderator", "admin"),
    [
        ("visitor", False, False, False),
        ("registered", False, False, False),
        ("editor", True, False, False),
        ("moderator", False, True, False),
        ("staff", False, False, True),
    ],
)
def test_roles_per_person(role, editor, moderator, admin):
    person = ROLES[role]()
    assert permissions.is_editor(person) is editor
    assert permissions.is_moderator(person) is moderator
    assert permissions.can_use_admin(person) is admin


def test_inactive_people_have_no_role():
    editor = EditorFactory(is_active=False)
    assert not permissions.is_editor(editor)


def test_role_lookup_costs_one_query_per_request(django_assert_num_queries):
    editor = EditorFactory()
    with django_assert_num_queries(1):
        permissions.is_editor(editor)
        permissions.is_moderator(editor)
