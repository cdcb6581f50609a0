"""The renditions pages show are made before anyone visits: on upload, by the demo load and by a command."""

import io
from pathlib import Path

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.template.loader import get_template
from django.test import Client, TestCase

from wagtail.images import get_image_model
from wagtail.images.models import Filter, Rendition
from wagtail.images.templatetags.wagtailimages_tags import ImageNode
from wagtail.models import Page

import pytest
from PIL import Image

from challenges.models import ChallengePage
from directory.models import MemberProfilePage
from portal.factories import IllustrationFactory
from portal.renditions import PYTHON_SPECS, TEMPLATE_SPECS, USES, filter_specs
from tests.support.demo import LANGUAGES, PAGE_TYPES, DemoTestCase, demo_page, in_language

PROJECT_APPS = ("portal", "home", "challenges", "directory", "solvers", "search")


def png(size=(96, 54), colour="#0b5394"):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def made_specs(image):
    return set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))


def image_tags():
    """(template name, the filters written in the tag) of every `{% image %}` and `{% picture %}` of the apps."""
    for label in PROJECT_APPS:
        folder = Path(apps.get_app_config(label).path) / "templates"
        for path in sorted(folder.rglob("*.html")):
            name = path.relative_to(folder).as_posix()
            for node in get_template(name).template.nodelist.get_nodes_by_type(ImageNode):
                yield name, " ".join(node.filter_specs)


def test_every_image_tag_of_the_templates_asks_for_registered_renditions():
    tags = list(image_tags())
    unregistered = [(name, specs) for name, specs in tags if specs not in TEMPLATE_SPECS]
    assert not unregistered, "add these to portal.renditions.TEMPLATE_SPECS"
    unused = set(TEMPLATE_SPECS) - {specs for _name, specs in tags}
    assert not unused, "no template asks for these any more"


def test_every_registered_spec_is_made_for_some_use_of_an_image():
    used = {pattern for patterns in USES.values() for pattern in patterns}
    assert not {*TEMPLATE_SPECS, *PYTHON_SPECS} - used, "add these to a use in portal.renditions.USES"


@pytest.mark.django_db
def test_uploading_an_image_in_the_admin_makes_every_rendition_pages_show(admin_client):
    upload = SimpleUploadedFile("harbour.png", png(), content_type="image/png")
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post("/admin/images/multiple/add/", {"files[]": upload})
    assert response.json()["success"]
    image = get_image_model().objects.get(title="harbour.png")
    assert made_specs(image) >= set(filter_specs())


@pytest.mark.django_db
def test_an_image_whose_renditions_cannot_be_made_is_still_saved_and_the_failure_logged(caplog):
    with TestCase.captureOnCommitCallbacks(execute=True):
        image = IllustrationFactory(size=(96, 54))
        # Gone before the task that makes its renditions runs, as a file lost from the storage is.
        image.file.storage.delete(image.file.name)
    assert get_image_model().objects.filter(pk=image.pk).exists()
    assert f"Could not make the renditions of image {image.pk}" in caplog.text
    assert not made_specs(image)


@pytest.mark.django_db
def test_replacing_an_images_file_or_focal_point_makes_its_renditions_again(admin_client):
    image = IllustrationFactory(size=(96, 54))
    form = {"title": image.title, "collection": image.collection_id}
    with TestCase.captureOnCommitCallbacks(execute=True):
        replaced = SimpleUploadedFile("new.png", png(colour="#d9f0e3"), content_type="image/png")
        response = admin_client.post(f"/admin/images/{image.pk}/", {**form, "file": replaced})
    assert response.status_code == 302
    assert made_specs(image) >= set(filter_specs())
    focal_point = {"focal_point_x": 10, "focal_point_y": 10, "focal_point_width": 8, "focal_point_height": 8}
    with TestCase.captureOnCommitCallbacks(execute=True):
        admin_client.post(f"/admin/images/{image.pk}/", {**form, **focal_point})
    image.refresh_from_db()
    assert image.focal_point_x == 10
    made = set(Rendition.objects.filter(image=image).values_list("filter_spec", "focal_point_key"))
    assert made >= {(spec, Filter(spec).get_cache_key(image)) for spec in filter_specs()}


@pytest.mark.django_db
def test_prepare_renditions_makes_what_is_missing_and_nothing_twice():
    images = [IllustrationFactory(size=(96, 54)) for _ in range(2)]
    first = io.StringIO()
    call_command("prepare_renditions", stdout=first)
    assert f"{2 * len(filter_specs())} made, 0 images failed" in first.getvalue()
    rows = set(Rendition.objects.values_list("pk", flat=True))
    Rendition.objects.filter(image=images[1], filter_spec=filter_specs()[0]).delete()
    again = io.StringIO()
    call_command("prepare_renditions", str(images[1].pk), stdout=again)
    assert "Preparing the image renditions of 1 images" in again.getvalue()
    assert "1 made, 0 images failed" in again.getvalue()
    once_more = io.StringIO()
    call_command("prepare_renditions", stdout=once_more)
    assert "0 made, 0 images failed" in once_more.getvalue()
    assert len(Rendition.objects.all()) == len(rows)


@pytest.mark.django_db
def test_prepare_renditions_reports_an_unreadable_image_and_goes_on():
    broken = IllustrationFactory(size=(96, 54))
    broken.file.storage.delete(broken.file.name)
    fine = IllustrationFactory(size=(96, 54))
    output = io.StringIO()
    with pytest.raises(CommandError):
        call_command("prepare_renditions", stdout=output)
    assert f"{broken.title}: failed" in output.getvalue()
    assert made_specs(fine) == set(filter_specs())


class TestThePageCacheStaysWhenNothingShownChanges(DemoTestCase):
    """Renditions and Wagtail's lazily filled file size and hash change no page; the image itself does."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.call = demo_page("nusantara-smart-water-management", "en", ChallengePage)
        cls.image = get_image_model().objects.get(pk=cls.call.image_id)

    def cached_title_after(self, change):
        """The call's title as anonymous visitors get it after `change`, renamed behind the cache's back."""
        Client().get(self.call.url)
        Page.objects.filter(pk=self.call.pk).update(title="Renamed without a signal")
        with self.captureOnCommitCallbacks(execute=True):
            change(get_image_model().objects.get(pk=self.image.pk))
        return "Renamed without a signal" not in Client().get(self.call.url).content.decode()

    def test_filling_in_the_file_size_and_hash_keeps_cached_pages(self):
        def fill_in(image):
            type(image).objects.filter(pk=image.pk).update(file_size=None, file_hash="")
            image.file_size, image.file_hash = None, ""
            assert image.get_file_size() and image.get_file_hash()

        assert self.cached_title_after(fill_in)

    def test_making_renditions_keeps_cached_pages(self):
        # Only the rows go: the demo's files stay for the other tests of this process.
        self.image.renditions.all().delete()

        def remake(image):
            output = io.StringIO()
            call_command("prepare_renditions", str(image.pk), stdout=output)
            # The first visit made those its page shows; the rest are made here.
            assert "Renditions ready: 0 made" not in output.getvalue()

        assert self.cached_title_after(remake)

    def test_a_new_title_or_focal_point_refreshes_cached_pages(self):
        def retitle(image):
            image.title = "A new title"
            image.save()

        def refocus(image):
            image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 4, 4, 2, 2
            image.save(update_fields=["focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"])

        assert not self.cached_title_after(retitle)
        Page.objects.filter(pk=self.call.pk).update(title=self.call.title)
        assert not self.cached_title_after(refocus)


class TestFirstViewsMakeNoRendition(DemoTestCase):
    """After the demo load, the first anonymous view of every page type in every language makes no rendition."""

    def test_every_page_type_in_every_language(self):
        call = demo_page("nusantara-smart-water-management", "en", ChallengePage)
        member = demo_page("city-of-espoo", "en", MemberProfilePage)
        extra = ["/{lang}/search/?q=kirkenes", "/{lang}/partners/"]
        urls = [in_language(pattern, lang) for lang in LANGUAGES for pattern in PAGE_TYPES.values()]
        urls += [pattern.format(lang=lang) for lang in LANGUAGES for pattern in extra]
        urls += [f"/api/challenges/{call.pk}", f"/api/members/{member.pk}", "/api/search?q=kirkenes"]
        before = Rendition.objects.count()
        assert before
        for url in urls:
            response = Client().get(url)
            assert response.status_code == 200, url
            assert Rendition.objects.count() == before, f"{url} made a rendition"

    def test_a_logo_gets_a_logos_renditions_and_an_illustration_an_illustrations(self):
        member = demo_page("city-of-espoo", "en", MemberProfilePage)
        call = demo_page("nusantara-smart-water-management", "en", ChallengePage)
        logo_specs, illustration_specs = set(filter_specs({"logo"})), set(filter_specs({"image"}))
        assert made_specs(member.logo) == logo_specs
        assert made_specs(call.image) == illustration_specs
        assert not logo_specs & illustration_specs
