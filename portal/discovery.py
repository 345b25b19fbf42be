"""Finding the apps' hooks by module name instead of lists in the settings.

An app takes part in "Meine Daten" by having ``<app>/personal_data.py``, in the demo
content by having ``<app>/demo.py`` with ``load_all()``, and so on: a new app needs no
line in the settings, and the portal package names no app.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from django.apps import apps
from django.utils.module_loading import module_has_submodule


def app_modules(name: str) -> list[ModuleType]:
    """``<app>.<name>`` of every installed app that has one, in ``INSTALLED_APPS`` order.

    That order is the order in which the apps build on each other: the portal first.
    """
    return [
        import_module(f"{config.name}.{name}")
        for config in apps.get_app_configs()
        if module_has_submodule(config.module, name)
    ]
