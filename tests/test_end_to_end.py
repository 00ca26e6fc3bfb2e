"""The whole skeleton through real `airflow dags test` runs against outlets served on loopback.

The bundled demo outlet and story files are used as they are, moved to this test's own hosts and
ports: a first watch cycle alerts pick-ups, a rewording and a denial; a second adds nothing; after
the pages change, `revisit` alerts a correction and a removal.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimwatch.demo.newsroom import load_newsroom
from claimwatch.demo.server import DemoNewsroomServer

REPO = Path(__file__).resolve().parent.parent
AIRFLOW = Path(sys.executable).with_name("airflow")
DEMO_HOSTS = {"127.0.0.21": "127.0.3.21", "127.0.0.22": "127.0.3.22", "127.0.0.23": "127.0.3.23"}

pytestmark = pytest.mark.airflow


@dataclasses.dataclass
class World:
    env: dict[str, str]
    server: DemoNewsroomServer
    alerts_file: Path
    log: Path

    def dags_test(self, dag_id: str, conf: dict | None = None) -> None:
        args = [str(AIRFLOW), "dags", "test", dag_id]
        if conf is not None:
            args += ["-c", json.dumps(conf)]
        with self.log.open("a") as log:
            done = subprocess.run(
                args, env=self.env, stdout=log, stderr=subprocess.STDOUT, timeout=600
            )
        assert done.returncode == 0, f"{dag_id} failed, see {self.log}:\n{self.tail()}"

    def tail(self) -> str:
        return "\n".join(self.log.read_text().splitlines()[-60:])

    def alerts(self) -> list[dict]:
        if not self.alerts_file.exists():
            return []
        return [json.loads(line) for line in self.alerts_file.read_text().splitlines() if line]


def relocate(text: str, server: DemoNewsroomServer) -> str:
    for old, new in DEMO_HOSTS.items():
        text = text.replace(f"http://{old}:8765", server.base_url(new))
    return text


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    tmp = tmp_path_factory.mktemp("e2e")
    newsroom = load_newsroom()
    newsroom = dataclasses.replace(
        newsroom,
        outlets=tuple(dataclasses.replace(o, host=DEMO_HOSTS[o.host]) for o in newsroom.outlets),
    )
    server = DemoNewsroomServer(newsroom, port=0)
    server.start()
    for kind, source in (("outlets", REPO / "spiders" / "outlets"), ("stories", REPO / "stories")):
        (tmp / kind).mkdir()
        for path in source.glob("*.yaml"):
            (tmp / kind / path.name).write_text(relocate(path.read_text(), server))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAIMWATCH_", "AIRFLOW"))}
    env.update(
        AIRFLOW_HOME=str(REPO),
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"sqlite:///{tmp / 'airflow.db'}",
        AIRFLOW__LOGGING__BASE_LOG_FOLDER=str(tmp / "logs"),
        CLAIMWATCH_DB_URL=f"sqlite:///{tmp / 'claimwatch.db'}",
        CLAIMWATCH_OUTLETS_DIR=str(tmp / "outlets"),
        CLAIMWATCH_STORIES_DIR=str(tmp / "stories"),
        CLAIMWATCH_ALERTS_JSONL=str(tmp / "alerts.jsonl"),
    )
    w = World(env, server, tmp / "alerts.jsonl", tmp / "airflow.log")
    with w.log.open("w") as log:
        subprocess.run(
            [str(AIRFLOW), "db", "migrate"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            check=True,
            timeout=300,
        )
    yield w
    server.stop()


def events(alerts: list[dict]) -> set[tuple[str, str, str]]:
    return {(a["story"], a["url"].split("/", 3)[-1], a["event"]) for a in alerts}


FIRST_CYCLE = {
    ("kestria-commandos", "news/kestria-commandos-dalmora-wire", "picked_up"),
    ("kestria-commandos", "news/kestria-may-have-deployed-special-units", "reworded"),
    (
        "kestria-commandos",
        "politics/2026/11/04/dalmora-official-kestria-not-sending-troops",
        "retracted",
    ),
    ("kestria-commandos", "politics/2026/11/03/what-a-kestrian-deployment-would-mean", "picked_up"),
    ("brighthome-heater-recall", "money/heater-recall-what-you-need-to-know", "picked_up"),
}
AFTER_REVISIT = {
    ("kestria-commandos", "news/kestria-commandos-dalmora-wire", "retracted"),
    ("kestria-commandos", "politics/2026/11/03/what-a-kestrian-deployment-would-mean", "retracted"),
}


def test_first_watch_cycle_alerts_pickups_a_rewording_and_a_denial(world):
    for outlet in ("demo-wire", "demo-daily", "demo-observer"):
        world.dags_test(f"watch_{outlet}")
    alerts = world.alerts()
    assert events(alerts) == FIRST_CYCLE, world.tail()
    for alert in alerts:
        assert set(alert) == {
            "id",
            "event",
            "story",
            "story_title",
            "outlet",
            "url",
            "title",
            "detected_at",
            "evidence",
        }
        assert alert["evidence"]["claim"]
    by_url = {a["url"].split("/", 3)[-1]: a for a in alerts}
    assert by_url["news/kestria-commandos-dalmora-wire"]["outlet"] == "demo-daily"
    denial = by_url["politics/2026/11/04/dalmora-official-kestria-not-sending-troops"]
    assert "not true" in json.dumps(denial["evidence"]) or "denied" in json.dumps(
        denial["evidence"]
    )


def test_a_second_cycle_adds_nothing_and_fetches_no_article_twice(world):
    before = len(world.alerts())
    world.server.requests.clear()
    world.dags_test("watch_demo-daily")
    assert len(world.alerts()) == before
    fetched = [path for _, path in world.server.requests if path.startswith("/news/")]
    assert fetched == []


def test_revisit_alerts_a_correction_and_a_removal(world):
    world.server.phase = 2
    world.dags_test("revisit", conf={"all": True})
    got = events(world.alerts())
    assert AFTER_REVISIT <= got, world.tail()
    assert got - FIRST_CYCLE == AFTER_REVISIT
    removal = next(
        a
        for a in world.alerts()
        if a["event"] == "retracted" and "wire" in a["url"].rsplit("/", 1)[-1]
    )
    assert removal["evidence"].get("reason") == "gone"


def test_a_story_tracked_from_the_form_is_in_the_store(world):
    from sqlalchemy import create_engine, text

    world.dags_test(
        "track_story",
        conf={
            "title": "Harbour Daily rowing crew wins the final",
            "claims": ["The Harbour rowing club won the autumn eights final on Saturday."],
            "source_urls": [
                world.server.base_url("127.0.3.22") + "/sport/2026/11/03/harbour-rowing-final"
            ],
        },
    )
    engine = create_engine(world.env["CLAIMWATCH_DB_URL"])
    with engine.connect() as conn:
        origin = conn.execute(
            text(
                "select origin from stories where slug = 'harbour-daily-rowing-crew-wins-the-final'"
            )
        ).scalar_one()
        linked = conn.execute(
            text(
                "select count(*) from sources s join articles a on a.id = s.article_id "
                "where a.url like '%harbour-rowing-final' and a.tracked"
            )
        ).scalar_one()
    engine.dispose()
    assert origin == "ui" and linked == 1
