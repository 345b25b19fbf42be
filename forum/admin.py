from django.contrib import admin

from forum.models import Board, Membership, ModerationLogEntry, Report


@admin.register(Board)
class BoardAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "topic_count", "post_count", "last_activity_at"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["topic_count", "post_count", "last_activity_at"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    # Decisions go through the moderators' pages, which log and mail them.
    list_display = ["user", "status", "organisation", "applied_at", "suspended_until"]
    list_filter = ["status"]
    search_fields = ["user__email", "user__display_name", "organisation"]
    readonly_fields = [field.name for field in Membership._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["post", "status", "created_at"]
    list_filter = ["status"]
    readonly_fields = [field.name for field in Report._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(ModerationLogEntry)
class ModerationLogAdmin(admin.ModelAdmin):
    list_display = ["created_at", "moderator", "action", "topic", "member"]
    list_filter = ["action"]
    readonly_fields = [field.name for field in ModerationLogEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
