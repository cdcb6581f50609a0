"""Build what a run's test processes share before they start: `python -m tests.support.prepare_run`.

CI runs it while the search engines start, the linters and Django's checks run: the migrated
test database (kept as the run's PostgreSQL template) and the demo's snapshot are then ready
when the first stage's processes begin, instead of one of them building while the other
waits (tests/support/run_cache.py). It needs `SCIC_TEST_RUN_DIR` and PostgreSQL
(`DATABASE_URL`); without them there is nothing to share, and it says so.
"""

import os
import shutil
import sys
import time

import django


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    django.setup()
    from django.conf import settings
    from django.db import transaction
    from django.test.utils import setup_test_environment, teardown_databases

    from tests.support import demo, run_cache

    if not run_cache.shares_databases():
        sys.exit("prepare_run: set SCIC_TEST_RUN_DIR and a PostgreSQL DATABASE_URL; nothing is shared without them")
    started = time.monotonic()
    setup_test_environment()
    databases = run_cache.test_databases()
    try:
        with transaction.atomic():
            demo.load_demo_content()
            transaction.set_rollback(True)
    finally:
        run_cache.close_other_sessions()
        teardown_databases(databases, verbosity=0)
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    print(f"The run's migrated database and demo are ready ({time.monotonic() - started:.0f} s).")


if __name__ == "__main__":
    main()
