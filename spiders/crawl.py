"""Running a crawl in a process of its own and reading its stats back (safe to call anywhere).

Twisted's reactor cannot be restarted, and `airflow dags test` runs every task in one process,
so each crawl is `python -m spiders.run ...` in a subprocess. Its log lines are streamed into
the `claimwatch.crawl` logger as they come, so they reach the Airflow task log.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import threading
from collections import deque
from dataclasses import asdict, dataclass
from pathlib import Path

from claimwatch import settings

log = logging.getLogger("claimwatch.crawl")
DEFAULT_MAX_SECONDS = 3600.0
KILL_GRACE_SECONDS = 120.0
_LEVELS = logging.getLevelNamesMapping()


class CrawlError(RuntimeError):
    """The crawl process failed; the message says which crawl and how."""


@dataclass(frozen=True)
class RevisitTarget:
    """A page to fetch again; etag/last_modified make the request conditional."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    outlet_id: int | None = None


def crawl_outlet(
    outlet_file: Path,
    db_url: str | None = None,
    *,
    max_seconds: float = DEFAULT_MAX_SECONDS,
) -> dict:
    """Crawl one outlet for new articles; returns the run's stats (also stored with the run)."""
    from claimwatch.config.loading import load_file
    from claimwatch.config.outlet import OutletConfig
    from claimwatch.store.db import session_scope
    from spiders.bookkeeping import start_run, upsert_outlet

    outlet_file = Path(outlet_file)
    db_url = db_url or settings.db_url()
    outlet, problems = load_file(outlet_file, OutletConfig)
    if outlet is None:
        raise CrawlError(
            f"outlet file {outlet_file} is not valid: " + "; ".join(str(p) for p in problems)
        )
    with session_scope(db_url) as session:
        outlet_id = upsert_outlet(session, outlet.name, outlet.display_title)
        run_id = start_run(session, "crawl", outlet_id)
    args = ["outlet", "--file", str(outlet_file.resolve()), "--outlet-id", str(outlet_id)]
    return _run_child(args, db_url, run_id, f"crawl of outlet {outlet.name!r}", max_seconds)


def revisit_pages(
    targets: list[RevisitTarget],
    db_url: str | None = None,
    *,
    politeness=None,  # noqa: ANN001 - claimwatch.config.outlet.Politeness
    max_seconds: float = DEFAULT_MAX_SECONDS,
) -> dict:
    """Re-fetch pages (conditionally where an ETag/Last-Modified is known) and store changes.

    Stats include `pages`: {normalised url: {"status", "version_id", ...}}.
    """
    from claimwatch.store.db import session_scope
    from spiders.bookkeeping import start_run

    db_url = db_url or settings.db_url()
    if not targets:
        return {"kind": "revisit", "requests": 0, "pages": {}}
    with session_scope(db_url) as session:
        run_id = start_run(session, "revisit")
    with tempfile.TemporaryDirectory(prefix="claimwatch-revisit-") as tmp:
        targets_file = Path(tmp) / "targets.json"
        payload = {
            "targets": [asdict(t) for t in targets],
            "politeness": politeness.model_dump() if politeness is not None else None,
        }
        targets_file.write_text(json.dumps(payload), encoding="utf-8")
        args = ["revisit", "--targets", str(targets_file)]
        return _run_child(args, db_url, run_id, f"revisit of {len(targets)} page(s)", max_seconds)


def _child_env(db_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env["CLAIMWATCH_DB_URL"] = db_url
    env["PYTHONUNBUFFERED"] = "1"
    root = str(settings.PROJECT_ROOT)
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([root, *[p for p in paths if p != root]])
    return env


def _relay(line: str, level: int) -> int:
    """Log one line of the child's output at its own level; continuation lines keep the last."""
    head = line.split(" ", 1)[0]
    level = _LEVELS.get(head, level)
    log.log(level, "%s", line)
    return level


def _run_child(args: list[str], db_url: str, run_id: int, what: str, max_seconds: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="claimwatch-crawl-") as tmp:
        stats_file = Path(tmp) / "stats.json"
        cmd = [
            sys.executable,
            "-m",
            "spiders.run",
            *args,
            "--db-url",
            db_url,
            "--run-id",
            str(run_id),
            "--stats-out",
            str(stats_file),
            "--max-seconds",
            str(max_seconds),
        ]
        log.info("starting %s (run %d)", what, run_id)
        tail: deque[str] = deque(maxlen=15)
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=_child_env(db_url),
            text=True,
            encoding="utf-8",
            errors="replace",
            bufsize=1,
        )
        killer = threading.Timer(max_seconds + KILL_GRACE_SECONDS, proc.kill)
        killer.daemon = True
        killer.start()
        level = logging.INFO
        try:
            assert proc.stdout is not None
            for raw in proc.stdout:
                line = raw.rstrip("\n")
                if line:
                    tail.append(line)
                    level = _relay(line, level)
            code = proc.wait()
        finally:
            killer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        stats = _read_stats(stats_file)
        if code != 0 or stats is None:
            message = _failure_message(what, code, stats, list(tail))
            _mark_failed(db_url, run_id, message, stats)
            raise CrawlError(message)
        log.info("finished %s: %s", what, _brief(stats))
        return stats


def _read_stats(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _failure_message(what: str, code: int, stats: dict | None, tail: list[str]) -> str:
    if code < 0:
        how = f"was killed by signal {-code}"
    elif stats is not None:
        how = f"ended with status {stats.get('finish_reason')!r} (exit code {code})"
    else:
        how = f"failed with exit code {code}"
    last = "\n  ".join(tail[-8:]) or "(no output)"
    return f"{what} {how}; last output:\n  {last}"


def _mark_failed(db_url: str, run_id: int, message: str, stats: dict | None) -> None:
    from claimwatch.store.db import session_scope
    from spiders.bookkeeping import finish_run

    try:
        with session_scope(db_url) as session:
            finish_run(session, run_id, "failed", {**(stats or {}), "error": message[:2000]})
    except Exception:  # noqa: BLE001 - the CrawlError raised next is what matters
        log.exception("could not record the failure of run %d", run_id)


def _brief(stats: dict) -> str:
    keys = ("requests", "links_found", "items", "new_items", "no_text", "errors", "duration")
    return ", ".join(f"{k}={stats[k]}" for k in keys if k in stats)
