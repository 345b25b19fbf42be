"""State changes of the portal package. Views call these; they never save models."""

from __future__ import annotations

from allauth.account.adapter import get_adapter
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import logout
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.db import transaction
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _

from portal import personal_data
from portal.mail import send_templated_mail
from portal.models import Region, SecurityEvent, User
from portal.page_cache import expire_public_pages
from portal.permissions import is_last_active_superuser


class ActionRefused(Exception):
    """A change an action will not make, said in the language of the person who tried.

    Each app refuses with one subclass of its own (``projects.actions.ProjectActionError``
    and so on), raised with a sentence translated by ``gettext`` in the request's language.
    Views catch the app's type and show the sentence: ``form.add_error(refusal.field,
    refusal.message)`` when it concerns a form they render again, ``messages.error``
    otherwise. ``field`` names the form field the refusal concerns, or None for the form
    as a whole.
    """

    field: str | None = None

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = str(message)
        if field is not None:
            self.field = field

    def __str__(self) -> str:
        return self.message


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


def client_ip(request: HttpRequest | None) -> str | None:
    """The visitor's address as allauth's rate limits see it (trusting configured proxies)."""
    if request is None:
        return None
    try:
        return get_adapter(request).get_client_ip(request)
    except (PermissionDenied, ImproperlyConfigured):
        # No address, or fewer X-Forwarded-For entries than TRUSTED_PROXY_COUNT proxies:
        # better no address on record than a 500 or one the client made up.
        return None


def record_security_event(
    *, user: User, kind: SecurityEvent.Kind, request: HttpRequest | None = None
) -> SecurityEvent:
    return SecurityEvent.objects.create(user=user, kind=kind, ip_address=client_ip(request))


@transaction.atomic
def end_other_sessions(*, user: User, request: HttpRequest | None = None) -> int:
    """End every session of ``user`` but the one of ``request``; return how many ended.

    Called when a password, an e-mail address or the second factor changes: whoever
    may have taken over one of those must not stay logged in elsewhere.
    """
    current_key = request.session.session_key if request is not None else None
    ended = 0
    for session in UserSession.objects.purge_and_list(user):
        if session.session_key != current_key:
            session.end()
            ended += 1
    if ended:
        record_security_event(user=user, kind=SecurityEvent.Kind.SESSIONS_ENDED, request=request)
    return ended


class AccountDeletionRefused(ActionRefused):
    """The account cannot be deleted; the message is meant for its owner."""


@transaction.atomic
def delete_account(
    *, user: User, delete_forum_posts: bool, request: HttpRequest | None = None
) -> None:
    """Delete ``user`` and what the portal holds about them; see portal.personal_data.

    Every app's provider first erases or hands over its data (posts stay under "deleted
    member" unless ``delete_forum_posts``; portraits go to the editors), then every
    session ends, the user row goes with its CASCADE relations, and a confirmation is
    mailed to the old address once the deletion is committed.
    """
    # Locked in a fixed order, so two superusers leaving at once cannot both succeed.
    list(User.objects.select_for_update().filter(is_superuser=True, is_active=True).order_by("pk"))
    locked = User.objects.select_for_update().get(pk=user.pk)
    if is_last_active_superuser(locked):
        raise AccountDeletionRefused(
            _(
                "You are the last active superuser: without you nobody could administer the "
                "portal. Make another person a superuser first, then delete your account."
            )
        )
    address, name = locked.email, locked.get_short_name()
    for provider in personal_data.providers():
        provider.erase(locked, delete_forum_posts=delete_forum_posts)
    for session in UserSession.objects.purge_and_list(locked):
        session.end()
    if (
        request is not None
        and getattr(request, "user", None) is not None
        and (request.user.pk == locked.pk)
    ):
        # While the user still exists: logging out records an event that the deletion
        # then removes with everything else.
        logout(request)
    locked.delete()
    # Their name, portraits' contacts and posts leave the public pages of every server.
    expire_public_pages()
    send_templated_mail(
        template_prefix="portal/email/account_deleted",
        to=[address],
        context={
            "name": name,
            "delete_forum_posts": delete_forum_posts,
            "contact_email": settings.OPERATOR["email"],
        },
        language=translation.get_language(),
    )
