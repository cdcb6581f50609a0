"""Elasticsearch 9.x."""

from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends.engine import portal_backend

SearchBackend = portal_backend(Elasticsearch9SearchBackend)
