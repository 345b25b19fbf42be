"""Logging in through the real log-in form, with the second factor where one is set up."""

from __future__ import annotations

import re

from tests.factories import PASSWORD, current_totp_code

# "Passwort", with or without the mark of a required field; not "Passwort vergessen?".
PASSWORD_LABEL = re.compile(r"^Passwort( \([^)]*\))?:?$")


def log_in(page, user, *, landing: str = "**/konto/profil/") -> None:
    """Log ``user`` in as a person would; users from the factories know their TOTP secret."""
    page.goto("/konto/login/")
    page.get_by_label("E-Mail-Adresse").fill(user.email)
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden", exact=True).click()
    secret = getattr(user, "totp_secret", None)
    if secret:
        page.wait_for_url("**/konto/2fa/authenticate/")
        page.get_by_label("Code").fill(current_totp_code(secret))
        page.get_by_role("button", name=re.compile("Anmelden|Bestätigen")).click()
    page.wait_for_url(landing)
