"""Loading the YAML lexicons under `paperchase/data/extract/`: lazily, once, and
with a `DataFileError` naming the file and key when one is malformed, so a bad
edit fails loudly at first use instead of silently matching nothing."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from paperchase import lexicons
from paperchase.errors import DataFileError

DATA = Path(__file__).resolve().parent.parent / "data" / "extract"


@cache
def load(name: str) -> Any:
    """The parsed YAML file `data/extract/<name>`, with the investigator's
    additions (paperchase/lexicons.py)."""
    return lexicons.read("extract", name)


def fail(name: str, key: str, why: str) -> DataFileError:
    return DataFileError(f"data/extract/{name}: key {key!r}: {why}")


def str_list(name: str, key: str, value: Any) -> list[str]:
    """A list of non-empty strings, or a single string taken as a list of one."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(name, key, "expected a list of non-empty strings")
    return [str(v) for v in value]


def mapping(name: str, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise fail(name, key, "expected a mapping")
    return {str(k): v for k, v in value.items()}
