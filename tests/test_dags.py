"""DAG integrity: every DAG imports, has no cycle, and is tagged, owned, retried, documented."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DAGS = REPO / "dags"


def dagbag(monkeypatch, outlets_dir: Path | None = None):
    from airflow.dag_processing.dagbag import DagBag

    if outlets_dir is not None:
        monkeypatch.setenv("CLAIMWATCH_OUTLETS_DIR", str(outlets_dir))
    return DagBag(dag_folder=DAGS)


@pytest.fixture
def bundled(monkeypatch):
    return dagbag(monkeypatch, REPO / "spiders" / "outlets")


def test_every_dag_file_imports_without_error(bundled):
    assert bundled.import_errors == {}
    assert set(bundled.dag_ids) == {
        "watch_demo-wire",
        "watch_demo-daily",
        "watch_demo-observer",
        "revisit",
        "track_story",
    }


def test_every_dag_is_tagged_owned_retried_documented_and_acyclic(bundled):
    for dag in bundled.dags.values():
        dag.check_cycle()
        assert "claimwatch" in dag.tags, dag.dag_id
        assert dag.doc_md and len(dag.doc_md) > 80, dag.dag_id
        assert dag.catchup is False and dag.max_active_runs == 1, dag.dag_id
        for task in dag.tasks:
            assert task.owner == "claimwatch", task.task_id
            assert task.retries >= 1 and task.retry_exponential_backoff, task.task_id
            assert task.on_failure_callback, task.task_id


def test_a_watch_dag_runs_its_steps_in_order_on_the_outlet_schedule(bundled):
    dag = bundled.dags["watch_demo-daily"]
    assert [t.task_id for t in dag.topological_sort()] == [
        "sync_stories",
        "crawl",
        "match",
        "deliver",
    ]
    assert dag.timetable.expression == "*/30 * * * *"
    assert "sitemap.xml" in dag.doc_md


def test_a_new_outlet_file_makes_a_dag_and_a_broken_one_an_import_error(tmp_path, monkeypatch):
    (tmp_path / "good.yaml").write_text("name: good\nfeeds: [https://good.example/rss]\n")
    (tmp_path / "bad.yaml").write_text("name: bad\nschedule: every hour\nfeeds: [x]\nfolow: []\n")
    bag = dagbag(monkeypatch, tmp_path)
    assert "watch_good" in bag.dag_ids and "watch_bad" not in bag.dag_ids
    assert "revisit" in bag.dag_ids
    (error,) = bag.import_errors.values()
    assert "bad.yaml: schedule:" in error
    assert "bad.yaml: folow: unknown key" in error
    assert "bad.yaml: feeds.0:" in error
    assert "good.yaml" not in error


def test_dag_files_stay_thin():
    for path in DAGS.glob("*.py"):
        source = path.read_text()
        for heavy in (
            "import scrapy",
            "import twisted",
            "import trafilatura",
            "from scrapy",
            "from twisted",
            "from pipelines",
            "from spiders",
        ):
            top_level = [line for line in source.splitlines() if line.startswith(heavy)]
            assert not top_level, f"{path.name} imports {heavy} at top level"
