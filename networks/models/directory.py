"""Organisations, networks, and which organisation belongs to which network."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Func, Q, Value
from django.db.models.functions import Left, Upper
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.consent import contact_consent_fields
from portal.markdown import RendersMarkdown
from portal.search import SearchVectorDeferringManager, matching

__all__ = ["LANGUAGES", "JoinRequest", "Network", "NetworkMembership", "Organisation"]

# Languages in which organisations offer their services, by ISO 639 code.
LANGUAGES = [
    ("de", _("German")), ("en", _("English")), ("ar", _("Arabic")), ("fa", _("Persian")),
    ("ps", _("Pashto")), ("ku", _("Kurdish")), ("tr", _("Turkish")), ("ru", _("Russian")),
    ("uk", _("Ukrainian")), ("pl", _("Polish")), ("ro", _("Romanian")), ("bg", _("Bulgarian")),
    ("fr", _("French")), ("es", _("Spanish")), ("it", _("Italian")), ("sq", _("Albanian")),
    ("sr", _("Serbian")), ("ti", _("Tigrinya")), ("so", _("Somali")), ("vi", _("Vietnamese")),
    ("zh", _("Chinese")), ("dgs", _("German Sign Language")), ("ls", _("Easy German")),
]  # fmt: skip


class DirectoryEntry(RendersMarkdown):
    """What networks and organisations share: address, public contact, logo, search."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    region = models.ForeignKey(
        "portal.Region", verbose_name=_("region"), on_delete=models.PROTECT, related_name="+"
    )
    description = models.TextField(_("description"), max_length=5000, blank=True)
    description_html = models.TextField(editable=False, default="")
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=5, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail address of the office"), blank=True)
    website = models.URLField(_("website"), max_length=300, blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    is_published = models.BooleanField(_("published"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # The first letter for the A–Z index, kept by the database; Ä, Ö, Ü file under A, O, U.
    initial = models.GeneratedField(
        expression=Func(Upper(Left("name", 1)), Value("ÄÖÜ"), Value("AOU"), function="TRANSLATE"),
        output_field=models.CharField(max_length=1),
        db_persist=True,
    )

    markdown_fields = {"description": "description_html"}

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DirectoryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def search(self, text: str):
        return matching(self, text)


class Organisation(DirectoryEntry):
    """An association, office, migrant organisation or company active in integration work."""

    class Kind(models.TextChoices):
        VEREIN = "verein", _("Association (Verein)")
        MIGRANTENORGANISATION = "mso", _("Migrant organisation")
        BEHOERDE = "behoerde", _("Public office or authority")
        WOHLFAHRTSVERBAND = "wohlfahrt", _("Welfare organisation")
        BILDUNGSTRAEGER = "bildung", _("Education provider")
        RELIGIONSGEMEINSCHAFT = "religion", _("Religious community")
        UNTERNEHMEN = "unternehmen", _("Company")
        STIFTUNG = "stiftung", _("Foundation")
        BERATUNGSSTELLE = "beratung", _("Counselling service")
        JOBCENTER = "jobcenter", _("Jobcenter or employment agency")
        KAMMER = "kammer", _("Chamber or trade association")
        INITIATIVE = "initiative", _("Civic initiative")
        SONSTIGE = "sonstige", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    languages = ArrayField(
        models.CharField(max_length=3, choices=LANGUAGES),
        verbose_name=_("languages offered"),
        default=list,
        blank=True,
    )
    fields_of_activity = models.ManyToManyField(
        "portal.Topic", verbose_name=_("fields of activity"), blank=True, related_name="+"
    )
    owners = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owners"),
        blank=True,
        related_name="owned_organisations",
        help_text=_("People who keep this entry up to date and may ask to join networks."),
    )
    search_vector = models.GeneratedField(
        expression=(
            SearchVector("name", weight="A", config="german")
            + SearchVector("city", weight="B", config="german")
            + SearchVector("description", weight="C", config="german")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = SearchVectorDeferringManager.from_queryset(DirectoryQuerySet)()

    class Meta(DirectoryEntry.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        indexes = [
            models.Index(fields=["name", "id"], name="org_name"),
            models.Index(fields=["initial", "name", "id"], name="org_initial"),
            models.Index(fields=["kind", "name"], name="org_kind"),
            models.Index(fields=["region", "name"], name="org_region"),
            GinIndex(fields=["languages"], name="org_languages"),
            GinIndex(fields=["search_vector"], name="org_search"),
        ]

    def get_absolute_url(self) -> str:
        return reverse("networks:organisation-detail", kwargs={"slug": self.slug})

    def language_names(self) -> list[str]:
        names = dict(LANGUAGES)
        return [str(names.get(code, code)) for code in self.languages]


class Network(DirectoryEntry):
    """A network of organisations: in a town, in a Land, or across the country."""

    class Kind(models.TextChoices):
        MUNICIPAL = "kommunal", _("Municipal network")
        MIGRANT_ORGANISATIONS = "mso", _("Network of migrant organisations")
        THEMATIC = "thematisch", _("Thematic network")
        FEDERAL_UMBRELLA = "dachverband", _("Federal umbrella")

    class Scope(models.TextChoices):
        KOMMUNE = "kommune", _("Municipality or district")
        LAND = "land", _("Land")
        BUND = "bund", _("Germany")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    scope = models.CharField(_("scope"), max_length=10, choices=Scope.choices)
    goals = models.TextField(_("goals"), max_length=3000, blank=True)
    goals_html = models.TextField(editable=False, default="")
    founded = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of the umbrella"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="local_networks",
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinators"),
        blank=True,
        related_name="coordinated_networks",
    )
    # A named contact person is shown only with their recorded consent.
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    (
        contact_consent_at,
        contact_consent_text,
        contact_consent_version,
        contact_consent_withdrawn_at,
    ) = contact_consent_fields()
    projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("project portraits"), blank=True, related_name="networks"
    )
    search_vector = models.GeneratedField(
        expression=(
            SearchVector("name", weight="A", config="german")
            + SearchVector("city", weight="B", config="german")
            + SearchVector("description", "goals", weight="C", config="german")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = SearchVectorDeferringManager.from_queryset(DirectoryQuerySet)()

    markdown_fields = {"description": "description_html", "goals": "goals_html"}

    class Meta(DirectoryEntry.Meta):
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        indexes = [
            models.Index(fields=["name", "id"], name="network_name"),
            models.Index(fields=["initial", "name", "id"], name="network_initial"),
            models.Index(fields=["kind", "name"], name="network_kind"),
            models.Index(fields=["region", "name"], name="network_region"),
            GinIndex(fields=["search_vector"], name="network_search"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(founded__isnull=True) | Q(founded__gte=1900, founded__lte=2100),
                name="network_founded_range",
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("networks:network-detail", kwargs={"slug": self.slug})

    @property
    def shows_contact_person(self) -> bool:
        return bool(self.contact_name and self.contact_consent_at)

    def clean(self) -> None:
        super().clean()
        if self.founded and self.founded > datetime.date.today().year:
            from django.core.exceptions import ValidationError

            raise ValidationError({"founded": _("The founding year cannot be in the future.")})


class NetworkMembership(models.Model):
    class Role(models.TextChoices):
        COORDINATION = "koordination", _("coordination")
        MEMBER = "mitglied", _("member")
        PARTNER = "partner", _("cooperation partner")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="network_memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.MEMBER)
    since = models.DateField(_("member since"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership in a network")
        verbose_name_plural = _("memberships in networks")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "organisation"], name="network_membership_unique"
            ),
        ]
        indexes = [models.Index(fields=["organisation", "network"], name="network_membership_org")]

    def __str__(self) -> str:
        return f"{self.organisation} → {self.network}"


class JoinRequest(models.Model):
    """An organisation's owner asks to join a network; its coordinators decide."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="join_requests")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="join_requests"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    role = models.CharField(
        _("role asked for"),
        max_length=20,
        choices=NetworkMembership.Role.choices,
        default=NetworkMembership.Role.MEMBER,
    )
    message = models.TextField(_("message to the coordinators"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answer = models.TextField(_("answer"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("request to join")
        verbose_name_plural = _("requests to join")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "organisation"],
                condition=Q(status="open"),
                name="join_request_open_unique",
            ),
        ]
        indexes = [
            models.Index(
                fields=["network", "created_at"], condition=Q(status="open"), name="join_open"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} → {self.network} ({self.get_status_display()})"
