"""Who may do what with project portraits. Views and templates ask these functions."""

from __future__ import annotations

from allauth.account.models import EmailAddress

from portal.permissions import is_editor
from projects.models import Project


def has_verified_email(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_portal_verified_email"):
        user._portal_verified_email = EmailAddress.objects.filter(user=user, verified=True).exists()
    return user._portal_verified_email


def can_register_initiative(user) -> bool:
    return has_verified_email(user)


def is_owner(user, project: Project) -> bool:
    return user.is_authenticated and project.owner_id == user.pk


def can_view_project(user, project: Project) -> bool:
    if project.status == Project.Status.PUBLISHED:
        return True
    return is_owner(user, project) or is_editor(user)


def can_edit_project(user, project: Project) -> bool:
    """Owners edit drafts and returned portraits directly, published ones by proposal."""
    return (
        is_owner(user, project)
        and can_register_initiative(user)
        and project.status
        in {Project.Status.DRAFT, Project.Status.CHANGES_REQUESTED, Project.Status.PUBLISHED}
    )


def can_submit_project(user, project: Project) -> bool:
    return can_edit_project(user, project)


def can_archive_project(user, project: Project) -> bool:
    return project.status == Project.Status.PUBLISHED and (
        is_owner(user, project) or is_editor(user)
    )


def can_review(user) -> bool:
    return is_editor(user)


def can_withdraw_contact_consent(user, project: Project) -> bool:
    """The owner, the editors, and whoever gave the consent may withdraw it."""
    if not user.is_authenticated or not user.is_active:
        return False
    return is_owner(user, project) or project.contact_consent_by_id == user.pk or is_editor(user)
