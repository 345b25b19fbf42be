"""Every change the Selbstcheck makes: keyword-only, atomic."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.db import transaction
from django.utils.translation import gettext as _

from portal.actions import ActionRefused
from portal.models import User
from selfcheck.models import CheckResult, Questionnaire
from selfcheck.permissions import can_delete_result, can_save_result
from selfcheck.scoring import DimensionScore

MAX_NOTE_LENGTH = 1000


class InvalidResult(ActionRefused):
    """The Selbstcheck's refusals: the result does not fit, breaks a limit or is not the
    person's own; nothing was changed."""


@transaction.atomic
def save_result(
    *,
    user: User,
    questionnaire: Questionnaire,
    answers: Mapping[int, int],
    scores: Sequence[DimensionScore],
    note: str = "",
) -> CheckResult:
    """Keep a registered user's result, to compare later results with it."""
    if not can_save_result(user):
        raise InvalidResult(_("Please log in to save your result."))
    note = note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise InvalidResult(
            _("The note may have at most %(limit)d characters.") % {"limit": MAX_NOTE_LENGTH},
            field="note",
        )
    if not answers or not scores:
        raise InvalidResult(
            _("There is no result to save (any more). Please take the check, then save it.")
        )
    return CheckResult.objects.create(
        questionnaire=questionnaire,
        user=user,
        answers={str(statement): int(points) for statement, points in answers.items()},
        scores=[score.as_dict() for score in scores],
        note=note,
    )


@transaction.atomic
def delete_result(*, result: CheckResult, user: User) -> None:
    """Delete a saved result; only its owner may."""
    if not can_delete_result(user, result):
        raise InvalidResult(_("Only the person who saved a result can delete it."))
    CheckResult.objects.filter(pk=result.pk, user=user).delete()
