"""'Meine Daten': the export of everything about a person, and deleting the account."""

from __future__ import annotations

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.usersessions.models import UserSession
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from faq.models import SubmittedQuestion, Vote
from faq.personal_data import voter_key
from forum import actions as forum_actions
from forum.models import (
    Board,
    BoardSubscription,
    Membership,
    ModerationLogEntry,
    Post,
    PostRevision,
    ReadState,
    Report,
    Topic,
    TopicSubscription,
)
from networks.models import JoinRequest, Network, Organisation
from portal import actions as portal_actions
from portal import personal_data
from portal.models import SecurityEvent
from projects.models import Project, ProjectRevision, ReviewDecision
from selfcheck.models import CheckResult, Questionnaire
from tests import factories
from tests.factories import make_network, make_organisation

User = get_user_model()


# --- helpers ------------------------------------------------------------------------------


def log_in(client: Client, user) -> None:
    """Log in through the real form, so that allauth records the session."""
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": factories.PASSWORD}
    )
    assert response.status_code == 302


def is_logged_in(client: Client) -> bool:
    return client.get(reverse("portal:profile")).status_code == 200


def delete_form(**overrides) -> dict:
    return {"password": factories.PASSWORD, "confirm": "on", **overrides}


def populate(user, *, faq_entry, moderator, batch: int = 1) -> dict:
    """Give ``user`` data in every app, the way the portal's own code would make it."""
    user.organisation = "Kulturbrücke e. V."
    user.region = factories.region("16053")
    user.save()
    EmailAddress.objects.create(
        user=user, email=f"zweit-{user.pk}-{batch}@example.org", verified=False
    )
    SecurityEvent.objects.create(
        user=user, kind=SecurityEvent.Kind.LOGGED_IN, ip_address="203.0.113.7"
    )
    LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Board),
        object_id="1",
        object_repr="Projektpraxis",
        action_flag=CHANGE,
        change_message="[]",
    )

    # Projects: a published portrait whose contact the user consented to, and a draft.
    published = factories.ProjectFactory(
        owner=user,
        name=f"Sprachcafé von {user.pk} ({batch})",
        contact_name="Mara Kontakt",
        contact_email="mara.kontakt@example.org",
        contact_phone="0361 555 01",
        contact_consent_at=timezone.now(),
        contact_consent_by=user,
        contact_consent_text="Die Kontaktperson ist einverstanden.",
        contact_consent_version="2026-11",
    )
    draft = factories.ProjectFactory(
        owner=user,
        name=f"Entwurf von {user.pk} ({batch})",
        status=Project.Status.DRAFT,
        published_at=None,
    )
    ProjectRevision.objects.create(
        project=published, author=user, data={"name": "Neuer Name des Sprachcafés"}
    )
    ReviewDecision.objects.create(project=draft, actor=user, decision="submitted")

    # FAQ: a question with the address in other case, a vote with a comment.
    SubmittedQuestion.objects.create(
        question="Wie versichern wir Ehrenamtliche?",
        email=user.email.upper(),
        submission_token=f"frage-{user.pk}-{batch}",
    )
    Vote.objects.create(
        entry=faq_entry, voter=voter_key(user), helpful=True, comment="Hat mir geholfen."
    )

    # Forum: a topic alone, a topic others answered, a reply, an edit, a report.
    factories.make_member(user)
    other = factories.MemberFactory(display_name="Ben Probe")
    board = factories.BoardFactory()
    alone = factories.start_topic(
        board=board, author=user, title="Nur ich schreibe hier", body="Niemand antwortet."
    )
    answered = factories.start_topic(
        board=board, author=user, title="Wer hat Erfahrung?", body="Erste Frage von mir."
    )
    factories.reply(answered, author=other, body="Antwort von Ben.")
    foreign = factories.start_topic(board=board, author=other, title="Bens Thema", body="Hallo")
    reply = factories.reply(foreign, author=user, body="Mein geheimer Beitrag zum Thema.")
    forum_actions.edit_post(post=reply, body="Mein geänderter Beitrag zum Thema.")
    forum_actions.set_board_subscription(user=user, board=board, subscribed=True)
    forum_actions.report_post(post=foreign.posts.get(number=1), reporter=user, reason="Werbung?")
    ModerationLogEntry.objects.create(
        action=ModerationLogEntry.Action.SUSPEND, moderator=moderator, member=user, note="Ton"
    )

    # Networks and the Selbstcheck.
    organisation = make_organisation(f"Verein {user.pk} {batch}")
    organisation.owners.add(user)
    network = make_network(f"Netzwerk {user.pk} {batch}")
    network.coordinators.add(user)
    JoinRequest.objects.create(
        network=network, organisation=organisation, requested_by=user, message="Wir möchten mit."
    )
    questionnaire, _created = Questionnaire.objects.get_or_create(
        slug="netzwerk-check", defaults={"title": "Netzwerk-Check"}
    )
    CheckResult.objects.create(
        questionnaire=questionnaire, user=user, answers={"1": 2}, scores=[], note="Unser Stand"
    )
    return {
        "published": published,
        "draft": draft,
        "board": board,
        "alone": alone,
        "answered": answered,
        "foreign": foreign,
        "reply": reply,
        "other": other,
        "organisation": organisation,
        "network": network,
    }


@pytest.fixture
def world(db, faq, moderator):
    user = factories.UserFactory(display_name="Aylin Beispiel")
    return {"user": user, **populate(user, faq_entry=faq["foerdermittel"], moderator=moderator)}


# --- every model is accounted for -----------------------------------------------------------


def models_referring_to_the_user() -> set[str]:
    """Every model with a relation to the user model, in either direction.

    Forward foreign keys, one-to-ones and many-to-manys, the auto-created tables behind
    many-to-manys, and the models on the other side of the user model's own
    many-to-manys (groups, permissions).
    """
    found = {User._meta.label}
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.get_fields(include_hidden=True):
            # Forward fields only: a reverse one means the user refers to the model.
            if field.is_relation and not field.auto_created and field.related_model is User:
                found.add(model._meta.label)
    for field in User._meta.get_fields(include_hidden=True):
        if field.many_to_many and not field.auto_created:
            found.add(field.related_model._meta.label)
            found.add(field.remote_field.through._meta.label)
    return found


def test_every_model_that_refers_to_a_user_is_accounted_for_by_a_provider():
    missing = models_referring_to_the_user() - personal_data.accounted_models()
    assert not missing, (
        f"No app's personal_data module exports and erases {sorted(missing)}: "
        "add them to an app's personal_data.MODELS, with export and erase."
    )


def test_the_enumeration_sees_third_party_and_many_to_many_tables():
    found = models_referring_to_the_user()
    for label in [
        "account.EmailAddress",
        "mfa.Authenticator",
        "usersessions.UserSession",
        "admin.LogEntry",
        "portal.User_groups",
        "auth.Group",
        "networks.Organisation_owners",
        "networks.Network_coordinators",
        "forum.Post",
        "projects.Project",
    ]:
        assert label in found


def test_every_provider_has_the_same_interface():
    for provider in personal_data.providers():
        assert isinstance(provider.MODELS, frozenset)
        assert callable(provider.export)
        assert callable(provider.erase)
        assert provider.SECTIONS


def test_the_faq_voter_key_matches_the_one_votes_are_stored_under(rf, user):
    from faq.views import _visitor_key

    request = rf.get("/")
    request.user = user
    assert voter_key(user) == _visitor_key(request, create=False)


# --- export -------------------------------------------------------------------------------


def test_export_downloads_everything_about_the_person_as_json(client, world):
    user = world["user"]
    totp_secret = factories.activate_totp(user)
    recovery = RecoveryCodes.activate(user)
    client.force_login(user)
    session = UserSession.objects.create(
        user=user,
        ip="198.51.100.23",
        user_agent="Testbrowser/1.0",
        session_key=client.session.session_key,
    )

    response = client.get(reverse("portal:my-data-export"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="meine-daten-{today}.json"'
    assert response["Cache-Control"] == "private, no-store"
    raw = response.content.decode()
    data = json.loads(raw)

    assert set(data) == {"about", "portal", "projects", "faq", "forum", "networks", "selfcheck"}
    assert data["about"]["generated_at"]
    assert "forum.posts" in data["about"]["sections"]
    account = data["portal"]["account"]
    assert account["email"] == user.email
    assert account["organisation"] == "Kulturbrücke e. V."
    assert account["region"] == {"name": "Jena", "ags": "16053"}
    assert account["password"] == "set"
    assert {address["email"] for address in data["portal"]["email_addresses"]} == {
        user.email,
        f"zweit-{user.pk}-1@example.org",
    }
    assert {item["type"] for item in data["portal"]["two_factor"]} == {"totp", "recovery_codes"}
    assert data["portal"]["sessions"] == [
        {
            "ip_address": "198.51.100.23",
            "user_agent": "Testbrowser/1.0",
            "created_at": session.created_at.isoformat(),
            "last_seen_at": session.last_seen_at.isoformat(),
        }
    ]
    assert "203.0.113.7" in [event["ip_address"] for event in data["portal"]["security_log"]]
    assert data["portal"]["admin_log"][0]["object"] == "Projektpraxis"

    initiatives = {item["name"]: item for item in data["projects"]["initiatives"]}
    published = initiatives[world["published"].name]
    assert published["contact"]["name"] == "Mara Kontakt"
    assert published["contact_consent"]["version"] == "2026-11"
    assert published["contact_consent"]["recorded_by_you"] is True
    assert world["draft"].name in initiatives
    assert data["projects"]["proposed_changes"][0]["proposed_values"] == {
        "name": "Neuer Name des Sprachcafés"
    }
    assert data["projects"]["review_actions"][0]["decision"] == "submitted"
    assert data["projects"]["contact_consents"][0]["contact"]["email"] == (
        "mara.kontakt@example.org"
    )

    assert data["faq"]["questions"][0]["question"] == "Wie versichern wir Ehrenamtliche?"
    assert data["faq"]["votes"][0]["comment"] == "Hat mir geholfen."

    forum = data["forum"]
    assert forum["membership"]["status"] == "approved"
    assert {topic["title"] for topic in forum["topics"]} == {
        "Nur ich schreibe hier",
        "Wer hat Erfahrung?",
    }
    texts = {post["text"] for post in forum["posts"]}
    assert "Mein geänderter Beitrag zum Thema." in texts
    edited = next(post for post in forum["posts"] if post["id"] == world["reply"].pk)
    assert edited["earlier_versions"][0]["text"] == "Mein geheimer Beitrag zum Thema."
    assert forum["read_state"]
    assert forum["subscriptions"]["boards"][0]["board"] == world["board"].name
    assert forum["reports"][0]["reason"] == "Werbung?"
    assert forum["moderation"]["about_you"][0]["action"] == "suspend"

    networks = data["networks"]
    assert networks["organisations"][0]["name"] == world["organisation"].name
    assert networks["networks"][0]["name"] == world["network"].name
    assert networks["join_requests"][0]["message"] == "Wir möchten mit."
    assert data["selfcheck"]["results"][0]["note"] == "Unser Stand"

    # Never a secret: no password hash, no second-factor secret or codes, no session key.
    user.refresh_from_db()
    assert user.password not in raw
    assert totp_secret not in raw
    for authenticator in Authenticator.objects.filter(user=user):
        for value in authenticator.data.values():
            if isinstance(value, str) and len(value) >= 8:  # the secret, the seed
                assert value not in raw
    for code in recovery.get_unused_codes():
        assert code not in raw
    assert session.session_key not in raw
    assert '"data"' not in raw


def test_export_makes_the_same_number_of_queries_however_much_data_there_is(world, faq, moderator):
    user = world["user"]

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            json.dumps(personal_data.collect(user))
        return len(queries)

    before = count()
    # One more of everything.
    populate(user, faq_entry=faq["versicherung"], moderator=moderator, batch=2)
    factories.reply(world["foreign"], author=user, body="Noch ein Beitrag.")
    assert count() == before
    assert before <= 40  # 35 today: one or two per kind of data


def test_export_of_a_new_account_is_small_and_valid(user):
    data = personal_data.collect(user)
    json.dumps(data)
    assert data["forum"]["membership"] is None
    assert data["projects"]["initiatives"] == []


def test_my_data_page_explains_offers_the_download_and_lists_consents(client, world):
    client.force_login(world["user"])
    response = client.get(reverse("portal:my-data"))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    assert "<title>" in page
    assert reverse("portal:my-data-export") in page
    assert reverse("portal:delete-account") in page
    assert "<dt>Beiträge</dt>" in page  # the forum's posts, named in words
    assert reverse("projects:project-consent-withdraw", args=[world["published"].pk]) in page
    assert 'for="id_password"' in page
    assert 'for="id_confirm"' in page
    assert 'for="id_delete_forum_posts"' in page
    # The account menu links to the page.
    assert f'href="{reverse("portal:my-data")}" aria-current="page"' in page


@pytest.mark.parametrize("name", ["portal:my-data", "portal:my-data-export"])
def test_anonymous_visitors_are_sent_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


# --- deleting the account -------------------------------------------------------------------


def test_deleting_the_account_ends_every_session_and_keeps_posts_as_deleted_member(
    world, mail_after_commit
):
    user = world["user"]
    laptop, phone = Client(), Client()
    log_in(laptop, user)
    log_in(phone, user)
    assert UserSession.objects.filter(user=user).count() == 2
    address, pk = user.email, user.pk

    with mail_after_commit():
        response = laptop.post(reverse("portal:delete-account"), delete_form())

    assert response.status_code == 302
    assert response["Location"] == reverse("portal:home")
    assert not User.objects.filter(pk=pk).exists()
    assert not is_logged_in(laptop)
    assert not is_logged_in(phone)
    assert not UserSession.objects.filter(user_id=pk).exists()
    for model in [EmailAddress, SecurityEvent, Authenticator, LogEntry]:
        assert not model.objects.filter(user_id=pk).exists()
    for model in [Membership, ReadState, TopicSubscription, BoardSubscription, CheckResult]:
        assert not model.objects.filter(user_id=pk).exists()
    assert not Organisation.owners.through.objects.filter(user_id=pk).exists()
    assert not Network.coordinators.through.objects.filter(user_id=pk).exists()
    assert JoinRequest.objects.get().requested_by is None
    assert Report.objects.get().reporter is None
    entry = ModerationLogEntry.objects.get(action="suspend")
    assert entry.member is None and entry.moderator is not None
    question = SubmittedQuestion.objects.get()
    assert question.email == "" and question.question == "Wie versichern wir Ehrenamtliche?"
    vote = Vote.objects.get()
    assert vote.voter != voter_key(user) and vote.helpful

    # The posts stay, with their text, under "deleted member".
    reply = Post.objects.get(pk=world["reply"].pk)
    assert reply.author is None and reply.withdrawn_at is None
    assert reply.body == "Mein geänderter Beitrag zum Thema."
    assert Topic.objects.filter(pk=world["alone"].pk, author=None).exists()
    reader = Client()
    reader.force_login(world["other"])
    page = reader.get(reverse("forum:topic-detail", args=[world["foreign"].pk])).content.decode()
    assert "Gelöschtes Mitglied" in page
    assert "Mein geänderter Beitrag zum Thema." in page

    # One short confirmation to the old address.
    to_user = [mail for mail in mail_after_commit.outbox if mail.to == [address]]
    assert len(to_user) == 1
    assert "Kulturbrücke" not in to_user[0].body


def test_deleting_with_the_posts_withdraws_them_and_keeps_the_threads_consistent(world):
    deleting = world["user"]
    client = Client()
    client.force_login(deleting)
    board = world["board"]
    board.refresh_from_db()
    topics_before, posts_before = board.topic_count, board.post_count

    response = client.post(reverse("portal:delete-account"), delete_form(delete_forum_posts="on"))

    assert response.status_code == 302
    # The topic nobody else wrote in is gone, and the board counts without it.
    assert not Topic.objects.filter(pk=world["alone"].pk).exists()
    board.refresh_from_db()
    assert board.topic_count == topics_before - 1
    assert board.post_count == posts_before - 1
    assert board.last_topic is not None
    # A topic others answered stays; the person's posts are withdrawn and their text erased.
    answered = Topic.objects.get(pk=world["answered"].pk)
    first, second = answered.posts.order_by("number")
    assert (first.number, second.number) == (1, 2)
    assert first.author is None and first.withdrawn_at is not None and first.body == ""
    assert second.body == "Antwort von Ben."
    assert answered.post_count == 2
    reply = Post.objects.get(pk=world["reply"].pk)
    assert reply.withdrawn_at is not None and reply.body == "" and reply.body_html == ""
    assert not PostRevision.objects.filter(post=reply).exists()
    reader = Client()
    reader.force_login(world["other"])
    page = reader.get(reverse("forum:topic-detail", args=[world["foreign"].pk])).content.decode()
    assert "Mein geänderter Beitrag" not in page
    assert "Mein geheimer Beitrag" not in page
    assert "Gelöschtes Mitglied" in page


def test_deleting_hands_the_initiatives_to_the_editors_and_hides_the_contact(
    world, editor, client, mail_after_commit
):
    user = world["user"]
    published, draft = world["published"], world["draft"]
    client.force_login(user)

    with mail_after_commit():
        client.post(reverse("portal:delete-account"), delete_form())

    published.refresh_from_db()
    draft.refresh_from_db()
    assert published.owner is None and published.status == Project.Status.PUBLISHED
    assert draft.owner is None and draft.status == Project.Status.DRAFT
    assert not published.shows_contact
    assert published.contact_consent_withdrawn_at is not None
    assert published.contact_name == published.contact_email == published.contact_phone == ""
    assert ProjectRevision.objects.get().author is None
    assert ReviewDecision.objects.get(project=draft).actor is None
    page = Client().get(published.get_absolute_url()).content.decode()
    assert "Mara Kontakt" not in page
    assert "mara.kontakt@example.org" not in page

    to_editors = [mail for mail in mail_after_commit.outbox if mail.to == [editor.email]]
    assert len(to_editors) == 1
    assert published.name in to_editors[0].body
    assert draft.name in to_editors[0].body


def test_a_wrong_password_deletes_nothing_and_says_why(user_client, user):
    response = user_client.post(
        reverse("portal:delete-account"), delete_form(password="falsch-falsch")
    )
    assert response.status_code == 200
    assert "password" in response.context["form"].errors
    assert User.objects.filter(pk=user.pk).exists()
    assert is_logged_in(user_client)


def test_without_the_confirmation_nothing_is_deleted(user_client, user):
    response = user_client.post(reverse("portal:delete-account"), {"password": factories.PASSWORD})
    assert response.status_code == 200
    assert "confirm" in response.context["form"].errors
    page = response.content.decode()
    assert 'aria-invalid="true"' in page or "errorlist" in page
    assert User.objects.filter(pk=user.pk).exists()


def test_deleting_is_post_only(user_client, user):
    assert user_client.get(reverse("portal:delete-account")).status_code == 405
    assert User.objects.filter(pk=user.pk).exists()


def test_anonymous_delete_is_sent_to_log_in(client, user):
    response = client.post(reverse("portal:delete-account"), delete_form())
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert User.objects.filter(pk=user.pk).exists()


def test_the_last_active_superuser_cannot_delete_their_account(client, staff):
    client.force_login(staff)
    page = client.get(reverse("portal:my-data"))
    assert page.status_code == 200
    assert not page.context["can_delete"]
    response = client.post(reverse("portal:delete-account"), delete_form())
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:my-data")
    assert User.objects.filter(pk=staff.pk).exists()
    with pytest.raises(portal_actions.AccountDeletionRefused):
        portal_actions.delete_account(user=staff, delete_forum_posts=False)


def test_a_superuser_may_leave_when_another_remains(client, staff):
    factories.StaffFactory()
    client.force_login(staff)
    response = client.post(reverse("portal:delete-account"), delete_form())
    assert response.status_code == 302
    assert not User.objects.filter(pk=staff.pk).exists()


def test_an_editor_leaving_is_not_mailed_about_their_own_initiatives(editor, mail_after_commit):
    factories.EditorFactory()
    factories.ProjectFactory(owner=editor)
    with mail_after_commit():
        portal_actions.delete_account(user=editor, delete_forum_posts=False)
    recipients = [mail.to for mail in mail_after_commit.outbox]
    assert [editor.email] in recipients  # the confirmation only
    assert sum(1 for to in recipients if to == [editor.email]) == 1
    assert len(recipients) == 2


def test_a_failing_provider_deletes_nothing(monkeypatch, world):
    user = world["user"]
    from networks import personal_data as networks_data

    def broken(user, *, delete_forum_posts):
        raise RuntimeError("kaputt")

    monkeypatch.setattr(networks_data, "erase", broken)
    with pytest.raises(RuntimeError):
        portal_actions.delete_account(user=user, delete_forum_posts=True)
    assert User.objects.filter(pk=user.pk).exists()
    assert Post.objects.filter(author=user).exists()
    assert Project.objects.filter(owner=user).count() == 2
    assert Project.objects.get(pk=world["published"].pk).shows_contact
