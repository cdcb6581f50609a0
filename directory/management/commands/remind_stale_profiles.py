from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse

from directory.invitations import person_language, render_email, representatives
from directory.languages import member_in
from directory.review import stale_profiles


class Command(BaseCommand):
    """E-mail the representatives of member profiles that their organisation has not reviewed lately.

    Each representative is written to in the language they read the admin in, else the
    member's country's language.
    """

    help = "Remind representatives to review member profiles not reviewed for --months months."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=12, help="how long a review stays fresh (default 12)")
        parser.add_argument("--dry-run", action="store_true", help="list whom to remind; send nothing")

    def handle(self, *args, months, dry_run, **options):
        profiles = list(stale_profiles(months))
        total = len(profiles)
        self.stdout.write(f"{total} member profile(s) not reviewed for {months} months.")
        sent = without = 0
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL}{reverse('wagtailadmin_home')}"
        for number, member in enumerate(profiles, start=1):
            people = [user for user in representatives(member).filter(is_active=True) if user.email]
            recipients = [user.email for user in people]
            reviewed = member.last_reviewed_at.date().isoformat() if member.last_reviewed_at else "never"
            prefix = f"[{number}/{total}] {member.title} (last reviewed: {reviewed})"
            if not recipients:
                without += 1
                self.stdout.write(f"{prefix}: no representatives to remind")
                continue
            if not dry_run:
                context = {"member": member, "admin_url": admin_url, "site_name": settings.WAGTAIL_SITE_NAME}
                for user in people:
                    language = person_language(user, member)
                    localized = {**context, "member": member_in(member, language)}
                    subject, body = render_email("reminder", language, localized)
                    send_mail(subject, body, None, [user.email])
                sent += len(people)
            verb = "would remind" if dry_run else "reminded"
            self.stdout.write(f"{prefix}: {verb} {', '.join(recipients)}")
        summary = "Dry run: nothing sent." if dry_run else f"Sent {sent} reminder(s)."
        self.stdout.write(self.style.SUCCESS(f"{summary} {without} profile(s) have no representative."))
