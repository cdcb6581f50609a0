"""Illustrations drawn with Pillow, so the demo site ships no third-party images."""

import hashlib
import random

from PIL import Image, ImageDraw, ImageFont

PALETTES = [
    ("#083c6b", "#0b5394", "#6fa8dc", "#cfe2f3"),
    ("#0f3d2e", "#1d6b4f", "#6cbf8f", "#d9f0e3"),
    ("#3b1f4a", "#6a3d7a", "#b38bc4", "#eadcf0"),
    ("#4a2a00", "#8a5200", "#e0a546", "#f8e7c8"),
    ("#1f2d3a", "#3e5468", "#8fa6ba", "#e3ebf2"),
]


def _rng(seed):
    return random.Random(int(hashlib.sha256(str(seed).encode()).hexdigest()[:16], 16))  # noqa: S311


def generate_illustration(seed, size=(1200, 675), label=""):
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
    if label:
        font = ImageFont.load_default(size=max(24, min(width, height) // 5))
        box = draw.textbbox((0, 0), label, font=font)
        position = ((width - (box[2] - box[0])) // 2, (height - (box[3] - box[1])) // 2 - box[1])
        draw.text(position, label, fill="#ffffff", font=font, stroke_width=3, stroke_fill=dark)
    return image


def generate_logo(seed, initials, size=(480, 240)):
    """A simple wordmark: the organisation's initials on a coloured tile."""
    rng = _rng(seed)
    dark, mid, _light, _pale = rng.choice(PALETTES)
    image = Image.new("RGB", size, "#ffffff")
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.rounded_rectangle((8, 8, width - 8, height - 8), radius=height // 6, fill=rng.choice((dark, mid)))
    font = ImageFont.load_default(size=height // 2)
    box = draw.textbbox((0, 0), initials, font=font)
    position = ((width - (box[2] - box[0])) // 2, (height - (box[3] - box[1])) // 2 - box[1])
    draw.text(position, initials, fill="#ffffff", font=font)
    return image
