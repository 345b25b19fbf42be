"""The trail above a page's heading, shown by templates/components/breadcrumbs.html.

A trail is a list of (label, address) pairs below "Home"; the last one is the current page
and has no address, so the component marks it ``aria-current`` instead of linking it.
"""

from __future__ import annotations

from django.urls import reverse

Crumb = tuple[str, str | None]


def breadcrumbs(section: str, url_name: str, *trail: Crumb) -> list[Crumb]:
    """The trail from a section's start page (``url_name``) down ``trail``.

    Without a trail the section's start page is the current page and is not linked.
    """
    if not trail:
        return [(section, None)]
    return [(section, reverse(url_name)), *trail]
