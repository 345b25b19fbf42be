from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.contrib import messages
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from faq import actions, permissions
from faq.forms import AnswerForm, FeedbackForm, QuestionForm
from faq.models import Category, Entry, FailedSearch, SubmittedQuestion, Vote
from faq.search import search_faq
from portal import ratelimit
from portal.breadcrumbs import breadcrumbs
from portal.decorators import allowed_if
from portal.paging import KeysetPaginator
from portal.search import MAX_QUERY_LENGTH
from projects.models import Article, Project


def _visitor_key(request: HttpRequest, *, create: bool) -> str | None:
    """A hash that tells one visitor's vote from another's and nothing else about them."""
    if request.user.is_authenticated:
        identity = f"user:{request.user.pk}"
    else:
        if not request.session.session_key:
            if not create:
                return None
            request.session.save()
        identity = f"session:{request.session.session_key}"
    return hmac.new(settings.SECRET_KEY.encode(), identity.encode(), hashlib.sha256).hexdigest()


def faq_index(request: HttpRequest) -> HttpResponse:
    categories = Category.objects.filter(entry_count__gt=0)
    popular = Entry.objects.published().order_by("-helpful_yes", "id").only("question", "slug")[:5]
    return render(request, "faq/faq_index.html", {"categories": categories, "popular": popular})


def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_object_or_404(Category, slug=slug)
    # The related manager sets entry.category from category_id: without it in only(),
    # every entry would load its category_id with a query of its own.
    entries = category.entries.published().only("question", "slug", "position", "category")
    page = KeysetPaginator(entries, ["position", "id"], per_page=50).page_for(request)
    crumbs = breadcrumbs(_("FAQ"), "faq:index", (category.name, None))
    return render(
        request,
        "faq/category_detail.html",
        {"category": category, "page": page, "breadcrumbs": crumbs},
    )


def entry_detail(request: HttpRequest, slug: str) -> HttpResponse:
    entry = get_object_or_404(
        Entry.objects.published()
        .select_related("category")
        .prefetch_related(
            Prefetch(
                "related_entries",
                queryset=Entry.objects.published().only("question", "slug"),
            ),
            Prefetch("related_projects", queryset=Project.objects.published().only("name", "slug")),
            Prefetch(
                "related_articles", queryset=Article.objects.published().only("title", "slug")
            ),
        ),
        slug=slug,
    )
    voter = _visitor_key(request, create=False)
    has_voted = bool(voter) and Vote.objects.filter(entry=entry, voter=voter).exists()
    return render(
        request,
        "faq/entry_detail.html",
        {
            "entry": entry,
            "feedback_form": FeedbackForm(),
            "has_voted": has_voted,
            "breadcrumbs": breadcrumbs(
                _("FAQ"),
                "faq:index",
                (entry.category.name, entry.category.get_absolute_url()),
                (_("Question"), None),
            ),
        },
    )


def search(request: HttpRequest) -> HttpResponse:
    text = request.GET.get("q", "")
    shortened = len(" ".join(text.split())) > MAX_QUERY_LENGTH
    outcome = search_faq(text) if text.strip() else None
    failed = outcome is not None and not outcome.found and bool(outcome.terms)
    if failed:
        actions.record_failed_search(query=outcome.query)
    response = render(
        request,
        "faq/search.html",
        {
            "outcome": outcome,
            "query": text[:MAX_QUERY_LENGTH],
            "shortened": shortened,
            "breadcrumbs": breadcrumbs(_("FAQ"), "faq:index", (_("Search"), None)),
        },
    )
    if failed:
        # Each failed search is counted for the editors, so none may come from a cache.
        add_never_cache_headers(response)
    return response


@require_POST
def feedback(request: HttpRequest, slug: str) -> HttpResponse:
    entry = get_object_or_404(Entry.objects.published(), slug=slug)
    form = FeedbackForm(request.POST)
    if not ratelimit.allow(request, "faq-feedback", limit=20, period=3600):
        messages.error(request, _("You have sent a lot of feedback. Please try again later."))
    elif not form.is_valid():
        # The feedback lives in a small form on the entry page; its errors travel as a
        # message, each saying what was wrong with which part.
        for field, errors in form.errors.items():
            for error in errors:
                if field == "helpful":
                    messages.error(request, _("Please choose yes or no."))
                else:
                    messages.error(request, _("Comment: %(error)s") % {"error": error})
    else:
        try:
            actions.vote(
                entry=entry,
                voter=_visitor_key(request, create=True),
                helpful=form.cleaned_data["helpful"],
                comment=form.cleaned_data["comment"],
            )
        except actions.AlreadyVoted as refusal:
            messages.info(request, refusal.message)
        else:
            messages.success(request, _("Thank you for your feedback!"))
    return redirect(entry)


def ask_question(request: HttpRequest) -> HttpResponse:
    form = QuestionForm(request.POST or None, initial={"question": request.GET.get("q", "")[:1000]})
    if request.method == "POST" and form.is_valid():
        if not ratelimit.allow(request, "faq-question", limit=5, period=3600):
            form.add_error(None, _("You have sent several questions. Please try again later."))
        else:
            actions.submit_question(
                question=form.cleaned_data["question"],
                email=form.cleaned_data["email"],
                token=form.cleaned_data["token"],
            )
            messages.success(
                request,
                _(
                    "Thank you! The editors will answer your question in the FAQ as soon as they can."
                ),
            )
            return redirect("faq:index")
    return render(request, "faq/ask_question.html", {"form": form})


# --- editors ---------------------------------------------------------------------------


@allowed_if(permissions.can_see_feedback)
def editor_dashboard(request: HttpRequest) -> HttpResponse:
    entries = (
        Entry.objects.filter(Q(helpful_yes__gt=0) | Q(helpful_no__gt=0))
        .annotate(comment_count=Count("votes", filter=~Q(votes__comment="")))
        .only("question", "slug", "helpful_yes", "helpful_no")
        .order_by("-helpful_no", "-helpful_yes")[:50]
    )
    return render(
        request,
        "faq/editor_dashboard.html",
        {
            "entries": entries,
            "failed_searches": FailedSearch.objects.all()[:50],
            "questions": SubmittedQuestion.objects.filter(status=SubmittedQuestion.Status.OPEN)[
                :50
            ],
        },
    )


@allowed_if(permissions.can_see_feedback)
def editor_entry_feedback(request: HttpRequest, slug: str) -> HttpResponse:
    entry = get_object_or_404(Entry, slug=slug)
    votes = entry.votes.order_by("-created_at")[:200]
    return render(request, "faq/editor_entry_feedback.html", {"entry": entry, "votes": votes})


@allowed_if(permissions.can_answer_questions)
def editor_answer_question(request: HttpRequest, pk: int) -> HttpResponse:
    submitted = get_object_or_404(SubmittedQuestion, pk=pk, status=SubmittedQuestion.Status.OPEN)
    form = AnswerForm(request.POST or None, initial={"question": submitted.question[:250]})
    if request.method == "POST" and "dismiss" in request.POST:
        actions.dismiss_question(submitted=submitted, editor=request.user)
        messages.success(request, _("The question has been dismissed."))
        return redirect("faq:editor-dashboard")
    if request.method == "POST" and form.is_valid():
        try:
            entry = actions.answer_question(
                submitted=submitted, editor=request.user, **form.cleaned_data
            )
        except actions.FaqActionError as refusal:
            messages.error(request, refusal.message)
            return redirect("faq:editor-dashboard")
        messages.success(request, _("The answer is published in the FAQ."))
        return redirect(entry)
    return render(
        request, "faq/editor_answer_question.html", {"form": form, "submitted": submitted}
    )
