import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from faq.models import FailedSearch, SubmittedQuestion, Vote
from tests.factories import EditorFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_index_lists_categories_with_their_counts(client, faq):
    body = client.get("/faq/").content.decode()
    assert "Finanzierung und Förderung" in body
    assert "2 Fragen" in body and "3 Fragen" in body
    assert 'action="/faq/suche/"' in body


def test_category_and_entry_pages_with_stable_links(client, faq):
    body = client.get("/faq/kategorie/finanzierung/").content.decode()
    assert 'href="/faq/frage/foerdermittel/"' in body
    entry = client.get("/faq/frage/foerdermittel/").content.decode()
    assert "<h1>Wo bekomme ich Fördermittel für ein Musikprojekt?</h1>" in entry
    assert "Hat diese Antwort geholfen?" in entry or "Hat Ihnen diese Antwort geholfen?" in entry


def test_search_page_shows_ranked_results_with_snippets(client, faq):
    body = client.get("/faq/suche/", {"q": "Förderungen"}).content.decode()
    assert "Wo bekomme ich Fördermittel" in body
    assert "<mark>" in body


def test_search_without_result_offers_suggestion_popular_entries_and_a_question(client, faq):
    response = client.get("/faq/suche/", {"q": "Haftpflict Ehrenamtliche"})
    body = response.content.decode()
    assert "Meinten Sie" in body and "Haftpflicht Ehrenamtliche" in body
    assert 'href="/faq/frage-stellen/?q=Haftpflict%20Ehrenamtliche"' in body
    assert FailedSearch.objects.get().query == "haftpflict ehrenamtliche"


@pytest.mark.parametrize(
    "query", ["x" * 10_000, "& | ! : * ( ) '", "a <-> b", '"offen', "\x00\x01", "日本語", "der"]
)
def test_search_page_answers_odd_queries_without_error(client, faq, query):
    response = client.get("/faq/suche/", {"q": query})
    assert response.status_code == 200


def test_vote_once_per_visitor(client, faq):
    url = "/faq/frage/versicherung/rueckmeldung/"
    client.post(url, {"helpful": "ja", "comment": "Klar erklärt."})
    client.post(url, {"helpful": "nein"})
    assert Vote.objects.count() == 1
    page = client.get("/faq/frage/versicherung/").content.decode()
    assert "bereits" in page


def test_vote_with_bad_input_changes_nothing(client, faq):
    response = client.post("/faq/frage/versicherung/rueckmeldung/", {"helpful": "vielleicht"})
    assert response.status_code == 302
    assert not Vote.objects.exists()
    assert (
        client.post("/faq/frage/gibt-es-nicht/rueckmeldung/", {"helpful": "ja"}).status_code == 404
    )


def test_a_too_long_comment_is_named_as_the_problem(client, faq):
    response = client.post(
        "/faq/frage/versicherung/rueckmeldung/",
        {"helpful": "ja", "comment": "x" * 1001},
        follow=True,
    )
    text = response.content.decode()
    assert "Kommentar: Bitte sicherstellen, dass der Wert aus höchstens 1000 Zeichen" in text
    assert "Bitte wählen Sie Ja oder Nein" not in text
    assert not Vote.objects.exists()


def test_feedback_is_rate_limited(client, faq):
    for _attempt in range(25):
        client.cookies.clear()  # a new visitor each time, from the same address
        client.post("/faq/frage/versicherung/rueckmeldung/", {"helpful": "ja"})
    assert Vote.objects.count() == 20


def test_question_form_refuses_bad_input_and_keeps_double_submissions_once(client, faq):
    response = client.post(
        "/faq/frage-stellen/", {"question": "kurz", "email": "kein-at", "token": "t" * 32}
    )
    body = response.content.decode()
    assert 'id="id_question_error"' in body and 'id="id_email_error"' in body
    data = {"question": "Wie finde ich eine Chorleitung?", "email": "", "token": "t" * 32}
    client.post("/faq/frage-stellen/", data)
    client.post("/faq/frage-stellen/", data)
    assert SubmittedQuestion.objects.count() == 1


def test_editor_pages_are_for_editors_only(client, faq):
    assert client.get("/faq/redaktion/").status_code == 302
    client.force_login(UserFactory())
    assert client.get("/faq/redaktion/").status_code == 403
    client.force_login(EditorFactory())
    assert client.get("/faq/redaktion/").status_code == 200


def test_editor_turns_a_question_into_an_entry(client, faq, mail_after_commit):
    submitted = SubmittedQuestion.objects.create(
        question="Wie finde ich eine Chorleitung?", email="a@example.org", submission_token="q" * 32
    )
    client.force_login(EditorFactory())
    with mail_after_commit():
        response = client.post(
            f"/faq/redaktion/eingang/{submitted.pk}/",
            {
                "category": faq["oeffnung"].category_id,
                "question": "Wie finde ich eine Chorleitung?",
                "answer": "Fragen Sie bei der Musikschule.",
            },
        )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert mail_after_commit.outbox[0].to == ["a@example.org"]


def test_search_page_query_count_does_not_grow_with_results(client, faq):
    with CaptureQueriesContext(connection) as few:
        client.get("/faq/suche/", {"q": "Öffnung"})
    with CaptureQueriesContext(connection) as more:
        client.get("/faq/suche/", {"q": "interkulturelle"})
    assert len(few) == len(more) <= 3
    assert re.search(r"FROM \(\s*SELECT id, ts_rank", " ".join(q["sql"] for q in more))
