from django.contrib.auth.management import create_permissions
from django.db import migrations

TAXONOMY_MODELS = ["region", "topic", "targetgroup"]


def grant_taxonomy_permissions(apps, schema_editor):
    # Permissions are normally created after all migrations have run; create them now
    # so that the group can be given them in the same migrate run. (Historical app
    # configs carry no models module, which create_permissions checks for.)
    app_config = apps.get_app_config("portal")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.get(name="Redaktion")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="portal",
            content_type__model__in=TAXONOMY_MODELS,
            codename__regex=r"^(add|change|view)_",
        )
    )


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_roles_and_regions")]

    operations = [migrations.RunPython(grant_taxonomy_permissions, migrations.RunPython.noop)]
