from django.db import migrations


def create_roles_and_regions(apps, schema_editor):
    from portal import roles
    from portal.regions_data import DISTRICTS, LAENDER

    Group = apps.get_model("auth", "Group")
    Region = apps.get_model("portal", "Region")
    for name in roles.ALL:
        Group.objects.get_or_create(name=name)
    laender = {}
    for ags, name in LAENDER:
        laender[ags], _ = Region.objects.get_or_create(
            ags=ags, defaults={"name": name, "kind": "land"}
        )
    for ags, name, kind in DISTRICTS:
        Region.objects.get_or_create(
            ags=ags, defaults={"name": name, "kind": kind, "land": laender[ags[:2]]}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_roles_and_regions, migrations.RunPython.noop),
    ]
