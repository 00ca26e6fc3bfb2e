"""Crawls of the same domain wait for each other; other domains go ahead."""

from __future__ import annotations

import threading
import time

from claimwatch.domain_lock import hold_domains


def test_a_second_holder_of_a_domain_waits_for_the_first(tmp_path, monkeypatch):
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path))
    order: list[str] = []
    first_holds = threading.Event()
    release_first = threading.Event()

    def first() -> None:
        with hold_domains(["news.example.org"]):
            order.append("first in")
            first_holds.set()
            release_first.wait(10)
            order.append("first out")

    def second() -> None:
        with hold_domains(["news.example.org", "other.example.org"]):
            order.append("second in")

    t1 = threading.Thread(target=first)
    t1.start()
    first_holds.wait(10)
    t2 = threading.Thread(target=second)
    t2.start()
    with hold_domains(["unrelated.example.org"]):
        order.append("unrelated in")
    time.sleep(0.2)  # give the second holder a chance to (wrongly) get in
    release_first.set()
    t1.join(10)
    t2.join(10)
    assert order.index("second in") > order.index("first out")
    assert order.index("unrelated in") < order.index("first out")
