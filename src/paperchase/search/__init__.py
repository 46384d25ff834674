"""Full-text search of a case across scripts, transliterations and word forms.

`index.index_message` is called by the ingest writer inside its transaction;
`search` and `search_many` read the index (FTS5 tables from migration
m003_search)."""

from paperchase.search.engine import Hit, search, search_many

__all__ = ["Hit", "search", "search_many"]
