"""Project portraits: the portrait itself, its funding programmes, pictures and former addresses."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.consent import contact_consent_fields
from portal.markdown import RendersMarkdown
from portal.search import SearchVectorDeferringManager, matching


class FundingProgramme(models.Model):
    class Level(models.TextChoices):
        BUND = "bund", _("Federal government")
        LAND = "land", _("Land")
        KOMMUNE = "kommune", _("Municipality")
        EU = "eu", _("European Union")
        STIFTUNG = "stiftung", _("Foundation")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    url = models.URLField(_("link"), blank=True)

    class Meta:
        verbose_name = _("funding programme")
        verbose_name_plural = _("funding programmes")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SponsorKind(models.TextChoices):
    VEREIN = "verein", _("Association (Verein)")
    MIGRANT_ORGANISATION = "migrantenorganisation", _("Migrant organisation")
    KOMMUNE = "kommune", _("Municipality")
    WOHLFAHRTSVERBAND = "wohlfahrtsverband", _("Welfare association")
    RELIGIONSGEMEINSCHAFT = "religionsgemeinschaft", _("Religious community")
    STIFTUNG = "stiftung", _("Foundation")
    BILDUNGSTRAEGER = "bildungstraeger", _("Education provider")
    UNTERNEHMEN = "unternehmen", _("Company")
    INITIATIVE = "initiative", _("Initiative without legal form")


class ProjectQuerySet(models.QuerySet["Project"]):
    def published(self) -> ProjectQuerySet:
        return self.filter(status=Project.Status.PUBLISHED)

    def owned_by(self, user) -> ProjectQuerySet:
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)

    def ongoing(self, today: datetime.date | None = None) -> ProjectQuerySet:
        today = today or timezone.localdate()
        return self.filter(Q(end_date__isnull=True) | Q(end_date__gte=today))

    def ended(self, today: datetime.date | None = None) -> ProjectQuerySet:
        return self.filter(end_date__lt=today or timezone.localdate())

    def search(self, text: str) -> ProjectQuerySet:
        return matching(self, text)

    def awaiting_review(self) -> ProjectQuerySet:
        """New portraits submitted for review (changes to published ones are revisions)."""
        return self.filter(status=Project.Status.SUBMITTED)


class Project(RendersMarkdown):
    """A portrait of an integration project: what it does and what others can learn from it."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")
        ARCHIVED = "archived", _("Archived")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    name = models.CharField(_("name of the project"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    summary = models.CharField(
        _("short summary"),
        max_length=300,
        help_text=_("One or two sentences, at most 300 characters. Shown in lists."),
    )
    description = models.TextField(_("description"), help_text=_("Markdown is allowed."))
    description_html = models.TextField(editable=False, default="")
    goals = models.TextField(_("goals"), blank=True, help_text=_("Markdown is allowed."))
    goals_html = models.TextField(editable=False, default="")
    lessons = models.TextField(
        _("what worked, what was hard"),
        blank=True,
        help_text=_(
            "Your experiences and lessons: what others can learn from you. Markdown is allowed."
        ),
    )
    lessons_html = models.TextField(editable=False, default="")
    topics = models.ManyToManyField("portal.Topic", verbose_name=_("topics"), blank=True)
    target_groups = models.ManyToManyField(
        "portal.TargetGroup", verbose_name=_("target groups"), blank=True
    )
    region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("district or city"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Copied from the region so that the list filters and indexes by Land without a join.
    land = models.ForeignKey(
        "portal.Region", verbose_name=_("Land"), on_delete=models.PROTECT, related_name="+"
    )
    place = models.CharField(_("place"), max_length=120, blank=True)
    sponsor_name = models.CharField(_("sponsor (Träger)"), max_length=200)
    sponsor_kind = models.CharField(
        _("kind of sponsor"), max_length=30, choices=SponsorKind.choices
    )
    partners = models.TextField(_("partners"), blank=True)
    funding_programmes = models.ManyToManyField(
        FundingProgramme, verbose_name=_("funding programmes"), blank=True
    )
    languages = models.CharField(
        _("languages used in the project"),
        max_length=200,
        blank=True,
        help_text=_("For example: German, Arabic, Dari."),
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(
        _("end"), null=True, blank=True, help_text=_("Leave empty while the project is ongoing.")
    )
    website = models.URLField(_("website"), blank=True)

    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    # Personal contact data is shown only with recorded consent: when, to what (the version
    # of projects.consent's text), until when, and who recorded it.
    (
        contact_consent_at,
        contact_consent_text,
        contact_consent_version,
        contact_consent_withdrawn_at,
    ) = contact_consent_fields()
    contact_consent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consent recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    # Raised by every save through the actions; an edit based on an older value is refused.
    lock_version = models.PositiveIntegerField(default=0, editable=False)

    search_vector = models.GeneratedField(
        expression=(
            SearchVector("name", weight="A", config="german")
            + SearchVector("summary", "sponsor_name", weight="B", config="german")
            + SearchVector("description", "goals", "place", weight="C", config="german")
            + SearchVector("lessons", "partners", weight="D", config="german")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = SearchVectorDeferringManager.from_queryset(ProjectQuerySet)()

    markdown_fields = {
        "description": "description_html",
        "goals": "goals_html",
        "lessons": "lessons_html",
    }

    class Meta:
        verbose_name = _("project portrait")
        verbose_name_plural = _("project portraits")
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(
                fields=["-published_at", "-id"],
                name="project_published_newest",
                condition=Q(status="published"),
            ),
            models.Index(
                fields=["name", "id"],
                name="project_published_name",
                condition=Q(status="published"),
            ),
            models.Index(
                fields=["-updated_at", "-id"],
                name="project_published_updated",
                condition=Q(status="published"),
            ),
            # The list filtered by Land or district, newest first: the index gives the
            # page in order, so its cost does not grow with the Land's portraits.
            models.Index(
                fields=["land", "-published_at", "-id"],
                name="project_land_newest",
                condition=Q(status="published"),
            ),
            models.Index(
                fields=["region", "-published_at", "-id"],
                name="project_region_newest",
                condition=Q(status="published"),
            ),
            models.Index(fields=["sponsor_kind", "status"], name="project_sponsor_status"),
            models.Index(fields=["end_date"], name="project_end_date"),
            models.Index(fields=["owner", "status"], name="project_owner_status"),
            models.Index(fields=["status", "updated_at"], name="project_status_updated"),
            GinIndex(fields=["search_vector"], name="project_search"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="project_end_after_start",
                violation_error_message=_("The end cannot be before the start."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("projects:project-detail", kwargs={"slug": self.slug})

    @property
    def is_ongoing(self) -> bool:
        return self.end_date is None or self.end_date >= timezone.localdate()

    @property
    def shows_contact(self) -> bool:
        return self.contact_consent_at is not None and bool(self.contact_name)


class FormerSlug(models.Model):
    """An address a portrait had before: links given out with it still lead to the portrait.

    A portrait's current slug always wins over another portrait's former one.
    """

    project = models.ForeignKey(
        Project,
        verbose_name=_("project portrait"),
        on_delete=models.CASCADE,
        related_name="former_slugs",
    )
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("former address")
        verbose_name_plural = _("former addresses")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.slug


def project_image_path(instance: ProjectImage, filename: str) -> str:
    # The name comes from portal.images (random, server-made); only the folder is chosen here.
    return f"projekte/{filename}"


class ProjectImage(models.Model):
    """A picture of a project, re-encoded on upload, with its renditions and alt text."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="images"
    )
    image = models.ImageField(
        _("image"), upload_to=project_image_path, width_field="width", height_field="height"
    )
    image_small = models.ImageField(_("small rendition"), upload_to=project_image_path)
    width = models.PositiveIntegerField(default=0, editable=False)
    height = models.PositiveIntegerField(default=0, editable=False)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("Describe what the picture shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    credit = models.CharField(_("photo credit"), max_length=120, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # Pictures added to a published portrait wait for an editor, like text changes.
    approved = models.BooleanField(_("approved"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("project image")
        verbose_name_plural = _("project images")
        ordering = ["position", "id"]
        indexes = [
            models.Index(fields=["project", "approved", "position"], name="projectimage_order")
        ]

    def __str__(self) -> str:
        return self.alt_text
