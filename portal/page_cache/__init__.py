"""The shared page cache for anonymous visitors, and what keeps it exact.

- `middleware.PageCacheMiddleware` stores and serves whole responses (the rule is in
  `rules`), sets `Cache-Control`, `ETag` and `Last-Modified`, and answers conditional
  requests with 304.
- `generation` holds the content generation that is part of every key: any change that
  a page may show replaces it, so every stored page is stale at once; the date in the
  cluster's time zone is part of the key too, so pages that show a call's status are
  rendered afresh after midnight.
- `signals` replaces the generation on every such change, generically: any page, snippet,
  image, document, setting, site, locale or view restriction saved or deleted, any page
  moved, any background task finished (the search index is updated by one), except
  tasks marked `changes_no_page` (making an image's renditions) and Wagtail filling in a
  file's size or hash.
- `frontend` carries the change on to a CDN or reverse proxy (wagtail.contrib.frontend_cache).

See docs/caching.md.
"""

from portal.page_cache.generation import changes_no_page, content_changed

__all__ = ["changes_no_page", "content_changed"]
