"""The Selbstcheck's tables, content types and permissions under the name of its app.

The tables get the names Django gives this app's models (the rows stay). The content
types change their app label instead of being made anew, so that the editors'
permissions and the admin's log entries stay attached to them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["questionnaire", "dimension", "statement", "answeroption", "recommendation", "checkresult"]
# Editors define the questionnaires in the admin; saved results stay with their users.
EDITED_MODELS = ["questionnaire", "dimension", "statement", "answeroption", "recommendation"]


def relabel_content_types(old_label, new_label):
    def relabel(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        taken = set(
            ContentType.objects.filter(app_label=new_label, model__in=MODELS).values_list(
                "model", flat=True
            )
        )
        ContentType.objects.filter(app_label=old_label, model__in=MODELS).exclude(
            model__in=taken
        ).update(app_label=new_label)

    return relabel


def grant_editor_permissions(apps, schema_editor):
    # As in networks 0002, for a database whose content types did not exist yet; the
    # browser tests call it to put the permissions back after emptying the database.
    app_config = apps.get_app_config("selfcheck")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Redaktion").first()
    if editors is None:
        return
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="selfcheck",
            content_type__model__in=EDITED_MODELS,
            codename__regex=r"^(add|change|delete|view)_",
        )
    )


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('networks', '0005_selfcheck_moves_out'),
        ('selfcheck', '0001_initial'),
    ]

    operations = [
        migrations.AlterModelTable(name='questionnaire', table=None),
        migrations.AlterModelTable(name='dimension', table=None),
        migrations.AlterModelTable(name='statement', table=None),
        migrations.AlterModelTable(name='answeroption', table=None),
        migrations.AlterModelTable(name='recommendation', table=None),
        migrations.AlterModelTable(name='checkresult', table=None),
        migrations.RunPython(
            relabel_content_types("networks", "selfcheck"),
            relabel_content_types("selfcheck", "networks"),
        ),
        migrations.RunPython(grant_editor_permissions, migrations.RunPython.noop),
    ]
