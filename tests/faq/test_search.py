import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from faq.search import search_faq

pytestmark = pytest.mark.django_db


def slugs(text: str) -> list[str]:
    return [entry.slug for entry in search_faq(text).entries]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Förderungen", "foerdermittel"),  # word form
        ("Musik", "foerdermittel"),  # start of a compound
        ("Förder", "foerdermittel"),
        ("Flüchtlinge", "gefluechtete"),  # synonym
        ("Geld", "foerdermittel"),
        ("Freiwillige versichert", "versicherung"),
        ("haftpflicht", "versicherung"),  # keyword
    ],
)
def test_search_finds_what_people_mean(faq, query, expected):
    assert expected in slugs(query)


def test_question_ranks_above_keywords_above_answer(faq):
    # "Öffnung" is in the question of one entry and only in the answer of the other.
    assert slugs("Öffnung")[:2] == ["oeffnung", "schule"]


def test_phrase_and_exclusion(faq):
    assert set(slugs('"interkulturelle Öffnung"')) == {"oeffnung", "schule"}
    assert slugs('"interkulturelle Öffnung" -Schule') == ["oeffnung"]
    assert slugs('"Öffnung interkulturelle"') == []  # the order counts in a phrase


def test_snippet_highlights_the_match_and_escapes_the_rest(faq):
    faq["versicherung"].answer = "Ehrenamtliche <script>alert(1)</script> sind versichert."
    faq["versicherung"].save()
    outcome = search_faq("versichert")
    snippet = str(next(e.snippet for e in outcome.entries if e.slug == "versicherung"))
    assert "<mark>" in snippet
    assert "<script" not in snippet


def test_near_miss_gets_a_did_you_mean(faq):
    outcome = search_faq("Haftpflict Ehrenamtliche")
    assert not outcome.found
    assert outcome.suggestion == "Haftpflicht Ehrenamtliche"
    assert outcome.popular  # something to read instead
    assert search_faq(outcome.suggestion).found


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "der die das und",
        "!!! ??? ...",
        "& | ! : * ( ) '",
        "a <-> b",
        '"unbalanced quote',
        "Förder\x00ung\x07\u200b",
        "تمويل المشروع",
        "Финансирование",
        "-",
        "--Schule",
        ":*",
        "'; DROP TABLE faq_entry; --",
    ],
)
def test_hostile_or_odd_queries_never_fail(faq, query):
    outcome = search_faq(query)
    assert isinstance(outcome.entries, list)


def test_only_stop_words_are_recognised(faq):
    assert search_faq("wie und der").only_stop_words


@pytest.mark.parametrize("query", ["Förderungen Musik", "Haftpflict", "der die"])
def test_search_costs_at_most_three_queries(faq, query):
    with CaptureQueriesContext(connection) as queries:
        search_faq(query)
    assert len(queries) <= 3


def test_a_word_in_many_entries_ranks_a_bounded_number_of_candidates(faq, monkeypatch):
    from faq import search
    from faq.models import Category, Entry

    category = Category.objects.first()
    Entry.objects.bulk_create(
        Entry(
            category=category,
            slug=f"beratung-{number}",
            question=f"Frage {number}",
            answer="Hier hilft eine Beratung vor Ort weiter.",
        )
        for number in range(40)
    )
    assert len(search.search_faq("Beratung").entries) == search.RESULT_LIMIT
    monkeypatch.setattr(search, "RANKED_CANDIDATES", 7)
    assert len(search.search_faq("Beratung").entries) == 7
