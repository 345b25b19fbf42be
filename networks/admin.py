from django.contrib import admin

from networks.models import (
    JoinRequest,
    Meeting,
    Network,
    NetworkMembership,
    Organisation,
    WorkingGroup,
)
from portal.admin import ExpiresPublicPages


class MembershipInline(admin.TabularInline):
    model = NetworkMembership
    extra = 0
    autocomplete_fields = ["organisation"]


class WorkingGroupInline(admin.StackedInline):
    model = WorkingGroup
    extra = 0


@admin.register(Network)
class NetworkAdmin(ExpiresPublicPages):
    list_display = ["name", "kind", "scope", "region", "is_published"]
    list_filter = ["kind", "scope", "is_published"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["region", "parent", "coordinators", "projects"]
    inlines = [WorkingGroupInline, MembershipInline]


@admin.register(Organisation)
class OrganisationAdmin(ExpiresPublicPages):
    list_display = ["name", "kind", "region", "is_published"]
    list_filter = ["kind", "is_published"]
    search_fields = ["name", "city"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["region", "owners"]
    filter_horizontal = ["fields_of_activity"]


@admin.register(Meeting)
class MeetingAdmin(ExpiresPublicPages):
    list_display = ["title", "network", "starts_at", "is_public"]
    list_filter = ["is_public"]
    search_fields = ["title", "network__name"]
    date_hierarchy = "starts_at"


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["organisation", "network", "status", "created_at"]
    list_filter = ["status"]
    readonly_fields = [field.name for field in JoinRequest._meta.fields]

    def has_add_permission(self, request):
        return False
