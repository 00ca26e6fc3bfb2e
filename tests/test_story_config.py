"""Story files: validation and `claimwatch stories check`."""

from __future__ import annotations

from pathlib import Path

from claimwatch.cli import main
from claimwatch.config.story import load_stories

GOOD = """\
title: Kestria sending commandos to Dalmora
claims:
  - Kestria will send two elite commando units to Dalmora to fight the militants.
sources:
  - url: https://example.org/2026/11/02/kestria
  - text: |
      Full text of a source article about the commandos.
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_story_takes_its_slug_from_the_file_name(tmp_path):
    write(tmp_path, "kestria.yaml", GOOD)
    loaded = load_stories(tmp_path)
    assert loaded.problems == []
    (story,) = loaded.items.values()
    assert story.slug == "kestria" and len(story.sources) == 2


def test_each_problem_names_the_file_and_the_field(tmp_path, capsys):
    write(tmp_path, "typo.yaml", GOOD + "recipients: [a@b.org]\n")
    write(tmp_path, "noclaims.yaml", "title: Empty\nclaims: []\n")
    write(tmp_path, "badsource.yaml", GOOD.replace("- url: https://", "- url: ftp://"))
    write(tmp_path, "both.yaml", GOOD.replace("  - text: |", "    text: |"))
    write(tmp_path, "broken.yaml", "title: [unclosed\n")
    write(tmp_path, "shortclaim.yaml", "title: T\nclaims: [Kestria invades]\n")

    assert main(["stories", "check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{tmp_path / 'typo.yaml'}: recipients: unknown key" in out
    assert f"{tmp_path / 'noclaims.yaml'}: claims:" in out
    assert f"{tmp_path / 'badsource.yaml'}: sources.0.url:" in out
    assert f"{tmp_path / 'both.yaml'}: sources.0:" in out and "exactly one of url or text" in out
    assert f"{tmp_path / 'broken.yaml'}: line" in out and "not valid YAML" in out
    assert f"{tmp_path / 'shortclaim.yaml'}: claims:" in out and "too short" in out


def test_duplicate_slugs_are_a_problem(tmp_path):
    write(tmp_path, "a.yaml", GOOD + "slug: same\n")
    write(tmp_path, "b.yaml", GOOD + "slug: same\n")
    loaded = load_stories(tmp_path)
    assert len(loaded.items) == 1
    assert [p.field for p in loaded.problems] == ["slug"]


def test_the_bundled_stories_are_valid(capsys):
    assert main(["stories", "check"]) == 0
    assert "valid" in capsys.readouterr().out
