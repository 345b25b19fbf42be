from django.db import migrations, models

from portal.markdown import render_markdown

# Which texts of which model are stored rendered, source -> rendered.
RENDERED = {
    "organisation": {"description": "description_html"},
    "network": {"description": "description_html", "goals": "goals_html"},
    "meeting": {"agenda": "agenda_html", "minutes": "minutes_html"},
}


def render_existing(apps, schema_editor):
    """Texts saved before are rendered once now, as saving renders them from here on."""
    for model_name, fields in RENDERED.items():
        model = apps.get_model("networks", model_name)
        rows = list(model.objects.exclude(**{source: "" for source in fields}).only(*fields))
        for row in rows:
            for source, rendered in fields.items():
                setattr(row, rendered, render_markdown(getattr(row, source)))
        model.objects.bulk_update(rows, list(fields.values()), batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0003_contact_consent_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="description_html",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="network",
            name="description_html",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="network",
            name="goals_html",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="meeting",
            name="agenda_html",
            field=models.TextField(default="", editable=False),
        ),
        migrations.AddField(
            model_name="meeting",
            name="minutes_html",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(render_existing, migrations.RunPython.noop),
    ]
