"""Production settings plus the demo app: loads the demo into a production stack under test.

Only `load_demo_content` runs with these; the stack itself serves with
`portal.settings.production`. The demo's drawn images are small, so the load is quick,
unless `DEMO_IMAGE_SCALE` says otherwise (`make lighthouse` wants them at their real size).
"""

import os

from portal.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "home.demo"]  # noqa: F405
DEMO_IMAGE_SCALE = float(os.environ.get("DEMO_IMAGE_SCALE", "0.125"))
