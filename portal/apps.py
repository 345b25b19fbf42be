from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_cache_table(sender, using: str = "default", **kwargs) -> None:
    # The database cache needs its table; creating it with every migrate spares
    # operators a set-up step they would forget. It does nothing when it exists.
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        post_migrate.connect(create_cache_table, sender=self)
        from portal import checks, signals  # noqa: F401  (registers checks and receivers)
