"""Engine backends for the portal: Wagtail's own, plus catching up after an outage.

`SEARCH_BACKEND=opensearch2` selects `search.backends.opensearch2`, and so on. Each is
Wagtail's backend with `CatchUpMixin`: an index update the engine cannot take is
remembered in the database and replayed when the engine answers again.
"""
