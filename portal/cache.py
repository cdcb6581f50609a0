"""Django's Redis cache, with one redis-py client per connection pool.

Django builds a new `redis.Redis` for every cache call; redis-py 8 copies its table of reply
handlers each time, about 0.1 ms. A page answered from the page cache makes two calls, an
uncached page one per shared fragment, so that was a third of a cached page's cost. A client
is safe to share between threads: each command takes a connection from the pool.
"""

import threading

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self._clients_lock = threading.Lock()

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            with self._clients_lock:
                client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client


class RedisCache(redis.RedisCache):
    """`CACHE_URL=redis://...` (portal/settings/config.py chooses it)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
