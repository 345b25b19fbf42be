"""Deleting personal data once its time is up (see the privacy policy, "Speicherdauer").

Runs daily through the task worker (``portal.tasks.purge_personal_data_daily``, which
also schedules it), or by hand with ``manage.py purge_personal_data``. This module knows
nothing of the task queue.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from importlib import import_module

from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.core.cache.backends.db import DatabaseCache
from django.db import connection, transaction
from django.utils import timezone

from portal.models import SecurityEvent, User


def log_cutoff(now: datetime) -> datetime:
    return now - timedelta(days=settings.SECURITY_LOG_RETENTION_DAYS)


@transaction.atomic
def purge_personal_data(*, now: datetime | None = None) -> dict[str, int]:
    """Delete what is older than its retention period; return how much of each kind."""
    now = now or timezone.now()
    cutoff = log_cutoff(now)
    return {
        "security_events": SecurityEvent.objects.filter(created_at__lt=cutoff).delete()[0],
        "sessions": _purge_sessions(now, cutoff),
        "unverified_accounts": _purge_unverified_accounts(now),
        "task_results": _purge_task_results(
            now - timedelta(days=settings.TASK_RESULT_RETENTION_DAYS)
        ),
        "cache_entries": _purge_expired_cache_entries(now),
    }


def _purge_sessions(now: datetime, cutoff: datetime) -> int:
    # The session list stores the address a session was opened from: it goes with
    # sessions older than the retention period, which have expired by then anyway.
    ended = 0
    for user_session in UserSession.objects.filter(last_seen_at__lt=cutoff).iterator():
        user_session.end()
        ended += 1
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()
    if "db" in settings.SESSION_ENGINE:
        orphans = UserSession.objects.exclude(
            session_key__in=Session.objects.filter(expire_date__gte=now).values("session_key")
        )
        ended += orphans.delete()[0]
    return ended


def _purge_unverified_accounts(now: datetime) -> int:
    # Sign-ups whose address was never confirmed: most are typos or bots, and nobody
    # could log in to them.
    joined_before = now - timedelta(days=settings.UNVERIFIED_ACCOUNT_RETENTION_DAYS)
    verified = EmailAddress.objects.filter(verified=True).values("user_id")
    stale = User.objects.filter(
        date_joined__lt=joined_before, is_staff=False, is_superuser=False
    ).exclude(pk__in=verified)
    return stale.delete()[1].get(User._meta.label, 0)


def _purge_task_results(cutoff: datetime) -> int:
    # Finished tasks keep their arguments, and a mail's arguments are its recipients
    # and text.
    if "django_tasks_db" not in settings.INSTALLED_APPS:
        return 0
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(finished_at__lt=cutoff).delete()[0]


def _purge_expired_cache_entries(now: datetime) -> int:
    # Rate-limit counters name the visitor's address; Redis drops expired keys itself,
    # the database cache only now and then.
    if not isinstance(cache, DatabaseCache):
        return 0
    table = connection.ops.quote_name(cache._table)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE expires < %s", [now])  # noqa: S608
        return cursor.rowcount
