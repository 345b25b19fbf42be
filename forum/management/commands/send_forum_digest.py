from django.core.management.base import BaseCommand

from forum.notifications import send_daily_digests


class Command(BaseCommand):
    help = "Send the daily forum digest to members who chose it (run once a day, e.g. by cron)."

    def handle(self, *args, **options):
        sent = send_daily_digests()
        self.stdout.write(f"{sent} digest(s) sent.")
