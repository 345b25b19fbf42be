"""The editorial review: submitting, publishing, returning, rejecting, archiving."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal import roles
from portal.mail import send_templated_mail
from portal.models import User
from portal.page_cache import expire_public_pages
from projects.actions.portraits import (
    ProjectActionError,
    _locked,
    _set_relations,
    apply_data,
    open_revision,
    remove_project_image,
)
from projects.models import PortraitSection, Project, ProjectRevision, ReviewDecision


def _log(
    project: Project,
    decision: str,
    *,
    actor: User | None,
    message: str = "",
    revision=None,
    sections: list[str] | None = None,
):
    return ReviewDecision.objects.create(
        project=project,
        revision=revision,
        actor=actor,
        decision=decision,
        message=message,
        sections=sections or [],
    )


def _mail_owner(project: Project, decision: ReviewDecision) -> None:
    if project.owner and project.owner.email:
        send_templated_mail(
            template_prefix="projects/email/decision",
            to=[project.owner.email],
            context={"project": project, "decision": decision, "base_url": settings.SITE_URL},
        )


@transaction.atomic
def submit_project(*, project: Project, user: User) -> ReviewDecision:
    locked = _locked(project)
    revision = None
    if locked.status == Project.Status.PUBLISHED:
        revision = open_revision(locked)
        if revision is None or revision.status == ProjectRevision.Status.SUBMITTED:
            raise ProjectActionError(_("There are no changes to submit."))
        revision.status = ProjectRevision.Status.SUBMITTED
        revision.save(update_fields=["status", "updated_at"])
    elif locked.status in {Project.Status.DRAFT, Project.Status.CHANGES_REQUESTED}:
        locked.status = Project.Status.SUBMITTED
        locked.save(update_fields=["status"])
    else:
        raise ProjectActionError(_("This portrait cannot be submitted in its current state."))
    decision = _log(locked, ReviewDecision.Decision.SUBMITTED, actor=user, revision=revision)
    send_templated_mail(
        template_prefix="projects/email/submitted",
        to=User.objects.addresses_of_role(roles.EDITORS),
        context={"project": locked, "revision": revision, "base_url": settings.SITE_URL},
    )
    return decision


def _review_target(project: Project) -> tuple[Project, ProjectRevision | None]:
    locked = _locked(project)
    if locked.status == Project.Status.SUBMITTED:
        return locked, None
    revision = open_revision(locked) if locked.status == Project.Status.PUBLISHED else None
    if revision is not None and revision.status == ProjectRevision.Status.SUBMITTED:
        return locked, revision
    raise ProjectActionError(_("This portrait is not waiting for a review."))


@transaction.atomic
def publish_project(*, project: Project, editor: User, message: str = "") -> ReviewDecision:
    locked, revision = _review_target(project)
    now = timezone.now()
    if revision is not None:
        apply_data(locked, revision.data, actor=revision.author)
        _set_relations(locked, revision.data)
        revision.status = ProjectRevision.Status.ACCEPTED
        revision.save(update_fields=["status", "updated_at"])
        expire_public_pages()  # the accepted changes may take text or a contact away
    locked.status = Project.Status.PUBLISHED
    locked.published_at = locked.published_at or now
    locked.updated_at = now
    locked.lock_version += 1
    locked.save()
    locked.images.filter(approved=False).update(approved=True)
    decision = _log(
        locked, ReviewDecision.Decision.PUBLISHED, actor=editor, message=message, revision=revision
    )
    _mail_owner(locked, decision)
    return decision


def _return_to_owner(
    project: Project, *, editor: User, message: str, decision: str, sections: Iterable[str] = ()
) -> tuple[ReviewDecision, ProjectRevision | None]:
    """Send a submission (or a proposal) back with the editor's message, logged and mailed."""
    locked, revision = _review_target(project)
    if decision == ReviewDecision.Decision.CHANGES_REQUESTED and locked.owner_id is None:
        raise ProjectActionError(
            _(
                "Nobody can make changes to this portrait: its owner has deleted their "
                "account. Publish it as it is or reject it."
            )
        )
    if revision is not None:
        revision.status = decision  # the revision's statuses share these two values
        revision.save(update_fields=["status", "updated_at"])
    else:
        locked.status = decision
        locked.save(update_fields=["status"])
    logged = _log(
        locked,
        decision,
        actor=editor,
        message=message.strip(),
        revision=revision,
        sections=list(sections),
    )
    _mail_owner(locked, logged)
    return logged, revision


def _portrait_sections(keys: Iterable[str]) -> list[str]:
    """``keys`` as known section keys in the order of the form; an unknown one is refused."""
    chosen = set(keys)
    if unknown := chosen - set(PortraitSection.values):
        raise ProjectActionError(
            _("“%(value)s” is not a part of the portrait. Choose only from the list.")
            % {"value": ", ".join(sorted(unknown))}
        )
    return [section.value for section in PortraitSection if section in chosen]


@transaction.atomic
def request_changes(
    *, project: Project, editor: User, message: str, sections: Iterable[str] = ()
) -> ReviewDecision:
    """Return a submission to its owner; ``sections`` name the parts of the form concerned."""
    if not message.strip():
        raise ProjectActionError(_("Tell the owner what to change."))
    decision, _revision = _return_to_owner(
        project,
        editor=editor,
        message=message,
        decision=ReviewDecision.Decision.CHANGES_REQUESTED,
        sections=_portrait_sections(sections),
    )
    return decision


@transaction.atomic
def reject_project(*, project: Project, editor: User, reason: str) -> ReviewDecision:
    if not reason.strip():
        raise ProjectActionError(_("Give the owner a reason for the rejection."))
    decision, revision = _return_to_owner(
        project, editor=editor, message=reason, decision=ReviewDecision.Decision.REJECTED
    )
    if revision is not None:
        # The published portrait stays as it is; the proposal's new pictures go with it.
        for image in project.images.filter(approved=False):
            remove_project_image(image=image, user=editor)
    return decision


@transaction.atomic
def archive_project(*, project: Project, user: User) -> ReviewDecision:
    locked = _locked(project)
    if locked.status != Project.Status.PUBLISHED:
        raise ProjectActionError(_("Only published portraits can be archived."))
    locked.status = Project.Status.ARCHIVED
    locked.updated_at = timezone.now()
    locked.save(update_fields=["status", "updated_at"])
    expire_public_pages()
    # Proposals for the portrait end with it, and so do pictures that waited for review.
    locked.revisions.filter(status__in=ProjectRevision.OPEN_STATUSES).update(
        status=ProjectRevision.Status.REJECTED
    )
    for image in locked.images.filter(approved=False):
        remove_project_image(image=image, user=user)
    decision = _log(locked, ReviewDecision.Decision.ARCHIVED, actor=user)
    if project.owner_id != user.pk:
        _mail_owner(locked, decision)
    return decision


# --- portraits whose owner has left ---------------------------------------------------


@transaction.atomic
def hand_over_to_editors(*, user: User) -> list[Project]:
    """The portraits of a deleted account lose their owner and keep their status.

    The editors get one mail that lists them, so that none is forgotten. Proposals and
    decisions keep their text but no longer name the person.
    """
    projects = list(Project.objects.select_for_update().filter(owner=user).order_by("name", "pk"))
    Project.objects.filter(pk__in=[project.pk for project in projects]).update(owner=None)
    ProjectRevision.objects.filter(author=user).update(author=None)
    ReviewDecision.objects.filter(actor=user).update(actor=None)
    if projects:
        send_templated_mail(
            template_prefix="projects/email/ownerless",
            to=[
                address
                for address in User.objects.addresses_of_role(roles.EDITORS)
                if address.lower() != user.email.lower()
            ],
            context={"projects": projects, "base_url": settings.SITE_URL},
        )
    return projects
