"""generate_bulk_content: realistic, deterministic for a seed, a consistent page tree."""

from io import StringIO

from django.core.management import CommandError, call_command
from django.db import transaction

from wagtail.models import Page

import pytest

from challenges.models import ChallengePage, ReferencePage
from directory.models import MemberAccess, MemberProfilePage
from home.models import NewsPage
from portal.factories import CapabilityFactory

COUNTS = {"members": 30, "challenges": 20, "references": 5, "news": 8}


class Rollback(Exception):
    pass


@pytest.fixture
def demo(themes, member_directory, challenge_index, reference_index, news_index):
    """The sections and taxonomy the generator fills."""
    for theme in themes:
        CapabilityFactory(name=f"Planning for {theme.name}", theme=theme)


def generate(seed, **counts):
    output = StringIO()
    call_command("generate_bulk_content", seed=seed, stdout=output, **(counts or COUNTS))
    return output.getvalue()


def snapshot():
    return [
        list(model.objects.filter(slug__regex=r"-\d+$").order_by("path").values_list("title", "slug", "url_path"))
        for model in (MemberProfilePage, ChallengePage, ReferencePage, NewsPage)
    ]


def test_same_seed_gives_the_same_content(demo):
    runs = []
    for _ in range(2):
        with pytest.raises(Rollback), transaction.atomic():
            generate(seed=7)
            runs.append(snapshot())
            raise Rollback
    assert runs[0] == runs[1]
    assert len(runs[0][0]) == COUNTS["members"]


def test_other_seed_gives_other_content(demo):
    with pytest.raises(Rollback), transaction.atomic():
        generate(seed=7)
        first = snapshot()
        raise Rollback
    generate(seed=8)
    assert snapshot()[0] != first[0]


def test_generated_pages_form_a_consistent_tree_and_render(demo, client):
    output = generate(seed=3)
    assert "Created 30 members, 20 challenges, 5 references, 8 news" in output
    assert "members [##############################] 30/30" in output
    assert all(not problems for problems in Page.find_problems())
    for model in (MemberProfilePage, ChallengePage, ReferencePage, NewsPage):
        page = model.objects.filter(slug__regex=r"-\d+$").last()
        response = client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()
    member = MemberProfilePage.objects.get(slug="member-1")
    assert member.offices.exists()
    assert member.themes.exists()
    assert member.capabilities.exists()
    # Generated in its own language: not taken for a copy of an English text.
    assert not member.shows_default_language_text and member.texts_changed_at is not None
    assert ReferencePage.objects.get(slug="reference-1").partners.count() == 3


def test_a_second_run_adds_more_pages_with_new_addresses(demo):
    generate(seed=3, members=5)
    generate(seed=3, members=5)
    slugs = list(MemberProfilePage.objects.filter(slug__startswith="member-").values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 10


def test_generator_explains_what_is_missing(db):
    with pytest.raises(CommandError, match="run load_demo_content first"):
        generate(seed=1, members=5)
    with pytest.raises(CommandError, match="Nothing to do"):
        call_command("generate_bulk_content", stdout=StringIO())


def test_generated_members_get_their_own_group_and_collection(demo):
    generate(seed=3, members=12)
    members = MemberProfilePage.objects.filter(slug__regex=r"-\d+$", locale__language_code="en")
    assert MemberAccess.objects.filter(page__in=members).count() == 12
    assert len(set(MemberAccess.objects.values_list("collection", flat=True))) == MemberAccess.objects.count()
