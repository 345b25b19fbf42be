"""Every change to project portraits: keyword-only, atomic, mail after commit.

By concept: registering and editing a portrait with its pictures (``portraits``), the
editorial review (``review``) and the consent to show the contact person (``consent``).
Views and other apps use this package as one module, ``projects.actions``. Refusals are
``ProjectActionError``, a ``portal.actions.ActionRefused`` with a translated message.
"""

from projects.actions.consent import (
    CONSENT_DATA_OFF,
    erase_contact_consents_of,
    withdraw_contact_consent,
)
from projects.actions.portraits import (
    CONTACT_FIELDS,
    DATE_FIELDS,
    M2M_FIELDS,
    MAX_IMAGES,
    SIMPLE_FIELDS,
    ProjectActionError,
    StaleEditError,
    add_project_image,
    apply_data,
    create_project,
    open_revision,
    portrait_data,
    record_slug_change,
    remove_project_image,
    save_portrait,
    update_project,
)
from projects.actions.review import (
    archive_project,
    hand_over_to_editors,
    publish_project,
    reject_project,
    request_changes,
    submit_project,
)

__all__ = [
    "CONSENT_DATA_OFF",
    "CONTACT_FIELDS",
    "DATE_FIELDS",
    "M2M_FIELDS",
    "MAX_IMAGES",
    "SIMPLE_FIELDS",
    "ProjectActionError",
    "StaleEditError",
    "add_project_image",
    "apply_data",
    "archive_project",
    "create_project",
    "erase_contact_consents_of",
    "hand_over_to_editors",
    "open_revision",
    "portrait_data",
    "publish_project",
    "record_slug_change",
    "reject_project",
    "remove_project_image",
    "request_changes",
    "save_portrait",
    "submit_project",
    "update_project",
    "withdraw_contact_consent",
]
