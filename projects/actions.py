"""Every change to project portraits: keyword-only, atomic, mail after commit."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal import roles
from portal.images import ProcessedImage
from portal.mail import send_templated_mail
from portal.models import Region, User
from portal.page_cache import expire_public_pages
from portal.slugs import unique_slug
from projects.consent import CONTACT_CONSENT_VERSION
from projects.models import (
    FormerSlug,
    PortraitSection,
    Project,
    ProjectImage,
    ProjectRevision,
    ReviewDecision,
)

MAX_IMAGES = 8

SIMPLE_FIELDS = [
    "name", "summary", "description", "goals", "lessons", "place", "sponsor_name",
    "sponsor_kind", "partners", "languages", "website",
    "contact_name", "contact_email", "contact_phone",
]  # fmt: skip
DATE_FIELDS = ["start_date", "end_date"]
M2M_FIELDS = ["topics", "target_groups", "funding_programmes"]


class ProjectActionError(Exception):
    """A change that cannot be made; the message is meant for the person who tried."""


class StaleEditError(ProjectActionError):
    pass


def portrait_data(cleaned: dict[str, Any], *, consent_text: str = "") -> dict[str, Any]:
    """The portrait's values as JSON-compatible data: applied at once or kept for review."""
    data: dict[str, Any] = {name: cleaned.get(name) or "" for name in SIMPLE_FIELDS}
    for name in DATE_FIELDS:
        value = cleaned.get(name)
        data[name] = value.isoformat() if value else None
    for name in M2M_FIELDS:
        data[name] = sorted(item.pk for item in cleaned.get(name) or [])
    data["region"] = cleaned["region"].pk
    data["contact_consent"] = bool(cleaned.get("contact_consent"))
    data["contact_consent_text"] = consent_text if data["contact_consent"] else ""
    data["contact_consent_version"] = CONTACT_CONSENT_VERSION if data["contact_consent"] else ""
    # When the box was ticked, not when an editor later accepts the proposal.
    data["contact_consent_at"] = timezone.now().isoformat() if data["contact_consent"] else None
    return data


CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")


def apply_data(project: Project, data: dict[str, Any], *, actor: User | None) -> None:
    """Set the portrait's own fields from ``data`` (no saving, no relations)."""
    old_contact = tuple(getattr(project, name) for name in CONTACT_FIELDS)
    had_consent = project.contact_consent_at is not None
    for name in SIMPLE_FIELDS:
        setattr(project, name, data[name])
    for name in DATE_FIELDS:
        setattr(project, name, datetime.date.fromisoformat(data[name]) if data[name] else None)
    try:
        region = Region.objects.select_related("land").get(pk=data["region"])
    except Region.DoesNotExist as error:
        raise ProjectActionError(_("The region of this portrait no longer exists.")) from error
    project.region = region
    project.land = region.land or region
    # Consent covers one person's details: new details need consent given anew.
    contact_changed = old_contact != tuple(data[name] for name in CONTACT_FIELDS)
    if not data["contact_consent"] or not data["contact_name"]:
        project.contact_consent_at = None
        project.contact_consent_by = None
        project.contact_consent_text = ""
        project.contact_consent_version = ""
    elif (
        not had_consent
        or contact_changed
        or (data["contact_consent_text"] != project.contact_consent_text)
        # Proposals saved before versions were recorded carry none.
        or (data.get("contact_consent_version", "") != project.contact_consent_version)
    ):
        given_at = data.get("contact_consent_at")
        project.contact_consent_at = (
            datetime.datetime.fromisoformat(given_at) if given_at else timezone.now()
        )
        project.contact_consent_by = actor
        project.contact_consent_text = data["contact_consent_text"]
        project.contact_consent_version = data.get("contact_consent_version", "")
        project.contact_consent_withdrawn_at = None


def _set_relations(project: Project, data: dict[str, Any]) -> None:
    for name in M2M_FIELDS:
        related = getattr(project, name)
        # A topic deleted since the owner saved the proposal is simply left out.
        related.set(related.model.objects.filter(pk__in=data[name]))


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


def _locked(project: Project, lock_version: int | None = None) -> Project:
    locked = Project.objects.select_for_update().get(pk=project.pk)
    if lock_version is not None and locked.lock_version != lock_version:
        raise StaleEditError(
            _(
                "Someone else saved this portrait after you opened it. Your changes were not "
                "saved, so that nothing is overwritten. Reload the page to see the current "
                "version and make your changes again."
            )
        )
    return locked


def open_revision(project: Project) -> ProjectRevision | None:
    return (
        project.revisions.filter(status__in=ProjectRevision.OPEN_STATUSES).order_by("-id").first()
    )


@transaction.atomic
def create_project(*, owner: User, data: dict[str, Any]) -> Project:
    project = Project(owner=owner, status=Project.Status.DRAFT)
    apply_data(project, data, actor=owner)
    for attempt in range(3):
        project.slug = unique_slug(
            Project, data["name"], fallback="projekt", max_length=200, random_suffix=attempt > 0
        )
        try:
            # Two saves at the same moment may pick the same free slug; one retries.
            with transaction.atomic():
                project.save()
            break
        except IntegrityError:
            if attempt == 2:
                raise
    _set_relations(project, data)
    return project


@transaction.atomic
def record_slug_change(*, project: Project, former_slug: str) -> None:
    """Keep ``former_slug`` leading to ``project``, whose slug has just changed.

    An address used by several portraits in turn leads to the last of them; the current
    address is no longer a former one.
    """
    FormerSlug.objects.filter(slug=project.slug).delete()
    if former_slug and former_slug != project.slug:
        FormerSlug.objects.update_or_create(slug=former_slug, defaults={"project": project})


@transaction.atomic
def update_project(
    *, project: Project, user: User, data: dict[str, Any], lock_version: int
) -> Project:
    """Save an owner's edit: directly on a draft, as a proposal on a published portrait."""
    locked = _locked(project, lock_version)
    if locked.status == Project.Status.PUBLISHED:
        revision = open_revision(locked) or ProjectRevision(project=locked)
        if revision.status == ProjectRevision.Status.SUBMITTED:
            raise ProjectActionError(_("Your proposed changes are being reviewed right now."))
        revision.author = user
        revision.data = data
        revision.save()
        locked.lock_version += 1
        locked.save(update_fields=["lock_version"])
    elif locked.status in {Project.Status.DRAFT, Project.Status.CHANGES_REQUESTED}:
        apply_data(locked, data, actor=user)
        locked.updated_at = timezone.now()
        locked.lock_version += 1
        locked.save()
        _set_relations(locked, data)
    else:
        raise ProjectActionError(_("This portrait cannot be edited in its current state."))
    return locked


@transaction.atomic
def add_project_image(
    *,
    project: Project,
    user: User,
    image: ProcessedImage,
    alt_text: str,
    caption: str = "",
    credit: str = "",
) -> ProjectImage:
    locked = _locked(project)
    if locked.images.count() >= MAX_IMAGES:
        raise ProjectActionError(
            _("A portrait has at most %(max)d images. Remove one before adding another.")
            % {"max": MAX_IMAGES}
        )
    last = locked.images.order_by("-position").values_list("position", flat=True).first()
    return ProjectImage.objects.create(
        project=locked,
        image=image.large,
        image_small=image.small,
        alt_text=alt_text.strip(),
        caption=caption.strip(),
        credit=credit.strip(),
        position=(last or 0) + 1,
        # Every new picture is shown publicly once an editor has published it.
        approved=False,
    )


@transaction.atomic
def remove_project_image(*, image: ProjectImage, user: User) -> None:
    """Owners may take their pictures down at once, also from a published portrait."""
    files = [image.image, image.image_small]
    image.delete()
    expire_public_pages()
    transaction.on_commit(lambda: [file.storage.delete(file.name) for file in files if file])


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


# --- consent to show the contact person ------------------------------------------------

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
