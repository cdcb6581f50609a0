"""The smallest Django project there is: one view, no middleware, no database.

The page benchmark serves it with gunicorn as it serves the portal; its throughput is
what a cached page is compared with.

    gunicorn tests.bench.minimal_app:application
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only-minimal-view-key-never-used-for-anything-else",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)


def hello(request):
    return HttpResponse("<!DOCTYPE html><title>Hello</title><p>Hello, world.</p>")


urlpatterns = [path("", hello)]

application = get_wsgi_application()
