"""`{% picture %}`: Wagtail's tag, leaving out the formats named by `PICTURE_SKIPPED_FORMATS`.

Templates name every format a visitor's browser may pick (`format-{avif,webp,jpeg}`);
the test settings skip AVIF, which takes far longer to encode than the other formats,
so that no test waits for it. Browsers fall back to the next format in the list.
"""

from django import template

from wagtail.images.templatetags import wagtailimages_tags

from portal.renditions import is_shown

register = template.Library()


class PictureNode(wagtailimages_tags.PictureNode):
    def get_filters(self):
        return [spec for spec in super().get_filters() if is_shown(spec.spec)]


@register.tag
def picture(parser, token):
    node = wagtailimages_tags.image(parser, token)
    return PictureNode(node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs)
