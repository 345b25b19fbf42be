"""The Selbstcheck: scoring, bands, the pages, saving and comparing, bad input, queries."""

import re
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.forms import inlineformset_factory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from faq import demo as faq_demo
from faq.models import Category, Entry
from selfcheck import actions as selfcheck_actions
from selfcheck import demo as selfcheck_demo
from selfcheck.admin import RecommendationFormSet
from selfcheck.models import (
    AnswerOption,
    CheckResult,
    Dimension,
    Questionnaire,
    Recommendation,
    Statement,
)
from selfcheck.scoring import (
    DimensionSpec,
    bar_chart,
    change_label,
    changes,
    choose_band,
    dimension_percent,
    overlapping_bands,
    percent_of,
    score_dimensions,
)
from tests.factories import SELFCHECK_SCALE, UserFactory, make_questionnaire


def statements_of(questionnaire):
    return list(
        Statement.objects.filter(dimension__questionnaire=questionnaire).order_by(
            "dimension__position", "position"
        )
    )


def answers_for(questionnaire, value=2, **overrides):
    data = {f"statement_{statement.pk}": str(value) for statement in statements_of(questionnaire)}
    data.update(overrides)
    return data


def session_answers(client, questionnaire):
    return client.session.get("selfcheck", {}).get(questionnaire.slug)


# --- scoring: pure functions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("scores", "max_score", "expected"),
    [
        ([3, 3, 3], 3, 100),
        ([0, 0, 0, 0], 3, 0),
        ([1, 2, 3], 3, 67),  # 6 / 9 = 66.7 %
        ([1, 1, 1], 3, 33),  # 3 / 9 = 33.3 %
        ([1], 8, 13),  # 12.5 % is rounded up, not to the even 12
        ([2, 2, 2, 3], 3, 75),
        ([], 3, 0),
        ([0, 0], 0, 0),
    ],
)
def test_dimension_percent(scores, max_score, expected):
    assert dimension_percent(scores, max_score) == expected


def test_percent_of_stays_within_0_and_100():
    assert percent_of(15, 10) == 100
    assert percent_of(-3, 10) == 0


def test_score_dimensions_counts_missing_answers_as_zero():
    specs = [DimensionSpec(1, "A", (11, 12, 13)), DimensionSpec(2, "B", (21, 22))]
    scores = score_dimensions(specs, {11: 3, 12: 3, 13: 3, 21: 1}, max_score=3)
    assert [(score.dimension, score.percent) for score in scores] == [(1, 100), (2, 17)]
    assert (scores[1].points, scores[1].max_points) == (1, 6)


def band(low, high):
    return SimpleNamespace(min_percent=low, max_percent=high)


@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (0, (0, 39)),
        (39, (0, 39)),
        (40, (40, 69)),
        (69, (40, 69)),
        (70, (70, 100)),
        (100, (70, 100)),
    ],
)
def test_band_is_chosen_with_both_limits_inclusive(percent, expected):
    bands = [band(70, 100), band(0, 39), band(40, 69)]
    chosen = choose_band(percent, bands)
    assert (chosen.min_percent, chosen.max_percent) == expected


def test_no_band_for_a_gap():
    assert choose_band(50, [band(0, 39), band(60, 100)]) is None
    assert choose_band(50, []) is None


def test_overlapping_bands_are_found():
    assert overlapping_bands([(0, 39), (40, 69), (70, 100)]) == []
    assert overlapping_bands([(0, 40), (40, 100)]) == [((0, 40), (40, 100))]


def test_changes_and_their_labels():
    current = [{"dimension": 1, "percent": 65}, {"dimension": 2, "percent": 40}]
    previous = [{"dimension": 1, "percent": 50}, {"dimension": 2, "percent": 45}]
    assert changes(current, previous) == {1: 15, 2: -5}
    assert changes(current, [{"dimension": 2, "percent": 40}]) == {1: None, 2: 0}
    with translation.override("en"):
        assert change_label(15) == "+15 percentage points"
        assert change_label(-1) == "−1 percentage point"
        assert change_label(0) == "unchanged"


def test_chart_is_an_accessible_svg_with_text_labels():
    scores = [
        {"dimension": 1, "title": "Teilhabe", "percent": 67, "points": 6, "max_points": 9},
        {"dimension": 2, "title": "<script>x</script>", "percent": 0, "points": 0, "max_points": 9},
    ]
    with translation.override("en"):
        svg = str(bar_chart(scores, title="Score per dimension", id_prefix="c"))
    assert svg.startswith('<svg class="selfcheck-chart" role="img"')
    assert 'aria-labelledby="c-title c-desc"' in svg
    assert '<title id="c-title">Score per dimension</title>' in svg
    assert "Teilhabe: 67 percent" in svg
    assert ">67 %</text>" in svg and ">Teilhabe</text>" in svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg


# --- models and admin validation ------------------------------------------------------


@pytest.mark.django_db
def test_recommendation_bands_must_lie_within_0_and_100_and_be_ordered():
    questionnaire = make_questionnaire(dimensions=1)
    dimension = questionnaire.dimensions.get()
    with pytest.raises(ValidationError):
        Recommendation(dimension=dimension, min_percent=60, max_percent=40, text="x").full_clean()
    with pytest.raises(ValidationError):
        Recommendation(dimension=dimension, min_percent=90, max_percent=101, text="x").full_clean()
    Recommendation(dimension=dimension, min_percent=40, max_percent=40, text="x").full_clean()


@pytest.mark.django_db
def test_admin_refuses_overlapping_bands():
    questionnaire = make_questionnaire(dimensions=1)
    dimension = questionnaire.dimensions.get()
    dimension.recommendations.all().delete()
    FormSet = inlineformset_factory(
        Dimension,
        Recommendation,
        formset=RecommendationFormSet,
        fields=["min_percent", "max_percent", "text"],
        extra=0,
    )
    data = {
        "recommendations-TOTAL_FORMS": "2",
        "recommendations-INITIAL_FORMS": "0",
        "recommendations-0-min_percent": "0",
        "recommendations-0-max_percent": "50",
        "recommendations-0-text": "niedrig",
        "recommendations-1-min_percent": "50",
        "recommendations-1-max_percent": "100",
        "recommendations-1-text": "hoch",
    }
    formset = FormSet(data, instance=dimension, prefix="recommendations")
    assert not formset.is_valid()
    assert "overlap" in str(formset.non_form_errors()) or "überschneiden" in str(
        formset.non_form_errors()
    )
    data["recommendations-1-min_percent"] = "51"
    assert FormSet(data, instance=dimension, prefix="recommendations").is_valid()


@pytest.mark.django_db
def test_reserved_slug_is_refused():
    with pytest.raises(ValidationError):
        Questionnaire(title="X", slug="meine-ergebnisse").full_clean()


@pytest.mark.django_db
def test_editor_with_admin_access_defines_questionnaires(client, editor):
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    make_questionnaire()
    assert client.get("/admin/selfcheck/questionnaire/add/").status_code == 200
    dimension = Dimension.objects.first()
    assert client.get(f"/admin/selfcheck/dimension/{dimension.pk}/change/").status_code == 200


# --- pages ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_list_shows_published_questionnaires_only(client):
    make_questionnaire("offen")
    make_questionnaire("entwurf", published=False)
    body = client.get("/selbstcheck/").content.decode()
    assert 'href="/selbstcheck/offen/"' in body
    assert "/selbstcheck/entwurf/" not in body
    assert body.count("<h1") == 1
    assert client.get("/selbstcheck/entwurf/").status_code == 404


@pytest.mark.django_db
def test_questionnaire_page_has_a_radio_group_per_statement(client):
    questionnaire = make_questionnaire(dimensions=2, statements=3)
    body = client.get(questionnaire.get_absolute_url()).content.decode()
    assert body.count("<fieldset") == 6
    assert body.count("<legend") == 6
    assert '<h2 id="dimension-' in body and "Handlungsfeld 2" in body
    assert body.count('type="radio"') == 6 * len(SELFCHECK_SCALE)
    assert "<strong>kurzer</strong>" in body  # the intro is Markdown


@pytest.mark.django_db
def test_half_filled_questionnaire_is_refused_and_nothing_kept(client):
    questionnaire = make_questionnaire()
    first, second, *_ = statements_of(questionnaire)
    data = {f"statement_{first.pk}": "3", f"statement_{second.pk}": "1"}
    response = client.post(questionnaire.get_absolute_url(), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'id="selfcheck-errors"' in body and 'role="alert"' in body
    assert re.search(r"7 (von|of) 9", body)
    # Each unanswered statement carries its own error, tied to its group.
    assert body.count('class="errorlist"') == 7
    assert f'id="id_statement_{statements_of(questionnaire)[2].pk}_error"' in body
    assert f'aria-describedby="id_statement_{statements_of(questionnaire)[2].pk}_error"' in body
    # The answers given stay checked.
    assert re.search(rf'value="3"[^>]*id="id_statement_{first.pk}_3"[^>]*checked', body)
    assert session_answers(client, questionnaire) is None
    assert client.get(f"{questionnaire.get_absolute_url()}ergebnis/").status_code == 302


@pytest.mark.django_db
def test_complete_answers_lead_to_the_result_with_chart_table_and_recommendations(client, faq):
    questionnaire = make_questionnaire(faq_entry=faq["foerdermittel"])
    hidden = Entry.objects.create(
        category=Category.objects.first(), slug="entwurf", question="Entwurf?", answer="x"
    )
    Entry.objects.filter(pk=hidden.pk).update(is_published=False)
    for recommendation in Recommendation.objects.all():
        recommendation.faq_entries.add(hidden)
    first_dimension = questionnaire.dimensions.first()
    data = answers_for(questionnaire, value=2)
    for statement in first_dimension.statements.all():
        data[f"statement_{statement.pk}"] = "3"
    response = client.post(questionnaire.get_absolute_url(), data)
    assert response.status_code == 302
    assert response["Location"] == "/selbstcheck/testcheck/ergebnis/"
    assert CheckResult.objects.count() == 0  # visitors' answers stay in their session
    assert client.session.get_expire_at_browser_close()

    body = client.get(response["Location"]).content.decode()
    assert body.count("<h1") == 1
    assert '<svg class="selfcheck-chart" role="img"' in body
    assert "<title id=" in body and "<desc id=" in body
    assert '<th scope="row">Handlungsfeld 1</th>' in body
    assert ">100 %</td>" in body and ">67 %</td>" in body
    assert "Empfehlung 1 hoch" in body and "Empfehlung 2 mittel" in body
    assert "Empfehlung 1 niedrig" not in body
    assert 'href="/faq/frage/foerdermittel/"' in body
    assert "/faq/frage/entwurf/" not in body
    assert "/konto/login/?next=/selbstcheck/testcheck/ergebnis/" in body


@pytest.mark.django_db
def test_coming_back_shows_the_last_answers(client):
    questionnaire = make_questionnaire(dimensions=1, statements=2)
    client.post(questionnaire.get_absolute_url(), answers_for(questionnaire, value=1))
    body = client.get(questionnaire.get_absolute_url()).content.decode()
    assert len(re.findall(r'value="1"[^>]*checked', body)) == 2


# --- bad input ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["7", "-1", "abc", "1.0", "", "3 ", "x" * 5000])
def test_unknown_answer_values_are_refused(client, value):
    questionnaire = make_questionnaire()
    statement = statements_of(questionnaire)[0]
    data = answers_for(questionnaire, **{f"statement_{statement.pk}": value})
    response = client.post(questionnaire.get_absolute_url(), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert f'id="id_statement_{statement.pk}_error"' in body
    assert session_answers(client, questionnaire) is None


@pytest.mark.django_db
def test_statements_of_another_questionnaire_are_refused(client):
    questionnaire = make_questionnaire("eins")
    other = make_questionnaire("zwei")
    data = answers_for(questionnaire)
    data[f"statement_{statements_of(other)[0].pk}"] = "3"
    response = client.post(questionnaire.get_absolute_url(), data)
    assert response.status_code == 200
    assert "nicht zu diesem Check" in response.content.decode() or (
        "not part of this check" in response.content.decode()
    )
    assert session_answers(client, questionnaire) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {},
        {"statement_": "1"},
        {"statement_abc": "2"},
        {"csrfmiddlewaretoken": "x", "statement_99999999999999999999": "1"},
    ],
)
def test_tampered_posts_never_fail(client, data):
    questionnaire = make_questionnaire()
    response = client.post(questionnaire.get_absolute_url(), data)
    assert response.status_code == 200
    assert session_answers(client, questionnaire) is None


@pytest.mark.django_db
def test_kept_answers_that_no_longer_fit_the_questionnaire_are_asked_again(client):
    questionnaire = make_questionnaire()
    client.post(questionnaire.get_absolute_url(), answers_for(questionnaire))
    Statement.objects.create(dimension=questionnaire.dimensions.first(), text="Neu", position=9)
    response = client.get("/selbstcheck/testcheck/ergebnis/")
    assert response.status_code == 302 and response["Location"] == "/selbstcheck/testcheck/"


@pytest.mark.django_db
def test_saving_needs_a_login_and_answers(client, user):
    questionnaire = make_questionnaire()
    response = client.post("/selbstcheck/testcheck/ergebnis/speichern/", {"note": "x"})
    assert response.status_code == 302 and "/konto/login/" in response["Location"]
    client.force_login(user)
    response = client.post("/selbstcheck/testcheck/ergebnis/speichern/", {"note": "x"})
    assert response.status_code == 302 and response["Location"] == "/selbstcheck/testcheck/"
    assert client.get("/selbstcheck/testcheck/ergebnis/speichern/").status_code == 405
    assert CheckResult.objects.count() == 0
    assert questionnaire.results.count() == 0


@pytest.mark.django_db
def test_huge_note_is_refused_and_nothing_saved(user_client):
    questionnaire = make_questionnaire()
    user_client.post(questionnaire.get_absolute_url(), answers_for(questionnaire))
    response = user_client.post("/selbstcheck/testcheck/ergebnis/speichern/", {"note": "x" * 1001})
    assert response.status_code == 200
    assert 'id="id_note_error"' in response.content.decode()
    assert CheckResult.objects.count() == 0
    # The answers are still there; a shorter note saves.
    response = user_client.post("/selbstcheck/testcheck/ergebnis/speichern/", {"note": "x" * 1000})
    assert response.status_code == 302
    assert CheckResult.objects.get().note == "x" * 1000


def test_save_result_action_refuses_a_huge_note_too(db, user):
    questionnaire = make_questionnaire()
    with pytest.raises(selfcheck_actions.InvalidResult):
        selfcheck_actions.save_result(
            user=user, questionnaire=questionnaire, answers={1: 2}, scores=[], note="x" * 1001
        )
    assert CheckResult.objects.count() == 0


# --- saving and comparing -------------------------------------------------------------


def take_and_save(client, questionnaire, value, note=""):
    client.post(questionnaire.get_absolute_url(), answers_for(questionnaire, value=value))
    response = client.post(f"{questionnaire.get_absolute_url()}ergebnis/speichern/", {"note": note})
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.django_db
def test_save_and_compare_with_the_previous_result(user_client, user):
    questionnaire = make_questionnaire()
    first_url = take_and_save(user_client, questionnaire, 1, note="Erste Runde mit dem Rat")
    first = CheckResult.objects.get()
    assert first_url == f"/selbstcheck/meine-ergebnisse/{first.pk}/"
    assert first.user == user
    assert [score["percent"] for score in first.scores] == [33, 33, 33]
    assert sorted(first.answers.values()) == [1] * 9
    body = user_client.get(first_url).content.decode()
    assert "Erste Runde mit dem Rat" in body
    assert not re.search(r"Prozentpunkte|percentage points", body)
    # The answers were used up: saving twice keeps one result.
    user_client.post("/selbstcheck/testcheck/ergebnis/speichern/", {"note": ""})
    assert CheckResult.objects.count() == 1

    # One dimension better, the others the same.
    data = answers_for(questionnaire, value=1)
    for statement in questionnaire.dimensions.first().statements.all():
        data[f"statement_{statement.pk}"] = "2"
    user_client.post(questionnaire.get_absolute_url(), data)
    second_url = user_client.post("/selbstcheck/testcheck/ergebnis/speichern/")["Location"]
    body = user_client.get(second_url).content.decode()
    assert re.search(r"\+34 (Prozentpunkte|percentage points)", body)
    assert len(re.findall(r">(unverändert|unchanged)<", body)) == 2

    listing = user_client.get("/selbstcheck/meine-ergebnisse/").content.decode()
    assert listing.count("/selbstcheck/meine-ergebnisse/") >= 2
    assert "Erste Runde mit dem Rat" in listing


@pytest.mark.django_db
def test_results_of_another_user_are_not_found(client, user):
    questionnaire = make_questionnaire()
    client.force_login(user)
    url = take_and_save(client, questionnaire, 2)
    result = CheckResult.objects.get()
    client.logout()
    assert client.get(url).status_code == 302  # visitors log in first
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    assert client.post(f"{url}loeschen/").status_code == 404
    assert "Check testcheck" not in client.get("/selbstcheck/meine-ergebnisse/").content.decode()
    assert CheckResult.objects.filter(pk=result.pk).exists()


@pytest.mark.django_db
def test_owner_deletes_a_result(user_client):
    questionnaire = make_questionnaire()
    url = take_and_save(user_client, questionnaire, 2)
    response = user_client.post(f"{url}loeschen/")
    assert response.status_code == 302
    assert CheckResult.objects.count() == 0
    assert user_client.get(url).status_code == 404


# --- queries ----------------------------------------------------------------------------


def count_queries(client, method, url, data=None):
    with CaptureQueriesContext(connection) as context:
        response = getattr(client, method)(url, data or {})
    assert response.status_code in (200, 302)
    return len(context)


@pytest.mark.django_db
def test_pages_use_a_constant_number_of_queries(client, user, django_assert_max_num_queries):
    small = make_questionnaire("klein", dimensions=3, statements=3)
    large = make_questionnaire("gross", dimensions=10, statements=5)
    client.force_login(user)
    counts = {}
    for questionnaire in (small, large):
        url = questionnaire.get_absolute_url()
        counts[questionnaire.slug] = [
            count_queries(client, "get", url),
            count_queries(client, "post", url, answers_for(questionnaire)),
            count_queries(client, "get", f"{url}ergebnis/"),
        ]
        saved = take_and_save(client, questionnaire, 1)
        take_and_save(client, questionnaire, 2)
        second = CheckResult.objects.filter(questionnaire=questionnaire).first()
        assert saved != second.get_absolute_url()
        counts[questionnaire.slug].append(count_queries(client, "get", second.get_absolute_url()))
    assert counts["klein"] == counts["gross"]
    with django_assert_max_num_queries(12):
        client.get(large.get_absolute_url())
    with django_assert_max_num_queries(14):
        client.get(CheckResult.objects.first().get_absolute_url())


@pytest.mark.django_db
def test_anonymous_pages_use_a_constant_number_of_queries(client):
    small = make_questionnaire("klein", dimensions=3)
    large = make_questionnaire("gross", dimensions=10)
    counts = {}
    for questionnaire in (small, large):
        url = questionnaire.get_absolute_url()
        client.post(url, answers_for(questionnaire))
        counts[questionnaire.slug] = [
            count_queries(client, "get", url),
            count_queries(client, "get", f"{url}ergebnis/"),
        ]
    assert counts["klein"] == counts["gross"]


# --- demo -------------------------------------------------------------------------------

MUNICIPAL_DIMENSIONS = [
    "Interkulturelle Öffnung der Verwaltung",
    "Integrationskonzept",
    "Zusammenarbeit vor Ort",
    "Teilhabe",
    "Umgang mit Anfeindungen",
]


def demo_counts():
    models = [Questionnaire, Dimension, Statement, AnswerOption, Recommendation]
    links = [Recommendation.faq_entries.through, Recommendation.articles.through]
    return tuple(model.objects.count() for model in models + links)


@pytest.mark.django_db
def test_demo_loader_is_idempotent_and_links_existing_content():
    faq_demo.load_all()
    selfcheck_demo.load_all()
    first = demo_counts()
    selfcheck_demo.load_all()
    assert demo_counts() == first
    assert first[0] == 2
    municipal = Questionnaire.objects.get_by_natural_key("kommune")
    network = Questionnaire.objects.get_by_natural_key("netzwerk")
    assert list(municipal.dimensions.values_list("title", flat=True)) == MUNICIPAL_DIMENSIONS
    assert 4 <= network.dimensions.count() <= 5
    for dimension in Dimension.objects.all():
        assert 3 <= dimension.statements.count() <= 5
        bands = list(dimension.recommendations.values_list("min_percent", "max_percent"))
        assert bands == [(0, 39), (40, 69), (70, 100)]
    assert Recommendation.faq_entries.through.objects.exists()
    # Articles and portraits are not loaded here: their links are skipped.
    assert not Recommendation.articles.through.objects.exists()
    assert all(recommendation.text_html for recommendation in Recommendation.objects.all())


@pytest.mark.django_db
def test_demo_links_point_to_demo_content_that_exists():
    from faq.demo import entries
    from projects.demo import articles, portraits
    from selfcheck.demo import questionnaires

    known = {
        "faq": {entry["slug"] for entry in entries()},
        "articles": {article["slug"] for article in articles()},
        "projects": {project["slug"] for project in portraits()},
    }
    for questionnaire in questionnaires():
        for dimension in questionnaire["dimensions"]:
            for advice in dimension["recommendations"].values():
                for kind, slugs in known.items():
                    assert set(advice.get(kind, [])) <= slugs, (kind, advice.get(kind))


@pytest.mark.django_db
def test_demo_check_can_be_taken(client):
    selfcheck_demo.load_all()
    municipal = Questionnaire.objects.get(slug="kommune")
    response = client.post(municipal.get_absolute_url(), answers_for(municipal, value=3))
    body = client.get(response["Location"]).content.decode()
    assert body.count(">100 %</td>") == 5


def test_the_actions_refuse_in_the_users_language(db, user):
    questionnaire = make_questionnaire()
    with translation.override("de"), pytest.raises(selfcheck_actions.InvalidResult) as refusal:
        selfcheck_actions.save_result(
            user=user, questionnaire=questionnaire, answers={1: 2}, scores=[], note="x" * 1001
        )
    assert refusal.value.field == "note"
    assert str(refusal.value) == "Die Notiz darf höchstens 1000 Zeichen lang sein."


def test_only_the_owner_deletes_a_result(db, user):
    questionnaire = make_questionnaire()
    result = CheckResult.objects.create(questionnaire=questionnaire, user=user, scores=[])
    with pytest.raises(selfcheck_actions.InvalidResult):
        selfcheck_actions.delete_result(result=result, user=UserFactory())
    assert CheckResult.objects.filter(pk=result.pk).exists()
    selfcheck_actions.delete_result(result=result, user=user)
    assert not CheckResult.objects.filter(pk=result.pk).exists()


def test_a_partial_save_stores_the_rendered_markdown_too(db):
    questionnaire = make_questionnaire(dimensions=1)
    questionnaire.intro = "Neu mit **Fettdruck**"
    questionnaire.save(update_fields=["intro"])
    questionnaire.refresh_from_db()
    assert "<strong>Fettdruck</strong>" in questionnaire.intro_html
    recommendation = Recommendation.objects.filter(dimension__questionnaire=questionnaire).first()
    recommendation.text = "Mehr *Austausch*"
    recommendation.save(update_fields=["text"])
    recommendation.refresh_from_db()
    assert "<em>Austausch</em>" in recommendation.text_html


@pytest.mark.django_db
def test_demo_files_give_the_content_the_python_data_gave():
    # The numbers of the demo questionnaires before their content moved into files.
    selfcheck_demo.load_all()
    assert [q.slug for q in Questionnaire.objects.order_by("position")] == ["kommune", "netzwerk"]
    assert Dimension.objects.count() == 10
    assert Statement.objects.count() == 40
    assert Recommendation.objects.count() == 30
    assert list(
        AnswerOption.objects.filter(questionnaire__slug="kommune").values_list("label", "score")
    ) == [
        ("trifft nicht zu", 0),
        ("trifft eher nicht zu", 1),
        ("trifft eher zu", 2),
        ("trifft voll zu", 3),
    ]
    municipal = Questionnaire.objects.get(slug="kommune")
    assert municipal.intro.startswith("Wo steht Ihre Stadt, Ihre Gemeinde oder Ihr Landkreis")
    assert "**So geht es am besten:**" in municipal.intro
