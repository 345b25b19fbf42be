"""The one-click unsubscribe page names what the link stops."""

import pytest
from django.urls import reverse
from django.utils import translation

from forum import notifications
from tests import factories

pytestmark = pytest.mark.django_db


def unsubscribe_url(user, kind, target_id=0) -> str:
    token = notifications.unsubscribe_token(user, kind, target_id)
    with translation.override("de"):
        return reverse("forum:unsubscribe", kwargs={"token": token})


def test_the_page_names_the_topic_before_and_after_the_click(client, member, board):
    topic = factories.start_topic(board=board, author=member, title="Sprachcafé am Montag")
    url = unsubscribe_url(member, "topic", topic.pk)
    asked = client.get(url).content.decode()
    assert "zum Thema „Sprachcafé am Montag“" in asked
    done = client.post(url).content.decode()
    assert "zum Thema „Sprachcafé am Montag“" in done


def test_the_page_names_the_board(client, member, board):
    url = unsubscribe_url(member, "board", board.pk)
    assert "zum Bereich „Projektpraxis“" in client.get(url).content.decode()
    assert "zum Bereich „Projektpraxis“" in client.post(url).content.decode()


def test_the_page_says_when_all_forum_mail_stops(client, member):
    url = unsubscribe_url(member, "all")
    assert "alle E-Mails aus dem Forum" in client.get(url).content.decode()


def test_a_topic_deleted_since_the_mail_is_no_error(client, member):
    url = unsubscribe_url(member, "topic", 999999)
    response = client.get(url)
    assert response.status_code == 200
    assert client.post(url).status_code == 200


def test_a_title_cannot_bring_markup(client, member, board):
    topic = factories.start_topic(board=board, author=member, title="<b>Fett</b>")
    page = client.get(unsubscribe_url(member, "topic", topic.pk)).content.decode()
    assert "<b>Fett</b>" not in page
    assert "&lt;b&gt;Fett&lt;/b&gt;" in page
