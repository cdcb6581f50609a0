"""A challenge owner fills in "Bring us a challenge": what is stored, what is refused and how it says so."""

from django.core import mail

from wagtail.models import Locale

import pytest

from challenges.intake import guards
from challenges.models import ChallengeSubmission, HeldUpload
from tests.support.intake import EXE, form_data, token, upload

pytestmark = pytest.mark.django_db

URL = "/en/challenges/submit/"


@pytest.fixture
def send(client, challenge_index, django_capture_on_commit_callbacks):
    """Post the form as a browser does, running what waits for the commit."""

    def send(data, url=URL, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **extra)

    return send


@pytest.mark.parametrize(
    ("language", "heading", "label", "button"),
    [
        ("en", "Bring us a challenge", "What a good solution would achieve", "Send the challenge"),
        ("fi", "Tuo meille haaste", "Mitä hyvä ratkaisu saisi aikaan", "Lähetä haaste"),
        ("sv", "Ge oss en utmaning", "Vad en bra lösning skulle åstadkomma", "Skicka utmaningen"),
    ],
)
def test_the_form_speaks_the_visitors_language(client, themes, language, heading, label, button):
    response = client.get(f"/{language}/challenges/submit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert f"<h1>{heading}</h1>" in html
    assert label in html
    assert button in html
    assert f'href="/{language}/challenges/submit/privacy/"' in html


def test_themes_are_labelled_in_the_visitors_language(client, themes):
    mobility = themes[0]
    finnish = mobility.copy_for_translation(Locale.objects.get(language_code="fi"))
    finnish.name = "Liikkuminen"
    finnish.save()
    html = client.get("/fi/challenges/submit/").content.decode()
    assert "Liikkuminen" in html
    assert f'value="{mobility.slug}"' in html


def test_a_complete_form_is_stored_and_confirmed_with_a_reference_number(send, client, themes):
    response = send(form_data(themes=[themes[0].slug, themes[1].slug]))
    submission = ChallengeSubmission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/challenges/submit/received/{submission.form_token}/"
    assert submission.reference == f"SCIC-{submission.created_at.year}-{submission.pk:04d}"
    assert submission.title == "Snow-free bus stops with little energy"
    assert submission.language == "en"
    assert submission.state == "new"
    assert sorted(theme.slug for theme in submission.themes.all()) == sorted([themes[0].slug, themes[1].slug])
    received = client.get(response["Location"]).content.decode()
    assert submission.reference in received
    assert "What happens next" in received


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("organisation", "Enter the name of your organisation."),
        ("organisation_type", "Choose the type of your organisation."),
        ("contact_name", "Enter the name of the contact person."),
        ("email", "Enter an e-mail address we can reply to."),
        ("country", "Choose the country of the challenge."),
        ("city", "Enter the city or region."),
        ("title", "Give the challenge a title."),
        ("problem", "Describe the problem."),
        ("desired_outcome", "Describe what a good solution would achieve."),
        ("timeline", "Tell us the timeline."),
        ("consent", "Accept the privacy notice to send your challenge."),
    ],
)
def test_a_missing_answer_is_named_and_nothing_is_stored(send, field, message):
    response = send(form_data(**{field: None}))
    html = response.content.decode().replace("&#x27;", "'")
    assert response.status_code == 200
    assert message in html
    assert "Please check these answers" in html
    assert not ChallengeSubmission.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": "kari-at-kirkenes"}, "Enter a valid email address."),
        ({"phone": "call me maybe"}, "Enter the phone number in digits, for example +358 40 123 4567."),
        ({"country": "XX"}, "Select a valid choice. XX is not one of the available choices."),
        ({"organisation_type": "club"}, "Select a valid choice. club is not one of the available choices."),
        ({"themes": ["no-such-theme"]}, "Select a valid choice. no-such-theme is not one of the available choices."),
        ({"title": "x" * 151}, "Ensure this value has at most 150 characters (it has 151)."),
        ({"problem": "x" * 5001}, "Ensure this value has at most 5000 characters (it has 5001)."),
    ],
)
def test_a_malformed_answer_is_explained(send, changes, message):
    response = send(form_data(**changes))
    assert message in response.content.decode()
    assert not ChallengeSubmission.objects.exists()


def test_what_the_visitor_typed_is_kept_when_the_form_is_refused(send):
    html = send(form_data(email="not-an-address")).content.decode()
    assert 'value="City of Kirkenes"' in html
    assert "Heating them with electricity costs too much." in html
    assert 'value="A pilot in winter 2027-2028"' in html
    assert 'value="not-an-address"' in html


def test_the_errors_are_in_the_visitors_language(send):
    html = send(form_data(title=None, email="nope"), url="/fi/challenges/submit/").content.decode()
    assert "Anna haasteelle otsikko." in html
    assert "Syötä kelvollinen sähköpostiosoite." in html


def test_the_honeypot_stops_a_script(send):
    response = send(form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert "Leave this field empty" in response.content.decode()
    assert not ChallengeSubmission.objects.exists()
    assert mail.outbox == []


def test_a_form_sent_faster_than_a_person_can_fill_it_is_refused_and_kept(send):
    response = send(form_data(form_token=token(seconds_ago=1)))
    html = response.content.decode()
    assert response.status_code == 200
    assert "That was faster than a person fills in this form." in html
    assert 'value="City of Kirkenes"' in html
    assert not ChallengeSubmission.objects.exists()


def test_sending_the_same_form_twice_stores_it_once(send):
    data = form_data()
    first = send(data)
    second = send(data)
    assert ChallengeSubmission.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    confirmations = [message for message in mail.outbox if message.to == ["kari@kirkenes.example"]]
    assert len(confirmations) == 1


def test_a_form_open_for_more_than_a_day_is_renewed_with_the_answers_kept(send):
    response = send(form_data(form_token=token(seconds_ago=guards.MAX_FORM_AGE_SECONDS + 60)))
    html = response.content.decode()
    assert "This form was open for more than a day." in html
    assert 'value="City of Kirkenes"' in html
    assert not ChallengeSubmission.objects.exists()


def test_a_tampered_token_is_refused(send):
    response = send(form_data(form_token="forged:token"))
    assert response.status_code == 400
    assert "This form could not be read." in response.content.decode()
    assert not ChallengeSubmission.objects.exists()


def test_six_submissions_in_an_hour_from_one_address_are_one_too_many(send):
    for number in range(guards.RATE_LIMIT):
        assert send(form_data(form_token=token(f"form-{number}"))).status_code == 302
    response = send(form_data(form_token=token("form-six")), url="/sv/challenges/submit/")
    assert response.status_code == 429
    assert "För att hålla skräpposten borta" in response.content.decode()
    assert ChallengeSubmission.objects.count() == guards.RATE_LIMIT


def test_another_address_is_not_limited_by_the_first(send):
    for number in range(guards.RATE_LIMIT):
        send(form_data(form_token=token(f"form-{number}")))
    response = send(form_data(form_token=token("elsewhere")), REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 302


def test_spam_attempts_count_against_the_address(send):
    for number in range(guards.RATE_LIMIT):
        send(form_data(form_token=token(f"bot-{number}"), website="spam"))
    assert send(form_data(form_token=token("then-honest"))).status_code == 429


def test_a_refused_file_is_named_and_the_accepted_one_is_held(send):
    data = form_data(email="oops", attachments=[upload("plan.pdf", b"%PDF-1.4\n%%EOF\n"), upload("setup.pdf", EXE)])
    html = send(data).content.decode()
    assert "“setup.pdf” is not a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file." in html
    assert "Already attached; you need not choose these again:" in html
    assert "plan.pdf" in html
    assert [held.name for held in HeldUpload.objects.all()] == ["plan.pdf"]
