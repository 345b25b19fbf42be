"""Load the demo questionnaires of the Selbstcheck. Running it again adds nothing.

The content lives in files under ``selfcheck/demo/`` (see ``portal.demo_content``):

- ``scale.toml``: the answer scale of every questionnaire and the bands of percentages
  that the recommendations cover ("low", "medium", "high");
- ``<nnn>-<slug>.md``: a questionnaire (slug and title as front matter, the introduction
  as body), in the order of the file names;
- ``<nnn>-<slug>/<nnn>-<dimension>.md``: its dimensions in order, each with its
  statements and the links of its recommendations as front matter, its description as
  body and one section per band with the advice.

Fictional demo content, written from scratch from public facts: municipal self-checks for
a first assessment of local integration work (as 35 municipalities used them in the
model project "Weltoffene Kommune – Vom Dialog zum Zusammenhalt") and the success factors
and phases of networking among migrant self-organisations. No real person is named or
quoted. Links point to demo FAQ entries, articles and project portraits by slug; missing
ones are skipped.
"""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from faq.models import Entry
from portal.demo_content import DemoContentError, read_entries, read_records
from projects.models import Article, Project
from selfcheck.models import AnswerOption, Dimension, Questionnaire, Recommendation, Statement

CONTENT = Path(__file__).resolve().parent / "demo"
LINKS = ("faq", "articles", "projects")


def scale() -> list[tuple[str, int]]:
    """The answer scale, lowest first: (label, points)."""
    return [
        (option["label"], option["score"])
        for option in read_records(CONTENT / "scale.toml")["option"]
    ]


def _dimension(entry, bands: dict[str, tuple[int, int]]) -> dict:
    links = entry.meta.get("links", {})
    unknown = set(entry.sections) - set(bands)
    if unknown:
        raise DemoContentError(entry.path, 1, f"no band named {sorted(unknown)}")
    return {
        "title": entry.meta["title"],
        "description": entry.body,
        "statements": list(entry.meta["statements"]),
        "recommendations": {
            bands[name]: {
                "text": text,
                **{kind: links[name][kind] for kind in LINKS if kind in links.get(name, {})},
            }
            for name, text in entry.sections.items()
        },
    }


def questionnaires() -> list[dict]:
    """Every demo questionnaire with its dimensions, in the order of the files."""
    bands = {
        name: tuple(limits)
        for name, limits in read_records(CONTENT / "scale.toml")["bands"].items()
    }
    return [
        {
            "slug": entry.meta["slug"],
            "title": entry.meta["title"],
            "intro": entry.body,
            "dimensions": [
                _dimension(dimension, bands)
                for dimension in read_entries(entry.path.with_suffix(""))
            ],
        }
        for entry in read_entries(CONTENT)
    ]


@transaction.atomic
def load_all() -> list[Questionnaire]:
    """Create what is missing of the demo questionnaires, keyed by slug, title and position.

    Parts that editors have changed since are left as they are; links to FAQ entries,
    articles and portraits are added for the slugs that exist (others are skipped).
    """
    answer_scale = scale()
    entries = {entry.slug: entry for entry in Entry.objects.only("slug")}
    articles = {article.slug: article for article in Article.objects.only("slug")}
    projects = {project.slug: project for project in Project.objects.only("slug")}
    loaded = []
    for position, item in enumerate(questionnaires()):
        questionnaire, _ = Questionnaire.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "title": item["title"],
                "intro": item["intro"],
                "is_published": True,
                "position": position,
            },
        )
        for score_position, (label, score) in enumerate(answer_scale):
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
