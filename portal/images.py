"""Checking and re-encoding uploaded images.

An upload is never stored as it came: its pixels are decoded (which proves it is an
image), limited in bytes and pixels, turned upright, and encoded anew as JPEG. Nothing
of the original file survives but the picture itself: no EXIF, no GPS position, no
comments, no trailing data of a polyglot file. Files get random, server-made names.
"""

from __future__ import annotations

import io
import math
import uuid
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
# MPO: the multi-picture JPEG of many phone cameras; its first picture is used.
ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "GIF"}
MIN_SIDE = 16
MAX_ASPECT_RATIO = 20
LARGE_WIDTH = 1600
SMALL_WIDTH = 480
JPEG_QUALITY = 85

# Pillow refuses anything above twice this limit itself; below it we check ourselves.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


@dataclass(frozen=True)
class ProcessedImage:
    large: ContentFile
    small: ContentFile
    width: int
    height: int


def _encode(image: Image.Image, width: int, name: str) -> ContentFile:
    if image.width > width:
        height = max(1, round(image.height * width / image.width))
        image = image.resize((width, height), Image.LANCZOS)
    # Pillow would write a comment or EXIF kept in ``info`` back into the file.
    image.info.clear()
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return ContentFile(buffer.getvalue(), name=name)


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode in {"RGBA", "LA", "P", "PA"}:
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")


def _decode(upload, not_an_image: ValidationError) -> Image.Image:
    with Image.open(upload) as probe:
        if probe.format not in ACCEPTED_FORMATS:
            raise not_an_image
        if probe.width * probe.height > MAX_PIXELS:
            raise ValidationError(
                _("The image has too many pixels (%(mp)s megapixels). At most 40 are allowed.")
                % {"mp": round(probe.width * probe.height / 1_000_000)},
                code="too_many_pixels",
            )
        shorter, longer = sorted(probe.size)
        if shorter < MIN_SIDE or longer > shorter * MAX_ASPECT_RATIO:
            raise ValidationError(
                _("The image is too small or too narrow. Please upload a photo or graphic."),
                code="bad_proportions",
            )
        # Decoding every pixel finds truncated and corrupt files.
        probe.load()
        return _flatten(ImageOps.exif_transpose(probe))


def process_image(upload) -> ProcessedImage:
    """Check ``upload`` and return clean renditions, or raise ``ValidationError``."""
    if upload.size > MAX_BYTES:
        # Rounded up: a file just over the limit must not read "10.0 MB".
        megabytes = math.ceil(upload.size * 10 / 1024 / 1024) / 10
        raise ValidationError(
            _("The image is too large (%(size)s MB). At most 10 MB are allowed.")
            % {"size": number_format(megabytes, 1)},
            code="too_large",
        )
    not_an_image = ValidationError(
        _("This file is not an image we can use. Please upload a JPEG, PNG, WebP or GIF."),
        code="invalid_image",
    )
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            # Sizes just above the limit warn; the check below refuses them with a message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            picture = _decode(upload, not_an_image)
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise ValidationError(
            _("The image has too many pixels. At most 40 megapixels are allowed."),
            code="too_many_pixels",
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise not_an_image from error
    finally:
        upload.seek(0)
    stem = uuid.uuid4().hex
    large = _encode(picture, LARGE_WIDTH, f"{stem}.jpg")
    return ProcessedImage(
        large=large,
        small=_encode(picture, SMALL_WIDTH, f"{stem}-klein.jpg"),
        width=min(picture.width, LARGE_WIDTH),
        height=max(1, round(picture.height * min(1, LARGE_WIDTH / picture.width))),
    )
