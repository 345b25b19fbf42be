from django_tasks import task


@task()
def deliver_mail(payload: dict) -> None:
    from portal.mail import payload_to_message

    payload_to_message(payload).send()


@task()
def purge_personal_data_daily() -> dict:
    """Delete personal data past its retention period, then queue tomorrow's run."""
    from portal import retention

    counts = retention.purge_personal_data()
    retention.schedule_daily_purge()
    return counts
