"""`manage.py backup` and `restore`: the demo site on PostgreSQL comes back whole in another install.

The other install has a database, uploads and indexes of its own, with an old site in them:
restore refuses to overwrite it without --force, then replaces it with the backup's."""

from pathlib import Path

import psycopg

# What the demo site is made of, counted the same way before and after.
COUNTS = {
    "pages": "SELECT count(*) FROM wagtailcore_page",
    "live pages": "SELECT count(*) FROM wagtailcore_page WHERE live",
    "revisions": "SELECT count(*) FROM wagtailcore_revision",
    "images": "SELECT count(*) FROM wagtailimages_image",
    "renditions": "SELECT count(*) FROM wagtailimages_rendition",
    "groups": "SELECT count(*) FROM auth_group",
    "users": "SELECT count(*) FROM auth_user",
}
SNAPSHOT = {
    "page titles": "SELECT url_path, title FROM wagtailcore_page ORDER BY url_path",
    "group names": "SELECT name FROM auth_group ORDER BY name",
    "image files": "SELECT file FROM wagtailimages_image UNION SELECT file FROM wagtailimages_rendition ORDER BY 1",
}
SEARCH = """
from wagtail.models import Page
print(sorted(page.title for page in Page.objects.live().search("Kirkenes")))
"""


def _state(stack, database_url):
    with psycopg.connect(database_url) as connection:
        counts = {name: connection.execute(query).fetchone()[0] for name, query in COUNTS.items()}
        rows = {name: connection.execute(query).fetchall() for name, query in SNAPSHOT.items()}
    return counts, rows


def _other_install(stack, folder):
    """Another installation beside the stack's, holding an old site."""
    other = stack.empty_install(folder)
    with psycopg.connect(other["DATABASE_URL"]) as connection:
        connection.execute("CREATE TABLE wagtailcore_page (id integer, title text)")
        connection.execute("INSERT INTO wagtailcore_page VALUES (1, 'An old site')")
    old = Path(other["MEDIA_ROOT"]) / "original_images" / "old.png"
    old.parent.mkdir()
    old.write_bytes(b"old")
    return other


def test_the_demo_site_comes_back_whole_from_a_backup(production_stack, tmp_path):
    stack = production_stack
    backed_up = stack.manage("backup", "--output-dir", str(tmp_path))
    archive = next(tmp_path.glob("scic-backup-*Z.tar"))
    assert f"Wrote {archive}" in backed_up.stdout
    counts, rows = _state(stack, stack.env["DATABASE_URL"])
    assert counts["live pages"] > 100 and counts["images"] > 10 and counts["revisions"] >= counts["live pages"]

    other = _other_install(stack, tmp_path)
    refused = stack.manage("restore", str(archive), env=other, check=False)
    assert refused.returncode == 1
    assert "is not empty" in refused.stderr and "--force" in refused.stderr
    restored = stack.manage("restore", str(archive), "--force", env=other)
    assert "Rebuilding the search index" in restored.stdout

    assert _state(stack, other["DATABASE_URL"]) == (counts, rows)
    media = Path(other["MEDIA_ROOT"])
    assert all((media / file).is_file() for (file,) in rows["image files"])
    assert not (media / "original_images" / "old.png").exists()
    found = stack.manage("shell", "--command", SEARCH, env=other).stdout.splitlines()[-1]
    assert "Kirkenes" in found and found == stack.manage("shell", "--command", SEARCH).stdout.splitlines()[-1]
