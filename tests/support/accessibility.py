"""What the browser tests check a page against: axe-core's WCAG 2.1 A and AA rules."""

from axe_playwright_python.sync_playwright import Axe

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def violations(page):
    """Each WCAG 2.1 A/AA violation on the page as "rule: element"."""
    results = Axe().run(page, options=WCAG_AA)
    return [
        f"{violation['id']}: {node['target']}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]
