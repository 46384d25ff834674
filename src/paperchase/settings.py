"""Every tunable in one place, read from the environment with one prefix
(PAPERCHASE_*), each with its default and help, so the CLI, the docs and the
tests read one list."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: int | float | str
    help: str

    @property
    def env(self) -> str:
        return "PAPERCHASE_" + self.name.upper()

    def get(self) -> int | float | str:
        raw = os.environ.get(self.env)
        if raw is None:
            return self.default
        return type(self.default)(raw)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("max_message_bytes", 256 * 1024 * 1024, "A single message larger than this is stored raw and refused."),
        Setting("max_archive_total_bytes", 4 * 1024**3, "Total bytes one archive may unpack to (archive-bomb guard)."),
        Setting("max_archive_ratio", 200, "Largest compression ratio allowed for an archive member."),
        Setting("max_archive_members", 100_000, "Most members read from one archive."),
        Setting("max_nesting", 8, "Deepest nesting of archives and attached messages."),
        Setting("max_mime_parts", 2_000, "Most MIME parts read from one message; the rest are recorded, not parsed."),
        Setting("max_line_bytes", 1024 * 1024, "Longest header line kept; longer ones are cut and recorded."),
        Setting("max_attachment_text_chars", 2_000_000, "Most characters of text kept from one attachment."),
        Setting("batch_size", 500, "Messages per store transaction during ingest."),
        Setting("ingest_workers", 0, "Processes parsing ahead during ingest; 0 = one per core (at most 4), 1 = none."),
        Setting("ocr", "auto", "OCR of images and scanned PDFs: auto (when tesseract is installed), off."),
        Setting("lexicon_dir", "", "A folder of YAML lexicons (<stage>/<file>.yml) merged over the bundled "
                "ones, so an investigator extends them without touching the package."),
        Setting("match_threshold", 0.8, "Name comparison score at which two names are the same entity."),
        Setting("screen_threshold", 0.85, "Screening score from which a watchlist candidate is reported."),
    ]
}


def get(name: str) -> int | float | str:
    return SETTINGS[name].get()


def get_int(name: str) -> int:
    return int(SETTINGS[name].get())


def get_float(name: str) -> float:
    return float(SETTINGS[name].get())
