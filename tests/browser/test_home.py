"""A visitor's browser opens the home page."""

import pytest

pytestmark = pytest.mark.browser


def test_home_page_in_a_real_browser(demo_site, page):
    response = page.goto(f"{demo_site.url}/")
    assert response.status == 200
    assert page.url == f"{demo_site.url}/en/"
    assert page.title() == "Smart City Innovation Cluster"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Smart City Innovation Cluster"
