"""The one path every uploaded picture takes through a form.

A picture is the most expensive thing a form checks, so it is checked last: only when
every other field (and the number of pictures) is valid, only within the person's hourly
allowance (``UPLOADS_PER_HOUR``, counted in the shared cache, so across app servers),
and then by ``portal.images.process_image`` with its pixel budget and its limit of
pictures decoded at once per process.
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest
from django.utils.translation import ngettext

from portal.images import ProcessedImage
from portal.ratelimit import allow

HOUR = 3600


def within_hourly_allowance(request: HttpRequest) -> bool:
    """Count one upload of the person behind ``request``; False once the hour's are used."""
    return allow(request, "image-upload", limit=settings.UPLOADS_PER_HOUR, period=HOUR)


def hourly_limit_error() -> ValidationError:
    limit = settings.UPLOADS_PER_HOUR
    return ValidationError(
        ngettext(
            "You have already uploaded %(limit)d image within this hour, the most allowed. "
            "Please try again in the next hour. Nothing has been saved.",
            "You have already uploaded %(limit)d images within this hour, the most allowed. "
            "Please try again in the next hour. Nothing has been saved.",
            limit,
        )
        % {"limit": limit},
        code="upload_limit",
    )


def process_when_valid(
    form: forms.BaseForm,
    field: str,
    *,
    process: Callable[[UploadedFile], ProcessedImage],
    uploader: HttpRequest | None,
) -> ProcessedImage | None:
    """Process the picture in ``form``'s ``field`` once the rest of the form is valid.

    Call it at the end of ``full_clean``. A refusal becomes an error of ``field``; a form
    with any other error never reads more of the picture than Django stored.
    """
    if not form.is_bound or form.errors:
        return None
    upload = form.cleaned_data.get(field)
    if not isinstance(upload, UploadedFile):
        return None  # no new picture (or the one already stored)
    if uploader is not None and not within_hourly_allowance(uploader):
        form.add_error(field, hourly_limit_error())
        return None
    try:
        return process(upload)
    except ValidationError as error:
        form.add_error(field, error)
        return None
