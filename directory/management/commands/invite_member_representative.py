from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from wagtail.models import Locale

from directory.invitations import invite_representative
from directory.models import MemberProfilePage


class Command(BaseCommand):
    """E-mail a representative invitation for a member organisation and print its link."""

    help = "Invite a representative of a member organisation by e-mail; prints the one-time link."

    def add_arguments(self, parser):
        parser.add_argument("--member", required=True, help="the slug of the member's profile page")
        parser.add_argument("--email", required=True, help="the representative's e-mail address")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="the language of the e-mail and the password page (default: the member's country's, else English)",
        )

    def handle(self, *args, member, email, language=None, **options):
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"{email!r} is not an e-mail address.") from None
        page = MemberProfilePage.objects.filter(slug=member, locale=Locale.get_default()).first()
        if page is None:
            raise CommandError(f"No member profile page has the slug {member!r}.")
        link = invite_representative(page, email, language=language)
        self.stdout.write(f"Invitation for {page.title} sent to {email}. The link works once, within 72 hours:")
        self.stdout.write(link)
