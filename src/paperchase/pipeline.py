"""The stages strung together for `ingest`, `analyze`, `run` and `demo`.
Each stage is a library call; this module only orders them and shows
progress."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from paperchase.store import Case
from paperchase.store.ingest import IngestSummary, ingest

console = Console(stderr=True)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[str, int], None] | None]:
    if quiet or not console.is_terminal:
        yield None
        return
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed:,}"),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(label: str, done: int) -> None:
            if label not in tasks:
                tasks[label] = bar.add_task(Path(label).name, total=None)
            bar.update(tasks[label], completed=done)

        yield update


def ingest_sources(case: Case, sources: list[Path], *, strict: bool = False, quiet: bool = False) -> IngestSummary:
    with _progress(quiet) as update:
        return ingest(case, sources, progress=update, strict=strict)


def _stage(name: str, fn: Callable[[], int], quiet: bool, timings: list[str]) -> int:
    t0 = time.perf_counter()
    if not quiet:
        console.print(f"[dim]{name}…[/dim]")
    n = fn()
    timings.append(f"{name}: {n} in {time.perf_counter() - t0:.1f} s")
    return n


def analyze_case(case: Case, *, watchlists: list[Path] | None = None, quiet: bool = False) -> str:
    """Mentions → entities → findings → screening, each replacing its
    previous output, so running it again gives the same result."""
    from paperchase.extract import extract_case
    from paperchase.findings import detect_case
    from paperchase.resolve import resolve_case

    timings: list[str] = []
    _stage("mentions", lambda: extract_case(case), quiet, timings)
    _stage("entities", lambda: resolve_case(case), quiet, timings)
    _stage("findings", lambda: detect_case(case), quiet, timings)
    if watchlists:
        from paperchase.screen import screen_case

        _stage("watchlist matches", lambda: screen_case(case, watchlists), quiet, timings)
    return "\n".join(timings)


def run_all(case: Case, sources: list[Path], watchlists: list[Path], *, findings_out: Path | None = None,
            report_out: Path | None = None, quiet: bool = False) -> str:
    summary = ingest_sources(case, sources, quiet=quiet)
    out = [summary.render(), analyze_case(case, watchlists=watchlists, quiet=quiet)]
    if findings_out:
        from paperchase.export import write_findings

        write_findings(case, findings_out)
        out.append(f"findings written to {findings_out}")
    if report_out:
        from paperchase.report import write_report

        write_report(case, report_out)
        out.append(f"report written to {report_out}")
    return "\n".join(out)


def demo_sources() -> tuple[list[Path], list[Path]]:
    """The bundled fictional mailbox and its watchlist."""
    root = Path(str(resources.files("paperchase") / "data" / "demo"))
    return [root / "mailbox.mbox", root / "loose"], [root / "watchlist.csv"]


def run_demo(case_dir: Path, *, quiet: bool = False) -> str:
    sources, watchlists = demo_sources()
    case_dir.mkdir(parents=True, exist_ok=True)
    with Case.create(case_dir) as case:
        return run_all(case, sources, watchlists, findings_out=case_dir / "findings.json",
                       report_out=case_dir / "report.html", quiet=quiet)
