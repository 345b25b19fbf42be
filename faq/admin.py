from django.contrib import admin

from faq import actions
from faq.models import Category, Entry, FailedSearch, SubmittedQuestion, SynonymGroup
from portal.admin import ExpiresPublicPages


@admin.register(Category)
class CategoryAdmin(ExpiresPublicPages):
    list_display = ["name", "position", "entry_count"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["entry_count"]


@admin.register(Entry)
class EntryAdmin(ExpiresPublicPages):
    list_display = ["question", "category", "is_published", "helpful_yes", "helpful_no"]
    list_filter = ["category", "is_published"]
    search_fields = ["question", "keywords"]
    prepopulated_fields = {"slug": ["question"]}
    filter_horizontal = ["related_entries"]
    autocomplete_fields = ["related_projects", "related_articles"]
    readonly_fields = ["helpful_yes", "helpful_no"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        actions.entry_changed(entry=obj)

    def delete_model(self, request, obj) -> None:
        super().delete_model(request, obj)
        actions.entry_changed(entry=obj)

    def delete_queryset(self, request, queryset) -> None:
        super().delete_queryset(request, queryset)
        actions.refresh_category_counts()


@admin.register(SynonymGroup)
class SynonymGroupAdmin(admin.ModelAdmin):
    list_display = ["__str__"]


@admin.register(FailedSearch)
class FailedSearchAdmin(admin.ModelAdmin):
    list_display = ["query", "count", "last_searched_at"]
    search_fields = ["query"]
    readonly_fields = ["query", "count", "last_searched_at"]


@admin.register(SubmittedQuestion)
class SubmittedQuestionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "created_at"]
    list_filter = ["status"]
    readonly_fields = ["submission_token"]
