from django_tasks import task


@task()
def deliver_mail(payload: dict) -> None:
    from portal.mail import payload_to_message

    payload_to_message(payload).send()
