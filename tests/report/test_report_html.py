import re
from html.parser import HTMLParser

import case_builders as b  # tests/ is on sys.path through the root conftest
from click.testing import CliRunner
from markupsafe import escape

from paperchase.cli import cli
from paperchase.export.graph import Graph
from paperchase.report import report_context, when, write_report
from paperchase.report.charts import circle_layout, timeline_chart

# every element the template itself writes; a tag from an email would show up here
OUR_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "a", "main",
            "section", "ul", "li", "b", "table", "thead", "tbody", "tr", "th", "td", "span", "code", "article",
            "blockquote", "figure", "figcaption", "svg", "line", "text", "rect", "circle", "g", "defs",
            "marker", "path", "i"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.ids, self.links = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k == "id":
                self.ids.append(v)
            if k in ("href", "src", "xlink:href", "action", "srcset", "poster", "data"):
                self.links.append(v)


def _report(tmp_path):
    case = b.build_case(tmp_path / "case")
    out = tmp_path / "report.html"
    write_report(case, out)
    case.close()
    return out.read_text("utf-8")


def test_report_has_every_finding_and_quote_escaped(tmp_path):
    html = _report(tmp_path)
    with b.build_case(tmp_path / "again") as case:
        context = report_context(case)
    groups = context["groups"]
    profiles = {p["id"]: p for p in context["entities"]}
    person = profiles[b.PERSON]
    assert person["roles"] == ["галоўны інжынер", "chief engineer, Paunochny Pramen"]
    assert {r["id"] for r in person["relations"]} == {b.WIFE, b.COMPANY}
    assert [w["entry_id"] for w in profiles[b.COMPANY]["watchlist"]] == ["NK-123"]
    summaries = [f["summary"] for g in groups for f in g["findings"]]
    assert len(summaries) == 6
    for summary in summaries:
        assert str(escape(summary)) in html
    for quote in b.ALL_QUOTES:
        assert str(escape(quote)) in html
    for text in (b.EVIL_SUBJECT, b.EVIL_NAME, "Мікалай Завадскі", "ЗАТ «Паўночны Прамень»",
                 b.sha("/evidence/box.mbox"), "no headers: <truncated & broken>", "chief engineer",
                 "NK-123", "Еленой"):
        assert str(escape(text)) in html, text
    assert f'<blockquote class="quote" lang="be">{escape(b.QUOTE_WORK)}</blockquote>' in html
    # evidence cites date, sender and subject
    assert "2023-05-03 09:00 +03:00 · Николай Завадский &lt;n.zavadski@luch.example.by&gt; · “Справаздача”" in html


def test_report_text_from_mail_never_becomes_markup(tmp_path):
    html = _report(tmp_path)
    assert "<script" not in html.lower()
    assert "</textarea" not in html.lower()
    assert "<img" not in html.lower()
    parser = Tags()
    parser.feed(html)
    assert set(parser.tags) <= OUR_TAGS, set(parser.tags) - OUR_TAGS
    assert all(link.startswith("#") or link.startswith("url(#") for link in parser.links), parser.links
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", html, re.I)
    assert "@import" not in html and "url(http" not in html
    assert len(parser.ids) == len(set(parser.ids))
    # every internal link lands somewhere
    assert {link[1:] for link in parser.links if link.startswith("#")} <= set(parser.ids)


def test_report_draws_the_charts(tmp_path):
    html = _report(tmp_path)
    assert html.count("<svg") == 3
    assert 'class="chart timeline"' in html and html.count('class="traffic"') == 3
    assert html.count('class="finding-dot"') >= 4
    assert html.count('class="chart network"') == 2
    assert "<title>2023-05: 2 messages</title>" in html
    assert "@media print" in html


def test_report_cli(tmp_path):
    b.build_case(tmp_path / "case").close()
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--case", str(tmp_path / "case"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert str(escape(b.QUOTE_WORK)) in out.read_text("utf-8")


def test_dates_read_as_written():
    assert when("2023-05-03T09:00:00+03:00") == "2023-05-03 09:00 +03:00"
    assert when("2023-06-01T12:00:00Z") == "2023-06-01 12:00 UTC"
    assert when("2023-05") == "2023-05"
    assert when(None) == ""


def test_timeline_chart_switches_to_years_for_long_spans():
    traffic = [{"month": "1999-01", "messages": 1}, {"month": "2023-05", "messages": 4}]
    chart = timeline_chart(traffic, [])
    assert chart["yearly"] and len(chart["bars"]) == 25
    assert chart["bars"][-1]["count"] == 4
    assert timeline_chart([], []) is None
    events = [{"date": "2023-05", "sort": "2023-05", "source": "attribute:start", "finding_id": "f1",
               "kind": "foreign_travel", "summary": "s"}]
    chart = timeline_chart([{"month": "2023-04", "messages": 2}], events)
    assert [bar["key"] for bar in chart["bars"]] == ["2023-04", "2023-05"]
    assert len(chart["markers"]) == 1 and chart["markers"][0]["key"] == "2023-05"


def test_circle_layout_is_deterministic_and_counts_what_it_leaves_out():
    g = Graph()
    for i in range(50):
        g.node(f"a:{i}", f"person {i}", "address", "communication")
    for i in range(1, 50):
        g.link("a:0", f"a:{i}", "email", weight=i)
    volume = {f"a:{i}": float(i or 1000) for i in range(50)}
    one, two = circle_layout(g, volume, max_nodes=10), circle_layout(g, volume, max_nodes=10)
    assert one == two
    assert len(one["nodes"]) == 10 and one["left_out"] == 40
    assert one["nodes"][0]["label"] == "person 0"
    assert all(0 <= n["x"] <= one["width"] and 0 <= n["y"] <= one["size"] for n in one["nodes"])


def test_empty_case_still_reports(tmp_path):
    from paperchase.store import Case

    with Case.create(tmp_path / "empty") as case:
        write_report(case, tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text("utf-8")
    assert "No findings." in html and "No dated messages or findings." in html and "<svg" not in html
