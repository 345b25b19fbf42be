"""Scale data: published project portraits (see ``devkit.scale``).

Portraits are written with COPY, their topics, target groups and funding programmes as
rows of the link tables. Owners are the scale members; every portrait is published, with
distinct publication times spread over eight years, so the keyset pages by date, name
and update are all long.
"""

from __future__ import annotations

import datetime
import random

from django.utils.text import slugify

from devkit import scale as s
from portal.models import TargetGroup, Topic
from projects.demo import load_funding_programmes
from projects.models import FundingProgramme, Project, SponsorKind

TABLES = [
    Project,
    Project.topics.through,
    Project.target_groups.through,
    Project.funding_programmes.through,
]

KINDS = [
    "Sprachcafé", "Elterncafé", "Nähwerkstatt", "Lernpatenschaften", "Fahrradwerkstatt",
    "Interkultureller Garten", "Chor der Kulturen", "Fußball für alle", "Ausbildungspaten",
    "Frauentreff", "Kulturlotsen", "Integrationslotsen", "Theater ohne Grenzen",
    "Musikwerkstatt", "Kochtreff", "Begegnungscafé", "Jobpaten", "Leseclub", "Willkommensnetz",
    "Nachbarschaftsfest", "Mentoring für Schülerinnen", "Schwimmen lernen", "Tandemprogramm",
    "Computerclub", "Familienpaten", "Mütterzentrum", "Jugendband", "Tanzgruppe",
    "Stadtteilmütter", "Brückenbauer", "Repaircafé", "Gemeinschaftsgarten",
]  # fmt: skip
SPONSORS = [
    "Verein für Integration und Bildung", "Kulturverein", "Förderverein Begegnung",
    "Bürgerstiftung", "Bildungswerk", "Nachbarschaftsverein", "Initiative Willkommen",
    "Migrantenverein", "Familienzentrum", "Jugendhilfeverbund",
]  # fmt: skip
SPONSOR_KIND_WEIGHTS = [
    (SponsorKind.VEREIN, 40), (SponsorKind.MIGRANT_ORGANISATION, 15),
    (SponsorKind.KOMMUNE, 10), (SponsorKind.WOHLFAHRTSVERBAND, 12),
    (SponsorKind.RELIGIONSGEMEINSCHAFT, 5), (SponsorKind.STIFTUNG, 4),
    (SponsorKind.BILDUNGSTRAEGER, 8), (SponsorKind.UNTERNEHMEN, 2),
    (SponsorKind.INITIATIVE, 4),
]  # fmt: skip
LANGUAGES = ["Arabisch", "Dari", "Farsi", "Ukrainisch", "Russisch", "Türkisch", "Englisch",
             "Kurdisch", "Tigrinya", "Französisch", "Polnisch", "Rumänisch"]  # fmt: skip

FIELDS = [
    "owner", "status", "name", "slug", "summary", "description", "description_html", "goals",
    "goals_html", "lessons", "lessons_html", "region", "land", "place", "sponsor_name",
    "sponsor_kind", "partners", "languages", "start_date", "end_date", "website",
    "contact_name", "contact_email", "contact_phone", "contact_consent_text",
    "contact_consent_version", "created_at", "updated_at", "published_at", "lock_version",
]  # fmt: skip


def scale_projects():
    return Project.objects.filter(slug__startswith=s.SLUG_PREFIX)


def exists() -> bool:
    return scale_projects().exists()


def delete() -> int:
    return s.delete_rows(Project, s.slug_condition())


def searchable() -> dict[str, object]:
    return {"portraits": scale_projects()}


def generate(scale: s.Scale, rng: random.Random) -> dict[str, int]:
    load_funding_programmes()  # reference data; adds only what is missing
    districts = s.district_rows()
    text = s.TextGenerator(rng, places=[place for _id, _land, place in districts])
    owners = s.scale_user_ids()
    owner_weights = s.zipf_cum_weights(len(owners), 0.8)
    kinds = [kind.value for kind, _weight in SPONSOR_KIND_WEIGHTS]
    kind_weights = [weight for _kind, weight in SPONSOR_KIND_WEIGHTS]
    kind_weights = s.cumulative(kind_weights)
    district_weights = s.zipf_cum_weights(len(districts), 0.6)  # big cities have more
    plan = s.MarkerPlan(scale.portraits, rng)
    count = scale.portraits
    published = s.spread_times(rng, count, scale.now - datetime.timedelta(days=8 * 365), scale.now)
    rng.shuffle(published)
    topics = list(Topic.objects.order_by("slug").values_list("pk", flat=True))
    groups = list(TargetGroup.objects.order_by("slug").values_list("pk", flat=True))
    programmes = list(FundingProgramme.objects.order_by("slug").values_list("pk", flat=True))
    ids = s.reserve_ids(Project, count)
    links: dict[str, list[tuple[int, int]]] = {"topics": [], "groups": [], "programmes": []}

    def rows():
        for index, project_id in enumerate(ids):
            region_id, land_id, place = s.pick(rng, districts, district_weights)
            quarter = rng.choice(s.DISTRICTS)
            name = f"{rng.choice(KINDS)} {quarter} {place}"
            slug = f"{s.SLUG_PREFIX}{slugify(name)[:160]}-{index + 1}"
            description = text.with_markers(
                text.paragraphs(rng.randint(2, 4), 2, 4), plan.markers(index)
            )
            goals = text.paragraphs(rng.randint(1, 2), 1, 3)
            lessons = text.paragraphs(rng.randint(1, 2), 1, 3)
            published_at = published[index]
            created_at = published_at - datetime.timedelta(days=rng.uniform(3, 60))
            updated_at = min(
                scale.now, published_at + datetime.timedelta(days=rng.expovariate(1 / 200))
            )
            start = (created_at - datetime.timedelta(days=rng.uniform(0, 400))).date()
            end = (
                None
                if rng.random() < 0.45
                else start + datetime.timedelta(days=rng.randint(180, 4 * 365))
            )
            sponsor = f"{rng.choice(SPONSORS)} {place} e. V."
            languages = ", ".join(["Deutsch", *rng.sample(LANGUAGES, rng.randint(0, 3))])
            for topic_id in rng.sample(topics, min(len(topics), rng.randint(1, 3))):
                links["topics"].append((project_id, topic_id))
            for group_id in rng.sample(groups, min(len(groups), rng.randint(1, 3))):
                links["groups"].append((project_id, group_id))
            for programme_id in rng.sample(programmes, min(len(programmes), rng.randint(0, 2))):
                links["programmes"].append((project_id, programme_id))
            yield (
                project_id,
                s.pick(rng, owners, owner_weights) if owners else None,
                Project.Status.PUBLISHED.value,
                name,
                slug,
                text.sentences(1)[:300],
                s.markdown_text(description),
                s.paragraphs_html(description),
                s.markdown_text(goals),
                s.paragraphs_html(goals),
                s.markdown_text(lessons),
                s.paragraphs_html(lessons),
                region_id,
                land_id,
                f"{place}-{quarter}",
                sponsor,
                s.pick(rng, kinds, kind_weights),
                f"{rng.choice(SPONSORS)} {place}, Jobcenter {place}",
                languages,
                start,
                end,
                f"https://{slug}.example.org/" if rng.random() < 0.6 else "",
                "",
                "",
                "",
                "",
                "",
                created_at,
                updated_at,
                published_at,
                0,
            )

    written = s.copy_rows(Project, ["id", *FIELDS], rows())
    s.copy_rows(Project.topics.through, ["project_id", "topic_id"], links["topics"])
    s.copy_rows(Project.target_groups.through, ["project_id", "targetgroup_id"], links["groups"])
    s.copy_rows(
        Project.funding_programmes.through,
        ["project_id", "fundingprogramme_id"],
        links["programmes"],
    )
    return {
        "portraits": written,
        "portrait topics": len(links["topics"]),
        "portrait target groups": len(links["groups"]),
        "portrait funding programmes": len(links["programmes"]),
    }
