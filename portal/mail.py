"""Outgoing mail leaves through the task queue, and only once the transaction commits.

A request never waits for an SMTP server, and a mail never announces something that a
rolled-back transaction undid. The task rebuilds the message and hands it to the
configured ``EMAIL_BACKEND``. The imports point one way: this module uses the task
(``portal.tasks``), which uses the payload (``portal.mail_payload``).
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from portal.mail_payload import message_to_payload
from portal.tasks import deliver_mail


def send_after_commit(message: EmailMessage) -> None:
    """Queue ``message`` for delivery once the current transaction has committed."""
    payload = message_to_payload(message)
    transaction.on_commit(lambda: deliver_mail.enqueue(payload))


def send_templated_mail(
    *,
    template_prefix: str,
    to: list[str],
    context: dict,
    language: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Render ``<prefix>_subject.txt`` and ``<prefix>_message.txt`` and send after commit.

    Mail to other people than the one making the request is written in the portal's
    default language: we do not know which language they read.
    """
    if not to:
        return
    context = {"SITE_NAME": settings.SITE_NAME, **context}
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        body = render_to_string(f"{template_prefix}_message.txt", context)
    for address in to:
        send_after_commit(
            EmailMessage(
                subject=f"[{settings.SITE_NAME}] {subject}",
                body=body,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[address],
                headers=headers,
            )
        )
