"""Editors get clear messages for bad challenge and reference data, through the admin."""

import datetime

from django.core.exceptions import ValidationError

import pytest

from challenges.factories import ChallengePageFactory
from challenges.models import ChallengePage, ReferencePage
from tests.support.pages import add_url, challenge_form


def test_closing_date_before_opening_date_is_refused_with_a_message(admin_client, challenge_index):
    response = admin_client.post(
        add_url(ChallengePage, challenge_index), challenge_form(opens_on="2026-05-01", closes_on="2026-04-30")
    )
    assert response.status_code == 200
    assert "The closing date must be on or after the opening date." in response.content.decode()
    assert not ChallengePage.objects.exists()


def test_what_the_editor_typed_is_kept_when_validation_fails(admin_client, challenge_index):
    response = admin_client.post(
        add_url(ChallengePage, challenge_index), challenge_form(opens_on="2026-05-01", closes_on="2026-04-30")
    )
    html = response.content.decode()
    assert "Keep bus stops free of snow and ice with little energy." in html
    assert 'value="Snow-free bus stops"' in html


def test_a_challenge_needs_an_owner(admin_client, challenge_index):
    response = admin_client.post(add_url(ChallengePage, challenge_index), challenge_form(owner_name=""))
    assert "Choose a member as the owner or enter the owner&#x27;s name." in response.content.decode()


def test_a_valid_challenge_is_published(admin_client, challenge_index):
    response = admin_client.post(add_url(ChallengePage, challenge_index), challenge_form())
    assert response.status_code == 302
    page = ChallengePage.objects.get(slug="snow-free-bus-stops", locale__language_code="en")
    assert page.live
    assert admin_client.get(page.url).status_code == 200
    # The Finnish and Swedish trees follow at once, as untranslated copies.
    copies = ChallengePage.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    assert {copy.locale.language_code for copy in copies} == {"fi", "sv"}
    assert all(copy.alias_of_id == page.pk for copy in copies)


@pytest.mark.parametrize(
    ("model", "parent_fixture"),
    [
        (ChallengePage, "home_page"),
        (ChallengePage, "reference_index"),
        (ReferencePage, "challenge_index"),
        (ReferencePage, "home_page"),
    ],
)
def test_a_page_cannot_be_added_under_the_wrong_parent(request, admin_client, model, parent_fixture):
    parent = request.getfixturevalue(parent_fixture)
    assert not model.can_create_at(parent)
    response = admin_client.get(add_url(model, parent), follow=True)
    assert response.redirect_chain[-1][0] == "/admin/"
    assert "Sorry, you do not have permission to access this area." in response.content.decode()


def test_model_validation_names_the_field(challenge_index):
    page = ChallengePageFactory.build(
        opens_on=datetime.date(2026, 5, 1), closes_on=datetime.date(2026, 4, 1), owner_name="Espoo"
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert error.value.message_dict == {"closes_on": ["The closing date must be on or after the opening date."]}


def test_a_reference_cannot_end_before_it_starts(admin_client, reference_index):
    response = admin_client.post(
        add_url(ReferencePage, reference_index),
        {
            "title": "Kirkenes",
            "slug": "kirkenes",
            "summary": "Arctic challenges.",
            "city": "Kirkenes",
            "country": "NO",
            "start_year": "2024",
            "end_year": "2023",
            "body-count": "0",
            "gallery_images-TOTAL_FORMS": "0",
            "gallery_images-INITIAL_FORMS": "0",
            "gallery_images-MIN_NUM_FORMS": "0",
            "gallery_images-MAX_NUM_FORMS": "1000",
            "action-publish": "publish",
        },
    )
    assert "The project cannot end before it starts." in response.content.decode()
