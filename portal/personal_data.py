"""What the portal holds about a person: the "Meine Daten" export and the deletion of an account.

Every app that stores something about a person keeps a module ``<app>/personal_data.py``
(found by its name, ``portal.discovery``), with

- ``MODELS``: the labels of the models it accounts for: every model with a relation to the
  user model. A test enumerates the models, so a new one cannot be forgotten;
- ``SECTIONS``: what each key of its export means, for the person reading it;
- ``export(user) -> dict``: the person's data as JSON-compatible values, as stored.
  Never secrets: no password hash, no second-factor secret, no recovery codes, no
  session keys; only that they exist, their kind and dates;
- ``erase(user, *, delete_forum_posts) -> None``: what has to happen to the app's data
  before the user row is deleted (the database then applies CASCADE and SET_NULL);
- optionally ``consents(user) -> list[dict]``: consents the person gave that they can
  withdraw on "Meine Daten" (title, url, contact, given_at, version, withdrawn_at,
  withdraw_url).

This module is the provider for the portal itself and for the third-party apps
(allauth's e-mail addresses, authenticators and sessions, the admin log, groups and
permissions), and it brings the providers together. The portal package does not import
the apps: it finds their modules by name among the installed apps.
"""

from __future__ import annotations

import datetime
from types import ModuleType
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.discovery import app_modules
from portal.models import SecurityEvent, User

MODELS = frozenset(
    {
        "portal.User",
        # Groups and permissions hang on the user through two many-to-many tables.
        "portal.User_groups",
        "portal.User_user_permissions",
        "auth.Group",
        "auth.Permission",
        "portal.SecurityEvent",
        "account.EmailAddress",
        "mfa.Authenticator",
        "usersessions.UserSession",
        "admin.LogEntry",
    }
)

SECTIONS = {
    "account": _(
        "Your account: e-mail address, profile (display name, organisation, role, region), "
        "when you signed up and last logged in, your roles. Of your password only whether "
        "one is set."
    ),
    "email_addresses": _("Your e-mail addresses and whether they are confirmed."),
    "two_factor": _(
        "The kinds of two-factor log-in you set up, with dates; never their secrets or codes."
    ),
    "sessions": _(
        "Where you are logged in: IP address, browser and times; never the session keys."
    ),
    "security_log": _(
        "Your security log: log-ins, failed attempts and changes of access, with IP "
        "addresses; entries are deleted after a few days (see the privacy policy)."
    ),
    "admin_log": _("Changes you made in the administration, if you have access to it."),
}


ADMIN_ACTIONS = {ADDITION: "added", CHANGE: "changed", DELETION: "deleted"}


def iso(value: datetime.datetime | datetime.date | None) -> str | None:
    """A date or time as ISO 8601 text, the way the export writes every date."""
    return value.isoformat() if value is not None else None


def providers() -> list[ModuleType]:
    """Every installed app's ``personal_data`` module, in ``INSTALLED_APPS`` order."""
    return app_modules("personal_data")


def section_name(provider: ModuleType) -> str:
    """The export's key for a provider: its app's name ("forum" for forum.personal_data)."""
    return provider.__name__.split(".")[0]


def accounted_models() -> frozenset[str]:
    """Every model label some provider accounts for."""
    return frozenset().union(*(provider.MODELS for provider in providers()))


# --- the portal's own data --------------------------------------------------------------


def export(user: User) -> dict[str, Any]:
    user = (
        User.objects.select_related("region")
        .prefetch_related("groups", "user_permissions__content_type")
        .get(pk=user.pk)
    )
    region = user.region
    account = {
        "id": user.pk,
        "email": user.email,
        "display_name": user.display_name,
        "organisation": user.organisation,
        "organisation_role": user.organisation_role,
        "region": {"name": region.name, "ags": region.ags} if region else None,
        "date_joined": iso(user.date_joined),
        "last_login": iso(user.last_login),
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        "password": "set" if user.has_usable_password() else "not set",
        "groups": sorted(group.name for group in user.groups.all()),
        "permissions": sorted(
            f"{permission.content_type.app_label}.{permission.codename}"
            for permission in user.user_permissions.all()
        ),
    }
    return {
        "account": account,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "two_factor": [
            {
                "type": authenticator.type,
                "created_at": iso(authenticator.created_at),
                "last_used_at": iso(authenticator.last_used_at),
            }
            # Only these columns: the data column holds the secret and the codes.
            for authenticator in Authenticator.objects.filter(user=user)
            .only("type", "created_at", "last_used_at")
            .order_by("created_at", "pk")
        ],
        "sessions": [
            {
                "ip_address": session.ip,
                "user_agent": session.user_agent,
                "created_at": iso(session.created_at),
                "last_seen_at": iso(session.last_seen_at),
            }
            for session in UserSession.objects.filter(user=user)
            .only("ip", "user_agent", "created_at", "last_seen_at")
            .order_by("-last_seen_at", "pk")
        ],
        "security_log": [
            {"event": event.kind, "ip_address": event.ip_address, "at": iso(event.created_at)}
            for event in SecurityEvent.objects.filter(user=user).order_by("-created_at", "-pk")
        ],
        "admin_log": [
            {
                "at": iso(entry.action_time),
                "action": ADMIN_ACTIONS.get(entry.action_flag),
                "object_type": entry.content_type.model if entry.content_type else None,
                "object": entry.object_repr,
                "change": entry.change_message,
            }
            for entry in LogEntry.objects.filter(user=user)
            .select_related("content_type")
            .order_by("-action_time", "-pk")
        ],
    }


def erase(user: User, *, delete_forum_posts: bool) -> None:
    """The account's own rows go; the sessions are ended by ``portal.actions.delete_account``."""
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    SecurityEvent.objects.filter(user=user).delete()
    LogEntry.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()


# --- all providers together ---------------------------------------------------------------


def collect(user: User) -> dict[str, Any]:
    """Everything the portal holds about ``user``: one section per app, and what it means."""
    sections: dict[str, Any] = {}
    meanings: dict[str, str] = {}
    for provider in providers():
        name = section_name(provider)
        sections[name] = provider.export(user)
        for key, meaning in provider.SECTIONS.items():
            meanings[f"{name}.{key}"] = str(meaning)
    about = {
        "generated_at": iso(timezone.now()),
        "site": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "user_id": user.pk,
        "explanation": str(
            _(
                "Everything this portal stores about you, by part of the portal. Dates "
                "and times are in ISO 8601 (UTC). Secrets such as your password, "
                "two-factor codes and session keys are never exported, only that they exist."
            )
        ),
        "sections": meanings,
    }
    return {"about": about, **sections}


def all_consents(user: User) -> list[dict[str, Any]]:
    """Consents ``user`` gave that they can see and withdraw, from every provider."""
    found: list[dict[str, Any]] = []
    for provider in providers():
        if hasattr(provider, "consents"):
            found.extend(provider.consents(user))
    return found
