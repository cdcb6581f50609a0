"""E-mail alerts end to end: subscribe, confirm, a matching call is published, the digest, unsubscribe."""

import datetime
import re

from django.core import mail
from django.utils import timezone

from wagtail.models import Locale

import pytest

from challenges.alerts.digest import send_digests
from challenges.alerts.models import Alert, Delivery
from challenges.factories import ChallengePageFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://\S+")
ADDRESS = "reader@example.org"


@pytest.fixture
def calls(challenge_index, themes, django_capture_on_commit_callbacks):
    """Publish a call as an editor does: saved as a draft first, then published (and indexed) after the commit."""

    def publish(title, country="NO", theme_names=("Energy",), language="en"):
        chosen = [theme for theme in themes if theme.name in theme_names]
        with django_capture_on_commit_callbacks(execute=True):
            call = ChallengePageFactory(parent=challenge_index, title=title, country=country, themes=chosen, live=False)
            call.save_revision().publish()
            call.refresh_from_db()
            if language != "en":  # not translated yet: the English call is shown there
                call.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True, alias=True)
        return call

    return publish


def subscribe(client, params="country=NO&theme=energy", email=ADDRESS, frequency="daily", language="en", **extra):
    page = client.get(f"/{language}/alerts/?{params}")
    filters = re.search(r'name="filters" value="([^"]*)"', page.content.decode()).group(1).replace("&amp;", "&")
    data = {"email": email, "frequency": frequency, "language": language, "filters": filters}
    return client.post(f"/{language}/alerts/", data, **extra)


def links_in(message):
    return LINK.findall(message.body)


def confirm(client):
    link = next(url for url in links_in(mail.outbox[-1]) if "/alerts/confirm/" in url)
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.post(f"/{path}")
    assert response.status_code == 302
    return f"/{path}"


def test_alerts_end_to_end(client, calls, django_capture_on_commit_callbacks):
    response = subscribe(client, frequency="immediately")
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [ADDRESS]
    # Nothing is sent before the address confirms.
    calls("Snow melting with waste heat")
    assert len(mail.outbox) == 1

    confirm_path = confirm(client)
    alert = Alert.objects.get()
    assert alert.is_confirmed and alert.filters == "theme=energy&country=NO"

    calls("Arctic district heating")  # matches: sent at once
    calls("Lisbon tram priority", country="PT")  # another country: not sent
    assert len(mail.outbox) == 2
    digest = mail.outbox[1]
    assert "Arctic district heating" in digest.body and "Lisbon" not in digest.body
    assert "Snow melting" not in digest.body  # published before the confirmation
    unsubscribe = next(url for url in links_in(digest) if "/alerts/unsubscribe/" in url)
    assert digest.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert any("/alerts/manage/" in url for url in links_in(digest))

    # Never the same call twice, however often the digest runs.
    with django_capture_on_commit_callbacks(execute=True):
        send_digests("immediately")
    assert len(mail.outbox) == 2
    assert Delivery.objects.count() == 1

    # A mail client's one-click unsubscribe: the alert, its address and its log are gone.
    path = "/" + unsubscribe.split("://", 1)[1].split("/", 1)[1]
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Alert.objects.exists() and not Delivery.objects.exists()
    # Reused links say what happened instead of failing.
    assert "already cancelled" in client.get(path).content.decode()
    assert client.post(path).status_code == 200
    assert client.get(confirm_path).status_code == 404


def test_daily_digest_lists_the_new_calls_once(client, calls):
    subscribe(client, params="country=NO")
    confirm(client)
    calls("Harbour ice radar")
    calls("Polar night lighting")
    assert len(mail.outbox) == 1  # only the confirmation: daily alerts wait for the digest
    run = send_digests("daily")
    assert (run.emails, run.calls) == (1, 2)
    body = mail.outbox[-1].body
    assert "Harbour ice radar" in body and "Polar night lighting" in body
    assert mail.outbox[-1].subject.startswith("2 new challenge calls")
    again = send_digests("daily")
    assert (again.emails, again.searches) == (0, 1)  # within the hour's overlap: looked again, sent nothing
    assert send_digests("weekly").emails == 0
    Alert.objects.update(checked_at=timezone.now() + datetime.timedelta(hours=2))
    assert send_digests("daily").searches == 0  # nothing published since the last run: no search at all
    calls("Aurora-proof street lights")
    Alert.objects.update(checked_at=timezone.now() - datetime.timedelta(hours=2))
    later = send_digests("daily")
    assert (later.emails, later.calls) == (1, 1)
    assert "Aurora-proof street lights" in mail.outbox[-1].body


def test_an_address_never_gets_the_same_call_from_two_alerts(client, calls):
    subscribe(client, params="country=NO")
    confirm(client)
    subscribe(client, params="theme=energy")
    confirm(client)
    calls("Arctic district heating")
    send_digests("daily")
    assert [message.body.count("Arctic district heating") for message in mail.outbox[2:]] == [1]


def test_confirmation_links_expire(client):
    subscribe(client)
    # Two days later:
    Alert.objects.update(confirm_expires_at=timezone.now() - datetime.timedelta(minutes=1))
    link = next(url for url in links_in(mail.outbox[-1]) if "/alerts/confirm/" in url)
    response = client.post("/" + link.split("://", 1)[1].split("/", 1)[1])
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not Alert.objects.confirmed().exists()
    # The next run forgets the unconfirmed address.
    send_digests("daily")
    assert not Alert.objects.exists()


def test_a_reused_confirmation_link_says_it_is_already_confirmed(client):
    subscribe(client)
    path = confirm(client)
    response = client.get(path)
    assert response.status_code == 200
    assert "already confirmed" in response.content.decode()


def test_pages_behind_a_link_are_never_kept_by_a_cache(client):
    subscribe(client)
    confirm_path = confirm(client)
    alert = Alert.objects.get()
    unsubscribe_path = f"/en/alerts/unsubscribe/{alert.token}/"
    paths = (confirm_path, f"/en/alerts/manage/{alert.token}/", unsubscribe_path)
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200
        assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(",")), path
    assert "Cancel this alert?" in client.get(unsubscribe_path).content.decode()
    client.post(unsubscribe_path)
    # Every visitor's cache (the portal's own included) asks again: the page says what happened.
    assert "already cancelled" in client.get(unsubscribe_path).content.decode()
    assert client.get(confirm_path).status_code == 404


def test_subscribing_says_the_same_whatever_the_address_and_shows_no_address(client):
    subscribe(client)
    confirm(client)
    response = subscribe(client)  # the same alert again
    assert response.status_code == 302
    assert len(mail.outbox) == 1  # no second mail: nothing to confirm
    manage = next(url for url in links_in(mail.outbox[0]) if "/alerts/" in url)
    alert = Alert.objects.get()
    html = client.get(f"/en/alerts/manage/{alert.token}/").content.decode()
    assert ADDRESS not in html and "reader" not in html
    assert manage


def test_manage_page_changes_and_cancels_alerts(client):
    subscribe(client, params="country=NO")
    confirm(client)
    alert = Alert.objects.get()
    path = f"/en/alerts/manage/{alert.token}/"
    assert "Norway" in client.get(path).content.decode()
    client.post(path, {"alert": alert.pk, "action": "update", "frequency": "weekly"})
    alert.refresh_from_db()
    assert alert.frequency == "weekly"
    client.post(path, {"action": "delete_all"})
    assert not Alert.objects.exists()
    assert client.get(path).status_code == 404


def test_subscriptions_are_rate_limited_per_address_and_per_ip(client):
    for _ in range(3):
        assert subscribe(client, email="busy@example.org").status_code == 302
    assert subscribe(client, email="busy@example.org").status_code == 429
    for number in range(7):
        assert subscribe(client, email=f"other{number}@example.org").status_code == 302
    assert subscribe(client, email="last@example.org").status_code == 429
    assert subscribe(client, email="last@example.org", REMOTE_ADDR="10.0.0.2").status_code == 302


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_alert_mails_and_pages_are_in_the_chosen_language(client, calls, language):
    subscribe(client, params="country=NO", language=language)
    words = {"en": "Confirm", "fi": "Vahvista", "sv": "Bekräfta"}
    assert words[language] in mail.outbox[0].subject
    confirm(client)
    calls("Harbour ice radar", language=language)
    send_digests("daily")
    digest = mail.outbox[-1]
    assert f"/{language}/alerts/unsubscribe/" in digest.extra_headers["List-Unsubscribe"]
    names = {"en": "Norway", "fi": "Norja", "sv": "Norge"}
    assert names[language] in digest.subject


def test_the_listing_and_the_search_page_offer_alerts_with_their_filters(client, challenge_index):
    html = client.get("/en/challenges/", {"country": "NO", "theme": "x"}).content.decode()
    assert 'href="/en/alerts/?country=NO"' in html
    html = client.get("/en/search/", {"q": "heat", "type": "challenge"}).content.decode()
    assert 'href="/en/alerts/?q=heat"' in html
