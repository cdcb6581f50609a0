"""How well a member fits a call, and why: the suggested solvers on a call page.

Fit adds up what a coordinator would look for, each with its weight (`WEIGHTS`):

- each theme the member shares with the call;
- each capability the call seeks that the member offers;
- an office in the call's country;
- each of the member's references (up to two) in the call's country or on its themes;
- each of the call's words in the member's summary (up to three).

The search core finds candidates (`search.similar`: one engine request, or one database
query), and one database query reads what each candidate shares with the call; the
ranking and the reasons are computed from that, so what is shown is what was counted.
Ties go to the name, so the same data gives the same list. See docs/solvers.md.
"""

import dataclasses

from django.db.models import CharField, Q, TextField, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Page

from challenges.models import ChallengePage, ChallengeStatus, ReferencePage
from directory.models import MemberProfilePage
from portal.models import Capability, Theme
from search.analysis import STOPWORDS, base_language, word_terms, words
from search.similar import similar_pages

WEIGHTS = {"theme": 2, "capability": 3, "country": 2, "reference": 1, "word": 1}
MAX_REFERENCES = 2
MAX_WORDS = 3
FACET_WEIGHTS = {name: WEIGHTS[name] for name in ("theme", "capability", "country")}
SUGGESTIONS = 6
CANDIDATES = 30
# Words shorter than this say little about what a call is about.
MIN_WORD_LENGTH = 5


@dataclasses.dataclass(frozen=True)
class Suggestion:
    """A member suggested for a call: its page in the call's language, its fit and the reasons for it."""

    member: Page
    score: int
    reasons: tuple


def page_words(page):
    """A call's or member's own words, in its language: its title's and summary's, longest first, each once."""
    found = {}
    for word in words(f"{page.title} {page.summary}"):
        lowered = word.lower()
        if len(lowered) >= MIN_WORD_LENGTH and lowered not in STOPWORDS:
            found.setdefault(lowered, None)
    return sorted(found, key=lambda word: (-len(word), word))


def suggests_solvers(call):
    return call.status in (ChallengeStatus.OPEN, ChallengeStatus.UPCOMING)


def suggested_solvers(call, limit=SUGGESTIONS, backend_name="default"):
    """Up to `limit` members that fit `call`, best first, each with its reasons in the active language."""
    keywords = page_words(call)
    candidates = similar_pages(
        call,
        MemberProfilePage.search_type,
        weights=FACET_WEIGHTS,
        words=keywords[:8],
        text_field="summary",
        limit=CANDIDATES + 1,
        backend_name=backend_name,
    )
    if not candidates:
        return []
    facts = CallFacts(call, candidates)
    language = base_language(call.listing_language)
    call_terms = {word: set(word_terms(word, language)) for word in keywords}
    suggestions = [facts.suggestion(pk, call_terms, language) for pk in candidates if pk in facts.members]
    suggestions = [suggestion for suggestion in suggestions if suggestion.score > 0]
    suggestions.sort(
        key=lambda suggestion: (-suggestion.score, suggestion.member.title.casefold(), suggestion.member.pk)
    )
    return suggestions[:limit]


def fitting_calls(member, limit=5, backend_name="default"):
    """Open calls in `member`'s language that it fits best, each as (call, `Suggestion` of the member).

    The same fit as `suggested_solvers`, seen from the member: candidates from the search
    core, then each call's facts read for this one member.
    """
    open_calls = ChallengePage.objects.live().public().open().filter(locale_id=member.locale_id)
    candidates = similar_pages(
        member,
        ChallengePage.search_type,
        weights=FACET_WEIGHTS,
        words=page_words(member)[:8],
        text_field="summary",
        among=list(open_calls.values_list("pk", flat=True)),
        limit=CANDIDATES,
        backend_name=backend_name,
    )
    language = base_language(member.listing_language)
    fitting = []
    for call in open_calls.filter(pk__in=candidates):
        facts = CallFacts(call, [member.pk])
        if member.pk in facts.members:
            call_terms = {word: set(word_terms(word, language)) for word in page_words(call)}
            suggestion = facts.suggestion(member.pk, call_terms, language)
            if suggestion.score > 0:
                fitting.append((call, suggestion))
    fitting.sort(key=lambda item: (-item[1].score, item[0].closes_on, item[0].title))
    return fitting[:limit]


def _rows(queryset, kind, key, value, extra=None):
    """A detail query's rows as (key, kind, value, extra) text columns, so that they can be united."""
    return queryset.order_by().values_list(
        Cast(key, TextField()),
        Value(kind, output_field=CharField()),
        Cast(value, TextField()),
        Cast(extra if extra is not None else Value(""), TextField()),
    )


class CallFacts:
    """What the call and each candidate member hold that fit counts, read in one query."""

    def __init__(self, call, candidates):
        member_themes = MemberProfilePage.themes.through.objects.filter(memberprofilepage_id__in=candidates)
        member_capabilities = MemberProfilePage.capabilities.through.objects.filter(memberprofilepage_id__in=candidates)
        offices = MemberProfilePage.objects.filter(pk__in=candidates, offices__country=call.country)
        pages = Page.objects.filter(pk__in=candidates)
        call_themes = ChallengePage.themes.through.objects.filter(challengepage_id=call.pk)
        call_capabilities = ChallengePage.capabilities.through.objects.filter(challengepage_id=call.pk)
        theme_names = Theme.objects.filter(
            locale_id=call.locale_id, translation_key__in=call_themes.values("theme__translation_key")
        )
        capability_names = Capability.objects.filter(
            locale_id=call.locale_id, translation_key__in=call_capabilities.values("capability__translation_key")
        )
        on_the_call = Q(referencepage__country=call.country) | Q(
            referencepage__themes__in=call_themes.values("theme_id")
        )
        references = ReferencePage.partners.through.objects.filter(
            on_the_call,
            referencepage__locale_id=call.locale_id,
            referencepage__live=True,
            memberprofilepage__translation_key__in=pages.values("translation_key"),
        ).distinct()
        parts = [
            _rows(member_themes, "theme", "memberprofilepage_id", "theme__slug"),
            _rows(member_capabilities, "capability", "memberprofilepage_id", "capability__slug"),
            _rows(offices, "office", "pk", Value("")),
            _rows(pages, "page", "pk", "title", "url_path"),
            _rows(pages, "key", "pk", "translation_key"),
            _rows(MemberProfilePage.objects.filter(pk=call.owner_member_id), "owner", Value(0), "translation_key"),
            _rows(MemberProfilePage.objects.filter(pk__in=candidates), "summary", "pk", "summary"),
            _rows(theme_names, "call_theme", Value(0), "slug", "name"),
            _rows(capability_names, "call_capability", Value(0), "slug", "name"),
            _rows(
                references,
                "reference",
                "memberprofilepage__translation_key",
                "referencepage__title",
                "referencepage__country",
            ),
        ]
        rows = list(parts[0].union(*parts[1:], all=True))
        self.call = call
        self.call_themes, self.call_capabilities = {}, {}
        self.members = {}
        self.held = {}
        pk_by_key, owner_key = {}, None
        for key, kind, value, extra in rows:
            if kind == "call_theme":
                self.call_themes[value] = extra
            elif kind == "call_capability":
                self.call_capabilities[value] = extra
            elif kind == "page":
                self.members[int(key)] = Page(pk=int(key), title=value, url_path=extra, locale_id=call.locale_id)
            elif kind == "key":
                # A UUID reads as text with dashes on PostgreSQL and without them on SQLite.
                pk_by_key[value.replace("-", "")] = int(key)
            elif kind == "owner":
                owner_key = value.replace("-", "")
            else:
                self.held.setdefault((key, kind), []).append((value, extra))
        for (key, kind), values in list(self.held.items()):
            if kind == "reference":
                pk = pk_by_key.get(key.replace("-", ""))
                self.held[(str(pk), kind)] = values
        # The call's owner brought the challenge; it is not its solver.
        self.members.pop(pk_by_key.get(owner_key), None)

    def of(self, pk, kind):
        return self.held.get((str(pk), kind), [])

    def suggestion(self, pk, call_terms, language):
        """The member's `Suggestion`: its score and the reasons for it, in the active language."""
        themes = sorted(self.call_themes[slug] for slug, _extra in self.of(pk, "theme") if slug in self.call_themes)
        capabilities = sorted(
            self.call_capabilities[slug] for slug, _extra in self.of(pk, "capability") if slug in self.call_capabilities
        )
        works_here = bool(self.of(pk, "office"))
        references = sorted(self.of(pk, "reference"))[:MAX_REFERENCES]
        summary_terms = set()
        for text, _extra in self.of(pk, "summary"):
            for word in words(text):
                summary_terms.update(word_terms(word, language))
        matching = [word for word, terms in call_terms.items() if terms & summary_terms][:MAX_WORDS]
        score = (
            WEIGHTS["theme"] * len(themes)
            + WEIGHTS["capability"] * len(capabilities)
            + WEIGHTS["country"] * works_here
            + WEIGHTS["reference"] * len(references)
            + WEIGHTS["word"] * len(matching)
        )
        return Suggestion(
            member=self.members[pk],
            score=score,
            reasons=tuple(reasons(self.call, themes, capabilities, works_here, references, matching)),
        )


def reasons(call, themes, capabilities, works_here, references, matching):
    """The reasons for a fit, as a visitor reads them, strongest kind first."""
    if capabilities:
        yield ngettext("Capability: %(names)s", "Capabilities: %(names)s", len(capabilities)) % {
            "names": ", ".join(capabilities)
        }
    if themes:
        yield ngettext("Shares a theme: %(names)s", "Shares themes: %(names)s", len(themes)) % {
            "names": ", ".join(themes)
        }
    if works_here:
        yield _("Works in %(country)s") % {"country": call.country.name}
    for title, country in references:
        if country == call.country.code:
            yield _("Reference in %(country)s: %(title)s") % {"country": call.country.name, "title": title}
        else:
            yield _("Reference: %(title)s") % {"title": title}
    if matching:
        yield _("Matching words: %(words)s") % {"words": ", ".join(matching)}
