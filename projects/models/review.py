"""Proposed changes to published portraits and what editors decided."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from projects.models.portraits import Project


class ProjectRevisionQuerySet(models.QuerySet["ProjectRevision"]):
    def awaiting_review(self) -> ProjectRevisionQuerySet:
        """Submitted changes to portraits that are online."""
        return self.filter(
            status=ProjectRevision.Status.SUBMITTED, project__status=Project.Status.PUBLISHED
        )


class ProjectRevision(models.Model):
    """Changes an owner proposes for a published portrait, which stays online meanwhile."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    OPEN_STATUSES = (Status.DRAFT, Status.SUBMITTED, Status.CHANGES_REQUESTED)

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="revisions"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    # The proposed values of the portrait's fields, as the edit form cleaned them.
    data = models.JSONField(_("proposed values"), default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)

    objects = ProjectRevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        indexes = [models.Index(fields=["status", "updated_at"], name="revision_status_updated")]
        constraints = [
            # At most one open proposal per portrait: the owner keeps editing that one.
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(status__in=["draft", "submitted", "changes_requested"]),
                name="revision_one_open_per_project",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project} ({self.get_status_display()})"


class PortraitSection(models.TextChoices):
    """The sections of the portrait form, named as the form heads them."""

    ABOUT = "about", _("About the project")
    TOPICS = "topics", _("Topics and people")
    PLACE = "place", _("Where and when")
    FUNDING = "funding", _("Sponsor and funding")
    CONTACT = "contact", _("Contact person")
    IMAGES = "images", _("Add an image")


class ReviewDecision(models.Model):
    """What an editor decided about a submission, kept for the record and mailed to the owner."""

    class Decision(models.TextChoices):
        SUBMITTED = "submitted", _("submitted")
        PUBLISHED = "published", _("published")
        CHANGES_REQUESTED = "changes_requested", _("changes requested")
        REJECTED = "rejected", _("rejected")
        ARCHIVED = "archived", _("archived")

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="decisions"
    )
    revision = models.ForeignKey(
        ProjectRevision,
        verbose_name=_("proposed change"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices)
    message = models.TextField(_("message"), blank=True)
    sections = ArrayField(
        models.CharField(max_length=20, choices=PortraitSection.choices),
        verbose_name=_("parts of the portrait concerned"),
        default=list,
        blank=True,
        help_text=_("The sections of the portrait form that a request for changes concerns."),
    )
    created_at = models.DateTimeField(_("date"), default=timezone.now)

    class Meta:
        verbose_name = _("review decision")
        verbose_name_plural = _("review decisions")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["project", "-created_at"], name="decision_project_date")]

    def __str__(self) -> str:
        return f"{self.project}: {self.get_decision_display()}"

    def concerned_sections(self) -> list[PortraitSection]:
        """The sections this decision names, in the order of the form."""
        return [section for section in PortraitSection if section in self.sections]
