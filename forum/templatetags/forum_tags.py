"""Template access to the forum's rules (forum.permissions) and read state."""

from django import template

from forum import models, permissions

register = template.Library()


@register.filter
def forum_member(user) -> bool:
    return permissions.is_member(user)


@register.filter
def forum_moderator(user) -> bool:
    return permissions.can_moderate(user)


@register.filter
def editable_by(post, user) -> bool:
    return permissions.can_edit_post(user, post)


@register.filter
def withdrawable_by(post, user) -> bool:
    return permissions.can_withdraw_post(user, post)


@register.filter
def reportable_by(post, user) -> bool:
    return permissions.can_report_post(user, post)


@register.filter
def new_posts(topic) -> int:
    """Posts in the topic after the member's read marker (annotated as ``read_up_to``)."""
    return max(topic.post_count - (topic.read_up_to or 0), 0)


@register.filter
def member_name(user) -> str:
    return models.member_name(user)
