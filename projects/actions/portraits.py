"""Registering and editing a portrait, and its pictures."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.actions import ActionRefused
from portal.images import ProcessedImage
from portal.models import Region, User
from portal.page_cache import expire_public_pages
from portal.slugs import unique_slug
from projects.consent import CONTACT_CONSENT_TEXT, CONTACT_CONSENT_VERSION
from projects.models import FormerSlug, Project, ProjectImage, ProjectRevision

MAX_IMAGES = 8

SIMPLE_FIELDS = [
    "name", "summary", "description", "goals", "lessons", "place", "sponsor_name",
    "sponsor_kind", "partners", "languages", "website",
    "contact_name", "contact_email", "contact_phone",
]  # fmt: skip
DATE_FIELDS = ["start_date", "end_date"]
M2M_FIELDS = ["topics", "target_groups", "funding_programmes"]


class ProjectActionError(ActionRefused):
    """A change to a portrait that cannot be made, said in the user's language."""


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


@transaction.atomic
def save_portrait(
    *,
    user: User,
    project: Project | None,
    cleaned: dict[str, Any],
    image: ProcessedImage | None = None,
) -> Project:
    """Register or edit an initiative from the form's ``cleaned`` data.

    The text and a new picture are saved together: if the picture is refused, nothing is.
    """
    data = portrait_data(cleaned, consent_text=str(CONTACT_CONSENT_TEXT))
    if project is None:
        project = create_project(owner=user, data=data)
    else:
        project = update_project(
            project=project, user=user, data=data, lock_version=cleaned.get("lock_version") or 0
        )
    if image is not None:
        add_project_image(
            project=project,
            user=user,
            image=image,
            alt_text=cleaned["image_alt_text"],
            caption=cleaned["image_caption"],
            credit=cleaned["image_credit"],
        )
    return project
