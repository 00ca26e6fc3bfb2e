"""Alert Slack messages: Block Kit content, limits, and no mention/link/format injection."""

from __future__ import annotations

import json

from test_alerts_render_email import CLAIM, record, retraction

from alerts.render_slack import fallback_text, render_slack, render_slack_digest

HOSTILE = (
    "<!channel> <!here> <@U024BE7LH> <https://evil.example|click me> *bold* _it_ ~s~ `c` @here"
)


def texts_outside_literal_elements(node: object, literal: bool = False) -> list[str]:
    """Every string Slack would parse as markup: anything but plain_text and rich_text text."""
    found: list[str] = []
    if isinstance(node, dict):
        kind = node.get("type")
        # plain_text objects, rich_text text and link elements: shown literally by Slack
        inside = kind in ("plain_text", "text", "link")
        for key, value in node.items():
            if key == "text" and isinstance(value, str) and not (inside or literal):
                found.append(value)
            elif key not in ("type", "url", "style"):
                found += texts_outside_literal_elements(value, literal or inside)
    elif isinstance(node, list):
        for item in node:
            found += texts_outside_literal_elements(item, literal)
    return found


def all_strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in all_strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in all_strings(v)]
    return [node] if isinstance(node, str) else []


def test_a_retraction_message_has_header_link_sentence_and_context():
    sentence = "Officials said it is not true that China is sending troops."
    payload = render_slack(retraction(sentence))
    header, body, context = payload["blocks"]

    assert header == {
        "type": "header",
        "text": {"type": "plain_text", "text": "RETRACTED: China sending special forces to Syria",
                 "emoji": False},
    }  # fmt: skip
    page = body["elements"][0]["elements"]
    assert page[0] == {"type": "text", "text": "gulfwire", "style": {"bold": True}}
    assert page[2] == {
        "type": "link",
        "url": "https://gulfwire.example/world/2017/11/29/forces",
        "text": "Elite units head for Syria",
    }
    assert {"type": "rich_text_quote", "elements": [{"type": "text", "text": sentence}]} in body[
        "elements"
    ]
    assert context["elements"][0]["text"].startswith("Detected 2026-03-04 05:06 UTC · score 0.90")
    assert payload["unfurl_links"] is False
    assert payload["text"] == "RETRACTED: China sending special forces to Syria (gulfwire)"


def test_a_rewording_strikes_removed_and_bolds_added_words():
    payload = render_slack(
        record(
            "reworded",
            evidence={
                "claim": CLAIM,
                "previous_passage": "China will send two units.",
                "passage": "China may have sent two units.",
            },
        )  # fmt: skip
    )
    elements = payload["blocks"][1]["elements"]
    quote = next(e for e in elements if e["type"] == "rich_text_quote")["elements"]

    assert {"type": "text", "text": "will send", "style": {"strike": True}} in quote
    assert {"type": "text", "text": "may have sent", "style": {"bold": True}} in quote


def test_hostile_text_cannot_mention_link_or_format():
    payload = render_slack(
        record(
            story_title=HOSTILE,
            title=HOSTILE,
            outlet=HOSTILE,
            url="javascript:alert(1)",
            evidence={"claim": HOSTILE, "passage": HOSTILE, HOSTILE: HOSTILE},
        )  # fmt: skip
    )

    assert texts_outside_literal_elements(payload["blocks"]) == []
    assert not any(b.get("type") == "section" for b in payload["blocks"])  # no mrkdwn sections
    assert '"mrkdwn"' not in json.dumps(payload)
    assert not any(e.get("type") == "link" for b in payload["blocks"][1:2] for s in b["elements"]
                   for e in s["elements"])  # fmt: skip
    fallback = payload["text"]
    assert "<" not in fallback and ">" not in fallback
    assert "@here" not in fallback and "@\u2060here" in fallback
    assert not set("*_~`") & set(fallback)


def test_fallback_text_escapes_slack_control_sequences():
    assert fallback_text("a <!channel> & <@U1> *b*") == "a &lt;!channel&gt; &amp; &lt;@U1&gt; b"


def test_texts_stay_within_slack_limits():
    long = " ".join(["claim"] * 3000)
    payload = render_slack(
        record(story_title=long, title=long, evidence={"claim": long, "passage": long, "k": long})
    )

    assert len(payload["blocks"][0]["text"]["text"]) <= 150
    assert all(len(s) <= 3000 for s in all_strings(payload))
    assert payload["blocks"][0]["text"]["text"].endswith("…")
    assert len(json.dumps(payload)) < 20_000


def test_a_digest_is_one_message_within_the_block_limit():
    records = [record(id=f"{i:032x}") for i in range(30)]
    payload = render_slack_digest(records)

    assert len(payload["blocks"]) <= 50
    assert payload["blocks"][0]["text"]["text"] == "claimwatch digest: 30 alerts"
    assert "…and 10 more" in payload["blocks"][-1]["elements"][0]["text"]
    assert texts_outside_literal_elements(payload["blocks"]) == []
