"""manage.py, or a settings module alone, in a child process with a chosen environment, as an operator would run it."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
GOOD_SECRET = "x7Gq2-" * 10


def manage(*args, settings="portal.settings.dev", **env):
    return _run_python("manage.py", *args, settings=settings, **env)


def setting(name, settings="portal.settings.dev", **env):
    """One setting as the settings module computes it in a fresh process with `env` (no Django set-up)."""
    module = "importlib.import_module(os.environ['DJANGO_SETTINGS_MODULE'])"
    code = f"import importlib, os; print(getattr({module}, {name!r}))"
    result = _run_python("-c", code, settings=settings, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def _run_python(*args, settings, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "SEARCH_BACKEND", "SEARCH_URL"}
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings, **env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
