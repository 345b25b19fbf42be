"""Addresses made from German text: umlauts and ß are written out as German does.

Django's ``slugify`` drops the dots of an umlaut, so "Nähcafé" became "nahcafe" ("nah"
means "near"). Every slug the portal makes from what people type goes through
``german_slugify``; the admin's prepopulated slug fields do the same in the browser
(``static/js/admin-slugs.js``). Portraits that got a plain slug before were given the German
one by a migration (projects 0007); their old addresses lead on with a permanent redirect
(``projects.models.FormerSlug``).
"""

from __future__ import annotations

import secrets
import unicodedata

from django.db.models import Model, Q
from django.utils.text import slugify

GERMAN_LETTERS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)


def german_slugify(text: str) -> str:
    """German text as a slug: "Nähcafé für Mütter" gives "naehcafe-fuer-muetter".

    Other accented letters lose their marks, as with Django's ``slugify``.
    """
    # A decomposed "a" plus combining diaeresis (as some keyboards send it) becomes "ä" first.
    composed = unicodedata.normalize("NFC", str(text))
    return slugify(composed.translate(GERMAN_LETTERS))


def unique_slug(
    model: type[Model],
    text: str,
    *,
    fallback: str,
    max_length: int,
    random_suffix: bool = False,
) -> str:
    """A slug for ``text`` that no row of ``model`` has yet: "name", "name-2", "name-3" …

    ``max_length`` bounds the part made from the text; keep room in the field for the
    suffixes. One query reads the slugs already taken.
    """
    base = german_slugify(text)[:max_length].rstrip("-") or fallback
    if random_suffix:
        base = f"{base}-{secrets.token_hex(3)}"
    taken = set(
        model._default_manager.filter(Q(slug=base) | Q(slug__startswith=f"{base}-")).values_list(
            "slug", flat=True
        )
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
