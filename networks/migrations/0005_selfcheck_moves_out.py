"""The Selbstcheck became an app of its own (`selfcheck` 0001 took over its models).

State only: the tables stay, and `selfcheck` 0002 renames them.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('networks', '0004_rendered_markdown'),
        ('selfcheck', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='CheckResult'),
                migrations.DeleteModel(name='Recommendation'),
                migrations.DeleteModel(name='Statement'),
                migrations.DeleteModel(name='AnswerOption'),
                migrations.DeleteModel(name='Dimension'),
                migrations.DeleteModel(name='Questionnaire'),
            ],
        ),
    ]
