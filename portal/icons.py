"""The portal's icons, drawn from one set of shapes: an SVG favicon and PNG app icons.

Three white towers on the cluster's dark blue, joined by a light-blue line: the city
and the network. The shapes are on a 64-unit grid; `svg()` writes them as SVG and
`draw()` paints them with Pillow at any size. `manage.py draw_icons` writes every file
into portal/static/icons/, and a test checks that the files there are what it draws.
"""

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ICON_DIR = Path(__file__).resolve().parent / "static" / "icons"
GRID = 64
DARK = "#083c6b"
LIGHT = "#6fa8dc"
WHITE = "#ffffff"
CORNER = 12
TOWERS = [(12, 30, 22, 52), (27, 18, 37, 52), (42, 26, 52, 52)]
LINK = [(17, 30), (32, 18), (47, 26)]
LINK_WIDTH = 3
# (file name, size in pixels) of the PNG icons.
PNG_ICONS = [("favicon-32.png", 32), ("apple-touch-icon.png", 180), ("icon-192.png", 192), ("icon-512.png", 512)]
ICO_SIZES = [16, 32, 48]
SHARE_CARD = ("share-card.png", (1200, 630))


def svg():
    """The icon as an SVG document."""
    towers = "".join(
        f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="1" fill="{WHITE}"/>'
        for x0, y0, x1, y1 in TOWERS
    )
    points = " ".join(f"{x},{y}" for x, y in LINK)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}">'
        f'<rect width="{GRID}" height="{GRID}" rx="{CORNER}" fill="{DARK}"/>{towers}'
        f'<polyline points="{points}" fill="none" stroke="{LIGHT}" stroke-width="{LINK_WIDTH}" '
        'stroke-linecap="round" stroke-linejoin="round"/></svg>\n'
    )


def draw(size):
    """The icon as a square RGBA image of `size` pixels, drawn four times larger and scaled down."""
    scale = size * 4 / GRID
    image = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size * 4 - 1, size * 4 - 1), radius=round(CORNER * scale), fill=DARK)
    for x0, y0, x1, y1 in TOWERS:
        pen.rectangle((x0 * scale, y0 * scale, x1 * scale, y1 * scale), fill=WHITE)
    link = [(x * scale, y * scale) for x, y in LINK]
    pen.line(link, fill=LIGHT, width=round(LINK_WIDTH * scale), joint="curve")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def share_card(size=SHARE_CARD[1], lines=("Smart City", "Innovation Cluster")):
    """The preview image for pages without an image of their own: the icon and the cluster's name."""
    width, height = size
    card = Image.new("RGB", size, DARK)
    side = height // 2
    icon = draw(side)
    card.paste(icon, (width // 12, (height - side) // 2), icon)
    font = ImageFont.load_default(size=height // 9)
    pen = ImageDraw.Draw(card)
    left = width // 12 + side + width // 20
    for number, line in enumerate(lines):
        pen.text((left, height // 2 + (number - 0.5) * height // 7), line, font=font, fill=WHITE, anchor="lm")
    return card


def png_bytes(image, **options):
    buffer = io.BytesIO()
    image.save(buffer, **options)
    return buffer.getvalue()


def icon_files():
    """{file name: bytes} of every icon file."""
    files = {"favicon.svg": svg().encode()}
    files.update((name, png_bytes(draw(size), format="PNG", optimize=True)) for name, size in PNG_ICONS)
    files["favicon.ico"] = png_bytes(draw(48), format="ICO", sizes=[(side, side) for side in ICO_SIZES])
    name, _size = SHARE_CARD
    files[name] = png_bytes(share_card(), format="PNG", optimize=True)
    return files
