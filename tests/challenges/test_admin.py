"""Editors find challenge calls in the admin by status, theme and country."""

import datetime

from django.contrib.auth.models import User
from django.urls import reverse

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest

from challenges.factories import ChallengePageFactory
from challenges.models import call_today


@pytest.fixture
def calls(challenge_index, themes):
    today = call_today()
    day = datetime.timedelta(days=1)
    mobility, energy, _water = themes
    return {
        "open-fi": ChallengePageFactory(
            parent=challenge_index,
            title="Open in Finland",
            country="FI",
            themes=[mobility],
            opens_on=today - day,
            closes_on=today + day,
        ),
        "closed-no": ChallengePageFactory(
            parent=challenge_index,
            title="Closed in Norway",
            country="NO",
            themes=[energy],
            opens_on=today - 9 * day,
            closes_on=today - day,
        ),
        "upcoming-fi": ChallengePageFactory(
            parent=challenge_index,
            title="Upcoming in Finland",
            country="FI",
            themes=[energy],
            opens_on=today + day,
            closes_on=today + 9 * day,
        ),
    }


def listed(admin_client, **params):
    response = admin_client.get(reverse("challenge_calls:index"), params)
    assert response.status_code == 200
    html = response.content.decode()
    return {title for title in ("Open in Finland", "Closed in Norway", "Upcoming in Finland") if title in html}


def test_admin_lists_every_challenge_call(admin_client, calls):
    assert listed(admin_client) == {"Open in Finland", "Closed in Norway", "Upcoming in Finland"}


def test_admin_filters_by_status(admin_client, calls):
    assert listed(admin_client, status="open") == {"Open in Finland"}
    assert listed(admin_client, status="closed") == {"Closed in Norway"}
    assert listed(admin_client, status="upcoming") == {"Upcoming in Finland"}


def test_admin_filters_by_country_and_theme(admin_client, calls, themes):
    assert listed(admin_client, country="FI") == {"Open in Finland", "Upcoming in Finland"}
    assert listed(admin_client, themes=themes[1].pk) == {"Closed in Norway", "Upcoming in Finland"}
    assert listed(admin_client, themes=themes[1].pk, country="FI") == {"Upcoming in Finland"}


@pytest.mark.django_db
def test_the_call_editor_offers_each_theme_once_in_the_editors_language(admin_client, calls, themes):
    mobility = themes[0]
    for code, name in (("fi", "Liikkuminen"), ("sv", "Mobilitet")):
        translated = mobility.copy_for_translation(Locale.objects.get(language_code=code))
        translated.name = name
        translated.save()
    UserProfile.objects.update_or_create(user=User.objects.get(username="admin"), defaults={"preferred_language": "fi"})
    html = admin_client.get(f"/admin/pages/{calls['open-fi'].pk}/edit/").content.decode()
    offered = html.split('<div id="id_themes">')[1].split("</div>\n</div>")[0]
    assert offered.count('type="checkbox" name="themes"') == 3
    assert "Liikkuminen" in offered and "Mobilitet" not in offered and "Mobility" not in offered
