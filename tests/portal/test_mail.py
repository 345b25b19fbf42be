import pytest
from django.core.mail import EmailMultiAlternatives
from django.db import transaction

from portal.mail import send_after_commit
from portal.mail_payload import message_to_payload, payload_to_message

pytestmark = pytest.mark.django_db


def make_message():
    message = EmailMultiAlternatives(
        subject="Betreff", body="Text", from_email="portal@example.org", to=["a@example.org"]
    )
    message.attach_alternative("<p>Text</p>", "text/html")
    return message


def test_mail_is_not_sent_when_the_transaction_rolls_back(mail_after_commit):
    with mail_after_commit():
        try:
            with transaction.atomic():
                send_after_commit(make_message())
                raise RuntimeError("rollback")
        except RuntimeError:
            pass
    assert mail_after_commit.outbox == []


def test_mail_goes_out_through_the_task_queue_after_commit(mail_after_commit):
    with mail_after_commit() as callbacks:
        send_after_commit(make_message())
        assert mail_after_commit.outbox == []  # nothing before the commit
    assert len(callbacks) == 1
    (mail,) = mail_after_commit.outbox
    assert mail.subject == "Betreff"
    assert mail.alternatives[0][0] == "<p>Text</p>"


def test_payload_survives_json_like_round_trip():
    import json

    payload = json.loads(json.dumps(message_to_payload(make_message())))
    rebuilt = payload_to_message(payload)
    assert rebuilt.to == ["a@example.org"]
    assert rebuilt.body == "Text"
