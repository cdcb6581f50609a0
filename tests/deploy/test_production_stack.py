"""The production topology of deploy/, end to end: what a visitor and an editor see through nginx."""

import re
import secrets

from tests.support.pages import news_form
from tests.support.production_stack import ADMIN_PASSWORD

LANGUAGES = {"en", "fi", "sv"}
PAGE_TYPES = {
    "HomePage", "StandardPage", "NewsIndexPage", "NewsPage", "ChallengeIndexPage", "ChallengePage",
    "ReferenceIndexPage", "ReferencePage", "MemberDirectoryPage", "MemberProfilePage",
}  # fmt: skip
HASHED_STATIC = re.compile(r"""(?:href|src)="(/static/[^"]+\.[0-9a-f]{12}\.(?:css|js))""")
MEDIA = re.compile(r"""(/media/[^"'\s,]+)""")


def test_every_page_type_answers_in_three_languages(production_stack, visitor):
    pages = production_stack.page_urls()
    languages_by_type = {}
    failures = []
    for page in pages:
        languages_by_type.setdefault(page["type"], set()).add(page["language"])
        response = visitor.get(production_stack.url + page["url"], allow_redirects=False)
        if response.status_code != 200:
            failures.append((page["url"], response.status_code))
    for language in LANGUAGES:
        for path in (f"/{language}/search/?q=energy", f"/api/search?q=energy&lang={language}"):
            response = visitor.get(production_stack.url + path)
            if response.status_code != 200:
                failures.append((path, response.status_code))
    assert not failures
    assert set(languages_by_type) == PAGE_TYPES
    assert all(languages == LANGUAGES for languages in languages_by_type.values()), languages_by_type


def test_plain_http_is_sent_to_https(production_stack, visitor):
    response = visitor.get(f"{production_stack.http_url}/en/news/", allow_redirects=False)
    assert response.status_code == 301
    # To the standard https port, where the real site listens.
    assert response.headers["Location"] == "https://127.0.0.1/en/news/"


def test_images_and_static_files_come_from_nginx_with_far_future_caching(production_stack, visitor):
    home = visitor.get(production_stack.url + "/en/").text
    images = sorted(set(MEDIA.findall(home)))
    styles_and_scripts = sorted(set(HASHED_STATIC.findall(home)))
    assert images and styles_and_scripts
    for path in images:
        response = visitor.get(production_stack.url + path)
        assert response.status_code == 200, path
        assert response.headers["Content-Type"].startswith("image/"), path
        assert "max-age=31536000" in response.headers["Cache-Control"], path
        assert "sandbox" in response.headers["Content-Security-Policy"]
    for path in styles_and_scripts:
        response = visitor.get(production_stack.url + path, headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200, path
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert response.headers["Content-Encoding"] == "gzip"
    served_by_gunicorn = production_stack.log("gunicorn")
    assert "/media/" not in served_by_gunicorn and "/static/" not in served_by_gunicorn


def test_an_uploaded_document_is_not_served_from_the_media_folder(production_stack, visitor):
    assert visitor.get(production_stack.url + "/media/documents/anything.pdf").status_code == 404


def test_three_full_attachments_pass_the_proxy_and_more_does_not(production_stack, visitor):
    url = production_stack.url + "/en/challenges/submit/"
    within = visitor.post(url, files={"attachments": ("plan.pdf", b"0" * (30 * 1024 * 1024))})
    # The portal itself answers (the form's CSRF check), not the proxy's size limit.
    assert within.status_code == 403
    beyond = visitor.post(url, files={"attachments": ("plan.pdf", b"0" * (40 * 1024 * 1024))})
    assert beyond.status_code == 413


def _signed_in_editor(stack):
    session = stack.session()
    login = stack.url + "/admin/login/"
    form = session.get(login).text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    response = session.post(
        login,
        data={"username": "admin", "password": ADMIN_PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": login},
    )
    assert response.ok and "sessionid" in session.cookies
    return session


def _etag_is_kept(visitor, url):
    first = visitor.get(url)
    assert first.status_code == 200
    again = visitor.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    return first.headers["ETag"]


def test_a_publish_through_the_admin_shows_through_the_proxy_at_once(production_stack, visitor):
    news_index = production_stack.page(type="NewsIndexPage", language="en")
    listing, home = production_stack.url + news_index["url"], production_stack.url + "/en/"
    listing_etag, home_etag = _etag_is_kept(visitor, listing), _etag_is_kept(visitor, home)
    word = f"Snowmelt{secrets.token_hex(3)}"
    title = f"{word} pilot starts in Espoo"

    editor = _signed_in_editor(production_stack)
    add = f"{production_stack.url}/admin/pages/add/home/newspage/{news_index['id']}/"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', editor.get(add).text).group(1)
    published = editor.post(
        add,
        data=news_form(title=title, slug=word.lower(), csrfmiddlewaretoken=token),
        headers={"Referer": add},
        allow_redirects=False,
    )
    assert published.status_code == 302, published.text[:2000]

    for url, etag in ((listing, listing_etag), (home, home_etag)):
        fresh = visitor.get(url, headers={"If-None-Match": etag})
        assert fresh.status_code == 200
        assert title in fresh.text
    assert visitor.get(f"{listing}{word.lower()}/").status_code == 200
    # The worker indexes the article in its own process; once it has run what the publish queued,
    # the search finds it.
    production_stack.wait_for_worker()
    found = visitor.get(f"{production_stack.url}/api/search?q={word}&lang=en").json()
    assert [result["title"] for result in found["results"]] == [title], production_stack.log("worker")[-3000:]


def test_check_deploy_is_clean(production_stack):
    checked = production_stack.manage("check", "--deploy", "--fail-level", "WARNING", check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "no issues" in checked.stdout
