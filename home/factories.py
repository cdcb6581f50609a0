"""Factories for the home app's pages."""

import wagtail_factories

import factory

from home.models import NewsIndexPage, NewsPage, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Faker("sentence", nb_words=3)
    intro = factory.Faker("paragraph")


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"
    show_in_menus = True


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Faker("sentence", nb_words=6)
    date = factory.Faker("date_between", start_date="-3y", end_date="today")
    lead = factory.Faker("paragraph", nb_sentences=2)
