from django import template

from projects.models import Project

register = template.Library()


@register.simple_tag
def latest_projects(count: int = 3):
    """The newest published portraits, for teasers on other apps' pages."""
    return list(
        Project.objects.published()
        .select_related("region")
        .only("name", "slug", "summary", "region__name", "published_at")
        .order_by("-published_at", "-id")[:count]
    )
