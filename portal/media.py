"""Uploaded files in production: served by the portal from MEDIA_ROOT, or kept in object storage.

`MEDIA_STORAGE=local` (the default) keeps uploads under MEDIA_ROOT. Under production settings
the portal serves them itself at /media/ with `serve_media`, so that a single server needs
nothing else; a proxy in front may serve the same folder instead (docs/caching.md).
`MEDIA_STORAGE=s3` keeps them in an S3-compatible bucket through django-storages, and
browsers fetch them from there.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

# Renditions are written once under a name of their own and never change; originals may be
# replaced under the same name, so browsers check back after a day.
RENDITION_SECONDS = 60 * 60 * 24 * 365
ORIGINAL_SECONDS = 60 * 60 * 24
# Documents can sit in collections only some users may open (challenge-submission attachments):
# they are served by Wagtail's document view, which checks, never straight from the folder.
PRIVATE_FOLDERS = ("documents/",)


def serve_media(request, path):
    """One uploaded file from MEDIA_ROOT, with the caching its kind allows."""
    if path.startswith(PRIVATE_FOLDERS):
        raise Http404(path)
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    seconds = RENDITION_SECONDS if posixpath.dirname(path) == "images" else ORIGINAL_SECONDS
    patch_cache_control(response, public=True, max_age=seconds)
    # An uploaded file is never a page that runs scripts, whatever it claims to be.
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
    return response
