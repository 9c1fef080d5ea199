"""Exceptions raised by newsgraph. Each message says what went wrong and what to do next."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class for every error newsgraph raises on purpose."""


class ModelNotFoundError(NewsgraphError):
    """The spaCy pipeline asked for is not installed."""


class GraphFileError(NewsgraphError):
    """A graph file cannot be read: missing, not JSON, or not a newsgraph graph."""


class PersonNotFoundError(NewsgraphError):
    """No person in the graph matches the name asked for."""
