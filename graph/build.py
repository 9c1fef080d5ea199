"""Building a graph from inputs: read, clean, run the pipeline, describe, merge.

Documents stream through ``nlp.pipe`` in batches; with ``workers > 1`` batches go to worker
processes that each load the pipeline once. Memory grows with the graph, not the inputs.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from spacy.language import Language

from .clean import ReadingText, reading_text
from .documents import Document, Skipped
from .facts import DocFacts, describe
from .kg import KnowledgeGraph
from .pipeline import DEFAULT_MODEL, load_pipeline
from .sources import read_documents

Prepared = tuple[Document, ReadingText]


def build_graph(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
    kg: KnowledgeGraph | None = None,
    batch_size: int = 32,
    workers: int = 1,
    on_document: Callable[[Document], None] | None = None,
) -> KnowledgeGraph:
    """Build a knowledge graph from articles (.txt, .html, .jsonl files or folders of them).

    Inputs that cannot be read are listed in ``kg.skipped``; everything else is built. Given
    an existing ``kg``, documents it already holds with the same content are skipped (counted
    in ``kg.unchanged``) and documents whose content changed are rebuilt.

    Parameters
    ----------
    inputs : paths of files or folders (one path may be given on its own).
    model : name of an installed spaCy pipeline (ignored when ``nlp`` is given and
        ``workers`` is 1).
    nlp : a pipeline already loaded with :func:`graph.pipeline.load_pipeline`.
    kg : a graph to add to; a new one by default.
    workers : processes to run the pipeline in (each loads ``model`` once).
    on_document : called with each document once it is in the graph (progress bars).
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    kg = kg if kg is not None else KnowledgeGraph()
    items = _prepared(inputs, kg)
    if workers > 1:
        facts: Iterator[DocFacts | Skipped] = _parallel(items, model, workers, batch_size)
    else:
        facts = _serial(items, nlp or load_pipeline(model), batch_size)
    for doc_facts in facts:
        if isinstance(doc_facts, Skipped):
            kg.skipped.append(doc_facts)  # a document the pipeline failed on; the rest go on
            continue
        kg.add(doc_facts)
        if on_document:
            on_document(doc_facts.document)
    kg.resolve_people()
    kg.refresh_times()
    return kg


def _prepared(inputs: Iterable[str | os.PathLike[str]], kg: KnowledgeGraph) -> Iterator[Prepared]:
    for item in read_documents(inputs):
        if isinstance(item, Skipped):
            kg.skipped.append(item)
            continue
        known = kg.documents.get(item.id)
        if known is not None:
            if known.get("hash") == item.content_hash:
                kg.unchanged += 1
                continue
            kg.remove_document(item.id)
        reading = reading_text(item)
        if not reading.text.strip():
            kg.skipped.append(Skipped(item.source or item.id, "no news text left after "
                                      "removing boilerplate, captions and repeats"))
            continue
        yield item, reading


def _serial(items: Iterator[Prepared], nlp: Language, batch_size: int
            ) -> Iterator[DocFacts | Skipped]:
    """The documents' facts, in order; a document a pipeline component fails on is reported
    (as Skipped, with the component and the error) and the run goes on without it."""
    failed: list[Skipped] = []

    def failure(document: Document | None, step: str, error: Exception) -> Skipped:
        source = (document.source or document.id) if document is not None else "a document"
        return Skipped(source, f"newsgraph failed on it in {step} ({type(error).__name__}: "
                               f"{error}); please report this")

    def skip(name: str, _proc: object, docs: list, error: Exception) -> None:
        for doc in docs:
            document = doc._context[0] if doc._context else None
            failed.append(failure(document, f"the pipeline step '{name}'", error))

    # (the handler spaCy gives its steps without a batch method of their own: newsgraph's, a
    # caller's; its compiled steps take none, so a failure in one of them still ends the run)
    before = nlp.default_error_handler
    nlp.default_error_handler = skip
    try:
        texts = ((reading.text, (document, reading)) for document, reading in items)
        for doc, (document, reading) in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
            yield from failed
            failed.clear()
            try:
                facts = describe(doc, document, reading)
            except Exception as error:  # noqa: BLE001 - one document must not end the run
                yield failure(document, "describing its facts", error)
                continue
            yield facts
        yield from failed
    finally:
        nlp.default_error_handler = before  # a caller's own pipeline raises again as it did


_WORKER_NLP: Language | None = None


def _init_worker(model: str) -> None:
    global _WORKER_NLP
    _WORKER_NLP = load_pipeline(model)


def _work(batch: list[Prepared]) -> list[DocFacts | Skipped]:
    assert _WORKER_NLP is not None
    return list(_serial(iter(batch), _WORKER_NLP, len(batch)))


def _parallel(
    items: Iterator[Prepared], model: str, workers: int, batch_size: int
) -> Iterator[DocFacts | Skipped]:
    """Batches to worker processes; results come back in input order (reproducible files)."""
    batches = iter(lambda: list(islice(items, batch_size)), [])
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                      else "spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model,)) as pool:
        for result in pool.imap(_work, batches):
            yield from result
