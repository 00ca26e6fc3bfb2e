"""An alert (or a run's digest) as a Slack Block Kit message that scraped text cannot subvert.

Untrusted text only ever goes into `plain_text` objects and `rich_text` text elements, which Slack
shows literally: no mentions, links or formatting can come from it. Links are `rich_text` link
elements built from the record's URL when it is plain http(s). The notification `text` (parsed as
mrkdwn by Slack) is escaped and stripped of formatting characters and broadcast words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from alerts.evidence import EvidenceView, Segment, describe, detected_text, extra_label
from alerts.record import AlertRecord
from alerts.safe_text import cut, safe_url, short

HEADER_LIMIT = 150  # Slack's limit for a header block's text
TEXT_LIMIT = 2900  # below Slack's 3000 for a text object
FALLBACK_LIMIT = 300
PASSAGE_LIMIT = 600
DIGEST_PASSAGE_LIMIT = 280
DIGEST_MAX_ALERTS = 20  # 2 blocks each, plus header and footer: within Slack's 50 blocks

_BROADCAST = re.compile(r"@(?=(channel|here|everyone)\b)", re.IGNORECASE)
_MRKDWN = re.compile(r"[*_~`]")


def fallback_text(text: str) -> str:
    """Text safe in Slack's mrkdwn `text` field: one line, escaped, no formatting or mentions."""
    value = short(text, FALLBACK_LIMIT)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _BROADCAST.sub("@\u2060", value)
    return _MRKDWN.sub("", value)


def _plain(text: str, limit: int = TEXT_LIMIT) -> dict:
    return {"type": "plain_text", "text": cut(text, limit) or " ", "emoji": False}


def _t(text: str, **style: bool) -> dict:
    element: dict = {"type": "text", "text": text}
    if style:
        element["style"] = style
    return element


def _link(url: str, text: str) -> dict:
    safe = safe_url(url)
    if safe is None:
        return _t(f"{text} ({short(url, 200)})")
    return {"type": "link", "url": safe, "text": text}


def _diff_elements(changes: Sequence[Segment]) -> list[dict]:
    elements: list[dict] = []
    for segment in changes:
        if elements:
            elements.append(_t(" "))
        if segment.kind == "removed":
            elements.append(_t(segment.text, strike=True))
        elif segment.kind == "added":
            elements.append(_t(segment.text, bold=True))
        else:
            elements.append(_t(segment.text))
    return elements


def _quote(elements: list[dict]) -> dict:
    return {"type": "rich_text_quote", "elements": elements}


def _section(*elements: dict) -> dict:
    return {"type": "rich_text_section", "elements": list(elements)}


def _evidence_elements(view: EvidenceView, *, compact: bool) -> list[dict]:
    out: list[dict] = []
    if view.reason:
        out.append(_section(_t(view.reason, italic=True)))
    if view.retracting_sentence:
        out += [
            _section(_t("Retracting sentence:", bold=True)),
            _quote([_t(view.retracting_sentence)]),
        ]
    elif view.changes:
        out += [
            _section(_t(f"Changed words against the {view.changes_against}:", bold=True)),
            _quote(_diff_elements(view.changes)),
        ]
    elif view.passage:
        out += [_section(_t("Matching passage:", bold=True)), _quote([_t(view.passage)])]
    if view.previous and not compact:
        out += [
            _section(_t("What the page carried before:", bold=True)),
            _quote([_t(view.previous)]),
        ]
    if not compact and view.claim:
        out.append(_section(_t("Tracked claim: ", bold=True), _t(view.claim)))
    if not compact and view.extras:
        line = " · ".join(f"{extra_label(key)}: {value}" for key, value in view.extras)
        out.append(_section(_t(cut(line, TEXT_LIMIT), italic=True)))
    return out


def _page_line(record: AlertRecord, title_limit: int = 200) -> dict:
    return _section(
        _t(short(record.outlet, 60), bold=True),
        _t(": "),
        _link(record.url, short(record.title or record.url, title_limit)),
    )


def render_slack(record: AlertRecord) -> dict:
    """One alert as a webhook payload."""
    view = describe(record, passage_limit=PASSAGE_LIMIT)
    story = record.story_title or record.story
    footer = f"Detected {detected_text(record.detected_at)}"
    if view.score:
        footer += f" · score {view.score}"
    footer += f" · story {short(record.story, 60)} · alert {record.id[:12]}"
    blocks = [
        {"type": "header", "text": _plain(f"{view.label}: {short(story, 300)}", HEADER_LIMIT)},
        {
            "type": "rich_text",
            "elements": [_page_line(record), *_evidence_elements(view, compact=False)],
        },
        {"type": "context", "elements": [_plain(footer)]},
    ]
    return {
        "text": fallback_text(f"{view.label}: {story} ({record.outlet})"),
        "blocks": blocks,
        "unfurl_links": False,
        "unfurl_media": False,
    }


def render_slack_digest(records: Sequence[AlertRecord]) -> dict:
    """A run's alerts for one channel as one webhook payload (the first DIGEST_MAX_ALERTS)."""
    if len(records) == 1:
        return render_slack(records[0])
    blocks: list[dict] = [
        {"type": "header", "text": _plain(f"claimwatch digest: {len(records)} alerts")}
    ]
    for record in records[:DIGEST_MAX_ALERTS]:
        view = describe(record, passage_limit=DIGEST_PASSAGE_LIMIT)
        heading = _section(
            _t(f"{view.label}: ", bold=True),
            _t(short(record.story_title or record.story, 200), bold=True),
        )
        blocks += [
            {
                "type": "rich_text",
                "elements": [
                    heading,
                    _page_line(record, 150),
                    *_evidence_elements(view, compact=True),
                ],
            },
            {
                "type": "context",
                "elements": [
                    _plain(f"Detected {detected_text(record.detected_at)} · alert {record.id[:12]}")
                ],
            },
        ]
    hidden = len(records) - DIGEST_MAX_ALERTS
    if hidden > 0:
        blocks.append(
            {
                "type": "context",
                "elements": [
                    _plain(f"…and {hidden} more: see claimwatch alerts or the JSONL file")
                ],
            }
        )
    return {
        "text": fallback_text(f"claimwatch digest: {len(records)} alerts"),
        "blocks": blocks,
        "unfurl_links": False,
        "unfurl_media": False,
    }
