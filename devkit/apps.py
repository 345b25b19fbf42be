from django.apps import AppConfig


class DevkitConfig(AppConfig):
    """Tools for developing and measuring the portal, never installed in production.

    ``manage.py generate_scale_data`` (scale data per app under ``devkit/scale/``) and the
    benchmark's yardstick views (``devkit/views.py``). ``portal/settings.py`` installs the
    app only with ``DEBUG`` or ``PORTAL_DEVKIT`` on; the product apps never import it.
    """

    name = "devkit"
    verbose_name = "Development kit"
