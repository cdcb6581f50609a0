from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.backends.engine import CatchUpMixin


class SearchBackend(CatchUpMixin, Elasticsearch8SearchBackend):
    pass
