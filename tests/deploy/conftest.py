"""The production stack, started once for the tests of this folder."""

import pytest

from tests.support import production_stack as stacks
from tests.support.services import missing_service


@pytest.fixture(scope="session")
def production_stack(search_engine_url):
    """nginx, gunicorn, PostgreSQL, Redis, the engine and the worker, serving the demo site."""
    lacking = stacks.missing_programs()
    if lacking:
        missing_service(f"the production stack needs {', '.join(lacking)}")
    stack = stacks.start(search_engine_url)
    yield stack
    stack.stop()


@pytest.fixture
def visitor(production_stack):
    """An anonymous browser that trusts the stack's certificate."""
    with production_stack.session() as session:
        yield session
