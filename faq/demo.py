"""Demo FAQ: categories, entries and synonyms (fictional, written from public facts)."""

from __future__ import annotations

from django.db import transaction

from faq import actions
from faq.demo_data import CATEGORIES, ENTRIES, SYNONYMS
from faq.models import Category, Entry, SynonymGroup
from projects.models import Article, Project

# Entries that point readers on to demo portraits and articles (slugs of projects.demo).
RELATED_CONTENT = {
    "musikprojekt-mit-gefluechteten-starten": (
        ["chor-der-vielfalt-duesseldorf", "bandwerkstatt-nordstadt-dortmund"],
        ["interview-chor-der-vielfalt"],
    ),
    "foerderung-musikprojekt": (["liederkiste-berlin", "ensemble-zwischenraeume-koeln"], []),
    "phasen-der-vernetzung": (
        ["vereinsnetz-vielfalt-moenchengladbach", "tandem-aktiv-halle"],
        ["vernetzung-migrantenorganisationen-fuenf-phasen"],
    ),
    "kommunales-integrationsmanagement": (
        ["netzwerk-integration-soemmerda", "netzwerkstelle-integration-hildburghausen"],
        ["kommunales-integrationsmanagement-erfolgsfaktoren"],
    ),
    "netzwerktreffen-arbeitsgruppen": (["netzwerk-fuer-integration-erfurt"], []),
    "integrationslotsen": (["aktionstage-neue-heimat-nordhausen"], []),
    "professionalisierung-mso": (["gruendungsbegleitung-mso-saalfeld-rudolstadt"], []),
}


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
    for slug, (project_slugs, article_slugs) in RELATED_CONTENT.items():
        if slug in entries:
            entries[slug].related_projects.add(*Project.objects.filter(slug__in=project_slugs))
            entries[slug].related_articles.add(*Article.objects.filter(slug__in=article_slugs))
    existing = {tuple(sorted(group.words)) for group in SynonymGroup.objects.all()}
    SynonymGroup.objects.bulk_create(
        SynonymGroup(words=words) for words in SYNONYMS if tuple(sorted(words)) not in existing
    )
    actions.refresh_category_counts()
    actions.rebuild_words()
