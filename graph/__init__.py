"""newsgraph: turn news articles into a knowledge graph of people, their roles and countries.

>>> from graph import build_graph, load_graph
"""

from .build import build_graph
from .errors import GraphFileError, ModelNotFoundError, NewsgraphError, PersonNotFoundError
from .kg import KnowledgeGraph, load_graph
from .pipeline import DEFAULT_MODEL, load_pipeline

__all__ = [
    "DEFAULT_MODEL",
    "GraphFileError",
    "KnowledgeGraph",
    "ModelNotFoundError",
    "NewsgraphError",
    "PersonNotFoundError",
    "build_graph",
    "load_graph",
    "load_pipeline",
]
__version__ = "0.1.0"
