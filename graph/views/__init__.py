"""Views of a newsgraph knowledge graph (HTML page, notebook embed)."""
