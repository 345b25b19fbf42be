"""What an owner's proposal would change in a published portrait, field by field."""

from __future__ import annotations

import copy
import datetime
from typing import Any

from django.utils.translation import gettext_lazy as _

from portal.models import Region, TargetGroup, Topic
from projects.actions import DATE_FIELDS, M2M_FIELDS, SIMPLE_FIELDS
from projects.models import FundingProgramme, Project, ProjectRevision, ReviewDecision, SponsorKind

CONSENT_LABEL = _("Show the contact publicly")
M2M_MODELS = {"topics": Topic, "target_groups": TargetGroup, "funding_programmes": FundingProgramme}


def _current(project: Project) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(project, name) for name in SIMPLE_FIELDS}
    for name in DATE_FIELDS:
        value = getattr(project, name)
        values[name] = value.isoformat() if value else None
    for name in M2M_FIELDS:
        values[name] = sorted(item.pk for item in getattr(project, name).all())
    values["region"] = project.region_id
    values["contact_consent"] = project.contact_consent_at is not None
    return values


def _display(name: str, value: Any, names: dict[tuple[str, int], str]) -> str:
    if name in M2M_FIELDS:
        return ", ".join(names.get((name, pk), "?") for pk in value) or "–"
    if name == "region":
        return names.get(("region", value), "?")
    if name == "sponsor_kind":
        return str(SponsorKind(value).label) if value in SponsorKind.values else value
    if name in DATE_FIELDS:
        return datetime.date.fromisoformat(value).strftime("%d.%m.%Y") if value else "–"
    if isinstance(value, bool):
        return "✓" if value else "–"
    return value or "–"


def is_waiting_for_review(project: Project, revision: ProjectRevision | None) -> bool:
    """Whether an editor's decision is due: a submitted portrait or a submitted proposal."""
    if project.status == Project.Status.SUBMITTED:
        return True
    return (
        project.status == Project.Status.PUBLISHED
        and revision is not None
        and revision.status == ProjectRevision.Status.SUBMITTED
    )


def requested_changes(project: Project, revision: ProjectRevision | None) -> ReviewDecision | None:
    """The editors' latest request for changes that the owner has not answered yet."""
    if project.status == Project.Status.CHANGES_REQUESTED:
        decisions = project.decisions.filter(revision__isnull=True)
    elif revision is not None and revision.status == ProjectRevision.Status.CHANGES_REQUESTED:
        decisions = project.decisions.filter(revision=revision)
    else:
        return None
    return (
        decisions.filter(decision=ReviewDecision.Decision.CHANGES_REQUESTED)
        .order_by("-created_at", "-pk")
        .first()
    )


def revision_changes(project: Project, revision: ProjectRevision) -> list[dict[str, str]]:
    before, after = _current(project), revision.data
    changed = [name for name in before if before[name] != after.get(name, before[name])]
    names: dict[tuple[str, int], str] = {}
    for name in set(changed) & set(M2M_FIELDS):
        ids = set(before[name]) | set(after[name])
        for pk, label in M2M_MODELS[name].objects.filter(pk__in=ids).values_list("pk", "name"):
            names[(name, pk)] = label
    if "region" in changed:
        for pk, label in Region.objects.filter(
            pk__in=[before["region"], after["region"]]
        ).values_list("pk", "name"):
            names[("region", pk)] = label
    labels = {
        field.name: field.verbose_name
        for field in Project._meta.get_fields()
        if hasattr(field, "verbose_name")
    }
    return [
        {
            "label": str(labels.get(name, CONSENT_LABEL)),
            "before": _display(name, before[name], names),
            "after": _display(name, after[name], names),
        }
        for name in changed
    ]


def proposed_portrait(project: Project, revision: ProjectRevision) -> Project:
    """An unsaved copy of ``project`` showing the proposed text, for the owner's preview."""
    from projects.actions import apply_data

    proposed = copy.copy(project)
    apply_data(proposed, revision.data, actor=revision.author)
    proposed.render_markdown_fields()
    return proposed
