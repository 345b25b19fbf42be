"""The world of the access matrix and the parameter fuzz: one of everything a URL can name."""

from __future__ import annotations

import datetime

from allauth.usersessions.models import UserSession
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from faq.models import Category, Entry, FailedSearch, SubmittedQuestion, SynonymGroup
from forum import notifications
from forum.models import Membership, ModerationLogEntry, Report
from networks.models import JoinRequest, Network, NetworkMembership, Organisation, WorkingGroup
from projects.models import Project, ProjectImage
from selfcheck import actions as selfcheck_actions
from selfcheck.models import Questionnaire, Statement
from selfcheck.scoring import evaluate
from tests import factories


def _saved_result(user, questionnaire: Questionnaire):
    questionnaire = Questionnaire.objects.with_recommendations().get(pk=questionnaire.pk)
    statement = Statement.objects.get(dimension__questionnaire=questionnaire)
    answers = {statement.pk: 1}
    return selfcheck_actions.save_result(
        user=user,
        questionnaire=questionnaire,
        answers=answers,
        scores=evaluate(questionnaire, answers),
    )


def build_world() -> dict:
    """One of everything a URL of the portal can point at, and one person per role.

    "registered" owns a draft portrait, an organisation and a saved Selbstcheck result;
    "stranger" (never logged in) owns the same kinds of things: what is the stranger's is
    another user's object for every role.
    """
    f = factories
    registered = f.UserFactory(display_name="Rita Registriert")
    stranger = f.UserFactory(display_name="Sven Fremd")
    applicant = f.UserFactory(display_name="Anna Antrag")
    Membership.objects.create(
        user=applicant, organisation="Neuer Verein", role="Ehrenamt", motivation="Mitreden."
    )
    member = f.MemberFactory(display_name="Aylin Beispiel")
    other_member = f.MemberFactory(display_name="Ben Probe")
    suspended = f.MemberFactory(
        display_name="Sami Gesperrt",
        membership__suspended_until=timezone.now() + datetime.timedelta(days=3),
        membership__suspension_reason="Beleidigender Ton",
    )
    coordinator = f.UserFactory(display_name="Tarek Koordination")
    users = {
        "registered": registered,
        "applicant": applicant,
        "member": member,
        "suspended": suspended,
        "moderator": f.ModeratorFactory(display_name="Mona Moderation"),
        "editor": f.EditorFactory(display_name="Edda Redaktion"),
        "coordinator": coordinator,
        "staff": f.StaffFactory(display_name="Stefan Technik"),
        "editor-no-mfa": f.EditorFactory(display_name="Emil Ohne-Zweitfaktor", mfa=False),
    }

    # projects
    published = f.ProjectFactory(owner=stranger, name="Sprachcafé Lobeda", slug="sprachcafe")
    own_draft = f.ProjectFactory(
        owner=registered,
        status=Project.Status.DRAFT,
        published_at=None,
        name="Nähcafé International",
        slug="naehcafe",
    )
    foreign_draft = f.ProjectFactory(
        owner=stranger,
        status=Project.Status.DRAFT,
        published_at=None,
        name="Fahrradwerkstatt für alle",
        slug="fahrradwerkstatt",
    )
    # No file behind the names: no page reads the pixels, and removing one tolerates that.
    image_fields = {
        "image": "projekte/bild.jpg",
        "image_small": "projekte/bild-klein.jpg",
        "width": 800,
        "height": 600,
    }
    own_image = ProjectImage.objects.create(
        project=own_draft, alt_text="Nähmaschinen", **image_fields
    )
    foreign_image = ProjectImage.objects.create(
        project=foreign_draft, alt_text="Fahrräder", **image_fields
    )
    submitted = f.ProjectFactory(
        owner=stranger,
        status=Project.Status.SUBMITTED,
        published_at=None,
        name="Patenschaften Jena",
        slug="patenschaften",
    )
    article = f.ArticleFactory(title="Ein Chor für alle", slug="chor")

    # faq
    category = Category.objects.create(name="Finanzierung", slug="finanzierung", entry_count=1)
    entry = Entry.objects.create(
        category=category,
        slug="foerdermittel",
        question="Wo bekomme ich Fördermittel?",
        answer="Bei Ländern, Kommunen und Stiftungen.",
    )
    question = SubmittedQuestion.objects.create(
        question="Wie versichere ich Ehrenamtliche?", submission_token="t" * 32
    )
    FailedSearch.objects.create(query="quantenchor")

    # forum
    board = f.BoardFactory(name="Projektpraxis", slug="projektpraxis")
    topic = f.start_topic(
        board=board, author=member, title="Ehrenamtliche gewinnen", body="Wie macht ihr das?"
    )
    first = topic.posts.get(number=1)
    answer = f.reply(topic, author=other_member, body="Mit Aushängen im Stadtteil.")
    report = Report.objects.create(post=answer, reporter=member, reason="Werbung?")
    ModerationLogEntry.objects.create(
        action=ModerationLogEntry.Action.LOCK, moderator=users["moderator"], topic=topic
    )

    # networks
    network = Network.objects.create(
        name="Netzwerk Integration Erfurt",
        slug="erfurt",
        kind=Network.Kind.MUNICIPAL,
        scope=Network.Scope.KOMMUNE,
        region=f.region("16051"),
        email="netzwerk@example.org",
    )
    network.coordinators.add(coordinator)
    foreign_network = Network.objects.create(
        name="Netzwerk Integration Jena",
        slug="jena",
        kind=Network.Kind.MUNICIPAL,
        scope=Network.Scope.KOMMUNE,
        region=f.region("16053"),
    )
    foreign_network.coordinators.add(stranger)
    working_group = WorkingGroup.objects.create(network=network, name="AG Sprache")
    foreign_group = WorkingGroup.objects.create(network=foreign_network, name="AG Jena")
    meeting = f.add_meeting(network, public=True, title="Netzwerktreffen")
    closed_meeting = f.add_meeting(network, public=False, title="Internes Treffen")
    foreign_meeting = f.add_meeting(foreign_network, public=True, title="Treffen in Jena")
    organisation = Organisation.objects.create(
        name="Kulturbrücke e. V.",
        slug="kulturbruecke",
        kind=Organisation.Kind.MIGRANTENORGANISATION,
        region=f.region("16051"),
    )
    organisation.owners.add(registered)
    foreign_organisation = Organisation.objects.create(
        name="Elternnetzwerk Jena", slug="elternnetzwerk", region=f.region("16053")
    )
    foreign_organisation.owners.add(stranger)
    # Unpublished entries of someone else: "not found", not "forbidden" (no existence oracle).
    hidden_network = Network.objects.create(
        name="Netzwerk im Aufbau",
        slug="im-aufbau",
        kind=Network.Kind.MUNICIPAL,
        scope=Network.Scope.KOMMUNE,
        region=f.region("16053"),
        is_published=False,
    )
    hidden_network.coordinators.add(stranger)
    hidden_organisation = Organisation.objects.create(
        name="Verein im Aufbau",
        slug="verein-im-aufbau",
        region=f.region("16053"),
        is_published=False,
    )
    hidden_organisation.owners.add(stranger)
    NetworkMembership.objects.create(network=foreign_network, organisation=organisation)
    join_request = JoinRequest.objects.create(
        network=network, organisation=organisation, requested_by=registered
    )
    foreign_join_request = JoinRequest.objects.create(
        network=foreign_network, organisation=foreign_organisation, requested_by=stranger
    )

    # Selbstcheck
    questionnaire = f.make_questionnaire("netzwerkcheck", dimensions=1, statements=1)
    own_result = _saved_result(registered, questionnaire)
    foreign_result = _saved_result(stranger, questionnaire)

    # one object of every other model the admin shows
    f.TopicFactory(), f.TargetGroupFactory(), f.FundingProgrammeFactory()
    SynonymGroup.objects.create(words=["ehrenamtliche", "freiwillige"])
    UserSession.objects.create(
        user=stranger, ip="192.0.2.1", session_key="s" * 32, user_agent="Testbrowser"
    )
    DBTaskResult.objects.create(
        task_path="portal.tasks.purge_personal_data_daily",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        queue_name="default",
        run_after=get_date_max(),  # as soon as possible, as enqueue() keeps it
        exception_class_path="",
        traceback="",
    )

    return {
        "users": users,
        "stranger": stranger,
        "published": published,
        "own_draft": own_draft,
        "foreign_draft": foreign_draft,
        "submitted": submitted,
        "own_image": own_image,
        "foreign_image": foreign_image,
        "article": article,
        "category": category,
        "entry": entry,
        "question": question,
        "board": board,
        "topic": topic,
        "first": first,
        "answer": answer,
        "report": report,
        "application": Membership.objects.get(user=applicant),
        "member_membership": Membership.objects.get(user=member),
        "suspended_membership": Membership.objects.get(user=suspended),
        "unsubscribe_token": notifications.unsubscribe_token(member, "topic", topic.pk),
        "network": network,
        "foreign_network": foreign_network,
        "working_group": working_group,
        "foreign_group": foreign_group,
        "meeting": meeting,
        "closed_meeting": closed_meeting,
        "foreign_meeting": foreign_meeting,
        "organisation": organisation,
        "foreign_organisation": foreign_organisation,
        "hidden_network": hidden_network,
        "hidden_organisation": hidden_organisation,
        "join_request": join_request,
        "foreign_join_request": foreign_join_request,
        "questionnaire": questionnaire,
        "own_result": own_result,
        "foreign_result": foreign_result,
    }
