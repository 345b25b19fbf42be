from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminFileWidget
from django.utils.translation import gettext_lazy as _

from portal.admin import ExpiresPublicPages
from portal.images import process_image
from portal.upload_limits import process_when_valid
from projects import actions
from projects.models import (
    Article,
    FormerSlug,
    FundingProgramme,
    Project,
    ProjectImage,
    ReviewDecision,
)


@admin.register(FundingProgramme)
class FundingProgrammeAdmin(ExpiresPublicPages):
    list_display = ["name", "level", "url"]
    list_filter = ["level"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class ProjectImageInline(admin.TabularInline):
    model = ProjectImage
    fields = ["image", "alt_text", "caption", "credit", "position", "approved"]
    readonly_fields = ["image"]
    extra = 0
    can_delete = True

    def has_add_permission(self, request, obj=None) -> bool:
        # Images come in through the portal's upload, which cleans them.
        return False


class ReviewDecisionInline(admin.TabularInline):
    model = ReviewDecision
    fields = ["created_at", "decision", "actor", "message"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class FormerSlugInline(admin.TabularInline):
    """Earlier addresses of the portrait; recorded when the slug changes, kept for old links."""

    model = FormerSlug
    fields = ["slug", "created_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Project)
class ProjectAdmin(ExpiresPublicPages):
    """Portraits are written in the portal and reviewed there; the admin corrects text."""

    list_display = ["name", "status", "region", "sponsor_kind", "owner", "updated_at"]
    list_filter = ["status", "sponsor_kind", "land"]
    search_fields = ["name", "sponsor_name"]
    list_select_related = ["region", "owner"]
    # The region decides the Land, and both are set by the portal's actions.
    readonly_fields = ["status", "owner", "region", "land", "published_at", "lock_version"]

    def has_add_permission(self, request) -> bool:
        return False

    filter_horizontal = ["topics", "target_groups", "funding_programmes"]
    inlines = [ProjectImageInline, ReviewDecisionInline, FormerSlugInline]
    exclude = ["contact_consent_by"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if change and "slug" in form.changed_data:
            # Links given out with the old address keep leading to the portrait.
            actions.record_slug_change(project=obj, former_slug=form.initial["slug"])


class ArticleAdminForm(forms.ModelForm):
    # A plain file field: the model's ImageField would judge the upload by its name and
    # refuse with Django's messages before process_image speaks.
    cover_image = forms.FileField(label=_("cover image"), required=False, widget=AdminFileWidget)

    class Meta:
        model = Article
        fields = [
            "kind", "title", "slug", "lead", "body", "author_name", "author_role",
            "published_on", "is_published", "cover_image", "cover_alt_text", "topics", "projects",
        ]  # fmt: skip

    uploader = None  # the request, set by ArticleAdmin.get_form

    def full_clean(self):
        super().full_clean()
        # The cover is cleaned like every upload: checked last, re-encoded, renamed.
        processed = process_when_valid(
            self, "cover_image", process=process_image, uploader=self.uploader
        )
        if processed is not None:
            self.cleaned_data["cover_image"] = processed.large
            self.instance.set_cover(processed)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("cover_image") and not cleaned.get("cover_alt_text", "").strip():
            self.add_error("cover_alt_text", _("A cover image needs an alternative text."))
        return cleaned


@admin.register(Article)
class ArticleAdmin(ExpiresPublicPages):
    form = ArticleAdminForm

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        # A cover counts against the editor's hourly allowance of uploads.
        return type(form.__name__, (form,), {"uploader": request})

    list_display = ["title", "kind", "author_name", "published_on", "is_published"]
    list_filter = ["kind", "is_published", "topics"]
    search_fields = ["title", "lead", "author_name"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["topics"]
    autocomplete_fields = ["projects"]
    date_hierarchy = "published_on"
