"""Load the demo site inside a test's transaction as it loads on a real database."""

from io import StringIO
from unittest import mock

from django.core.management import call_command
from django.db import connection


def load_demo_content():
    # wagtail-localize publishes each translation "on commit". Outside tests that is at
    # once; inside a test's transaction it would be deferred to the end, where the
    # revisions' stale tree fields would overwrite the translated trees.
    with mock.patch("django.db.transaction.on_commit", lambda callback, using=None, robust=False: callback()):
        call_command("load_demo_content", stdout=StringIO())
    if connection.vendor == "postgresql":
        # Rows inserted inside the test's transaction have no planner statistics yet; without
        # them PostgreSQL plans the search subqueries as if the tables were empty.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
