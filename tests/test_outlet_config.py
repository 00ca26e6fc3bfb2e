"""Outlet files: `claimwatch outlets check` names the file and the field of every problem."""

import subprocess
import sys
from pathlib import Path

import pytest

from claimwatch.config.outlet import OutletConfig

GOOD = "name: good\nfeeds: [https://news.example.org/rss.xml]\n"


def check(directory: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimwatch.cli", "outlets", "check", str(directory)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_directory_exits_zero(tmp_path):
    write(tmp_path, "good.yaml", GOOD)
    write(
        tmp_path,
        "full.yaml",
        "name: full\ntitle: Full\nschedule: '*/30 * * * *'\n"
        "sitemaps: [https://full.example.org/sitemap.xml]\n"
        "sections: [https://full.example.org/world/]\nfollow: ['/world/\\d{4}/']\n"
        "allowed_domains: [full.example.org]\nmax_items: 50\n"
        "politeness: {download_delay: 2, concurrency: 1, obey_robots_txt: true}\n"
        "selectors: {links: 'div.river a', body: 'article', title: 'h1'}\n",
    )
    write(
        tmp_path,
        "selector.yaml",
        "name: selector\nsections: [https://sel.example.org/world/]\n"
        "selectors: {links: 'div.river a'}\n",
    )
    result = check(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 outlets file(s) valid" in result.stdout


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        (GOOD + "feedz: [https://x.example.org/]\n", "feedz", "unknown key"),
        (GOOD + "politeness: {delay: 1}\n", "politeness.delay", "unknown key"),
        (
            "name: bad\nsections: [https://x.example.org/]\nfollow: ['/world/(']\n",
            "follow.0",
            "not a valid regex",
        ),
        ("name: bad\ntitle: No sources\n", "(file)", "at least one of feeds, sitemaps"),
        ("name: bad\nfeeds: [ftp://x.example.org/rss]\n", "feeds.0", "not an http(s) URL"),
        ("name: bad\nfeeds: [not a url]\n", "feeds.0", "not an http(s) URL"),
        ("name: bad\nsections: [https://x.example.org/world/]\n", "(file)", "follow"),
        (GOOD + "allowed_domains: ['https://x.example.org']\n", "allowed_domains", "host name"),
        (GOOD + "schedule: every now and then\n", "schedule", "cron"),
        (GOOD + "politeness: {concurrency: 0}\n", "politeness.concurrency", "greater than"),
        ("name: Bad Name\nfeeds: [https://x.example.org/rss]\n", "name", "pattern"),
        ("name: [unclosed\n", "line", "not valid YAML"),
    ],
)
def test_each_problem_names_file_and_field(tmp_path, text, field, words):
    write(tmp_path, "good.yaml", GOOD)
    bad = write(tmp_path, "broken.yaml", text)
    result = check(tmp_path)
    assert result.returncode != 0
    lines = [line for line in result.stdout.splitlines() if line.startswith(str(bad))]
    assert lines, result.stdout
    assert any(f"{bad}: {field}" in line and words in line for line in lines), lines
    assert "good.yaml" not in result.stdout


def test_duplicate_name_reported_on_the_second_file(tmp_path):
    write(tmp_path, "a.yaml", GOOD)
    second = write(tmp_path, "b.yaml", GOOD)
    result = check(tmp_path)
    assert result.returncode != 0
    assert f"{second}: name: 'good' is already used by a.yaml" in result.stdout


def test_domains_default_to_hosts_of_configured_urls():
    outlet = OutletConfig(
        name="x",
        feeds=["https://news.example.org/rss"],
        sitemaps=["https://www.example.org/sitemap.xml"],
    )
    assert outlet.domains == ["news.example.org", "www.example.org"]
