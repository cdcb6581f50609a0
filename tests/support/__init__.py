"""Helpers the tests share: services, the demo snapshot, engines, forms and search runs.

Tests import from here, never from one another.
"""
