"""Demo content for development and demonstrations.

The content lives in ``portal/demo/`` (topics and target groups, the demo accounts) and
in each app's ``demo/``. Everything is fictional: the people, their e-mail addresses
(example.org, reserved for documentation) and their words. Places, programmes and topics follow the source
documents of the portal. Every loader is idempotent: it looks rows up by a natural key
and only creates what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.db import transaction

from portal import roles
from portal.demo_content import read_records
from portal.models import Region, TargetGroup, Topic, User
from portal.permissions import must_use_mfa

# Shown at the end of load_demo; only valid on development databases.
DEMO_PASSWORD = "Demo-Passwort-2026"
# Editors, moderators and staff must log in with a second factor; the demo accounts share
# this published secret, which any authenticator app accepts (development only).
DEMO_TOTP_SECRET = "DEMODEMODEMODEMODEMODEMODEMODEMO"

DEMO_DIR = Path(__file__).resolve().parent / "demo"
ROLES = {"moderator": roles.MODERATORS, "editor": roles.EDITORS}


@dataclass(frozen=True)
class DemoUser:
    email: str
    display_name: str
    organisation: str
    organisation_role: str
    region_ags: str
    groups: tuple[str, ...] = ()
    is_staff: bool = False
    is_superuser: bool = False


def demo_users() -> list[DemoUser]:
    """The demo accounts of ``demo/people.toml``, one per role."""
    return [
        DemoUser(
            email=person["email"],
            display_name=person["display_name"],
            organisation=person["organisation"],
            organisation_role=person["organisation_role"],
            region_ags=person["region"],
            groups=tuple(ROLES[role] for role in person.get("roles", ())),
            is_staff=person.get("is_staff", False),
            is_superuser=person.get("is_superuser", False),
        )
        for person in read_records(DEMO_DIR / "people.toml")["person"]
    ]


def load_taxonomy() -> None:
    taxonomy = read_records(DEMO_DIR / "taxonomy.toml")
    for topic in taxonomy["topic"]:
        Topic.objects.get_or_create(
            slug=topic["slug"],
            defaults={"name": topic["name"], "description": topic["description"]},
        )
    for group in taxonomy["target_group"]:
        TargetGroup.objects.get_or_create(slug=group["slug"], defaults={"name": group["name"]})


def load_users() -> list[User]:
    regions = {region.ags: region for region in Region.objects.all()}
    users = []
    for demo in demo_users():
        user, created = User.objects.get_or_create(
            email=demo.email,
            defaults={
                "display_name": demo.display_name,
                "organisation": demo.organisation,
                "organisation_role": demo.organisation_role,
                "region": regions.get(demo.region_ags),
                "is_staff": demo.is_staff or demo.is_superuser,
                "is_superuser": demo.is_superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=demo.email, defaults={"verified": True, "primary": True}
        )
        for name in demo.groups:
            user.groups.add(Group.objects.get(name=name))
        if must_use_mfa(user) and not Authenticator.objects.filter(user=user).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
        users.append(user)
    return users


@transaction.atomic
def load_all() -> list[User]:
    load_taxonomy()
    return load_users()
