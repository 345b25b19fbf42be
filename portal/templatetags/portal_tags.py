import json

from django import template
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import _json_script_escapes
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def json_ld(data: dict) -> str:
    """A schema.org block; <, > and & are escaped so no text can end the script element."""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def page_url(context, **changes) -> str:
    """The current URL with some query parameters changed (None removes one)."""
    query = context["request"].GET.copy()
    for key in ("nach", "vor", "seite"):
        query.pop(key, None)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def same_page_in(context, language: str) -> str:
    """The current page in another language, or that language's home page.

    A plain link, not a form: the language lives in the URL, and a page without a
    form (and so without a CSRF token) is the same for every visitor and can be cached.
    """
    current = context["request"].get_full_path()
    translated = translate_url(current, language)
    if translated != current:
        return translated
    with translation.override(language):
        return reverse("portal:home")


@register.filter
def is_editor(user) -> bool:
    from portal.permissions import is_editor as check

    return check(user)


@register.filter
def markdown(text: str) -> str:
    """Markdown rendered and cleaned for short texts that are shown rarely (agendas)."""
    from portal.markdown import render_markdown

    return mark_safe(render_markdown(text))  # noqa: S308 - cleaned by nh3


@register.simple_tag
def filter_form_key(filterset) -> str:
    """What a filter form's markup depends on: its class and the values it was given.

    Paging parameters are left out, so that every page of a list shares one cached form.
    """
    data = filterset.form.data
    values = [(name, data.getlist(name)) for name in sorted(filterset.form.fields)]
    return f"{type(filterset).__qualname__}:{values!r}"
