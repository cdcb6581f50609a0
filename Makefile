# The two commands a newcomer needs are `make run` and `make test`; see README.md.

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
# uv installs the pinned packages (constraints.txt): a fresh environment in 28 s here, pip took 44 s.
# Like pip, it compiles them to bytecode, so that no process compiles them again on each start
# (PYTHONDONTWRITEBYTECODE, set on some machines, would make uv skip most of them).
UV_VERSION := 0.13.8
INSTALL := env -u PYTHONDONTWRITEBYTECODE $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -c constraints.txt
MANAGE := $(BIN)/python manage.py

.PHONY: run test smoke loadtest bench bench-pages lighthouse lint format check messages install install-dev lock clean search-engine search-engine-stop search-cluster search-cluster-stop

run: install var
	PORT=$(PORT) $(MANAGE) migrate --noinput
	PORT=$(PORT) $(MANAGE) load_demo_content
	@echo "Serving the portal at http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	PORT=$(PORT) $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install-dev
	$(BIN)/python -m tests.support.services run -- $(BIN)/python -m pytest $(PYTEST_ARGS)

# deploy/ end to end on loopback ports (nginx, gunicorn, PostgreSQL, Redis, the worker) with the
# engine at SEARCH_URL (or one the suite starts), and a backup restored into a fresh install.
smoke: install-dev
	$(BIN)/python -m tests.support.services run -- $(BIN)/python -m pytest -p no:cacheprovider -q tests/deploy

# 50 visitors for 60 s on that same topology (filtered listings, pages, search, the API in three
# languages; every 50th request an editor's publish): req/s, p50/p95/p99 and errors, then the
# database and the index checked. Not part of CI. LOADTEST_ARGS="--clients 20 --seconds 30".
loadtest: install-dev
	$(BIN)/python -m tests.load.loadtest $(LOADTEST_ARGS)

# Search at scale (10 000 members, 5 000 challenges, ... in three languages) on Elasticsearch,
# OpenSearch and the database backend, side by side: index build time, API p50/p95, engine
# requests per query. Each engine runs from this checkout on its own port.
ELASTICSEARCH_PORT ?= 9200
OPENSEARCH_PORT ?= 9201
bench: install-dev
	SEARCH_ENGINE=elasticsearch SEARCH_ENGINE_PORT=$(ELASTICSEARCH_PORT) $(PYTHON) search/engine/engine.py start
	SEARCH_ENGINE=opensearch SEARCH_ENGINE_PORT=$(OPENSEARCH_PORT) $(PYTHON) search/engine/engine.py start
	$(BIN)/python -m tests.bench.search_bench --engine-url http://127.0.0.1:$(ELASTICSEARCH_PORT) \
	  --engine-url http://127.0.0.1:$(OPENSEARCH_PORT) $(BENCH_ARGS)

# What each page type costs under production settings (gunicorn, 2 workers, the demo
# content), page cache off and on, in three languages, beside a minimal Django view and,
# with BAKERYDEMO=/path/to/checkout, bakerydemo: req/s, p50/p99, the workers' CPU ms per
# request. Needs wrk and redis-server; see tests/bench/pages_bench.py.
bench-pages: install-dev
	$(BIN)/python -m tests.bench.pages_bench $(BENCH_ARGS)

# Lighthouse (mobile, from npm; needs Node 18+ and Chromium) from outside against the same
# production topology: one page of each type in three languages and the site search, with the
# four category scores, the layout shift and what did not pass. LIGHTHOUSE_ARGS="--language fi".
lighthouse: install-dev
	$(BIN)/python -m tests.bench.lighthouse $(LIGHTHOUSE_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-extract the interface strings and recompile the catalogues (needs GNU gettext).
messages: install
	$(MANAGE) makemessages -l fi -l sv --ignore=.venv --ignore=var --ignore=tests --ignore="search/engine/*" --no-location
	$(MANAGE) compilemessages --ignore=.venv --ignore=var

# Django's own consistency checks, as CI runs them.
check: install
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run --noinput

# A real single-node search engine on 127.0.0.1:9200 for development and CI, built by Maven:
# Elasticsearch 9 (Java 21+), or OpenSearch 2.19 with SEARCH_ENGINE=opensearch (Java 17+).
# SEARCH_ENGINE_PORT changes the port; the two engines can run side by side.
search-engine:
	$(PYTHON) search/engine/engine.py start

search-engine-stop:
	$(PYTHON) search/engine/engine.py stop

# Three nodes of the same engine on 127.0.0.1:9210-9212 (SEARCH_CLUSTER_PORT moves them), 512 MiB
# of heap each, waiting until they are green; it prints the SEARCH_URL that names all three.
search-cluster:
	$(PYTHON) search/engine/cluster.py start

search-cluster-stop:
	$(PYTHON) search/engine/cluster.py stop

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Once per installation, the lemmatiser's dictionaries are made quick to open (var/dictionaries/).
$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet uv==$(UV_VERSION)
	$(INSTALL) -e .
	$(MANAGE) prepare_search_dictionaries
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(INSTALL) -e ".[dev]"
	touch $@

var:
	mkdir -p var

# Re-pin every transitive dependency after changing pyproject.toml.
lock:
	rm -rf var/lock-venv
	$(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install --quiet -e ".[dev]"
	var/lock-venv/bin/pip freeze --exclude-editable | grep -v '^scic-portal' > constraints.txt
	rm -rf var/lock-venv

clean:
	rm -rf $(VENV) var/static
