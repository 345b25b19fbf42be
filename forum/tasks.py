from django_tasks import task


@task()
def notify_about_post(post_id: int) -> int:
    from forum.notifications import send_post_notifications

    return send_post_notifications(post_id)


@task()
def send_daily_digests() -> int:
    from forum.notifications import send_daily_digests as send

    return send()
