"""The Airflow tasks that the watch and revisit DAGs share; each calls into claimwatch.tasks."""

from __future__ import annotations

from airflow.sdk import task


@task
def sync_stories() -> dict:
    """Bring story files (and new source URLs) into the store."""
    from claimwatch import tasks

    return tasks.sync_stories()


@task
def match() -> dict:
    """Classify every stored version not matched yet; write matches and alerts."""
    from claimwatch import tasks

    return tasks.match_pending()


@task
def deliver(**context) -> dict:
    """Deliver pending alerts to every configured channel."""
    from claimwatch import tasks

    return tasks.deliver_alerts(run_id=context["run_id"])


@task
def crawl(outlet_name: str) -> dict:
    """Crawl one outlet in a process of its own; returns the run's stats."""
    from claimwatch import tasks

    return tasks.crawl(outlet_name)


@task
def refetch(**context) -> dict:
    """Re-fetch the tracked pages that are due (all of them with the conf {"all": true})."""
    from claimwatch import tasks

    return tasks.revisit(all_pages=bool(context["params"].get("all")))
