"""What the home page shows of the other sections, computed from live content."""

from challenges.models import ChallengePage, ReferencePage
from directory.models import MemberOffice, MemberProfilePage
from portal.fragments import public, shared
from portal.page_cache import generation

FEATURED_CHALLENGES = 3


def front_page_context(home):
    """Open calls nearest their deadline and key figures, in the home page's language; kept in
    the shared fragments for the content generation and the day (calls open and close at midnight)."""
    return shared(f"front-page:{home.pk}:{generation.today()}", lambda: _front_page(home))


def _front_page(home):
    in_site = {"locale": home.locale_id, "path__startswith": home.path}
    members = public(MemberProfilePage.objects.live()).filter(**in_site)
    challenges = public(ChallengePage.objects.live()).filter(**in_site)
    open_challenges = challenges.open()
    countries = (
        set(challenges.values_list("country", flat=True))
        | set(public(ReferencePage.objects.live()).filter(**in_site).values_list("country", flat=True))
        | set(MemberOffice.objects.filter(page__in=members).values_list("country", flat=True))
    )
    return {
        "featured_challenges": list(
            open_challenges.closing_soonest()
            .with_owner_names()
            .select_related(*ChallengePage.card_select_related)[:FEATURED_CHALLENGES]
        ),
        "key_figures": {
            "members": members.count(),
            "open_challenges": open_challenges.count(),
            "countries": len(countries - {""}),
        },
    }
