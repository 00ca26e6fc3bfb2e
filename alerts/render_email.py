"""An alert (or a run's digest of alerts) as an email: subject, plain text and HTML."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from html import escape

from alerts.evidence import (
    EvidenceView,
    Segment,
    describe,
    detected_text,
    event_label,
    extra_label,
)
from alerts.record import AlertRecord
from alerts.safe_text import safe_url, short

SUBJECT_TITLE_LIMIT = 120
OUTLET_LIMIT = 60
TITLE_LIMIT = 300


@dataclass(frozen=True)
class EmailContent:
    """A rendered email: a one-line subject and two alternative bodies."""

    subject: str
    text: str
    html: str


def subject_for(record: AlertRecord) -> str:
    """`[claimwatch] RETRACTED: <story title> (<outlet>)`, one line."""
    title = short(record.story_title or record.story, SUBJECT_TITLE_LIMIT)
    outlet = short(record.outlet, OUTLET_LIMIT)
    return f"[claimwatch] {event_label(record.event)}: {title} ({outlet})"


def _diff_text(changes: Sequence[Segment]) -> str:
    marks = {"same": "{}", "removed": "[-{}-]", "added": "{{+{}+}}"}
    return " ".join(marks.get(s.kind, "{}").format(s.text) for s in changes)


def _diff_html(changes: Sequence[Segment]) -> str:
    styles = {
        "removed": '<del style="background:#fdd;color:#900">{}</del>',
        "added": '<ins style="background:#dfd;color:#060;text-decoration:none">'
        "<strong>{}</strong></ins>",
    }
    return " ".join(styles.get(s.kind, "{}").format(escape(s.text)) for s in changes)


def _text_block(record: AlertRecord, view: EvidenceView) -> list[str]:
    url = safe_url(record.url) or short(record.url, 300)
    lines = [
        f"{view.label}: {short(record.story_title or record.story, 300)}",
        "",
        f"Outlet:    {short(record.outlet, OUTLET_LIMIT)}",
        f"Title:     {short(record.title, TITLE_LIMIT)}",
        f"Link:      {url}",
        f"Detected:  {detected_text(record.detected_at)}",
        f"Story:     {short(record.story, 80)}",
    ]
    if view.score:
        lines.append(f"Score:     {view.score}")
    sections: list[tuple[str, str]] = [("Tracked claim", view.claim)]
    if view.reason:
        sections.append(("Why", view.reason))
    if view.retracting_sentence:
        sections.append(("Retracting sentence", view.retracting_sentence))
    if view.changes:
        sections.append(
            (
                f"Changed words against the {view.changes_against} ([-removed-] {{+added+}})",
                _diff_text(view.changes),
            )
        )
    if view.passage and view.passage != view.retracting_sentence:
        sections.append(("Matching passage", view.passage))
    if view.previous:
        sections.append(("What the page carried before", view.previous))
    for heading, body in sections:
        if body:
            lines += ["", f"{heading}:", f"  {body}"]
    if view.extras:
        lines += ["", "Other evidence:"]
        lines += [f"  {extra_label(key)}: {value}" for key, value in view.extras]
    return lines


def _html_block(record: AlertRecord, view: EvidenceView) -> str:
    url = safe_url(record.url)
    title = escape(short(record.title or record.url, TITLE_LIMIT))
    if url:
        link = f'<a href="{escape(url)}">{title}</a>'
    else:  # not a plain http(s) link: shown, never made clickable
        link = f"{title} ({escape(short(record.url, 300))})"
    rows = [
        ("Outlet", escape(short(record.outlet, OUTLET_LIMIT))),
        ("Page", link),
        ("Detected", escape(detected_text(record.detected_at))),
        ("Story", escape(short(record.story, 80))),
    ]
    if view.score:
        rows.append(("Score", escape(view.score)))
    table = "".join(
        f'<tr><th align="left" style="padding-right:1em">{name}</th><td>{value}</td></tr>'
        for name, value in rows
    )
    quote = '<blockquote style="margin:0.3em 0 0.8em 0;padding-left:0.8em;border-left:3px solid {}">{}</blockquote>'  # noqa: E501
    parts = [
        f'<h2 style="margin:0.2em 0">{escape(view.label)}: '
        f"{escape(short(record.story_title or record.story, 300))}</h2>",
        f"<table>{table}</table>",
    ]
    if view.claim:
        parts.append(f"<p><b>Tracked claim</b></p>{quote.format('#999', escape(view.claim))}")
    if view.reason:
        parts.append(f"<p><b>Why:</b> {escape(view.reason)}</p>")
    if view.retracting_sentence:
        parts.append(
            "<p><b>Retracting sentence</b></p>"
            + quote.format("#c00", f"<mark>{escape(view.retracting_sentence)}</mark>")
        )
    if view.changes:
        parts.append(
            f"<p><b>Changed words against the {escape(view.changes_against)}</b></p>"
            + quote.format("#c80", _diff_html(view.changes))
        )
    if view.passage and view.passage != view.retracting_sentence:
        parts.append(f"<p><b>Matching passage</b></p>{quote.format('#06c', escape(view.passage))}")
    if view.previous:
        parts.append(
            "<p><b>What the page carried before</b></p>"
            + quote.format("#999", escape(view.previous))
        )
    if view.extras:
        items = "".join(
            f"<li>{escape(extra_label(key))}: {escape(value)}</li>" for key, value in view.extras
        )
        parts.append(f"<p><b>Other evidence</b></p><ul>{items}</ul>")
    return "\n".join(parts)


def _html_page(body: str, footer: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>'
        '<body style="font-family:sans-serif;font-size:14px">\n'
        f'{body}\n<hr><p style="color:#777;font-size:12px">{escape(footer)}</p></body></html>\n'
    )


def render_email(record: AlertRecord) -> EmailContent:
    """One alert as an email."""
    view = describe(record)
    footer = f"claimwatch alert {record.id}"
    text = "\n".join([*_text_block(record, view), "", "-- ", footer]) + "\n"
    return EmailContent(subject_for(record), text, _html_page(_html_block(record, view), footer))


def render_email_digest(records: Sequence[AlertRecord]) -> EmailContent:
    """A run's alerts for one set of recipients as one email."""
    if len(records) == 1:
        return render_email(records[0])
    stories = sorted({r.story_title or r.story for r in records})
    about = (
        short(stories[0], SUBJECT_TITLE_LIMIT) if len(stories) == 1 else (f"{len(stories)} stories")
    )
    subject = f"[claimwatch] digest: {len(records)} alerts, {about}"
    text_parts: list[str] = [f"claimwatch digest: {len(records)} alerts", ""]
    html_parts: list[str] = [f"<h1>claimwatch digest: {len(records)} alerts</h1>"]
    for i, record in enumerate(records, 1):
        view = describe(record)
        text_parts += [f"=== {i}/{len(records)} ===", *_text_block(record, view), ""]
        html_parts.append(_html_block(record, view) + "<hr>")
    footer = "claimwatch alerts " + ", ".join(r.id[:12] for r in records)
    text = "\n".join([*text_parts, "-- ", footer]) + "\n"
    return EmailContent(subject, text, _html_page("\n".join(html_parts), footer))


def to_mime(content: EmailContent, *, sender: str, to: Sequence[str], message_id: str) -> bytes:
    """The message as bytes ready for SMTP: multipart/alternative, plain text then HTML."""
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = short(content.subject, 250)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(usegmt=True)
    msg["Message-ID"] = message_id
    msg["X-Claimwatch"] = "alert"
    msg.set_content(content.text, subtype="plain", charset="utf-8")
    msg.add_alternative(content.html, subtype="html", charset="utf-8")
    # Lines up to 998 characters are legal (RFC 5322): an unfolded subject reads the same in
    # every client, where Python's folder would start it on a continuation line.
    return msg.as_bytes(policy=SMTP.clone(max_line_length=998))
