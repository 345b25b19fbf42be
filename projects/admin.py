from django.contrib import admin

from projects.models import Article, FundingProgramme, Project, ProjectImage, ReviewDecision


@admin.register(FundingProgramme)
class FundingProgrammeAdmin(admin.ModelAdmin):
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


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "status", "region", "sponsor_kind", "owner", "updated_at"]
    list_filter = ["status", "sponsor_kind", "land"]
    search_fields = ["name", "sponsor_name"]
    list_select_related = ["region", "owner"]
    readonly_fields = ["status", "owner", "land", "published_at", "lock_version"]
    autocomplete_fields = ["region"]
    filter_horizontal = ["topics", "target_groups", "funding_programmes"]
    inlines = [ProjectImageInline, ReviewDecisionInline]
    exclude = ["contact_consent_by"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "author_name", "published_on", "is_published"]
    list_filter = ["kind", "is_published", "topics"]
    search_fields = ["title", "lead", "author_name"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["topics"]
    autocomplete_fields = ["projects"]
    date_hierarchy = "published_on"
