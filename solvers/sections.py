"""The solvers' sections of a call page (registered on challenges' CALL_SECTIONS_HOOK).

Suggested solvers are the same for everyone: the section is rendered once per call,
language and day in each content generation and kept in the shared cache
(portal/fragments.py); so is the interest section for visitors not signed in. The interest section counts the interested
members and names those that agreed to be shown; a signed-in representative also gets a
form per organisation they represent, so that part exists only for them.
"""

import hashlib

from django.template.loader import render_to_string
from django.utils import translation

from portal import locales
from portal.fragments import shared
from portal.page_cache.generation import today
from solvers.fit import suggested_solvers, suggests_solvers
from solvers.forms import InterestForm
from solvers.interests import accepts_interest, public_interest, represented, source_call
from solvers.models import Interest
from solvers.partners import board_rows


def suggested_solvers_section(page, request):
    def render():
        context = {"suggestions": suggested_solvers(page) if suggests_solvers(page) else []}
        return render_to_string("solvers/includes/suggested_solvers.html", context, request=request)

    # The day, because a call suggests solvers only while it is open or upcoming.
    return shared(f"suggested-solvers:{page.pk}:{translation.get_language()}:{today()}", render)


def interest_section(page, request):
    if request.user.is_authenticated:
        return _interest_section(page, request)
    # Visitors who are not signed in all read the same: kept like the suggestions, by the
    # address too (the sign-in link leads back to it; hashed, as a key's length is limited).
    address = hashlib.sha256(request.path.encode()).hexdigest()[:16]
    key = f"call-interest:{page.pk}:{translation.get_language()}:{today()}:{address}"
    return shared(key, lambda: _interest_section(page, request))


def _interest_section(page, request):
    call = source_call(page)
    count, shown = public_interest(call, page.locale_id)
    open_call = accepts_interest(call)
    requests = Interest.objects.filter(call=call).looking_for_partners().prefetch_related("capabilities", "seeks")
    forms = []
    signed_in = request.user.is_authenticated
    if open_call and signed_in:
        members = represented(request.user)
        standing = Interest.objects.active().filter(call=call, member__in=members)
        existing = {interest.member_id: interest for interest in standing}
        for member in members:
            interest = existing.get(member.pk)
            form = InterestForm(
                instance=interest,
                initial={"member": member.pk},
                members=members.filter(pk=member.pk),
                auto_id=f"interest-{member.pk}-%s",
            )
            forms.append({"member": member, "interest": interest, "form": form})
    # Partner requests are among the interests counted: with none counted there is none to read.
    rows = (
        board_rows(requests.select_related("call", "member"), locales.by_id(page.locale_id))
        if open_call and count
        else []
    )
    context = {
        "page": page,
        "count": count,
        "shown": shown,
        "rows": rows,
        "open_call": open_call,
        "signed_in": signed_in,
        "forms": forms,
        "represents": {item["member"].pk for item in forms},
    }
    return render_to_string("solvers/includes/call_interest.html", context, request=request)
