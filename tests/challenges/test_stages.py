"""A call after its deadline: the stage editors set, its consortium, its timeline, and where it shows."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from challenges.factories import ChallengePageFactory, ReferencePageFactory
from challenges.models import ChallengePage, ChallengeStage, ConsortiumMember, call_today
from directory.factories import MemberProfilePageFactory
from tests.support.pages import challenge_form

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def members(member_directory):
    made = [
        MemberProfilePageFactory(parent=member_directory, title=title, slug=slug)
        for title, slug in (("Polar Urban Systems", "polar"), ("Varanger Polartech", "varanger"), ("VTT", "vtt"))
    ]
    for member in made:
        member.save_revision().publish()
    return made


def closed_call(parent, stage="", **values):
    today = call_today()
    values = {"opens_on": today - 90 * DAY, "closes_on": today - 30 * DAY, "stage": stage, **values}
    call = ChallengePageFactory(parent=parent, title="Snow-free bus stops", slug="snow-free-bus-stops", **values)
    call.save_revision().publish()
    return call


def with_consortium(call, lead, *partners):
    call.consortium = [ConsortiumMember(member=lead, role="lead")] + [
        ConsortiumMember(member=partner, role="partner") for partner in partners
    ]
    call.save_revision().publish()
    return ChallengePage.objects.get(pk=call.pk)


def consortium_formset(*rows):
    data = {
        "consortium-TOTAL_FORMS": str(len(rows)),
        "consortium-INITIAL_FORMS": "0",
        "consortium-MIN_NUM_FORMS": "0",
        "consortium-MAX_NUM_FORMS": "1000",
    }
    for index, (member, role) in enumerate(rows):
        data.update({f"consortium-{index}-member": str(member.pk), f"consortium-{index}-role": role})
        data.update({f"consortium-{index}-ORDER": str(index + 1), f"consortium-{index}-DELETE": ""})
    return data


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("challenges", "challengepage", parent.pk))


def closed_form(**extra):
    today = call_today()
    dates = {"opens_on": str(today - 90 * DAY), "closes_on": str(today - 30 * DAY)}
    return challenge_form(**dates, **extra)


def test_a_call_still_open_cannot_be_in_evaluation(challenge_index):
    call = ChallengePageFactory.build(stage=ChallengeStage.EVALUATION, owner_name="Espoo", slug="open-call")
    with pytest.raises(ValidationError) as error:
        call.clean()
    assert "stage" in error.value.message_dict


def test_an_open_call_can_be_cancelled(challenge_index):
    call = ChallengePageFactory(parent=challenge_index, stage=ChallengeStage.CANCELLED)
    assert call.stage == "cancelled"


def test_the_submission_form_keeps_its_address(challenge_index):
    call = ChallengePageFactory.build(slug="submit", owner_name="Espoo")
    with pytest.raises(ValidationError) as error:
        call.clean()
    assert "slug" in error.value.message_dict


def test_a_consortium_stage_needs_a_lead(admin_client, challenge_index, members):
    data = {**closed_form(stage="consortium"), **consortium_formset((members[0], "partner"))}
    response = admin_client.post(add_url(challenge_index), data)
    assert "At this stage the consortium has a lead: add the lead member below." in response.content.decode()
    assert not ChallengePage.objects.exists()


def test_a_consortium_has_one_lead_and_each_member_once(admin_client, challenge_index, members):
    two_leads = {**closed_form(stage="consortium"), **consortium_formset((members[0], "lead"), (members[1], "lead"))}
    html = admin_client.post(add_url(challenge_index), two_leads).content.decode()
    assert "A consortium has one lead: make the others partners." in html
    twice = {**closed_form(stage="consortium"), **consortium_formset((members[0], "lead"), (members[0], "partner"))}
    html = admin_client.post(add_url(challenge_index), twice).content.decode()
    assert "A member appears twice in the consortium." in html
    assert not ChallengePage.objects.exists()


def test_an_editor_records_the_consortium(admin_client, challenge_index, members):
    data = {**closed_form(stage="consortium"), **consortium_formset((members[0], "lead"), (members[1], "partner"))}
    response = admin_client.post(add_url(challenge_index), data)
    assert response.status_code == 302
    call = ChallengePage.objects.get(locale__language_code="en")
    assert call.stage == "consortium"
    assert [(row.member.title, row.role) for row in call.consortium.order_by("sort_order")] == [
        ("Polar Urban Systems", "lead"),
        ("Varanger Polartech", "partner"),
    ]


def test_a_closed_call_says_what_happened_next_and_shows_its_path(client, challenge_index, members):
    call = closed_call(challenge_index, stage="consortium", stage_note="Two members answer together.")
    with_consortium(call, members[0], members[1])
    html = client.get("/en/challenges/snow-free-bus-stops/").content.decode()
    start = html.index('class="call-response')
    response_box = html[start : html.index("</section>", start)]
    assert "What happened next" in response_box
    assert "Consortium formed" in response_box
    assert "Two members answer together." in response_box
    current = re.search(r'aria-current="step">\s*<span class="timeline__label">([^<]+)</span>', html)
    assert current.group(1) == "Consortium formed"
    assert html.index("Polar Urban Systems") < html.index("Varanger Polartech")
    assert "(Lead)" in html
    assert 'href="/en/members/polar/"' in html


def test_a_closed_call_without_a_stage_says_it_is_being_considered(client, challenge_index):
    closed_call(challenge_index)
    html = client.get("/en/challenges/snow-free-bus-stops/").content.decode()
    assert "The responses are being considered" in html


def test_a_completed_call_links_to_the_reference_it_became_and_back(client, challenge_index, reference_index, members):
    call = closed_call(challenge_index, stage="completed")
    call = with_consortium(call, members[2])
    reference = ReferencePageFactory(parent=reference_index, title="Kirkenes Arctic challenges", slug="kirkenes")
    reference.challenges.set([call])
    reference.save_revision().publish()
    html = client.get("/en/challenges/snow-free-bus-stops/").content.decode()
    assert "The result:" in html
    assert 'href="/en/references/kirkenes/"' in html
    reference_html = client.get("/en/references/kirkenes/").content.decode()
    assert "The challenge call it came from" in reference_html
    assert 'href="/en/challenges/snow-free-bus-stops/"' in reference_html


def test_a_reference_does_not_list_a_call_that_is_not_public(client, challenge_index, reference_index):
    call = closed_call(challenge_index, stage="completed")
    call.unpublish()
    reference = ReferencePageFactory(parent=reference_index, slug="kirkenes")
    reference.challenges.set([call])
    reference.save_revision().publish()
    assert "it came from" not in client.get("/en/references/kirkenes/").content.decode()


def test_a_members_profile_lists_its_consortia_with_role_and_stage(client, challenge_index, members):
    call = closed_call(challenge_index, stage="implementation")
    with_consortium(call, members[0], members[1])
    html = client.get("/en/members/varanger/").content.decode()
    section = html[html.index('id="consortia-heading"') :]
    assert "Snow-free bus stops" in section
    assert "Partner · In implementation" in section
    assert "Snow-free bus stops" not in client.get("/en/members/vtt/").content.decode()


def test_an_open_call_tells_how_to_respond_before_its_description(client, challenge_index):
    today = call_today()
    ChallengePageFactory(
        parent=challenge_index,
        slug="open-call",
        opens_on=today - 5 * DAY,
        closes_on=today + 12 * DAY,
        contact_email="calls@kirkenes.example",
        body=[("paragraph", "<p>The long description.</p>")],
    ).save_revision().publish()
    html = client.get("/en/challenges/open-call/").content.decode()
    assert "12 days left" in html
    assert 'href="mailto:calls@kirkenes.example?subject=' in html
    assert html.index("How to respond") < html.index("The long description.")
    assert html.index("12 days left") < html.index("The long description.")


def test_the_last_day_says_so(client, challenge_index):
    today = call_today()
    ChallengePageFactory(parent=challenge_index, slug="last-day", opens_on=today - 5 * DAY, closes_on=today)
    assert "Closes today" in client.get("/en/challenges/last-day/").content.decode()


def test_an_upcoming_call_says_when_it_opens(client, challenge_index):
    today = call_today()
    ChallengePageFactory(parent=challenge_index, slug="soon", opens_on=today + 3 * DAY, closes_on=today + 30 * DAY)
    html = client.get("/en/challenges/soon/").content.decode()
    assert "Not open yet" in html
    assert "in 3 days" in html


def test_editors_filter_calls_by_stage(admin_client, challenge_index):
    closed_call(challenge_index, stage="evaluation")
    html = admin_client.get(reverse("challenge_calls:index"), {"stage": "evaluation"}).content.decode()
    assert "Snow-free bus stops" in html
    html = admin_client.get(reverse("challenge_calls:index"), {"stage": "completed"}).content.decode()
    assert "Snow-free bus stops" not in html
