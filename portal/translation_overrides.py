"""Strings of django-allauth whose German translation the portal words differently.

Listing them here keeps them in the portal's own catalogue (``locale/de``), which takes
precedence over allauth's; the German is in ``locale/de/LC_MESSAGES/django.po``.
"""

from django.utils.translation import gettext_noop

OVERRIDES = [
    gettext_noop("Sign In"),  # allauth: "Anmeldung"; a button says what it does: "Anmelden"
]
