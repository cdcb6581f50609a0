"""The sitemap lists every page in every language, each with its language alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedPagesSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        # Aliases repeat another language's content; the sitemap lists only real translations.
        return (
            Page.objects.live()
            .public()
            .filter(in_any_tree, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = defaultdict(dict)
        for version in (
            Page.objects.live()
            .public()
            .filter(translation_key__in={item.translation_key for item in pages}, alias_of__isnull=True)
            .select_related("locale")
        ):
            versions[version.translation_key][version.locale.language_code] = version.get_full_url(self.request)
        urls = []
        for item in pages:
            alternates = [
                {"lang_code": code, "location": location}
                for code, location in sorted(versions[item.translation_key].items())
            ]
            if default := versions[item.translation_key].get(settings.LANGUAGE_CODE):
                alternates.append({"lang_code": "x-default", "location": default})
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
