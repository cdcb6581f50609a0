"""Cards: the summaries of calls, members, references and news that listings, the front
page and detail pages show, each rendered once per content generation, day and language
and kept in the shared cache (CACHE_URL).

A card shows its page's own fields, its themes, its image and, for a call, the status:
what changes only with the content (every change replaces the generation,
portal/page_cache/generation.py) or with the day (a call opens or closes at midnight).
Whatever misses the page cache (a signed-in visitor, a combination of filters not asked
for before, the first request after a change) then reads the cards it shows in one
round trip, and loads what a card shows from related tables (themes, offices,
renditions) only for the cards it has to render.

A page type names its card's template in `card_template`; the template gets the page as
`page`, `hit_language` (the language of a search hit's text, if any) and `heading_level`.
"""

from django.db.models import prefetch_related_objects
from django.template.loader import get_template
from django.utils import translation
from django.utils.html import format_html_join

from portal.fragments import current_generation, keep_many, keeping, read_many
from portal.page_cache import generation
from search.results import Hit


def render_cards(context, entries, heading_level=2):
    """The cards of `entries` (pages, or search hits), in order, as one piece of HTML."""
    shown = [(entry.page, entry.language) if isinstance(entry, Hit) else (entry, "") for entry in entries]
    if not shown:
        return ""
    prefix = f"card:{current_generation()}:{generation.today()}:{translation.get_language()}:{heading_level}"
    keys = [f"{prefix}:{page.pk}:{language}" for page, language in shown]
    # Nothing is read or kept in a preview (it renders a draft) or where the workers share
    # no cache (portal.fragments.keeping).
    keep = keeping()
    stored = read_many(keys) if keep else {}
    missing = [(key, page, language) for key, (page, language) in zip(keys, shown, strict=True) if key not in stored]
    if missing:
        made = _render(context, missing, heading_level)
        if keep:
            keep_many(made)
        stored.update(made)
    # Rendered by templates, the cards are safe strings, and stay so in the cache.
    return format_html_join("", "{}", ((stored[key],) for key in keys if key in stored))


def _render(context, missing, heading_level):
    """{key: card HTML} for the cards no cache holds, their relations read once per page type."""
    pages = _with_card_fields(page for _key, page, _language in missing)
    request = context.get("request")
    made = {}
    for key, page, language in missing:
        if (page := pages.get(page.pk)) is None:
            continue  # deleted since it was found
        template = get_template(page.card_template).template
        values = {"page": page, "hit_language": language, "heading_level": heading_level, "request": request}
        made[key] = template.render(context.new(values))
    return made


def _with_card_fields(pages):
    """{pk: page} with what each card shows, read once per page type. A listing's hits come with
    only what their keys read (SearchQuery.cards_kept): those are loaded whole here."""
    by_model, whole = {}, {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, loaded in by_model.items():
        if any(page.get_deferred_fields() for page in loaded):
            whole.update(model.search_result_queryset().in_bulk([page.pk for page in loaded]))
        else:
            prefetch_related_objects(loaded, *model.card_prefetch_related)
            whole.update((page.pk, page) for page in loaded)
    return whole
