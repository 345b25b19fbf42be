import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve the portal for development: runserver, plus the task worker that sends mail."

    def add_arguments(self, parser):
        parser.add_argument("--addrport", default="127.0.0.1:8000")

    def handle(self, *args, addrport: str, **options) -> None:
        worker = None
        # runserver's reloader starts this command again in a child process (RUN_MAIN);
        # only the outer process starts the worker, so there is exactly one.
        uses_worker = settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
        if uses_worker and os.environ.get("RUN_MAIN") != "true":
            call_command("purge_personal_data", schedule=True)
            worker = subprocess.Popen([sys.executable, "manage.py", "db_worker"])
        try:
            call_command("runserver", addrport)
        finally:
            if worker is not None:
                worker.terminate()
                worker.wait(timeout=10)
