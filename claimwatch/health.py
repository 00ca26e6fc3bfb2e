"""Spotting an outlet that has silently broken, from the stats of its recent crawl runs."""

from __future__ import annotations

EMPTY_RUNS_BEFORE_ALERT = 3


def silent_breakage(recent_stats: list[dict], outlet: str) -> list[str]:
    """Problems worth an operator's attention; `recent_stats` is newest first.

    - the outlet's feeds/sitemaps/sections yielded no article links several runs in a row;
    - pages were fetched but extraction yielded no text for any of them, where it used to.
    """
    problems = []
    recent = recent_stats[:EMPTY_RUNS_BEFORE_ALERT]
    if len(recent) == EMPTY_RUNS_BEFORE_ALERT and all(
        s.get("links_found", s.get("items", 0)) == 0 for s in recent
    ):
        problems.append(
            f"outlet {outlet}: its sources listed no articles in the last "
            f"{EMPTY_RUNS_BEFORE_ALERT} runs (feed moved or empty, or the site changed its layout)"
        )
    latest = recent_stats[0] if recent_stats else {}
    fetched, no_text = latest.get("items", 0) + latest.get("no_text", 0), latest.get("no_text", 0)
    earlier_ok = any(s.get("items", 0) > 0 for s in recent_stats[1:])
    if fetched >= 3 and no_text == fetched and earlier_ok:
        problems.append(
            f"outlet {outlet}: none of the {fetched} pages fetched in the last run yielded article "
            "text (the site's layout may have changed; consider `selectors` in its outlet file)"
        )
    return problems
