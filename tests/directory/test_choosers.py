"""Themes and capabilities are chosen with checkboxes, each term once, named in the editor's language."""

import re

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest

from portal.factories import CapabilityFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(world):
    """Two themes and a capability, each translated into Finnish and Swedish."""
    names = {
        "energy": ("Energy", "Energia", "Energi"),
        "water": ("Water", "Vesi", "Vatten"),
    }
    themes = {}
    for slug, (english, finnish, swedish) in names.items():
        theme = ThemeFactory(name=english, slug=slug)
        for code, name in (("fi", finnish), ("sv", swedish)):
            translated = theme.copy_for_translation(Locale.objects.get(language_code=code))
            translated.name = name
            translated.save()
        themes[slug] = theme
    heat = CapabilityFactory(name="District heating", slug="district-heating", theme=themes["energy"])
    for code, name in (("fi", "Kaukolämpö"), ("sv", "Fjärrvärme")):
        translated = heat.copy_for_translation(Locale.objects.get(language_code=code))
        translated.name = name
        translated.save()
    return themes, heat


def labels(html, field):
    return re.findall(rf'<input type="checkbox" name="{field}" value="\d+"[^>]*>\s*([^<]+?)\s*</label>', html)


@pytest.mark.parametrize(
    ("language", "themes", "capability", "group"),
    [
        ("fi", ["Energia", "Vesi"], "Kaukolämpö", "Energia"),
        ("sv", ["Energi", "Vatten"], "Fjärrvärme", "Energi"),
        ("en", ["Energy", "Water"], "District heating", "Energy"),
    ],
)
def test_checkboxes_offer_each_term_once_in_the_editors_language(
    world, terms, client, language, themes, capability, group
):
    UserProfile.objects.update_or_create(user=world.rep_a, defaults={"preferred_language": language})
    client.force_login(world.rep_a)
    html = client.get(f"/admin/pages/{world.member_a.pk}/edit/").content.decode()
    assert labels(html, "themes") == themes
    assert labels(html, "capabilities") == [capability]
    # Capabilities are grouped under their theme's name.
    capabilities = html.split('<div id="id_capabilities">')[1].split('name="capabilities"')[0]
    assert f"<label>{group}</label>" in capabilities
