"""The image renditions that pages show, and making them before any visitor asks for one.

Making a rendition takes from a few milliseconds (a small JPEG) to half a second (a large
AVIF); a listing of cards asks for dozens. So the renditions pages show of an image are
made when it is uploaded or its file or focal point changes (in a background task), when
the demo is loaded, and by `manage.py prepare_renditions` for what was uploaded before; a
visitor's page view then only looks them up. An image in use gets those its uses need
(`USES`: a logo, a card's illustration...); one not in use yet, every one.

This module is the one list of them. The templates' `{% picture %}` and `{% image %}`
tags are checked against `TEMPLATE_SPECS` by the tests (tests/portal/test_renditions.py),
and Python code takes its filters from the names below.
"""

import logging
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from io import BytesIO

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import ReferenceIndex

from django_tasks import task

from portal.page_cache import changes_no_page

logger = logging.getLogger(__name__)

HERO = "format-{avif,webp,jpeg} fill-{640x400,1280x800}"
CARD = "format-{avif,webp,jpeg} fill-{400x225,800x450}"
DETAIL = "format-{avif,webp,jpeg} fill-{720x405,1440x810}"
GALLERY = "format-{avif,webp,jpeg} fill-{400x300,800x600}"
BODY_IMAGE = "format-{avif,webp,jpeg} max-{640x640,1280x1280}"
PROFILE_LOGO = "format-{avif,webp,png} max-{240x120,480x240}"
CARD_LOGO = "format-{avif,webp,png} max-{160x80,320x160}"
ADMIN_LOGO = "max-160x80"
# Every image tag of the templates, its filters as written there, and what it shows.
TEMPLATE_SPECS = {
    HERO: "the home page's hero image",
    CARD: "the cards of calls, references and news",
    DETAIL: "the image of a call, a reference or a news article",
    GALLERY: "a reference's gallery",
    BODY_IMAGE: "an image block in a page's body",
    PROFILE_LOGO: "a member profile's logo",
    CARD_LOGO: "a member card's logo",
    ADMIN_LOGO: "a member's shared facts in the admin",
}
# Share previews (Open Graph, Twitter) and structured data.
SHARE_IMAGE = "fill-1200x630|format-jpeg"
SHARE_LOGO = "max-1200x630|format-png"
# A member's logo in its structured data and in the API.
LOGO = "max-600x600|format-png"
PYTHON_SPECS = (SHARE_IMAGE, SHARE_LOGO, LOGO)

# What pages show of an image, by the place they use it from, as Wagtail's reference
# index records it (a field, or a path into a stream or an inline panel): a logo needs
# none of an illustration's renditions, nor the other way round.
USES = {
    "hero_image": (HERO, SHARE_IMAGE),
    "image": (CARD, DETAIL, SHARE_IMAGE),
    "gallery_images.item.image": (GALLERY,),
    "body.image.image": (BODY_IMAGE,),
    "description.image.image": (BODY_IMAGE,),
    "logo": (PROFILE_LOGO, CARD_LOGO, ADMIN_LOGO, SHARE_LOGO, LOGO),
}

# An image's own fields that a rendition is made from: a save that changes none of them
# (a title, Wagtail filling in the file's size or hash) leaves its renditions as they were.
SOURCE_FIELDS = frozenset({"file", "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"})


def is_shown(spec):
    """Whether pages show renditions of `spec`: not when its format is one of PICTURE_SKIPPED_FORMATS."""
    skipped = {f"format-{name}" for name in settings.PICTURE_SKIPPED_FORMATS}
    return not skipped.intersection(spec.split("|"))


def filter_specs(uses=None):
    """The filter specs pages ask for, one rendition each, as the image tags spell them.

    Those of an image used as `uses` (keys of USES); every spec when `uses` is empty or
    names a use this module does not know.
    """
    if uses and set(uses) <= USES.keys():
        patterns = [pattern for use in uses for pattern in USES[use]]
    else:
        patterns = [*TEMPLATE_SPECS, *PYTHON_SPECS]
    specs = [spec for pattern in patterns for spec in Filter.expand_spec(pattern)]
    return [spec for spec in dict.fromkeys(specs) if is_shown(spec)]


def uses_of(image):
    """Where pages and snippets use `image` (USES keys, or other paths), as the reference index says."""
    return set(ReferenceIndex.get_references_to(image).values_list("model_path", flat=True))


def prepare(image):
    """Make the renditions of `image` that do not exist yet; answers how many were made.

    Those its uses need when it is in use (a new upload is not yet: then every one).
    Idempotent: renditions that exist (for the image's current focal point) are found,
    not made again.
    """
    specs = filter_specs(uses_of(image))
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
    write(f"Preparing the image renditions of {len(images)} images (those their uses need)…")
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


def draw_renditions(image, specs, data):
    """`image`'s renditions of `specs`, drawn from its file's `data`, as the rows and files `save()` stores.

    Run in a worker process: it reads no database and writes no file (a storage's client,
    inherited from the parent process, may not be shared). Each: (spec, focal point key,
    (width, height), file name, file content).
    """
    drawn = []
    for spec in specs:
        rendition = image.generate_rendition_instance(Filter(spec), BytesIO(data))
        size = (rendition.width, rendition.height)
        drawn.append((spec, rendition.focal_point_key, size, rendition.file.name, rendition.file.open().read()))
    return drawn


class RenditionsAhead:
    """Draws renditions in a worker process while the caller goes on with its database work.

    For a long run inside one transaction (the demo load): each image's renditions are
    drawn as soon as the image exists, on another core than the run's, and `save()`
    stores their files and rows in the caller's process, inside its transaction, when the
    run is done. (Threads would share one core's worth of Python with the run.) Used as a
    context manager, so that a run that fails stops the drawing.
    """

    def __init__(self, workers=1):
        # Forked, a worker starts at once with the project set up; it never uses the
        # parent's database connection.
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
        self.drawing = []

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.executor.shutdown(cancel_futures=True)

    def start(self, image, uses, new=False):
        """Start drawing the renditions `uses` need that `image` lacks (all, if it is `new`).

        The caller's process reads the file.
        """
        filters = [Filter(spec) for spec in filter_specs(uses)]
        existing = {} if new else image.find_existing_renditions(*filters)
        missing = [filter.spec for filter in filters if filter not in existing]
        if not missing:
            return
        with image.open_file() as file:
            data = file.read()
        self.drawing.append((image, self.executor.submit(draw_renditions, image, missing, data)))

    def save(self):
        """Wait for the drawing to end, then store the renditions' files and save their rows; answers how many."""
        model = get_image_model().get_rendition_model()
        field = model._meta.get_field("file")
        renditions = []
        for image, drawing in self.drawing:
            for spec, key, (width, height), name, content in drawing.result():
                # Stored before the row is made, with the size known, so that Django neither
                # saves the file again nor opens it to read its size.
                stored = field.storage.save(
                    field.generate_filename(model(), name), ContentFile(content), max_length=field.max_length
                )
                renditions.append(
                    model(image=image, filter_spec=spec, focal_point_key=key, file=stored, width=width, height=height)
                )
        self.drawing = []
        model.objects.bulk_create(renditions, ignore_conflicts=True)
        return len(renditions)


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


def image_fields(model):
    """The names of `model`'s foreign keys to images: what its page shows, to load with it."""
    return [field.name for field in model._meta.concrete_fields if field.related_model is get_image_model()]
