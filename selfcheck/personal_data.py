"""Personal data in the Selbstcheck: the results people saved (see portal.personal_data)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from portal.models import User
from portal.personal_data import iso
from selfcheck.models import CheckResult

MODELS = frozenset({"selfcheck.CheckResult"})

SECTIONS = {
    "results": _("Self-check results you saved, with your answers and notes."),
}


def export(user: User) -> dict[str, Any]:
    return {
        "results": [
            {
                "questionnaire": result.questionnaire.title,
                "saved_at": iso(result.created_at),
                "answers": result.answers,
                "scores": result.scores,
                "note": result.note,
            }
            for result in CheckResult.objects.filter(user=user)
            .select_related("questionnaire")
            .order_by("created_at", "pk")
        ],
    }


@transaction.atomic
def erase(user: User, *, delete_forum_posts: bool) -> None:
    CheckResult.objects.filter(user=user).delete()
