import datetime
import json

from django import template
from django.urls import reverse, translate_url
from django.utils import formats, timezone, translation
from django.utils.html import _json_script_escapes, conditional_escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext

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
    # A path such as //evil.example/projekte/ would otherwise come back as the
    # protocol-relative //evil.example/en/projekte/, a link to another site; browsers
    # read a backslash like a slash. One leading slash leaves only paths of this site.
    current = "/" + context["request"].get_full_path().lstrip("/\\")
    translated = translate_url(current, language)
    if translated != current and url_has_allowed_host_and_scheme(translated, allowed_hosts=None):
        return translated
    with translation.override(language):
        return reverse("portal:home")


@register.filter
def is_editor(user) -> bool:
    from portal.permissions import is_editor as check

    return check(user)


@register.simple_tag
def filter_form_key(filterset) -> str:
    """What a filter form's markup depends on: its class and the values it was given.

    Paging parameters are left out, so that every page of a list shares one cached form.
    """
    data = filterset.form.data
    values = [(name, data.getlist(name)) for name in sorted(filterset.form.fields)]
    return f"{type(filterset).__qualname__}:{values!r}"


# --- dates and times --------------------------------------------------------------------
# German writes "15. Dezember 2026, 17:00–19:00 Uhr": the date once, "Uhr" after the
# hours. The patterns are translated, so each language puts its own words around them.


def _local(moment: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def _day(moment: datetime.datetime) -> str:
    return formats.date_format(moment, "DATE_FORMAT")


def _clock(moment: datetime.datetime) -> SafeString:
    """The time of day, in a <time> element that carries the whole moment."""
    return format_html(
        '<time datetime="{}">{}</time>',
        moment.isoformat(),
        formats.time_format(moment, "TIME_FORMAT"),
    )


def _fill(pattern: str, **parts) -> SafeString:
    escaped = {name: conditional_escape(part) for name, part in parts.items()}
    return mark_safe(conditional_escape(pattern) % escaped)  # noqa: S308 - all parts escaped


@register.filter
def date_and_time(moment: datetime.datetime | None) -> SafeString | str:
    """ "15. Dezember 2026, 17:00 Uhr"."""
    if moment is None:
        return ""
    moment = _local(moment)
    return _fill(
        pgettext("date and time", "%(date)s, %(time)s"), date=_day(moment), time=_clock(moment)
    )


@register.filter
def datetime_range(start: datetime.datetime, end: datetime.datetime | None) -> SafeString | str:
    """ "15. Dezember 2026, 17:00–19:00 Uhr"; both dates only when the end is on another day."""
    if end is None:
        return date_and_time(start)
    start, end = _local(start), _local(end)
    if start.date() == end.date():
        pattern = pgettext("date and time range", "%(date)s, %(start)s–%(end)s")
        return _fill(pattern, date=_day(start), start=_clock(start), end=_clock(end))
    pattern = pgettext("date and time range", "%(start_date)s, %(start)s – %(end_date)s, %(end)s")
    return _fill(
        pattern, start_date=_day(start), start=_clock(start), end_date=_day(end), end=_clock(end)
    )


@register.filter
def time_range(start: datetime.datetime, end: datetime.datetime) -> SafeString:
    """ "17:00–19:00 Uhr" under a heading that names the day; the end's date if it is another."""
    start, end = _local(start), _local(end)
    if start.date() == end.date():
        pattern = pgettext("time range", "%(start)s–%(end)s")
        return _fill(pattern, start=_clock(start), end=_clock(end))
    pattern = pgettext("time range", "%(start)s – %(end_date)s, %(end)s")
    return _fill(pattern, start=_clock(start), end_date=_day(end), end=_clock(end))


@register.filter
def day_with_weekday(moment: datetime.datetime) -> str:
    """ "Dienstag, 15. Dezember 2026" / "Tuesday, December 15, 2026", for headings of days."""
    # Translators: a date format (see PHP/Django date formats) with the day of the week.
    return formats.date_format(_local(moment), pgettext("date format", "l, F j, Y"))
