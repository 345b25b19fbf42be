"""Tags of the design system's components: icons from the sprite, topic icons, pictures."""

from __future__ import annotations

from django import template
from django.templatetags.static import static
from django.utils.html import format_html

register = template.Library()

SPRITE = "img/icons.svg"

# Topics (portal.Topic slugs) drawn in the sprite; any other topic gets the generic icon.
TOPIC_ICONS = frozenset(
    {
        "musik-und-kultur",
        "sprache-und-bildung",
        "arbeit-und-ausbildung",
        "wohnen",
        "gesundheit",
        "sport-und-freizeit",
        "teilhabe-und-antidiskriminierung",
        "beratung-und-begleitung",
        "ehrenamt-und-patenschaften",
        "vernetzung",
        "kommunale-integrationsarbeit",
    }
)
GENERIC_TOPIC = "topic-generic"


def topic_symbol(slug: str | None) -> str:
    return f"topic-{slug}" if slug in TOPIC_ICONS else GENERIC_TOPIC


@register.simple_tag
def icon(name: str, css_class: str = "icon") -> str:
    """A symbol of the sprite, hidden from screen readers: the words next to it say it."""
    return format_html(
        '<svg class="{}" width="24" height="24" aria-hidden="true" focusable="false">'
        '<use href="{}#{}"></use></svg>',
        css_class,
        static(SPRITE),
        name,
    )


@register.simple_tag
def topic_icon(topic, css_class: str = "icon") -> str:
    """The icon of ``topic`` (a Topic, a slug or None: the generic icon)."""
    slug = getattr(topic, "slug", topic)
    return icon(topic_symbol(slug), css_class)
