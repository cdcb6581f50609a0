"""OpenSearch 2.x. The REST API is the same as 3.x; modelsearch's `opensearch2` backend calls
the client positionally, which the pinned opensearch-py 3 client refuses, so this uses the
`opensearch3` backend's client calls."""

from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.engine import portal_backend

SearchBackend = portal_backend(OpenSearch3SearchBackend)
