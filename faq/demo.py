"""Demo FAQ: categories, entries and synonyms (fictional, written from public facts).

The content lives in files under ``faq/demo/`` (see ``portal.demo_content``): one Markdown
file per entry (the answer; its front matter names the category, related entries and the
demo portraits and articles it points to), ``categories.toml`` and ``synonyms.toml``. Entries
and categories are placed in the order of their files.
"""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from faq import actions
from faq.models import Category, Entry, SynonymGroup
from portal.demo_content import read_entries, read_records
from projects.models import Article, Project

CONTENT = Path(__file__).resolve().parent / "demo"


def categories() -> list[dict]:
    return read_records(CONTENT / "categories.toml")["category"]


def entries() -> list[dict]:
    """The demo entries as dicts: front matter and the answer (the Markdown body)."""
    return [{**entry.meta, "answer": entry.body} for entry in read_entries(CONTENT / "entries")]


def synonyms() -> list[list[str]]:
    return [group["words"] for group in read_records(CONTENT / "synonyms.toml")["synonyms"]]


@transaction.atomic
def load_all() -> None:
    items = entries()
    by_slug = {}
    for position, item in enumerate(categories()):
        by_slug[item["slug"]], _ = Category.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "description": item["description"],
                "position": position,
            },
        )
    for position, item in enumerate(items):
        Entry.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "category": by_slug[item["category"]],
                "question": item["question"],
                "answer": item["answer"],
                "keywords": item["keywords"],
                "position": position,
            },
        )
    stored = {entry.slug: entry for entry in Entry.objects.all()}
    for item in items:
        entry = stored[item["slug"]]
        entry.related_entries.add(
            *[stored[slug] for slug in item.get("related", []) if slug in stored]
        )
        # Entries that point readers on to demo portraits and articles (slugs of projects.demo).
        if item.get("related_projects"):
            entry.related_projects.add(*Project.objects.filter(slug__in=item["related_projects"]))
        if item.get("related_articles"):
            entry.related_articles.add(*Article.objects.filter(slug__in=item["related_articles"]))
    existing = {tuple(sorted(group.words)) for group in SynonymGroup.objects.all()}
    SynonymGroup.objects.bulk_create(
        SynonymGroup(words=words) for words in synonyms() if tuple(sorted(words)) not in existing
    )
    actions.refresh_category_counts()
    actions.rebuild_words()
