"""Who may do what with the Selbstcheck: everyone takes a check; results belong to their user."""

from __future__ import annotations

from portal.models import User
from selfcheck.models import CheckResult


def can_save_result(user: User) -> bool:
    return user.is_authenticated


def can_delete_result(user: User, result: CheckResult) -> bool:
    return user.is_authenticated and result.user_id == user.pk
