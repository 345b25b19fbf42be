"""Uploaded images: what is refused, and what survives of what is accepted."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from portal.images import MAX_BYTES, process_image
from tests.factories import image_upload


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Kamerahersteller"  # Make
    exif[0x9286] = "Kommentar mit Namen"  # UserComment (in IFD0 for the test)
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (50.0, 58.0, 40.0)  # near Erfurt
    gps[3] = "E"
    gps[4] = (11.0, 1.0, 44.0)
    return exif


def test_accepted_photo_loses_gps_exif_and_is_re_encoded():
    upload = image_upload("urlaub.jpg", size=(2400, 1600), exif=gps_exif())
    with Image.open(io.BytesIO(upload.read())) as original:
        assert original.getexif().get_ifd(0x8825)  # the fixture really carries GPS data
    upload.seek(0)
    result = process_image(upload)
    for rendition in (result.large, result.small):
        with Image.open(io.BytesIO(rendition.read())) as stored:
            assert stored.format == "JPEG"
            assert not stored.getexif()
            assert "exif" not in stored.info and "comment" not in stored.info
    assert result.width == 1600 and result.height == 1067
    assert result.large.name.endswith(".jpg") and "urlaub" not in result.large.name


def test_polyglot_trailing_data_does_not_survive():
    upload = image_upload("bild.jpg")
    payload = upload.read() + b"<script>alert(1)</script><html>"
    result = process_image(SimpleUploadedFile("bild.jpg", payload))
    assert b"<script>" not in result.large.read()


def test_transparent_png_is_flattened():
    result = process_image(image_upload("logo.png", image_format="PNG", color=(0, 0, 0, 0)))
    with Image.open(io.BytesIO(result.large.read())) as stored:
        assert stored.mode == "RGB"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("foto.jpg", b"<html><script>alert(1)</script></html>"),
        ("foto.jpg", b""),
        (
            "zeichnung.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
        ),
        ("foto.jpg", b"%PDF-1.4 fake"),
    ],
)
def test_files_that_are_not_images_are_refused(name, content):
    with pytest.raises(ValidationError) as error:
        process_image(SimpleUploadedFile(name, content))
    assert error.value.code == "invalid_image"


def test_truncated_image_is_refused():
    data = image_upload("foto.jpg", size=(1200, 900), color="orange").read()
    with pytest.raises(ValidationError):
        process_image(SimpleUploadedFile("foto.jpg", data[: len(data) // 2]))


def test_image_over_40_megapixels_is_refused():
    upload = image_upload("riesig.png", size=(8000, 5001), image_format="PNG")
    with pytest.raises(ValidationError) as error:
        process_image(upload)
    assert error.value.code == "too_many_pixels"


def test_decompression_bomb_is_refused():
    upload = image_upload("bombe.png", size=(12000, 8000), image_format="PNG")
    with pytest.raises(ValidationError) as error:
        process_image(upload)
    assert error.value.code == "too_many_pixels"


def test_file_over_10_megabytes_is_refused():
    big = SimpleUploadedFile("gross.jpg", b"\xff" * (MAX_BYTES + 1))
    with pytest.raises(ValidationError) as error:
        process_image(big)
    assert error.value.code == "too_large"


def test_jpeg_comment_does_not_survive():
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "navy").save(buffer, format="JPEG", comment=b"GEHEIM-Kommentar")
    assert b"GEHEIM-Kommentar" in buffer.getvalue()
    result = process_image(SimpleUploadedFile("foto.jpg", buffer.getvalue()))
    assert b"GEHEIM-Kommentar" not in result.large.read()
    assert b"GEHEIM-Kommentar" not in result.small.read()


@pytest.mark.parametrize("size", [(20000, 1), (1, 5000), (8, 8), (3000, 100)])
def test_extreme_proportions_are_refused_with_a_message(size):
    with pytest.raises(ValidationError) as error:
        process_image(image_upload("streifen.png", size=size, image_format="PNG"))
    assert error.value.code == "bad_proportions"


def test_phone_multi_picture_jpeg_is_accepted():
    buffer = io.BytesIO()
    first, second = Image.new("RGB", (640, 480), "red"), Image.new("RGB", (640, 480), "blue")
    first.save(buffer, format="MPO", save_all=True, append_images=[second])
    result = process_image(SimpleUploadedFile("handy.jpg", buffer.getvalue()))
    with Image.open(io.BytesIO(result.large.read())) as stored:
        assert stored.format == "JPEG" and stored.getpixel((10, 10))[0] > 200
