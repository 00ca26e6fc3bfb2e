"""`make demo`: serve the demo newsroom, run the outlet DAGs and the revisit DAG, show alerts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from claimwatch import settings
from claimwatch.config.outlet import load_outlets
from claimwatch.demo.server import DemoNewsroomServer

EVENT_LABELS = {"picked_up": "PICKED UP", "reworded": "REWORDED", "retracted": "RETRACTED"}


def demo_env(work: Path) -> dict[str, str]:
    """The environment of every Airflow command of the demo: embedded defaults, own store."""
    env = dict(os.environ)
    env.setdefault("AIRFLOW_HOME", str(settings.home()))
    env.update(
        CLAIMWATCH_DB_URL=f"sqlite:///{work / 'claimwatch.db'}",
        CLAIMWATCH_ALERTS_JSONL=str(work / "alerts.jsonl"),
        CLAIMWATCH_OUTLETS_DIR=str(settings.outlets_dir()),
        CLAIMWATCH_STORIES_DIR=str(settings.stories_dir()),
    )
    return env


def airflow(args: list[str], env: dict[str, str], log_file: Path) -> None:
    """Run one `airflow` command, its output going to the demo's log file."""
    airflow_bin = Path(sys.executable).with_name("airflow")
    with log_file.open("a") as log:
        log.write(f"\n$ airflow {' '.join(args)}\n")
        log.flush()
        done = subprocess.run([str(airflow_bin), *args], env=env, stdout=log, stderr=log)
    if done.returncode != 0:
        raise SystemExit(f"`airflow {' '.join(args)}` failed; see {log_file}")


def format_alert(record: dict) -> str:
    evidence = record.get("evidence") or {}
    lines = [
        f"[{EVENT_LABELS.get(record['event'], record['event'])}] {record['story_title']}",
        f"    outlet:  {record['outlet']}",
        f"    page:    {record['title']}",
        f"    url:     {record['url']}",
        f"    claim:   {evidence.get('claim', '')}",
    ]
    if evidence.get("retracting_sentence"):
        lines.append(f"    retracts: {evidence['retracting_sentence']}")
    elif evidence.get("reason") == "gone":
        lines.append("    the page is gone (HTTP 404/410)")
    elif evidence.get("passage"):
        lines.append(f"    passage: {evidence['passage']}")
    return "\n".join(lines)


def run_demo() -> int:
    work = settings.home() / "var" / "demo"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = demo_env(work)
    log_file = work / "airflow.log"
    outlets = [o.name for o in load_outlets(settings.outlets_dir()).items.values()]

    print(f"claimwatch demo: store {work / 'claimwatch.db'}, Airflow logs in {log_file}")
    print("preparing Airflow's metadata database ...", flush=True)
    airflow(["db", "migrate"], env, log_file)
    with DemoNewsroomServer() as newsroom:
        for name in outlets:
            print(f"running watch_{name} ...", flush=True)
            airflow(["dags", "test", f"watch_{name}"], env, log_file)
        newsroom.phase = 2
        print("a day later: pages were corrected and taken down; running revisit ...", flush=True)
        airflow(["dags", "test", "revisit", "-c", json.dumps({"all": True})], env, log_file)

    if not any(
        c in env and env[c]
        for c in ("AIRFLOW_CONN_CLAIMWATCH_SLACK", "AIRFLOW_CONN_CLAIMWATCH_SMTP")
    ):
        print(
            "\nNo Slack or email connection is defined (claimwatch_slack, claimwatch_smtp): "
            f"the alerts are shown here and written to {work / 'alerts.jsonl'}."
        )
    records = (
        [
            json.loads(line)
            for line in (work / "alerts.jsonl").read_text().splitlines()
            if line.strip()
        ]
        if (work / "alerts.jsonl").exists()
        else []
    )
    print()
    for record in records:
        print(format_alert(record))
        print()
    counts = Counter(r["event"] for r in records)
    summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in EVENT_LABELS)
    print(f"{len(records)} alerts: {summary}")
    return 0 if records else 1
