"""axe-core finds no WCAG 2.1 A/AA violations on any page type, on a desktop and on a phone."""

import pytest

from tests.support.accessibility import violations

pytestmark = pytest.mark.browser

PAGES = [
    "/en/",
    "/en/challenges/",
    "/en/challenges/nusantara-smart-water-management/",
    "/en/challenges/submit/",
    "/en/challenges/submit/privacy/",
    "/en/members/",
    "/en/members/city-of-espoo/",
    "/en/references/madrid-nuevo-norte/",
    "/en/news/",
    "/en/news/scic-founded/",
    "/en/about/",
    "/en/search/?q=kirkenes",
    "/fi/search/?q=kaupunki",
    "/en/search/?q=kaupunki",
]


@pytest.mark.parametrize(
    "viewport", [{"width": 1280, "height": 900}, {"width": 320, "height": 640}], ids=["desktop", "phone"]
)
def test_pages_pass_wcag_aa_on_desktop_and_phone(demo_site, browser, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    found = {}
    for path in PAGES:
        assert page.goto(f"{demo_site.url}{path}").status == 200
        if problems := violations(page):
            found[path] = problems
    context.close()
    assert found == {}


def test_no_horizontal_scrolling_on_a_320px_phone(demo_site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    too_wide = {}
    for path in PAGES:
        page.goto(f"{demo_site.url}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[path] = width
    context.close()
    assert too_wide == {}


def test_skip_link_moves_focus_to_the_main_content(demo_site, page):
    page.goto(f"{demo_site.url}/en/challenges/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
