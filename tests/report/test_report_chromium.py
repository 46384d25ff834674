"""Render the report in headless Chromium (Debian's `chromium` package) and
check what a reader sees: every finding, every quote, the charts, and no
element smuggled in from the mail; on the small fictional case and on the
demo case (../shared). Screenshots are kept under artifacts/ (gitignored)."""

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import case_builders as b  # tests/ is on sys.path through the root conftest
import pytest

from paperchase.report import write_report

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium here (apt-get install chromium)")


class Dom(HTMLParser):
    """The text a reader sees, white space collapsed, and the elements."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.parts, self.tags = [], []
        self.feed(html)
        self.text = re.sub(r"\s+", " ", "".join(self.parts))

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


def flat(text):
    return re.sub(r"\s+", " ", text).strip()


def _chromium(tmp_path, *args):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, timeout=30, check=False)


def _render(tmp_path, case, name):
    report = tmp_path / "report.html"
    write_report(case, report)
    url = report.resolve().as_uri()
    res = _chromium(tmp_path, "--dump-dom", url)
    assert res.returncode == 0, res.stderr[-2000:]
    dom = Dom(res.stdout.decode("utf-8"))
    shot = tmp_path / "report.png"
    res = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", url)
    assert res.returncode == 0 and shot.exists(), res.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(shot, ARTIFACTS / f"{name}.png")
    shutil.copy(report, ARTIFACTS / f"{name}.html")
    return dom


def test_report_renders_in_chromium(tmp_path):
    with b.build_case(tmp_path / "case") as case:
        summaries = [r[0] for r in case.db.execute("SELECT summary FROM findings")]
        dom = _render(tmp_path, case, "report-chromium")
    for text in summaries + b.ALL_QUOTES + [b.EVIL_SUBJECT, b.EVIL_NAME]:
        assert flat(text) in dom.text, text
    assert dom.tags.count("svg") == 3 and dom.tags.count("circle") >= 10
    assert not {"script", "img", "textarea", "iframe", "link", "object"} & set(dom.tags)


def test_report_prints(tmp_path):
    """The print style sheet gives a PDF (what an editor gets on paper)."""
    with b.build_case(tmp_path / "case") as case:
        write_report(case, tmp_path / "report.html")
    pdf = tmp_path / "report.pdf"
    res = _chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
                    (tmp_path / "report.html").resolve().as_uri())
    assert res.returncode == 0 and pdf.exists(), res.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") + data.count(b"/Type/Page") >= 2
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(pdf, ARTIFACTS / "report-chromium.pdf")


DEMO = b.shared_demo()


@pytest.mark.skipif(DEMO is None, reason="../shared/data/cases/demo is not here")
def test_demo_report_renders_in_chromium(tmp_path):
    truth = json.loads((DEMO / "truth.json").read_text("utf-8"))
    with b.build_demo_case(tmp_path / "case", DEMO) as case:
        dom = _render(tmp_path, case, "report-demo")
    for f in truth["findings"]:
        assert flat(f["summary"]) in dom.text, f["id"]
        for ev in f["evidence"]:
            assert flat(ev["quote"]) in dom.text, (f["id"], ev["quote"])
    for e in truth["entities"]:
        for name in e["names"]:
            assert flat(name) in dom.text, name
    assert dom.tags.count("svg") == 3
    assert dom.tags.count("rect") >= 5  # traffic bars
    assert not {"script", "img", "iframe", "link", "object"} & set(dom.tags)
