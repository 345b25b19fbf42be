"""Addresses a portrait had before lead to its current one (issue 15: "Nähcafé" was "nahcafe")."""

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.forms import MultiWidget
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from projects import actions
from projects.models import FormerSlug, Project
from tests.factories import EditorFactory, ProjectFactory, StaffFactory

pytestmark = pytest.mark.django_db

german_slugs = importlib.import_module("projects.migrations.0007_german_slugs")


@pytest.fixture(autouse=True)
def default_language_afterwards():
    # A request to /en/ leaves English active in this thread; the next test file's
    # reverse() would give /en/ addresses.
    yield
    translation.deactivate()


def renamed_portrait(**fields) -> Project:
    project = ProjectFactory(name="Nähcafé für Mütter", slug="naehcafe-fuer-muetter", **fields)
    FormerSlug.objects.create(project=project, slug="nahcafe-fur-mutter")
    return project


def test_an_old_address_leads_permanently_to_the_current_one(client):
    renamed_portrait()
    response = client.get("/projekte/nahcafe-fur-mutter/")
    assert response.status_code == 301
    assert response["Location"] == "/projekte/naehcafe-fuer-muetter/"
    assert client.get(response["Location"]).status_code == 200


def test_the_redirect_keeps_the_language_and_the_query_string(client):
    renamed_portrait()
    response = client.get("/en/projekte/nahcafe-fur-mutter/?utm_source=flyer&q=M%C3%BCtter")
    assert response.status_code == 301
    assert response["Location"] == (
        "/en/projekte/naehcafe-fuer-muetter/?utm_source=flyer&q=M%C3%BCtter"
    )


def test_a_former_slug_never_shadows_a_current_one(client):
    renamed_portrait()
    # Another portrait has the old address as its own: it keeps it.
    ProjectFactory(name="Nahcafe fur Mutter", slug="nahcafe-fur-mutter")
    response = client.get("/projekte/nahcafe-fur-mutter/")
    assert response.status_code == 200
    assert response.context["project"].name == "Nahcafe fur Mutter"


def test_unknown_addresses_stay_not_found(client):
    renamed_portrait()
    assert client.get("/projekte/gibt-es-nicht/").status_code == 404
    assert client.get("/en/projekte/gibt-es-nicht/?a=1").status_code == 404


def test_an_old_address_reveals_no_unpublished_portrait(client):
    renamed_portrait(status=Project.Status.DRAFT, published_at=None)
    assert client.get("/projekte/nahcafe-fur-mutter/").status_code == 404
    client.force_login(EditorFactory())
    response = client.get("/projekte/nahcafe-fur-mutter/")
    assert response.status_code == 301
    assert response["Location"] == "/projekte/naehcafe-fuer-muetter/"


def detail_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_detail_page_asks_no_more_queries_for_former_slugs(client):
    plain = ProjectFactory()
    renamed = renamed_portrait()
    FormerSlug.objects.create(project=renamed, slug="naehcafe-alt")
    # The former addresses are looked up only when no portrait has the slug.
    assert detail_queries(client, plain.get_absolute_url()) == 7
    assert detail_queries(client, renamed.get_absolute_url()) == 7


def test_a_slug_changed_in_the_admin_keeps_the_old_address(client):
    project = ProjectFactory(name="Nähcafé Lindenau", slug="nahcafe-lindenau")
    FormerSlug.objects.create(project=project, slug="naehcafe-lindenau")
    client.force_login(StaffFactory())
    url = f"/admin/projects/project/{project.pk}/change/"
    data = admin_form_data(client.get(url))
    data["slug"] = "naehcafe-lindenau"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    project.refresh_from_db()
    assert project.slug == "naehcafe-lindenau"
    # The new address is no longer a former one; the old one now is.
    assert list(project.former_slugs.values_list("slug", flat=True)) == ["nahcafe-lindenau"]
    client.logout()
    assert client.get("/projekte/nahcafe-lindenau/")["Location"] == "/projekte/naehcafe-lindenau/"
    # Saving again without a change of address records nothing.
    client.force_login(StaffFactory())
    client.post(url, admin_form_data(client.get(url)))
    assert project.former_slugs.count() == 1


def test_an_address_taken_back_from_another_portrait_is_recorded_for_the_last_one():
    first = ProjectFactory(slug="chor-neu")
    FormerSlug.objects.create(project=first, slug="chor")
    second = ProjectFactory(slug="chor-der-kulturen")
    second.slug = "chor-zwei"
    second.save()
    actions.record_slug_change(project=second, former_slug="chor-der-kulturen")
    third = ProjectFactory(slug="chor")  # an editor gave a portrait the freed address
    third.slug = "chor-drei"
    third.save()
    actions.record_slug_change(project=third, former_slug="chor")
    assert FormerSlug.objects.get(slug="chor").project == third
    assert FormerSlug.objects.get(slug="chor-der-kulturen").project == second


def admin_form_data(response) -> dict:
    """What the admin's change form sends back unchanged."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for field in form:
            value = field.value()
            widget = field.field.widget
            if isinstance(widget, MultiWidget):
                for number, part in enumerate(widget.decompress(value)):
                    if part is not None:
                        data[f"{field.html_name}_{number}"] = str(part)
            elif isinstance(value, bool):
                if value:
                    data[field.html_name] = "on"
            elif isinstance(value, list | tuple):
                data[field.html_name] = [str(item) for item in value]
            elif value is not None:
                data[field.html_name] = str(value)
    return data


# --- the data migration ---------------------------------------------------------------


def run(migration_function) -> None:
    with connection.schema_editor() as schema_editor:
        migration_function(apps, schema_editor)


def test_the_migration_gives_automatic_slugs_the_german_form_and_back():
    # What Django's plain slugify made of the name: "für" became "fur".
    automatic = ProjectFactory(name="Nähcafé für Mütter", slug="nahcafe-fur-mutter")
    # The old code added "-2" for a taken address and six hex digits after a clash.
    second = ProjectFactory(name="Nähcafé für Mütter", slug="nahcafe-fur-mutter-2")
    raced = ProjectFactory(name="Nähcafé für Mütter", slug="nahcafe-fur-mutter-a1b2c3")
    # Slugs that slugify does not make were typed by an editor: they stay.
    half_written_out = ProjectFactory(name="Nähcafé für Mütter", slug="nahcafe-fuer-muetter")
    by_hand = ProjectFactory(name="Ölmühle Straßenfest", slug="oelmuehle")
    plain_letters = ProjectFactory(name="Café International", slug="cafe-international")
    german_already = ProjectFactory(name="Grüne Oase", slug="gruene-oase")
    untouched = {p.pk: p.slug for p in [half_written_out, by_hand, plain_letters, german_already]}

    def slugs():
        return {
            p.pk: p.slug for p in Project.objects.filter(pk__in=[automatic.pk, second.pk, raced.pk])
        }

    def slugs_of_the_rest():
        return dict(Project.objects.filter(pk__in=untouched).values_list("pk", "slug"))

    run(german_slugs.give_german_slugs)

    assert slugs() == {
        automatic.pk: "naehcafe-fuer-muetter",
        second.pk: "naehcafe-fuer-muetter-2",
        raced.pk: "naehcafe-fuer-muetter-3",
    }
    assert slugs_of_the_rest() == untouched
    assert dict(FormerSlug.objects.values_list("slug", "project")) == {
        "nahcafe-fur-mutter": automatic.pk,
        "nahcafe-fur-mutter-2": second.pk,
        "nahcafe-fur-mutter-a1b2c3": raced.pk,
    }

    run(german_slugs.restore_plain_slugs)

    assert slugs() == {
        automatic.pk: "nahcafe-fur-mutter",
        second.pk: "nahcafe-fur-mutter-2",
        raced.pk: "nahcafe-fur-mutter-a1b2c3",
    }
    assert slugs_of_the_rest() == untouched
    assert not FormerSlug.objects.exists()


def test_going_back_keeps_addresses_changed_by_hand_since():
    automatic = ProjectFactory(name="Nähcafé", slug="nahcafe")
    run(german_slugs.give_german_slugs)
    automatic.refresh_from_db()
    automatic.slug = "naehcafe-lindenau"
    automatic.save()
    actions.record_slug_change(project=automatic, former_slug="naehcafe")
    run(german_slugs.restore_plain_slugs)
    automatic.refresh_from_db()
    assert automatic.slug == "naehcafe-lindenau"
    assert set(automatic.former_slugs.values_list("slug", flat=True)) == {"nahcafe", "naehcafe"}


def test_the_migration_finds_a_free_german_address():
    ProjectFactory(name="Anderes Projekt", slug="naehcafe")
    automatic = ProjectFactory(name="Nähcafé", slug="nahcafe")
    run(german_slugs.give_german_slugs)
    automatic.refresh_from_db()
    assert automatic.slug == "naehcafe-2"
    assert FormerSlug.objects.get().slug == "nahcafe"


def test_old_links_work_after_the_migration(client):
    ProjectFactory(name="Nähcafé für Mütter", slug="nahcafe-fur-mutter")
    run(german_slugs.give_german_slugs)
    response = client.get("/en/projekte/nahcafe-fur-mutter/")
    assert response["Location"] == "/en/projekte/naehcafe-fuer-muetter/"
