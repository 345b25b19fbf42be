"""Outgoing mail leaves through the task queue, and only once the transaction commits.

A request never waits for an SMTP server, and a mail never announces something that a
rolled-back transaction undid. The task rebuilds the message and hands it to the
configured ``EMAIL_BACKEND``.
"""

from __future__ import annotations

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction

from portal.tasks import deliver_mail


def message_to_payload(message: EmailMessage) -> dict:
    alternatives = getattr(message, "alternatives", [])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[str(content), mimetype] for content, mimetype in alternatives],
    }


def payload_to_message(payload: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=payload["subject"],
        body=payload["body"],
        from_email=payload["from_email"],
        to=payload["to"],
        cc=payload["cc"],
        bcc=payload["bcc"],
        reply_to=payload["reply_to"],
        headers=payload["headers"],
    )
    for content, mimetype in payload["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message


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
    from django.conf import settings
    from django.template.loader import render_to_string
    from django.utils import translation

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
