"""The header's menus: which sections there are, and which one the current page belongs to.

A section stays marked on every page inside it (a portrait belongs to "Projekte", a topic
to "Forum"), not only on its list page, so that a reader always sees where they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    key: str
    label: str | Promise
    url_name: str
    # Namespaces (``app`` or ``app:view-prefix``) whose pages belong to the section.
    owns: tuple[str, ...]


SECTIONS = (
    Section("home", _("Home"), "portal:home", ("portal:home",)),
    Section("projects", _("Projects"), "projects:project-list", ("projects:project",)),
    Section("articles", _("Articles"), "projects:article-list", ("projects:article",)),
    Section("faq", _("FAQ"), "faq:index", ("faq",)),
    Section(
        "networks",
        _("Networks"),
        "networks:network-list",
        (
            "networks:network",
            "networks:meeting",
            "networks:calendar",
            "networks:feed",
            "networks:join",
            "networks:working-group",
        ),
    ),
    Section(
        "organisations",
        _("Organisations"),
        "networks:organisation-list",
        ("networks:organisation",),
    ),
    Section("selfcheck", _("Self-check"), "selfcheck:questionnaire-list", ("selfcheck",)),
    Section("forum", _("Forum"), "forum:index", ("forum",)),
)


def section_of(view_name: str) -> str | None:
    """The key of the section that owns the view ``namespace:url-name``, if any."""
    best, best_length = None, 0
    for section in SECTIONS:
        for prefix in section.owns:
            if (view_name == prefix or view_name.startswith(prefix)) and len(prefix) > best_length:
                best, best_length = section.key, len(prefix)
    return best


def main_menu(request: HttpRequest) -> list[dict]:
    """The main menu's entries, each with ``current``: "page" on the section's own page,
    "true" elsewhere inside the section (``aria-current``), "" outside it."""
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    section = section_of(view_name)
    entries = []
    for item in SECTIONS:
        if item.key != section:
            current = ""
        elif view_name == item.url_name:
            current = "page"
        else:
            current = "true"
        entries.append({"label": item.label, "url": reverse(item.url_name), "current": current})
    return entries
