"""Access rules of the portal package. Views and templates ask these, nothing else."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser

from portal import roles
from portal.models import User
from portal.per_request import once_per_user


def has_role(user: User | AnonymousUser, role: str) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return role in _role_names(user)


@once_per_user
def _role_names(user: User) -> frozenset[str]:
    return frozenset(user.groups.values_list("name", flat=True))


def is_editor(user: User | AnonymousUser) -> bool:
    return has_role(user, roles.EDITORS)


def is_moderator(user: User | AnonymousUser) -> bool:
    return has_role(user, roles.MODERATORS)


def can_use_admin(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and user.is_active and user.is_staff


def must_use_mfa(user: User | AnonymousUser) -> bool:
    """Roles that can change content or see other people's data need a second factor."""
    return user.is_authenticated and (
        user.is_staff or user.is_superuser or is_editor(user) or is_moderator(user)
    )


def lacks_required_mfa(user: User | AnonymousUser) -> bool:
    if not must_use_mfa(user):
        return False
    # Imported here: allauth's models are not ready when this module is first imported.
    from allauth.mfa.utils import is_mfa_enabled

    return not is_mfa_enabled(user)


def is_last_active_superuser(user: User | AnonymousUser) -> bool:
    return (
        user.is_authenticated
        and user.is_superuser
        and user.is_active
        and not User.objects.filter(is_superuser=True, is_active=True).exclude(pk=user.pk).exists()
    )


def can_delete_account(user: User | AnonymousUser) -> bool:
    """Everyone may delete their own account, except the last one who can administer all."""
    return user.is_authenticated and not is_last_active_superuser(user)
