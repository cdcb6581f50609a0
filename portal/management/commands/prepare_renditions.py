from django.core.management.base import BaseCommand, CommandError

from wagtail.images import get_image_model

from portal.renditions import prepare_with_progress


class Command(BaseCommand):
    """Make every rendition the pages show for images uploaded before they were made on upload.

    Safe to run again: renditions that exist are left alone. An image whose file cannot be
    read is reported and skipped, and the command ends with an error.
    """

    help = "Make the image renditions the pages show, for every image (or those given by id)."

    def add_arguments(self, parser):
        parser.add_argument("image_ids", nargs="*", type=int, metavar="ID", help="only these images")

    def handle(self, *args, image_ids, **options):
        images = get_image_model().objects.order_by("pk")
        if image_ids:
            images = images.filter(pk__in=image_ids)
        made, failed = prepare_with_progress(images, self.stdout.write)
        if failed:
            raise CommandError(f"The renditions of {failed} images could not be made; the log says why.")
