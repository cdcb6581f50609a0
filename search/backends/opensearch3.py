from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.engine import CatchUpMixin


class SearchBackend(CatchUpMixin, OpenSearch3SearchBackend):
    pass
