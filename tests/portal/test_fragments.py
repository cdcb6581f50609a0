"""Pieces kept in the shared cache for the content generation (portal/fragments.py)."""

import pytest

from portal import fragments
from portal.page_cache import generation

pytestmark = pytest.mark.django_db


def test_many_pieces_are_built_once_each_and_only_those_missing():
    built = []

    def build(names):
        built.append(sorted(names))
        return {name: f"{name}!" for name in names}

    assert fragments.shared_many(["a", "b"], build) == {"a": "a!", "b": "b!"}
    assert fragments.shared_many(["a", "b", "c"], build) == {"a": "a!", "b": "b!", "c": "c!"}
    assert built == [["a", "b"], ["c"]]
    # A piece kept one by one is the same piece.
    assert fragments.shared("a", lambda: "not built") == "a!"


def test_a_content_change_makes_every_piece_stale():
    fragments.shared_many(["a"], lambda names: dict.fromkeys(names, "before"))
    generation.content_changed()
    assert fragments.shared_many(["a"], lambda names: dict.fromkeys(names, "after")) == {"a": "after"}


def test_without_a_shared_cache_nothing_is_kept(settings):
    settings.SHARED_FRAGMENTS = False
    calls = []
    for _ in range(2):
        fragments.shared_many(["a"], lambda names: calls.append(names) or dict.fromkeys(names, 1))
    assert calls == [["a"], ["a"]]
