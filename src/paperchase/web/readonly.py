"""Opening a case for reading only. The web view must never change the
evidence: SQLite is opened with `mode=ro`, so even a bug here cannot write,
and no migration is applied (a case of an older schema is refused with a
hint instead of being upgraded behind the investigator's back)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from paperchase.errors import CaseError
from paperchase.store import migrations
from paperchase.store.case import DB_NAME, Case


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A `mode=ro` URI connection. `check_same_thread=False`: the server
    hands requests to one thread at a time, but not always the opener's."""
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA busy_timeout=10000")  # an ingest may be writing beside us (WAL)
    # no `PRAGMA query_only`: the search library keeps an fts5vocab view in
    # this connection's temp schema, which mode=ro allows and query_only not
    return db


def open_readonly(root: Path | str) -> Case:
    """The case at `root`, read-only. Raises CaseError where there is no
    case or its schema is not the current one."""
    root = Path(root)
    if not (root / DB_NAME).is_file():
        raise CaseError(f"no case at {root} (no {DB_NAME} there)")
    try:
        db = connect_readonly(root / DB_NAME)
        done = {r[0] for r in db.execute("SELECT name FROM _migrations")}
    except sqlite3.DatabaseError as exc:
        raise CaseError(f"{root / DB_NAME} cannot be read: {exc}") from exc
    missing = [name for name, _ in migrations.MIGRATIONS if name not in done]
    if missing:
        db.close()
        raise CaseError(f"the case at {root} predates this version ({', '.join(missing)} not applied)",
                        hint=f"Run `paperchase status --case {root}` once to upgrade it, then serve it.")
    return Case(root, db)
