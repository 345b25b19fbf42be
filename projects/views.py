from __future__ import annotations

import difflib
from urllib.parse import urljoin

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.breadcrumbs import Crumb, breadcrumbs
from portal.decorators import allowed_if
from portal.paging import KeysetPaginator, bounded_count
from projects import actions, permissions
from projects.filters import ArticleFilter, ProjectFilter
from projects.forms import ProjectForm, ReviewForm
from projects.models import Article, Project, ProjectImage, ProjectRevision, ReviewDecision
from projects.review import (
    is_waiting_for_review,
    proposed_portrait,
    requested_changes,
    revision_changes,
)

PER_PAGE = 20


def _public_images():
    return Prefetch(
        "images", queryset=ProjectImage.objects.filter(approved=True), to_attr="public_images"
    )


def project_list(request: HttpRequest) -> HttpResponse:
    queryset = (
        Project.objects.published()
        .select_related("region", "land")
        .prefetch_related(_public_images(), "topics")
        .defer("description", "description_html", "goals", "goals_html", "lessons", "lessons_html")
    )
    project_filter = ProjectFilter(request.GET or None, queryset=queryset)
    filtered = project_filter.qs
    paginator = KeysetPaginator(filtered, project_filter.ordering, per_page=PER_PAGE)
    page = paginator.page_for(request)
    count, more = bounded_count(filtered)
    return render(
        request,
        "projects/project_list.html",
        {"filter": project_filter, "page": page, "result_count": count, "more_results": more},
    )


def _visible(request: HttpRequest, project: Project) -> Project:
    if not permissions.can_view_project(request.user, project):
        raise Http404
    return project


def _redirect_from_former_slug(request: HttpRequest, slug: str) -> HttpResponse:
    """An address the portrait had before leads to its current one, query string and all."""
    try:
        project = Project.objects.only("slug", "status", "owner").get(former_slugs__slug=slug)
    except Project.DoesNotExist as error:
        raise Http404 from error
    url = _visible(request, project).get_absolute_url()
    if query := request.META.get("QUERY_STRING", ""):
        url = f"{url}?{iri_to_uri(query)}"
    return HttpResponsePermanentRedirect(url)


def project_detail(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        project = (
            Project.objects.select_related("region", "land", "owner")
            .prefetch_related("topics", "target_groups", "funding_programmes")
            .get(slug=slug)
        )
    except Project.DoesNotExist:
        # Only a slug no portrait has now is looked up among the former ones.
        return _redirect_from_former_slug(request, slug)
    project = _visible(request, project)
    images = list(project.images.filter(approved=True))
    topic_ids = [topic.pk for topic in project.topics.all()]
    related = (
        Project.objects.published()
        .exclude(pk=project.pk)
        .filter(Q(region_id=project.region_id) | Q(topics__in=topic_ids))
        .select_related("region")
        .only("name", "slug", "summary", "region__name", "published_at")
        .distinct()
        .order_by("-published_at", "-id")[:4]
    )
    articles = project.articles.published().order_by("-published_on")[:3]
    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            "images": images,
            "related_projects": related,
            "articles": articles,
            "is_preview": project.status != Project.Status.PUBLISHED,
            "breadcrumbs": _breadcrumbs(project),
            "json_ld": _json_ld(request, project, images),
            "can_archive": permissions.can_archive_project(request.user, project),
        },
    )


def _breadcrumbs(project: Project) -> list[Crumb]:
    return breadcrumbs(_("Project portraits"), "projects:project-list", (project.name, None))


def _json_ld(request: HttpRequest, project: Project, images: list[ProjectImage]) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": project.name,
        "description": project.summary,
        # From SITE_URL, not the request's Host header, which the sender chooses.
        "url": settings.SITE_URL + project.get_absolute_url(),
        "areaServed": {"@type": "AdministrativeArea", "name": project.region.name},
        "sponsor": {"@type": "Organization", "name": project.sponsor_name},
        "keywords": ", ".join(topic.name for topic in project.topics.all()),
    }
    if project.start_date:
        data["foundingDate"] = project.start_date.isoformat()
    if project.website:
        data["sameAs"] = project.website
    if images:
        data["image"] = [urljoin(settings.SITE_URL + "/", image.image.url) for image in images]
    return data


# --- registering and editing an initiative ---------------------------------------------


def _own_project(request: HttpRequest, pk: int) -> Project:
    # Another person's portrait is "not found", not "forbidden": ids reveal nothing.
    return get_object_or_404(Project.objects.owned_by(request.user), pk=pk)


@login_required
def my_projects(request: HttpRequest) -> HttpResponse:
    projects = (
        Project.objects.owned_by(request.user)
        .select_related("region")
        .prefetch_related(
            Prefetch(
                "revisions",
                queryset=ProjectRevision.objects.filter(status__in=ProjectRevision.OPEN_STATUSES),
                to_attr="open_revisions",
            ),
            Prefetch(
                "decisions",
                queryset=ReviewDecision.objects.exclude(decision="submitted"),
                to_attr="review_decisions",
            ),
        )
        .order_by("-updated_at", "-id")
    )
    return render(
        request,
        "projects/my_projects.html",
        {"projects": projects, "can_register": permissions.can_register_initiative(request.user)},
    )


def _initial_from_revision(revision: ProjectRevision | None) -> dict | None:
    if revision is None:
        return None
    initial = dict(revision.data)
    initial["contact_consent"] = revision.data.get("contact_consent")
    return initial


@login_required
def project_form(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    project = _own_project(request, pk) if pk is not None else None
    if project is None and not permissions.can_register_initiative(request.user):
        messages.error(
            request, _("Please confirm your e-mail address before you register an initiative.")
        )
        return redirect("account_email")
    if project is not None and not permissions.can_edit_project(request.user, project):
        if project.status == Project.Status.SUBMITTED:
            messages.error(request, _("This portrait cannot be edited while it is being reviewed."))
        else:
            messages.error(request, _("This portrait cannot be edited in its current state."))
        return redirect("projects:my-projects")
    revision = (
        actions.open_revision(project)
        if project is not None and project.status == Project.Status.PUBLISHED
        else None
    )
    form = ProjectForm(
        request.POST or None,
        request.FILES or None,
        instance=project,
        initial=_initial_from_revision(revision),
        uploader=request,
    )
    if request.method == "POST" and form.is_valid():
        try:
            project = actions.save_portrait(
                user=request.user,
                project=project,
                cleaned=form.cleaned_data,
                image=form.processed_image,
            )
        except actions.ProjectActionError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            if "preview" in request.POST:
                return redirect("projects:project-preview", pk=project.pk)
            if "submit" in request.POST:
                return redirect("projects:project-submit", pk=project.pk)
            messages.success(request, _("Your changes have been saved."))
            return redirect(_edit_url_after(project, request.POST.get("save", "")))
    images = list(project.images.all()) if project else []
    changes_asked = requested_changes(project, revision) if project else None
    return render(
        request,
        "projects/project_form.html",
        {
            "form": form,
            "project": project,
            "images": images,
            "max_images": actions.MAX_IMAGES,
            "requested_changes": changes_asked,
            "requested_sections": changes_asked.sections if changes_asked else [],
        },
    )


def _edit_url_after(project: Project, saved_step: str) -> str:
    """Back to the form; after "Save and continue" of a step, at the step that follows."""
    url = reverse("projects:project-edit", kwargs={"pk": project.pk})
    steps = [section.value for section, _fields in ProjectForm.SECTIONS]
    if saved_step in steps[:-1]:
        url += f"#section-{steps[steps.index(saved_step) + 1]}"
    return url


@login_required
def project_preview(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(
        Project.objects.owned_by(request.user)
        .select_related("region", "land")
        .prefetch_related("topics", "target_groups", "funding_programmes"),
        pk=pk,
    )
    revision = actions.open_revision(project) if project.status == "published" else None
    changes = revision_changes(project, revision) if revision else None
    if revision is not None:
        project = proposed_portrait(project, revision)
    return render(
        request,
        "projects/project_detail.html",
        {
            "project": project,
            "images": list(project.images.all()),
            "is_preview": True,
            "revision_changes": changes,
            "breadcrumbs": breadcrumbs(
                _("My initiatives"), "projects:my-projects", (_("Preview"), None)
            ),
        },
    )


@login_required
def project_submit(request: HttpRequest, pk: int) -> HttpResponse:
    project = _own_project(request, pk)
    if not permissions.can_submit_project(request.user, project):
        raise Http404
    if request.method == "POST":
        try:
            actions.submit_project(project=project, user=request.user)
        except actions.ProjectActionError as refusal:
            messages.error(request, refusal.message)
            return redirect("projects:project-edit", pk=project.pk)
        messages.success(
            request, _("Thank you! The editors will look at your portrait and write to you.")
        )
        return redirect("projects:my-projects")
    return render(
        request,
        "projects/project_submit.html",
        {
            "project": project,
            # A proposal for a published portrait is that portrait, not a duplicate.
            "similar": _similar_published(project) if project.status != "published" else [],
        },
    )


def _similar_published(project: Project) -> list[Project]:
    """Published portraits in the same region whose names are nearly the same."""
    candidates = (
        Project.objects.published()
        .filter(region_id=project.region_id)
        .exclude(pk=project.pk)
        .only("name", "slug")[:500]
    )
    name = project.name.casefold()
    return [
        other
        for other in candidates
        if difflib.SequenceMatcher(None, name, other.name.casefold()).ratio() >= 0.8
    ]


@login_required
@require_POST
def project_image_delete(request: HttpRequest, pk: int, image_pk: int) -> HttpResponse:
    project = _own_project(request, pk)
    image = get_object_or_404(project.images, pk=image_pk)
    if not permissions.can_edit_project(request.user, project):
        messages.error(request, _("This portrait cannot be edited while it is being reviewed."))
        return redirect("projects:my-projects")
    actions.remove_project_image(image=image, user=request.user)
    messages.success(request, _("The image has been removed."))
    return redirect("projects:project-edit", pk=project.pk)


@login_required
def project_archive(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(Project, pk=pk)
    if not permissions.can_archive_project(request.user, project):
        raise Http404
    if request.method != "POST":
        return render(request, "projects/project_archive.html", {"project": project})
    try:
        actions.archive_project(project=project, user=request.user)
    except actions.ProjectActionError as refusal:  # e.g. archived a moment ago in another tab
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("The portrait has been archived and is no longer public."))
    if project.owner_id == request.user.pk:
        return redirect("projects:my-projects")
    return redirect("projects:project-list")


# --- editorial review --------------------------------------------------------------------


@allowed_if(permissions.can_review)
def review_queue(request: HttpRequest) -> HttpResponse:
    new = (
        Project.objects.awaiting_review()
        .select_related("owner", "region")
        .order_by("updated_at", "id")
    )
    revisions = (
        ProjectRevision.objects.awaiting_review()
        .select_related("project", "author", "project__region")
        .order_by("updated_at", "id")
    )
    return render(request, "projects/review_queue.html", {"new": new, "revisions": revisions})


@allowed_if(permissions.can_review)
def review_project(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(
        Project.objects.select_related("owner", "region", "land").prefetch_related(
            "topics", "target_groups", "funding_programmes"
        ),
        pk=pk,
    )
    revision = actions.open_revision(project) if project.status == "published" else None
    images = list(project.images.all())
    ownerless = project.owner_id is None
    form = ReviewForm(request.POST or None, ownerless=ownerless)
    if request.method == "POST" and form.is_valid():
        decision, message = form.cleaned_data["decision"], form.cleaned_data["message"]
        try:
            if decision == "publish":
                actions.publish_project(project=project, editor=request.user, message=message)
            elif decision == "request_changes":
                actions.request_changes(
                    project=project,
                    editor=request.user,
                    message=message,
                    sections=form.cleaned_data.get("sections", []),
                )
            else:
                actions.reject_project(project=project, editor=request.user, reason=message)
        except actions.ProjectActionError as refusal:
            messages.error(request, refusal.message)
        else:
            if ownerless:
                messages.success(request, _("Your decision has been saved."))
            else:
                messages.success(
                    request, _("Your decision has been saved and mailed to the owner.")
                )
            return redirect("projects:review-queue")
    return render(
        request,
        "projects/review_project.html",
        {
            "project": project,
            "revision": revision,
            "changes": revision_changes(project, revision) if revision else None,
            "images": images,
            "new_images": [image for image in images if not image.approved],
            "decisions": project.decisions.select_related("actor")[:50],
            "form": form,
            "ownerless": ownerless,
            "waiting": is_waiting_for_review(project, revision),
            "can_archive": permissions.can_archive_project(request.user, project),
        },
    )


# --- articles -------------------------------------------------------------------------------


def article_list(request: HttpRequest) -> HttpResponse:
    queryset = Article.objects.published().prefetch_related("topics").defer("body", "body_html")
    article_filter = ArticleFilter(request.GET or None, queryset=queryset)
    paginator = KeysetPaginator(article_filter.qs, ["-published_on", "-id"], per_page=PER_PAGE)
    page = paginator.page_for(request)
    return render(request, "projects/article_list.html", {"filter": article_filter, "page": page})


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().prefetch_related("topics"), slug=slug)
    projects = article.projects.published().select_related("region")
    crumbs = breadcrumbs(_("Articles"), "projects:article-list", (article.title, None))
    return render(
        request,
        "projects/article_detail.html",
        {"article": article, "projects": projects, "breadcrumbs": crumbs},
    )
