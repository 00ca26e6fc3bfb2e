"""The alert record: a stable id and the contract's fields."""

from datetime import UTC, datetime, timedelta, timezone

from alerts.record import AlertRecord, alert_id, build_record


def test_build_record_has_the_contract_fields_and_a_stable_id():
    detected = datetime(2026, 3, 4, 6, 6, 7, tzinfo=timezone(timedelta(hours=1)))
    record = build_record(
        story_slug="s", story_title="S", outlet="o", url="https://x.example/a", title="T",
        event="reworded", evidence={"claim": "c"}, detected_at=detected,
    )  # fmt: skip

    assert record.id == alert_id("s", "https://x.example/a", "reworded")
    assert record.detected_at == "2026-03-04T05:06:07Z"
    assert list(record.to_dict()) == [
        "id", "event", "story", "story_title", "outlet", "url", "title", "detected_at", "evidence",
    ]  # fmt: skip
    again = build_record(
        story_slug="s", story_title="S2", outlet="o", url="https://x.example/a", title="T2",
        event="reworded", evidence={}, detected_at=datetime.now(UTC),
    )  # fmt: skip
    assert again.id == record.id
    assert alert_id("s", "https://x.example/a", "retracted") != record.id


def test_from_dict_tolerates_missing_and_extra_keys():
    record = AlertRecord.from_dict({"id": "x", "event": "retracted", "extra": 1, "evidence": None})

    assert record.story == "" and record.evidence == {}
