"""Body blocks render links that work wherever the portal is served."""

import pytest

from portal.blocks import LinkButtonBlock


@pytest.mark.parametrize(
    ("stored", "href"),
    [
        ("{base}/fi/challenges/submit/", "/fi/challenges/submit/"),
        ("https://ec.europa.eu/info/funding-tenders/", "https://ec.europa.eu/info/funding-tenders/"),
        ("{base}.evil.example/en/", "{base}.evil.example/en/"),
    ],
)
def test_a_link_button_to_the_portal_itself_is_a_path(settings, stored, href):
    settings.WAGTAILADMIN_BASE_URL = "http://portal.example:8000"
    block = LinkButtonBlock()
    value = block.to_python({"text": "Go", "page": None, "url": stored.format(base=settings.WAGTAILADMIN_BASE_URL)})
    html = block.render(value)
    assert f'href="{href.format(base=settings.WAGTAILADMIN_BASE_URL)}"' in html
