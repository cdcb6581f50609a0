"""A node of a three-node engine cluster is lost while visitors search and editors publish: no
search fails or falls back to the database, and every change is found while the node is gone
and after it has rejoined."""

import hashlib
from collections import Counter

from django.db import connection

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

import pytest

from challenges.factories import ChallengeIndexPageFactory, ChallengePageFactory
from challenges.models import ChallengePage
from search.models import PendingIndexChange
from tests.support import cluster, engine
from tests.support.search import run
from tests.support.services import missing_service

pytestmark = [pytest.mark.cluster, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEARCHERS = 3
PUBLISHERS = 2
# Each phase lasts until it has seen this much work, however fast the machine is.
SEARCHES_PER_PHASE = 30
CHANGES_PER_PHASE = 6
PHASES = ("before", "node lost", "rejoining", "rejoined")


@pytest.fixture
def search_cluster(settings):
    """The cluster's nodes and the engine backend that names all of them, with empty indexes."""
    urls = cluster.cluster_urls()
    if len(urls) < 3 or not all(engine.answers(url) for url in urls):
        missing_service("no three-node cluster answers at SEARCH_CLUSTER_URLS (run `make search-cluster`)")
    if connection.vendor != "postgresql":
        missing_service("publishing from several threads needs PostgreSQL (set DATABASE_URL or install postgresql)")
    backends = engine.engine_settings(",".join(urls))
    # Creating an index waits until the cluster has placed its shards: longer than a visitor waits.
    settings.WAGTAILSEARCH_BACKENDS = {**backends, "default": {**backends["default"], "TIMEOUT": 60}}
    engine.clean_indexes().es.cluster.health(wait_for_status="green", timeout="60s")
    settings.WAGTAILSEARCH_BACKENDS = backends
    return urls, get_search_backend("default")


def call_word(worker, step):
    """The word that worker's call carries after its step-th change.

    Searches forgive typing errors (up to two edits), so a word that a call has lost would
    find its siblings if their words differed by a digit. Hashed, no two of the first 400
    words of either worker are within four edits of each other.
    """
    return f"quay{worker}x{hashlib.sha256(f'{worker}-{step}'.encode()).hexdigest()[:10]}"


def visitor_search():
    """(which backend answered, its notices) for a visitor's search."""
    results = run("default", q="harbour")
    return results.backend, results.notices


def editors(home_page):
    """publish(worker, step): each worker publishes a new call, then retitles it, in its own section.

    Returns (page id, its new word, the word it lost or None, what a search for the new word
    found at once: (backend, page ids)).
    """
    sections = [
        ChallengeIndexPageFactory(parent=home_page, title=f"Calls {worker}", slug=f"calls-{worker}")
        for worker in range(PUBLISHERS)
    ]
    latest = {}

    def publish(worker, step):
        word = call_word(worker, step)
        if step % 2 == 0:
            page = ChallengePageFactory(parent=sections[worker], title=f"Harbour {word}", slug=word)
            lost = None
        else:
            page = latest[worker]
            lost = page.title.split()[-1]
            page.title = f"Harbour {word}"
            page.save_revision().publish()
        latest[worker] = page
        results = run("default", q=word)
        return page.pk, word, lost, (results.backend, [hit.page.pk for hit in results.items])

    return publish


def test_losing_a_node_under_load_fails_no_search_and_loses_no_index_update(search_cluster, home_page):
    urls, backend = search_cluster
    index = backend.get_index_for_model(Page).name
    load = cluster.Load(visitor_search, editors(home_page), SEARCHERS, PUBLISHERS)
    lost = None
    load.start()
    try:
        load.wait_for(SEARCHES_PER_PHASE, CHANGES_PER_PHASE)
        # The node holding the calls' primary shard goes, so that writes must fail over too.
        primary = next(node for _, kind, node, _ in cluster.shard_copies(backend.es, index) if kind == "p")
        lost = cluster.node_number(primary)
        load.phase = "node lost"
        cluster.kill_node(urls, lost)
        load.wait_for(SEARCHES_PER_PHASE, CHANGES_PER_PHASE)
        load.phase = "rejoining"
        cluster.restart_node(urls, lost)
        load.phase = "rejoined"
        load.wait_for(SEARCHES_PER_PHASE, CHANGES_PER_PHASE)
    finally:
        load.stop()
        if lost is not None and not engine.answers(urls[lost - 1]):
            cluster.restart_node(urls, lost)

    searches, changes = load.counts()
    print(f"\nnode {lost} ({primary}) lost; searches by phase: {dict(searches)}; changes by phase: {dict(changes)}")
    assert load.errors == []
    for phase in ("before", "node lost", "rejoined"):
        assert searches[phase] >= SEARCHES_PER_PHASE
        assert changes[phase] >= CHANGES_PER_PHASE
    # Every search was answered by the engine, none by the database fallback, with no notice.
    assert Counter(backend for _, (backend, _) in load.searches) == {"engine": sum(searches.values())}
    assert [notices for _, (_, notices) in load.searches if notices] == []
    # No index update had to wait for the engine to come back.
    assert not PendingIndexChange.objects.exists()
    # Each change was found at once, on the engine, in every phase: while the node was gone too.
    for phase, (pk, _, _, found) in load.changes:
        assert found == ("engine", [pk]), phase

    # After it rejoined, every shard has both copies again, holding the same documents.
    copies = cluster.shard_copies(backend.es, index)
    assert len(copies) == 2 * len({shard for shard, *_ in copies})
    for shard in {shard for shard, *_ in copies}:
        assert len({docs for number, _, _, docs in copies if number == shard}) == 1
    # Every call is found by its current word and not by a word it has lost.
    calls = ChallengePage.objects.filter(slug__startswith="quay")
    assert calls.count() >= 2 * PUBLISHERS
    for call in calls:
        results = run("default", q=call.title.split()[-1])
        assert (results.backend, [hit.page.pk for hit in results.items]) == ("engine", [call.pk])
    for _, (_, _, lost_word, _) in load.changes:
        if lost_word:
            assert run("default", q=lost_word).count == 0
