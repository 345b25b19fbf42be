"""The Selbstcheck's models, taken over from `networks` with their tables.

Only Django's idea of the models moves here (state only): the tables are the ones
`networks` 0002 created, so every saved result and questionnaire stays as it is.
`networks` 0005 forgets the models on its side; 0002 here gives the tables the
names of this app.
"""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('networks', '0002_selfcheck'),
        ('faq', '0002_word_spelling'),
        ('projects', '0008_review_decision_sections'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Questionnaire',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('slug', models.SlugField(max_length=120, unique=True, verbose_name='slug')),
                        ('intro', models.TextField(blank=True, help_text='Markdown is allowed.', verbose_name='introduction')),
                        ('intro_html', models.TextField(default='', editable=False)),
                        ('is_published', models.BooleanField(default=False, verbose_name='published')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                    ],
                    options={
                        'db_table': 'networks_questionnaire',
                        'verbose_name': 'self-check questionnaire',
                        'verbose_name_plural': 'self-check questionnaires',
                        'ordering': ['position', 'title'],
                    },
                ),
                migrations.CreateModel(
                    name='Dimension',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('description', models.TextField(blank=True, max_length=2000, verbose_name='description')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                        ('questionnaire', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='dimensions', to='selfcheck.questionnaire', verbose_name='questionnaire')),
                    ],
                    options={
                        'db_table': 'networks_dimension',
                        'verbose_name': 'dimension',
                        'verbose_name_plural': 'dimensions',
                        'ordering': ['position', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='CheckResult',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='date')),
                        ('answers', models.JSONField(default=dict, verbose_name='answers')),
                        ('scores', models.JSONField(default=list, verbose_name='scores')),
                        ('note', models.TextField(blank=True, max_length=1000, verbose_name='note')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='selfcheck_results', to=settings.AUTH_USER_MODEL, verbose_name='user')),
                        ('questionnaire', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='results', to='selfcheck.questionnaire', verbose_name='questionnaire')),
                    ],
                    options={
                        'db_table': 'networks_checkresult',
                        'verbose_name': 'self-check result',
                        'verbose_name_plural': 'self-check results',
                        'ordering': ['-created_at', '-id'],
                    },
                ),
                migrations.CreateModel(
                    name='AnswerOption',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('label', models.CharField(max_length=100, verbose_name='label')),
                        ('score', models.PositiveSmallIntegerField(help_text='0 for the lowest answer.', validators=[django.core.validators.MaxValueValidator(100)], verbose_name='points')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                        ('questionnaire', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='options', to='selfcheck.questionnaire', verbose_name='questionnaire')),
                    ],
                    options={
                        'db_table': 'networks_answeroption',
                        'verbose_name': 'answer option',
                        'verbose_name_plural': 'answer options',
                        'ordering': ['position', 'score'],
                    },
                ),
                migrations.CreateModel(
                    name='Recommendation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('min_percent', models.PositiveSmallIntegerField(validators=[django.core.validators.MaxValueValidator(100)], verbose_name='from percent')),
                        ('max_percent', models.PositiveSmallIntegerField(help_text='Both limits belong to the band, e.g. 0 to 39 and 40 to 69.', validators=[django.core.validators.MaxValueValidator(100)], verbose_name='to percent')),
                        ('text', models.TextField(help_text='Markdown is allowed.', verbose_name='recommendation')),
                        ('text_html', models.TextField(default='', editable=False)),
                        ('articles', models.ManyToManyField(blank=True, related_name='+', to='projects.article', verbose_name='articles')),
                        ('dimension', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='recommendations', to='selfcheck.dimension', verbose_name='dimension')),
                        ('faq_entries', models.ManyToManyField(blank=True, related_name='+', to='faq.entry', verbose_name='FAQ entries')),
                        ('projects', models.ManyToManyField(blank=True, related_name='+', to='projects.project', verbose_name='project portraits')),
                    ],
                    options={
                        'db_table': 'networks_recommendation',
                        'verbose_name': 'recommendation',
                        'verbose_name_plural': 'recommendations',
                        'ordering': ['min_percent', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='Statement',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('text', models.CharField(max_length=500, verbose_name='statement')),
                        ('position', models.PositiveSmallIntegerField(default=0, verbose_name='position')),
                        ('dimension', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='statements', to='selfcheck.dimension', verbose_name='dimension')),
                    ],
                    options={
                        'db_table': 'networks_statement',
                        'verbose_name': 'statement',
                        'verbose_name_plural': 'statements',
                        'ordering': ['position', 'id'],
                    },
                ),
                migrations.AddIndex(
                    model_name='dimension',
                    index=models.Index(fields=['questionnaire', 'position'], name='selfcheck_dimension_order'),
                ),
                migrations.AddIndex(
                    model_name='checkresult',
                    index=models.Index(fields=['user', 'questionnaire', '-created_at'], name='selfcheck_result_history'),
                ),
                migrations.AddIndex(
                    model_name='checkresult',
                    index=models.Index(fields=['user', '-created_at'], name='selfcheck_result_by_user'),
                ),
                migrations.AddConstraint(
                    model_name='answeroption',
                    constraint=models.UniqueConstraint(fields=('questionnaire', 'score'), name='selfcheck_option_unique_score', violation_error_message='Each answer of the scale needs its own points.'),
                ),
                migrations.AddConstraint(
                    model_name='recommendation',
                    constraint=models.CheckConstraint(condition=models.Q(('min_percent__lte', models.F('max_percent')), ('max_percent__lte', 100)), name='selfcheck_recommendation_band', violation_error_message='The band must lie between 0 and 100 percent, and its lower limit must not be above its upper limit.'),
                ),
                migrations.AddIndex(
                    model_name='statement',
                    index=models.Index(fields=['dimension', 'position'], name='selfcheck_statement_order'),
                ),
            ],
        ),
    ]
