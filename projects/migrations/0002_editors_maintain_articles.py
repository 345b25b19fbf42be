from django.contrib.auth.management import create_permissions
from django.db import migrations

# Editors write articles and keep the list of funding programmes in the admin; portraits
# they review in the portal, and may look at (not change) them in the admin.
EDITOR_PERMISSIONS = {
    "article": ("add", "change", "delete", "view"),
    "fundingprogramme": ("add", "change", "view"),
    "project": ("view",),
}


def grant_editor_permissions(apps, schema_editor):
    app_config = apps.get_app_config("projects")
    app_config.models_module = True  # historical app configs lack it; see portal 0003
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.get(name="Redaktion")
    for model, verbs in EDITOR_PERMISSIONS.items():
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="projects",
                codename__in=[f"{verb}_{model}" for verb in verbs],
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0001_initial"),
        ("portal", "0003_editors_maintain_taxonomy"),
    ]

    operations = [migrations.RunPython(grant_editor_permissions, migrations.RunPython.noop)]
