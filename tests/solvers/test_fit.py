"""Suggested solvers on the demo site: the coordinator's judgments, the reasons, the cost; on both backends."""

from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, Page

import pytest

from challenges.models import ChallengePage
from directory.models import MemberAccess, MemberProfilePage
from home.demo.content import DemoContent
from solvers.fit import SUGGESTIONS, fitting_calls, suggested_solvers, suggests_solvers
from solvers.models import Interest
from tests.support.demo import IndexedDemoTestCase
from tests.support.engine import engine_requests

BACKENDS = ("database", "default")


def judged_calls():
    """(call slug, members a coordinator would call first) from the demo content."""
    return [
        (item["slug"], item["first_to_call"]) for item in DemoContent().pages["challenges"] if "first_to_call" in item
    ]


@pytest.mark.engine
class DemoFitTests(IndexedDemoTestCase):
    """The demo content indexed on the engine and in the database; suggestions asked of both."""

    def call(self, slug, language="en"):
        english = ChallengePage.objects.get(slug=slug, locale__language_code="en")
        return english.get_translation(Locale.objects.get(language_code=language))

    def english_slugs(self, suggestions):
        keys = [suggestion.member.pk for suggestion in suggestions]
        by_key = dict(Page.objects.filter(locale__language_code="en").values_list("translation_key", "slug"))
        translation_keys = dict(Page.objects.filter(pk__in=keys).values_list("pk", "translation_key"))
        return [by_key[translation_keys[pk]] for pk in keys]

    def test_every_open_or_upcoming_demo_call_has_judgments(self):
        judged = {slug for slug, _members in judged_calls()}
        live = ChallengePage.objects.live().filter(locale__language_code="en")
        assert judged == {call.slug for call in live if suggests_solvers(call)}

    def test_the_members_a_coordinator_would_call_first_are_suggested_on_both_backends(self):
        failures = []
        for backend in BACKENDS:
            for language in ("en", "fi", "sv"):
                for slug, expected in judged_calls():
                    with translation.override(language):
                        found = self.english_slugs(suggested_solvers(self.call(slug, language), backend_name=backend))
                    assert len(found) <= SUGGESTIONS
                    if not set(expected) <= set(found):
                        failures.append(f"{backend} {language} {slug}: expected {expected} among {found}")
        assert not failures, "\n".join(failures)

    def test_the_owner_of_a_call_is_not_suggested_as_its_solver(self):
        for backend in BACKENDS:
            found = self.english_slugs(
                suggested_solvers(self.call("kestora-demolition-material-reuse"), backend_name=backend)
            )
            assert "kestora-infra" not in found

    def test_reasons_name_what_is_shared_in_the_visitors_language(self):
        for backend in BACKENDS:
            with translation.override("en"):
                english = suggested_solvers(self.call("kirkenes-snow-ice-low-energy"), backend_name=backend)
            varanger = next(s for s in english if s.member.title == "Varanger Polartech AS")
            assert "Capabilities: Snow and ice management, Waste heat recovery" in varanger.reasons
            assert "Works in Norway" in varanger.reasons
            assert any(reason.startswith("Reference in Norway: Kirkenes") for reason in varanger.reasons)
            with translation.override("fi"):
                finnish = suggested_solvers(self.call("kirkenes-snow-ice-low-energy", "fi"), backend_name=backend)
            varanger = next(s for s in finnish if s.member.title.startswith("Varanger"))
            assert "Osaamisalueet: Hukkalämmön talteenotto, Lumen- ja jäänhallinta" in varanger.reasons
            assert "Toimipaikka maassa: Norja" in varanger.reasons

    def test_the_ranking_is_the_same_every_time(self):
        for backend in BACKENDS:
            call = self.call("tampere-tram-stop-winter-access")
            first = [(s.member.pk, s.score, s.reasons) for s in suggested_solvers(call, backend_name=backend)]
            assert first == [(s.member.pk, s.score, s.reasons) for s in suggested_solvers(call, backend_name=backend)]

    def test_a_suggestion_costs_two_queries(self):
        call = self.call("neom-cooling-digital-twin")
        with CaptureQueriesContext(connection) as queries:
            suggested_solvers(call, backend_name="database")
        assert len(queries) == 2, [query["sql"] for query in queries]
        with CaptureQueriesContext(connection) as queries, engine_requests() as requests:
            suggested_solvers(call, backend_name="default")
        assert len(queries) + len(requests) == 2, ([query["sql"] for query in queries], requests)

    def test_an_open_call_page_shows_its_suggested_solvers_and_a_closed_one_does_not(self):
        response = self.client.get(self.call("kirkenes-snow-ice-low-energy", "sv").url)
        html = response.content.decode()
        assert "Föreslagna lösare" in html
        assert "Varanger Polartech" in html
        assert "Verksam i Norge" in html
        assert "0 medlemsorganisationer är intresserade av den här utlysningen." in html
        closed = self.client.get(self.call("kirkenes-arctic-port-logistics").url)
        assert "Suggested solvers" not in closed.content.decode()

    def member(self, slug, language="en"):
        english = MemberProfilePage.objects.get(slug=slug, locale__language_code="en")
        return english.get_translation(Locale.objects.get(language_code=language))

    def test_a_members_fitting_calls_are_open_and_ranked_by_the_same_fit_on_both_backends(self):
        for backend in BACKENDS:
            with translation.override("fi"):
                fitting = fitting_calls(self.member("varanger-polartech", "fi"), backend_name=backend)
                expected = suggested_solvers(self.call("kirkenes-snow-ice-low-energy", "fi"), backend_name=backend)
            calls = [call for call, _fit in fitting]
            assert calls[0].translation_key == self.call("kirkenes-snow-ice-low-energy").translation_key, backend
            assert all(call.status == "open" and call.locale.language_code == "fi" for call in calls)
            varanger = next(s for s in expected if s.member.pk == fitting[0][1].member.pk)
            assert fitting[0][1] == varanger

    def test_a_representatives_admin_home_shows_open_calls_that_fit_and_their_interests(self):
        member = self.member("varanger-polartech")
        user = User.objects.create_user("varanger-rep", "rep@varanger.example", "a-long-unusual-passphrase-42")
        user.groups.add(MemberAccess.objects.for_page(member).group)
        closed = self.call("kirkenes-arctic-port-logistics")
        Interest.objects.create(call=closed, member=member, role="lead")
        self.client.force_login(user)
        html = self.client.get("/admin/").content.decode()
        assert "Open calls that fit you" in html
        assert "Kirkenes: low-energy snow and ice management for streets" in html
        assert "Capabilities: Snow and ice management, Waste heat recovery" in html
        assert "Kirkenes: year-round Arctic port logistics" in html
        assert "Closed · In implementation" in html
