import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from faq import actions
from faq.models import Category, Entry, FailedSearch, SubmittedQuestion, Vote, Word
from tests.factories import EditorFactory

pytestmark = pytest.mark.django_db


def test_one_vote_per_visitor_and_entry_with_counters(faq):
    entry = faq["versicherung"]
    actions.vote(entry=entry, voter="a" * 64, helpful=True)
    actions.vote(entry=entry, voter="b" * 64, helpful=False, comment="Mir fehlt die Unfallkasse.")
    with pytest.raises(actions.AlreadyVoted):
        actions.vote(entry=entry, voter="a" * 64, helpful=False)
    entry.refresh_from_db()
    assert (entry.helpful_yes, entry.helpful_no) == (1, 1)
    assert Vote.objects.filter(entry=entry).count() == 2


def test_failed_searches_are_counted_without_personal_data(faq):
    for _ in range(3):
        actions.record_failed_search(query="  Kita   Plätze ")
    failed = FailedSearch.objects.get()
    assert (failed.query, failed.count) == ("kita plätze", 3)
    assert [field.name for field in FailedSearch._meta.fields] == [
        "id",
        "query",
        "count",
        "last_searched_at",
    ]


def test_a_question_sent_twice_is_kept_once_and_editors_are_mailed(faq, mail_after_commit):
    EditorFactory(email="redaktion@example.org")
    with mail_after_commit():
        first = actions.submit_question(
            question="Brauchen wir eine GEMA-Anmeldung?", email="", token="t" * 32
        )
        second = actions.submit_question(
            question="Brauchen wir eine GEMA-Anmeldung?", email="", token="t" * 32
        )
    assert first.pk == second.pk
    assert SubmittedQuestion.objects.count() == 1
    assert [mail.to for mail in mail_after_commit.outbox] == [["redaktion@example.org"]]


def test_answering_publishes_an_entry_mails_the_asker_and_forgets_the_address(
    faq, mail_after_commit
):
    editor = EditorFactory()
    submitted = actions.submit_question(
        question="Brauchen wir eine GEMA-Anmeldung?", email="fragende@example.org", token="x" * 32
    )
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        entry = actions.answer_question(
            submitted=submitted,
            editor=editor,
            category=Category.objects.get(slug="finanzierung"),
            question="Brauche ich für ein Konzert eine GEMA-Anmeldung?",
            answer="Ja, öffentliche Aufführungen müssen angemeldet werden.",
        )
    submitted.refresh_from_db()
    assert entry.is_published and submitted.status == "answered" and submitted.email == ""
    (mail,) = mail_after_commit.outbox
    assert mail.to == ["fragende@example.org"]
    assert entry.get_absolute_url() in mail.body
    assert Category.objects.get(slug="finanzierung").entry_count == 3
    assert Word.objects.filter(word="konzert").exists()
    with pytest.raises(actions.FaqActionError):
        actions.answer_question(
            submitted=submitted, editor=editor, category=entry.category, question="x", answer="y"
        )


def test_category_counts_cover_only_published_entries(faq):
    Entry.objects.filter(slug="schule").update(is_published=False)
    actions.refresh_category_counts()
    assert Category.objects.get(slug="vernetzung").entry_count == 2


def test_counting_all_categories_is_one_statement(faq):
    with CaptureQueriesContext(connection) as queries:
        actions.refresh_category_counts()
    assert len(queries) == 1
