"""A corpus of hostile and odd files for every image upload of the portal.

Every case is made in code (Pillow or plain bytes), so the corpus needs no binary fixtures
and shows exactly what each file is. A case says how the browser names the file, what it
contains, and what must become of it: ``refused`` with a message for the upload field, or
``stored`` as a clean JPEG under a name the server made. ``planted`` lists byte strings
hidden in the file (metadata, scripts, trailing archives) that must not reach the stored
copy.

Large files are cheap: pixel floods are headers that claim huge sizes, bombs are solid
areas that deflate to a few kilobytes, and every file is built once per test run.
"""

from __future__ import annotations

import functools
import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from PIL import Image, PngImagePlugin

from portal.images import MAX_BYTES

# Why a case is refused; the test maps each reason to the message the user reads.
Reason = Literal[
    "empty", "not_an_image", "too_large", "too_many_pixels", "bad_proportions", ""
]  # fmt: skip

# Byte strings planted in files; none of them may appear in a stored copy.
GPS_MARKER = b"GEHEIM-GPS-Erfurt-Domplatz"
CAMERA_MARKER = b"GEHEIM-Kamera-Seriennummer"
COMMENT_MARKER = b"GEHEIM-Kommentar"
SCRIPT = b"<script>alert(document.cookie)</script>"
PHP = b"<?php system($_GET['c']); ?>"
XMP_MARKER = b"GEHEIM-XMP-Autorin"
ICC_MARKER = b"GEHEIM-ICC-Beschreibung"
IPTC_MARKER = b"GEHEIM-IPTC-Ort"


@dataclass(frozen=True)
class HostileFile:
    id: str
    file_name: str
    make: Callable[[], bytes] = field(repr=False)
    outcome: Literal["refused", "stored"]
    reason: Reason = ""
    planted: tuple[bytes, ...] = ()
    # For stored pictures whose shape matters: (width, height) of every rendition.
    stored_size: tuple[int, int] | None = None

    @property
    def content(self) -> bytes:
        return _built(self.make)


@functools.cache
def _built(make: Callable[[], bytes]) -> bytes:
    # Each file is made once per test run and shared by every upload that posts it.
    return make()


# --- building blocks ----------------------------------------------------------------------


def _save(image: Image.Image, image_format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def _photo(size=(800, 600), mode="RGB", color="teal") -> Image.Image:
    return Image.new(mode, size, color)


@functools.cache
def plain_jpeg() -> bytes:
    return _save(_photo(), "JPEG")


def _gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = CAMERA_MARKER.decode()  # Make
    exif[0xA431] = CAMERA_MARKER.decode()  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (50.0, 58.0, 40.0)
    gps[3] = "E"
    gps[4] = (11.0, 1.0, 44.0)
    gps[27] = GPS_MARKER.decode()  # GPSProcessingMethod
    return exif


def _xmp() -> bytes:
    return (
        b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
        b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="50,58.6N">'
        b"<dc:creator>" + XMP_MARKER + b"</dc:creator>"
        b"</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    )


def _jpeg_segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _after_soi(jpeg: bytes, *segments: bytes) -> bytes:
    """Put extra segments right after the JPEG's start marker, as cameras and editors do."""
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(width: int, height: int, idat: bytes, color_type: int = 0) -> bytes:
    """A PNG built by hand, so that the header may claim what the data does not hold."""
    header = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def _solid_grey_png(width: int, height: int) -> bytes:
    """A real, complete greyscale PNG of one colour: megapixels in a few kilobytes."""
    row = b"\x00" + bytes(width)  # filter byte and black pixels
    deflate = zlib.compressobj(9)
    chunks = [deflate.compress(row) for _ in range(height)]
    return _png(width, height, b"".join(chunks) + deflate.flush())


def _zip(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


# --- files that are stored, cleaned ------------------------------------------------------


def jpeg_with_gps_exif() -> bytes:
    return _save(_photo(), "JPEG", exif=_gps_exif())


def jpeg_with_comment() -> bytes:
    return _save(_photo(), "JPEG", comment=COMMENT_MARKER + SCRIPT)


def jpeg_with_xmp() -> bytes:
    return _save(_photo(), "JPEG", xmp=_xmp())


def jpeg_with_icc_profile() -> bytes:
    # Pillow copies the profile's bytes as they are; a crafted one carries text.
    return _save(_photo(), "JPEG", icc_profile=b"\x00" * 128 + ICC_MARKER + SCRIPT)


def jpeg_with_iptc() -> bytes:
    iptc = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(IPTC_MARKER)) + IPTC_MARKER
    return _after_soi(plain_jpeg(), _jpeg_segment(0xED, b"Photoshop 3.0\x00" + iptc))


def jpeg_with_php_in_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010E] = PHP.decode()  # ImageDescription
    return _save(_photo(), "JPEG", exif=exif)


def jpeg_then_zip() -> bytes:
    return plain_jpeg() + _zip("shell.php", PHP)


def jpeg_then_html() -> bytes:
    return plain_jpeg() + b"<html><body>" + SCRIPT + b"</body></html>"


def gif_then_jar() -> bytes:
    gif = _save(_photo(mode="P", color=3), "GIF")
    return gif + _zip("META-INF/MANIFEST.MF", b"Main-Class: Exploit\n" + SCRIPT)


def png_with_text_chunks() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", (COMMENT_MARKER + SCRIPT).decode())
    info.add_text("Author", XMP_MARKER.decode(), zip=True)  # zTXt
    info.add_itxt("Description", SCRIPT.decode(), lang="de", tkey="Beschreibung")
    return _save(_photo(), "PNG", pnginfo=info)


def png_with_gps_exif() -> bytes:
    return _save(_photo(), "PNG", exif=_gps_exif())


def webp_with_exif_and_xmp() -> bytes:
    return _save(_photo(), "WEBP", exif=_gps_exif(), xmp=_xmp())


def jpeg_rotated_by_exif() -> bytes:
    # The camera was held upright: pixels lie landscape, EXIF says "turn 90° clockwise".
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation
    exif[0x010F] = CAMERA_MARKER.decode()
    return _save(_photo(size=(400, 200)), "JPEG", exif=exif)


def animated_gif() -> bytes:
    frames = [_photo(color=color) for color in ("red", "green", "blue")]
    return _save(frames[0], "GIF", save_all=True, append_images=frames[1:], loop=0)


def animated_png() -> bytes:
    frames = [_photo(color=color) for color in ("red", "green")]
    return _save(frames[0], "PNG", save_all=True, append_images=frames[1:])


def cmyk_jpeg() -> bytes:
    return _save(_photo(mode="CMYK", color=(0, 255, 255, 0)), "JPEG")


def sixteen_bit_grey_png() -> bytes:
    return _save(_photo(mode="I;16", color=40000), "PNG")


def palette_png_with_transparency() -> bytes:
    image = _photo(mode="P", color=1)
    image.putpalette([255, 255, 255, 200, 0, 0] + [0] * 762)
    return _save(image, "PNG", transparency=0)


def grey_alpha_png() -> bytes:
    return _save(_photo(mode="LA", color=(80, 128)), "PNG")


def one_bit_png() -> bytes:
    return _save(_photo(mode="1", color=1), "PNG")


def multi_picture_jpeg() -> bytes:
    first, second = _photo(color="red"), _photo(color="blue")
    return _save(first, "MPO", save_all=True, append_images=[second])


def webp() -> bytes:
    return _save(_photo(), "WEBP")


def small_bomb_png() -> bytes:
    # 9 megapixels in about 9 kB: allowed, and decoded within the limits.
    return _solid_grey_png(3000, 3000)


# --- files that are refused -------------------------------------------------------------


def truncated_jpeg() -> bytes:
    data = _save(Image.effect_noise((800, 600), 64).convert("RGB"), "JPEG")
    return data[: len(data) // 2]


def truncated_png() -> bytes:
    data = _save(Image.effect_noise((800, 600), 64), "PNG")
    return data[: len(data) // 2]


def jpeg_header_only() -> bytes:
    return plain_jpeg()[:400]


def jpeg_magic_then_html() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"<html>" + SCRIPT + b"</html>"


def gif_javascript_polyglot() -> bytes:
    # "GIF89a/*" starts both a GIF header and a JavaScript comment.
    return b"GIF89a/*\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff*/=1;" + SCRIPT + b"//;"


def svg_with_script() -> bytes:
    return (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="800" '
        b'height="600" onload="alert(1)"><rect width="800" height="600"/>' + SCRIPT + b"</svg>"
    )


def html_page() -> bytes:
    return b"<!DOCTYPE html><html><head><title>Foto</title></head><body>" + SCRIPT + b"</body>"


def php_script() -> bytes:
    return PHP


def htaccess() -> bytes:
    return b"AddType application/x-httpd-php .jpg\nAddHandler php-script .jpg\n"


def imagetragick_mvg() -> bytes:
    return (
        b"push graphic-context\nviewbox 0 0 640 480\n"
        b"fill 'url(https://example.invalid/bild.jpg\"|id > /tmp/pwned\")'\npop graphic-context\n"
    )


def encapsulated_postscript() -> bytes:
    # Pillow hands EPS to Ghostscript when it decodes one; the format must be refused first.
    return (
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 800 600\n"
        b"(/etc/passwd) (r) file\nshowpage\n%%EOF\n"
    )


def pdf_document() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def tiff() -> bytes:
    return _save(_photo(), "TIFF")


def bmp() -> bytes:
    return _save(_photo(), "BMP")


def ico() -> bytes:
    return _save(_photo(size=(64, 64)), "ICO")


def xbm() -> bytes:
    return _save(_photo(size=(64, 64), mode="1"), "XBM")


def png_pixel_flood() -> bytes:
    # The header claims 100000 × 100000 pixels; the data are a few bytes.
    return _png(100_000, 100_000, zlib.compress(bytes(1000)))


def jpeg_pixel_flood() -> bytes:
    # A baseline JPEG whose frame header claims 65500 × 65500 pixels.
    jpeg = plain_jpeg()
    start = jpeg.index(b"\xff\xc0")
    return jpeg[: start + 5] + struct.pack(">HH", 65500, 65500) + jpeg[start + 9 :]


def gif_with_huge_screen() -> bytes:
    # A small frame on a logical screen of 65535 × 65535 pixels.
    gif = _save(_photo(size=(32, 32), mode="P"), "GIF")
    return gif[:6] + struct.pack("<HH", 65535, 65535) + gif[10:]


def png_decompression_bomb() -> bytes:
    # 81 megapixels of black in about 80 kB: Pillow would need 81 MB to decode it.
    return _solid_grey_png(9000, 9000)


def png_41_megapixels() -> bytes:
    return _solid_grey_png(8000, 5125)


def jpeg_over_10_mb() -> bytes:
    data = plain_jpeg()
    return data + bytes(MAX_BYTES + 1 - len(data))


@functools.cache
def jpeg_of_30_mb() -> bytes:
    # Not in the corpus: the test of huge uploads posts it to every form itself.
    return plain_jpeg() + bytes(30 * 1024 * 1024)


def one_pixel_png() -> bytes:
    return _save(_photo(size=(1, 1)), "PNG")


def banner_png() -> bytes:
    # 21:1, beyond the allowed 20:1.
    return _save(_photo(size=(2100, 100)), "PNG")


# --- the corpus -------------------------------------------------------------------------

STORED, REFUSED = "stored", "refused"
META = (GPS_MARKER, CAMERA_MARKER, b"Exif")

CORPUS: list[HostileFile] = [
    # Metadata and hidden payloads in real pictures: kept as pictures, stripped of the rest.
    HostileFile("jpeg-gps-exif", "urlaub.jpg", jpeg_with_gps_exif, STORED, planted=META),
    HostileFile(
        "jpeg-comment", "foto.jpg", jpeg_with_comment, STORED, planted=(COMMENT_MARKER, SCRIPT)
    ),
    HostileFile("jpeg-xmp", "foto.jpg", jpeg_with_xmp, STORED, planted=(XMP_MARKER, b"xmpmeta")),
    HostileFile("jpeg-icc-text", "foto.jpg", jpeg_with_icc_profile, STORED, planted=(ICC_MARKER,)),
    HostileFile("jpeg-iptc", "foto.jpg", jpeg_with_iptc, STORED, planted=(IPTC_MARKER, b"8BIM")),
    HostileFile("jpeg-php-in-exif", "shell.php", jpeg_with_php_in_exif, STORED, planted=(PHP,)),
    HostileFile("jpeg-then-zip", "foto.jpg", jpeg_then_zip, STORED, planted=(b"PK\x03\x04", PHP)),
    HostileFile("jpeg-then-html", "foto.jpg", jpeg_then_html, STORED, planted=(SCRIPT, b"<html")),
    HostileFile("gifar", "foto.gif", gif_then_jar, STORED, planted=(b"PK\x03\x04", SCRIPT)),
    HostileFile(
        "png-text-chunks",
        "logo.png",
        png_with_text_chunks,
        STORED,
        planted=(COMMENT_MARKER, SCRIPT, XMP_MARKER),
    ),
    HostileFile("png-gps-exif", "karte.png", png_with_gps_exif, STORED, planted=META),
    HostileFile(
        "webp-exif-xmp",
        "foto.webp",
        webp_with_exif_and_xmp,
        STORED,
        planted=(*META, XMP_MARKER),
    ),
    HostileFile(
        "jpeg-exif-rotated",
        "hochkant.jpg",
        jpeg_rotated_by_exif,
        STORED,
        planted=(CAMERA_MARKER,),
        stored_size=(200, 400),
    ),
    HostileFile("gif-animated", "animiert.gif", animated_gif, STORED),
    HostileFile("png-animated", "animiert.png", animated_png, STORED),
    HostileFile("jpeg-cmyk", "druck.jpg", cmyk_jpeg, STORED),
    HostileFile("png-16-bit-grey", "scan.png", sixteen_bit_grey_png, STORED),
    HostileFile("png-palette-transparent", "logo.png", palette_png_with_transparency, STORED),
    HostileFile("png-grey-alpha", "logo.png", grey_alpha_png, STORED),
    HostileFile("png-one-bit", "fax.png", one_bit_png, STORED),
    HostileFile("jpeg-multi-picture", "handy.jpg", multi_picture_jpeg, STORED),
    HostileFile("webp", "foto.webp", webp, STORED),
    HostileFile("png-9-megapixels-in-9-kb", "flaeche.png", small_bomb_png, STORED),
    # Tricks in the file name: the picture is fine, the name is never used.
    HostileFile("name-dot-dot-slash", "../../etc/passwd.jpg", plain_jpeg, STORED),
    HostileFile("name-backslashes", "..\\..\\windows\\win.ini.jpg", plain_jpeg, STORED),
    HostileFile("name-url-encoded-traversal", "%2e%2e%2f%2e%2e%2fpasswd.jpg", plain_jpeg, STORED),
    HostileFile("name-html-entities", "&#46;&#46;&#47;boot.ini.jpg", plain_jpeg, STORED),
    HostileFile("name-right-to-left-override", "bild\u202egpj.exe", plain_jpeg, STORED),
    HostileFile("name-nul-byte", "foto.php\x00.jpg", plain_jpeg, STORED),
    HostileFile("name-300-characters", "a" * 296 + ".jpg", plain_jpeg, STORED),
    HostileFile("name-script-tag", "<script>alert(1)</script>.jpg", plain_jpeg, STORED),
    HostileFile(
        "name-emoji-combining", "Gru\u0308\u00dfe \U0001f44b\U0001f3fd.jpg", plain_jpeg, STORED
    ),
    HostileFile("name-without-extension", "foto", plain_jpeg, STORED),
    HostileFile("name-php-jpg", "bild.php.jpg", plain_jpeg, STORED),
    HostileFile("name-windows-device", "CON.jpg", plain_jpeg, STORED),
    # Not pictures at all, or pictures in formats the portal does not take.
    HostileFile("zero-bytes", "leer.jpg", lambda: b"", REFUSED, "empty"),
    HostileFile("one-byte", "foto.jpg", lambda: b"\xff", REFUSED, "not_an_image"),
    HostileFile("html-as-jpg", "foto.jpg", html_page, REFUSED, "not_an_image"),
    HostileFile("php-as-jpg-php", "bild.jpg.php", php_script, REFUSED, "not_an_image"),
    HostileFile("php-as-php-jpg", "bild.php.jpg", php_script, REFUSED, "not_an_image"),
    HostileFile("htaccess", ".htaccess", htaccess, REFUSED, "not_an_image"),
    HostileFile("svg-script", "zeichnung.svg", svg_with_script, REFUSED, "not_an_image"),
    HostileFile("svg-script-as-png", "zeichnung.png", svg_with_script, REFUSED, "not_an_image"),
    HostileFile("jpeg-magic-then-html", "foto.jpg", jpeg_magic_then_html, REFUSED, "not_an_image"),
    HostileFile("gif-javascript", "foto.gif", gif_javascript_polyglot, REFUSED, "not_an_image"),
    HostileFile("imagetragick-mvg", "foto.jpg", imagetragick_mvg, REFUSED, "not_an_image"),
    HostileFile("eps-as-jpg", "foto.jpg", encapsulated_postscript, REFUSED, "not_an_image"),
    HostileFile("pdf-as-jpg", "foto.jpg", pdf_document, REFUSED, "not_an_image"),
    HostileFile("tiff", "scan.tif", tiff, REFUSED, "not_an_image"),
    HostileFile("bmp", "bild.bmp", bmp, REFUSED, "not_an_image"),
    HostileFile("ico", "favicon.ico", ico, REFUSED, "not_an_image"),
    HostileFile("xbm-as-gif", "bild.gif", xbm, REFUSED, "not_an_image"),
    # Broken pictures.
    HostileFile("jpeg-truncated", "foto.jpg", truncated_jpeg, REFUSED, "not_an_image"),
    HostileFile("png-truncated", "foto.png", truncated_png, REFUSED, "not_an_image"),
    HostileFile("jpeg-header-only", "foto.jpg", jpeg_header_only, REFUSED, "not_an_image"),
    # Too many pixels, too many bytes, wrong shape.
    HostileFile("png-pixel-flood", "flut.png", png_pixel_flood, REFUSED, "too_many_pixels"),
    HostileFile("jpeg-pixel-flood", "flut.jpg", jpeg_pixel_flood, REFUSED, "too_many_pixels"),
    HostileFile("gif-huge-screen", "flut.gif", gif_with_huge_screen, REFUSED, "too_many_pixels"),
    HostileFile("png-bomb", "bombe.png", png_decompression_bomb, REFUSED, "too_many_pixels"),
    HostileFile("png-41-megapixels", "gross.png", png_41_megapixels, REFUSED, "too_many_pixels"),
    HostileFile("jpeg-over-10-mb", "gross.jpg", jpeg_over_10_mb, REFUSED, "too_large"),
    HostileFile("png-one-pixel", "pixel.png", one_pixel_png, REFUSED, "bad_proportions"),
    HostileFile("png-banner-21-to-1", "banner.png", banner_png, REFUSED, "bad_proportions"),
]
