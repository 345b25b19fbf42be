#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    from django.core.management import execute_from_command_line

    from portal.embedded_db import EmbeddedDatabaseError

    try:
        execute_from_command_line(sys.argv)
    except EmbeddedDatabaseError as error:
        sys.exit(str(error))  # one sentence that says what to do, not a traceback


if __name__ == "__main__":
    main()
