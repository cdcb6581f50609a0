"""Index classes that keep the vocabulary (search.vocabulary) in step with what they index.

Both the engine backends and the database backend use them: `update_index` and the index
tasks write through the index objects, and a page reported by both counts once.
"""

import functools

from search import vocabulary


class VocabularyIndexMixin:
    """Records the terms of the searchable pages an index adds, and forgets those it deletes."""

    def add_item(self, item):
        super().add_item(item)
        vocabulary.record([item])

    def add_items(self, model, items):
        super().add_items(model, items)
        vocabulary.record(items)

    def delete_item(self, item):
        super().delete_item(item)
        vocabulary.forget(item)


@functools.cache
def with_vocabulary(index_class):
    """`index_class` keeping the vocabulary in step."""
    return type(index_class.__name__, (VocabularyIndexMixin, index_class), {})
