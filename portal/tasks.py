"""The portal's background tasks, and the scheduling of the daily one.

The task paths (``portal.tasks.<name>``) are stored with queued tasks: they stay put. The
imports point one way: tasks use ``portal.mail_payload`` and ``portal.retention``;
``portal.mail`` uses the tasks.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tasks import task, task_backends
from django_tasks.base import TaskResultStatus

from portal import retention
from portal.mail_payload import payload_to_message

PURGE_INTERVAL = timedelta(days=1)


@task()
def deliver_mail(payload: dict) -> None:
    payload_to_message(payload).send()


@task()
def purge_personal_data_daily() -> dict:
    """Delete personal data past its retention period, then queue tomorrow's run."""
    counts = retention.purge_personal_data()
    schedule_daily_purge()
    return counts


def schedule_daily_purge() -> bool:
    """Queue the next daily purge unless one is queued; False where tasks cannot wait."""
    backend = task_backends["default"]
    if not backend.supports_defer:
        return False
    if type(backend).__module__.startswith("django_tasks_db"):
        from django_tasks_db.models import DBTaskResult

        pending = DBTaskResult.objects.filter(
            task_path=purge_personal_data_daily.module_path, status=TaskResultStatus.READY
        )
        if pending.exists():
            return True
    purge_personal_data_daily.using(run_after=timezone.now() + PURGE_INTERVAL).enqueue()
    return True
