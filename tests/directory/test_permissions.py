"""The trust boundary: a representative changes their own organisation's page and nothing else.

Every request goes through the real admin views, as a browser would send it.
"""

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_factories import DocumentFactory, ImageFactory

import pytest

from directory.languages import start_language_version
from directory.models import MemberAccess, MemberProfilePage, MemberSettings
from tests.support.members import is_refused, is_sent_to_login, member_form_data, png_bytes

pytestmark = pytest.mark.django_db

# (name, method, URL template). Placeholders: {page} the member page, {revision} its latest
# revision, {directory} the member directory, {home} the home page.
PAGE_ACTIONS = [
    ("edit form", "get", "/admin/pages/{page}/edit/"),
    ("save draft", "post", "/admin/pages/{page}/edit/"),
    ("publish", "post-publish", "/admin/pages/{page}/edit/"),
    ("view draft", "get", "/admin/pages/{page}/view_draft/"),
    ("preview", "post", "/admin/pages/{page}/edit/preview/"),
    ("unpublish", "post", "/admin/pages/{page}/unpublish/"),
    ("delete", "post", "/admin/pages/{page}/delete/"),
    ("move", "get", "/admin/pages/{page}/move/"),
    ("move confirm", "post", "/admin/pages/{page}/move/{home}/confirm/"),
    ("copy", "post", "/admin/pages/{page}/copy/"),
    ("lock", "post", "/admin/pages/{page}/lock/"),
    ("history", "get", "/admin/pages/{page}/history/"),
    ("revisions", "get", "/admin/pages/{page}/revisions/"),
    ("revision view", "get", "/admin/pages/{page}/revisions/{revision}/view/"),
    ("revision compare", "get", "/admin/pages/{page}/revisions/compare/earliest...latest/"),
    ("revision revert", "get", "/admin/pages/{page}/revisions/{revision}/revert/"),
    ("workflow history", "get", "/admin/pages/{page}/workflow_history/"),
    ("privacy", "post", "/admin/pages/{page}/privacy/"),
    ("usage", "get", "/admin/pages/{page}/usage/"),
    ("admin API detail", "get", "/admin/api/main/pages/{page}/"),
    ("translate (wagtail-localize)", "post", "/admin/localize/submit/page/{page}/"),
    ("translate (member)", "post", "/admin/members/{page}/translate/fi/"),
    ("confirm reviewed", "post", "/admin/members/{page}/reviewed/"),
    ("representatives", "get", "/admin/members/{page}/representatives/"),
    ("invite representative", "post", "/admin/members/{page}/representatives/"),
]
CREATE_ACTIONS = [
    ("add member page", "get", "/admin/pages/add/directory/memberprofilepage/{directory}/"),
    ("add member page (post)", "post", "/admin/pages/add/directory/memberprofilepage/{directory}/"),
    ("add subpage of directory", "get", "/admin/pages/{directory}/add_subpage/"),
    ("add subpage of home", "get", "/admin/pages/{home}/add_subpage/"),
    ("add news page", "get", "/admin/pages/add/home/newspage/{home}/"),
]
ACCOUNT_ACTIONS = [
    ("users", "get", "/admin/users/"),
    ("add user", "post", "/admin/users/add/"),
    ("edit user", "post", "/admin/users/{user}/edit/"),
    ("groups", "get", "/admin/groups/"),
    ("edit group", "get", "/admin/groups/{group}/edit/"),
    ("site settings", "get", "/admin/settings/directory/membersettings/"),
    ("workflows", "get", "/admin/workflows/list/"),
    ("stale profiles report", "get", "/admin/members/reports/stale/"),
    ("themes", "get", "/admin/snippets/portal/theme/"),
]


def request(client, method, url, data=None):
    if method == "get":
        response = client.get(url)
        # Old addresses that only redirect (such as revisions/ to history/) are judged by where they lead.
        while response.status_code == 302 and response["Location"].startswith(("/admin/pages/", "/admin/settings/")):
            response = client.get(response["Location"])
        return response
    if method == "post-publish":
        return client.post(url, {**(data or {}), "action-publish": "action-publish"})
    return client.post(url, data or {})


def page_url(template, world, page):
    return template.format(
        page=page.pk,
        revision=page.get_latest_revision().pk,
        directory=world.directory.pk,
        home=world.home.pk,
    )


def snapshot(page):
    page = Page.objects.get(pk=page.pk)
    revisions = Revision.page_revisions.filter(object_id=str(page.pk)).count()
    return (page.title, page.live, page.path, page.locked, revisions)


def assert_representative_a_is_refused(client, world, page, method, template):
    """Alpha's representative tries an action on `page`: refused, nothing changed, no secret shown."""
    client.force_login(world.rep_a)
    page = MemberProfilePage.objects.get(pk=page.pk)
    before = snapshot(page)
    data = member_form_data(page, title="Taken over") if "edit" in template else {"email": "x@evil.example"}
    response = request(client, method, page_url(template, world, page), data)
    assert is_refused(response), (response.status_code, response.get("Location"))
    assert snapshot(page) == before
    assert b"Secret draft of Beta" not in response.content


@pytest.mark.parametrize(("action", "method", "template"), PAGE_ACTIONS, ids=[a[0] for a in PAGE_ACTIONS])
def test_representative_cannot_touch_another_members_page(world, client, action, method, template):
    assert_representative_a_is_refused(client, world, world.member_b, method, template)


@pytest.mark.parametrize(
    ("action", "method", "template"),
    PAGE_ACTIONS + CREATE_ACTIONS,
    ids=[a[0] for a in PAGE_ACTIONS + CREATE_ACTIONS],
)
def test_anonymous_visitor_reaches_only_the_login_page(world, client, action, method, template):
    response = request(client, method, page_url(template, world, world.member_b))
    assert is_sent_to_login(response) or response.status_code == 403, response.status_code


@pytest.mark.parametrize(("action", "method", "template"), CREATE_ACTIONS, ids=[a[0] for a in CREATE_ACTIONS])
def test_representative_cannot_create_pages_anywhere(world, client, action, method, template):
    client.force_login(world.rep_a)
    count = Page.objects.count()
    response = request(client, method, page_url(template, world, world.member_a), member_form_data(world.member_a))
    assert is_refused(response)
    assert Page.objects.count() == count


EDITOR_TOOLS = {"stale profiles report", "themes"}
OUT_OF_REACH = [("rep_a", *action) for action in ACCOUNT_ACTIONS] + [
    ("editor", *action) for action in ACCOUNT_ACTIONS if action[0] not in EDITOR_TOOLS
]


@pytest.mark.parametrize(
    ("role", "action", "method", "template"), OUT_OF_REACH, ids=[f"{role}-{a}" for role, a, *_ in OUT_OF_REACH]
)
def test_accounts_and_settings_are_out_of_reach(world, client, role, action, method, template):
    client.force_login(getattr(world, role))
    target = world.rep_b
    url = template.format(user=target.pk, group=MemberAccess.objects.for_page(world.member_b).group.pk)
    response = request(client, method, url, {"username": "x", "is_superuser": "on", "groups": []})
    assert is_refused(response), (response.status_code, response.get("Location"))
    target.refresh_from_db()
    assert not target.is_superuser


def test_editor_cannot_make_anyone_superuser(world, client):
    client.force_login(world.editor)
    response = client.post(
        f"/admin/users/{world.editor.pk}/edit/",
        {"username": "editor", "email": "editor@scic.example", "is_superuser": "on", "is_active": "on"},
    )
    assert is_refused(response)
    world.editor.refresh_from_db()
    assert not world.editor.is_superuser


@pytest.mark.parametrize(
    ("action", "method", "template", "expected"),
    [
        ("edit form", "get", "/admin/pages/{page}/edit/", 200),
        ("view draft", "get", "/admin/pages/{page}/view_draft/", 200),
        ("history", "get", "/admin/pages/{page}/history/", 200),
        ("revision compare", "get", "/admin/pages/{page}/revisions/compare/earliest...latest/", 200),
        ("delete", "post", "/admin/pages/{page}/delete/", "refused"),
        ("move", "get", "/admin/pages/{page}/move/", "refused"),
        ("unpublish", "post", "/admin/pages/{page}/unpublish/", "refused"),
    ],
)
def test_representative_works_on_own_page_and_nothing_more(world, client, action, method, template, expected):
    client.force_login(world.rep_a)
    response = request(client, method, page_url(template, world, world.member_a))
    if expected == "refused":
        assert is_refused(response)
    else:
        assert response.status_code == expected


def test_representative_cannot_copy_own_page_anywhere(world, client):
    client.force_login(world.rep_a)
    count = Page.objects.count()
    for parent in (world.directory, world.home):
        response = client.post(
            f"/admin/pages/{world.member_a.pk}/copy/",
            {"new_title": "Alpha copy", "new_slug": "alpha-copy", "new_parent_page": parent.pk},
        )
        assert response.status_code == 200 or is_refused(response)
    assert Page.objects.count() == count


def test_representative_saves_own_page(world, client):
    client.force_login(world.rep_a)
    page = world.member_a
    response = client.post(f"/admin/pages/{page.pk}/edit/", member_form_data(page, summary="Updated by Alpha"))
    assert response.status_code == 302
    assert MemberProfilePage.objects.get(pk=page.pk).get_latest_revision_as_object().summary == "Updated by Alpha"


def test_representative_edits_own_translations_but_not_others(world, client):
    finnish = Locale.objects.get(language_code="fi")
    own = world.member_a.copy_for_translation(finnish, copy_parents=True, alias=True)
    other = world.member_b.copy_for_translation(finnish, copy_parents=True, alias=True)
    client.force_login(world.rep_a)
    assert own.permissions_for_user(world.rep_a).can_edit()
    assert not other.permissions_for_user(world.rep_a).can_edit()
    response = client.post(reverse("directory_admin:translate", args=[world.member_a.pk, "fi"]))
    translated = world.member_a.get_translation(finnish)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{translated.pk}/edit/"
    assert translated.alias_of_id is None
    assert client.get(response["Location"]).status_code == 200
    assert is_refused(client.get(f"/admin/pages/{other.pk}/edit/"))


def test_representative_sees_only_own_collection(world, client):
    own_collection = MemberAccess.objects.for_page(world.member_a).collection
    other_collection = MemberAccess.objects.for_page(world.member_b).collection
    ImageFactory(title="Alpha logo", collection=own_collection)
    other_image = ImageFactory(title="Beta secret image", collection=other_collection)
    other_document = DocumentFactory(title="Beta secret document", collection=other_collection)
    client.force_login(world.rep_a)
    for url in ("/admin/images/", "/admin/images/chooser/", "/admin/documents/", "/admin/documents/chooser/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"Beta secret" not in response.content, url
    assert b"Alpha logo" in client.get("/admin/images/chooser/").content
    assert is_refused(client.get(f"/admin/images/{other_image.pk}/"))
    assert is_refused(client.post(f"/admin/images/{other_image.pk}/delete/"))
    assert is_refused(client.get(f"/admin/documents/edit/{other_document.pk}/"))
    assert is_refused(client.get(f"/admin/images/chooser/{other_image.pk}/"))


def test_representative_cannot_upload_into_another_members_collection(world, client):
    client.force_login(world.rep_a)
    other_collection = MemberAccess.objects.for_page(world.member_b).collection
    upload = SimpleUploadedFile("sneaky.png", png_bytes(), content_type="image/png")
    response = client.post("/admin/images/add/", {"title": "Sneaky", "collection": other_collection.pk, "file": upload})
    # With a single collection to choose from, Wagtail files the upload there whatever was posted.
    assert response.status_code in (200, 302)
    assert not get_image_model().objects.filter(collection=other_collection).exists()


def test_representative_menu_leads_nowhere_forbidden(world, client):
    client.force_login(world.rep_a)
    html = client.get("/admin/").content.decode()
    hidden_menus = ("/admin/reports/", "/admin/users/", "/admin/groups/", "/admin/settings/", "/admin/challenge_calls/")
    for hidden in hidden_menus:
        assert f'"{hidden}' not in html, hidden
    assert User.objects.get(pk=world.rep_a.pk).is_active


@pytest.mark.parametrize("url", ["/admin/choose-page/{directory}/", "/admin/choose-page/search/?q=Beta"])
def test_page_chooser_never_shows_another_members_draft_title(world, client, url):
    draft = MemberProfilePage.objects.get(pk=world.member_b.pk).get_latest_revision_as_object()
    draft.title = "Beta Hidden Draft Title"
    draft.save_revision()
    client.force_login(world.rep_a)
    response = client.get(url.format(directory=world.directory.pk))
    assert response.status_code == 200
    assert "Hidden Draft" not in response.content.decode()


@pytest.fixture
def finnish_pages(world):
    """Both members' Finnish pages, published; Beta's with a draft nobody else may see."""
    finnish = Locale.objects.get(language_code="fi")
    pages = {}
    for key, member in (("a", world.member_a), ("b", world.member_b)):
        page = start_language_version(member, finnish)
        page.title, page.slug = f"{member.title} (fi)", f"{member.slug}-fi"
        page.save_revision().publish()
        pages[key] = MemberProfilePage.objects.get(pk=page.pk)
    draft = pages["b"].get_latest_revision_as_object()
    draft.summary = "Secret draft of Beta"
    draft.save_revision()
    return pages


@pytest.mark.parametrize(("action", "method", "template"), PAGE_ACTIONS, ids=[a[0] for a in PAGE_ACTIONS])
def test_representative_cannot_touch_another_members_finnish_page(
    world, finnish_pages, client, action, method, template
):
    assert_representative_a_is_refused(client, world, finnish_pages["b"], method, template)


@pytest.mark.parametrize("publishes", [False, True], ids=["review on", "review off"])
def test_representative_never_deletes_unpublishes_or_unsyncs_own_pages(world, finnish_pages, client, publishes):
    settings = MemberSettings.load()
    settings.changes_need_review = not publishes
    settings.save()
    client.force_login(world.rep_a)
    for page in (world.member_a, finnish_pages["a"]):
        before = snapshot(page)
        assert page.permissions_for_user(User.objects.get(pk=world.rep_a.pk)).can_publish() == publishes
        for url in (f"/admin/pages/{page.pk}/delete/", f"/admin/pages/{page.pk}/unpublish/"):
            assert is_refused(client.post(url)), url
        for action in ("localize-convert-to-alias", "localize-restart-translation"):
            response = client.post(f"/admin/pages/{page.pk}/edit/", {**member_form_data(page), action: "1"})
            assert is_refused(response), action
        assert is_refused(client.post(f"/admin/localize/page/{page.pk}/convert_to_alias/"))
        assert snapshot(page) == before
        assert MemberProfilePage.objects.get(pk=page.pk).alias_of_id is None
