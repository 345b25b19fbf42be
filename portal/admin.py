from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from portal.models import Region, TargetGroup, Topic, User
from portal.page_cache import expire_public_pages

admin.site.site_header = _("Portal administration")
admin.site.site_title = _("Portal administration")


class ExpiresPublicPages(admin.ModelAdmin):
    """An admin of content that visitors see: every change expires the page cache.

    The admin writes past the apps' actions, which expire it where something leaves
    public view. Here any change may (an article unpublished, a meeting made
    members-only, a taxonomy term renamed), and changes in the admin are rare, so all
    of them do. Inlines are saved in the same transaction, and the expiry waits for it.
    """

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        expire_public_pages()

    def delete_model(self, request, obj) -> None:
        super().delete_model(request, obj)
        expire_public_pages()

    def delete_queryset(self, request, queryset) -> None:
        super().delete_queryset(request, queryset)
        expire_public_pages()


class PortalUserChangeForm(UserChangeForm):
    class Meta(UserChangeForm.Meta):
        model = User
        fields = "__all__"


class PortalUserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = PortalUserChangeForm
    add_form = PortalUserCreationForm
    ordering = ["email"]
    list_display = ["email", "display_name", "organisation", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["email", "display_name", "organisation"]
    autocomplete_fields = ["region"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Profile"), {"fields": ["display_name", "organisation", "organisation_role", "region"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]}),
    ]


@admin.register(Region)
class RegionAdmin(ExpiresPublicPages):
    list_display = ["name", "ags", "kind", "land"]
    list_filter = ["kind", "land"]
    search_fields = ["name", "ags"]
    list_select_related = ["land"]
    ordering = ["ags"]


@admin.register(Topic, TargetGroup)
class TaxonomyAdmin(ExpiresPublicPages):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
