"""The DAG tasks' shell on a real store: story sync, matching with its alerts, variants."""

from __future__ import annotations

from sqlalchemy import func, select

from claimwatch import tasks
from claimwatch.store.db import session_scope
from claimwatch.store.models import Alert, Article, Claim, Delivery, Fingerprint, Match, Story
from claimwatch.store.pages import Fetch, record_page
from claimwatch.stories_sync import story_from_form
from pipelines.extract import Extracted

CLAIM = (
    "BrightHome is recalling 40,000 ceramic space heaters because a faulty thermostat can "
    "cause them to overheat and catch fire."
)
STORY = f"""\
title: BrightHome heater recall
claims:
  - {CLAIM}
sources:
  - text: |
      {CLAIM} The recall covers the HX-200 model sold between March and September.
"""
PICKUP = (
    "If you bought a small ceramic heater this year, check the label on its base. "
    f"{CLAIM} The recall covers the HX-200 model, sold in supermarkets and online. "
    "Shoppers can return the heaters to any store for a full refund, with or without a receipt."
)
UNRELATED = (
    "The Harbour rowing club won the autumn eights final on Saturday, beating the defending "
    "champions by a length and a half in a tense race on the estuary. Coach Mira Tallen said "
    "the crew had trained through the summer heat and deserved the win."
)


def stories_dir(tmp_path, text: str = STORY):
    directory = tmp_path / "stories"
    directory.mkdir(exist_ok=True)
    (directory / "heater-recall.yaml").write_text(text)
    return directory


def store_page(url: str, text: str) -> None:
    with session_scope() as s:
        record_page(s, Fetch(url=url, status=200, extracted=Extracted(text=text, title="A page")))


def test_story_files_sync_cheaply_and_follow_edits_and_removals(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_STORIES_DIR", str(stories_dir(tmp_path)))
    assert tasks.sync_stories()["changed"] == ["heater-recall"]
    assert tasks.sync_stories()["changed"] == []
    stories_dir(tmp_path, STORY.replace("title: BrightHome", "title: The BrightHome"))
    assert tasks.sync_stories()["changed"] == ["heater-recall"]
    (tmp_path / "stories" / "broken.yaml").write_text("claims: nope\n")
    summary = tasks.sync_stories()
    assert summary["problems"] and "broken.yaml" in summary["problems"][0]
    (tmp_path / "stories" / "heater-recall.yaml").unlink()
    assert tasks.sync_stories()["deactivated"] == ["heater-recall"]
    with session_scope() as s:
        assert s.scalars(select(Story)).one().active is False


def test_matching_stores_each_event_once_with_its_alert_and_outbox(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_STORIES_DIR", str(stories_dir(tmp_path)))
    tasks.sync_stories()
    store_page("http://daily.test/heater-recall", PICKUP)
    store_page("http://daily.test/rowing", UNRELATED)

    counts = tasks.match_pending()
    assert counts["versions"] == 2 and counts["picked_up"] == 1
    assert tasks.match_pending()["versions"] == 0
    with session_scope() as s:
        match = s.scalars(select(Match)).one()
        assert match.event == "picked_up" and CLAIM in match.evidence["claim"]
        alert = s.scalars(select(Alert)).one()
        assert alert.record["url"] == "http://daily.test/heater-recall"
        assert alert.record["story"] == "heater-recall"
        assert s.scalar(select(func.count()).select_from(Delivery)) >= 1
        stored = s.scalars(select(Fingerprint.owner_id).where(Fingerprint.owner == "version"))
        assert set(stored) == {1, 2}  # both versions are in the near-duplicate index
        variants = s.scalars(select(Claim.text).where(Claim.kind == "variant")).all()
        assert CLAIM not in variants  # a verbatim copy teaches nothing new


def test_a_story_from_the_form_is_tracked_like_a_file_story(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_STORIES_DIR", str(tmp_path / "none"))
    config = story_from_form("BrightHome heater recall", [CLAIM, ""], [], PICKUP)
    assert tasks.track_story(config)["story"] == "brighthome-heater-recall"
    tasks.sync_stories()  # a file-less story from the UI stays active
    store_page("http://daily.test/heater-recall", PICKUP.replace("base.", "base plate."))
    with session_scope() as s:
        assert s.scalars(select(Story)).one().active
    assert tasks.match_pending()["versions"] == 1


def test_a_syndicated_copy_names_the_page_it_copies_from_the_stored_index(
    db_url, tmp_path, monkeypatch
):
    monkeypatch.setenv("CLAIMWATCH_STORIES_DIR", str(stories_dir(tmp_path)))
    tasks.sync_stories()
    store_page("http://daily.test/heater-recall", PICKUP)
    tasks.match_pending()
    store_page("http://wire.test/heaters", PICKUP + " Reporting by the wire desk.")
    store_page("http://other.test/heaters", f"Recall notice. {CLAIM} Ask in store for details.")
    assert tasks.match_pending()["picked_up"] == 2
    with session_scope() as s:
        copy_of = {
            s.get(Article, m.article_id).url: m.evidence.get("copy_of")
            for m in s.scalars(select(Match).order_by(Match.id))
        }
    assert copy_of == {
        "http://daily.test/heater-recall": None,
        "http://wire.test/heaters": "http://daily.test/heater-recall",
        "http://other.test/heaters": None,  # carries the claim, but is not a copy of the page
    }


def already_stored(monkeypatch) -> None:
    """Source pages are stored by the test: fetching them again is not what is tested."""
    import spiders.crawl

    monkeypatch.setattr(spiders.crawl, "revisit_pages", lambda targets: None)


def test_tracked_stories_carry_inline_sources_and_the_first_text_of_url_sources(
    db_url, tmp_path, monkeypatch
):
    already_stored(monkeypatch)
    url = "http://daily.test/heater-recall-original"
    store_page(url, "The first text of the source. " + CLAIM)
    store_page(url, "A later, rewritten text of the source. " + UNRELATED)
    monkeypatch.setenv(
        "CLAIMWATCH_STORIES_DIR",
        str(stories_dir(tmp_path, STORY + f"  - url: {url}\n")),
    )
    tasks.sync_stories()
    with session_scope() as s:
        (story,) = tasks.load_tracked_stories(s)
    assert story.slug == "heater-recall" and [c.text for c in story.claims] == [CLAIM]
    assert len(story.sources) == 2
    assert story.sources[0].startswith(CLAIM)
    assert story.sources[1].startswith("The first text of the source.")


def test_loading_tracked_stories_takes_the_same_few_queries_however_many_there_are(
    db_url, tmp_path, monkeypatch
):
    from sqlalchemy import event

    from claimwatch.store.db import engine

    def queries_to_load() -> int:
        seen = []
        eng = engine(db_url)

        def listener(conn, cursor, statement, *rest) -> None:  # noqa: ANN001
            seen.append(statement)

        event.listen(eng, "before_cursor_execute", listener)
        try:
            with session_scope() as s:
                tasks.load_tracked_stories(s)
        finally:
            event.remove(eng, "before_cursor_execute", listener)
        return len(seen)

    already_stored(monkeypatch)
    directory = tmp_path / "stories"
    directory.mkdir()
    monkeypatch.setenv("CLAIMWATCH_STORIES_DIR", str(directory))
    counts = []
    for n in range(1, 4):
        url = f"http://daily.test/source-{n}"
        store_page(url, f"Source {n}. " + CLAIM)
        (directory / f"story-{n}.yaml").write_text(
            STORY.replace("title: BrightHome", f"title: Story {n} BrightHome") + f"  - url: {url}\n"
        )
        tasks.sync_stories()
        counts.append(queries_to_load())
    assert counts[0] == counts[1] == counts[2] <= 5, counts
