from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal import demo
from portal.discovery import app_modules


class Command(BaseCommand):
    help = "Load the demo content and demo users. Safe to run again: nothing is duplicated."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off. The demo users have published passwords!",
        )

    def handle(self, *args, force: bool, **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                "load_demo creates users with published passwords and is meant for "
                "development. DEBUG is off; run it with --force if you really want demo "
                "data on this database."
            )
        users = demo.load_all()
        # The apps' demo content (<app>/demo.py), in INSTALLED_APPS order, which is the
        # order in which they build on each other.
        for module in app_modules("demo"):
            if module is not demo:
                module.load_all()
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
        self.stdout.write(
            f"Demo accounts (development only), all with the password {demo.DEMO_PASSWORD!r}:"
        )
        for user in users:
            self.stdout.write(f"  {user.email:<28} {user.display_name}")
        self.stdout.write(
            "Moderation, Redaktion and the admin log in with a second factor: add the secret "
            f"{demo.DEMO_TOTP_SECRET} to an authenticator app and enter its code."
        )
