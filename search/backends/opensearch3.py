"""OpenSearch 3.x."""

from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.engine import portal_backend

SearchBackend = portal_backend(OpenSearch3SearchBackend)
