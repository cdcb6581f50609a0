"""What the home page shows besides its own text, computed from live content."""

from challenges.models import ChallengePage, ReferencePage
from directory.models import MemberOffice, MemberProfilePage
from home.models import NewsPage

FEATURED_CHALLENGES = 3
LATEST_NEWS = 3


def front_page_context(home):
    """Open calls nearest their deadline, the latest news and key figures, in the home page's language."""
    in_site = {"locale": home.locale_id, "path__startswith": home.path}
    members = MemberProfilePage.objects.live().public().filter(**in_site)
    challenges = ChallengePage.objects.live().public().filter(**in_site)
    open_challenges = challenges.open()
    countries = (
        set(challenges.values_list("country", flat=True))
        | set(ReferencePage.objects.live().public().filter(**in_site).values_list("country", flat=True))
        | set(MemberOffice.objects.filter(page__in=members).values_list("country", flat=True))
    )
    return {
        "featured_challenges": (
            open_challenges.closing_soonest()
            .select_related("owner_member", "image")
            .prefetch_related("themes", "image__renditions")[:FEATURED_CHALLENGES]
        ),
        "latest_news": (
            NewsPage.objects.live()
            .public()
            .filter(**in_site)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")[:LATEST_NEWS]
        ),
        "key_figures": {
            "members": members.count(),
            "open_challenges": open_challenges.count(),
            "countries": len(countries - {""}),
        },
    }
