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
