"""The production topology on loopback ports, built from the files under deploy/.

nginx (deploy/nginx/scic-portal.conf, rendered with a throwaway certificate and free ports)
in front of gunicorn (deploy/gunicorn.conf.py) with production settings, a throwaway
PostgreSQL and Redis, the search engine at a given address (indexes under a prefix of their
own) and the `db_worker`. `start()` migrates, builds the index, loads the demo and waits
until the worker has indexed it; `stop()` ends every process it started and removes what
it created, the engine's indexes too.

    python -m tests.support.production_stack SEARCH_URL   serve until Ctrl-C (for trying things)
"""

import contextlib
import getpass
import json
import os
import secrets
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from tests.support import services
from tests.support.cache_server import start_redis
from tests.support.engine import backend_name

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEPLOY_DIR = PROJECT_DIR / "deploy"
ADMIN_PASSWORD = secrets.token_urlsafe(16)
# The portal's own variables: a stack takes none of them from the caller's environment.
PORTAL_VARIABLES = {
    "DATABASE_URL", "SEARCH_BACKEND", "SEARCH_URL", "SEARCH_INDEX_PREFIX", "SECRET_KEY", "ALLOWED_HOSTS",
    "MEDIA_ROOT", "MEDIA_STORAGE", "CACHE_URL", "EMAIL_URL", "BASE_URL", "FRONTEND_CACHE_URL",
    "PAGE_CACHE_SECONDS", "DJANGO_SETTINGS_MODULE", "PYTEST_XDIST_WORKER", "WEB_CONCURRENCY",
    # The browser tests set it in the test process (tests/browser/conftest.py); `check --deploy`
    # rightly refuses it in production.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}  # fmt: skip


def missing_programs():
    """What this machine lacks to run the stack (empty when nothing)."""
    lacking = [name for name in ("nginx", "redis-server", "openssl") if shutil.which(name) is None]
    if services._postgres_bin_dir() is None:
        lacking.append("PostgreSQL's server programs")
    return lacking


def render_nginx_site(text, *, https_port, http_port, socket, var_dir, certificate, key):
    """deploy/nginx/scic-portal.conf with loopback ports, the test certificate and local paths."""
    replacements = [
        ("/etc/letsencrypt/live/portal.example.org/fullchain.pem", str(certificate)),
        ("/etc/letsencrypt/live/portal.example.org/privkey.pem", str(key)),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen [::]:80;", ""),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
        ("listen [::]:443 ssl http2;", ""),
        ("server_name portal.example.org;", "server_name 127.0.0.1;"),
        ("unix:/run/scic-portal/gunicorn.sock", f"unix:{socket}"),
        ("root /srv/scic-portal/var;", f"root {var_dir};"),
    ]
    for old, new in replacements:
        if old not in text:
            raise ValueError(f"deploy/nginx/scic-portal.conf no longer contains {old!r}")
        text = text.replace(old, new)
    return text


# One live page of each type in each language, as the portal addresses them.
PAGE_URLS = """
import json
from wagtail.models import Page
found = {}
for page in Page.objects.live().filter(depth__gt=1).specific().select_related("locale").iterator():
    key = (type(page).__name__, page.locale.language_code)
    found.setdefault(key, {"type": key[0], "language": key[1], "id": page.pk, "url": page.get_url()})
print(json.dumps(list(found.values())))
"""

NGINX_MAIN = """\
{user}worker_processes 1;
pid {folder}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log {folder}/nginx-access.log;
    client_body_temp_path {folder}/nginx-temp/body;
    proxy_temp_path {folder}/nginx-temp/proxy;
    fastcgi_temp_path {folder}/nginx-temp/fastcgi;
    uwsgi_temp_path {folder}/nginx-temp/uwsgi;
    scgi_temp_path {folder}/nginx-temp/scgi;
    include {folder}/scic-portal.conf;
}}
"""


@dataclass
class Stack:
    """A running production stack: its address, its environment and the processes it started."""

    folder: Path
    search_url: str
    url: str = ""
    http_url: str = ""
    env: dict = field(default_factory=dict)
    processes: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)
    pages: list = field(default_factory=list)
    workers: int = 2

    @property
    def certificate(self):
        """The stack's self-signed certificate, for clients to verify it with."""
        return str(self.folder / "tls.crt")

    def session(self):
        """A requests session that trusts the stack's certificate (and nothing from the environment:
        a REQUESTS_CA_BUNDLE there would win over the session's own certificate)."""
        import requests

        session = requests.Session()
        session.trust_env = False
        session.verify = self.certificate
        return session

    def manage(self, *args, settings="portal.settings.production", check=True, env=None):
        """Run manage.py with the stack's environment (and `env` over it), as an operator would."""
        began = time.monotonic()
        try:
            return self._manage(args, settings, check, env or {})
        finally:
            self.timings[args[0]] = round(time.monotonic() - began, 1)

    def _manage(self, args, settings, check, env):
        finished = subprocess.run(  # noqa: S603 - this project's manage.py
            [sys.executable, "manage.py", *args],
            cwd=PROJECT_DIR,
            env={**self.env, **env, "DJANGO_SETTINGS_MODULE": settings},
            capture_output=True,
            text=True,
            check=False,
        )
        if check and finished.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed: {finished.stderr[-3000:]}")
        return finished

    def sql(self, query):
        """The rows a query returns from the stack's database."""
        import psycopg

        with psycopg.connect(self.env["DATABASE_URL"]) as connection:
            return connection.execute(query).fetchall()

    def empty_install(self, folder):
        """Environment changes for another installation beside this one: an empty database in the
        same cluster, an empty media folder under `folder` and indexes of its own."""
        import psycopg

        name = f"scic_other_{secrets.token_hex(3)}"
        with psycopg.connect(self.env["DATABASE_URL"], autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")
        media = Path(folder) / "media"
        media.mkdir(parents=True)
        return {
            "DATABASE_URL": self.env["DATABASE_URL"].rsplit("/", 1)[0] + f"/{name}",
            "MEDIA_ROOT": str(media),
            "SEARCH_INDEX_PREFIX": f"{self.env['SEARCH_INDEX_PREFIX']}{name}_",
        }

    def page_urls(self):
        """[{"type", "language", "id", "url"}]: one live page of each type in each language, as loaded."""
        if not self.pages:
            # The last line: Django's shell first says what it imported.
            self.pages = json.loads(self.manage("shell", "--command", PAGE_URLS).stdout.splitlines()[-1])
        return self.pages

    def page(self, **wanted):
        return next(page for page in self.page_urls() if wanted.items() <= page.items())

    def pending_tasks(self):
        query = "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')"
        return self.sql(query)[0][0]

    def wait_for_worker(self, timeout=300):
        """Wait until the db_worker has run every queued task."""
        deadline = time.monotonic() + timeout
        while self.pending_tasks():
            self._check_running()
            if time.monotonic() > deadline:
                raise RuntimeError("the db_worker did not empty its queue")
            time.sleep(0.5)

    def _spawn(self, name, command):
        log = (self.folder / f"{name}.log").open("w")
        self.processes[name] = subprocess.Popen(  # noqa: S603 - programs this module chose
            command, cwd=PROJECT_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )

    def log(self, name):
        return (self.folder / f"{name}.log").read_text(errors="replace")

    def start(self):
        started = time.monotonic()
        # PostgreSQL runs as its own user when we are root, and must reach its folder in here.
        self.folder.chmod(0o755)
        var_dir = self.folder / "var"
        (var_dir / "media").mkdir(parents=True)
        (var_dir / "static").symlink_to(PROJECT_DIR / "var" / "static")
        redis_process, cache_url = start_redis()
        self.processes["redis"] = redis_process
        https_port, http_port = services.free_port(), services.free_port()
        self.url = f"https://127.0.0.1:{https_port}"
        self.http_url = f"http://127.0.0.1:{http_port}"
        self.env = {key: value for key, value in os.environ.items() if key not in PORTAL_VARIABLES}
        self.env.update(
            DATABASE_URL=services.start_postgres(self.folder / "postgres"),
            SECRET_KEY=secrets.token_urlsafe(64),
            ALLOWED_HOSTS="127.0.0.1",
            BASE_URL=self.url,
            SEARCH_BACKEND=backend_name(self.search_url),
            SEARCH_URL=self.search_url,
            SEARCH_INDEX_PREFIX=f"scic_stack_{secrets.token_hex(4)}_",
            CACHE_URL=cache_url,
            MEDIA_ROOT=str(var_dir / "media"),
            EMAIL_URL="consolemail://",
            DJANGO_SETTINGS_MODULE="portal.settings.production",
            DJANGO_SUPERUSER_PASSWORD=ADMIN_PASSWORD,
        )
        # Static files need no database: they are collected while it is migrated.
        self._spawn("collectstatic", [sys.executable, "manage.py", "collectstatic", "--noinput"])
        self.manage("migrate", "--noinput")
        if self.processes.pop("collectstatic").wait():
            raise RuntimeError(f"collectstatic failed: {self.log('collectstatic')[-3000:]}")
        self.manage("update_index")
        self.manage("createsuperuser", "--noinput", "--username", "admin", "--email", "admin@scic.example")
        self.manage("load_demo_content", settings="tests.support.production_demo_settings")
        began = time.monotonic()
        self._start_servers(var_dir, https_port, http_port)
        self.wait_for_worker()
        self.timings["servers and indexing"] = round(time.monotonic() - began, 1)
        self.timings["total"] = round(time.monotonic() - started, 1)
        return self

    def _start_servers(self, var_dir, https_port, http_port):
        socket = self.folder / "gunicorn.sock"
        certificate, key = self.certificate, self.folder / "tls.key"
        subprocess.run(  # noqa: S603 - a self-signed certificate for the loopback address
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(certificate)],
            check=True, capture_output=True,
        )  # fmt: skip
        site = render_nginx_site(
            (DEPLOY_DIR / "nginx" / "scic-portal.conf").read_text(),
            https_port=https_port,
            http_port=http_port,
            socket=socket,
            var_dir=var_dir,
            certificate=certificate,
            key=key,
        )
        (self.folder / "scic-portal.conf").write_text(site)
        (self.folder / "nginx-temp").mkdir()
        user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
        (self.folder / "nginx.conf").write_text(NGINX_MAIN.format(user=user, folder=self.folder))
        self._spawn("worker", [sys.executable, "manage.py", "db_worker", "--interval", "0.5", "--no-startup-delay"])
        self._spawn(
            "gunicorn",
            [sys.executable, "-m", "gunicorn", "--config", str(DEPLOY_DIR / "gunicorn.conf.py"),
             "--bind", f"unix:{socket}", "--control-socket", str(self.folder / "gunicorn.ctl"),
             "--workers", str(self.workers)],
        )  # fmt: skip
        self._spawn(
            "nginx",
            ["nginx", "-p", str(self.folder), "-c", str(self.folder / "nginx.conf"),
             "-e", str(self.folder / "nginx-error.log"), "-g", "daemon off;"],
        )  # fmt: skip
        self._wait_until_served()

    def _check_running(self):
        for name, process in self.processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"{name} stopped with status {process.returncode}: {self.log(name)[-2000:]}")

    def _wait_until_served(self, timeout=120):
        context = ssl.create_default_context(cafile=self.certificate)
        deadline = time.monotonic() + timeout
        while True:
            self._check_running()
            try:
                with urllib.request.urlopen(f"{self.url}/en/", context=context, timeout=30) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the stack did not answer through nginx")
            time.sleep(0.5)

    def stop(self):
        for name in ("nginx", "gunicorn", "worker", "redis"):
            process = self.processes.pop(name, None)
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGQUIT if name == "nginx" else signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self._drop_indexes()
        services.stop_postgres(self.folder / "postgres")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _drop_indexes(self):
        prefix = self.env.get("SEARCH_INDEX_PREFIX")
        if not prefix:
            return
        with contextlib.suppress(OSError, ValueError):
            with urllib.request.urlopen(f"{self.search_url}/_cat/indices/{prefix}*?format=json") as response:  # noqa: S310
                names = [index["index"] for index in json.load(response)]
            for name in names:
                request = urllib.request.Request(f"{self.search_url}/{name}", method="DELETE")  # noqa: S310
                urllib.request.urlopen(request).close()  # noqa: S310


def start(search_url, workers=2):
    """A started stack in a new temporary folder, with that many gunicorn workers; the caller stops it."""
    stack = Stack(folder=Path(tempfile.mkdtemp(prefix="scic-stack-")), search_url=search_url, workers=workers)
    try:
        return stack.start()
    except BaseException:
        stack.stop()
        raise


if __name__ == "__main__":
    # A background job ignores Ctrl-C's signal; `kill` then stops the stack as cleanly.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    running = start(sys.argv[1])
    print(f"Serving {running.url} (admin / {ADMIN_PASSWORD}); Ctrl-C stops it", flush=True)
    try:
        signal.pause()
    finally:
        running.stop()
