"""Checking and re-encoding uploaded images.

An upload is never stored as it came: its pixels are decoded (which proves it is an
image), limited in bytes and pixels, turned upright, and encoded anew as JPEG. Nothing
of the original file survives but the picture itself: no EXIF, no GPS position, no
comments, no trailing data of a polyglot file. Files get random, server-made names.

Decoding is the expensive part, so it comes last and is bounded: the header's size is
checked against a pixel budget before a single pixel is decoded, JPEGs are decoded at
a reduced scale, the picture is scaled down before any further copy is made, and each
process decodes only a few pictures at a time (see ``image_slots``).
"""

from __future__ import annotations

import io
import math
import threading
import uuid
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024

# The memory budget of one picture while it is processed. The recommended server is
# small (1-2 GB of RAM) and runs 2 gunicorn workers of 8 threads; each worker processes
# at most IMAGES_AT_ONCE = 2 pictures at a time (a quarter of its threads), so at most
# 2 × 2 = 4 pictures are in memory at once. 512 MB of the RAM may go to them: 128 MB each.
MEMORY_PER_IMAGE = 128 * 1024 * 1024
# What processing costs per pixel of the header's size, measured (peak RSS) and rounded
# up. A PNG, GIF or baseline JPEG is decoded once at 4 bytes a pixel at most (Pillow keeps
# RGB, RGBA and CMYK in 32 bits; a JPEG is decoded at a reduced scale where it can be);
# everything after it works in bands or on the scaled-down picture: 4.5 bytes a pixel.
DECODED_BYTES_PER_PIXEL = 4.5
# libwebp decodes the canvas, keeps a second one for animation, and Pillow copies it.
WEBP_BYTES_PER_PIXEL = 17
# So the pixel budget: 128 MB / 4.5 B = 29.8 MP, rounded down to a camera's 6,000 × 4,000
# (24 MP: 108 MB measured for a transparent PNG). Formats that cost more per pixel get
# fewer: a WebP 7 MP, a progressive JPEG 10 to 24 MP (see _bytes_per_pixel).
MAX_PIXELS = 24_000_000
EXAMPLE_SIZE = (6000, 4000)
# MPO: the multi-picture JPEG of many phone cameras; its first picture is used.
ACCEPTED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "GIF"}
MIN_SIDE = 16
MAX_ASPECT_RATIO = 20
LARGE_WIDTH = 1600
# Tall pictures are limited too, so that no working copy is larger than this box.
LARGE_HEIGHT = LARGE_WIDTH
SMALL_WIDTH = 480
JPEG_QUALITY = 85

# Pillow's own guard, on the same budget: Image.open refuses twice the budget by itself
# (DecompressionBombError) and warns above it, where our header check refuses with a
# message. GIF frames and other sizes Pillow checks while decoding meet the same limit.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

# EXIF orientation -> the transposition that turns the picture upright (as ImageOps does).
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
ORIENTATION_TAG = 0x0112
TURNS = {
    Image.Transpose.TRANSPOSE,
    Image.Transpose.ROTATE_270,
    Image.Transpose.TRANSVERSE,
    Image.Transpose.ROTATE_90,
}
# Pixels of the decoded picture flattened at a time: its working copies take a few MB.
BAND_PIXELS = 500_000


@dataclass(frozen=True)
class ProcessedImage:
    large: ContentFile
    small: ContentFile
    width: int
    height: int


_slots_lock = threading.Lock()
_slots: dict[int, threading.BoundedSemaphore] = {}


def image_slots() -> threading.BoundedSemaphore:
    """The semaphore that bounds how many pictures this process decodes at once.

    Threads beyond it wait ``IMAGE_WAIT_SECONDS`` at most, then the form says "try again":
    a flood of uploads costs some waiting, never the server's memory.
    """
    size = max(1, settings.IMAGES_AT_ONCE)
    with _slots_lock:
        return _slots.setdefault(size, threading.BoundedSemaphore(size))


def max_size_text() -> str:
    """The largest picture allowed, in words for the user."""
    width, height = EXAMPLE_SIZE
    return _("%(mp)s megapixels (for example %(width)s × %(height)s pixels)") % {
        "mp": number_format(MAX_PIXELS // 1_000_000),
        "width": number_format(width, force_grouping=True),
        "height": number_format(height, force_grouping=True),
    }


def upload_help_text(*, max_images: int | None = None) -> str:
    text = _("JPEG, PNG, WebP or GIF, at most 10 MB and %(size)s.") % {"size": max_size_text()}
    if max_images:
        text += " " + _("Up to %(max)d images.") % {"max": max_images}
    return text


def too_many_pixels(pixels: int | None = None, *, limit: int = MAX_PIXELS) -> ValidationError:
    if pixels is None:
        message = _("The image has too many pixels. At most %(size)s are allowed.") % {
            "size": max_size_text()
        }
        return ValidationError(message, code="too_many_pixels")
    # Rounded up: a picture just over the limit must not read "24.0 megapixels".
    values = {
        "mp": number_format(math.ceil(pixels / 100_000) / 10, 1),
        "size": max_size_text(),
        "max": number_format(limit // 1_000_000),
    }
    if limit == MAX_PIXELS:
        message = _(
            "The image has too many pixels (%(mp)s megapixels). At most %(size)s are allowed."
        )
    else:
        message = _(
            "The image has too many pixels (%(mp)s megapixels). Images of this file type may "
            "have at most %(max)s megapixels. Please make the image smaller."
        )
    return ValidationError(message % values, code="too_many_pixels")


def _bytes_per_pixel(probe: Image.Image) -> float:
    """What processing ``probe`` costs per pixel of its header's size, from its header."""
    if probe.format == "WEBP":
        return WEBP_BYTES_PER_PIXEL
    if probe.format in {"JPEG", "MPO"} and probe.info.get("progressive"):
        # libjpeg keeps every coefficient (2 bytes) of every component of a progressive
        # JPEG until its last scan, at full size even when decoding at a reduced scale;
        # the decoded picture comes on top (full size when it cannot be reduced).
        layers = getattr(probe, "layer", None) or [("", 1, 1, 0)] * len(probe.getbands())
        most = max(h for _, h, _, _ in layers) * max(v for _, _, v, _ in layers)
        coefficients = 2 * sum(h * v for _, h, v, _ in layers) / most
        return coefficients + (1 if probe.mode == "L" else 4) + 0.5
    return DECODED_BYTES_PER_PIXEL


def pixel_limit(probe: Image.Image) -> int:
    """The most pixels a picture like ``probe`` may have: what fits the memory budget."""
    affordable = int(MEMORY_PER_IMAGE / _bytes_per_pixel(probe))
    return min(MAX_PIXELS, affordable // 1_000_000 * 1_000_000)  # whole megapixels


def _target_size(width: int, height: int) -> tuple[int, int]:
    """The size of the large rendition of an upright picture of ``width`` × ``height``."""
    scale = min(1, LARGE_WIDTH / width, LARGE_HEIGHT / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


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


def _check_header(probe: Image.Image, not_an_image: ValidationError) -> None:
    """Refuse by what the header claims; nothing has been decoded yet."""
    if probe.format not in ACCEPTED_FORMATS:
        raise not_an_image
    limit = pixel_limit(probe)
    if probe.width * probe.height > limit:
        raise too_many_pixels(probe.width * probe.height, limit=limit)
    shorter, longer = sorted(probe.size)
    if shorter < MIN_SIDE or longer > shorter * MAX_ASPECT_RATIO:
        raise ValidationError(
            _("The image is too small or too narrow. Please upload a photo or graphic."),
            code="bad_proportions",
        )


def _shrink(image: Image.Image, factor: int) -> Image.Image:
    """``image`` on white, in RGB or L, reduced by the whole number ``factor``.

    Flattening and reducing copy the whole picture (Pillow premultiplies alpha into a
    copy first), so pictures with alpha, a palette or odd modes go a band of rows at a
    time: besides the decoded picture only the reduced one is in memory.
    """
    if image.mode in {"RGB", "L"}:
        return image.reduce(factor) if factor > 1 else image
    width, height = image.size
    reduced = Image.new("RGB", (-(-width // factor), -(-height // factor)), "white")
    step = max(1, BAND_PIXELS // width // factor) * factor
    for top in range(0, height, step):
        band = _flatten(image.crop((0, top, width, min(height, top + step))))
        reduced.paste(band.reduce(factor) if factor > 1 else band, (0, top // factor))
    return reduced


def _decode_small(probe: Image.Image) -> Image.Image:
    """Decode ``probe`` and return it upright in RGB, at the size of the large rendition."""
    # A JPEG is decoded at 1/2, 1/4 or 1/8 of its size when that still covers the large
    # rendition in either orientation (the EXIF orientation is known only after loading).
    shorter = min(probe.size)
    if shorter > LARGE_WIDTH:
        scale = LARGE_WIDTH / shorter
        probe.draft(None, (max(1, int(probe.width * scale)), max(1, int(probe.height * scale))))
    # Decoding every pixel finds truncated and corrupt files.
    probe.load()
    turn = UPRIGHT.get(probe.getexif().get(ORIENTATION_TAG, 1))
    turned = turn in TURNS
    target = _target_size(*((probe.height, probe.width) if turned else probe.size))
    if turned:
        target = (target[1], target[0])
    # A box reduction by a whole factor first, then Lanczos over less than twice the size.
    factor = max(1, min(probe.width // target[0], probe.height // target[1]))
    picture = _shrink(probe, factor)
    if picture is not probe:
        # Frees the decoded full-size picture (ImageFile.close would close the upload too).
        Image.Image.close(probe)
    if picture.size != target:
        picture = picture.resize(target, Image.LANCZOS)
    if turn is not None:
        picture = picture.transpose(turn)
    return picture.convert("RGB")


def _decode(upload, not_an_image: ValidationError) -> Image.Image:
    with Image.open(upload) as probe:
        _check_header(probe, not_an_image)
        slots = image_slots()
        if not slots.acquire(timeout=settings.IMAGE_WAIT_SECONDS):
            raise ValidationError(
                _(
                    "Many images are being processed right now. Please wait a moment, "
                    "choose the image again and send the form once more."
                ),
                code="busy",
            )
        try:
            return _decode_small(probe)
        finally:
            slots.release()


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
            # Sizes just above the budget warn; the header check refuses them with a message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            picture = _decode(upload, not_an_image)
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise too_many_pixels() from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise not_an_image from error
    finally:
        upload.seek(0)
    stem = uuid.uuid4().hex
    return ProcessedImage(
        large=_encode(picture, LARGE_WIDTH, f"{stem}.jpg"),
        small=_encode(picture, SMALL_WIDTH, f"{stem}-klein.jpg"),
        width=picture.width,
        height=picture.height,
    )
