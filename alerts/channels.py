"""The senders, thin shells over Airflow's hooks and the file system: email, Slack, JSONL.

Connections are looked up with `airflow.sdk.BaseHook.get_connection`, which works both inside a
task (through the task supervisor, after the worker's own secrets backends such as
`AIRFLOW_CONN_*` environment variables) and in plain Python (environment variables, then the
metadata database). The hooks retry nothing here: retries are the outbox's job, so that a send is
attempted exactly once per claim.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Sequence
from pathlib import Path

from alerts.render_email import EmailContent, to_mime

SMTP_CONN_ID = "claimwatch_smtp"
SLACK_CONN_ID = "claimwatch_slack"
SLACK_TIMEOUT_S = 15
DEFAULT_SENDER = "claimwatch@localhost"


class SendError(Exception):
    """A channel did not take the message; `retry_after` (seconds) when it said when to retry."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def connection_defined(conn_id: str) -> bool:
    """Whether the Airflow connection exists; lookup trouble other than "not found" raises."""
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        BaseHook.get_connection(conn_id)
    except AirflowNotFoundException:
        return False
    return True


def send_email(
    content: EmailContent, *, to: Sequence[str], message_id: str, conn_id: str = SMTP_CONN_ID
) -> dict:
    """Send one multipart email through the SMTP connection; returns the refused recipients.

    SmtpHook opens the session (host, port, SSL/STARTTLS from `disable_ssl`/`disable_tls`, login);
    the message is ours, as the hook's own `send_email_smtp` only sends HTML and retries DATA.
    """
    from airflow.providers.smtp.hooks.smtp import SmtpHook

    hook = SmtpHook(smtp_conn_id=conn_id)
    with hook:
        client = hook._smtp_client  # the session SmtpHook opened and logged into
        sender = hook.from_email or (hook.smtp_user if "@" in hook.smtp_user else DEFAULT_SENDER)
        data = to_mime(content, sender=sender, to=to, message_id=message_id)
        return dict(client.sendmail(sender, list(to), data))


def _retry_after(headers: object) -> float | None:
    getter = getattr(headers, "get", None)
    if getter is None:
        return None
    value = getter("Retry-After") or getter("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except (TypeError, ValueError):
        return None


def send_slack(payload: dict, *, conn_id: str = SLACK_CONN_ID) -> None:
    """Post one Block Kit payload to the incoming webhook of the connection."""
    from airflow.providers.slack.hooks.slack_webhook import SlackWebhookHook

    hook = SlackWebhookHook(
        slack_webhook_conn_id=conn_id, timeout=SLACK_TIMEOUT_S, retry_handlers=[]
    )
    response = hook.client.send_dict(payload)
    if response.status_code == 200:
        return
    body = str(response.body or "")[:200]
    if response.status_code == 429:
        raise SendError(f"Slack rate limit (HTTP 429): {body}", _retry_after(response.headers))
    raise SendError(f"Slack answered HTTP {response.status_code}: {body}")


def append_jsonl(path: Path, records: Sequence[dict]) -> list[str]:
    """Append the records not in the file yet (by id); returns the ids appended.

    Idempotent under an exclusive lock, so a retried or concurrent delivery never writes a record
    twice, and a crash between writing and marking is repaired by the next run.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            handle.seek(0)
            present: set[str] = set()
            last = ""
            for line in handle:
                last = line
                try:
                    present.add(json.loads(line).get("id"))
                except (ValueError, AttributeError):
                    continue
            missing = [r for r in records if r["id"] not in present]
            if missing:
                prefix = "\n" if last and not last.endswith("\n") else ""
                lines = (json.dumps(r, ensure_ascii=False, sort_keys=False) for r in missing)
                handle.write(prefix + "".join(line + "\n" for line in lines))
                handle.flush()
                os.fsync(handle.fileno())
            return [r["id"] for r in missing]
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
