"""State changes of the portal package. Views call these; they never save models."""

from __future__ import annotations

from django.db import transaction

from portal.models import Region, User


@transaction.atomic
def update_profile(
    *,
    user: User,
    display_name: str,
    organisation: str,
    organisation_role: str,
    region: Region | None,
) -> User:
    user.display_name = display_name.strip()
    user.organisation = organisation.strip()
    user.organisation_role = organisation_role.strip()
    user.region = region
    user.full_clean(exclude=["password"])
    user.save(update_fields=["display_name", "organisation", "organisation_role", "region"])
    return user
