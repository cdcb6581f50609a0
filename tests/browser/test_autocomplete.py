"""The search box's suggestions as a keyboard user meets them (the WAI-ARIA combobox pattern)."""

import re

import pytest

from tests.support.accessibility import violations

pytestmark = pytest.mark.browser

BOX = "#site-search-q"


def type_and_wait_for_suggestions(page, text):
    page.locator(BOX).press_sequentially(text, delay=20)
    page.wait_for_selector(f"{BOX}[aria-expanded=true]")
    return page.locator("#site-search-q-suggestions [role=option]")


def test_typing_a_whole_title_never_leaves_the_page(demo_site, page):
    page.goto(f"{demo_site.url}/en/news/")
    options = type_and_wait_for_suggestions(page, "Madrid Nuevo Norte")
    assert "Madrid Nuevo Norte" in options.all_inner_texts()
    page.wait_for_timeout(1000)
    assert page.url == f"{demo_site.url}/en/news/"
    assert page.locator(BOX).input_value() == "Madrid Nuevo Norte"


def test_arrow_keys_and_enter_choose_a_suggestion(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    options = type_and_wait_for_suggestions(page, "tram sto")
    box = page.locator(BOX)
    box.press("ArrowDown")
    first = options.first
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    chosen = first.inner_text()
    with page.expect_navigation():
        box.press("Enter")
    assert page.locator("h1").inner_text() == chosen


def test_enter_without_a_chosen_suggestion_searches(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    type_and_wait_for_suggestions(page, "Kirkenes")
    with page.expect_navigation():
        page.locator(BOX).press("Enter")
    assert page.url == f"{demo_site.url}/en/search/?q=Kirkenes"


def test_escape_closes_the_list_and_the_count_is_announced(demo_site, page):
    page.goto(f"{demo_site.url}/en/")
    options = type_and_wait_for_suggestions(page, "Kirkenes")
    status = page.locator(".autocomplete [role=status]")
    assert re.fullmatch(rf"{options.count()} suggestions?\..*", status.inner_text())
    page.locator(BOX).press("Escape")
    assert page.locator(BOX).get_attribute("aria-expanded") == "false"
    assert page.locator("#site-search-q-suggestions").is_hidden()
    assert page.locator(BOX).input_value() == "Kirkenes"


def test_parts_of_compound_words_are_suggested_in_finnish(demo_site, page):
    page.goto(f"{demo_site.url}/fi/")
    options = type_and_wait_for_suggestions(page, "pysäk")
    assert options.all_inner_texts() == ["Tampere: turvallinen talvikulku raitiovaunupysäkeille"]
    assert page.locator(".autocomplete [role=status]").inner_text().startswith("1 ehdotus")


def test_an_open_list_passes_wcag_aa(demo_site, page):
    page.goto(f"{demo_site.url}/en/search/?q=water")
    page.locator("#search-q").fill("")
    page.locator("#search-q").press_sequentially("Kirk", delay=20)
    page.wait_for_selector("#search-q[aria-expanded=true]")
    assert violations(page) == []


def test_on_a_phone_the_query_stays_in_view_above_the_results(demo_site, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{demo_site.url}/en/search/?q=water&type=challenge")
    box = page.locator("#search-q")
    assert box.is_visible()
    assert box.input_value() == "water"
    assert box.bounding_box()["y"] < page.locator(".results").bounding_box()["y"]
    assert page.locator("details.facets-panel").get_attribute("open") is None
    context.close()
