from django.core.management.base import BaseCommand

from portal import retention, tasks


class Command(BaseCommand):
    help = (
        "Delete security log entries, session records and finished tasks older than the "
        "retention period, unconfirmed accounts after 30 days, and expired sessions. "
        "With --schedule, make sure the task worker runs this daily instead."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the daily run in the task worker (idempotent) instead of purging now.",
        )

    def handle(self, *args, schedule: bool, **options) -> None:
        if schedule:
            if tasks.schedule_daily_purge():
                self.stdout.write("The task worker deletes expired personal data daily.")
            else:
                self.stderr.write(
                    "This task backend cannot run tasks later; run this command daily "
                    "(cron or a systemd timer) instead."
                )
            return
        for kind, count in retention.purge_personal_data().items():
            self.stdout.write(f"{kind}: {count} deleted")
