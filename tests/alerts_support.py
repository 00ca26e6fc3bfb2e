"""Real servers and store rows for the alerts tests: an SMTP server, a webhook receiver, alerts."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller

from alerts.outbox import enqueue
from alerts.record import build_record
from claimwatch.store.db import session_scope
from claimwatch.store.models import Article, Match, Outlet, Story

DETECTED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


class _PortZeroController(Controller):
    """aiosmtpd's Controller on port 0: learn the real port before the readiness probe."""

    def _trigger_server(self):  # noqa: ANN202
        self.port = self.server.sockets[0].getsockname()[1]
        return super()._trigger_server()


@dataclass
class SmtpServer:
    """A real SMTP server on loopback that keeps what it receives (or refuses, when told)."""

    host: str
    messages: list = field(default_factory=list)
    refuse: str | None = None  # an SMTP reply like "451 4.3.0 try later" to refuse DATA with
    controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        if self.refuse:
            return self.refuse
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 OK"

    def start(self) -> SmtpServer:
        self.controller = _PortZeroController(self, hostname=self.host, port=0)
        self.controller.start()
        return self

    @property
    def port(self) -> int:
        return self.controller.port

    def conn_json(self, **extra: object) -> str:
        return json.dumps(
            {
                "conn_type": "smtp",
                "host": self.host,
                "port": self.port,
                "extra": {
                    "disable_tls": True,
                    "disable_ssl": True,
                    "from_email": "claimwatch@example.org",
                    "timeout": 5,
                    **extra,
                },
            }
        )

    def stop(self) -> None:
        self.controller.stop()


@dataclass
class Webhook:
    """A Slack incoming-webhook stand-in on loopback: records posts, answers as scripted."""

    host: str
    posts: list = field(default_factory=list)  # (path, payload) of the posts answered 200
    hits: int = 0  # every post, answered 200 or not
    answers: list = field(default_factory=list)  # (status, headers, body), used first to last
    server: ThreadingHTTPServer | None = None

    def start(self) -> Webhook:
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                hook.hits += 1
                status, headers, text = hook.answers.pop(0) if hook.answers else (200, {}, "ok")
                if status == 200:
                    hook.posts.append((self.path, json.loads(body)))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                payload = text.encode()
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((self.host, 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def url(self, path: str = "/hook") -> str:
        return f"http://{self.host}:{self.server.server_address[1]}{path}"

    def conn_json(self, path: str = "/hook") -> str:
        return json.dumps({"conn_type": "slackwebhook", "password": self.url(path)})

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def add_alert(
    db_url: str,
    *,
    story: str = "china-forces",
    story_title: str = "China sending special forces to Syria",
    event: str = "retracted",
    url: str = "https://gulfwire.example/world/2017/11/30/denial",
    title: str = "Official: no troops are coming",
    outlet: str = "gulfwire",
    evidence: dict | None = None,
    routing: dict | None = None,
) -> str:
    """A story, an article, a match and its alert, as the matching task writes them; the id."""
    with session_scope(db_url) as session:
        outlet_row = session.query(Outlet).filter_by(name=outlet).one_or_none()
        if outlet_row is None:
            outlet_row = Outlet(name=outlet, title=outlet.title())
            session.add(outlet_row)
        story_row = session.query(Story).filter_by(slug=story).one_or_none()
        if story_row is None:
            story_row = Story(slug=story, title=story_title, routing=routing or {})
            session.add(story_row)
        session.flush()
        article = Article(url=url, outlet_id=outlet_row.id)
        session.add(article)
        session.flush()
        evidence = (
            evidence
            if evidence is not None
            else {
                "claim": "China will send elite special forces units to Syria.",
                "passage": "A spokesman said it is not true that China is sending troops to Syria.",
                "retracting_sentence": "A spokesman said it is not true that China is sending "
                "troops to Syria.",
                "score": 0.9,
            }
        )
        match = Match(
            story_id=story_row.id, article_id=article.id, event=event, score=0.9,
            evidence=evidence, detected_at=DETECTED,
        )  # fmt: skip
        session.add(match)
        session.flush()
        record = build_record(
            story_slug=story, story_title=story_title, outlet=outlet, url=url, title=title,
            event=event, evidence=evidence, detected_at=DETECTED,
        )  # fmt: skip
        enqueue(session, record, match.id)
        return record.id
