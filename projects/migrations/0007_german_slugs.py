"""Portraits whose address Django's plain slugify made get the German one.

"Nähcafé für Mütter" had "nahcafe-fuer-muetter" ("nah" means "near") and gets
"naehcafe-fuer-muetter"; the old address is kept as a former slug, so every link to it
leads to the portrait. Slugs an editor chose by hand are left alone. Going back restores
the old addresses.

The slug functions are copied here, so that later changes to portal/slugs.py or to the
way portraits get their slugs do not change what this migration does.
"""

import re
import unicodedata

from django.db import migrations
from django.utils.text import slugify

GERMAN_LETTERS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)
MAX_LENGTH = 200
FALLBACK = "projekt"
# Before the German slugs, a portrait's slug was slugify(name)[:200], with "-" and six hex
# digits when two saves clashed, and "-2", "-3" … when the address was taken.
OLD_SUFFIXES = r"(?:-[0-9a-f]{6})?(?:-[1-9][0-9]*)?"
NEW_SUFFIX = r"(?:-[1-9][0-9]*)?"


def german_slugify(text):
    composed = unicodedata.normalize("NFC", str(text))
    return slugify(composed.translate(GERMAN_LETTERS))


def plain_base(name):
    return slugify(name)[:MAX_LENGTH]


def german_base(name):
    return german_slugify(name)[:MAX_LENGTH].rstrip("-") or FALLBACK


def has_other_german_slug(name):
    return bool(plain_base(name)) and plain_base(name) != german_base(name)


def made_by_plain_slugify(slug, name):
    return re.fullmatch(re.escape(plain_base(name)) + OLD_SUFFIXES, slug) is not None


def made_german_here(slug, name):
    return re.fullmatch(re.escape(german_base(name)) + NEW_SUFFIX, slug) is not None


def unique_german_slug(name, taken):
    base = german_base(name)
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def give_german_slugs(apps, schema_editor):
    Project = apps.get_model("projects", "Project")
    FormerSlug = apps.get_model("projects", "FormerSlug")
    # A freed address stays taken, so that no new slug lands on an address that still
    # leads somewhere else.
    taken = set(Project.objects.values_list("slug", flat=True))
    taken |= set(FormerSlug.objects.values_list("slug", flat=True))
    renamed, former_slugs = [], []
    portraits = Project.objects.only("name", "slug").order_by("pk")
    for project in portraits.iterator(chunk_size=2000):
        if not (
            has_other_german_slug(project.name) and made_by_plain_slugify(project.slug, project.name)
        ):
            continue
        former_slugs.append(FormerSlug(project_id=project.pk, slug=project.slug))
        project.slug = unique_german_slug(project.name, taken)
        taken.add(project.slug)
        renamed.append(project)
    Project.objects.bulk_update(renamed, ["slug"], batch_size=500)
    FormerSlug.objects.bulk_create(former_slugs, batch_size=500)


def restore_plain_slugs(apps, schema_editor):
    Project = apps.get_model("projects", "Project")
    FormerSlug = apps.get_model("projects", "FormerSlug")
    taken = set(Project.objects.values_list("slug", flat=True))
    restored, forgotten = {}, []
    former_slugs = FormerSlug.objects.select_related("project").only(
        "slug", "project__name", "project__slug"
    )
    for former in former_slugs.order_by("pk"):
        project = former.project
        if (
            project.pk in restored
            or former.slug in taken
            or not has_other_german_slug(project.name)
            or not made_by_plain_slugify(former.slug, project.name)
            or not made_german_here(project.slug, project.name)
        ):
            continue
        project.slug = former.slug
        taken.add(former.slug)
        restored[project.pk] = project
        forgotten.append(former.pk)
    Project.objects.bulk_update(list(restored.values()), ["slug"], batch_size=500)
    FormerSlug.objects.filter(pk__in=forgotten).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0006_former_slug"),
    ]

    operations = [
        migrations.RunPython(give_german_slugs, restore_plain_slugs),
    ]
