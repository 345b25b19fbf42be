import datetime

import pytest
from django.db import IntegrityError

from projects.models import Project
from tests.factories import ArticleFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def names(queryset) -> set[str]:
    return set(queryset.values_list("name", flat=True))


def test_search_finds_word_forms_and_compound_beginnings():
    ProjectFactory(name="Musikprojekt Farbklang", description="Förderungen vom Land.")
    ProjectFactory(name="Sprachpatenschaften", description="Ehrenamtliche begleiten.")
    search = Project.objects.search
    assert names(search("Musik")) == {"Musikprojekt Farbklang"}
    assert names(search("Förderung")) == {"Musikprojekt Farbklang"}
    assert names(search("ehrenamtlich")) == {"Sprachpatenschaften"}
    assert names(search("Musik -Farbklang")) == set()
    assert names(search('"vom Land"')) == {"Musikprojekt Farbklang"}


@pytest.mark.parametrize("text", ["", "   ", "&|!:*()'", "-", '"', "x" * 10_000, "der die das"])
def test_search_never_fails_on_odd_input(text):
    ProjectFactory()
    list(Project.objects.search(text))


def test_name_weighs_more_than_description_in_the_vector():
    project = ProjectFactory(name="Chor", description="Ein Chor singt.")
    vector = Project.objects.values_list("search_vector", flat=True).get(pk=project.pk)
    assert "'chor':1A" in vector


def test_ongoing_and_ended():
    today = datetime.date(2026, 6, 1)
    ProjectFactory(name="Offen", end_date=None)
    ProjectFactory(name="Bis Sommer", end_date=datetime.date(2026, 8, 1))
    ProjectFactory(
        name="Vorbei", start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2021, 1, 1)
    )
    assert names(Project.objects.ongoing(today)) == {"Offen", "Bis Sommer"}
    assert names(Project.objects.ended(today)) == {"Vorbei"}


def test_database_refuses_end_before_start():
    with pytest.raises(IntegrityError):
        ProjectFactory(start_date=datetime.date(2024, 1, 1), end_date=datetime.date(2023, 1, 1))


def test_markdown_is_rendered_and_sanitised_on_save():
    project = ProjectFactory(
        description="## Titel\n\n<b onclick=alert(1)>fett</b> [Link](https://example.org)"
    )
    assert "<h3>Titel</h3>" in project.description_html  # user headings start below the h1/h2
    assert 'rel="nofollow noopener noreferrer"' in project.description_html
    assert "<b onclick" not in project.description_html


def test_unpublished_or_future_articles_are_hidden():
    ArticleFactory(title="Heute")
    ArticleFactory(title="Morgen", published_on=datetime.date.today() + datetime.timedelta(days=3))
    ArticleFactory(title="Entwurf", is_published=False)
    from projects.models import Article

    assert set(Article.objects.published().values_list("title", flat=True)) == {"Heute"}
