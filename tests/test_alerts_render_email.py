"""Alert emails: what each event shows, and that scraped text cannot break out of its place."""

from __future__ import annotations

from email import message_from_bytes, policy

from alerts.record import AlertRecord
from alerts.render_email import render_email, render_email_digest, to_mime

CLAIM = "China will send elite special forces units to Syria to fight militants."


def record(event: str = "picked_up", **changes: object) -> AlertRecord:
    base = {
        "id": "0123456789abcdef0123456789abcdef",
        "event": event,
        "story": "china-forces",
        "story_title": "China sending special forces to Syria",
        "outlet": "gulfwire",
        "url": "https://gulfwire.example/world/2017/11/29/forces",
        "title": "Elite units head for Syria",
        "detected_at": "2026-03-04T05:06:07Z",
        "evidence": {"claim": CLAIM, "passage": CLAIM, "score": 0.97},
    }
    return AlertRecord(**{**base, **changes})


def retraction(sentence: str, **evidence: object) -> AlertRecord:
    """A retraction alert whose matching passage is its retracting sentence."""
    base = {"claim": CLAIM, "passage": sentence, "retracting_sentence": sentence, "score": 0.9}
    return record("retracted", evidence={**base, **evidence})


def test_a_pick_up_shows_claim_passage_outlet_link_and_time():
    email = render_email(record())

    assert (
        email.subject == "[claimwatch] PICKED UP: China sending special forces to Syria (gulfwire)"
    )
    for part in (email.text, email.html):
        assert "gulfwire" in part and "2026-03-04 05:06 UTC" in part and "0.97" in part
        assert "Matching passage" in part and CLAIM in part
    assert "Link:      https://gulfwire.example/world/2017/11/29/forces" in email.text
    assert (
        '<a href="https://gulfwire.example/world/2017/11/29/forces">Elite units head' in email.html
    )


def test_a_rewording_highlights_the_changed_words_against_the_previous_version():
    email = render_email(
        record(
            "reworded",
            evidence={
                "claim": CLAIM,
                "previous_passage": "China will send two elite units to Syria.",
                "passage": "China may have sent two elite units to Syria.",
                "score": 0.7,
            },
        )
    )

    assert "Changed words against the previous version" in email.text
    assert "China [-will send-] {+may have sent+} two elite units to Syria." in email.text
    assert '<del style="background:#fdd;color:#900">will send</del>' in email.html
    assert "<strong>may have sent</strong></ins>" in email.html


def test_a_new_item_rewording_is_compared_with_the_claim():
    email = render_email(
        record(
            "reworded",
            evidence={
                "claim": "China will send troops to Syria.",
                "passage": "Beijing may send troops to Syria.",
            },
        )  # fmt: skip
    )

    assert "Changed words against the claim" in email.text
    assert "[-China will-] {+Beijing may+} send troops to Syria." in email.text


def test_a_retraction_shows_the_retracting_sentence_and_why():
    sentence = "The ministry said it is not true that China is sending troops."
    email = render_email(retraction(sentence, reason="correction"))

    assert email.subject.startswith("[claimwatch] RETRACTED: ")
    assert "Retracting sentence:\n  " + sentence in email.text
    assert "The page now carries a correction." in email.text
    assert f"<mark>{sentence}</mark>" in email.html
    assert email.text.count(sentence) == 1  # not repeated as the matching passage


def test_a_page_gone_says_so():
    email = render_email(record("retracted", evidence={"claim": CLAIM, "reason": "gone"}))

    assert "The page is gone (HTTP 404/410)." in email.text


def test_unknown_and_odd_evidence_is_rendered_compactly():
    email = render_email(
        record(
            evidence={
                "claim": CLAIM,
                "score": "n/a",
                "changed_words": ["may", "sent"],
                "diff": {"removed": ["will"], "added": ["may"]},
                "model": {"name": "x", "v": 2},
                "empty": "",
            },
        )  # fmt: skip
    )

    assert "Changed words: may, sent" in email.text
    assert "Diff: removed: will; added: may" in email.text
    assert 'Model: {"name": "x", "v": 2}' in email.text
    assert "Empty" not in email.text
    assert "Score:     n/a" in email.text


def test_hostile_text_cannot_inject_html_or_headers():
    hostile = record(
        story_title="Forces\r\nBcc: victim@example.org\r\n\r\n<h1>owned</h1>",
        title='<script>alert("x")</script><img src=x onerror=alert(1)>',
        outlet="gulf\nwire",
        url="javascript:alert(1)",
        evidence={"claim": "<b>claim</b>", "passage": "</blockquote><a href='http://evil'>x</a>"},
    )
    email = render_email(hostile)
    raw = to_mime(email, sender="cw@example.org", to=["desk@example.org"], message_id="<a@b>")
    message = message_from_bytes(raw, policy=policy.default)

    assert message["Bcc"] is None
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message["Subject"] == (
        "[claimwatch] PICKED UP: Forces Bcc: victim@example.org <h1>owned</h1> (gulf wire)"
    )
    html = message.get_body(("html",)).get_content()
    assert "<script" not in html and "<img" not in html and "<h1>owned" not in html
    assert "&lt;script&gt;" in html and "&lt;/blockquote&gt;&lt;a href=&#x27;http://evil" in html
    assert 'href="javascript' not in html and "javascript:alert(1)" in html  # shown, not linked
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]


def test_long_text_is_cut_at_a_word_boundary_with_an_ellipsis():
    passage = " ".join(f"word{i}" for i in range(400))
    email = render_email(record(evidence={"claim": CLAIM, "passage": passage}))

    line = next(line for line in email.text.splitlines() if line.startswith("  word0 "))
    assert line.endswith("…") and len(line) <= 2 + 700
    assert line[:-1].split()[-1].startswith("word")  # a whole word before the ellipsis
    assert passage[len(line) - 3 : len(line) - 2] in (" ", "")  # noqa: E203


def test_a_digest_lists_every_alert_in_one_email():
    records = [record(event, id=f"{i:032x}") for i, event in
               enumerate(["picked_up", "reworded", "retracted"])]  # fmt: skip
    email = render_email_digest(records)

    assert email.subject == "[claimwatch] digest: 3 alerts, China sending special forces to Syria"
    assert email.text.count("=== ") == 3
    for label in ("PICKED UP", "REWORDED", "RETRACTED"):
        assert label in email.text and label in email.html


def test_a_page_that_dropped_the_claim_shows_what_it_carried_before():
    before = "China will send elite units to Syria, the base said."
    email = render_email(
        record(
            "retracted",
            evidence={"claim": CLAIM, "reason": "claim removed", "previous_passage": before},
        )  # fmt: skip
    )

    assert "The page no longer carries the claim." in email.text
    assert "What the page carried before:\n  " + before in email.text
    assert "What the page carried before" in email.html


def test_a_rewording_of_a_source_passage_is_compared_with_that_passage():
    email = render_email(
        record(
            "reworded",
            evidence={
                "claim": CLAIM,
                "anchor": "Two elite units will go to Syria.",
                "passage": "Two elite units may have gone to Syria.",
                "changed": {"removed": ["will", "go"], "added": ["may", "gone"]},
            },
        )  # fmt: skip
    )

    assert "Changed words against the source passage" in email.text
    assert "Two elite units [-will go-] {+may have gone+} to Syria." in email.text
    assert "Changed: removed: will, go; added: may, gone" in email.text
    assert "Anchor:" not in email.text  # shown as the diff's base, not again
