from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends.engine import CatchUpMixin


class SearchBackend(CatchUpMixin, Elasticsearch9SearchBackend):
    pass
