"""The directories of networks and organisations: filters, A–Z, CSV, entry pages."""

import csv
import datetime
import html
import io
import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from networks.models import Network, NetworkMembership, Organisation, WorkingGroup
from projects.models import Project
from tests import factories
from tests.factories import add_meeting, add_members, make_network, make_organisation

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    assert response.status_code == 200
    return [entry.name for entry in response.context["page"].items]


def network_names(client, query: str = "") -> list[str]:
    return names(client.get(reverse("networks:network-list") + query))


def organisation_names(client, query: str = "") -> list[str]:
    return names(client.get(reverse("networks:organisation-list") + query))


def filter_errors(response) -> dict:
    assert response.status_code == 200
    return response.context["filter"].form.errors


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def queries_for(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def assert_no_unbounded_count(queries: list[str]) -> None:
    counts = [sql for sql in queries if "COUNT(" in sql.upper()]
    assert all("LIMIT 1001" in sql for sql in counts), counts


# --- models ----------------------------------------------------------------------------


def test_the_initial_is_the_capital_first_letter():
    organisation = make_organisation("kulturbrücke e. V.")
    network = make_network("netzwerk Erfurt")
    organisation.refresh_from_db()
    network.refresh_from_db()
    assert (organisation.initial, network.initial) == ("K", "N")


def test_an_entry_beginning_with_an_umlaut_is_listed_under_its_letter(client):
    make_organisation("Ökumenisches Zentrum Erfurt")
    assert organisation_names(client, "?buchstabe=O") == ["Ökumenisches Zentrum Erfurt"]


def test_language_names_in_the_order_given_unknown_codes_kept():
    organisation = make_organisation("Sprachbrücke", languages=["ar", "dgs", "xx"])
    with translation.override("en"):
        assert organisation.language_names() == ["Arabic", "German Sign Language", "xx"]
    assert make_organisation("Ohne Sprachen").language_names() == []


@pytest.mark.parametrize("year", [1899, 2101])
def test_the_database_refuses_a_founding_year_out_of_range(year):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_network(founded=year)


def test_a_founding_year_in_the_future_does_not_validate():
    network = make_network(founded=datetime.date.today().year + 1)
    with pytest.raises(ValidationError) as error:
        network.full_clean()
    assert "founded" in error.value.message_dict


# --- lists and filters -----------------------------------------------------------------


@pytest.fixture
def networks(db):
    return {
        "erfurt": make_network("Netzwerk Integration Erfurt", ags="16051"),
        "jena": make_network(
            "Jenaer Netzwerk Migrantenorganisationen",
            ags="16053",
            kind=Network.Kind.MIGRANT_ORGANISATIONS,
        ),
        "thueringen": make_network(
            "Landesnetzwerk Thüringen",
            ags="16",
            scope=Network.Scope.LAND,
            kind=Network.Kind.THEMATIC,
            goals="Teilhabe durch Kultur",
        ),
        "muenchen": make_network("Integrationsnetz München", ags="09162"),
        "hidden": make_network("Verstecktes Netzwerk Erfurt", ags="16051", is_published=False),
    }


@pytest.fixture
def organisations(db):
    language = factories.TopicFactory(name="Sprache", slug="sprache-test")
    work = factories.TopicFactory(name="Arbeit", slug="arbeit-test")
    bruecke = make_organisation(
        "Kulturbrücke e. V.",
        kind=Organisation.Kind.MIGRANTENORGANISATION,
        languages=["ar", "fa"],
        city="Erfurt",
    )
    bruecke.fields_of_activity.add(language)
    beratung = make_organisation(
        "Beratungsstelle Jena",
        ags="16053",
        kind=Organisation.Kind.BERATUNGSSTELLE,
        languages=["ru", "uk"],
        description="Beratung für Geflüchtete und Zugewanderte.",
    )
    beratung.fields_of_activity.add(work)
    jobcenter = make_organisation(
        "Jobcenter München", ags="09162", kind=Organisation.Kind.JOBCENTER, languages=["ar"]
    )
    jobcenter.fields_of_activity.add(work)
    make_organisation("Kulturverein im Verborgenen", is_published=False, languages=["ar"])
    return {"bruecke": bruecke, "beratung": beratung, "jobcenter": jobcenter}


def test_network_list_shows_published_networks_by_name(client, networks):
    assert network_names(client) == [
        "Integrationsnetz München",
        "Jenaer Netzwerk Migrantenorganisationen",
        "Landesnetzwerk Thüringen",
        "Netzwerk Integration Erfurt",
    ]
    assert client.get(reverse("networks:network-list")).context["result_count"] == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "?land=16",
            [
                "Jenaer Netzwerk Migrantenorganisationen",
                "Landesnetzwerk Thüringen",
                "Netzwerk Integration Erfurt",
            ],
        ),
        ("?land=09", ["Integrationsnetz München"]),
        ("?kreis=16051", ["Netzwerk Integration Erfurt"]),
        ("?art=mso", ["Jenaer Netzwerk Migrantenorganisationen"]),
        ("?ebene=land", ["Landesnetzwerk Thüringen"]),
        ("?buchstabe=J", ["Jenaer Netzwerk Migrantenorganisationen"]),
        ("?q=Kultur", ["Landesnetzwerk Thüringen"]),
        (
            "?q=Netzwerke",
            ["Jenaer Netzwerk Migrantenorganisationen", "Netzwerk Integration Erfurt"],
        ),
        ("?land=16&art=kommunal", ["Netzwerk Integration Erfurt"]),
        ("?land=16&q=Erfurt", ["Netzwerk Integration Erfurt"]),
    ],
)
def test_network_filters(query, expected, client, networks):
    assert network_names(client, query) == expected


def test_networks_with_a_member(client, networks, organisations):
    NetworkMembership.objects.create(
        network=networks["jena"], organisation=organisations["beratung"]
    )
    assert network_names(client, "?mitglied=beratungsstelle-jena") == [
        "Jenaer Netzwerk Migrantenorganisationen"
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Beratungsstelle Jena", "Jobcenter München", "Kulturbrücke e. V."]),
        ("?land=16", ["Beratungsstelle Jena", "Kulturbrücke e. V."]),
        ("?kreis=16051", ["Kulturbrücke e. V."]),
        ("?kreis=09162", ["Jobcenter München"]),
        ("?art=mso", ["Kulturbrücke e. V."]),
        ("?taetigkeit=arbeit-test", ["Beratungsstelle Jena", "Jobcenter München"]),
        ("?taetigkeit=sprache-test", ["Kulturbrücke e. V."]),
        ("?sprache=ar", ["Jobcenter München", "Kulturbrücke e. V."]),
        ("?sprache=uk", ["Beratungsstelle Jena"]),
        ("?sprache=ar&land=16", ["Kulturbrücke e. V."]),
        ("?q=Kultur", ["Kulturbrücke e. V."]),
        ("?q=kulturbrücke", ["Kulturbrücke e. V."]),
        ("?q=Erfurt", ["Kulturbrücke e. V."]),  # the city
        ("?q=Beratungen Geflüchteter", ["Beratungsstelle Jena"]),  # stems, description
        ("?q=Kultur -Erfurt", []),  # an exclusion
        ("?buchstabe=K", ["Kulturbrücke e. V."]),
        ("?buchstabe=Z", []),
    ],
)
def test_organisation_filters(query, expected, client, organisations):
    assert organisation_names(client, query) == expected


@pytest.mark.parametrize(
    ("url_name", "query", "field"),
    [
        ("networks:network-list", "?land=99", "land"),
        ("networks:network-list", "?land=16051", "land"),  # a district is no Land
        ("networks:network-list", "?kreis=16", "kreis"),  # a Land is no district
        ("networks:network-list", "?kreis=abc", "kreis"),
        ("networks:network-list", "?buchstabe=1", "buchstabe"),
        ("networks:network-list", "?buchstabe=KK", "buchstabe"),
        ("networks:network-list", "?art=verein", "art"),
        ("networks:network-list", "?ebene=welt", "ebene"),
        ("networks:network-list", "?mitglied=gibt-es-nicht", "mitglied"),
        ("networks:network-list", "?q=" + "x" * 300, "q"),
        ("networks:organisation-list", "?land=99", "land"),
        ("networks:organisation-list", "?sprache=xx", "sprache"),
        ("networks:organisation-list", "?taetigkeit=gibt-es-nicht", "taetigkeit"),
        ("networks:organisation-list", "?buchstabe=%C3%84", "buchstabe"),
    ],
)
def test_invalid_filter_values_give_form_errors_not_errors(url_name, query, field, client, db):
    response = client.get(reverse(url_name) + query)
    assert field in filter_errors(response)


def test_odd_parameters_are_met_calmly(client, networks, organisations):
    for query in [
        "?nach=kaputt",
        "?vor=%00%00",
        "?nach=WyJ4IiwgInkiXQ",  # a cursor with a name and a text where the id belongs
        "?q=%22",
        "?q=%26%7C%21%3A*",
        "?q=-",
        "?land=16%00",
        "?seite=letzte&land=16",
    ]:
        assert client.get(reverse("networks:network-list") + query).status_code == 200, query
        assert client.get(reverse("networks:organisation-list") + query).status_code == 200


def test_lists_page_through_long_directories(client):
    for number in range(35):
        make_organisation(f"Verein Nummer {number:02d}")
    first = client.get(reverse("networks:organisation-list"))
    assert len(first.context["page"].items) == 30
    cursor = first.context["page"].next_cursor
    second = names(client.get(reverse("networks:organisation-list") + f"?nach={cursor}"))
    assert second == [f"Verein Nummer {number:02d}" for number in range(30, 35)]


def test_unpublished_entries_are_neither_listed_nor_reachable(client, networks, organisations):
    hidden_organisation = Organisation.objects.get(is_published=False)
    assert "Verstecktes Netzwerk Erfurt" not in network_names(client, "?kreis=16051")
    assert "Kulturverein im Verborgenen" not in organisation_names(client, "?q=Kulturverein")
    assert client.get(networks["hidden"].get_absolute_url()).status_code == 404
    assert client.get(hidden_organisation.get_absolute_url()).status_code == 404


def test_unpublished_entries_are_hidden_on_the_pages_of_others(client, networks, organisations):
    hidden_organisation = Organisation.objects.get(is_published=False)
    NetworkMembership.objects.create(network=networks["erfurt"], organisation=hidden_organisation)
    NetworkMembership.objects.create(
        network=networks["hidden"], organisation=organisations["bruecke"]
    )
    NetworkMembership.objects.create(
        network=networks["erfurt"], organisation=organisations["bruecke"]
    )
    network_page = client.get(networks["erfurt"].get_absolute_url())
    assert network_page.context["member_count"] == 1
    assert "Kulturverein im Verborgenen" not in network_page.content.decode()
    organisation_page = client.get(organisations["bruecke"].get_absolute_url())
    shown = [
        m.network.name for m in organisation_page.context["organisation"].network_memberships.all()
    ]
    assert shown == ["Netzwerk Integration Erfurt"]
    assert "Verstecktes Netzwerk" not in organisation_page.content.decode()


def test_list_links_the_export_with_the_same_filters(client, networks):
    response = client.get(reverse("networks:network-list") + "?land=16&nach=abc")
    assert response.context["export_query"] == "land=16&nach=abc"
    assert reverse("networks:network-export") + "?land=16" in response.content.decode()


# --- CSV -------------------------------------------------------------------------------


def test_network_export_lists_every_public_network(client, networks):
    networks["erfurt"].founded = 2015
    networks["erfurt"].website = "https://netzwerk-erfurt.example"
    networks["erfurt"].save()
    rows = read_csv(client.get(reverse("networks:network-export")))
    header, *entries = rows
    assert len(header) == 10
    assert [row[0] for row in entries] == [
        "Integrationsnetz München",
        "Jenaer Netzwerk Migrantenorganisationen",
        "Landesnetzwerk Thüringen",
        "Netzwerk Integration Erfurt",
    ]
    erfurt = entries[-1]
    assert erfurt[3] == "Erfurt"
    assert erfurt[5] == "2015"
    assert erfurt[6] == "https://netzwerk-erfurt.example"
    # The file is kept for every visitor: its links come from SITE_URL, not from the Host.
    assert erfurt[-1] == settings.SITE_URL + networks["erfurt"].get_absolute_url()
    response = client.get(reverse("networks:network-export"))
    assert "attachment" in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith('.csv"')


def test_network_export_respects_the_filters(client, networks):
    rows = read_csv(client.get(reverse("networks:network-export") + "?land=16&art=kommunal"))
    assert [row[0] for row in rows[1:]] == ["Netzwerk Integration Erfurt"]


def test_organisation_export_respects_filters_and_leaves_out_unpublished(client, organisations):
    header, *entries = read_csv(client.get(reverse("networks:organisation-export")))
    assert len(header) == 11
    assert [row[0] for row in entries] == [
        "Beratungsstelle Jena",
        "Jobcenter München",
        "Kulturbrücke e. V.",
    ]
    assert all(len(row) == len(header) for row in entries)
    assert entries[2][6] == "Arabisch, Persisch (Farsi/Dari)"
    filtered = read_csv(client.get(reverse("networks:organisation-export") + "?sprache=ar"))
    assert [row[0] for row in filtered[1:]] == ["Jobcenter München", "Kulturbrücke e. V."]


def test_export_of_an_empty_selection_has_just_the_header(client, organisations):
    rows = read_csv(client.get(reverse("networks:organisation-export") + "?buchstabe=Q"))
    assert len(rows) == 1


def test_export_keeps_spreadsheet_formulas_from_running(client):
    make_organisation(
        '=HYPERLINK("https://boese.example","Klick")',
        city="+49 Erfurt",
        phone="-1+1",
        street="@SUM(A1)",
    )
    _header, row = read_csv(client.get(reverse("networks:organisation-export")))
    assert row[0] == '\'=HYPERLINK("https://boese.example","Klick")'
    assert row[3] == "'@SUM(A1)"
    assert row[5] == "'+49 Erfurt"
    assert row[9] == "'-1+1"


def test_invalid_export_filters_do_not_fail(client, organisations):
    response = client.get(reverse("networks:organisation-export") + "?sprache=xx&land=99")
    assert len(read_csv(response)) >= 1


# --- entry pages -----------------------------------------------------------------------


def test_network_page_groups_members_by_kind(client, network):
    for name, kind in [
        ("Sprachcafé Erfurt e. V.", Organisation.Kind.VEREIN),
        ("Afrikanischer Kulturverein", Organisation.Kind.VEREIN),
        ("Ausländerbehörde Erfurt", Organisation.Kind.BEHOERDE),
        ("Jobcenter Erfurt", Organisation.Kind.JOBCENTER),
    ]:
        NetworkMembership.objects.create(
            network=network, organisation=make_organisation(name, kind=kind)
        )
    response = client.get(network.get_absolute_url())
    assert response.status_code == 200
    groups = {
        str(label): [membership.organisation.name for membership in members]
        for label, members in response.context["members_by_kind"]
    }
    kinds = dict(Organisation.Kind.choices)
    assert groups == {
        str(kinds["behoerde"]): ["Ausländerbehörde Erfurt"],
        str(kinds["jobcenter"]): ["Jobcenter Erfurt"],
        str(kinds["verein"]): ["Afrikanischer Kulturverein", "Sprachcafé Erfurt e. V."],
    }
    assert response.context["member_count"] == 4
    assert "Sprachcafé Erfurt e. V." in response.content.decode()


def test_network_page_shows_working_groups_and_only_upcoming_meetings(
    client, network, working_group
):
    WorkingGroup.objects.create(network=network, name="AG Arbeit")
    add_meeting(network, days=3, title="Treffen der AG Sprache", working_group=working_group)
    add_meeting(network, days=-30, title="Vergangenes Treffen")
    add_meeting(make_network("Anderes Netzwerk"), days=2, title="Treffen anderswo")
    response = client.get(network.get_absolute_url())
    assert [group.name for group in response.context["working_groups"]] == [
        "AG Arbeit",
        "AG Sprache",
    ]
    assert [meeting.title for meeting in response.context["meetings"]] == ["Treffen der AG Sprache"]
    page = response.content.decode()
    assert "Vergangenes Treffen" not in page and "Treffen anderswo" not in page
    assert reverse("networks:feed-working-group", args=[network.slug, working_group.pk]) in page


def test_network_page_shows_members_only_meetings_to_members_only(
    client, network, coordinator, organisation, owner
):
    add_meeting(network, days=1, title="Offenes Netzwerktreffen")
    add_meeting(network, days=2, title="Internes Planungstreffen", public=False)

    def titles():
        response = client.get(network.get_absolute_url())
        return [meeting.title for meeting in response.context["meetings"]]

    everyone = ["Offenes Netzwerktreffen"]
    members = ["Offenes Netzwerktreffen", "Internes Planungstreffen"]
    assert titles() == everyone
    client.force_login(owner)
    assert titles() == everyone  # the organisation is no member yet
    NetworkMembership.objects.create(network=network, organisation=organisation)
    assert titles() == members
    client.force_login(coordinator)
    assert titles() == members
    assert "Internes Planungstreffen" in client.get(network.get_absolute_url()).content.decode()


def test_network_page_links_published_projects_only(client, network):
    published = factories.ProjectFactory(name="Sprachcafé am Anger")
    draft = factories.ProjectFactory(name="Entwurf eines Projekts", status=Project.Status.DRAFT)
    network.projects.add(published, draft)
    response = client.get(network.get_absolute_url())
    assert [project.name for project in response.context["projects"]] == ["Sprachcafé am Anger"]
    assert published.get_absolute_url() in response.content.decode()
    assert "Entwurf eines Projekts" not in response.content.decode()


def test_network_page_shows_local_networks_and_the_umbrella(client, network):
    umbrella = make_network("Bundesverband der Netzwerke", scope=Network.Scope.BUND)
    network.parent = umbrella
    network.save()
    make_network("Verborgenes Ortsnetz", parent=umbrella, is_published=False)
    page = client.get(umbrella.get_absolute_url())
    assert [local.name for local in page.context["local_networks"]] == [network.name]
    assert umbrella.get_absolute_url() in client.get(network.get_absolute_url()).content.decode()


def test_contact_person_is_shown_only_with_consent(client, network):
    network.contact_name = "Erika Beispiel"
    network.save()
    assert "Erika Beispiel" not in client.get(network.get_absolute_url()).content.decode()
    network.contact_consent_at = datetime.datetime.now(datetime.UTC)
    network.save()
    assert "Erika Beispiel" in client.get(network.get_absolute_url()).content.decode()


def test_organisation_page_shows_its_networks_fields_and_projects(client, organisation, network):
    jena = make_network("Netzwerk Integration Jena", ags="16053")
    NetworkMembership.objects.create(
        network=network, organisation=organisation, role=NetworkMembership.Role.PARTNER
    )
    NetworkMembership.objects.create(network=jena, organisation=organisation)
    organisation.fields_of_activity.add(factories.TopicFactory(name="Sprachförderung"))
    project = factories.ProjectFactory(name="Chor der Kulturen")
    jena.projects.add(project)
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
    memberships = response.context["organisation"].network_memberships.all()
    assert [(m.network.name, m.role) for m in memberships] == [
        ("Netzwerk Integration Erfurt", "partner"),
        ("Netzwerk Integration Jena", "mitglied"),
    ]
    assert [p.name for p in response.context["projects"]] == ["Chor der Kulturen"]
    page = response.content.decode()
    assert network.get_absolute_url() in page and jena.get_absolute_url() in page
    assert "Sprachförderung" in page


def test_organisation_page_offers_editing_and_joining_to_its_owners(client, organisation, owner):
    edit = reverse("networks:organisation-edit", args=[organisation.slug])
    join = reverse("networks:organisation-join", args=[organisation.slug])
    page = client.get(organisation.get_absolute_url()).content.decode()
    assert edit not in page and join not in page
    client.force_login(owner)
    response = client.get(organisation.get_absolute_url())
    assert response.context["can_edit"] and response.context["can_join"]
    assert edit in response.content.decode() and join in response.content.decode()


@pytest.mark.parametrize("url_name", ["networks:network-detail", "networks:organisation-detail"])
def test_unknown_slugs_are_not_found(url_name, client, db):
    assert client.get(reverse(url_name, args=["gibt-es-nicht"])).status_code == 404


# --- queries ---------------------------------------------------------------------------


def bulk_networks(count: int, ags: str) -> None:
    region = factories.region(ags)
    Network.objects.bulk_create(
        Network(
            name=f"Netzwerk {ags}-{index:03d}",
            slug=f"netzwerk-{ags}-{index:03d}",
            kind=Network.Kind.MUNICIPAL,
            scope=Network.Scope.KOMMUNE,
            region=region,
        )
        for index in range(count)
    )


def bulk_organisations(count: int, ags: str) -> None:
    region = factories.region(ags)
    Organisation.objects.bulk_create(
        Organisation(
            name=f"Verein {ags}-{index:03d}",
            slug=f"verein-{ags}-{index:03d}",
            kind=Organisation.Kind.VEREIN,
            region=region,
            languages=["ar", "de"],
        )
        for index in range(count)
    )


@pytest.mark.parametrize(
    ("url_name", "make"),
    [
        ("networks:network-list", bulk_networks),
        ("networks:organisation-list", bulk_organisations),
    ],
)
def test_lists_cost_the_same_for_5_and_100_entries(url_name, make, client):
    make(5, "16051")
    make(100, "09162")
    url = reverse(url_name)
    client.get(url)
    small = queries_for(client, url + "?kreis=16051")
    large = queries_for(client, url + "?kreis=09162")
    assert len(small) == len(large)
    assert_no_unbounded_count(large)
    assert [sql for sql in large if "COUNT(" in sql.upper()]  # the bounded count is there
    everything = queries_for(client, url)
    assert_no_unbounded_count(everything)
    assert len(everything) <= len(large)


def network_with_members(count: int, name: str) -> Network:
    network = make_network(name)
    add_meeting(network, title="Treffen")
    add_meeting(network, title="Internes Treffen", public=False)
    WorkingGroup.objects.create(network=network, name="AG Arbeit")
    network.projects.add(factories.ProjectFactory())
    add_members(network, count)
    return network


def test_network_page_costs_the_same_for_5_and_100_members(client, owner):
    small = network_with_members(5, "Kleines Netzwerk")
    large = network_with_members(100, "Großes Netzwerk")
    large.memberships.first().organisation.owners.add(owner)
    for visitor in (None, owner):  # the owner of a member sees members-only meetings
        if visitor:
            client.force_login(visitor)
        client.get(small.get_absolute_url())
        few = queries_for(client, small.get_absolute_url())
        many = queries_for(client, large.get_absolute_url())
        assert len(few) == len(many)


def test_network_page_counts_no_rows_without_a_limit(client):
    network = network_with_members(100, "Großes Netzwerk")
    queries = queries_for(client, network.get_absolute_url())
    assert_no_unbounded_count(queries)
    assert client.get(network.get_absolute_url()).context["member_count"] == 100


def test_organisation_page_costs_the_same_for_few_and_many_networks(client):
    few, many = make_organisation("Wenig vernetzt"), make_organisation("Viel vernetzt")
    for index in range(12):
        network = make_network(f"Netzwerk {index:02d}")
        NetworkMembership.objects.create(network=network, organisation=many)
        if index < 2:
            NetworkMembership.objects.create(network=network, organisation=few)
    client.get(few.get_absolute_url())
    assert len(queries_for(client, few.get_absolute_url())) == len(
        queries_for(client, many.get_absolute_url())
    )


def member_names(body: str) -> list[str]:
    return re.findall(r">(Mitglied \d+-\d+)</a>", body)


def test_a_big_network_shows_its_members_in_pages(client):
    network = network_with_members(130, "Sehr großes Netzwerk")
    first = client.get(network.get_absolute_url()).content.decode()
    assert "130 member organisations" in first or "130 Mitgliedsorganisationen" in first
    on_first = member_names(first)
    assert len(on_first) == 100
    next_url = html.unescape(re.search(r'href="([^"]+)" rel="next"', first).group(1))
    second = client.get(network.get_absolute_url() + next_url).content.decode()
    on_second = member_names(second)
    assert len(on_second) == 30
    assert sorted(on_first + on_second) == sorted(
        organisation.name
        for organisation in Organisation.objects.filter(network_memberships__network=network)
    )
    assert 'rel="next"' not in second
    # The last page is the second: what remains after the full page before it.
    last = member_names(client.get(network.get_absolute_url() + "?seite=letzte").content.decode())
    assert last == on_second


def test_a_network_page_with_a_broken_cursor_shows_the_first_page(client):
    network = network_with_members(3, "Kleines Netzwerk")
    response = client.get(network.get_absolute_url() + "?nach=%%%kaputt")
    assert response.status_code == 200
    assert len(member_names(response.content.decode())) == 3
