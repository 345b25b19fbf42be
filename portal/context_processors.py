from django.conf import settings
from django.utils.functional import SimpleLazyObject

from portal.navigation import main_menu


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        "OPERATOR": settings.OPERATOR,
        "SITE_URL": settings.SITE_URL,
        # Built on first use only, once per request (the header shows it twice: in the
        # phone menu and on wide screens), and not at all for mail or feeds.
        "main_menu": SimpleLazyObject(lambda: main_menu(request)),
    }
