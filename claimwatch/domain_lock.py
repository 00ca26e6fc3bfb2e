"""Per-domain locks so that crawls of the same domain from different DAG runs never overlap."""

from __future__ import annotations

import fcntl
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager

from claimwatch import settings

log = logging.getLogger("claimwatch.crawl")


@contextmanager
def hold_domains(domains: Iterable[str]) -> Iterator[None]:
    """Hold an exclusive lock per domain (taken in sorted order, so two holders never deadlock)."""
    lock_dir = settings.home() / "var" / "locks"
    lock_dir.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        for domain in sorted(set(domains)):
            path = lock_dir / (re.sub(r"[^a-z0-9.-]", "_", domain.lower()) + ".lock")
            handle = stack.enter_context(open(path, "a"))  # noqa: SIM115
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                log.info("waiting for another crawl of %s to finish", domain)
                fcntl.flock(handle, fcntl.LOCK_EX)
        yield
