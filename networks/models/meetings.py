"""Working groups of a network and its meetings (with iCal feeds)."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from networks.models.directory import Network
from portal.markdown import RendersMarkdown

__all__ = ["Meeting", "WorkingGroup"]


class WorkingGroup(models.Model):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="working_groups"
    )
    name = models.CharField(_("name"), max_length=150)
    topic = models.ForeignKey(
        "portal.Topic",
        verbose_name=_("topic"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_standing = models.BooleanField(
        _("standing"), default=True, help_text=_("Untick for a temporary group.")
    )
    description = models.TextField(_("description"), max_length=3000, blank=True)
    contact = models.CharField(
        _("contact"),
        max_length=200,
        blank=True,
        help_text=_("An office or a function, e.g. “Geschäftsstelle” – no private data."),
    )
    rhythm = models.CharField(
        _("rhythm"), max_length=120, blank=True, help_text=_("For example: every two months.")
    )

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        ordering = ["network", "name"]
        constraints = [
            models.UniqueConstraint(fields=["network", "name"], name="working_group_name_unique"),
        ]

    def __str__(self) -> str:
        return self.name


class MeetingQuerySet(models.QuerySet["Meeting"]):
    def upcoming(self, now=None) -> MeetingQuerySet:
        return self.filter(ends_at__gte=now or timezone.now())

    def public(self) -> MeetingQuerySet:
        return self.filter(is_public=True)

    def visible_to(self, user, network: Network) -> MeetingQuerySet:
        """The meetings of ``network`` that ``user`` may see: its members see internal ones too."""
        # The access rules import these models, so they are imported when asked.
        from networks.permissions import is_network_member

        return self if is_network_member(user, network) else self.public()


class Meeting(RendersMarkdown):
    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="meetings"
    )
    working_group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("working group"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="meetings",
    )
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    online_url = models.URLField(_("online meeting link"), max_length=500, blank=True)
    agenda = models.TextField(_("agenda"), max_length=5000, blank=True)
    agenda_html = models.TextField(editable=False, default="")
    registration_note = models.CharField(_("registration"), max_length=300, blank=True)
    is_public = models.BooleanField(
        _("public"),
        default=True,
        help_text=_("Untick if only the network's members should see this meeting."),
    )
    minutes = models.TextField(
        _("minutes"),
        max_length=20000,
        blank=True,
        help_text=_("Only the network's members see the minutes."),
    )
    minutes_html = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MeetingQuerySet.as_manager()

    markdown_fields = {"agenda": "agenda_html", "minutes": "minutes_html"}

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at", "id"]
        indexes = [
            models.Index(fields=["network", "starts_at"], name="meeting_network_start"),
            models.Index(
                fields=["starts_at", "id"], condition=Q(is_public=True), name="meeting_public"
            ),
            models.Index(fields=["working_group", "starts_at"], name="meeting_group_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=F("starts_at")),
                name="meeting_ends_after_start",
                violation_error_message=_("A meeting cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("networks:meeting-detail", kwargs={"pk": self.pk})
