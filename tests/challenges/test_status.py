"""A challenge's status comes from its dates; a call closes at 23:59 Helsinki time."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from challenges.models import ChallengePage, ChallengeStatus, call_today, challenge_status

UTC = datetime.UTC
HELSINKI = ZoneInfo("Europe/Helsinki")


def status(opens_on, closes_on, now):
    return challenge_status(opens_on, closes_on, call_today(now))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Summer time (UTC+3): the last minute of 30 June in Helsinki is 20:59 UTC.
        (datetime.datetime(2026, 6, 30, 20, 59, tzinfo=UTC), ChallengeStatus.OPEN),
        (datetime.datetime(2026, 6, 30, 21, 0, tzinfo=UTC), ChallengeStatus.CLOSED),
        # A visitor in New York at 18:00 on closing day is already past Helsinki midnight.
        (datetime.datetime(2026, 6, 30, 18, 0, tzinfo=ZoneInfo("America/New_York")), ChallengeStatus.CLOSED),
        (datetime.datetime(2026, 6, 30, 23, 59, 59, tzinfo=HELSINKI), ChallengeStatus.OPEN),
        (datetime.datetime(2026, 7, 1, 0, 0, tzinfo=HELSINKI), ChallengeStatus.CLOSED),
    ],
)
def test_call_closes_at_midnight_helsinki_time_in_summer(now, expected):
    assert status(datetime.date(2026, 6, 1), datetime.date(2026, 6, 30), now) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Winter time (UTC+2).
        (datetime.datetime(2026, 1, 31, 21, 59, tzinfo=UTC), ChallengeStatus.OPEN),
        (datetime.datetime(2026, 1, 31, 22, 0, tzinfo=UTC), ChallengeStatus.CLOSED),
    ],
)
def test_call_closes_at_midnight_helsinki_time_in_winter(now, expected):
    assert status(datetime.date(2026, 1, 1), datetime.date(2026, 1, 31), now) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime.datetime(2026, 2, 28, 21, 59, tzinfo=UTC), ChallengeStatus.UPCOMING),  # 23:59 in Helsinki
        (datetime.datetime(2026, 2, 28, 22, 0, tzinfo=UTC), ChallengeStatus.OPEN),  # 00:00 on 1 March
    ],
)
def test_call_opens_at_midnight_helsinki_time(now, expected):
    assert status(datetime.date(2026, 3, 1), datetime.date(2026, 3, 31), now) == expected


def test_a_one_day_call_is_open_all_that_day():
    day = datetime.date(2026, 5, 5)
    assert status(day, day, datetime.datetime(2026, 5, 5, 0, 0, tzinfo=HELSINKI)) == ChallengeStatus.OPEN
    assert status(day, day, datetime.datetime(2026, 5, 5, 23, 59, tzinfo=HELSINKI)) == ChallengeStatus.OPEN


@pytest.mark.django_db
def test_closes_at_is_the_last_minute_of_the_closing_day_in_helsinki():
    page = ChallengePage(opens_on=datetime.date(2026, 6, 1), closes_on=datetime.date(2026, 6, 30))
    assert page.closes_at == datetime.datetime(2026, 6, 30, 20, 59, tzinfo=UTC)


@pytest.mark.django_db
def test_queryset_statuses_agree_with_each_pages_status(challenge_index, themes):
    from challenges.factories import ChallengePageFactory

    now = datetime.datetime(2026, 6, 30, 20, 30, tzinfo=UTC)
    today = call_today(now)
    pages = [
        ChallengePageFactory(
            parent=challenge_index,
            opens_on=today + datetime.timedelta(days=1),
            closes_on=today + datetime.timedelta(days=9),
        ),
        ChallengePageFactory(parent=challenge_index, opens_on=today, closes_on=today),
        ChallengePageFactory(
            parent=challenge_index,
            opens_on=today - datetime.timedelta(days=9),
            closes_on=today - datetime.timedelta(days=1),
        ),
    ]
    for value in ChallengeStatus.values:
        expected = {page.pk for page in pages if page.status_at(now) == value}
        assert set(ChallengePage.objects.with_status(value, now).values_list("pk", flat=True)) == expected
        assert len(expected) == 1
