"""Personal data in project portraits: export and erasure (see portal.personal_data)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.models import User
from portal.personal_data import iso
from projects import actions
from projects.models import Project, ProjectImage, ProjectRevision, ReviewDecision

MODELS = frozenset({"projects.Project", "projects.ProjectRevision", "projects.ReviewDecision"})

SECTIONS = {
    "initiatives": _(
        "The project portraits you own, with all their fields, pictures, contact person, "
        "consent and the history of their review."
    ),
    "proposed_changes": _("Changes you proposed to published portraits."),
    "review_actions": _(
        "What you did in the review of portraits: submissions, and as an editor your decisions."
    ),
    "contact_consents": _(
        "Consents you recorded to show a contact person publicly: when, to which text and "
        "version, and when they were withdrawn."
    ),
}


def _names(items) -> list[str]:
    return [item.name for item in items]


def _portrait(project: Project, user: User) -> dict[str, Any]:
    region = project.region
    return {
        "id": project.pk,
        "name": project.name,
        "slug": project.slug,
        "status": project.status,
        "public_url": settings.SITE_URL + project.get_absolute_url()
        if project.status == Project.Status.PUBLISHED
        else None,
        "summary": project.summary,
        "description": project.description,
        "goals": project.goals,
        "lessons": project.lessons,
        "region": {"name": region.name, "ags": region.ags},
        "place": project.place,
        "sponsor_name": project.sponsor_name,
        "sponsor_kind": project.sponsor_kind,
        "partners": project.partners,
        "languages": project.languages,
        "start_date": iso(project.start_date),
        "end_date": iso(project.end_date),
        "website": project.website,
        "topics": _names(project.topics.all()),
        "target_groups": _names(project.target_groups.all()),
        "funding_programmes": _names(project.funding_programmes.all()),
        "contact": {
            "name": project.contact_name,
            "email": project.contact_email,
            "phone": project.contact_phone,
            "shown_publicly": project.shows_contact,
        },
        "contact_consent": _consent(project, user),
        "images": [
            {
                "file": image.image.name,
                "alt_text": image.alt_text,
                "caption": image.caption,
                "credit": image.credit,
                "approved": image.approved,
                "created_at": iso(image.created_at),
            }
            for image in project.images.all()
        ],
        "review_history": [
            {
                "decision": decision.decision,
                "message": decision.message,
                "at": iso(decision.created_at),
                "by_you": decision.actor_id == user.pk,
            }
            for decision in project.decisions.all()
        ],
        "created_at": iso(project.created_at),
        "updated_at": iso(project.updated_at),
        "published_at": iso(project.published_at),
    }


def _consent(project: Project, user: User) -> dict[str, Any]:
    return {
        "given_at": iso(project.contact_consent_at),
        "text": project.contact_consent_text,
        "version": project.contact_consent_version,
        "withdrawn_at": iso(project.contact_consent_withdrawn_at),
        "recorded_by_you": project.contact_consent_by_id == user.pk,
    }


def export(user: User) -> dict[str, Any]:
    owned = (
        Project.objects.filter(owner=user)
        .select_related("region")
        .prefetch_related(
            "topics",
            "target_groups",
            "funding_programmes",
            Prefetch("images", queryset=ProjectImage.objects.order_by("position", "pk")),
            Prefetch("decisions", queryset=ReviewDecision.objects.order_by("created_at", "pk")),
        )
        .order_by("pk")
    )
    consented = (
        Project.objects.filter(contact_consent_by=user)
        .only(
            "name",
            "contact_name",
            "contact_email",
            "contact_phone",
            "contact_consent_at",
            "contact_consent_by",
            "contact_consent_text",
            "contact_consent_version",
            "contact_consent_withdrawn_at",
        )
        .order_by("pk")
    )
    return {
        "initiatives": [_portrait(project, user) for project in owned],
        "proposed_changes": [
            {
                "initiative_id": revision.project_id,
                "initiative": revision.project.name,
                "status": revision.status,
                "proposed_values": revision.data,
                "created_at": iso(revision.created_at),
                "updated_at": iso(revision.updated_at),
            }
            for revision in ProjectRevision.objects.filter(author=user)
            .select_related("project")
            .order_by("created_at", "pk")
        ],
        "review_actions": [
            {
                "initiative_id": decision.project_id,
                "initiative": decision.project.name,
                "decision": decision.decision,
                "message": decision.message,
                "at": iso(decision.created_at),
            }
            for decision in ReviewDecision.objects.filter(actor=user)
            .select_related("project")
            .order_by("created_at", "pk")
        ],
        "contact_consents": [
            {
                "initiative_id": project.pk,
                "initiative": project.name,
                "contact": {
                    "name": project.contact_name,
                    "email": project.contact_email,
                    "phone": project.contact_phone,
                },
                **_consent(project, user),
            }
            for project in consented
        ],
    }


def erase(user: User, *, delete_forum_posts: bool) -> None:
    # First the contacts (they are hidden and erased), then the portraits go to the editors.
    actions.erase_contact_consents_of(user=user)
    actions.hand_over_to_editors(user=user)


def consents(user: User) -> list[dict[str, Any]]:
    """Consents to show a contact person on a portrait that ``user`` gave or can withdraw."""
    projects = (
        Project.objects.filter(
            Q(contact_consent_by=user) | Q(owner=user, contact_consent_at__isnull=False)
        )
        .only(
            "name",
            "slug",
            "status",
            "contact_name",
            "contact_consent_at",
            "contact_consent_version",
            "contact_consent_withdrawn_at",
        )
        .order_by("name", "pk")
    )
    return [
        {
            "kind": _("Contact person of a project portrait"),
            "title": project.name,
            "url": project.get_absolute_url()
            if project.status == Project.Status.PUBLISHED
            else None,
            "contact": project.contact_name,
            "given_at": project.contact_consent_at,
            "version": project.contact_consent_version,
            "withdrawn_at": project.contact_consent_withdrawn_at,
            "withdraw_url": reverse("projects:project-consent-withdraw", args=[project.pk])
            if project.contact_consent_at is not None
            else None,
        }
        for project in projects
    ]
