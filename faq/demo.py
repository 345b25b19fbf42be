"""Demo FAQ: categories, entries and synonyms (fictional, written from public facts)."""

from __future__ import annotations

from django.db import transaction

from faq import actions
from faq.demo_data import CATEGORIES, ENTRIES, SYNONYMS
from faq.models import Category, Entry, SynonymGroup


@transaction.atomic
def load_all() -> None:
    categories = {}
    for position, item in enumerate(CATEGORIES):
        categories[item["slug"]], _ = Category.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "description": item["description"],
                "position": position,
            },
        )
    for position, item in enumerate(ENTRIES):
        Entry.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "category": categories[item["category"]],
                "question": item["question"],
                "answer": item["answer"],
                "keywords": item["keywords"],
                "position": position,
            },
        )
    entries = {entry.slug: entry for entry in Entry.objects.all()}
    for item in ENTRIES:
        related = [entries[slug] for slug in item.get("related", []) if slug in entries]
        entries[item["slug"]].related_entries.add(*related)
    existing = {tuple(sorted(group.words)) for group in SynonymGroup.objects.all()}
    SynonymGroup.objects.bulk_create(
        SynonymGroup(words=words) for words in SYNONYMS if tuple(sorted(words)) not in existing
    )
    actions.refresh_category_counts()
    actions.rebuild_words()
