"""`{% picture %}` keeps each picture's HTML while the content lasts: never another use's
attributes, and a changed image shows at once."""

import re

from django.template import Context, Template

import pytest

from challenges.factories import ChallengePageFactory
from portal.factories import IllustrationFactory

pytestmark = pytest.mark.django_db

TAG = Template("{% load portal_images %}{% picture image format-jpeg fill-{80x45,160x90} sizes=sizes alt=alt %}")


def picture(image, alt, sizes="80px"):
    return TAG.render(Context({"image": image, "alt": alt, "sizes": sizes}))


def sources(html):
    """The image files a page's pictures name."""
    return {
        source for value in re.findall(r'src(?:set)?="([^"]+)"', html) for source in re.findall(r"/media/\S+", value)
    }


def test_each_use_of_an_image_keeps_its_own_attributes():
    image = IllustrationFactory(size=(320, 180))
    harbour, quay = picture(image, "The harbour"), picture(image, "The quay", sizes="160px")
    assert 'alt="The harbour"' in harbour and 'alt="The quay"' in quay
    assert 'sizes="80px"' in harbour and 'sizes="160px"' in quay
    # Asked again, each is the same as the first time.
    assert picture(image, "The harbour") == harbour


def test_a_new_focal_point_shows_on_the_page_at_once(client, challenge_index, settings):
    settings.PAGE_CACHE_SECONDS = 0  # each view renders the page
    call = ChallengePageFactory(parent=challenge_index, image=IllustrationFactory(size=(640, 360)))
    client.get(call.url)
    before = sources(client.get(call.url).content.decode())
    image = call.image
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 40, 40, 20, 20
    image.save()
    after = sources(client.get(call.url).content.decode())
    assert before and after
    assert after.isdisjoint(before)
