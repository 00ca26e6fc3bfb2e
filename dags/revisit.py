"""The `revisit` DAG: re-fetch tracked pages that are due, to catch edits, corrections, removals."""

from __future__ import annotations

from airflow.sdk import DAG, Param

from claimwatch.dag_defaults import START_DATE, TAGS, default_args
from claimwatch.dag_tasks import deliver, match, refetch, sync_stories

DOC = """
### Revisit tracked pages

Re-fetches the pages that carried a tracked claim and the stories' own sources, with
conditional requests (ETag / Last-Modified). Young pages are revisited often (every 30 minutes
in their first hours, hourly in their first day, every 6 hours in their first week), older ones
daily, then weekly; age counts from when claimwatch first saw the page.

A 404/410 is confirmed by a second request before it counts as a removal. What changed goes to
the matcher, so a correction, a rewording or a removal raises an alert.

Trigger with the conf `{"all": true}` to re-fetch every tracked page now (e.g. when you have
heard of a retraction).
"""

with DAG(
    dag_id="revisit",
    description="Re-fetch tracked pages to catch corrections, rewordings and removals",
    schedule="*/30 * * * *",
    start_date=START_DATE,
    catchup=False,
    max_active_runs=1,
    tags=[*TAGS, "revisit"],
    doc_md=DOC,
    default_args=default_args(),
    params={"all": Param(False, type="boolean", description="re-fetch every tracked page now")},
) as dag:
    sync_stories() >> refetch() >> match() >> deliver()
