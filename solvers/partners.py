"""The "Looking for partners" board: open partner requests across calls, in the visitor's language.

Choosing the role "looking for partners" publishes the request here and on the call
page: the member's name, the call and the capabilities it brings and seeks. Its
message stays with the call's contact and the editors.
"""

from django.utils.translation import gettext as _

from django_countries import countries

from portal import fragments, locales
from portal.models import Capability, Theme
from solvers.interests import in_locale, represented
from solvers.models import Interest


def open_requests(theme=None, country=None):
    """Partner requests on open, live calls, newest first, optionally on a theme and in a country."""
    requests = Interest.objects.looking_for_partners().on_open_calls().select_related("call", "member")
    if theme:
        requests = requests.filter(call__themes__slug=theme)
    if country:
        requests = requests.filter(call__country=country)
    return requests.prefetch_related("capabilities", "seeks").order_by("-updated_at", "pk").distinct()


def _names(model, locale):
    return fragments.shared(
        f"names:{model._meta.label}:{locale.pk}",
        lambda: dict(model.objects.filter(locale=locale).values_list("translation_key", "name")),
    )


def board_rows(requests, locale):
    """Each request as the board shows it: call and member in `locale`, capabilities as it names them."""
    requests = list(requests)
    calls = in_locale([request.call for request in requests], locale.pk)
    members = in_locale([request.member for request in requests], locale.pk)
    names = _names(Capability, locale)

    def named(capabilities):
        return sorted(names.get(capability.translation_key, capability.name) for capability in capabilities)

    return [
        {
            "interest": request,
            "call": calls[request.call_id],
            "member": members[request.member_id],
            "offers": named(request.capabilities.all()),
            "seeks": named(request.seeks.all()),
        }
        for request in requests
    ]


def partner_board_context(request, interests=None):
    """What the board's template shows: the requests, and the theme and country filters with their choices."""
    locale = locales.active()
    themes = dict(Theme.objects.filter(locale=locales.default()).values_list("slug", "translation_key"))
    theme = request.GET.get("theme", "")
    country = request.GET.get("country", "").upper()
    notices = []
    if theme and theme not in themes:
        notices.append(_("“%(value)s” is not a known theme and was ignored.") % {"value": theme[:50]})
        theme = ""
    if country and country not in dict(countries):
        notices.append(_("“%(value)s” is not a known country and was ignored.") % {"value": country[:10]})
        country = ""
    if interests is None:
        interests = open_requests(theme, country)
    theme_names = _names(Theme, locale)
    signed_in = request.user.is_authenticated
    return {
        "represents": set(represented(request.user).values_list("pk", flat=True)) if signed_in else set(),
        "rows": board_rows(interests, locale),
        "notices": notices,
        "theme": theme,
        "country": country,
        "theme_choices": sorted(
            ((slug, theme_names.get(key, slug)) for slug, key in themes.items()), key=lambda item: item[1]
        ),
        "country_choices": sorted(
            {(request.call.country.code, request.call.country.name) for request in open_requests()},
            key=lambda item: item[1],
        ),
    }
