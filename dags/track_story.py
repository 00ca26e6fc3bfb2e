"""The `track_story` DAG: an analyst starts tracking a story from a form in the Airflow UI."""

from __future__ import annotations

from airflow.sdk import DAG, Param, task

from claimwatch.dag_defaults import START_DATE, TAGS, default_args

DOC = """
### Track a new story

Trigger this DAG and fill in the form: a title, the claims to track (one per line), and the
known sources (URLs, and/or pasted text). The story is tracked from the next watch run on, like
the stories in the stories directory; source URLs are fetched now.
"""

with DAG(
    dag_id="track_story",
    description="Start tracking a story from the UI",
    schedule=None,
    start_date=START_DATE,
    catchup=False,
    tags=[*TAGS, "stories"],
    doc_md=DOC,
    default_args=default_args(),
    params={
        "title": Param("", type="string", minLength=3, title="Title"),
        "claims": Param(
            [],
            type="array",
            items={"type": "string"},
            minItems=1,
            title="Claims",
            description="One statement to track per line",
        ),
        "source_urls": Param(
            [],
            type=["array", "null"],
            items={"type": "string"},
            title="Source URLs",
            description="Known articles carrying the claims, one URL per line",
        ),
        "source_text": Param(
            "",
            type=["string", "null"],
            title="Source text",
            format="multiline",
            description="Or paste the text of a source article",
        ),
        "email_to": Param(
            [],
            type=["array", "null"],
            items={"type": "string"},
            title="Alert recipients",
            description="Email addresses (default: CLAIMWATCH_EMAIL_TO)",
        ),
    },
) as dag:

    @task
    def track(**context) -> dict:
        from claimwatch import tasks
        from claimwatch.stories_sync import story_from_form

        p = context["params"]
        config = story_from_form(
            p["title"],
            p["claims"],
            p.get("source_urls") or [],
            p.get("source_text") or "",
            p.get("email_to") or [],
        )
        return tasks.track_story(config)

    track()
