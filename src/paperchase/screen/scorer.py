"""The name comparison screening uses: the one scorer of the project
(`paperchase.resolve.names`), behind a small protocol so tests and tools can
pass another. Its fingerprint keys the index cache, since the blocking keys
it makes are stored there."""

from __future__ import annotations

import hashlib
import importlib
import inspect
from typing import Protocol


class Comparison(Protocol):
    score: float
    match: bool
    detail: str


class Scorer(Protocol):
    def compare(self, left: str, right: str, *, schema: str | None = None) -> Comparison: ...

    def name_keys(self, name: str, schema: str | None = None) -> set[str]: ...


def default_scorer() -> Scorer:
    """The project's scorer; the module itself satisfies the protocol."""
    module = importlib.import_module("paperchase.resolve.names")
    return module  # type: ignore[return-value]


def fingerprint(scorer: Scorer) -> str:
    """Changes whenever the scorer's code does: the source of its package
    (or its class) hashed, so a cache built with older keys is rebuilt."""
    h = hashlib.sha256()
    target = scorer if inspect.ismodule(scorer) else type(scorer)
    h.update(getattr(target, "__name__", repr(target)).encode())
    try:
        files = [inspect.getsourcefile(target)]  # type: ignore[arg-type]
    except TypeError:
        files = []
    if files and files[0] and files[0].endswith("__init__.py"):
        from pathlib import Path

        files = sorted(str(p) for p in Path(files[0]).parent.rglob("*.py"))
    for f in files:
        if f:
            with open(f, "rb") as fh:
                h.update(fh.read())
    return h.hexdigest()[:16]
