"""The case folder: a SQLite database (WAL) and content-addressed blobs."""

from paperchase.store.case import Case

__all__ = ["Case"]
