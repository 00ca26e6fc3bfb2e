"""`claimwatch check`: local files and pages served over real HTTP on loopback, storing nothing."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimwatch.check import run_check
from claimwatch.cli import main
from pipelines.corpus import to_html

CLAIM = (
    "Veltra Motors is recalling 48,000 Arcadia SUVs because a faulty fuel pump can cause "
    "engine fires."
)
COPY = (
    "Veltra Motors is recalling 48,000 Arcadia SUVs because a faulty fuel pump can leak and cause "
    "engine fires, the company said.\nOwners will be notified by mail and dealers will replace "
    "the pump free of charge."
)
DENIAL = (
    "Veltra Motors on Wednesday denied that it is recalling Arcadia SUVs over fuel pump fires, "
    "calling social media posts about a recall false.\nThe company said its pumps are safe."
)
SOURCE_PAGE = to_html(
    "Veltra Motors is recalling 48,000 Arcadia SUVs because a faulty fuel pump can leak and cause "
    "engine fires.\nVeltra, founded in 1987, sells about 400,000 vehicles a year in North America.",
    "source",
)


@pytest.fixture
def server():
    pages = {
        "/copy": to_html(COPY, "copy", 1),
        "/denial": to_html(DENIAL, "denial", 2),
        "/source": SOURCE_PAGE,
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "not found").encode())

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.4.7", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.4.7:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def stories(tmp_path, server):
    d = tmp_path / "stories"
    d.mkdir()
    (d / "veltra-recall.yaml").write_text(
        "title: Veltra recall\n"
        f"claims:\n  - {CLAIM}\n"
        f"sources:\n  - url: {server}/source\n  - url: {server}/missing\n",
        encoding="utf-8",
    )
    return d


def test_json_one_object_per_input_files_and_urls(tmp_path, stories, server, capsys):
    page = tmp_path / "copy.html"
    page.write_text(to_html(COPY, "copy"), encoding="utf-8")
    plain = tmp_path / "unrelated.txt"
    plain.write_text("The city marathon drew a record 30,000 runners on Sunday morning.")
    inputs = [str(page), f"{server}/denial", str(plain), f"{server}/source"]
    assert run_check(inputs, stories, as_json=True) == 0
    out = capsys.readouterr()
    results = [json.loads(line) for line in out.out.splitlines()]
    assert [r["input"] for r in results] == inputs
    assert [(m["story"], m["event"]) for m in results[0]["matches"]] == [
        ("veltra-recall", "picked_up")
    ]
    denial = results[1]["matches"][0]
    assert denial["event"] == "retracted" and isinstance(denial["score"], float)
    assert "denied" in denial["evidence"]["retracting_sentence"]
    assert results[2]["matches"] == []
    assert results[3]["matches"] == []  # the story's own source raises no pick-up
    assert "missing" in out.err  # the unreachable source URL is skipped with a note


def test_readable_lines_through_the_cli(tmp_path, stories, server, capsys):
    page = tmp_path / "denial.txt"
    page.write_text(DENIAL, encoding="utf-8")
    assert main(["check", str(page), str(tmp_path / "absent.html"), "--stories", str(stories)]) == 0
    out = capsys.readouterr().out
    assert "retracted veltra-recall" in out
    assert "absent.html: cannot read" in out
