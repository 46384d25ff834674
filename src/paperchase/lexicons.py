"""Reading the YAML lexicons under `paperchase/data/<stage>/`, for every
stage. An investigator extends them without touching the installed package:
a file of the same name under `$PAPERCHASE_LEXICON_DIR/<stage>/` is merged
over the bundled one (mappings key by key, lists extended, other values
replaced), then validated by the stage's own loader like the bundled file,
so a bad edit fails with `DataFileError` naming the investigator's file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from paperchase import settings
from paperchase.errors import DataFileError


def bundled(stage: str, name: str) -> Path:
    return Path(str(resources.files("paperchase") / "data" / stage / name))


def extra(stage: str, name: str) -> Path | None:
    folder = str(settings.get("lexicon_dir") or "")
    if not folder:
        return None
    path = Path(folder) / stage / name
    return path if path.is_file() else None


def load_file(path: Path, label: str) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"{label}: file missing") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{label}: not valid YAML: {exc}") from None


def merge(base: Any, more: Any) -> Any:
    """The investigator's entries added to the bundled ones."""
    if isinstance(base, dict) and isinstance(more, dict):
        out = dict(base)
        for key, value in more.items():
            out[key] = merge(base[key], value) if key in base else value
        return out
    if isinstance(base, list) and isinstance(more, list):
        return base + [v for v in more if v not in base]
    return more


def read(stage: str, name: str) -> Any:
    """The document `data/<stage>/<name>`, with the investigator's additions."""
    data = load_file(bundled(stage, name), f"data/{stage}/{name}")
    more = extra(stage, name)
    if more is not None:
        data = merge(data, load_file(more, str(more)))
    return data
