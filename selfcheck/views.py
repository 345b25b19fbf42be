"""Selbstcheck pages: take a check, see the result, save it and compare it with the last one.

Visitors see their result without anything being stored in the database: the answers
of the last check they took stay in their session only. Registered users can save results.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.breadcrumbs import Crumb, breadcrumbs
from selfcheck import actions
from selfcheck.forms import SaveResultForm, SelfcheckForm, field_name
from selfcheck.models import CheckResult, Questionnaire
from selfcheck.scoring import bar_chart, change_label, changes, choose_band, evaluate

SESSION_KEY = "selfcheck"
# Answers of this many questionnaires at most stay in a visitor's session.
SESSION_LIMIT = 10


# --- the answers of the last check, kept in the session --------------------------------


def _remember(request: HttpRequest, questionnaire: Questionnaire, answers: Mapping) -> None:
    kept = dict(request.session.get(SESSION_KEY) or {})
    kept.pop(questionnaire.slug, None)
    kept[questionnaire.slug] = {str(key): value for key, value in answers.items()}
    while len(kept) > SESSION_LIMIT:
        kept.pop(next(iter(kept)))
    request.session[SESSION_KEY] = kept
    if not request.user.is_authenticated:
        # A visitor's answers last until the browser closes, not for the session's two weeks.
        request.session.set_expiry(0)


def _remembered(request: HttpRequest, questionnaire: Questionnaire) -> dict:
    kept = request.session.get(SESSION_KEY)
    if not isinstance(kept, dict):
        return {}
    answers = kept.get(questionnaire.slug)
    return answers if isinstance(answers, dict) else {}


def _forget(request: HttpRequest, questionnaire: Questionnaire) -> None:
    kept = dict(request.session.get(SESSION_KEY) or {})
    if kept.pop(questionnaire.slug, None) is not None:
        request.session[SESSION_KEY] = kept


def _current_answers(request: HttpRequest, questionnaire: Questionnaire) -> SelfcheckForm | None:
    """A valid form made from the answers in the session, or None."""
    answers = _remembered(request, questionnaire)
    if not answers:
        return None
    form = SelfcheckForm.from_answers(answers, questionnaire=questionnaire)
    return form if form.is_valid() else None


# --- shared parts of the result pages ----------------------------------------------------


def _result_rows(
    questionnaire: Questionnaire,
    scores: Sequence[Mapping],
    deltas: Mapping[int, int | None] | None = None,
) -> list[dict]:
    """One row per scored dimension, with its recommendation (prefetched, no query)."""
    dimensions = {dimension.pk: dimension for dimension in questionnaire.dimensions.all()}
    rows = []
    for score in scores:
        dimension = dimensions.get(score["dimension"])
        recommendation = (
            choose_band(score["percent"], dimension.recommendations.all()) if dimension else None
        )
        row = {**score, "recommendation": recommendation}
        if deltas is not None:
            row["change"] = deltas.get(score["dimension"])
            row["change_label"] = change_label(row["change"])
        rows.append(row)
    return rows


def _chart(scores: Sequence[Mapping]):
    return bar_chart(
        scores,
        title=_("Score per field of action, in percent of the highest possible score"),
        id_prefix="selfcheck-chart",
    )


def _crumbs(*trail: Crumb) -> list[Crumb]:
    return breadcrumbs(_("Self-check"), "selfcheck:questionnaire-list", *trail)


def _render_result(
    request: HttpRequest,
    questionnaire: Questionnaire,
    scores: Sequence[Mapping],
    save_form: SaveResultForm | None = None,
) -> HttpResponse:
    return render(
        request,
        "selfcheck/questionnaire_result.html",
        {
            "questionnaire": questionnaire,
            "rows": _result_rows(questionnaire, scores),
            "chart": _chart(scores),
            "save_form": save_form or SaveResultForm(),
            "crumbs": _crumbs(
                (questionnaire.title, questionnaire.get_absolute_url()), (_("Result"), None)
            ),
        },
    )


# --- pages ------------------------------------------------------------------------------


def selfcheck_list(request: HttpRequest) -> HttpResponse:
    questionnaires = (
        Questionnaire.objects.published()
        .annotate(
            dimension_count=Count("dimensions", distinct=True),
            statement_count=Count("dimensions__statements", distinct=True),
        )
        .only("title", "slug", "intro_html", "position")
    )
    return render(
        request,
        "selfcheck/questionnaire_list.html",
        {"questionnaires": questionnaires, "crumbs": _crumbs()},
    )


# A statement is read and rated in about a quarter of a minute.
STATEMENTS_PER_MINUTE = 4


def minutes_to_answer(statements: int) -> int:
    return max(1, math.ceil(statements / STATEMENTS_PER_MINUTE))


def selfcheck_take(request: HttpRequest, slug: str) -> HttpResponse:
    questionnaire = get_object_or_404(Questionnaire.objects.published().with_structure(), slug=slug)
    if request.method == "POST":
        form = SelfcheckForm(request.POST, questionnaire=questionnaire)
        if form.is_valid() and form.statement_ids:
            _remember(request, questionnaire, form.answers())
            return redirect("selfcheck:questionnaire-result", slug=questionnaire.slug)
    else:
        # Coming back to change answers: the last ones are filled in.
        initial = {
            field_name(int(key)): str(value)
            for key, value in _remembered(request, questionnaire).items()
            if str(key).isdigit()
        }
        form = SelfcheckForm(initial=initial, questionnaire=questionnaire)
    return render(
        request,
        "selfcheck/questionnaire_take.html",
        {
            "questionnaire": questionnaire,
            "form": form,
            "crumbs": _crumbs((questionnaire.title, None)),
            "statement_total": len(form.statement_ids),
            "minutes": minutes_to_answer(len(form.statement_ids)),
        },
    )


def selfcheck_result(request: HttpRequest, slug: str) -> HttpResponse:
    questionnaire = get_object_or_404(
        Questionnaire.objects.published().with_recommendations(), slug=slug
    )
    form = _current_answers(request, questionnaire)
    if form is None:
        messages.info(request, _("Please answer the statements first; then you see your result."))
        return redirect(questionnaire)
    scores = [score.as_dict() for score in evaluate(questionnaire, form.answers())]
    return _render_result(request, questionnaire, scores)


@require_POST
def selfcheck_result_save(request: HttpRequest, slug: str) -> HttpResponse:
    result_url = reverse("selfcheck:questionnaire-result", kwargs={"slug": slug})
    if not request.user.is_authenticated:
        return redirect_to_login(result_url)
    questionnaire = get_object_or_404(
        Questionnaire.objects.published().with_recommendations(), slug=slug
    )
    form = _current_answers(request, questionnaire)
    if form is None:
        messages.error(
            request,
            _("There is no result to save (any more). Please take the check, then save it."),
        )
        return redirect(questionnaire)
    answers = form.answers()
    scores = evaluate(questionnaire, answers)
    save_form = SaveResultForm(request.POST)
    if not save_form.is_valid():
        return _render_result(
            request, questionnaire, [score.as_dict() for score in scores], save_form
        )
    try:
        result = actions.save_result(
            user=request.user,
            questionnaire=questionnaire,
            answers=answers,
            scores=scores,
            note=save_form.cleaned_data["note"],
        )
    except actions.InvalidResult as refusal:
        save_form.add_error(refusal.field, refusal.message)
        return _render_result(
            request, questionnaire, [score.as_dict() for score in scores], save_form
        )
    _forget(request, questionnaire)
    messages.success(request, _("Your result has been saved."))
    return redirect(result)


@login_required
def result_list(request: HttpRequest) -> HttpResponse:
    results = (
        CheckResult.objects.filter(user=request.user)
        .select_related("questionnaire")
        .only("created_at", "note", "questionnaire__title", "questionnaire__slug")
        .order_by("-created_at", "-id")
    )
    return render(
        request,
        "selfcheck/checkresult_list.html",
        {"results": results, "crumbs": _crumbs((_("My results"), None))},
    )


@login_required
def result_detail(request: HttpRequest, pk: int) -> HttpResponse:
    result = get_object_or_404(
        CheckResult.objects.select_related("questionnaire"), pk=pk, user=request.user
    )
    questionnaire = Questionnaire.objects.with_recommendations().get(pk=result.questionnaire_id)
    previous = (
        CheckResult.objects.filter(user=request.user, questionnaire_id=result.questionnaire_id)
        .filter(
            Q(created_at__lt=result.created_at) | Q(created_at=result.created_at, pk__lt=result.pk)
        )
        .only("created_at", "scores")
        .order_by("-created_at", "-id")
        .first()
    )
    scores = result.scores if isinstance(result.scores, list) else []
    deltas = changes(scores, previous.scores) if previous else None
    return render(
        request,
        "selfcheck/checkresult_detail.html",
        {
            "result": result,
            "questionnaire": questionnaire,
            "previous": previous,
            "rows": _result_rows(questionnaire, scores, deltas),
            "chart": _chart(scores),
            "crumbs": _crumbs(
                (_("My results"), reverse("selfcheck:result-list")),
                (_("Saved result"), None),
            ),
        },
    )


@login_required
@require_POST
def result_delete(request: HttpRequest, pk: int) -> HttpResponse:
    result = get_object_or_404(CheckResult, pk=pk, user=request.user)
    actions.delete_result(result=result, user=request.user)
    messages.success(request, _("The result has been deleted."))
    return redirect("selfcheck:result-list")
