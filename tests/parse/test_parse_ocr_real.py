"""Real OCR with Debian's tesseract: an image of Russian text, drawn by
headless Chromium (no imaging library needed), read back. Skips where either
program is absent; CI installs both."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from paperchase.parse import ocr
from paperchase.parse.attachments import extract_text

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_tesseract_reads_russian_from_an_image(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chromium = shutil.which("chromium")
    if not shutil.which("tesseract") or not chromium:
        pytest.skip("tesseract or chromium not installed")
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    if "rus" not in langs.split():
        pytest.skip("tesseract has no Russian data (tesseract-ocr-rus)")
    page = tmp_path / "scan.html"
    page.write_text("<html><body style='background:#fff;font:48px DejaVu Sans,sans-serif'>"
                    "<p>Станки для механического цеха</p></body></html>", encoding="utf-8")
    png = tmp_path / "scan.png"
    subprocess.run([chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}",
                    "--window-size=1000,200", page.as_uri()], check=True, capture_output=True, timeout=60)
    monkeypatch.delenv("PAPERCHASE_OCR", raising=False)
    ocr._tesseract.cache_clear()
    text, defects = extract_text("scan.png", "image/png", png.read_bytes())
    assert "Станки" in text and "цеха" in text, (text, defects)
