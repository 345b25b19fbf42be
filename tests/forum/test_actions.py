import datetime
import threading

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from django.utils import timezone

from forum import actions, permissions
from forum.models import (
    Board,
    Membership,
    ModerationLogEntry,
    Post,
    PostRevision,
    ReadState,
    Report,
    Topic,
    TopicSubscription,
)
from portal.models import User
from tests.factories import (
    BoardFactory,
    MemberFactory,
    ModeratorFactory,
    reply,
    start_topic,
)

pytestmark = pytest.mark.django_db

THREE_LINKS = (
    "Siehe [eins](https://eins.example), [zwei](https://zwei.example) "
    "und [drei](https://drei.example)."
)
TWO_LINKS = "Siehe [eins](https://eins.example) und [zwei](https://zwei.example)."


def fresh(user: User) -> User:
    """The user as the next request loads it, without the permission caches of this one."""
    return User.objects.get(pk=user.pk)


def apply(user: User) -> Membership:
    return actions.apply_for_membership(
        user=user,
        organisation="Sprachcafé Nordstadt e. V.",
        role="Vorstand",
        motivation="Wir suchen Austausch mit anderen Sprachcafés.",
    )


# --- membership ------------------------------------------------------------------------


def test_applying_records_an_application_and_mails_the_moderators(user, mail_after_commit):
    moderator = ModeratorFactory()
    with mail_after_commit():
        membership = apply(user)
    assert membership.status == Membership.Status.APPLIED
    assert membership.organisation == "Sprachcafé Nordstadt e. V."
    (mail,) = mail_after_commit.outbox
    assert mail.to == [moderator.email]
    assert reverse("forum:application-decide", args=[membership.pk]) in mail.body
    assert not permissions.is_member(fresh(user))


def test_a_declined_applicant_can_apply_again(user, moderator, mail_after_commit):
    membership = apply(user)
    actions.decline_membership(membership=membership, moderator=moderator, message="Bitte mehr.")
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        again = actions.apply_for_membership(
            user=user, organisation="Neuer Verein", role="Leitung", motivation="Jetzt genauer."
        )
    assert again.pk == membership.pk
    assert again.status == Membership.Status.APPLIED
    assert (again.organisation, again.decided_by, again.decision_message) == (
        "Neuer Verein",
        None,
        "",
    )
    assert [mail.to for mail in mail_after_commit.outbox] == [[moderator.email]]


def test_a_member_cannot_apply_again(moderator):
    member = MemberFactory()
    with pytest.raises(actions.ForumActionError):
        apply(member)


def test_approving_makes_a_member_logs_it_and_welcomes_them(user, moderator, mail_after_commit):
    membership = apply(user)
    mail_after_commit.outbox.clear()
    with mail_after_commit():
        decided = actions.approve_membership(membership=membership, moderator=moderator)
    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED
    assert membership.decided_by == moderator and membership.decided_at is not None
    assert decided.pk == membership.pk
    entry = ModerationLogEntry.objects.get()
    assert (entry.action, entry.moderator, entry.member) == ("approve", moderator, user)
    (mail,) = mail_after_commit.outbox
    assert mail.to == [user.email]
    assert "forum" in mail.subject.lower()
    assert django_settings.SITE_URL + reverse("forum:index") in mail.body
    assert permissions.is_member(fresh(user))


def test_declining_logs_it_and_sends_the_message(user, moderator, mail_after_commit):
    membership = apply(user)
    mail_after_commit.outbox.clear()
    message = "Bitte beschreiben Sie Ihr Projekt genauer."
    with mail_after_commit():
        actions.decline_membership(membership=membership, moderator=moderator, message=message)
    membership.refresh_from_db()
    assert membership.status == Membership.Status.DECLINED
    assert membership.decided_by == moderator
    assert membership.decision_message == message
    entry = ModerationLogEntry.objects.get()
    assert (entry.action, entry.member, entry.note) == ("decline", user, message)
    (mail,) = mail_after_commit.outbox
    assert mail.to == [user.email]
    assert message in mail.body
    assert reverse("forum:index") not in mail.body
    assert not permissions.is_member(fresh(user))


@pytest.mark.parametrize("first", ["approve", "decline"])
@pytest.mark.parametrize("second", ["approve", "decline"])
def test_an_application_is_decided_only_once(user, moderator, first, second):
    decide = {"approve": actions.approve_membership, "decline": actions.decline_membership}
    membership = apply(user)
    decide[first](membership=membership, moderator=moderator, message="Erste Entscheidung")
    with pytest.raises(actions.ForumActionError):
        decide[second](membership=membership, moderator=moderator, message="Zweite")
    membership.refresh_from_db()
    assert membership.decision_message == "Erste Entscheidung"
    assert ModerationLogEntry.objects.count() == 1


def test_a_suspended_member_reads_but_cannot_write_and_is_told_why(moderator, mail_after_commit):
    member = MemberFactory()
    until = timezone.now() + datetime.timedelta(days=7)
    with mail_after_commit():
        actions.suspend_member(
            membership=member.forum_membership,
            moderator=moderator,
            until=until,
            reason="Wiederholt beleidigende Beiträge.",
        )
    (mail,) = mail_after_commit.outbox
    assert mail.to == [member.email]
    assert "Wiederholt beleidigende Beiträge." in mail.body
    assert ModerationLogEntry.objects.get().action == "suspend"
    member = fresh(member)
    assert permissions.can_read_forum(member)
    assert not permissions.can_write(member)


def test_lifting_a_suspension_lets_the_member_write_again(moderator, mail_after_commit):
    member = MemberFactory(
        membership__suspended_until=timezone.now() + datetime.timedelta(days=3),
        membership__suspension_reason="Spam",
    )
    assert not permissions.can_write(fresh(member))
    with mail_after_commit():
        actions.lift_suspension(membership=member.forum_membership, moderator=moderator)
    assert permissions.can_write(fresh(member))
    assert [mail.to for mail in mail_after_commit.outbox] == [[member.email]]
    assert list(ModerationLogEntry.objects.values_list("action", flat=True)) == ["unsuspend"]


def test_a_suspension_in_the_past_no_longer_counts():
    member = MemberFactory(membership__suspended_until=timezone.now() - datetime.timedelta(hours=1))
    assert permissions.can_write(member)
    reply(start_topic(), author=member)


def test_only_members_can_be_suspended(user, moderator):
    membership = apply(user)
    with pytest.raises(actions.ForumActionError):
        actions.suspend_member(
            membership=membership,
            moderator=moderator,
            until=timezone.now() + datetime.timedelta(days=1),
            reason="Spam",
        )


# --- writing ---------------------------------------------------------------------------


def test_starting_a_topic_numbers_the_first_post_and_counts_it():
    board, author = BoardFactory(), MemberFactory()
    topic = start_topic(board=board, author=author, title="Ehrenamt", body="Hallo **alle**!")
    topic.refresh_from_db()
    board.refresh_from_db()
    post = topic.posts.get()
    assert post.number == 1
    assert "<strong>alle</strong>" in post.body_html
    assert (topic.post_count, topic.last_post, topic.last_activity_at) == (
        1,
        post,
        post.created_at,
    )
    assert (board.topic_count, board.post_count, board.last_topic) == (1, 1, topic)
    assert board.last_activity_at == post.created_at
    assert TopicSubscription.objects.filter(user=author, topic=topic).exists()
    assert ReadState.objects.get(user=author, topic=topic).last_read_number == 1


def test_replies_are_numbered_in_order_and_counted():
    board = BoardFactory()
    topic = start_topic(board=board)
    second_author, third_author = MemberFactory(), MemberFactory()
    second = reply(topic, author=second_author)
    third = reply(topic, author=third_author)
    assert (second.number, third.number) == (2, 3)
    topic.refresh_from_db()
    board.refresh_from_db()
    assert (topic.post_count, topic.last_post, topic.last_activity_at) == (
        3,
        third,
        third.created_at,
    )
    assert (board.topic_count, board.post_count, board.last_topic) == (1, 3, topic)
    assert set(topic.subscriptions.values_list("user", flat=True)) == {
        topic.author_id,
        second_author.pk,
        third_author.pk,
    }


def test_a_form_sent_twice_makes_one_topic_and_one_reply(mail_after_commit):
    board, author, replier = BoardFactory(), MemberFactory(), MemberFactory()
    first = actions.start_topic(board=board, author=author, title="T", body="A", token="t" * 32)
    again = actions.start_topic(board=board, author=author, title="T", body="A", token="t" * 32)
    assert again == first
    with mail_after_commit():
        answer = actions.reply_to_topic(topic=first, author=replier, body="B", token="r" * 32)
        repeated = actions.reply_to_topic(topic=first, author=replier, body="B", token="r" * 32)
    assert repeated == answer
    board.refresh_from_db()
    first.refresh_from_db()
    assert (board.topic_count, board.post_count, first.post_count) == (1, 2, 2)
    assert Topic.objects.count() == 1 and Post.objects.count() == 2
    assert [mail.to for mail in mail_after_commit.outbox] == [[author.email]]


def test_next_post_allowed_at_is_none_for_someone_who_never_wrote(settings):
    settings.FORUM_POST_INTERVAL = 60
    settings.FORUM_POSTS_PER_HOUR = 3
    assert actions.next_post_allowed_at(MemberFactory()) is None


def test_a_second_post_right_away_waits_for_the_pause(settings):
    settings.FORUM_POST_INTERVAL = 60
    author = MemberFactory()
    topic = start_topic(author=author)
    first = topic.posts.get()
    with pytest.raises(actions.PostingTooSoon) as refused:
        reply(topic, author=author)
    expected = first.created_at + datetime.timedelta(seconds=60)
    assert abs(refused.value.allowed_at - expected) < datetime.timedelta(seconds=1)
    assert topic.posts.count() == 1
    # Others are not held up, and the author may write once the pause is over.
    reply(topic, author=MemberFactory())
    later = first.created_at + datetime.timedelta(seconds=61)
    assert actions.next_post_allowed_at(author, now=later) is None


def test_the_fourth_post_in_an_hour_is_refused(settings):
    settings.FORUM_POSTS_PER_HOUR = 3
    author = MemberFactory()
    topic = start_topic(author=author)
    reply(topic, author=author)
    reply(topic, author=author)
    with pytest.raises(actions.PostingTooSoon) as refused:
        reply(topic, author=author)
    first = topic.posts.get(number=1)
    expected = first.created_at + datetime.timedelta(hours=1)
    assert abs(refused.value.allowed_at - expected) < datetime.timedelta(seconds=1)
    topic.refresh_from_db()
    assert topic.post_count == 3


def test_new_members_may_post_only_a_few_links():
    author = MemberFactory()
    with pytest.raises(actions.TooManyLinks):
        start_topic(author=author, body=THREE_LINKS)
    assert not Topic.objects.exists()
    topic = start_topic(author=author, body=TWO_LINKS)
    reply(topic, author=author)
    with pytest.raises(actions.TooManyLinks):
        reply(topic, author=author, body=THREE_LINKS)
    reply(topic, author=author)
    # After three posts the member is no longer new.
    post = reply(topic, author=author, body=THREE_LINKS)
    assert post.body_html.count("<a ") == 3


def test_a_locked_topic_takes_replies_only_from_moderators(moderator):
    topic = start_topic()
    actions.change_topic(topic=topic, moderator=moderator, action="lock")
    with pytest.raises(actions.TopicLocked):
        reply(topic, author=MemberFactory())
    post = reply(topic, author=moderator, body="Hier geschlossen.")
    assert post.number == 2


@pytest.mark.django_db(transaction=True)
def test_replies_at_the_same_moment_are_numbered_and_counted_once_each():
    board = BoardFactory()
    topic = start_topic(board=board)
    authors = [MemberFactory() for _ in range(8)]
    start = threading.Barrier(len(authors))
    errors = []

    def write(author):
        from django.db import connection

        try:
            start.wait()
            reply(Topic.objects.get(pk=topic.pk), author=author)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(author,)) for author in authors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    topic.refresh_from_db()
    board.refresh_from_db()
    numbers = sorted(topic.posts.values_list("number", flat=True))
    assert numbers == list(range(1, 10))
    assert topic.post_count == 9
    assert topic.last_post.number == 9
    assert (board.post_count, board.topic_count) == (9, 1)


def test_editing_keeps_the_earlier_text():
    topic = start_topic(body="Erste Fassung")
    post = topic.posts.get()
    edited = actions.edit_post(post=post, body="Zweite *Fassung*")
    post.refresh_from_db()
    assert post.body == "Zweite *Fassung*" and "<em>Fassung</em>" in post.body_html
    assert post.edited_at is not None and edited.edited_at == post.edited_at
    assert list(post.revisions.values_list("body", flat=True)) == ["Erste Fassung"]


def test_saving_the_same_text_is_no_edit():
    topic = start_topic(body="Unverändert")
    post = topic.posts.get()
    actions.edit_post(post=post, body="Unverändert")
    post.refresh_from_db()
    assert post.edited_at is None
    assert not PostRevision.objects.exists()


def test_a_withdrawn_post_is_no_longer_readable():
    topic = start_topic()
    post = reply(topic)
    actions.withdraw_post(post=post)
    post.refresh_from_db()
    assert post.withdrawn_at is not None
    assert list(Post.objects.readable()) == [topic.posts.get(number=1)]
    # The thread keeps its place: numbering and counters do not change.
    topic.refresh_from_db()
    assert topic.post_count == 2


# --- reading ---------------------------------------------------------------------------


def test_the_read_marker_only_moves_forward():
    topic = start_topic()
    reader = MemberFactory()
    actions.mark_read(user=reader, topic=topic, up_to=5)
    actions.mark_read(user=reader, topic=topic, up_to=3)
    assert ReadState.objects.get(user=reader, topic=topic).last_read_number == 5
    actions.mark_read(user=reader, topic=topic, up_to=7)
    assert ReadState.objects.filter(user=reader, topic=topic).count() == 1
    assert ReadState.objects.get(user=reader, topic=topic).last_read_number == 7


# --- reports and moderation ------------------------------------------------------------


def test_reporting_twice_makes_one_report_and_one_mail_without_the_text(
    moderator, mail_after_commit
):
    topic = start_topic(body="Ein sehr unfreundlicher Beitrag über Nachbarn.")
    post = topic.posts.get()
    reporter = MemberFactory()
    with mail_after_commit():
        first = actions.report_post(post=post, reporter=reporter, reason="Beleidigend")
        second = actions.report_post(post=post, reporter=reporter, reason="Immer noch")
    assert first == second
    report = Report.objects.get()
    assert (report.status, report.reason, report.reporter) == ("open", "Beleidigend", reporter)
    (mail,) = mail_after_commit.outbox
    assert mail.to == [moderator.email]
    assert "unfreundlicher" not in mail.body and "unfreundlicher" not in mail.subject


def test_hiding_a_post_closes_its_reports_and_is_logged(moderator):
    topic = start_topic()
    post = reply(topic)
    actions.report_post(post=post, reporter=MemberFactory(), reason="Spam")
    actions.report_post(post=post, reporter=MemberFactory(), reason="Werbung")
    actions.hide_post(post=post, moderator=moderator, note="Werbung")
    post.refresh_from_db()
    assert post.is_hidden
    assert post not in Post.objects.readable()
    assert set(Report.objects.values_list("status", "handled_by")) == {("acted", moderator.pk)}
    entry = ModerationLogEntry.objects.get()
    assert (entry.action, entry.post, entry.topic, entry.note) == ("hide", post, topic, "Werbung")

    actions.restore_post(post=post, moderator=moderator)
    post.refresh_from_db()
    assert not post.is_hidden and post in Post.objects.readable()
    assert ModerationLogEntry.objects.filter(action="restore", post=post).exists()


def test_dismissing_a_report_leaves_the_post_and_is_logged_once(moderator):
    post = reply(start_topic())
    report = actions.report_post(post=post, reporter=MemberFactory(), reason="Falsch?")
    actions.dismiss_report(report=report, moderator=moderator)
    actions.dismiss_report(report=report, moderator=moderator)
    report.refresh_from_db()
    post.refresh_from_db()
    assert (report.status, report.handled_by) == ("dismissed", moderator)
    assert post in Post.objects.readable()
    assert list(ModerationLogEntry.objects.values_list("action", flat=True)) == ["dismiss"]


@pytest.mark.parametrize(
    ("actions_taken", "locked", "pinned"),
    [
        (["lock"], True, False),
        (["lock", "unlock"], False, False),
        (["pin"], False, True),
        (["pin", "unpin", "lock"], True, False),
    ],
)
def test_locking_and_pinning_topics_is_logged(moderator, actions_taken, locked, pinned):
    topic = start_topic()
    for action in actions_taken:
        actions.change_topic(topic=topic, moderator=moderator, action=action)
    topic.refresh_from_db()
    assert (topic.is_locked, topic.is_pinned) == (locked, pinned)
    logged = ModerationLogEntry.objects.filter(topic=topic).order_by("id")
    assert list(logged.values_list("action", flat=True)) == actions_taken


def test_moving_a_topic_moves_its_counts_between_boards(moderator):
    source, target = BoardFactory(), BoardFactory()
    elsewhere = start_topic(board=target)
    staying = start_topic(board=source)
    moving = start_topic(board=source)
    reply(moving)
    reply(moving)

    moved = actions.move_topic(topic=moving, moderator=moderator, board=target)

    assert moved.board == target
    source.refresh_from_db()
    target.refresh_from_db()
    moving.refresh_from_db()
    assert moving.board == target
    assert (source.topic_count, source.post_count, source.last_topic) == (1, 1, staying)
    assert (target.topic_count, target.post_count, target.last_topic) == (2, 4, moving)
    assert elsewhere.board == target
    entry = ModerationLogEntry.objects.get()
    assert (entry.action, entry.topic) == ("move", moving)
    assert source.name in entry.note and target.name in entry.note


def test_moving_the_only_topic_leaves_an_empty_board(moderator):
    source, target = BoardFactory(), BoardFactory()
    topic = start_topic(board=source)
    actions.move_topic(topic=topic, moderator=moderator, board=target)
    source.refresh_from_db()
    assert (source.topic_count, source.post_count, source.last_topic) == (0, 0, None)
    assert Board.objects.get(pk=target.pk).last_topic == topic


def test_members_choose_how_they_get_mail():
    member = MemberFactory()
    actions.set_notification_mode(user=member, mode=Membership.Notify.DAILY)
    assert Membership.objects.get(user=member).notify == "daily"


def test_following_and_unfollowing_a_topic_and_a_board():
    member, topic = MemberFactory(), start_topic()
    actions.set_topic_subscription(user=member, topic=topic, subscribed=True)
    actions.set_topic_subscription(user=member, topic=topic, subscribed=True)
    assert member.forum_topic_subscriptions.count() == 1
    actions.set_topic_subscription(user=member, topic=topic, subscribed=False)
    assert not member.forum_topic_subscriptions.exists()
    actions.set_board_subscription(user=member, board=topic.board, subscribed=True)
    assert list(member.forum_board_subscriptions.values_list("board", flat=True)) == [
        topic.board_id
    ]
    actions.set_board_subscription(user=member, board=topic.board, subscribed=False)
    assert not member.forum_board_subscriptions.exists()
