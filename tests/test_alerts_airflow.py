"""Inside a real Airflow task (`airflow dags test`): connections from AIRFLOW_CONN_* env vars
reach the hooks, alerts go out, and a failed task's callback tells the operators."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from alerts_support import SmtpServer, Webhook, add_alert

PROBE_DAG = """
from datetime import datetime
from airflow.sdk import dag, task


@dag(schedule=None, start_date=datetime(2026, 1, 1), catchup=False)
def alerts_probe():
    from alerts.operator import OperatorNotifier

    @task
    def deliver():
        from alerts.deliver import deliver_pending
        return deliver_pending(run_id="probe")

    @task(on_failure_callback=OperatorNotifier(), retries=0)
    def fail():
        raise RuntimeError("probe failure")

    deliver() >> fail()


alerts_probe()
"""


@pytest.mark.airflow
def test_delivery_and_operator_notice_inside_airflow_dags_test(tmp_path: Path):
    airflow = Path(sys.executable).parent / "airflow"
    (tmp_path / "dags").mkdir()
    (tmp_path / "dags" / "alerts_probe.py").write_text(PROBE_DAG)
    db_url = f"sqlite:///{tmp_path / 'store.db'}"
    smtp = SmtpServer("127.0.2.40").start()
    slack = Webhook("127.0.2.41").start()
    ops = Webhook("127.0.2.42").start()
    try:
        alert = add_alert(db_url, routing={"email_to": ["desk@example.org"]})
        env = {
            **os.environ,
            "AIRFLOW_HOME": str(Path(__file__).resolve().parent.parent),
            "AIRFLOW__CORE__DAGS_FOLDER": str(tmp_path / "dags"),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{tmp_path / 'airflow.db'}",
            "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(tmp_path / "logs"),
            "CLAIMWATCH_DB_URL": db_url,
            "CLAIMWATCH_ALERTS_JSONL": str(tmp_path / "alerts.jsonl"),
            "AIRFLOW_CONN_CLAIMWATCH_SMTP": smtp.conn_json(),
            "AIRFLOW_CONN_CLAIMWATCH_SLACK": slack.conn_json(),
            "AIRFLOW_CONN_CLAIMWATCH_OPS_SLACK": ops.conn_json("/ops"),
        }
        subprocess.run([airflow, "db", "migrate"], env=env, check=True, capture_output=True)
        result = subprocess.run(
            [airflow, "dags", "test", "alerts_probe"], env=env, capture_output=True, text=True
        )

        assert "RuntimeError: probe failure" in result.stdout + result.stderr
        assert len(smtp.messages) == 1 and len(slack.posts) == 1
        lines = (tmp_path / "alerts.jsonl").read_text().splitlines()
        assert [json.loads(line)["id"] for line in lines] == [alert]
        ((path, payload),) = ops.posts
        assert path == "/ops"
        assert payload["blocks"][0]["text"]["text"] == "[claimwatch] task failed: alerts_probe.fail"
    finally:
        smtp.stop()
        slack.stop()
        ops.stop()
