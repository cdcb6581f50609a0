"""gunicorn's settings for the portal (deploy/systemd/scic-portal.service starts it with them).

Options given on the command line or in GUNICORN_CMD_ARGS win over these; the number of
workers follows WEB_CONCURRENCY, which gunicorn reads itself (default below: two per core,
plus one, as gunicorn suggests for a server that mostly waits on the database and the engine).
"""

import multiprocessing
import os

wsgi_app = "portal.wsgi:application"
bind = "unix:/run/scic-portal/gunicorn.sock"
# gunicornc's control socket, in the service's own runtime folder: the default, in the home
# folder, would be one path for every instance the user runs.
control_socket = "/run/scic-portal/gunicorn.ctl"
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
# nginx buffers requests and responses, so plain synchronous workers never wait on a slow client.
worker_class = "sync"
# Longer than nginx's proxy_read_timeout (60 s), so that nginx reports a slow page first.
timeout = 70
graceful_timeout = 30
# A worker is replaced after this many requests (at a random point, so not all at once):
# a slow leak in any library then never grows past that.
max_requests = 2000
max_requests_jitter = 200
# Only nginx reaches the socket; its X-Forwarded-* headers are the client's.
forwarded_allow_ips = "*"
accesslog = "-"
errorlog = "-"


def post_worker_init(worker):
    """A new worker reads the search's language dictionaries before its first request, not
    during it (seconds for Swedish): after a restart by max_requests too."""
    from search.languages import prepare

    prepare()
