"""Personal data in the FAQ: export and erasure (see portal.personal_data).

Questions sent to the editors carry no user, only the e-mail address for the answer: they
are found by the person's addresses. Votes carry a keyed hash of the user id
(``faq.views._visitor_key``); erasing replaces it with a random value, so the vote keeps
counting but no longer points at anyone.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from faq.models import SubmittedQuestion, Vote
from portal.models import User
from portal.personal_data import iso

MODELS = frozenset({"faq.SubmittedQuestion"})

SECTIONS = {
    "questions": _("Questions you sent to the editors with one of your e-mail addresses."),
    "votes": _("Your answers to “Did this help?” on FAQ entries, with your comments."),
    "handled_questions": _("As an editor: submitted questions you answered or dismissed."),
}


def voter_key(user: User) -> str:
    """The hash under which a logged-in person's votes are stored (as in faq.views)."""
    identity = f"user:{user.pk}"
    return hmac.new(settings.SECRET_KEY.encode(), identity.encode(), hashlib.sha256).hexdigest()


def _addresses(user: User) -> list[str]:
    addresses = set(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    return sorted({address.lower() for address in addresses | {user.email}})


def _questions(user: User):
    return SubmittedQuestion.objects.alias(address=Lower("email")).filter(
        address__in=_addresses(user)
    )


def export(user: User) -> dict[str, Any]:
    return {
        "questions": [
            {
                "question": question.question,
                "email": question.email,
                "status": question.status,
                "submitted_at": iso(question.created_at),
            }
            for question in _questions(user).order_by("created_at", "pk")
        ],
        "votes": [
            {
                "entry": vote.entry.question,
                "entry_slug": vote.entry.slug,
                "helpful": vote.helpful,
                "comment": vote.comment,
                "at": iso(vote.created_at),
            }
            for vote in Vote.objects.filter(voter=voter_key(user))
            .select_related("entry")
            .order_by("created_at", "pk")
        ],
        "handled_questions": [
            {"id": question.pk, "status": question.status, "submitted_at": iso(question.created_at)}
            for question in SubmittedQuestion.objects.filter(answered_by=user)
            .only("status", "created_at")
            .order_by("created_at", "pk")
        ],
    }


@transaction.atomic
def erase(user: User, *, delete_forum_posts: bool) -> None:
    # The question stays for the editors, without the address it came from.
    _questions(user).update(email="")
    SubmittedQuestion.objects.filter(answered_by=user).update(answered_by=None)
    votes = list(Vote.objects.filter(voter=voter_key(user)).only("pk"))
    for vote in votes:
        vote.voter = secrets.token_hex(32)
    Vote.objects.bulk_update(votes, ["voter"])
