"""Personal data is deleted when its retention period is over, daily through the worker."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal import retention
from portal.models import SecurityEvent, User
from portal.tasks import purge_personal_data_daily
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)


def event(user, age: timedelta) -> SecurityEvent:
    return SecurityEvent.objects.create(
        user=user,
        kind=SecurityEvent.Kind.LOGGED_IN,
        ip_address="198.51.100.4",
        created_at=timezone.now() - age,
    )


def test_security_log_entries_go_after_14_days(user):
    old = event(user, 14 * DAY + timedelta(minutes=1))
    recent = event(user, 13 * DAY)
    counts = retention.purge_personal_data()
    assert counts["security_events"] == 1
    assert not SecurityEvent.objects.filter(pk=old.pk).exists()
    assert SecurityEvent.objects.filter(pk=recent.pk).exists()


def test_session_records_with_addresses_go_with_their_sessions(client, user):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    current = UserSession.objects.get(user=user)
    stale_store = SessionStore()
    stale_store.create()
    stale = UserSession.objects.create(
        user=user, session_key=stale_store.session_key, ip="198.51.100.9", user_agent="alt"
    )
    UserSession.objects.filter(pk=stale.pk).update(last_seen_at=timezone.now() - 15 * DAY)
    expired = SessionStore()
    expired.create()
    Session.objects.filter(pk=expired.session_key).update(expire_date=timezone.now() - DAY)

    retention.purge_personal_data()

    assert list(UserSession.objects.filter(user=user)) == [current]
    assert not Session.objects.filter(pk=stale_store.session_key).exists()
    assert not Session.objects.filter(pk=expired.session_key).exists()
    assert client.get(reverse("portal:profile")).status_code == 200


def test_unconfirmed_accounts_go_after_30_days():
    old = UserFactory(verified_email=False)
    EmailAddress.objects.create(user=old, email=old.email, verified=False, primary=True)
    User.objects.filter(pk=old.pk).update(date_joined=timezone.now() - 31 * DAY)
    fresh = UserFactory(verified_email=False)
    confirmed_long_ago = UserFactory()
    User.objects.filter(pk=confirmed_long_ago.pk).update(date_joined=timezone.now() - 400 * DAY)

    assert retention.purge_personal_data()["unverified_accounts"] == 1
    assert not User.objects.filter(pk=old.pk).exists()
    assert User.objects.filter(pk__in=[fresh.pk, confirmed_long_ago.pk]).count() == 2


def test_finished_tasks_with_mail_addresses_go_after_7_days(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    old, recent = purge_personal_data_daily.enqueue(), purge_personal_data_daily.enqueue()
    DBTaskResult.objects.filter(pk=old.id).update(
        status="SUCCESSFUL", finished_at=timezone.now() - 8 * DAY
    )
    DBTaskResult.objects.filter(pk=recent.id).update(
        status="SUCCESSFUL", finished_at=timezone.now() - 6 * DAY
    )
    assert retention.purge_personal_data()["task_results"] == 1
    assert [str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)] == [recent.id]


def test_the_worker_runs_the_purge_daily_and_queues_the_next_run(settings, user):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    call_command("purge_personal_data", schedule=True)
    call_command("purge_personal_data", schedule=True)  # idempotent
    queued = DBTaskResult.objects.get()
    assert queued.run_after > timezone.now() + timedelta(hours=23)

    assert queued.task_path == purge_personal_data_daily.module_path

    # Tomorrow the worker claims the due task and runs it (the worker's own loop closes
    # the database connection, so the test runs the claimed task the same way in-line).
    old = event(user, 20 * DAY)
    DBTaskResult.objects.filter(pk=queued.pk).update(status="RUNNING")
    counts = purge_personal_data_daily.call()

    assert counts["security_events"] == 1
    assert not SecurityEvent.objects.filter(pk=old.pk).exists()
    following = DBTaskResult.objects.exclude(pk=queued.pk).get()
    assert following.status == "READY"
    assert following.run_after > timezone.now() + timedelta(hours=23)


def test_the_command_purges_at_once_and_reports(capsys, user):
    event(user, 30 * DAY)
    call_command("purge_personal_data")
    assert "security_events: 1 deleted" in capsys.readouterr().out
    assert not SecurityEvent.objects.exists()


@pytest.mark.parametrize("language_prefix", ["", "/en"])
def test_the_privacy_policy_states_the_periods_the_code_enforces(client, settings, language_prefix):
    settings.SECURITY_LOG_RETENTION_DAYS = 11
    settings.UNVERIFIED_ACCOUNT_RETENTION_DAYS = 33
    settings.TASK_RESULT_RETENTION_DAYS = 5
    text = client.get(f"{language_prefix}/datenschutz/").text
    for days in (11, 33, 5, settings.SESSION_COOKIE_AGE // 86400):
        assert f"{days} {'days' if language_prefix else 'Tage'}" in text
    for link in (reverse("portal:my-data"), reverse("usersessions_list")):
        assert link.removeprefix("/") in text


@pytest.mark.parametrize(
    ("language_prefix", "words"),
    [
        ("", ("6 Tagen ohne Besuch", "20 Minuten ohne Aktivität", "spätestens nach 9 Stunden")),
        ("/en", ("6 days without a visit", "20 minutes without activity", "9 hours at most")),
    ],
)
def test_the_privacy_policy_states_the_log_in_lifetimes_the_code_enforces(
    client, settings, language_prefix, words
):
    settings.SESSION_IDLE = 6 * 86400
    settings.PRIVILEGED_SESSION_IDLE = 20 * 60
    settings.PRIVILEGED_SESSION_MAX = 9 * 3600
    text = client.get(f"{language_prefix}/datenschutz/").text
    for phrase in words:
        assert phrase in text
