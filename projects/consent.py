"""The consent to publish a portrait's contact person: its text and the version of that text.

A portrait records who gave the consent, when, in which words and which version of the
text; when the wording changes, the version changes with it, so that every recorded
consent can be matched with the text the person saw.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

CONTACT_CONSENT_VERSION = "2026-11"

CONTACT_CONSENT_TEXT = _(
    "The contact person agrees that their name, e-mail address and phone number are shown "
    "publicly on this portrait, and may withdraw this at any time."
)
