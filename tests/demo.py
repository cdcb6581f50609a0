"""Load the demo site inside a test's transaction as it loads on a real database."""

from io import StringIO
from unittest import mock

from django.core.management import call_command


def load_demo_content():
    # wagtail-localize publishes each translation "on commit". Outside tests that is at
    # once; inside a test's transaction it would be deferred to the end, where the
    # revisions' stale tree fields would overwrite the translated trees.
    with mock.patch("django.db.transaction.on_commit", lambda callback, using=None, robust=False: callback()):
        call_command("load_demo_content", stdout=StringIO())
