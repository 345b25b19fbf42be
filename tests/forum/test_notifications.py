import datetime

import pytest
from django.core import signing
from django.utils import timezone

from forum import actions, notifications
from forum.models import BoardSubscription, Membership, Post, TopicSubscription
from tests.factories import BoardFactory, MemberFactory, UserFactory, reply, start_topic

pytestmark = pytest.mark.django_db


def recipients(outbox) -> list[str]:
    return sorted(address for mail in outbox for address in mail.to)


def follow(user, topic):
    actions.set_topic_subscription(user=user, topic=topic, subscribed=True)


# --- one mail per post -----------------------------------------------------------------


def test_a_reply_mails_the_followers_who_want_each_post(mail_after_commit):
    author = MemberFactory()
    topic = start_topic(author=author, title="Räume für Sprachkurse")
    each = MemberFactory()
    daily = MemberFactory(membership__notify=Membership.Notify.DAILY)
    silent = MemberFactory(membership__notify=Membership.Notify.NONE)
    suspended = MemberFactory(
        membership__suspended_until=timezone.now() + datetime.timedelta(days=2)
    )
    inactive = MemberFactory(is_active=False)
    for person in (each, daily, silent, suspended, inactive):
        follow(person, topic)
    replier = MemberFactory()

    with mail_after_commit():
        reply(topic, author=replier, body="Fragt beim Stadtteilzentrum.")

    assert recipients(mail_after_commit.outbox) == sorted([author.email, each.email])
    mail = mail_after_commit.outbox[0]
    assert "Räume für Sprachkurse" in mail.subject
    assert "Fragt beim Stadtteilzentrum." in mail.body


def test_a_suspension_that_has_ended_does_not_stop_mail(mail_after_commit):
    topic = start_topic()
    formerly = MemberFactory(
        membership__suspended_until=timezone.now() - datetime.timedelta(days=1)
    )
    follow(formerly, topic)
    with mail_after_commit():
        reply(topic)
    assert formerly.email in recipients(mail_after_commit.outbox)


@pytest.mark.parametrize("status", [Membership.Status.APPLIED, Membership.Status.DECLINED])
def test_people_who_are_not_members_get_no_mail_from_old_subscriptions(status, mail_after_commit):
    author = MemberFactory()
    topic = start_topic(author=author)
    former = UserFactory()
    Membership.objects.create(
        user=former, status=status, organisation="Verein", role="Mitglied", motivation="…"
    )
    TopicSubscription.objects.create(user=former, topic=topic)
    BoardSubscription.objects.create(user=former, board=topic.board)
    with mail_after_commit():
        reply(topic)
    assert recipients(mail_after_commit.outbox) == [author.email]


def test_board_followers_hear_of_new_topics_in_their_board_only(mail_after_commit):
    board, other_board = BoardFactory(), BoardFactory()
    follower, other_follower = MemberFactory(), MemberFactory()
    actions.set_board_subscription(user=follower, board=board, subscribed=True)
    actions.set_board_subscription(user=other_follower, board=other_board, subscribed=True)
    author = MemberFactory()
    with mail_after_commit():
        start_topic(board=board, author=author, title="Neue Förderrunde", body="Ab März.")
    assert recipients(mail_after_commit.outbox) == [follower.email]
    assert "Neue Förderrunde" in mail_after_commit.outbox[0].subject


def test_following_a_topic_and_its_board_gives_one_mail(mail_after_commit):
    topic = start_topic()
    member = MemberFactory()
    follow(member, topic)
    actions.set_board_subscription(user=member, board=topic.board, subscribed=True)
    with mail_after_commit():
        reply(topic)
    assert recipients(mail_after_commit.outbox).count(member.email) == 1


def test_the_mail_can_be_unsubscribed_in_one_click(mail_after_commit):
    topic = start_topic()
    follower = MemberFactory()
    follow(follower, topic)
    with mail_after_commit():
        reply(topic, author=MemberFactory())
    (mail,) = [mail for mail in mail_after_commit.outbox if mail.to == [follower.email]]
    header = mail.extra_headers["List-Unsubscribe"]
    assert header.startswith("<") and header.endswith(">")
    link = header[1:-1]
    assert link in mail.body
    assert mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = link.rstrip("/").rsplit("/", 1)[-1]
    assert notifications.read_unsubscribe_token(token) == (follower.pk, "topic", topic.pk)

    notifications.unsubscribe(token)
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        reply(topic, author=MemberFactory())
    assert follower.email not in recipients(mail_after_commit.outbox)


def test_one_click_unsubscribe_stops_the_mail_for_a_board_follower(mail_after_commit):
    topic = start_topic()
    follower = MemberFactory()
    actions.set_board_subscription(user=follower, board=topic.board, subscribed=True)
    with mail_after_commit():
        reply(topic)
    (mail,) = [mail for mail in mail_after_commit.outbox if mail.to == [follower.email]]
    token = mail.extra_headers["List-Unsubscribe"][1:-1].rstrip("/").rsplit("/", 1)[-1]
    notifications.unsubscribe(token)
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        reply(topic)
    assert follower.email not in recipients(mail_after_commit.outbox)


@pytest.mark.parametrize("change", ["hide", "withdraw", None])
def test_a_post_taken_down_before_the_mail_goes_out_is_not_mailed(
    change, moderator, mail_after_commit
):
    topic = start_topic()
    post = reply(topic)  # the test transaction never commits: no mail is sent yet
    if change == "hide":
        actions.hide_post(post=post, moderator=moderator)
    elif change == "withdraw":
        actions.withdraw_post(post=post)
    with mail_after_commit():
        sent = notifications.send_post_notifications(post.pk)
    expected = [] if change else [topic.author.email]
    assert recipients(mail_after_commit.outbox) == expected
    assert sent == len(expected)


# --- unsubscribe tokens ----------------------------------------------------------------


def test_unsubscribe_tokens_cannot_be_forged():
    member = MemberFactory()
    token = notifications.unsubscribe_token(member, "board", 7)
    assert notifications.read_unsubscribe_token(token) == (member.pk, "board", 7)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert notifications.read_unsubscribe_token(tampered) is None
    assert notifications.read_unsubscribe_token("kein-token") is None
    assert notifications.read_unsubscribe_token("") is None
    other_salt = signing.dumps([member.pk, "all", 0], salt="something-else")
    assert notifications.read_unsubscribe_token(other_salt) is None
    wrong_kind = signing.dumps([member.pk, "everything", 0], salt=notifications.UNSUBSCRIBE_SALT)
    assert notifications.read_unsubscribe_token(wrong_kind) is None
    wrong_shape = signing.dumps({"user": member.pk}, salt=notifications.UNSUBSCRIBE_SALT)
    assert notifications.read_unsubscribe_token(wrong_shape) is None
    assert notifications.unsubscribe(tampered) is None


def test_unsubscribing_from_a_topic_a_board_and_everything():
    member = MemberFactory()
    topic = start_topic()
    other_topic = start_topic(board=topic.board)
    follow(member, topic)
    follow(member, other_topic)
    actions.set_board_subscription(user=member, board=topic.board, subscribed=True)

    kind, target = notifications.unsubscribe(
        notifications.unsubscribe_token(member, "topic", topic.pk)
    )
    assert (kind, target) == ("topic", topic)
    assert list(member.forum_topic_subscriptions.values_list("topic", flat=True)) == [
        other_topic.pk
    ]

    token = notifications.unsubscribe_token(member, "board", topic.board_id)
    assert notifications.unsubscribe(token) == ("board", topic.board)
    assert not member.forum_board_subscriptions.exists()

    assert notifications.unsubscribe(notifications.unsubscribe_token(member, "all")) == (
        "all",
        None,
    )
    assert Membership.objects.get(user=member).notify == Membership.Notify.NONE


def test_unsubscribing_someone_else_needs_their_token():
    member, other = MemberFactory(), MemberFactory()
    topic = start_topic()
    follow(member, topic)
    follow(other, topic)
    notifications.unsubscribe(notifications.unsubscribe_token(other, "topic", topic.pk))
    assert TopicSubscription.objects.filter(user=member, topic=topic).exists()
    assert not TopicSubscription.objects.filter(user=other, topic=topic).exists()


# --- daily digest ----------------------------------------------------------------------


def test_the_daily_digest_comes_once_with_the_new_posts(mail_after_commit):
    reader = MemberFactory(membership__notify=Membership.Notify.DAILY)
    each = MemberFactory()
    followed = start_topic(title="Gemeinsam kochen")
    unfollowed = start_topic(title="Nicht gefolgt")
    follow(reader, followed)
    follow(each, followed)
    reply(followed, body="Wir kochen jeden Freitag.")
    reply(followed, body="Bei uns mittwochs.")
    reply(unfollowed, body="Davon soll nichts im Digest stehen.")
    reply(followed, author=reader, body="Meinen eigenen Beitrag kenne ich.")

    with mail_after_commit():
        sent = notifications.send_daily_digests(now=timezone.now())

    assert sent == 1
    (mail,) = mail_after_commit.outbox
    assert mail.to == [reader.email]
    assert "Gemeinsam kochen" in mail.body
    assert "Wir kochen jeden Freitag." in mail.body and "Bei uns mittwochs." in mail.body
    assert "Nicht gefolgt" not in mail.body and "Davon soll nichts" not in mail.body
    assert "Meinen eigenen Beitrag" not in mail.body
    assert mail.extra_headers["List-Unsubscribe"].startswith("<")

    mail_after_commit.outbox.clear()
    with mail_after_commit():
        again = notifications.send_daily_digests(now=timezone.now() + datetime.timedelta(minutes=1))
    assert again == 0
    assert mail_after_commit.outbox == []


def test_the_next_digest_has_only_what_came_after_the_last(mail_after_commit):
    reader = MemberFactory(membership__notify=Membership.Notify.DAILY)
    topic = start_topic()
    follow(reader, topic)
    reply(topic, body="Gestern geschrieben.")
    notifications.send_daily_digests(now=timezone.now())
    reply(topic, body="Heute geschrieben.")
    with mail_after_commit():
        notifications.send_daily_digests(now=timezone.now())
    (mail,) = mail_after_commit.outbox
    assert "Heute geschrieben." in mail.body
    assert "Gestern geschrieben." not in mail.body


def test_suspended_members_get_no_digest(mail_after_commit):
    suspended = MemberFactory(
        membership__notify=Membership.Notify.DAILY,
        membership__suspended_until=timezone.now() + datetime.timedelta(days=1),
    )
    topic = start_topic()
    follow(suspended, topic)
    reply(topic, body="Neu, aber nicht für gesperrte Mitglieder.")
    with mail_after_commit():
        sent = notifications.send_daily_digests(now=timezone.now())
    assert sent == 0
    assert mail_after_commit.outbox == []


def test_the_digest_leaves_out_posts_taken_down_in_the_meantime(moderator, mail_after_commit):
    topic = start_topic()
    reader = MemberFactory(membership__notify=Membership.Notify.DAILY)
    follow(reader, topic)
    actions.hide_post(post=reply(topic, body="Ausgeblendet."), moderator=moderator)
    actions.withdraw_post(post=reply(topic, body="Zurückgezogen."))
    with mail_after_commit():
        sent = notifications.send_daily_digests(now=timezone.now())
    assert sent == 0
    assert mail_after_commit.outbox == []


def test_switching_to_the_digest_does_not_resend_old_posts(mail_after_commit):
    weeks_ago = timezone.now() - datetime.timedelta(days=21)
    reader = MemberFactory(membership__decided_at=weeks_ago - datetime.timedelta(days=1))
    topic = start_topic()
    follow(reader, topic)
    old = reply(topic, body="Vor drei Wochen geschrieben und schon gemailt.")
    Post.objects.filter(topic=topic).update(created_at=weeks_ago)
    actions.set_notification_mode(user=reader, mode=Membership.Notify.DAILY)
    reply(topic, body="Nach dem Umstellen geschrieben.")
    with mail_after_commit():
        notifications.send_daily_digests(now=timezone.now())
    (mail,) = mail_after_commit.outbox
    assert "Nach dem Umstellen geschrieben." in mail.body
    assert old.body not in mail.body
