import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from forum import notifications
from forum.models import Membership, ModerationLogEntry, Post, Report, Topic, TopicSubscription
from portal.markdown import render_markdown
from tests import factories


def bulk_posts(topic, count: int, author) -> None:
    """Add ``count`` replies at once, with the counters the actions would keep."""
    start = topic.post_count
    now = timezone.now()
    Post.objects.bulk_create(
        Post(
            topic=topic,
            number=start + index,
            author=author,
            body=f"Antwort {index}",
            body_html=render_markdown(f"Antwort {index}"),
            created_at=now + datetime.timedelta(seconds=index),
        )
        for index in range(1, count + 1)
    )
    last = topic.posts.order_by("-number").first()
    Topic.objects.filter(pk=topic.pk).update(
        post_count=start + count, last_post=last, last_activity_at=last.created_at
    )
    topic.refresh_from_db()


def queries_for(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize("page", ["", "?seite=letzte"])
def test_topic_page_costs_the_same_for_10_and_1000_posts(page, client, member, board):
    small = factories.start_topic(board=board, author=member, title="Kleines Thema")
    large = factories.start_topic(board=board, author=member, title="Großes Thema")
    bulk_posts(small, 9, member)
    bulk_posts(large, 999, member)
    client.force_login(member)
    client.get(reverse("forum:index"))  # the session and its first writes
    small_queries = queries_for(client, small.get_absolute_url() + page)
    large_queries = queries_for(client, large.get_absolute_url() + page)
    assert len(small_queries) == len(large_queries)
    assert len(large_queries) <= 12
    assert not [sql for sql in large_queries if "COUNT(" in sql.upper()]


def test_topic_list_costs_the_same_for_10_and_1000_posts(client, member, board):
    other_board = factories.BoardFactory()
    for number in range(3):
        factories.start_topic(board=board, author=member, title=f"Thema Nummer {number}")
        factories.start_topic(board=other_board, author=member, title=f"Thema Nummer {number}")
    bulk_posts(board.topics.first(), 7, member)
    bulk_posts(other_board.topics.first(), 997, member)
    client.force_login(member)
    client.get(reverse("forum:index"))
    small = queries_for(client, board.get_absolute_url())
    large = queries_for(client, other_board.get_absolute_url())
    assert len(small) == len(large) <= 10
    assert not [sql for sql in large if "COUNT(" in sql.upper()]
    assert len(queries_for(client, reverse("forum:index"))) <= 6


def test_topic_page_marks_new_posts_and_remembers_the_visit(client, member, other_member, board):
    topic = factories.start_topic(board=board, author=other_member, title="Sprachcafé")
    factories.reply(topic, author=other_member, body="Erste Antwort")
    client.force_login(member)
    page = client.get(topic.get_absolute_url()).content.decode()
    assert page.count("Neu seit Ihrem letzten Besuch") == 2
    factories.reply(topic, author=other_member, body="Noch eine Antwort")
    listing = client.get(board.get_absolute_url()).content.decode()
    assert "?ab=3#beitrag-3" in listing
    page = client.get(topic.get_absolute_url()).content.decode()
    assert page.count('class="post post--new"') == 1


def test_start_topic_with_preview_then_publish(client, member, board):
    client.force_login(member)
    url = reverse("forum:topic-create", kwargs={"slug": board.slug})
    form = {
        "title": "Fördermittel für Chöre",
        "body": "**Wer** kennt Programme?",
        "token": "t" * 20,
    }
    preview = client.post(url, {**form, "preview": "1"})
    assert preview.status_code == 200
    assert "<strong>Wer</strong>" in preview.content.decode()
    assert not Topic.objects.exists()
    response = client.post(url, form)
    topic = Topic.objects.get()
    assert response.status_code == 302 and response["Location"] == topic.get_absolute_url()
    again = client.post(url, form)  # the same form sent twice
    assert again["Location"] == topic.get_absolute_url()
    assert Topic.objects.count() == 1 and Post.objects.count() == 1


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"title": "", "body": "Text"}, "Bitte geben Sie Ihrem Thema einen Titel."),
        (
            {"title": "Ein Titel", "body": ""},
            "Bitte schreiben Sie etwas, bevor Sie den Beitrag senden.",
        ),
        ({"title": "x" * 151, "body": "Text"}, "150"),
        ({"title": "Ein Titel", "body": "x" * 20001}, "20000"),
        ({"title": "Ein Titel", "body": "Text", "token": "kurz"}, ""),
    ],
)
def test_bad_topics_are_refused_with_a_message(form, message, client, member, board):
    client.force_login(member)
    response = client.post(
        reverse("forum:topic-create", kwargs={"slug": board.slug}), {"token": "t" * 20, **form}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Topic.objects.exists()


def test_hostile_html_is_shown_as_text(client, member, board):
    client.force_login(member)
    client.post(
        reverse("forum:topic-create", kwargs={"slug": board.slug}),
        {
            "title": "<script>alert(1)</script> Titel",
            "body": "<img src=x onerror=alert(1)> [klick](javascript:alert(1))",
            "token": "t" * 20,
        },
    )
    page = client.get(Topic.objects.get().get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "onerror=alert" not in page.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert 'href="javascript:' not in page


def test_posting_too_soon_tells_when_again(client, member, board, settings):
    settings.FORUM_POST_INTERVAL = 120
    topic = factories.start_topic(board=board, author=member)
    client.force_login(member)
    url = reverse("forum:post-create", kwargs={"pk": topic.pk})
    page = client.get(url).content.decode()
    assert "Ihren nächsten Beitrag können Sie ab" in page
    response = client.post(url, {"body": "Noch etwas", "token": "r" * 20})
    assert response.status_code == 200
    assert "Sie schreiben sehr schnell hintereinander" in response.content.decode()
    assert topic.posts.count() == 1


def test_new_members_first_posts_are_limited_to_two_links(client, member, board):
    client.force_login(member)
    body = "Siehe [a](https://a.example) [b](https://b.example) [c](https://c.example)"
    response = client.post(
        reverse("forum:topic-create", kwargs={"slug": board.slug}),
        {"title": "Viele Links", "body": body, "token": "t" * 20},
    )
    assert "höchstens 2 Links" in response.content.decode()
    assert not Topic.objects.exists()


def test_quote_prefills_the_reply(client, member, other_member, board):
    topic = factories.start_topic(board=board, author=other_member, body="Zeile eins\nZeile zwei")
    client.force_login(member)
    first = topic.posts.get()
    page = client.get(
        reverse("forum:post-create", kwargs={"pk": topic.pk}) + f"?zitat={first.pk}"
    ).content.decode()
    assert "&gt; Zeile eins\n&gt; Zeile zwei" in page
    assert "Ben Probe schrieb:" in page
    # A post of another topic is not quoted.
    elsewhere = factories.start_topic(board=board, author=other_member, body="Geheim anderswo")
    page = client.get(
        reverse("forum:post-create", kwargs={"pk": topic.pk}) + f"?zitat={elsewhere.posts.get().pk}"
    ).content.decode()
    assert "Geheim anderswo" not in page


def test_reply_edit_and_withdraw_own_post(client, member, moderator, board):
    topic = factories.start_topic(board=board, author=member, body="Erste Fassung")
    post = topic.posts.get()
    client.force_login(member)
    client.post(reverse("forum:post-edit", kwargs={"pk": post.pk}), {"body": "Zweite Fassung"})
    post.refresh_from_db()
    assert post.body == "Zweite Fassung" and post.edited_at
    client.get(reverse("forum:post-withdraw", kwargs={"pk": post.pk}))  # asks first
    post.refresh_from_db()
    assert post.withdrawn_at is None
    client.post(reverse("forum:post-withdraw", kwargs={"pk": post.pk}))
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "Zweite Fassung" not in page and "zurückgezogen" in page
    client.force_login(moderator)
    history = client.get(reverse("forum:post-history", kwargs={"pk": post.pk})).content.decode()
    assert "Erste Fassung" in history and "Zweite Fassung" in history


def test_report_and_hide(client, member, other_member, moderator, board):
    topic = factories.start_topic(board=board, author=other_member, body="Kauft bei mir!")
    post = topic.posts.get()
    client.force_login(member)
    empty = client.post(reverse("forum:post-report", kwargs={"pk": post.pk}), {"reason": ""})
    assert "Bitte schreiben Sie der Moderation, warum" in empty.content.decode()
    client.post(reverse("forum:post-report", kwargs={"pk": post.pk}), {"reason": "Werbung"})
    assert Report.objects.get().status == Report.Status.OPEN
    client.force_login(moderator)
    queue = client.get(reverse("forum:moderation")).content.decode()
    assert "Werbung" in queue and "Kauft bei mir!" in queue
    response = client.post(
        reverse("forum:post-hide", kwargs={"pk": post.pk}),
        {"next": "https://evil.example/"},
    )
    assert response["Location"] == post.get_absolute_url()
    assert Report.objects.get().status == Report.Status.ACTED
    client.force_login(member)
    page = client.get(topic.get_absolute_url()).content.decode()
    assert "Kauft bei mir!" not in page and "von der Moderation ausgeblendet" in page


def test_topic_moderation_rejects_unknown_actions(client, moderator, member, board):
    topic = factories.start_topic(board=board, author=member)
    client.force_login(moderator)
    client.post(reverse("forum:topic-moderate", kwargs={"pk": topic.pk}), {"action": "delete"})
    assert not ModerationLogEntry.objects.exists()
    client.post(reverse("forum:topic-moderate", kwargs={"pk": topic.pk}), {"action": "lock"})
    topic.refresh_from_db()
    assert topic.is_locked
    client.force_login(member)
    response = client.post(
        reverse("forum:post-create", kwargs={"pk": topic.pk}), {"body": "Doch", "token": "z" * 20}
    )
    assert response.status_code == 302 and topic.posts.count() == 1


def test_application_is_decided_by_a_moderator(client, user, moderator, mail_after_commit):
    client.force_login(user)
    short = client.post(
        reverse("forum:apply"), {"organisation": "Verein", "role": "Ehrenamt", "motivation": "Hi"}
    )
    assert "etwas mehr" in short.content.decode()
    assert not Membership.objects.exists()
    with mail_after_commit():
        client.post(
            reverse("forum:apply"),
            {
                "organisation": "Chor der Kulturen",
                "role": "Leitung",
                "motivation": "Wir suchen Austausch mit anderen Chören.",
            },
        )
    membership = Membership.objects.get(user=user)
    assert [mail.to for mail in mail_after_commit.outbox] == [[moderator.email]]
    assert "Sie haben sich am" in client.get(reverse("forum:apply")).content.decode()
    client.force_login(moderator)
    url = reverse("forum:application-decide", kwargs={"pk": membership.pk})
    response = client.post(url, {"decision": "decline", "message": ""})
    assert "Bitte schreiben Sie, warum Sie ablehnen." in response.content.decode()
    with mail_after_commit():
        client.post(url, {"decision": "approve", "message": "Willkommen!"})
    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED
    assert "Willkommen!" in mail_after_commit.outbox[-1].body
    client.force_login(user)
    assert client.get(reverse("forum:index")).status_code == 200


def test_suspension_needs_a_future_day(client, moderator, member):
    client.force_login(moderator)
    membership = Membership.objects.get(user=member)
    url = reverse("forum:member-suspend", kwargs={"pk": membership.pk})
    response = client.post(url, {"until": "2001-01-01", "reason": "Ton"})
    assert "heute oder einen späteren Tag" in response.content.decode()
    response = client.post(url, {"until": "kein Datum", "reason": "Ton"})
    assert response.status_code == 200
    membership.refresh_from_db()
    assert membership.suspended_until is None


def test_unsubscribe_link_needs_a_click_and_no_login(client, member, board):
    topic = factories.start_topic(board=board, author=member)
    token = notifications.unsubscribe_token(member, "topic", topic.pk)
    url = reverse("forum:unsubscribe", kwargs={"token": token})
    assert client.get(url).status_code == 200
    assert TopicSubscription.objects.filter(user=member, topic=topic).exists()
    assert client.post(url).status_code == 200
    assert not TopicSubscription.objects.filter(user=member, topic=topic).exists()
    forged = reverse("forum:unsubscribe", kwargs={"token": token[:-3] + "abc"})
    assert client.post(forged).status_code == 400


def test_search_finds_word_stems_for_members_only(client, member, board):
    topic = factories.start_topic(
        board=board, author=member, title="Musikprojekte", body="Wir gründen einen Chor."
    )
    hidden = factories.reply(topic, author=member, body="Chöre brauchen Noten.")
    Post.objects.filter(pk=hidden.pk).update(is_hidden=True)
    client.force_login(member)
    page = client.get(reverse("forum:search") + "?q=Musik").content.decode()
    assert "Musikprojekte" in page
    page = client.get(reverse("forum:search") + "?q=gründen").content.decode()
    assert "Wir gründen einen Chor." in page
    page = client.get(reverse("forum:search") + "?q=Noten").content.decode()
    assert "Chöre brauchen Noten." not in page
    assert client.get(reverse("forum:search") + "?q=" + "x" * 5000).status_code == 200


@pytest.mark.parametrize(
    "query",
    ["?zitat=99999999999999999999999", "?ab=99999999999999999999999", "?nach=%00%ff", "?vor=x"],
)
def test_odd_parameters_and_ids_never_break_a_page(query, client, member, board):
    topic = factories.start_topic(board=board, author=member)
    client.force_login(member)
    for url in (topic.get_absolute_url(), reverse("forum:post-create", kwargs={"pk": topic.pk})):
        assert client.get(url + query).status_code == 200
    assert client.get("/forum/thema/99999999999999999999999/").status_code == 404
    assert client.get("/forum/beitrag/99999999999999999999999/").status_code == 404
    assert client.get("/forum/abbestellen/%00/").status_code == 400
