"""A real server on an ephemeral port, and `paperchase serve --get`."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from paperchase.cli import cli
from paperchase.web import make_web_server
from paperchase.web.server import allowed_hosts


def test_real_server_answers_on_loopback(web_case: Path) -> None:
    server = make_web_server(web_case, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        with urllib.request.urlopen(base + "/", timeout=10) as resp:
            assert resp.status == 200
            assert resp.headers["Content-Security-Policy"].startswith("default-src 'none'")
            assert resp.headers["X-Content-Type-Options"] == "nosniff"
            assert b"<h1>Case: case</h1>" in resp.read()
        with urllib.request.urlopen(base + "/search?q=%D1%81%D1%82%D0%B0%D0%BD%D0%BE%D0%BA", timeout=10) as resp:
            assert b'<mark class="hit">' in resp.read()
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(base + "/message/999999", timeout=10)
        assert err.value.code == 404
        rebound = urllib.request.Request(base + "/", headers={"Host": "attacker.example.com"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(rebound, timeout=10)
        assert err.value.code == 400
    finally:
        server.shutdown()
        server.server_close()
        server.web_app.case.close()
        thread.join(timeout=10)


def test_allowed_hosts() -> None:
    assert allowed_hosts("127.0.0.1") == {"127.0.0.1", "localhost", "::1"}
    assert "10.0.0.5" in (allowed_hosts("10.0.0.5") or set())
    assert allowed_hosts("0.0.0.0") is None


def test_cli_serve_get_prints_a_page(web_case: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--case", str(web_case), "--get", "/findings"])
    assert result.exit_code == 0, result.output
    assert "Bearings for the gearbox are delayed." in result.output
    missing = CliRunner().invoke(cli, ["serve", "--case", str(web_case), "--get", "/message/999999"])
    assert missing.exit_code == 1


def test_cli_serve_without_a_case(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--case", str(tmp_path / "none"), "--get", "/"])
    assert result.exit_code != 0 and "no case" in result.output and "Traceback" not in result.output


def test_a_taken_port_is_a_clear_error(web_case: Path) -> None:
    server = make_web_server(web_case, "127.0.0.1", 0)
    try:
        result = CliRunner().invoke(cli, ["serve", "--case", str(web_case), "--port", str(server.server_port)])
        assert result.exit_code != 0 and "cannot listen" in result.output and "Traceback" not in result.output
    finally:
        server.server_close()
        server.web_app.case.close()
