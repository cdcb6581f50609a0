"""`{% picture %}`: Wagtail's tag, leaving out the formats named by `PICTURE_SKIPPED_FORMATS`,
its HTML kept in the shared fragments.

Templates name every format a visitor's browser may pick (`format-{avif,webp,jpeg}`);
the test settings skip AVIF, which takes far longer to encode than the other formats,
so that no test waits for it. Browsers fall back to the next format in the list.

A picture's HTML depends on the image, its filters and the tag's attributes only, and a
change to an image begins a new content generation: each is made once per generation
(six renditions looked up, a `<picture>` element written) and read afterwards.
"""

import hashlib

from django import template
from django.conf import settings

from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags

from portal.fragments import shared
from portal.renditions import is_shown

register = template.Library()


class PictureNode(wagtailimages_tags.PictureNode):
    """Its filters are made once per template and set of skipped formats, not on every
    render: a card's six would otherwise parse their specs again for each card."""

    def get_filters(self):
        skipped = tuple(settings.PICTURE_SKIPPED_FORMATS)
        made = getattr(self, "_filters_by_skipped", None)
        if made is None:
            made = self._filters_by_skipped = {}
        if skipped not in made:
            made[skipped] = [spec for spec in super().get_filters() if is_shown(spec.spec)]
        return made[skipped]

    def render(self, context):
        if self.output_var_name:
            return super().render(context)
        image = self.validate_image(context)
        if not image:
            return ""
        filters = self.get_filters()
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        # What the element says besides the image's own fields: its attributes, and an
        # alternative text a block may have given this use of the image.
        said = repr((image.pk, [spec.spec for spec in filters], attrs, getattr(image, "contextual_alt_text", None)))
        key = f"picture:{image.pk}:{hashlib.sha256(said.encode()).hexdigest()[:32]}"
        return shared(key, lambda: Picture(get_renditions_or_not_found(image, filters), attrs).__html__())


@register.tag
def picture(parser, token):
    node = wagtailimages_tags.image(parser, token)
    return PictureNode(node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs)
