from PIL import Image, ImageFont

from projects.demo import FONT, placeholder_image


def glyph(font, character):
    mask = font.getmask(character)
    return mask.getbbox(), bytes(mask)


def test_the_demo_picture_font_has_every_german_character():
    font = ImageFont.truetype(FONT, size=56)
    missing = glyph(font, "\ue000")  # a private-use character no font draws: the empty box
    for character in "„Grüße – Straße“ ÄÖÜäöü":
        if character == " ":
            continue
        shape = glyph(font, character)
        assert shape[0] is not None, character
        assert shape != missing, character


def test_a_demo_picture_with_umlauts_is_drawn():
    upload = placeholder_image("„Grüße – Straße“", "gruesse")
    with Image.open(upload) as image:
        assert image.size == (1200, 800)
