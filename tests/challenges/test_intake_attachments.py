"""Attachments to a submission: what is accepted by its content, what is refused and why, and what is kept."""

import pytest

from challenges.intake.uploads import MAX_ATTACHMENT_BYTES, PRIVATE_COLLECTION
from challenges.models import ChallengeSubmission, HeldUpload
from tests.support.intake import DOCX, EXE, JPEG, PDF, PLAIN_ZIP, XLSX, form_data, png, upload

pytestmark = pytest.mark.django_db

URL = "/en/challenges/submit/"
WRONG_TYPE = "is not a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file. Files are checked by their content"


@pytest.fixture
def send(client, challenge_index, django_capture_on_commit_callbacks):
    def send(data, url=URL):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return send


def stored(submission):
    return sorted((document.title, document.file.read()) for document in submission.documents.all())


@pytest.mark.parametrize(
    ("name", "content", "stored_as"),
    [
        ("plan.pdf", PDF, "plan.pdf"),
        ("budget.docx", DOCX, "budget.docx"),
        ("figures.xlsx", XLSX, "figures.xlsx"),
        ("map.png", None, "map.png"),
        ("photo.jpeg", JPEG, "photo.jpg"),
        # The name does not count: a PDF called .png is stored as the PDF it is.
        ("scan.png", PDF, "scan.pdf"),
        ("table.xlsx", DOCX, "table.docx"),
        ("Site plan (final).v2.PDF", PDF, "Site_plan_final_v2.pdf"),
    ],
)
def test_each_accepted_kind_is_stored_privately_under_the_extension_of_its_content(send, name, content, stored_as):
    content = png() if content is None else content
    assert send(form_data(attachments=[upload(name, content)])).status_code == 302
    (document,) = ChallengeSubmission.objects.get().documents.all()
    assert document.title == stored_as
    assert document.filename == stored_as
    assert document.collection.name == PRIVATE_COLLECTION
    assert document.file.read() == content


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("setup.pdf", EXE),  # a program renamed to look like a PDF
        ("notes.txt", b"Just some notes about the harbour.\n"),
        ("archive.docx", PLAIN_ZIP),  # a ZIP archive, but not a Word document
    ],
)
def test_a_file_of_another_kind_is_refused_by_name_with_the_reason(send, name, content):
    response = send(form_data(attachments=[upload(name, content)]))
    assert response.status_code == 200
    assert f"“{name}” {WRONG_TYPE}" in response.content.decode()
    assert not ChallengeSubmission.objects.exists()


def test_an_empty_file_is_refused(send):
    html = send(form_data(attachments=[upload("empty.pdf", b"")])).content.decode()
    assert "The submitted file is empty." in html
    assert not ChallengeSubmission.objects.exists()


def test_a_file_over_10_mb_is_refused(send):
    big = PDF + b"0" * (MAX_ATTACHMENT_BYTES + 1 - len(PDF))
    html = send(form_data(attachments=[upload("huge.pdf", big)])).content.decode()
    assert "“huge.pdf” is 10.0\xa0MB; an attachment may be at most 10 MB. Choose a smaller file." in html
    assert not ChallengeSubmission.objects.exists()
    assert not HeldUpload.objects.exists()


def test_a_file_of_exactly_10_mb_is_accepted(send):
    limit = PDF + b"0" * (MAX_ATTACHMENT_BYTES - len(PDF))
    assert send(form_data(attachments=[upload("limit.pdf", limit)])).status_code == 302


def test_four_files_are_one_too_many(send):
    files = [upload(f"part-{number}.pdf", PDF) for number in range(4)]
    html = send(form_data(attachments=files)).content.decode()
    assert "Attach at most 3 files; that makes 4." in html
    assert not ChallengeSubmission.objects.exists()


def test_files_held_from_a_refused_form_are_sent_with_the_next_post_and_count_towards_three(send):
    first = send(form_data(email="oops", attachments=[upload("plan.pdf", PDF), upload("map.png", png())]))
    assert "Already attached; you need not choose these again:" in first.content.decode()
    assert "plan.pdf" in first.content.decode()

    too_many = send(form_data(attachments=[upload("a.pdf", PDF), upload("b.pdf", PDF)]))
    assert "Attach at most 3 files; that makes 4." in too_many.content.decode()

    held = {item.name: item.pk for item in HeldUpload.objects.all()}
    assert set(held) == {"plan.pdf", "map.png"}
    response = send(form_data(remove_held=[str(held["map.png"])], attachments=[upload("budget.xlsx", XLSX)]))
    assert response.status_code == 302
    submission = ChallengeSubmission.objects.get()
    assert [title for title, _content in stored(submission)] == ["budget.xlsx", "plan.pdf"]
    assert not HeldUpload.objects.exists()


def test_the_attachment_errors_are_in_the_visitors_language(send):
    html = send(form_data(attachments=[upload("setup.pdf", EXE)]), url="/sv/challenges/submit/").content.decode()
    assert "”setup.pdf” är inte en PDF-, Word (DOCX)-, Excel (XLSX)-, PNG- eller JPEG-fil." in html
