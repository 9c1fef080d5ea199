"""Building a graph from inputs: read, clean, run the pipeline, describe, merge."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language

from .clean import ReadingText, reading_text
from .documents import Document, Skipped
from .facts import describe
from .kg import KnowledgeGraph
from .pipeline import DEFAULT_MODEL, load_pipeline
from .sources import read_documents


def build_graph(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
    kg: KnowledgeGraph | None = None,
    batch_size: int = 32,
    on_document: Callable[[Document], None] | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from articles (.txt, .html, .jsonl files or folders of them).

    Inputs that cannot be read are listed in ``kg.skipped``; everything else is built.

    Parameters
    ----------
    inputs : paths of files or folders (one path may be given on its own).
    model : name of an installed spaCy pipeline (ignored when ``nlp`` is given).
    nlp : a pipeline already loaded with :func:`graph.pipeline.load_pipeline`.
    kg : a graph to add to; a new one by default.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    nlp = nlp or load_pipeline(model)
    kg = kg if kg is not None else KnowledgeGraph()

    def texts() -> Iterator[tuple[str, tuple[Document, ReadingText]]]:
        for item in read_documents(inputs):
            if isinstance(item, Skipped):
                kg.skipped.append(item)
                continue
            reading = reading_text(item)
            if not reading.text.strip():
                kg.skipped.append(Skipped(item.source or item.id, "no news text left after "
                                          "removing boilerplate, captions and repeats"))
                continue
            yield reading.text, (item, reading)

    for doc, (document, reading) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        kg.add(describe(doc, document, reading))
        if on_document:
            on_document(document)
    return kg
