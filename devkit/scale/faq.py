"""Scale data: FAQ categories and entries (see ``devkit.scale``).

Entries are written with COPY into twelve categories of their own (Zipf-like sizes);
afterwards the stored category counters and the word list for "did you mean …?" are
rebuilt by the app's own actions, as after an editor's change.
"""

from __future__ import annotations

import datetime
import random

from django.utils.text import slugify

from devkit import scale as s
from faq import actions
from faq.models import Category, Entry

TABLES = [Category, Entry]

CATEGORIES = [
    ("erste-schritte", "Erste Schritte im Projekt"),
    ("raeume-und-ausstattung", "Räume und Ausstattung"),
    ("ehrenamt-und-freiwillige", "Ehrenamt und Freiwillige"),
    ("sprache-und-verstaendigung", "Sprache und Verständigung"),
    ("kinder-und-familien", "Kinder und Familien"),
    ("arbeit-und-beruf", "Arbeit und Beruf"),
    ("gesundheit-und-pflege", "Gesundheit und Pflege"),
    ("wohnen-und-nachbarschaft", "Wohnen und Nachbarschaft"),
    ("vereinsrecht-und-verwaltung", "Vereinsrecht und Verwaltung"),
    ("geld-und-spenden", "Geld und Spenden"),
    ("veranstaltungen", "Veranstaltungen planen"),
    ("digitales-arbeiten", "Digitales Arbeiten"),
]
QUESTIONS = [
    "Wie finden wir {n} für {g}?",
    "Was kostet {n} und wer bezahlt es?",
    "Wer hilft bei {n} in {p}?",
    "Welche Regeln gelten für {n}?",
    "Wie starten wir {n} in unserem Verein?",
    "Brauchen wir für {n} eine Genehmigung?",
    "Wie erreichen wir {g} mit {n}?",
    "Was ist bei {n} und {n} zu beachten?",
    "Wo gibt es Fördermittel für {n}?",
    "Wie binden wir Ehrenamtliche in {n} ein?",
    "Wie lange dauert {n}?",
    "Wie dokumentieren wir {n} und {n}?",
]
FIELDS = [
    "category", "question", "slug", "answer", "answer_html", "keywords", "is_published",
    "position", "helpful_yes", "helpful_no", "created_at", "updated_at",
]  # fmt: skip


def scale_entries():
    return Entry.objects.filter(category__slug__startswith=s.SLUG_PREFIX)


def exists() -> bool:
    return Category.objects.filter(slug__startswith=s.SLUG_PREFIX).exists()


def delete() -> int:
    in_scale_category = (
        f"category_id IN (SELECT id FROM {s.qn(Category._meta.db_table)} "  # noqa: S608
        f"WHERE {s.slug_condition()})"
    )
    deleted = s.delete_rows(Entry, in_scale_category)
    deleted += s.delete_rows(Category, s.slug_condition())
    actions.refresh_category_counts()
    actions.rebuild_words()
    return deleted


def searchable() -> dict[str, object]:
    return {"FAQ entries": scale_entries().published()}


def generate(scale: s.Scale, rng: random.Random) -> dict[str, int]:
    places = [place for _id, _land, place in s.district_rows()]
    text = s.TextGenerator(rng, places=places)
    first_position = 20 + Category.objects.count()
    categories = []
    for position, (slug, name) in enumerate(CATEGORIES):
        category, _created = Category.objects.get_or_create(
            slug=f"{s.SLUG_PREFIX}{slug}",
            defaults={"name": name, "position": first_position + position},
        )
        categories.append(category.pk)
    # Flat enough that no category outgrows the position field (at most 32767).
    category_weights = s.zipf_cum_weights(len(categories), 0.5)
    plan = s.MarkerPlan(scale.faq_entries, rng)
    created = s.spread_times(
        rng, scale.faq_entries, scale.now - datetime.timedelta(days=6 * 365), scale.now
    )
    positions = dict.fromkeys(categories, 0)

    def rows():
        for index in range(scale.faq_entries):
            category = s.pick(rng, categories, category_weights)
            positions[category] += 1
            question = text.fill(rng.choice(QUESTIONS))
            answer = text.with_markers(
                text.paragraphs(rng.randint(1, 4), 1, 4), plan.markers(index)
            )
            created_at = created[index]
            yield (
                category,
                question,
                f"{s.SLUG_PREFIX}{slugify(question)[:90].rstrip('-')}-{index + 1}",
                s.markdown_text(answer),
                s.paragraphs_html(answer),
                ", ".join(dict.fromkeys(text.nouns(rng.randint(2, 5)))),
                True,
                positions[category],
                min(10_000, int(rng.paretovariate(1.2)) - 1),
                min(1_000, int(rng.paretovariate(2.0)) - 1),
                created_at,
                min(scale.now, created_at + datetime.timedelta(days=rng.expovariate(1 / 90))),
            )

    written = s.copy_rows(Entry, FIELDS, rows())
    actions.refresh_category_counts()
    words = actions.rebuild_words()
    return {"FAQ categories": len(categories), "FAQ entries": written, "FAQ words": words}
