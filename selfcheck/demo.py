"""Load the demo questionnaires of the Selbstcheck. Running it again adds nothing."""

from __future__ import annotations

from django.db import transaction

from faq.models import Entry
from networks.models import AnswerOption, Dimension, Questionnaire, Recommendation, Statement
from networks.selfcheck_demo_data import QUESTIONNAIRES, SCALE
from projects.models import Article, Project


@transaction.atomic
def load_all() -> list[Questionnaire]:
    """Create what is missing of the demo questionnaires, keyed by slug, title and position.

    Parts that editors have changed since are left as they are; links to FAQ entries,
    articles and portraits are added for the slugs that exist (others are skipped).
    """
    entries = {entry.slug: entry for entry in Entry.objects.only("slug")}
    articles = {article.slug: article for article in Article.objects.only("slug")}
    projects = {project.slug: project for project in Project.objects.only("slug")}
    loaded = []
    for position, item in enumerate(QUESTIONNAIRES):
        questionnaire, _ = Questionnaire.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "title": item["title"],
                "intro": item["intro"],
                "is_published": True,
                "position": position,
            },
        )
        for score_position, (label, score) in enumerate(SCALE):
            AnswerOption.objects.get_or_create(
                questionnaire=questionnaire,
                score=score,
                defaults={"label": label, "position": score_position},
            )
        for dimension_position, spec in enumerate(item["dimensions"]):
            dimension, _ = Dimension.objects.get_or_create(
                questionnaire=questionnaire,
                title=spec["title"],
                defaults={"description": spec["description"], "position": dimension_position},
            )
            for statement_position, text in enumerate(spec["statements"]):
                Statement.objects.get_or_create(
                    dimension=dimension, text=text, defaults={"position": statement_position}
                )
            for (low, high), advice in spec["recommendations"].items():
                recommendation, _ = Recommendation.objects.get_or_create(
                    dimension=dimension,
                    min_percent=low,
                    max_percent=high,
                    defaults={"text": advice["text"]},
                )
                recommendation.faq_entries.add(
                    *(entries[slug] for slug in advice.get("faq", []) if slug in entries)
                )
                recommendation.articles.add(
                    *(articles[slug] for slug in advice.get("articles", []) if slug in articles)
                )
                recommendation.projects.add(
                    *(projects[slug] for slug in advice.get("projects", []) if slug in projects)
                )
        loaded.append(questionnaire)
    return loaded
