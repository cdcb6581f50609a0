"""Engine backends for the portal: Wagtail's own, plus the portal's documents, its search and catching up.

`SEARCH_BACKEND=opensearch2` selects `search.backends.opensearch2`, and so on. Each is
Wagtail's backend made by `engine.portal_backend()`: documents carry annotated copies of
the texts for the engine's highlighter and the registered facets' fields (`documents.py`),
`faceted_search()` sends the portal's one-request search (`dsl.py`), and an index update
the engine cannot take is remembered in the database and replayed when the engine
answers again.
"""
