"""The recorded consent of a named contact person to be shown publicly.

Portraits and networks name a contact person only with that person's consent: when it
was given, in which words and which version of the text (so that every recorded consent
can be matched with the text the person saw), and when it was withdrawn. The contact data
stay stored for the owner after a withdrawal; only showing them ends.

The fields are made by a function rather than inherited from an abstract model: Django
places fields inherited from an abstract model before the model's own, which would move
the consent to the top of the admin's forms; called in the class body, they stand next to
the contact person they belong to.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


def contact_consent_fields() -> tuple[models.Field, models.Field, models.Field, models.Field]:
    """New fields ``(at, text, version, withdrawn_at)`` for ``contact_consent_<name>``."""
    return (
        models.DateTimeField(_("consent given at"), null=True, blank=True),
        models.TextField(_("consent text"), blank=True),
        models.CharField(_("version of the consent text"), max_length=20, blank=True),
        models.DateTimeField(_("consent withdrawn at"), null=True, blank=True),
    )
