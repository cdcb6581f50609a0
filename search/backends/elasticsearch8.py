"""Elasticsearch 8.x."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.backends.engine import portal_backend

SearchBackend = portal_backend(Elasticsearch8SearchBackend)
