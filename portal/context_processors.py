from django.conf import settings


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        "OPERATOR": settings.OPERATOR,
        "SITE_URL": settings.SITE_URL,
    }
