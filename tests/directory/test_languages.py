"""Member profiles in every language: each language is edited, submitted and approved alike, shared facts
follow every publish of the English page, and the representative's home tells where each language stands."""

import datetime

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from wagtail.models import Locale, WorkflowState

import pytest

from directory.languages import start_language_version
from directory.models import MemberOffice, MemberProfilePage, MemberSettings
from portal.factories import CapabilityFactory, ThemeFactory
from tests.support.members import member_form_data

pytestmark = pytest.mark.django_db

TEXTS = {
    "fi": {"title": "Alfa Oy", "slug": "alfa", "summary": "Alfa rakentaa anturiverkkoja."},
    "sv": {"title": "Alfa Ab", "slug": "alfa", "summary": "Alfa bygger sensornätverk."},
}


def set_review(on):
    settings = MemberSettings.load()
    settings.changes_need_review = on
    settings.save()


def language_version(member, language):
    page = start_language_version(member, Locale.objects.get(language_code=language))
    for name, value in TEXTS[language].items():
        setattr(page, name, value)
    page.save_revision().publish()
    return MemberProfilePage.objects.get(pk=page.pk)


@pytest.fixture
def pages(world):
    """Alpha Oy's page in English, Finnish and Swedish, each published with its own text."""
    return {
        "en": world.member_a,
        "fi": language_version(world.member_a, "fi"),
        "sv": language_version(world.member_a, "sv"),
    }


def fresh(page):
    return MemberProfilePage.objects.get(pk=page.pk)


def submit(client, page, **changes):
    data = {**member_form_data(page, **changes), "action-submit": "Submit to Moderators"}
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def approve(client, moderator, page, comment="Fine"):
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(moderator)
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/"
    return client.post(url, {"comment": comment})


def reject(client, moderator, page, comment):
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(moderator)
    client.post(f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/", {"comment": comment})


def publish(client, user, page, **changes):
    client.force_login(user)
    data = {**member_form_data(page, **changes), "action-publish": "action-publish"}
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def home_states(client, user):
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    rows = html.split('<tr data-language="')[1:]
    return {row[:2]: row.split('data-status="')[1].split('"')[0] for row in rows}, html


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_representative_submits_in_each_language_and_approval_publishes_it(world, pages, client, language):
    set_review(True)
    page = pages[language]
    client.force_login(world.rep_a)
    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    # Wagtail's own editor in every language, with its workflow: no translation editor.
    assert 'name="action-submit"' in editor
    assert "Convert to alias page" not in editor and "Synced translation" not in editor
    assert submit(client, page, summary=f"Reviewed text ({language})").status_code == 302
    assert fresh(page).summary != f"Reviewed text ({language})"
    assert home_states(client, world.rep_a)[0][language] == "awaiting_approval"

    approve(client, world.moderator, page)
    assert fresh(page).summary == f"Reviewed text ({language})"
    assert f"Reviewed text ({language})" in client.get(fresh(page).url).content.decode()
    assert home_states(client, world.rep_a)[0][language] in ("up_to_date", "behind")


def test_representative_publishes_each_language_directly_when_review_is_off(world, pages, client):
    set_review(False)
    for language, page in pages.items():
        assert publish(client, world.rep_a, page, summary=f"Direct ({language})").status_code == 302
        assert f"Direct ({language})" in client.get(fresh(page).url).content.decode()


def test_shared_facts_reach_every_language_on_publish(world, pages, client):
    energy, water = ThemeFactory(name="Energy"), ThemeFactory(name="Water")
    snow = CapabilityFactory(name="Snow and ice management", theme=energy)
    english = fresh(pages["en"])
    english.themes.set([energy, water])
    english.save_revision().publish()
    assert set(fresh(pages["fi"]).themes.all()) == {energy, water}

    english = fresh(pages["en"])
    english.themes.set([])
    english.capabilities.set([snow])
    english.website = "https://alpha.example/"
    english.contact_email = "hello@alpha.example"
    english.save_revision().publish()
    for language in ("fi", "sv"):
        page = fresh(pages[language])
        assert list(page.themes.all()) == []
        assert list(page.capabilities.all()) == [snow]
        assert (page.website, page.contact_email) == ("https://alpha.example/", "hello@alpha.example")
        assert page.summary == TEXTS[language]["summary"]
        html = client.get(page.url).content.decode()
        assert "hello@alpha.example" in html and TEXTS[language]["summary"] in html


def test_shared_facts_reach_the_pages_visitors_are_served_from_the_cache(world, pages):
    urls = [fresh(pages[language]).url for language in ("fi", "sv")]
    for url in urls:
        assert "hello@alpha.example" not in Client().get(url).content.decode()

    english = fresh(pages["en"])
    english.contact_email = "hello@alpha.example"
    english.save_revision().publish()
    for url in urls:
        assert "hello@alpha.example" in Client().get(url).content.decode()


def test_an_office_removed_in_english_is_gone_in_every_language(world, pages):
    english = fresh(pages["en"])
    english.offices = [MemberOffice(city="Oulu", country="FI")]
    english.save_revision().publish()
    for language in ("fi", "sv"):
        assert [(office.city, office.country.code) for office in fresh(pages[language]).offices.all()] == [
            ("Oulu", "FI")
        ]


def test_a_finnish_review_survives_an_english_publish_and_approval_adds_the_new_facts(world, pages, client):
    set_review(True)
    client.force_login(world.rep_a)
    submit(client, pages["fi"], summary="Uusi suomenkielinen teksti.")
    english = fresh(pages["en"])
    english.contact_phone = "+358 40 000 0000"
    english.save_revision().publish()

    finnish = fresh(pages["fi"])
    assert finnish.workflow_in_progress
    assert finnish.contact_phone == "+358 40 000 0000"
    assert finnish.summary == TEXTS["fi"]["summary"]
    assert finnish.get_latest_revision_as_object().summary == "Uusi suomenkielinen teksti."

    approve(client, world.moderator, finnish)
    finnish = fresh(finnish)
    assert (finnish.summary, finnish.contact_phone) == ("Uusi suomenkielinen teksti.", "+358 40 000 0000")


def test_a_rejected_language_keeps_its_comment_and_still_gets_the_facts(world, pages, client):
    set_review(True)
    client.force_login(world.rep_a)
    submit(client, pages["sv"], summary="Fel text.")
    reject(client, world.moderator, pages["sv"], "Kolla siffrorna, tack")
    english = fresh(pages["en"])
    english.website = "https://alpha.example/sv"
    english.save_revision().publish()

    swedish = fresh(pages["sv"])
    assert swedish.website == "https://alpha.example/sv"
    assert swedish.get_latest_revision_as_object().website == "https://alpha.example/sv"
    states, html = home_states(client, world.rep_a)
    assert states["sv"] == "rejected"
    assert "Kolla siffrorna, tack" in html


def test_finnish_and_swedish_editors_show_the_facts_but_never_change_them(world, pages, client):
    set_review(False)
    client.force_login(world.rep_a)
    editor = client.get(f"/admin/pages/{pages['fi'].pk}/edit/").content.decode()
    assert "These facts are the same in every language" in editor
    assert f"/admin/pages/{world.member_a.pk}/edit/" in editor
    publish(client, world.rep_a, pages["fi"], website="https://taken.example/", summary="Suomeksi, uusi.")
    finnish = fresh(pages["fi"])
    assert finnish.summary == "Suomeksi, uusi."
    assert finnish.website == fresh(pages["en"]).website != "https://taken.example/"


def test_home_tells_where_each_language_stands(world, pages, client):
    set_review(True)
    states, _html = home_states(client, world.rep_a)
    assert states == {"en": "up_to_date", "fi": "up_to_date", "sv": "up_to_date"}

    # A change of facts only does not make the other languages behind; a change of text does.
    english = fresh(pages["en"])
    english.website = "https://alpha.example/"
    english.save_revision().publish()
    assert home_states(client, world.rep_a)[0]["fi"] == "up_to_date"
    english = fresh(pages["en"])
    english.summary = "Alpha now builds sensor networks for ports too."
    english.save_revision().publish()
    states, html = home_states(client, world.rep_a)
    assert states["fi"] == states["sv"] == "behind"
    today = date_format(timezone.localdate(), "SHORT_DATE_FORMAT")
    assert f"The English text changed on {today}: review this text." in html

    finnish = fresh(pages["fi"])
    finnish.summary = "Alfa rakentaa anturiverkkoja myös satamiin."
    finnish.save_revision()
    client.post(reverse("directory_admin:confirm_text_current", args=[pages["sv"].pk]))
    states, _html = home_states(client, world.rep_a)
    assert states == {"en": "up_to_date", "fi": "draft", "sv": "up_to_date"}


def test_a_language_not_translated_yet_is_offered_for_translation(world, client):
    client.force_login(world.rep_a)
    states, html = home_states(client, world.rep_a)
    assert states == {"en": "up_to_date", "fi": "not_translated", "sv": "not_translated"}
    response = client.post(reverse("directory_admin:translate", args=[world.member_a.pk, "fi"]))
    finnish = MemberProfilePage.objects.get(translation_key=world.member_a.translation_key, locale__language_code="fi")
    assert response["Location"] == f"/admin/pages/{finnish.pk}/edit/"
    # A page of its own, still showing the English text until the Finnish one is published.
    assert finnish.alias_of_id is None and finnish.live
    assert home_states(client, world.rep_a)[0]["fi"] == "not_translated"
    html = client.get(finnish.url).content.decode()
    assert '<div lang="en">' in html
    # Not a translation yet: no search engine is told it is the Finnish version.
    head = client.get(world.member_a.url).content.decode().split("</head>")[0]
    assert 'hreflang="fi"' not in head and 'hreflang="en"' in head


def test_one_email_per_submission_listing_every_language(world, pages, client):
    set_review(True)
    world.superuser.groups.add(*world.moderator.groups.all())
    client.force_login(world.rep_a)
    mail.outbox.clear()
    submit(client, pages["fi"], summary="Uusi teksti.")
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["moderator@scic.example", "root@scic.example"]
    body = mail.outbox[0].body
    assert "The profile in each language:" in body
    assert "- Finnish: Changes waiting for approval" in body
    assert f"/admin/pages/{pages['fi'].pk}/revisions/compare/live...latest/" in body
    assert "- English: Published and up to date" in body


def test_texts_changed_at_is_not_rolled_back_by_a_revert(world, pages):
    finnish = fresh(pages["fi"])
    before = finnish.texts_changed_at
    assert before is not None and timezone.now() - before < datetime.timedelta(minutes=1)
    first = finnish.revisions.order_by("created_at").first()
    assert first.as_object().texts_changed_at == before
