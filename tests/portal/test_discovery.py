"""The apps' hooks are found by module name, in INSTALLED_APPS order, without a list."""

from django.apps import apps

from portal.discovery import app_modules


def test_finds_each_apps_module_by_name_in_installed_order():
    found = [module.__name__ for module in app_modules("personal_data")]
    expected = [
        f"{config.name}.personal_data"
        for config in apps.get_app_configs()
        if config.name in {"portal", "projects", "faq", "forum", "networks"}
    ]
    assert [name for name in found if name in expected] == expected
    assert found[0] == "portal.personal_data"


def test_apps_without_the_module_are_left_out():
    assert app_modules("no_such_module") == []
    assert "devkit.personal_data" not in [
        module.__name__ for module in app_modules("personal_data")
    ]
