"""Logo uploads: too large or too many pixels is a form error, never a 500; SVG is refused."""

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model

import pytest

from directory.models import MemberAccess
from tests.support.members import png_bytes

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("huge.png", png_bytes(padding=11 * 1024 * 1024), "This file is too big"),
        ("giant.png", png_bytes(width=20_000, height=10_000), "This file has too many pixels"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "Not a supported"),
    ],
    ids=["11 MB", "200 megapixels", "SVG"],
)
@pytest.mark.parametrize("url", ["/admin/images/add/", "/admin/images/chooser/create/"], ids=["add", "chooser"])
def test_refused_logo_upload_is_a_form_error(world, client, name, content, message, url):
    client.force_login(world.rep_a)
    collection = MemberAccess.objects.for_page(world.member_a).collection
    fields = {"title": "Logo", "collection": collection.pk, "file": SimpleUploadedFile(name, content)}
    if "chooser" in url:
        fields = {f"image-chooser-upload-{key}": value for key, value in fields.items()}
    response = client.post(url, fields)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_image_model().objects.filter(title="Logo").exists()


def test_representative_uploads_a_logo_into_own_collection(world, client):
    client.force_login(world.rep_a)
    collection = MemberAccess.objects.for_page(world.member_a).collection
    upload = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    response = client.post("/admin/images/add/", {"title": "Alpha logo", "collection": collection.pk, "file": upload})
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Alpha logo").collection == collection
