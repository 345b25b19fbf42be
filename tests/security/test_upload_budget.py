"""Uploads cannot exhaust the server's memory or CPU.

A picture is checked by its header against a pixel budget before a pixel is decoded,
decoded only when the rest of the form is valid, decoded small, within an hourly
allowance per person and a few at a time per process. Memory is measured as the
process's peak resident size (Linux /proc), which counts Pillow's and libjpeg's memory.
"""

from __future__ import annotations

import gc
import io
import math
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape
from PIL import Image

from networks.models import Network, Organisation
from portal import images
from projects.actions import MAX_IMAGES
from projects.models import Project, ProjectImage
from tests import factories
from tests.factories import make_network, make_organisation
from tests.networks.test_coordination import network_form, organisation_form
from tests.projects.test_views import form_data as project_form

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
PROC = Path("/proc/self")
needs_proc = pytest.mark.skipif(
    not (PROC / "clear_refs").exists(), reason="peak memory is read from Linux /proc"
)

NOT_AN_IMAGE = "Diese Datei ist kein Bild, das wir verwenden können."
TOO_MANY_PIXELS = "Das Bild hat zu viele Pixel"


def _status(field: str) -> int:
    for line in (PROC / "status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    raise LookupError(field)


def peak_growth(action: Callable[[], object]) -> int:
    """How far above its current size the process grew while ``action`` ran, in bytes."""
    gc.collect()
    (PROC / "clear_refs").write_text("5")  # resets the peak (VmHWM) to the current size
    before = _status("VmRSS")
    action()
    return _status("VmHWM") - before


def png(size: tuple[int, int], mode: str = "RGB", color="teal") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, format="PNG")
    return buffer.getvalue()


def truncated_png(size: tuple[int, int]) -> bytes:
    """A PNG whose header is whole and whose pixels are cut off: decoding it fails."""
    data = png(size)
    return data[: len(data) // 2]


@pytest.fixture
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return settings.MEDIA_ROOT


@pytest.fixture
def organisation(client, media_root) -> Organisation:
    owner = factories.UserFactory()
    organisation = make_organisation("Kulturbrücke e. V.")
    organisation.owners.add(owner)
    client.force_login(owner)
    return organisation


def post_logo(client, organisation: Organisation, content: bytes, **changes):
    data = organisation_form(organisation, **changes)
    data["new_logo"] = SimpleUploadedFile("logo.png", content, content_type="image/png")
    return client.post(reverse("networks:organisation-edit", args=[organisation.slug]), data)


# --- the pixel budget, checked in the header ----------------------------------------------


@needs_proc
def test_a_6200_pixel_square_png_of_150_kb_is_refused_by_its_header(client, media_root):
    # The reported file: 38 megapixels of one colour compress to a few hundred kB.
    flood = png((6200, 6200))
    assert len(flood) < 200 * 1024
    client.force_login(factories.UserFactory())

    def post():
        upload = SimpleUploadedFile("flut.png", flood, content_type="image/png")
        data = project_form(image=upload, image_alt_text="Eine Fläche")
        return client.post(reverse("projects:project-create"), data)

    responses = []
    # Decoding it would take 154 MB (4 bytes a pixel) and about 2 s of CPU.
    assert peak_growth(lambda: responses.append(post())) < 40 * MB
    page = responses[0].content.decode()
    assert (
        escape(
            "Das Bild hat zu viele Pixel (38,5 Megapixel). "
            "Erlaubt sind höchstens 24 Megapixel (zum Beispiel 6.000 × 4.000 Pixel)."
        )
        in page
    )
    assert not Project.objects.exists()


def test_a_picture_over_the_budget_is_refused_before_its_pixels_are_read():
    # Only the header is whole: decoding would fail, so the refusal names the pixels.
    upload = SimpleUploadedFile("flut.png", truncated_png((6200, 6200)))
    started = time.perf_counter()
    with pytest.raises(ValidationError) as refusal:
        images.process_image(upload)
    assert refusal.value.code == "too_many_pixels"
    assert time.perf_counter() - started < 0.5


def test_the_form_names_the_largest_picture_allowed(client, organisation):
    response = client.get(reverse("networks:organisation-edit", args=[organisation.slug]))
    assert escape("höchstens 10 MB und 24 Megapixel (zum Beispiel 6.000 × 4.000 Pixel)") in (
        response.content.decode()
    )


def test_a_webp_has_a_smaller_budget_named_in_the_refusal():
    buffer = io.BytesIO()
    Image.new("RGB", (3000, 3000), "teal").save(buffer, format="WEBP")
    with pytest.raises(ValidationError) as refusal:
        images.process_image(SimpleUploadedFile("bild.webp", buffer.getvalue()))
    assert refusal.value.code == "too_many_pixels"
    assert (
        "Bilder dieses Dateityps dürfen höchstens 7 Megapixel haben." in (refusal.value.messages[0])
    )


def _at_limit(make: Callable[[tuple[int, int]], bytes]) -> bytes:
    with Image.open(io.BytesIO(make((300, 200)))) as sample:
        limit = images.pixel_limit(sample)
    width = math.isqrt(limit * 3 // 2)
    return make((width, limit // width))


def _saved(mode: str, image_format: str, **options) -> Callable[[tuple[int, int]], bytes]:
    def make(size: tuple[int, int]) -> bytes:
        buffer = io.BytesIO()
        Image.new(mode, size, "white" if mode != "CMYK" else (1, 2, 3, 4)).save(
            buffer, format=image_format, **options
        )
        return buffer.getvalue()

    return make


@needs_proc
@pytest.mark.parametrize(
    "make",
    [
        _saved("RGBA", "PNG"),
        _saved("P", "GIF"),
        _saved("RGB", "JPEG", subsampling=0),
        _saved("RGB", "JPEG", progressive=True, subsampling=0),
        _saved("CMYK", "JPEG", progressive=True),
        _saved("RGBA", "WEBP", lossless=True),
    ],
    ids=["png-rgba", "gif", "jpeg", "jpeg-progressive", "jpeg-cmyk-progressive", "webp"],
)
def test_a_picture_at_its_pixel_limit_stays_within_the_memory_budget(make):
    content = _at_limit(make)
    upload = SimpleUploadedFile("bild", content)
    results = []
    growth = peak_growth(lambda: results.append(images.process_image(upload)))
    assert results[0].width <= images.LARGE_WIDTH
    assert growth <= images.MEMORY_PER_IMAGE, f"{growth / MB:.0f} MB"


# --- the rest of the form first ----------------------------------------------------------


def test_a_logo_is_not_decoded_when_the_postcode_is_wrong(client, organisation):
    response = post_logo(client, organisation, truncated_png((3000, 2000)), postcode="123")
    form = response.context["form"]
    # Decoding would have found the cut-off pixels; the answer is the postcode alone.
    assert form.errors == {"postcode": ["Eine deutsche Postleitzahl hat fünf Ziffern."]}
    assert not Organisation.objects.get(pk=organisation.pk).logo


def test_a_network_logo_is_not_decoded_when_another_field_is_wrong(client, media_root):
    coordinator = factories.UserFactory()
    network = make_network(email="netzwerk@example.org")
    network.coordinators.add(coordinator)
    client.force_login(coordinator)
    data = network_form(network, email="kein-mail")
    data["new_logo"] = SimpleUploadedFile("logo.png", truncated_png((3000, 2000)))
    response = client.post(reverse("networks:network-edit", args=[network.slug]), data)
    assert set(response.context["form"].errors) == {"email"}
    assert not Network.objects.get(pk=network.pk).logo


@needs_proc
def test_a_form_refused_for_its_postcode_costs_no_decoding(client, organisation):
    # 20 megapixels with transparency: 80 MB once decoded, a few kB as a file.
    content = png((5000, 4000), mode="RGBA", color=(0, 90, 90, 128))
    responses = []
    growth = peak_growth(
        lambda: responses.append(post_logo(client, organisation, content, postcode="1234x"))
    )
    assert set(responses[0].context["form"].errors) == {"postcode"}
    assert growth < 40 * MB


def test_a_portrait_picture_is_not_decoded_without_its_alternative_text(client, media_root):
    client.force_login(factories.UserFactory())
    upload = SimpleUploadedFile("foto.png", truncated_png((3000, 2000)))
    response = client.post(reverse("projects:project-create"), project_form(image=upload))
    assert set(response.context["form"].errors) == {"image_alt_text"}
    assert not Project.objects.exists()


def test_a_portrait_with_all_its_images_refuses_another_before_decoding_it(client, media_root):
    project = factories.ProjectFactory(status=Project.Status.DRAFT)
    processed = images.process_image(factories.image_upload(size=(100, 80)))
    for position in range(MAX_IMAGES):
        ProjectImage.objects.create(
            project=project,
            image=processed.large,
            image_small=processed.small,
            alt_text="Bild",
            position=position,
        )
    client.force_login(project.owner)
    upload = SimpleUploadedFile("foto.png", truncated_png((3000, 2000)))
    data = project_form(image=upload, image_alt_text="Noch ein Bild", lock_version=0)
    data["lock_version"] = project.lock_version
    response = client.post(reverse("projects:project-edit", args=[project.pk]), data)
    assert response.context["form"].errors == {
        "image": [
            "Ein Porträt hat höchstens 8 Bilder. Entfernen Sie eines, "
            "bevor Sie ein weiteres hinzufügen."
        ]
    }
    assert project.images.count() == MAX_IMAGES


# --- how many, and how many at once ------------------------------------------------------


def test_uploads_beyond_the_hourly_allowance_are_refused_and_change_nothing(
    client, organisation, settings
):
    settings.UPLOADS_PER_HOUR = 2
    for _ in range(2):
        response = post_logo(client, organisation, png((200, 100)))
        assert response.status_code == 302
    stored = Organisation.objects.get(pk=organisation.pk).logo.name

    response = post_logo(client, organisation, png((200, 100)), name="Neuer Name")
    assert response.status_code == 200
    assert (
        escape("Sie haben in dieser Stunde bereits 2 Bilder hochgeladen, mehr sind nicht erlaubt.")
        in response.content.decode()
    )
    current = Organisation.objects.get(pk=organisation.pk)
    assert (current.name, current.logo.name) == (organisation.name, stored)


def test_a_refused_form_does_not_use_up_the_hourly_allowance(client, organisation, settings):
    settings.UPLOADS_PER_HOUR = 1
    for _ in range(3):
        post_logo(client, organisation, png((200, 100)), postcode="12")
    assert post_logo(client, organisation, png((200, 100))).status_code == 302


def test_when_every_image_slot_is_taken_the_form_asks_to_try_again(client, organisation, settings):
    settings.IMAGES_AT_ONCE = 2
    settings.IMAGE_WAIT_SECONDS = 0.2
    slots = images.image_slots()
    held = [slots.acquire(blocking=False) for _ in range(2)]
    assert all(held), "no other upload is being processed"
    try:
        started = time.perf_counter()
        response = post_logo(client, organisation, png((200, 100)))
        assert time.perf_counter() - started < 5
    finally:
        for _ in held:
            slots.release()
    assert response.status_code == 200
    assert (
        escape(
            "Gerade werden viele Bilder verarbeitet. Bitte warten Sie einen Moment, "
            "wählen Sie das Bild noch einmal aus und senden Sie das Formular erneut."
        )
        in response.content.decode()
    )
    assert not Organisation.objects.get(pk=organisation.pk).logo

    assert post_logo(client, organisation, png((200, 100))).status_code == 302
    assert Organisation.objects.get(pk=organisation.pk).logo
