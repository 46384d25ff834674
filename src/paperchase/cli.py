"""The command line. Each command parses its options, opens the case, calls one
library function and prints; the work lives in the library. Library modules
are imported inside the commands so `paperchase --help` starts fast."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from paperchase.errors import PaperchaseError


class Group(click.Group):
    """Turns the one exception family into a clean message with a hint."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except PaperchaseError as exc:
            message = str(exc) + (f"\nHint: {exc.hint}" if exc.hint else "")
            raise click.ClickException(message) from exc


CASE = click.option("--case", "case_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
                    help="The case folder.")
QUIET = click.option("--quiet", "-q", is_flag=True, help="No progress bars.")
OUT = click.option("-o", "--output", "output", default="-", show_default=True,
                   help="Where to write; '-' for standard output.")


@click.group(cls=Group)
@click.version_option(package_name="paperchase")
def cli() -> None:
    """paperchase: turn a mailbox into cited evidence."""


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@CASE
@click.option("--strict", is_flag=True, help="Stop at the first damaged item instead of recording it.")
@QUIET
def ingest(sources: tuple[Path, ...], case_dir: Path, strict: bool, quiet: bool) -> None:
    """Read SOURCES (mbox, Maildir, .eml, .msg, .pst, archives) into the case."""
    from paperchase.pipeline import ingest_sources
    from paperchase.store import Case

    with Case.create(case_dir) as case:
        summary = ingest_sources(case, list(sources), strict=strict, quiet=quiet)
    click.echo(summary.render(), err=True)


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--watchlist", "watchlists", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A watchlist to screen against (repeatable).")
@CASE
@click.option("--findings", "findings_out", type=click.Path(path_type=Path), help="Write the findings file here.")
@click.option("--report", "report_out", type=click.Path(path_type=Path), help="Write the HTML report here.")
@QUIET
def run(sources: tuple[Path, ...], watchlists: tuple[Path, ...], case_dir: Path,
        findings_out: Path | None, report_out: Path | None, quiet: bool) -> None:
    """Ingest, analyse, screen, and write findings and report: the main job."""
    from paperchase.pipeline import run_all
    from paperchase.store import Case

    with Case.create(case_dir) as case:
        summary = run_all(case, list(sources), list(watchlists), findings_out=findings_out,
                          report_out=report_out, quiet=quiet)
    click.echo(summary, err=True)


@cli.command()
@click.option("--case", "case_dir", default="paperchase-demo", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Where to build the demo case.")
@QUIET
def demo(case_dir: Path, quiet: bool) -> None:
    """Run the whole job on the bundled fictional mailbox."""
    from paperchase.pipeline import run_demo

    click.echo(run_demo(case_dir, quiet=quiet), err=True)


@cli.command()
@CASE
@QUIET
def analyze(case_dir: Path, quiet: bool) -> None:
    """(Re)build entities and findings from what the case holds."""
    from paperchase.pipeline import analyze_case
    from paperchase.store import Case

    with Case.open(case_dir) as case:
        click.echo(analyze_case(case, quiet=quiet), err=True)


@cli.command()
@CASE
def status(case_dir: Path) -> None:
    """Per source: read, stored, duplicates, failed, and why."""
    from paperchase.store import Case
    from paperchase.store.status import render_status

    with Case.open(case_dir) as case:
        click.echo(render_status(case))


@cli.command()
@CASE
@click.option("--format", "fmt", required=True,
              type=click.Choice(["messages", "findings", "ftm", "gexf", "graphml", "csv", "timeline"]))
@OUT
def export(case_dir: Path, fmt: str, output: str) -> None:
    """Write the case in one of the formats other tools read."""
    from paperchase.export import export_case
    from paperchase.store import Case

    with Case.open(case_dir) as case:
        if output == "-":
            try:
                export_case(case, fmt, sys.stdout.buffer)
            except BrokenPipeError:  # `paperchase export … | head`: the reader has had enough
                sys.stderr.close()
                raise click.Abort() from None
        else:
            with open(output, "wb") as fh:
                export_case(case, fmt, fh)


@cli.command()
@CASE
@click.argument("query", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@click.option("--limit", default=20, show_default=True, help="Most hits to show.")
@click.option("--exact", is_flag=True, help="No folding of scripts, transliterations or word forms.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--terms", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file of queries, one per line (batch search).")
@OUT
def search(case_dir: Path, query: str | None, as_json: bool, limit: int, exact: bool, sort: str,
           terms: Path | None, output: str) -> None:
    """Search messages and attachments across scripts and word forms."""
    from paperchase.search.cli import run_search
    from paperchase.store import Case

    if not query and not terms:
        raise click.UsageError("give a QUERY or --terms FILE")
    with Case.open(case_dir) as case:
        run_search(case, query=query, as_json=as_json, limit=limit, exact=exact, sort=sort,
                   terms=terms, output=output)


@cli.group()
def names() -> None:
    """Name comparison, the one scorer used by resolution and screening."""


@names.command("compare")
@click.argument("pairs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@OUT
def names_compare(pairs: Path, output: str) -> None:
    """Add `score` and `match` to a CSV with columns left,right."""
    from paperchase.resolve.pairs import compare_csv

    if output == "-":
        compare_csv(pairs, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            compare_csv(pairs, fh)


@cli.command()
@click.option("--names", "names_csv", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A CSV of names to screen (column name; optional schema, country).")
@click.option("--case", "case_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Screen the entities of this case and store watchlist_match findings.")
@click.option("--watchlist", "watchlists", multiple=True, required=True,
              type=click.Path(exists=True, path_type=Path), help="A watchlist (repeatable).")
@click.option("--threshold", type=float, default=None, help="Lowest score reported.")
@click.option("--explain", is_flag=True, help="Show near misses with their scores too.")
@OUT
def screen(names_csv: Path | None, case_dir: Path | None, watchlists: tuple[Path, ...],
           threshold: float | None, explain: bool, output: str) -> None:
    """Screen names, or a case's entities, against watchlists."""
    from paperchase.screen.cli import run_screen

    if bool(names_csv) == bool(case_dir):
        raise click.UsageError("give exactly one of --names CSV or --case DIR")
    run_screen(names_csv=names_csv, case_dir=case_dir, watchlists=list(watchlists),
               threshold=threshold, explain=explain, output=output)


@cli.command()
@CASE
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path),
              help="The HTML file to write.")
def report(case_dir: Path, output: Path) -> None:
    """Write a self-contained HTML report of the case."""
    from paperchase.report import write_report
    from paperchase.store import Case

    with Case.open(case_dir) as case:
        write_report(case, output)
    click.echo(f"report written to {output}", err=True)


@cli.command()
@CASE
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default keeps the case on this machine.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free one).")
@click.option("--get", "get_path", metavar="PATH", help="Print the page at PATH (e.g. '/search?q=word') and exit.")
def serve(case_dir: Path, host: str, port: int, get_path: str | None) -> None:
    """Browse the case read-only in a local web interface."""
    from paperchase.web import serve as serve_case

    status = serve_case(case_dir, host=host, port=port, get_path=get_path)
    if status >= 400:
        sys.exit(1)


def main() -> None:
    cli(prog_name="paperchase")


if __name__ == "__main__":
    main()
