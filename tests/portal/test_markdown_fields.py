"""Markdown is rendered when a text is saved, also by a save that names only that text."""

import datetime

import pytest
from django.utils import timezone

from faq.models import Category, Entry
from networks.models import Meeting, Network, Organisation
from portal.markdown import render_markdown
from projects.models import Article, Project, SponsorKind
from tests.factories import region

pytestmark = pytest.mark.django_db


def _project() -> Project:
    district = region("16051")
    return Project.objects.create(
        name="Sprachcafé Erfurt",
        slug="sprachcafe-erfurt",
        summary="Deutsch üben beim Kaffee.",
        description="Jeden *Dienstag*.",
        goals="Mehr **Gespräche**.",
        region=district,
        land=district.land,
        sponsor_name="Verein Miteinander e. V.",
        sponsor_kind=SponsorKind.VEREIN,
    )


def _article() -> Article:
    return Article.objects.create(
        kind=Article.Kind.INTERVIEW,
        title="Ein Gespräch",
        slug="ein-gespraech",
        lead="Worum es geht.",
        body="Erste *Frage*.",
    )


def _entry() -> Entry:
    category = Category.objects.create(name="Finanzierung", slug="finanzierung")
    return Entry.objects.create(
        category=category, question="Wer fördert uns?", slug="wer-foerdert", answer="Das *Land*."
    )


def _network() -> Network:
    return Network.objects.create(
        name="Netzwerk Integration Erfurt",
        slug="netzwerk-integration-erfurt",
        kind=Network.Kind.MUNICIPAL,
        scope=Network.Scope.KOMMUNE,
        region=region("16051"),
        description="Wir *vernetzen*.",
        goals="- Austausch\n- Beratung",
    )


def _organisation() -> Organisation:
    return Organisation.objects.create(
        name="Verein Miteinander",
        slug="verein-miteinander",
        kind=Organisation.Kind.VEREIN,
        region=region("16051"),
        description="Beratung **auf Arabisch**.",
    )


def _meeting() -> Meeting:
    start = timezone.now() + datetime.timedelta(days=3)
    return Meeting.objects.create(
        network=_network(),
        title="Netzwerktreffen",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        agenda="1. Begrüßung",
        minutes="Alle *waren* da.",
    )


CASES = [
    (_project, "description", "description_html"),
    (_project, "goals", "goals_html"),
    (_project, "lessons", "lessons_html"),
    (_article, "body", "body_html"),
    (_entry, "answer", "answer_html"),
    (_network, "description", "description_html"),
    (_network, "goals", "goals_html"),
    (_organisation, "description", "description_html"),
    (_meeting, "agenda", "agenda_html"),
    (_meeting, "minutes", "minutes_html"),
]


@pytest.mark.parametrize(("make", "source", "rendered"), CASES)
def test_saving_renders_the_markdown(make, source, rendered):
    obj = make()
    obj.refresh_from_db()
    assert getattr(obj, rendered) == render_markdown(getattr(obj, source))


@pytest.mark.parametrize(("make", "source", "rendered"), CASES)
def test_a_partial_save_of_the_text_stores_its_rendering(make, source, rendered):
    obj = make()
    setattr(obj, source, "Neu: **fett** und [ein Link](https://example.org)")
    obj.save(update_fields=[source])
    obj.refresh_from_db()
    assert getattr(obj, rendered) == render_markdown(
        "Neu: **fett** und [ein Link](https://example.org)"
    )
    assert "<strong>fett</strong>" in getattr(obj, rendered)


def test_a_partial_save_of_other_fields_leaves_the_rendering_alone():
    project = _project()
    # A stale rendering stays as it is: the save names neither the text nor its rendering.
    Project.objects.filter(pk=project.pk).update(description_html="<p>alt</p>")
    project.refresh_from_db()
    project.summary = "Kürzer."
    project.save(update_fields=["summary"])
    project.refresh_from_db()
    assert project.description_html == "<p>alt</p>"
    assert project.summary == "Kürzer."


def test_markup_in_network_texts_is_cleaned_when_saved():
    network = _network()
    network.description = "<script>alert(1)</script>[x](javascript:alert(1)) *ok*"
    network.save()
    network.refresh_from_db()
    assert "<script" not in network.description_html
    assert 'href="javascript' not in network.description_html
    assert "<em>ok</em>" in network.description_html


def test_network_pages_show_the_stored_rendering(client):
    network = _network()
    organisation = _organisation()
    response = client.get(network.get_absolute_url())
    assert "<em>vernetzen</em>" in response.text
    assert "<li>Austausch</li>" in response.text
    response = client.get(organisation.get_absolute_url())
    assert "<strong>auf Arabisch</strong>" in response.text
