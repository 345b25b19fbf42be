"""The FAQ speaks as people write: suggestions spelled as in the entries, questions asked once."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.urls import reverse
from django.utils import translation

from faq import actions
from faq.models import Entry, Word
from faq.search import search_faq

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        # Nouns keep their capital letter however they were typed ...
        ("haftpflict", "Haftpflicht"),
        ("Haftpflict ehrenamtlich", "Haftpflicht Ehrenamtliche"),
        # ... words the entries write in lower case stay so, unless the writer capitalised.
        ("versichrt", "versichert"),
        ("Versichrt", "Versichert"),
    ],
)
def test_a_suggestion_is_spelled_as_in_the_entries(faq, typed, suggested):
    assert search_faq(typed).suggestion == suggested


def test_the_spelling_inside_sentences_wins_over_a_sentences_first_word(faq):
    # "Interkulturelle Öffnung heißt …" opens a sentence; inside them it is written small.
    assert Word.objects.get(word="interkulturelle").spelling == "interkulturelle"
    assert Word.objects.get(word="haftpflicht").spelling == "Haftpflicht"
    # Only ever at the start of a sentence: the capital is all the entries tell.
    assert Word.objects.get(word="förderungen").spelling == "Förderungen"


def test_words_of_a_newly_published_entry_bring_their_spelling(faq):
    entry = Entry.objects.create(
        category=faq["schule"].category,
        slug="sprachmittlung",
        question="Wer bezahlt Sprachmittlung beim Elterngespräch?",
        answer="Oft übernimmt das Schulamt die Kosten.",
    )
    actions.entry_changed(entry=entry)
    assert search_faq("sprachmitlung").suggestion == "Sprachmittlung"


def test_the_suggestion_on_the_search_page(client, faq):
    with translation.override("de"):
        url = reverse("faq:search")
    page = client.get(url, {"q": "haftpflict"}).content.decode()
    assert "Meinten Sie" in page
    assert ">Haftpflicht</a>" in page


def test_words_collected_before_spellings_were_kept_get_theirs(faq):
    Word.objects.update(spelling="")
    migration = importlib.import_module("faq.migrations.0002_word_spelling")
    migration.fill_spellings(django_apps, None)
    assert Word.objects.get(word="haftpflicht").spelling == "Haftpflicht"
    assert Word.objects.get(word="interkulturelle").spelling == "interkulturelle"
    assert search_faq("haftpflict").suggestion == "Haftpflicht"


def test_an_entry_asks_whether_it_helped_once(client, faq):
    with translation.override("de"):
        url = faq["versicherung"].get_absolute_url()
    page = client.get(url).content.decode()
    assert page.count("Hat diese Antwort geholfen?") == 1
    assert "<legend" in page  # the question names the group of its two answers
