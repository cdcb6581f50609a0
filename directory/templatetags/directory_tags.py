"""What the admin's templates (the moderators' e-mail, the member editor) show of a member's languages."""

from django import template

from directory.languages import language_states
from directory.models import MemberProfilePage
from directory.shared import source_page

register = template.Library()


@register.simple_tag
def member_languages(page):
    """[LanguageState] of the member that `page` (in any language) belongs to; [] for any other page."""
    page = getattr(page, "specific", page)
    if not isinstance(page, MemberProfilePage):
        return []
    return language_states(source_page(page) or page)
