"""`{% picture %}`: Wagtail's tag, leaving out the formats named by `PICTURE_SKIPPED_FORMATS`.

Templates name every format a visitor's browser may pick (`format-{avif,webp,jpeg}`);
the test settings skip AVIF, which takes far longer to encode than the other formats,
so that no test waits for it. Browsers fall back to the next format in the list.
"""

from django import template
from django.conf import settings

from wagtail.images.templatetags import wagtailimages_tags

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


@register.tag
def picture(parser, token):
    node = wagtailimages_tags.image(parser, token)
    return PictureNode(node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs)
