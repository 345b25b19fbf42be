"""The Selbstcheck left `networks` for an app of its own: a database migrated on the old
code migrates forward with its rows, content types and permissions intact."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from selfcheck.models import CheckResult, Questionnaire, Recommendation
from tests.factories import UserFactory

BEFORE = [("networks", "0004_rendered_markdown"), ("selfcheck", None)]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    ContentType.objects.clear_cache()
    return executor.loader.project_state(
        [target for target in targets if target[1] is not None]
    ).apps


def _leaf_nodes():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db
def test_rows_of_the_old_tables_are_found_through_the_new_app():
    user = UserFactory()
    old = _migrate(BEFORE)
    questionnaire = old.get_model("networks", "Questionnaire").objects.create(
        title="Netzwerk-Check", slug="netzwerk-check", is_published=True
    )
    dimension = old.get_model("networks", "Dimension").objects.create(
        questionnaire=questionnaire, title="Zusammenarbeit"
    )
    recommendation = old.get_model("networks", "Recommendation").objects.create(
        dimension=dimension, min_percent=0, max_percent=100, text="Weiter so."
    )
    entry = old.get_model("faq", "Entry").objects.first()
    if entry is not None:
        recommendation.faq_entries.add(entry)
    old.get_model("networks", "CheckResult").objects.create(
        questionnaire=questionnaire, user_id=user.pk, answers={"1": 2}, note="Unser Stand"
    )
    old_type = old.get_model("contenttypes", "ContentType").objects.get(
        app_label="networks", model="questionnaire"
    )
    LogEntry.objects.create(
        user_id=user.pk,
        content_type_id=old_type.pk,
        object_id=str(questionnaire.pk),
        object_repr=questionnaire.title,
        action_flag=CHANGE,
    )
    # Renaming a table waits for no deferred foreign-key check of the rows just written.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    _migrate(_leaf_nodes())

    moved = Questionnaire.objects.get(slug="netzwerk-check")
    assert moved.pk == questionnaire.pk
    assert moved.dimensions.get().title == "Zusammenarbeit"
    assert Recommendation.objects.get(pk=recommendation.pk).text == "Weiter so."
    if entry is not None:
        assert list(Recommendation.objects.get(pk=recommendation.pk).faq_entries.all()) == [entry]
    result = CheckResult.objects.get(user=user)
    assert result.questionnaire == moved
    assert result.note == "Unser Stand"
    assert user.selfcheck_results.get() == result
    # The content type itself moved: the admin's log entry follows the model.
    content_type = ContentType.objects.get_for_model(Questionnaire)
    assert content_type.pk == old_type.pk
    assert content_type.app_label == "selfcheck"
    assert LogEntry.objects.get(object_repr="Netzwerk-Check").get_edited_object() == moved
    assert not ContentType.objects.filter(app_label="networks", model="questionnaire").exists()


@pytest.mark.django_db
def test_editors_keep_their_permissions_on_the_selfcheck():
    editors = Group.objects.get(name="Redaktion")
    codenames = set(
        editors.permissions.filter(content_type__app_label="selfcheck").values_list(
            "codename", flat=True
        )
    )
    assert {"add_questionnaire", "change_recommendation", "delete_statement"} <= codenames
    assert "view_checkresult" not in codenames


def test_the_tables_carry_the_name_of_the_app():
    assert Questionnaire._meta.db_table == "selfcheck_questionnaire"
    assert (
        Recommendation.faq_entries.through._meta.db_table == "selfcheck_recommendation_faq_entries"
    )
