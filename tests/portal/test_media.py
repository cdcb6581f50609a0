"""Uploads in production: served by the portal from MEDIA_ROOT, or kept in an S3-compatible bucket."""

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.images import get_image_model

import pytest

from portal.factories import IllustrationFactory
from portal.settings.config import ConfigError, parse_media_storage

pytestmark = pytest.mark.django_db


def test_the_portal_serves_uploaded_images_and_their_renditions(settings):
    assert not settings.DEBUG
    image = IllustrationFactory(size=(64, 36))
    rendition = image.get_rendition("fill-32x18|format-webp")
    original = Client().get(image.file.url)
    assert original.status_code == 200
    assert "max-age=86400" in original["Cache-Control"]
    assert "sandbox" in original["Content-Security-Policy"]
    made = Client().get(rendition.url)
    assert made.status_code == 200
    assert made["Content-Type"] == "image/webp"
    assert "max-age=31536000" in made["Cache-Control"]


def test_documents_are_only_served_through_the_view_that_checks_their_collection(db):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Submission attachment", file=ContentFile(b"%PDF-1.4 private", name="attachment.pdf")
    )
    assert document.file.url.startswith("/media/documents/")
    assert Client().get(document.file.url).status_code == 404
    assert Client().get(document.url).status_code == 200


def test_nothing_outside_media_root_is_served(db):
    assert Client().get("/media/../portal/settings/base.py").status_code in (400, 404)
    assert Client().get("/media/original_images/missing.png").status_code == 404


def test_s3_storage_is_chosen_by_the_environment():
    storage, origin = parse_media_storage("s3", "scic-media", "https://objects.example.net", "eu-north-1", "")
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "scic-media"
    assert storage["OPTIONS"]["querystring_auth"] is False
    assert origin == "https://objects.example.net"


def test_s3_files_are_addressed_on_their_own_domain(settings):
    from storages.backends.s3 import S3Storage

    storage, origin = parse_media_storage("s3", "scic-media", "", "eu-north-1", "media.scic.example")
    assert origin == "https://media.scic.example"
    url = S3Storage(**storage["OPTIONS"]).url("original_images/harbour.png")
    assert url == "https://media.scic.example/original_images/harbour.png"


@pytest.mark.parametrize(("kind", "bucket", "variable"), [("ftp", "", "MEDIA_STORAGE"), ("s3", "", "MEDIA_S3_BUCKET")])
def test_a_wrong_media_setting_stops_start_up_naming_the_variable(kind, bucket, variable):
    with pytest.raises(ConfigError, match=variable):
        parse_media_storage(kind, bucket, "", "", "")


def test_local_storage_keeps_uploads_under_media_root(settings):
    storage, origin = parse_media_storage("local", "", "", "", "")
    assert storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"} and origin is None
    assert get_image_model()._meta.get_field("file").storage.location == settings.MEDIA_ROOT
