"""Addresses made from German text write umlauts out: "Nähcafé" is "naehcafe", not "nahcafe"."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify

from faq import actions as faq_actions
from faq.models import Category
from portal.slugs import german_slugify, unique_slug
from projects import actions
from projects.models import Project
from tests.factories import EditorFactory, ProjectFactory, UserFactory


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Nähcafé Lindenau", "naehcafe-lindenau"),
        ("Dolmetscherinnen für Elternabende", "dolmetscherinnen-fuer-elternabende"),
        ("Ölmühle & Straßenfest", "oelmuehle-strassenfest"),
        ("ÄRZTE ÜBER GRÖẞEN", "aerzte-ueber-groessen"),
        # "a" followed by a combining diaeresis, as some keyboards and PDFs send it.
        ("Na\u0308hcafe\u0301", "naehcafe"),
        ("Café Çağlar – Łódź", "cafe-caglar-odz"),
        ("", ""),
    ],
)
def test_german_slugify_writes_umlauts_out(text, slug):
    assert german_slugify(text) == slug


def test_new_initiative_gets_a_german_address(portrait_data):
    project = actions.create_project(
        owner=UserFactory(), data=portrait_data(name="Verifikations-Nähcafé Lindenau")
    )
    assert project.slug == "verifikations-naehcafe-lindenau"
    assert project.get_absolute_url() == "/projekte/verifikations-naehcafe-lindenau/"


@pytest.mark.django_db
def test_the_next_free_slug_is_found_with_one_query():
    for slug in ["naehcafe", "naehcafe-2", "naehcafe-3", "naehcafe-lindenau"]:
        ProjectFactory(slug=slug)
    with CaptureQueriesContext(connection) as queries:
        assert unique_slug(Project, "Nähcafé", fallback="projekt", max_length=200) == "naehcafe-4"
    assert len(queries) == 1
    assert unique_slug(Project, "…", fallback="projekt", max_length=200) == "projekt"


def test_an_address_given_out_before_keeps_working(client, portrait_data):
    # A portrait that still has the slug Django's plain slugify gave it (the migration
    # that renames them is tested in test_former_slugs.py) is found under it.
    old = ProjectFactory(name="Nähcafé Lindenau", slug=slugify("Nähcafé Lindenau"))
    assert old.slug == "nahcafe-lindenau"
    assert client.get("/projekte/nahcafe-lindenau/").status_code == 200
    # A new portrait of the same name gets the German address beside it.
    new = actions.create_project(owner=UserFactory(), data=portrait_data(name="Nähcafé Lindenau"))
    assert new.slug == "naehcafe-lindenau"
    old.refresh_from_db()
    assert old.slug == "nahcafe-lindenau"


def test_answered_faq_question_gets_a_german_address(faq):
    submitted = faq_actions.submit_question(
        question="Wie finde ich Übersetzerinnen?", email="fragende@example.org", token="y" * 32
    )
    entry = faq_actions.answer_question(
        submitted=submitted,
        editor=EditorFactory(),
        category=Category.objects.get(slug="vernetzung"),
        question="Wie finde ich Übersetzerinnen für Gespräche mit Müttern?",
        answer="Fragen Sie beim Integrationsbüro Ihrer Stadt.",
    )
    assert entry.slug == "wie-finde-ich-uebersetzerinnen-fuer-gespraeche-mit-muettern"
