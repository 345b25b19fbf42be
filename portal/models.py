from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def addresses_of_role(self, role: str) -> list[str]:
        """E-mail addresses of the active members of a role group, e.g. for notices."""
        return list(
            self.filter(groups__name=role, is_active=True)
            .order_by("email")
            .values_list("email", flat=True)
        )

    def get_by_natural_key(self, email: str) -> User:
        # E-mail addresses are unique regardless of case, so log-in ignores case too.
        return self.get(email__iexact=email)


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account. The e-mail address is the log-in name."""

    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("Shown to others instead of your e-mail address."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_role = models.CharField(
        _("role in the organisation"),
        max_length=120,
        blank=True,
        help_text=_("For example: volunteer, project lead, integration manager."),
    )
    region = models.ForeignKey(
        "portal.Region",
        verbose_name=_("region"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Designates whether the user can log into the admin site."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="portal_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    def clean(self) -> None:
        super().clean()
        self.email = type(self).objects.normalize_email(self.email)

    def get_short_name(self) -> str:
        return self.display_name or self.email.split("@")[0]

    def get_full_name(self) -> str:
        return self.display_name or self.email


class RegionQuerySet(models.QuerySet["Region"]):
    def laender(self) -> RegionQuerySet:
        return self.filter(kind=Region.Kind.LAND)

    def districts(self) -> RegionQuerySet:
        return self.exclude(kind=Region.Kind.LAND)


class Region(models.Model):
    """A German Land, Kreis or kreisfreie Stadt, identified by its official key.

    The key is the Amtlicher Gemeindeschlüssel at the region's level: two digits for a
    Land, five (the Kreisschlüssel) for a Kreis or kreisfreie Stadt. Its first two digits
    name the Land, so the hierarchy is fixed by the key itself.
    """

    class Kind(models.TextChoices):
        LAND = "land", _("Land")
        KREIS = "kreis", _("district (Kreis)")
        KREISFREIE_STADT = "kreisfreie_stadt", _("district-free city")

    ags = models.CharField(_("official key (AGS)"), max_length=8, unique=True)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    land = models.ForeignKey(
        "self",
        verbose_name=_("Land"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="districts",
        limit_choices_to={"kind": "land"},
    )

    objects = RegionQuerySet.as_manager()

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"], name="portal_region_kind_name")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ags__regex=r"^[0-9]{2}([0-9]{3})?$"),
                name="portal_region_ags_format",
                violation_error_message=_("The key has two digits (Land) or five (Kreis)."),
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(kind="land", land__isnull=True)
                    | (~models.Q(kind="land") & models.Q(land__isnull=False))
                ),
                name="portal_region_land_hierarchy",
                violation_error_message=_("A Land has no parent; a Kreis belongs to a Land."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class TaxonomyTerm(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Topic(TaxonomyTerm):
    """A field of integration work (language, labour, music …), shared by all content."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class TargetGroup(TaxonomyTerm):
    """A group of people a project or offer is meant for."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class SecurityEvent(models.Model):
    """One entry of a person's security log: log-ins, failed attempts, changes of access.

    The log shows people what happened to their account, and lets operators follow an
    attack. It holds IP addresses, so ``manage.py purge_personal_data`` deletes entries
    after ``SECURITY_LOG_RETENTION_DAYS``.
    """

    class Kind(models.TextChoices):
        LOGGED_IN = "logged_in", _("Logged in")
        LOGIN_FAILED = "login_failed", _("Failed log-in attempt")
        LOGGED_OUT = "logged_out", _("Logged out")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        PASSWORD_RESET = "password_reset", _("Password reset by e-mail")
        EMAIL_CHANGED = "email_changed", _("E-mail addresses changed")
        MFA_CHANGED = "mfa_changed", _("Two-factor log-in changed")
        MFA_FAILED = "mfa_failed", _("Wrong two-factor code")
        SESSIONS_ENDED = "sessions_ended", _("Other sessions ended")

    user = models.ForeignKey(
        User,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="security_events",
    )
    kind = models.CharField(_("event"), max_length=32, choices=Kind.choices)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        verbose_name = _("security event")
        verbose_name_plural = _("security events")
        indexes = [
            models.Index(fields=["user", "-created_at"], name="portal_security_user_time"),
            # The retention purge deletes by age alone.
            models.Index(fields=["created_at"], name="portal_security_time"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d %H:%M})"
