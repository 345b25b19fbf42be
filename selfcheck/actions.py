"""Every change the Selbstcheck makes: keyword-only, atomic."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.db import transaction

from portal.models import User
from selfcheck.models import CheckResult, Questionnaire
from selfcheck.scoring import DimensionScore

MAX_NOTE_LENGTH = 1000


class InvalidResult(ValueError):
    """The result does not fit the questionnaire or breaks a limit; nothing was saved."""


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
    if not user.is_authenticated:
        raise InvalidResult("Only registered users save results.")
    note = note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise InvalidResult("The note is too long.")
    if not answers or not scores:
        raise InvalidResult("There is nothing to save.")
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
    if result.user_id != user.pk:
        raise PermissionError("Only the owner deletes a result.")
    CheckResult.objects.filter(pk=result.pk, user=user).delete()
