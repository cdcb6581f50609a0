"""A submission becomes a draft call that editors review: the workflow, the decisions and the e-mails."""

import logging

from django.contrib.auth.models import Group, User
from django.core import mail
from django.urls import reverse

from wagtail.models import Locale, WorkflowState

import pytest

from challenges.intake.drafts import INTAKE_WORKFLOW
from challenges.intake.uploads import PRIVATE_COLLECTION
from challenges.models import ChallengePage, ChallengeSubmission, MessageKind
from portal.roles import EDITORS
from tests.support.intake import DOCX, PDF, form_data, token, upload
from tests.support.pages import challenge_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = User.objects.create_user("eeva", "eeva@scic.example", "a-long-unusual-passphrase-42")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """Send the public form in a language; the stored submission."""

    def submit(language="en", **changes):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/{language}/challenges/submit/", form_data(**changes))
        assert response.status_code == 302, response.content.decode()[:2000]
        return ChallengeSubmission.objects.select_related("page").get(form_token=response["Location"].split("/")[-2])

    return submit


@pytest.fixture
def finnish_listing(challenge_index):
    finnish = challenge_index.copy_for_translation(Locale.objects.get(language_code="fi"))
    finnish.title = "Haasteet"
    finnish.save_revision().publish()
    return finnish


def to(address):
    return [message for message in mail.outbox if address in message.to]


def test_a_submission_becomes_a_draft_call_with_the_owners_data(submit, challenge_index, client, editor):
    submission = submit(attachments=[upload("plan.pdf", PDF)])
    page = submission.page.specific
    assert page.get_parent().pk == challenge_index.pk
    assert not page.live
    assert page.title == "Snow-free bus stops with little energy"
    assert (page.owner_name, page.owner_type, page.city) == ("City of Kirkenes", "city", "Kirkenes")
    assert page.country == page.owner_country == "NO"
    assert (page.contact_name, page.contact_email) == ("Kari Nordmann", "kari@kirkenes.example")
    assert "Heating them with electricity costs too much." in str(page.body)
    assert [attachment.document.title for attachment in page.attachments.all()] == ["plan.pdf"]
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert (state.workflow.name, state.status) == (INTAKE_WORKFLOW, WorkflowState.STATUS_IN_PROGRESS)


def test_the_draft_call_is_neither_public_nor_found(submit, challenge_index, client):
    page = submit().page
    assert client.get(f"/en/challenges/{page.slug}/").status_code == 404
    assert "Snow-free" not in client.get("/en/challenges/").content.decode()
    assert "Snow-free" not in client.get("/en/search/", {"q": "snow-free bus stops"}).content.decode()


def test_editors_are_emailed_a_link_to_the_draft(submit, challenge_index, editor):
    page = submit().page
    (notice,) = to(editor.email)
    assert f"/admin/pages/{page.pk}/edit/" in notice.body
    assert "Snow-free bus stops with little energy" in notice.subject


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("en", "Your challenge “Snow-free bus stops with little energy” has reached the cluster"),
        ("fi", "Haasteesi ”Snow-free bus stops with little energy” on saapunut klusterille"),
        ("sv", "Din utmaning ”Snow-free bus stops with little energy” har nått klustret"),
    ],
)
def test_the_submitter_is_confirmed_the_reference_number_in_their_language(submit, challenge_index, language, subject):
    submission = submit(language)
    (confirmation,) = to("kari@kirkenes.example")
    assert confirmation.subject == f"{subject} ({submission.reference})"
    assert submission.reference in confirmation.body
    assert submission.messages.get().kind == MessageKind.CONFIRMATION


def test_a_finnish_submission_is_drafted_in_the_finnish_tree(submit, finnish_listing):
    page = submit("fi", title="Lumettomat bussipysäkit").page.specific
    assert page.locale.language_code == "fi"
    assert page.get_parent().pk == finnish_listing.pk
    assert page.slug == "lumettomat-bussipysakit"
    assert "Ongelma" in str(page.body)


def test_an_english_submission_is_mirrored_into_the_other_trees(submit, challenge_index):
    page = submit().page
    copies = ChallengePage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    assert {copy.locale.language_code for copy in copies} == {"fi", "sv"}
    assert all(copy.alias_of_id == page.pk and not copy.live for copy in copies)


def test_approving_the_draft_publishes_it_and_tells_the_submitter_where(
    submit, challenge_index, editor_client, django_capture_on_commit_callbacks
):
    submission = submit("sv")
    page = submission.page
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    mail.outbox.clear()
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    submission.refresh_from_db()
    assert page.live
    assert submission.state == "published"
    (news,) = to("kari@kirkenes.example")
    assert news.subject == "Din utmaning ”Snow-free bus stops with little energy” har publicerats"
    assert f"http://127.0.0.1:8000/en/challenges/{page.slug}/" in news.body
    assert "Snow-free bus stops with little energy" in editor_client.get("/en/challenges/").content.decode()


def test_publishing_the_draft_from_the_editor_counts_as_acceptance(submit, challenge_index, editor):
    submission = submit()
    submission.page.specific.save_revision(user=editor).publish(user=editor)
    submission.refresh_from_db()
    assert submission.state == "published"
    assert submission.decided_at is not None


def test_rejecting_tells_the_submitter_why_in_their_language(
    submit, challenge_index, editor_client, django_capture_on_commit_callbacks
):
    submission = submit("fi")
    mail.outbox.clear()
    url = reverse("challenge_submissions:reject", args=[submission.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, {"text": "Tämä on jo ratkaistu Tromssassa."})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert (submission.state, submission.rejection_reason) == ("rejected", "Tämä on jo ratkaistu Tromssassa.")
    assert WorkflowState.objects.get(object_id=str(submission.page_id)).status == WorkflowState.STATUS_CANCELLED
    (letter,) = to("kari@kirkenes.example")
    assert letter.subject == "Haasteestasi ”Snow-free bus stops with little energy”"
    assert "Tämä on jo ratkaistu Tromssassa." in letter.body
    assert letter.reply_to == ["eeva@scic.example"]
    assert submission.messages.filter(kind=MessageKind.REJECTED, sent_by__username="eeva").exists()


def test_a_question_is_emailed_and_kept_with_the_submission(submit, challenge_index, editor_client):
    submission = submit("sv")
    mail.outbox.clear()
    url = reverse("challenge_submissions:question", args=[submission.pk])
    response = editor_client.post(url, {"text": "How many bus stops are there?"})
    assert response.status_code == 302
    (question,) = to("kari@kirkenes.example")
    assert "How many bus stops are there?" in question.body
    assert "Svara genom att svara på det här e-postmeddelandet." in question.body
    assert question.reply_to == ["eeva@scic.example"]
    submission.refresh_from_db()
    assert submission.state == "in_review"
    inspect = editor_client.get(reverse("challenge_submissions:inspect", args=[submission.pk])).content.decode()
    assert "How many bus stops are there?" in inspect


def test_an_empty_question_is_not_sent(submit, challenge_index, editor_client):
    submission = submit()
    mail.outbox.clear()
    response = editor_client.post(reverse("challenge_submissions:question", args=[submission.pk]), {"text": ""})
    assert response.status_code == 200
    assert mail.outbox == []


def test_a_decided_submission_cannot_be_rejected_again(submit, challenge_index, editor_client):
    submission = submit()
    url = reverse("challenge_submissions:reject", args=[submission.pk])
    editor_client.post(url, {"text": "No."})
    mail.outbox.clear()
    response = editor_client.post(url, {"text": "No again."}, follow=True)
    assert "This submission has been decided already." in response.content.decode()
    assert mail.outbox == []


def test_a_failing_mail_server_loses_nothing(submit, challenge_index, editor, settings, caplog):
    settings.EMAIL_BACKEND = "tests.support.intake.RefusingMailBackend"
    with caplog.at_level(logging.ERROR):
        submission = submit()
    assert submission.page is not None
    message = submission.messages.get()
    assert (message.kind, message.delivered) == (MessageKind.CONFIRMATION, False)
    assert submission.reference in message.body
    assert "was not sent" in caplog.text


def test_a_failing_search_engine_loses_nothing(submit, challenge_index, settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "tests.challenges.failing_search"}}
    submission = submit()
    assert submission.page is not None
    assert to("kari@kirkenes.example")


def test_without_a_challenge_listing_the_submission_waits_for_an_editor(submit, home_page, editor_client):
    submission = submit()
    assert submission.page is None
    assert to("kari@kirkenes.example")
    inspect_url = reverse("challenge_submissions:inspect", args=[submission.pk])
    assert "Create the draft call" in editor_client.get(inspect_url).content.decode()
    from challenges.factories import ChallengeIndexPageFactory

    ChallengeIndexPageFactory(parent=home_page)
    editor_client.post(reverse("challenge_submissions:create_draft", args=[submission.pk]))
    submission.refresh_from_db()
    assert submission.page is not None


def test_attachments_are_private_to_editors(submit, challenge_index, client, editor):
    document = submit(attachments=[upload("budget.docx", DOCX)]).documents.get()
    assert document.collection.name == PRIVATE_COLLECTION
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert "/login/" in anonymous["Location"]
    client.force_login(editor)
    allowed = client.get(document.url)
    assert allowed.status_code == 200
    assert b"".join(allowed.streaming_content) == DOCX


def test_a_published_call_does_not_offer_its_private_attachments(submit, challenge_index, client, editor):
    submission = submit(attachments=[upload("plan.pdf", PDF)])
    page = submission.page.specific
    page.save_revision(user=editor).publish(user=editor)
    html = client.get(f"/en/challenges/{page.slug}/").content.decode()
    assert "plan.pdf" not in html
    assert submission.documents.get().url not in html


def test_the_draft_call_links_to_its_submission(submit, challenge_index, editor_client):
    submission = submit()
    edit_url = reverse("wagtailadmin_pages:edit", args=[submission.page_id])
    html = editor_client.get(edit_url).content.decode()
    assert f"Submission {submission.reference}" in html
    assert reverse("challenge_submissions:inspect", args=[submission.pk]) in html


def test_an_editor_saving_the_draft_takes_the_submission_up(submit, challenge_index, editor_client):
    submission = submit()
    page = submission.page.specific
    data = challenge_form(title=page.title, slug=page.slug, summary="Bus stops ice over all winter.")
    del data["action-publish"]
    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.state == "in_review"
    assert not submission.page.live


def test_a_second_form_for_another_challenge_gets_the_next_number(submit, challenge_index):
    first = submit()
    second = submit(form_token=token("another-form"), title="Ice-free harbour")
    assert int(second.reference.rsplit("-", 1)[1]) == int(first.reference.rsplit("-", 1)[1]) + 1
