"""The consent to show a portrait's contact person: withdrawing and erasing it."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import User
from portal.page_cache import expire_public_pages
from projects.actions.portraits import CONTACT_FIELDS, ProjectActionError, _locked
from projects.models import Project, ProjectRevision

CONSENT_DATA_OFF = {
    "contact_consent": False,
    "contact_consent_text": "",
    "contact_consent_at": None,
    "contact_consent_version": "",
}


def _withdraw_from_open_proposals(project: Project, *, erase_contact: bool = False) -> None:
    """An open proposal that still carries the consent must not publish the contact again."""
    for revision in project.revisions.filter(status__in=ProjectRevision.OPEN_STATUSES):
        data = {**revision.data, **CONSENT_DATA_OFF}
        if erase_contact:
            data.update({name: "" for name in CONTACT_FIELDS})
        if data != revision.data:
            revision.data = data
            revision.save(update_fields=["data", "updated_at"])


@transaction.atomic
def withdraw_contact_consent(*, project: Project, user: User) -> Project:
    """Withdraw the consent to show the contact person; the public page hides them at once.

    The contact details stay stored, visible to the owner and the editors only, so that
    the owner can ask the person again or name someone else. Who consented, to which
    text and version, stays on record with the time of the withdrawal.
    """
    locked = _locked(project)
    if locked.contact_consent_at is None:
        raise ProjectActionError(_("The contact person of this portrait is not shown publicly."))
    locked.contact_consent_at = None
    locked.contact_consent_withdrawn_at = timezone.now()
    # An edit form opened before the withdrawal must not bring the consent back.
    locked.lock_version += 1
    locked.save(
        update_fields=["contact_consent_at", "contact_consent_withdrawn_at", "lock_version"]
    )
    _withdraw_from_open_proposals(locked)
    expire_public_pages()
    return locked


@transaction.atomic
def erase_contact_consents_of(*, user: User) -> list[Project]:
    """When ``user`` deletes their account: hide and erase the contacts they consented to.

    Nobody is left who could renew or vouch for that consent, and the contact person
    was most often the user themselves.
    """
    projects = list(
        Project.objects.select_for_update().filter(contact_consent_by=user).order_by("pk")
    )
    now = timezone.now()
    for project in projects:
        if project.contact_consent_at is not None:
            project.contact_consent_withdrawn_at = now
        project.contact_consent_at = None
        project.contact_consent_by = None
        for name in CONTACT_FIELDS:
            setattr(project, name, "")
        project.lock_version += 1
        project.save(
            update_fields=[
                "contact_consent_at", "contact_consent_by", "contact_consent_withdrawn_at",
                "contact_name", "contact_email", "contact_phone", "lock_version",
            ]
        )  # fmt: skip
        _withdraw_from_open_proposals(project, erase_contact=True)
    expire_public_pages()
    return projects
