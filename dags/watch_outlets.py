"""One DAG per outlet file, `watch_<name>`: sync stories, crawl, match, deliver alerts.

Thin on purpose: parsing reads the small outlet YAML files only; all work happens in tasks.
Broken outlet files are reported by outlet_file_errors.py and simply skipped here.
"""

from __future__ import annotations

from airflow.sdk import DAG

from claimwatch import settings
from claimwatch.config.outlet import OutletConfig, load_outlets
from claimwatch.dag_defaults import START_DATE, TAGS, default_args
from claimwatch.dag_tasks import crawl, deliver, match, sync_stories


def _doc(outlet: OutletConfig, path: str) -> str:
    lines = [f"### Watching {outlet.display_title}", "", f"Outlet file: `{path}`", ""]
    for label, urls in (
        ("Feeds", outlet.feeds),
        ("Sitemaps", outlet.sitemaps),
        ("Sections", outlet.sections),
    ):
        if urls:
            lines += [f"**{label}**", *[f"- {u}" for u in urls], ""]
    if outlet.follow:
        lines += ["**Follows links matching**", *[f"- `{p}`" for p in outlet.follow], ""]
    lines += [
        "Each run: sync the tracked stories, crawl new articles (in a process of its own), "
        "match them against the stories, deliver alerts. Crawl stats are in the crawl task's "
        "log and return value.",
    ]
    return "\n".join(lines)


def build_watch_dag(outlet: OutletConfig, path: str) -> DAG:
    with DAG(
        dag_id=f"watch_{outlet.name}",
        description=f"Watch {outlet.display_title} for tracked claims",
        schedule=outlet.schedule,
        start_date=START_DATE,
        catchup=False,
        max_active_runs=1,
        tags=[*TAGS, "outlet"],
        doc_md=_doc(outlet, path),
        default_args=default_args(),
    ) as dag:
        sync_stories() >> crawl(outlet.name) >> match() >> deliver()
    return dag


for _path, _outlet in load_outlets(settings.outlets_dir()).items.items():
    globals()[f"watch_{_outlet.name}"] = build_watch_dag(_outlet, str(_path))
