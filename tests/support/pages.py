"""Posting pages through the Wagtail admin, as an editor's browser does."""

from django.urls import reverse


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))


def challenge_form(**overrides):
    data = {
        "title": "Snow-free bus stops",
        "slug": "snow-free-bus-stops",
        "summary": "Keep bus stops free of snow and ice with little energy.",
        "owner_name": "City of Kirkenes",
        "city": "Kirkenes",
        "country": "NO",
        "opens_on": "2026-03-01",
        "closes_on": "2026-04-30",
        "body-count": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "consortium-TOTAL_FORMS": "0",
        "consortium-INITIAL_FORMS": "0",
        "consortium-MIN_NUM_FORMS": "0",
        "consortium-MAX_NUM_FORMS": "1000",
        "action-publish": "publish",
    }
    data.update(overrides)
    return data


def news_form(**overrides):
    """A news article, published, as the admin's add form posts it."""
    data = {
        "title": "A new pilot",
        "slug": "a-new-pilot",
        "date": "2026-03-01",
        "lead": "A pilot starts this spring.",
        "body-count": "0",
        "tags": "",
        "action-publish": "publish",
    }
    data.update(overrides)
    return data
