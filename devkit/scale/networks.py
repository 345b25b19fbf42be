"""Scale data: networks, organisations and their memberships (see ``devkit.scale``).

Networks come first (municipal ones in a district, networks of migrant organisations,
thematic ones, and a few federal umbrellas that local networks belong to). Every
organisation belongs to one network, a fifth to a second; network sizes are skewed, up
to a few hundred members like a large umbrella of migrant organisations. An
organisation's district is that of its network, so filters by Land and district agree.
Some networks point to portraits of their Land, have a coordinator and working groups.
The Selbstcheck questionnaires are loaded when there are none, so its pages have content.
"""

from __future__ import annotations

import datetime
import random

from django.utils.text import slugify

from devkit import scale as s
from networks.models import (
    LANGUAGES,
    Network,
    NetworkMembership,
    Organisation,
    WorkingGroup,
)
from portal.models import Region, Topic
from projects.models import Project
from selfcheck.models import Questionnaire

TABLES = [
    Network,
    Organisation,
    NetworkMembership,
    WorkingGroup,
    Organisation.fields_of_activity.through,
    Organisation.owners.through,
    Network.coordinators.through,
    Network.projects.through,
]

NATIONS = [
    "Afghanisch", "Syrisch", "Türkisch", "Eritreisch", "Ukrainisch", "Polnisch", "Vietnamesisch",
    "Kurdisch", "Russisch", "Irakisch", "Somalisch", "Griechisch", "Italienisch", "Kongolesisch",
    "Tamilisch", "Iranisch", "Kamerunisch", "Rumänisch", "Bulgarisch", "Albanisch",
]  # fmt: skip
CAUSES = [
    "Integration und Bildung", "Nachbarschaftshilfe", "Kultur und Begegnung",
    "Frauen und Familie", "interkulturelle Arbeit", "Teilhabe", "Sprache und Kultur",
    "Jugend und Sport", "Vielfalt",
]  # fmt: skip
WORDS = [
    "Omid", "Salam", "Amal", "Umut", "Nadija", "Ubuntu", "Brücke", "Zusammen", "Mosaik",
    "Kompass", "Horizont", "Wurzeln", "Lichtblick", "Tandem", "Weltoffen",
]  # fmt: skip
K = Organisation.Kind
# (name template, kind, weight); kinds as plain values, which is what COPY writes.
ORGANISATIONS = [
    ("{nation}-Deutscher Kulturverein {place} e. V.", K.MIGRANTENORGANISATION, 14),
    ("Verein für {cause} {place} e. V.", K.VEREIN, 14),
    ("Familienzentrum {quarter} {place}", K.WOHLFAHRTSVERBAND, 6),
    ("Jugendmigrationsdienst {place}", K.WOHLFAHRTSVERBAND, 4),
    ("Migrationsdienst {quarter} {place}", K.BERATUNGSSTELLE, 5),
    ("Integrationsbüro {place}", K.BEHOERDE, 4),
    ("Bildungswerk {cause} {place}", K.BILDUNGSTRAEGER, 5),
    ("Sprachschule {word} {place}", K.BILDUNGSTRAEGER, 4),
    ("{word} – Initiative für {cause} {place}", K.INITIATIVE, 8),
    ("{word} e. V. {place}", K.MIGRANTENORGANISATION, 8),
    ("Internationaler Frauentreff {place}", K.VEREIN, 4),
    ("Kulturzentrum {quarter} {place}", K.VEREIN, 4),
    ("Moscheegemeinde {quarter} {place}", K.RELIGIONSGEMEINSCHAFT, 3),
    ("Evangelische Kirchengemeinde {quarter} {place}", K.RELIGIONSGEMEINSCHAFT, 3),
    ("Katholische Pfarrei {quarter} {place}", K.RELIGIONSGEMEINSCHAFT, 2),
    ("Jobcenter {place}", K.JOBCENTER, 2),
    ("Handwerkskammer Region {place}", K.KAMMER, 1),
    ("Stiftung {cause} {place}", K.STIFTUNG, 2),
    ("Gemeinschaftsgarten {quarter} {place}", K.INITIATIVE, 3),
    ("Unternehmensnetzwerk Vielfalt {place}", K.UNTERNEHMEN, 1),
    ("Nachbarschaftshilfe {quarter} {place}", K.VEREIN, 4),
    ("Afrikanisches Kulturforum {place}", K.MIGRANTENORGANISATION, 2),
    ("Sportverein {word} {place}", K.VEREIN, 3),
    ("Theaterwerkstatt {quarter} {place}", K.VEREIN, 2),
    ("Zentrum für Mehrsprachigkeit {place}", K.BILDUNGSTRAEGER, 2),
    ("Ökumenisches Begegnungszentrum {place}", K.RELIGIONSGEMEINSCHAFT, 1),
    ("Lernwerkstatt {quarter} {place}", K.SONSTIGE, 2),
]
ORGANISATIONS = [(template, kind.value, weight) for template, kind, weight in ORGANISATIONS]
N = Network.Kind
NETWORKS = [
    (N.MUNICIPAL, 55, ["Integrationsnetzwerk {place}", "Netzwerk Integration {place}",
                       "Runder Tisch Integration {place}", "Bündnis für Vielfalt {place}"]),
    (N.MIGRANT_ORGANISATIONS, 20, ["Verbund der Migrantenorganisationen {place}",
                                   "MSO-Netzwerk {place}", "Forum der Migrantenvereine {place}"]),
    (N.THEMATIC, 22, ["Arbeitskreis {theme} {place}", "Netzwerk {theme} {place}",
                      "Fachforum {theme} {place}"]),
    (N.FEDERAL_UMBRELLA, 3, ["Bundesverband {theme} und Migration",
                             "Dachverband der Vereine für {theme}"]),
]  # fmt: skip
THEMES = [
    "Sprache", "Arbeitsmarkt", "Gesundheit", "Wohnen", "Bildung", "Frauen", "Sport", "Kultur",
    "Ehrenamt", "Jugend", "Familie", "Antidiskriminierung",
]  # fmt: skip
WORKING_GROUPS = [
    "AG Sprache", "AG Arbeit und Ausbildung", "AG Wohnen", "AG Gesundheit",
    "AG Kinder und Familie", "AG Öffentlichkeitsarbeit", "AG Ehrenamt", "AG Frauen",
]  # fmt: skip
RHYTHMS = ["monatlich", "alle zwei Monate", "vierteljährlich", "nach Bedarf"]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenweg", "Marktplatz",
           "Lindenallee", "Kirchgasse", "Am Stadtpark", "Ringstraße", "Mühlenweg"]  # fmt: skip
LANGUAGE_CODES = [code for code, _name in LANGUAGES if code != "de"]

DIRECTORY_FIELDS = [
    "name", "slug", "region", "description", "description_html", "street", "postcode", "city",
    "phone", "email", "website", "logo", "is_published", "created_at", "updated_at",
]  # fmt: skip


def exists() -> bool:
    return (
        Network.objects.filter(slug__startswith=s.SLUG_PREFIX).exists()
        or Organisation.objects.filter(slug__startswith=s.SLUG_PREFIX).exists()
    )


def delete() -> int:
    deleted = s.delete_rows(Organisation, s.slug_condition())
    deleted += s.delete_rows(Network, s.slug_condition())
    return deleted


def searchable() -> dict[str, object]:
    return {"organisations": Organisation.objects.filter(slug__startswith=s.SLUG_PREFIX)}


def _address(rng: random.Random, place: str, index: int, kind: str) -> tuple:
    host = f"{kind}{index + 1}.{slugify(place)[:40]}.example.org"
    return (
        f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
        f"{rng.randint(1067, 99998):05d}",
        place,
        f"0{rng.randint(30, 9999)} {rng.randint(10000, 999999)}",
        f"kontakt@{host}",
        f"https://{host}/" if rng.random() < 0.7 else "",
    )


def _network_rows(scale: s.Scale, rng: random.Random, text: s.TextGenerator, districts, laender):
    ids = s.reserve_ids(Network, scale.networks)
    kinds = [kind.value for kind, _weight, _names in NETWORKS]
    weights = s.cumulative(weight for _kind, weight, _names in NETWORKS)
    names = {kind.value: templates for kind, _weight, templates in NETWORKS}
    plan = s.MarkerPlan(scale.networks, rng)
    chosen = [s.pick(rng, kinds, weights) for _ in ids]
    umbrellas = [ids[i] for i, kind in enumerate(chosen) if kind == N.FEDERAL_UMBRELLA]
    created = s.spread_times(
        rng, scale.networks, scale.now - datetime.timedelta(days=8 * 365), scale.now
    )
    facts = []  # (id, region id, Land id, kind) for the organisations
    rows = []
    for index, (network_id, kind) in enumerate(zip(ids, chosen, strict=True)):
        region_id, land_id, place = rng.choice(districts)
        scope = Network.Scope.KOMMUNE.value
        if kind == N.FEDERAL_UMBRELLA:
            scope, land_id = Network.Scope.BUND.value, rng.choice(list(laender))
            region_id, place = land_id, laender[land_id]
        elif kind != N.MUNICIPAL and rng.random() < 0.35:
            scope, region_id, place = Network.Scope.LAND.value, land_id, laender[land_id]
        name = rng.choice(names[kind]).format(place=place, theme=rng.choice(THEMES))
        description = text.with_markers(text.paragraphs(rng.randint(1, 3)), plan.markers(index))
        parent = None
        if kind == N.MIGRANT_ORGANISATIONS and umbrellas and rng.random() < 0.5:
            parent = rng.choice(umbrellas)
        rows.append(
            (
                network_id,
                name,
                f"{s.SLUG_PREFIX}{slugify(name)[:90]}-{index + 1}",
                region_id,
                s.markdown_text(description),
                s.paragraphs_html(description),
                *_address(rng, place, index, "netzwerk"),
                "",
                True,
                created[index],
                min(scale.now, created[index] + datetime.timedelta(days=rng.uniform(0, 400))),
                kind,
                scope,
                s.markdown_text(goals := text.paragraphs(1, 2, 3)),
                s.paragraphs_html(goals),
                rng.randint(1990, scale.now.year - 1) if rng.random() < 0.8 else None,
                parent,
                "",
                "",
                "",
            )
        )
        facts.append((network_id, region_id, land_id, scope))
    return rows, facts


def generate(scale: s.Scale, rng: random.Random) -> dict[str, int]:
    districts = s.district_rows()
    laender = dict(Region.objects.laender().order_by("ags").values_list("pk", "name"))
    by_land: dict[int, list[tuple[int, int, str]]] = {}
    for district in districts:
        by_land.setdefault(district[1], []).append(district)
    places = {region_id: place for region_id, _land, place in districts} | laender
    text = s.TextGenerator(rng, places=list(places.values()))
    users = s.scale_user_ids()
    topics = list(Topic.objects.order_by("slug").values_list("pk", flat=True))

    network_rows, networks = _network_rows(scale, rng, text, districts, laender)
    written_networks = s.copy_rows(
        Network,
        ["id", *DIRECTORY_FIELDS, "kind", "scope", "goals", "goals_html", "founded", "parent",
         "contact_name", "contact_consent_text", "contact_consent_version"],
        network_rows,
    )  # fmt: skip

    # Which network each organisation belongs to: every network at least one, then skewed.
    sizes = [min(rng.lognormvariate(0, 1.1), 25.0) for _ in networks]
    size_weights = s.cumulative(sizes)
    primary = list(range(min(len(networks), scale.organisations)))
    primary += [
        s.pick(rng, range(len(networks)), size_weights)
        for _ in range(scale.organisations - len(primary))
    ]
    rng.shuffle(primary)

    templates = [(template, kind) for template, kind, _weight in ORGANISATIONS]
    template_weights = s.cumulative(weight for _t, _k, weight in ORGANISATIONS)
    language_weights = s.zipf_cum_weights(len(LANGUAGE_CODES), 1.0)
    plan = s.MarkerPlan(scale.organisations, rng)
    ids = s.reserve_ids(Organisation, scale.organisations)
    created = s.spread_times(
        rng, scale.organisations, scale.now - datetime.timedelta(days=9 * 365), scale.now
    )
    memberships: list[tuple] = []
    fields: list[tuple[int, int]] = []
    owners: list[tuple[int, int]] = []
    coordinating: set[int] = set()

    def member_row(network_index: int, organisation_id: int, since: datetime.datetime):
        network_id = networks[network_index][0]
        if network_id not in coordinating:
            coordinating.add(network_id)
            role = NetworkMembership.Role.COORDINATION.value
        else:
            role = (
                NetworkMembership.Role.PARTNER.value
                if rng.random() < 0.15
                else NetworkMembership.Role.MEMBER.value
            )
        return (network_id, organisation_id, role, since.date())

    def organisation_rows():
        for index, organisation_id in enumerate(ids):
            network_index = primary[index]
            _network_id, region_id, land_id, scope = networks[network_index]
            if scope != Network.Scope.KOMMUNE:
                region_id, land_id, _place = rng.choice(by_land.get(land_id) or districts)
            place = places[region_id]
            template, kind = s.pick(rng, templates, template_weights)
            name = template.format(
                nation=rng.choice(NATIONS),
                cause=rng.choice(CAUSES),
                word=rng.choice(WORDS),
                quarter=rng.choice(s.DISTRICTS),
                place=place,
            )
            description = text.with_markers(
                text.paragraphs(rng.randint(1, 3), 1, 3), plan.markers(index)
            )
            languages = ["de", *dict.fromkeys(
                rng.choices(LANGUAGE_CODES, cum_weights=language_weights, k=rng.randint(0, 3))
            )]  # fmt: skip
            since = created[index] + datetime.timedelta(days=rng.uniform(0, 300))
            since = min(since, scale.now)
            memberships.append(member_row(network_index, organisation_id, since))
            if len(networks) > 1 and rng.random() < 0.2:
                second = s.pick(rng, range(len(networks)), size_weights)
                if second != network_index:
                    memberships.append(member_row(second, organisation_id, since))
            for topic_id in rng.sample(topics, min(len(topics), rng.randint(1, 3))):
                fields.append((organisation_id, topic_id))
            if users and rng.random() < 0.1:
                owners.append((organisation_id, rng.choice(users)))
            yield (
                organisation_id,
                name,
                f"{s.SLUG_PREFIX}{slugify(name)[:90]}-{index + 1}",
                region_id,
                s.markdown_text(description),
                s.paragraphs_html(description),
                *_address(rng, place, index, "org"),
                "",
                True,
                created[index],
                min(scale.now, created[index] + datetime.timedelta(days=rng.uniform(0, 500))),
                kind,
                languages,
            )

    written = s.copy_rows(
        Organisation, ["id", *DIRECTORY_FIELDS, "kind", "languages"], organisation_rows()
    )
    s.copy_rows(NetworkMembership, ["network", "organisation", "role", "since"], memberships)
    s.copy_rows(Organisation.fields_of_activity.through, ["organisation_id", "topic_id"], fields)
    s.copy_rows(Organisation.owners.through, ["organisation_id", "user_id"], owners)
    links = _network_links(rng, networks, users, topics)
    return {
        "networks": written_networks,
        "organisations": written,
        "network memberships": len(memberships),
        "organisation fields of activity": len(fields),
        **links,
        "Selbstcheck questionnaires": _selfcheck(),
    }


def _network_links(rng: random.Random, networks, users: list[int], topics: list[int]):
    """Coordinators, portraits of the network's Land, and working groups."""
    projects: dict[int, list[int]] = {}
    for project_id, land_id in (
        Project.objects.filter(slug__startswith=s.SLUG_PREFIX)
        .order_by("pk")
        .values_list("pk", "land_id")
    ):
        projects.setdefault(land_id, []).append(project_id)
    coordinators, portraits, groups = [], [], []
    for network_id, _region_id, land_id, _scope in networks:
        if users and rng.random() < 0.3:
            coordinators.append((network_id, rng.choice(users)))
        candidates = projects.get(land_id, [])
        for project_id in rng.sample(candidates, min(len(candidates), rng.randint(0, 3))):
            portraits.append((network_id, project_id))
        for name in rng.sample(WORKING_GROUPS, rng.randint(0, 3)):
            groups.append(
                (network_id, name, rng.choice(topics) if topics else None, rng.random() < 0.8,
                 "Offen für alle Mitglieder des Netzwerks.", "Geschäftsstelle",
                 rng.choice(RHYTHMS))
            )  # fmt: skip
    s.copy_rows(Network.coordinators.through, ["network_id", "user_id"], coordinators)
    s.copy_rows(Network.projects.through, ["network_id", "project_id"], portraits)
    s.copy_rows(
        WorkingGroup,
        ["network", "name", "topic", "is_standing", "description", "contact", "rhythm"],
        groups,
    )
    return {
        "network coordinators": len(coordinators),
        "network portraits": len(portraits),
        "working groups": len(groups),
    }


def _selfcheck() -> int:
    if not Questionnaire.objects.exists():
        from selfcheck import demo as selfcheck_demo

        selfcheck_demo.load_all()
    return Questionnaire.objects.count()
