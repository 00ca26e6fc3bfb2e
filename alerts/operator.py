"""Telling the operators (not the analysts) that something broke: failed tasks, silent outlets.

Goes to the Slack connection `claimwatch_ops_slack` and/or by email (connection `claimwatch_smtp`)
to CLAIMWATCH_OPS_EMAIL_TO; with neither configured, one clear log line says what was not sent.
Best effort and direct (no outbox): it must work when the store is what broke.
"""

from __future__ import annotations

import logging
import os
from email.utils import make_msgid
from html import escape

from airflow.sdk import BaseNotifier

from alerts.channels import SMTP_CONN_ID, connection_defined, send_email, send_slack
from alerts.render_email import EmailContent
from alerts.render_slack import fallback_text
from alerts.safe_text import clean, cut, short

log = logging.getLogger("claimwatch.alerts.operator")

OPS_SLACK_CONN_ID = "claimwatch_ops_slack"
OPS_EMAIL_ENV = "CLAIMWATCH_OPS_EMAIL_TO"
TEXT_LIMIT = 2900


def ops_email_to() -> list[str]:
    """CLAIMWATCH_OPS_EMAIL_TO, comma-separated."""
    value = os.environ.get(OPS_EMAIL_ENV, "")
    return [
        a.strip() for a in value.split(",") if "@" in a and not any(c.isspace() for c in a.strip())
    ]


def render_ops_slack(subject: str, text: str) -> dict:
    """A plain, literal Slack message (nothing in it is parsed as markup or mentions)."""
    body = cut(clean(text).strip(), TEXT_LIMIT) or "(no details)"
    return {
        "text": fallback_text(subject),
        "blocks": [
            {
                "type": "header",
                "text": {"type": "plain_text", "text": short(subject, 150) or "claimwatch"},
            },
            {"type": "section", "text": {"type": "plain_text", "text": body, "emoji": False}},
        ],
        "unfurl_links": False,
        "unfurl_media": False,
    }


def render_ops_email(subject: str, text: str) -> EmailContent:
    body = cut(clean(text).strip(), 20_000)
    return EmailContent(
        subject=short(subject, 200),
        text=body + "\n",
        html=f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>'
        f'<pre style="white-space:pre-wrap">{escape(body)}</pre></body></html>\n',
    )


def notify_operators(subject: str, text: str) -> None:
    """Send to every configured operators' channel; never raises."""
    reached = []
    tried = False
    try:
        if connection_defined(OPS_SLACK_CONN_ID):
            tried = True
            send_slack(render_ops_slack(subject, text), conn_id=OPS_SLACK_CONN_ID)
            reached.append(f"Slack ({OPS_SLACK_CONN_ID})")
    except Exception as exc:  # noqa: BLE001
        log.error("operators: Slack notification failed: %s: %s", type(exc).__name__, exc)
    to = ops_email_to()
    try:
        if to and connection_defined(SMTP_CONN_ID):
            tried = True
            send_email(render_ops_email(subject, text), to=to, message_id=make_msgid("claimwatch"))
            reached.append(f"email to {len(to)} recipient(s)")
    except Exception as exc:  # noqa: BLE001
        log.error("operators: email notification failed: %s: %s", type(exc).__name__, exc)
    if reached:
        log.info("operators notified via %s: %s", ", ".join(reached), short(subject, 200))
    elif not tried:
        log.warning(
            "operators NOT notified (no connection %r and no %s with connection %r): %s | %s",
            OPS_SLACK_CONN_ID,
            OPS_EMAIL_ENV,
            SMTP_CONN_ID,
            short(subject, 200),
            short(text, 500),
        )


def describe_failure(context: dict) -> tuple[str, str]:
    """Subject and text of a failed task, from its Airflow context."""
    ti = context.get("task_instance") or context.get("ti")
    dag_id = getattr(ti, "dag_id", None) or getattr(context.get("dag"), "dag_id", "?")
    task_id = getattr(ti, "task_id", None) or getattr(context.get("task"), "task_id", "?")
    run_id = getattr(ti, "run_id", None) or context.get("run_id", "?")
    lines = [
        f"DAG:       {dag_id}",
        f"Task:      {task_id}",
        f"Run:       {run_id}",
        f"Try:       {getattr(ti, 'try_number', '?')}",
    ]
    map_index = getattr(ti, "map_index", -1)
    if map_index not in (-1, None):
        lines.append(f"Map index: {map_index}")
    exception = context.get("exception")
    if exception is not None:
        lines.append(f"Error:     {type(exception).__name__}: {short(exception, 1500)}")
    log_url = getattr(ti, "log_url", None)
    if log_url:
        lines.append(f"Log:       {log_url}")
    return f"[claimwatch] task failed: {dag_id}.{task_id}", "\n".join(lines)


class OperatorNotifier(BaseNotifier):
    """on_failure_callback for claimwatch tasks: the failure goes to the operators' channels."""

    template_fields = ()

    def notify(self, context: dict) -> None:  # type: ignore[override]
        subject, text = describe_failure(context)
        notify_operators(subject, text)
