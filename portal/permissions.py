"""Access rules of the portal package. Views and templates ask these, nothing else."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from portal import roles
from portal.models import User


def has_role(user: User | AnonymousUser, role: str) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    # One query per request at most: the group names are cached on the user object.
    if not hasattr(user, "_portal_role_names"):
        user._portal_role_names = frozenset(user.groups.values_list("name", flat=True))
    return role in user._portal_role_names


def is_editor(user: User | AnonymousUser) -> bool:
    return has_role(user, roles.EDITORS)


def is_moderator(user: User | AnonymousUser) -> bool:
    return has_role(user, roles.MODERATORS)


def can_use_admin(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and user.is_active and user.is_staff
