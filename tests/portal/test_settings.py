"""Settings come from the environment; a bad value stops start-up with one clear line."""

import pytest

from portal.settings.config import ConfigError, parse_database_url, parse_search_backend
from tests.support.management import GOOD_SECRET, manage, setting


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
    assert backends["database"]["BACKEND"] == "search.backends.database"


def test_database_search_backend_needs_no_url():
    backends = parse_search_backend("database", "")
    assert list(backends) == ["default"]
    assert backends["default"]["BACKEND"] == "search.backends.database"


def test_config_error_is_a_clean_exit():
    error = ConfigError("SEARCH_URL", "is wrong")
    assert isinstance(error, SystemExit)
    assert str(error) == "Configuration error: SEARCH_URL is wrong."


def base_url(**env):
    return setting("WAGTAILADMIN_BASE_URL", **env)


def test_base_url_follows_port_in_development_unless_set(monkeypatch):
    monkeypatch.delenv("BASE_URL", raising=False)
    monkeypatch.delenv("PORT", raising=False)
    assert base_url() == "http://127.0.0.1:8000"
    assert base_url(PORT="8080") == "http://127.0.0.1:8080"
    assert base_url(PORT="8080", BASE_URL="https://portal.example") == "https://portal.example"


def test_a_port_that_is_not_a_number_stops_start_up_naming_it():
    assert_one_line_error(manage("check", PORT="eighty"), "PORT")


def test_production_refuses_to_start_without_its_public_address(monkeypatch):
    monkeypatch.delenv("BASE_URL", raising=False)
    result = manage(
        "check", settings="portal.settings.production", SECRET_KEY=GOOD_SECRET, ALLOWED_HOSTS="portal.example"
    )
    assert_one_line_error(result, "BASE_URL")


def test_search_url_may_name_every_node_of_a_cluster():
    engine = parse_search_backend("elasticsearch9", "http://es-1:9200, http://es-2:9200,http://es-3:9200")["default"]
    assert engine["URLS"] == ["http://es-1:9200", "http://es-2:9200", "http://es-3:9200"]
    # A request a lost node cannot answer is sent to each of the other two.
    assert engine["OPTIONS"]["max_retries"] == 2


def test_search_url_with_a_node_that_is_no_address_names_search_url():
    result = manage("check", SEARCH_BACKEND="elasticsearch9", SEARCH_URL="http://es-1:9200,es-2:9200")
    assert_one_line_error(result, "SEARCH_URL")


def test_engine_indexes_get_a_replica_whenever_the_cluster_has_a_second_node():
    index = parse_search_backend("opensearch2", "http://127.0.0.1:9200")["default"]["INDEX_SETTINGS"]["settings"][
        "index"
    ]
    assert index == {"auto_expand_replicas": "0-1"}


@pytest.mark.parametrize(
    ("replicas", "settings"),
    [
        ("2", {"number_of_replicas": 2, "auto_expand_replicas": "false"}),
        ("1-all", {"auto_expand_replicas": "1-all"}),
    ],
)
def test_search_replicas_sets_the_indexes_replicas(replicas, settings):
    engine = parse_search_backend("elasticsearch9", "http://127.0.0.1:9200", replicas)["default"]
    assert engine["INDEX_SETTINGS"]["settings"]["index"] == settings


def test_malformed_search_replicas_stops_start_up_naming_it():
    result = manage("check", SEARCH_BACKEND="elasticsearch9", SEARCH_URL="http://127.0.0.1:9200", SEARCH_REPLICAS="one")
    assert_one_line_error(result, "SEARCH_REPLICAS")


def test_postgres_keeps_each_workers_connection_for_a_minute_by_default():
    config = parse_database_url("postgres://scic@db.internal/portal")
    assert (config["CONN_MAX_AGE"], config["CONN_HEALTH_CHECKS"], config["DISABLE_SERVER_SIDE_CURSORS"]) == (
        60,
        True,
        False,
    )
    assert "pool" not in config["OPTIONS"]


def test_sqlite_keeps_each_workers_connection_for_a_minute_by_default():
    assert parse_database_url("sqlite:////srv/scic/db.sqlite3")["CONN_MAX_AGE"] == 60
    assert parse_database_url("sqlite:////srv/scic/db.sqlite3?conn_max_age=0")["CONN_MAX_AGE"] == 0


def test_database_url_sets_how_long_connections_are_kept():
    # Behind a pooler such as PgBouncer each request returns its connection.
    url = "postgres://scic@pgbouncer.internal:6432/portal?conn_max_age=0&disable_server_side_cursors=true"
    config = parse_database_url(url)
    assert (config["CONN_MAX_AGE"], config["DISABLE_SERVER_SIDE_CURSORS"]) == (0, True)


def test_database_url_turns_on_a_connection_pool_per_worker():
    config = parse_database_url("postgres://scic@db.internal/portal?pool=true&pool_max_size=8&pool_timeout=2.5")
    assert config["OPTIONS"]["pool"] == {"min_size": 4, "max_size": 8, "timeout": 2.5}
    # Django refuses persistent connections beside a pool.
    assert config["CONN_MAX_AGE"] == 0


@pytest.mark.parametrize(
    "query",
    [
        "pool=maybe",
        "pool_max_size=8",
        "pool=true&conn_max_age=60",
        "pool=true&pool_max_size=many",
        "pool=true&pool_min_size=5&pool_max_size=2",
    ],
)
def test_inconsistent_pool_settings_stop_start_up_naming_database_url(query):
    result = manage("check", DATABASE_URL=f"postgres://scic@127.0.0.1/portal?{query}")
    assert_one_line_error(result, "DATABASE_URL")


def test_pooled_connections_answer_queries(postgres_db):
    from django.db.backends.postgresql.base import DatabaseWrapper

    options = parse_database_url("postgres://scic@127.0.0.1/portal?pool=true&pool_max_size=2")["OPTIONS"]
    pooled = {**postgres_db.settings_dict, "OPTIONS": options}
    # Pools are kept per alias for the whole process: this one must not replace the suite's own.
    connection = DatabaseWrapper(pooled, alias="pooled")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            assert cursor.fetchone() == (1,)
        assert connection.pool is not None
    finally:
        connection.close()
        connection.close_pool()
