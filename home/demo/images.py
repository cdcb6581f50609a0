"""Illustrations and logos drawn with Pillow, so the demo site ships no third-party images.

The setting `DEMO_IMAGE_SCALE` (1 unless set) draws them smaller: the test settings
use it so that no test waits for renditions of large images.
"""

import hashlib
import io
import random
import unicodedata

from django.conf import settings
from django.core.files.images import ImageFile

from PIL import Image, ImageDraw, ImageFont

ILLUSTRATION_SIZE = (1200, 675)
LOGO_SIZE = (480, 240)

PALETTES = [
    ("#083c6b", "#0b5394", "#6fa8dc", "#cfe2f3"),
    ("#0f3d2e", "#1d6b4f", "#6cbf8f", "#d9f0e3"),
    ("#3b1f4a", "#6a3d7a", "#b38bc4", "#eadcf0"),
    ("#4a2a00", "#8a5200", "#e0a546", "#f8e7c8"),
    ("#1f2d3a", "#3e5468", "#8fa6ba", "#e3ebf2"),
]


def _rng(seed):
    return random.Random(int(hashlib.sha256(str(seed).encode()).hexdigest()[:16], 16))  # noqa: S311


def illustration_file(seed, name):
    """`draw_illustration` as the file `<name>.png`, ready for an image's `file`."""
    return png_file(draw_illustration(seed, scaled(ILLUSTRATION_SIZE)), f"{name}.png")


def logo_file(seed, initials, name):
    """`draw_logo` as the file `<name>.png`, ready for an image's `file`."""
    return png_file(draw_logo(seed, initials, scaled(LOGO_SIZE)), f"{name}.png")


def scaled(size):
    factor = getattr(settings, "DEMO_IMAGE_SCALE", 1)
    return tuple(max(16, round(side * factor)) for side in size)


def png_file(image, name):
    buffer = io.BytesIO()
    # Light compression: the files stay small (flat colours), and each rendition decodes
    # its image's file again, which takes a third of the time it does at Pillow's default.
    image.save(buffer, format="PNG", compress_level=1)
    return ImageFile(buffer, name=name)


def draw_illustration(seed, size=ILLUSTRATION_SIZE):
    """A stylised city skyline under a sky of circles, the same for the same seed."""
    rng = _rng(seed)
    dark, mid, light, pale = rng.choice(PALETTES)
    width, height = size
    image = Image.new("RGB", size, pale)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        radius = rng.randint(max(1, height // 10), max(2, height // 3))
        x, y = rng.randint(0, width), rng.randint(0, height // 2)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=light)
    for colour, floor in ((mid, 0.45), (dark, 0.6)):
        x = -rng.randint(0, 40)
        while x < width:
            building_width = rng.randint(max(1, width // 25), max(2, width // 9))
            top = int(height * rng.uniform(floor - 0.25, floor + 0.1))
            draw.rectangle((x, top, x + building_width, height), fill=colour)
            x += building_width + rng.randint(1, max(2, width // 60))
    return image


def draw_logo(seed, initials, size=LOGO_SIZE):
    """A simple wordmark: the organisation's initials on a coloured tile."""
    rng = _rng(seed)
    dark, mid, _light, _pale = rng.choice(PALETTES)
    image = Image.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(image)
    width, height = size
    margin = max(1, height // 30)
    draw.rounded_rectangle(
        (margin, margin, width - margin, height - margin), radius=height // 6, fill=rng.choice((dark, mid))
    )
    font = ImageFont.load_default(size=height // 2)
    box = draw.textbbox((0, 0), base_letters(initials), font=font)
    position = ((width - (box[2] - box[0])) // 2, (height - (box[3] - box[1])) // 2 - box[1])
    draw_letters(draw, position, initials, font, "#ffffff")
    return image


# Pillow's built-in font has no accented letters: those are drawn as their base letter
# with the accent added by hand (the marks the demo's names use).
MARKS = {"\u0308": "diaeresis", "\u030a": "ring", "\u0301": "acute"}


def base_letters(text):
    """`text` with each letter reduced to its unaccented base letter."""
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


def draw_letters(draw, position, text, font, fill):
    """Draw `text` letter by letter at `position`, drawing the accents the font lacks."""
    x, y = position
    for char in text:
        base, *marks = unicodedata.normalize("NFD", char)
        draw.text((x, y), base, font=font, fill=fill)
        left, top, right, _bottom = draw.textbbox((x, y), base, font=font)
        for mark in marks:
            _draw_mark(draw, MARKS.get(mark), (left, top, right), font.size, fill)
        x += font.getlength(base)


def _draw_mark(draw, mark, letter_box, size, fill):
    left, top, right = letter_box
    middle, dot = (left + right) / 2, max(1, size / 14)
    above = top - size / 7
    if mark == "diaeresis":
        for centre in (middle - size / 7, middle + size / 7):
            draw.ellipse((centre - dot, above - dot, centre + dot, above + dot), fill=fill)
    elif mark == "ring":
        box = (middle - 2 * dot, above - 3 * dot, middle + 2 * dot, above + dot)
        draw.ellipse(box, outline=fill, width=round(dot))
    elif mark == "acute":
        draw.line((middle - dot, above + dot, middle + 2 * dot, above - 2 * dot), fill=fill, width=round(dot))
