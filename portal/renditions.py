"""The image renditions that pages show, and making them before any visitor asks for one.

Making a rendition takes from a few milliseconds (a small JPEG) to half a second (a large
AVIF); a listing of cards asks for dozens. So every rendition the portal shows is made
when its image is uploaded or its file or focal point changes (in a background task),
when the demo is loaded, and by `manage.py prepare_renditions` for what was uploaded
before; a visitor's page view then only looks them up.

This module is the one list of them. The templates' `{% picture %}` and `{% image %}`
tags are checked against `TEMPLATE_SPECS` by the tests (tests/portal/test_renditions.py),
and Python code takes its filters from the names below.
"""

import logging
import time

from django.conf import settings

from wagtail.images import get_image_model
from wagtail.images.models import Filter

from django_tasks import task

from portal.page_cache import changes_no_page

logger = logging.getLogger(__name__)

# Every image tag of the templates, its filters as written there, and what it shows.
TEMPLATE_SPECS = {
    "format-{avif,webp,jpeg} fill-{640x400,1280x800}": "the home page's hero image",
    "format-{avif,webp,jpeg} fill-{400x225,800x450}": "the cards of calls, references and news",
    "format-{avif,webp,jpeg} fill-{720x405,1440x810}": "the image of a call, a reference or a news article",
    "format-{avif,webp,jpeg} fill-{400x300,800x600}": "a reference's gallery",
    "format-{avif,webp,jpeg} max-{640x640,1280x1280}": "an image block in a page's body",
    "format-{avif,webp,png} max-{240x120,480x240}": "a member profile's logo",
    "format-{avif,webp,png} max-{160x80,320x160}": "a member card's logo",
    "max-160x80": "a member's shared facts in the admin",
}
# Share previews (Open Graph, Twitter) and structured data.
SHARE_IMAGE = "fill-1200x630|format-jpeg"
SHARE_LOGO = "max-1200x630|format-png"
# A member's logo in its structured data and in the API.
LOGO = "max-600x600|format-png"
PYTHON_SPECS = (SHARE_IMAGE, SHARE_LOGO, LOGO)

# An image's own fields that a rendition is made from: a save that changes none of them
# (a title, Wagtail filling in the file's size or hash) leaves its renditions as they were.
SOURCE_FIELDS = frozenset({"file", "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"})


def is_shown(spec):
    """Whether pages show renditions of `spec`: not when its format is one of PICTURE_SKIPPED_FORMATS."""
    skipped = {f"format-{name}" for name in settings.PICTURE_SKIPPED_FORMATS}
    return not skipped.intersection(spec.split("|"))


def filter_specs():
    """Every filter spec pages ask for, one rendition each, as the image tags spell them."""
    specs = [spec for pattern in TEMPLATE_SPECS for spec in Filter.expand_spec(pattern)]
    return [spec for spec in dict.fromkeys([*specs, *PYTHON_SPECS]) if is_shown(spec)]


def prepare(image):
    """Make the renditions of `image` that do not exist yet; answers how many were made.

    Idempotent: renditions that exist (for the image's current focal point) are found,
    not made again.
    """
    specs = filter_specs()
    # What exists is asked of the database, not of the rendition cache, which can outlive
    # the rows it describes (a restored backup, a rolled-back transaction).
    image = type(image).objects.prefetch_renditions(*specs).get(pk=image.pk)
    filters = [Filter(spec) for spec in specs]
    existing = image.find_existing_renditions(*filters)
    missing = [filter for filter in filters if filter not in existing]
    if missing:
        image.get_renditions(*missing)
    return len(missing)


def prepare_images(images, report=None):
    """Prepare the renditions of each image; `report(image, made, error)` follows along.

    An image whose file is missing or unreadable is logged and skipped: it must not keep
    the others from being prepared. Answers (renditions made, images that failed).
    """
    made = failed = 0
    for image in images:
        try:
            count = prepare(image)
        # Pillow, Willow and the storage each raise their own kinds for a bad file.
        except Exception as error:
            logger.exception("Could not make the renditions of image %s (%s)", image.pk, image.file.name)
            failed += 1
            if report:
                report(image, 0, error)
            continue
        made += count
        if report:
            report(image, count, None)
    return made, failed


def prepare_with_progress(images, write):
    """`prepare_images` for commands: a line for each image that needed work, and a summary."""
    images = list(images)
    started = time.monotonic()
    write(f"Preparing the image renditions of {len(images)} images ({len(filter_specs())} each)…")
    position = iter(range(1, len(images) + 1))

    def report(image, made, error):
        number = next(position)
        if error is not None:
            write(f"  {number}/{len(images)} {image.title}: failed ({error})")
        elif made:
            write(f"  {number}/{len(images)} {image.title}: {made} made")

    made, failed = prepare_images(images, report)
    write(f"Renditions ready: {made} made, {failed} images failed, in {time.monotonic() - started:.1f} s.")
    return made, failed


@changes_no_page
@task()
def prepare_image_renditions(image_id):
    """The background task queued by `image_saved` (nothing to do if the image was deleted since)."""
    prepare_images(get_image_model().objects.filter(pk=image_id))


def image_saved(sender, instance, created, update_fields=None, raw=False, **kwargs):
    """Queue the making of an image's renditions when a new file or focal point may have arrived.

    A whole save (the admin's edit form) may change either; when it changed neither, the
    task finds every rendition there and makes none.
    """
    if raw or (update_fields is not None and not SOURCE_FIELDS.intersection(update_fields)):
        return
    prepare_image_renditions.enqueue(instance.pk)
