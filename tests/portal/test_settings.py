"""Settings come from the environment; a bad value stops start-up with one clear line."""

import pytest

from portal.settings.config import ConfigError, parse_database_url, parse_search_backend
from tests.support.management import GOOD_SECRET, manage


def assert_one_line_error(result, variable):
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error: ")
    assert variable in lines[0]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DATABASE_URL", "garbage"),
        ("DATABASE_URL", "postgres://"),
        ("SEARCH_BACKEND", "solr"),
        ("EMAIL_URL", "garbage"),
        ("BASE_URL", "portal.example"),
    ],
)
def test_malformed_variable_stops_start_up_naming_it(variable, value):
    assert_one_line_error(manage("check", **{variable: value}), variable)


def test_engine_backend_without_search_url_names_search_url():
    assert_one_line_error(manage("check", SEARCH_BACKEND="opensearch2"), "SEARCH_URL")


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", settings="portal.settings.production", ALLOWED_HOSTS="portal.example")
    assert_one_line_error(result, "SECRET_KEY")


def test_production_refuses_a_short_secret_key():
    result = manage("check", settings="portal.settings.production", ALLOWED_HOSTS="portal.example", SECRET_KEY="secret")
    assert_one_line_error(result, "SECRET_KEY")


def test_production_refuses_to_start_without_allowed_hosts():
    environment = {"SECRET_KEY": GOOD_SECRET}
    result = manage("check", settings="portal.settings.production", **environment)
    assert_one_line_error(result, "ALLOWED_HOSTS")


def test_deploy_check_is_clean_under_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        settings="portal.settings.production",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="portal.example",
        BASE_URL="https://portal.example",
        # Production needs a shared cache; without one the check warns (portal.W001).
        CACHE_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr


def test_database_url_chooses_the_engine():
    postgres = parse_database_url("postgres://scic:pw@db.internal:5432/portal")
    assert postgres["ENGINE"] == "django.db.backends.postgresql"
    assert (postgres["HOST"], postgres["PORT"], postgres["NAME"]) == ("db.internal", 5432, "portal")
    sqlite = parse_database_url("sqlite:////srv/portal/db.sqlite3")
    assert sqlite["ENGINE"] == "django.db.backends.sqlite3"
    assert sqlite["NAME"] == "/srv/portal/db.sqlite3"


@pytest.mark.parametrize("name", ["elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"])
def test_engine_backends_keep_the_database_index_as_fallback(name):
    backends = parse_search_backend(name, "http://127.0.0.1:9200")
    engine = backends["default"]
    assert engine["BACKEND"] == f"search.backends.{name}"
    assert engine["URLS"] == ["http://127.0.0.1:9200"]
    # A visitor must not wait for the client's default ten seconds.
    assert engine["TIMEOUT"] <= 5
    assert backends["database"]["BACKEND"] == "wagtail.search.backends.database"


def test_database_search_backend_needs_no_url():
    backends = parse_search_backend("database", "")
    assert list(backends) == ["default"]
    assert backends["default"]["BACKEND"] == "wagtail.search.backends.database"


def test_config_error_is_a_clean_exit():
    error = ConfigError("SEARCH_URL", "is wrong")
    assert isinstance(error, SystemExit)
    assert str(error) == "Configuration error: SEARCH_URL is wrong."
