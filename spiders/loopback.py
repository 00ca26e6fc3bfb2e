"""Small in-memory websites on loopback, with a request log, and page builders (tests, bench)."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Route:
    """One canned answer."""

    body: bytes | str = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (timeouts)


Handler = Route | Callable[[dict[str, str]], Route]


@dataclass(frozen=True)
class Hit:
    method: str
    path: str
    headers: dict[str, str]


class LoopbackSite:
    """A threaded HTTP/1.1 server on `host`:<free port> answering from `routes` (path -> Route).

    A path with a query string falls back to the route of its bare path; unknown paths are
    404. Every request is appended to `hits`.
    """

    def __init__(self, host: str = "127.0.0.1", routes: dict[str, Handler] | None = None):
        self.host = host
        self.routes: dict[str, Handler] = dict(routes or {})
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "site not started"
        return self._server.server_address[1]

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        with self._lock:
            return [h.path for h in self.hits]

    def start(self) -> LoopbackSite:
        site = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                headers = {k.lower(): v for k, v in self.headers.items()}
                with site._lock:
                    site.hits.append(Hit("GET", self.path, headers))
                handler = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                if handler is None:
                    route = Route("<html><body>not found</body></html>", status=404)
                else:
                    route = handler(headers) if callable(handler) else handler
                if route.delay:
                    time.sleep(route.delay)
                body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
                try:
                    self.send_response(route.status)
                    if route.content_type:
                        self.send_header("Content-Type", route.content_type)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.status != 304:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if route.status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

        class _Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False
            allow_reuse_address = True
            request_queue_size = 128

        self._server = _Server((self.host, 0), _Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> LoopbackSite:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- page builders -------------------------------------------------------------------------

_WORDS = (
    "council harbour minister report river budget village vote storm school market bridge "
    "railway festival museum farmer court police hospital teacher election mayor province "
    "company factory worker union price energy water coast mountain forest island border "
    "treaty summit envoy army navy airport station library garden theatre orchestra league "
    "season coach player stadium weather flood drought harvest export import tariff bank"
).split()


def article_text(seed: int | str, paragraphs: int = 4, words: int = 45) -> list[str]:
    """Deterministic, distinct paragraphs of plausible filler prose for one article."""
    rng = random.Random(str(seed))
    out = []
    for _ in range(paragraphs):
        sentences = []
        remaining = words
        while remaining > 0:
            n = min(remaining, rng.randint(8, 15))
            chosen = [rng.choice(_WORDS) for _ in range(n)]
            sentences.append(" ".join(chosen).capitalize() + ".")
            remaining -= n
        out.append(" ".join(sentences))
    return out


def article_html(
    title: str,
    paragraphs: list[str],
    *,
    canonical: str | None = None,
    meta_charset: str | None = "utf-8",
    published: str = "2024-05-01",
) -> str:
    """An article page with chrome around it, the way news sites wrap their text."""
    head = [f"<title>{escape(title)}</title>"]
    if meta_charset:
        head.insert(0, f'<meta charset="{meta_charset}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{escape(canonical)}">')
    head.append(f'<meta property="article:published_time" content="{published}">')
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head>" + "".join(head) + "</head><body>"
        '<nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/about">About</a></nav>'
        f"<main><article><h1>{escape(title)}</h1>{body}</article></main>"
        "<footer><p>Copyright the publisher. All rights reserved.</p></footer>"
        "</body></html>"
    )


def _stamp(i: int) -> str:
    return (datetime(2024, 5, 1, tzinfo=UTC) + timedelta(hours=i)).strftime(
        "%a, %d %b %Y %H:%M:%S +0000"
    )


def rss2(urls: list[str], version: str = "2.0") -> str:
    items = "".join(
        f"<item><title>Item {i}</title><link>{escape(u)}</link><pubDate>{_stamp(i)}</pubDate>"
        "</item>"
        for i, u in enumerate(urls)
    )
    return (
        f'<?xml version="1.0"?><rss version="{version}"><channel><title>News</title>'
        f"<link>http://example.invalid/</link>{items}</channel></rss>"
    )


def rss1(urls: list[str]) -> str:
    """RSS 1.0 (RDF): items beside the channel, in the RSS 1.0 namespace."""
    items = "".join(
        f'<item rdf:about="{escape(u)}"><title>Item {i}</title><link>{escape(u)}</link></item>'
        for i, u in enumerate(urls)
    )
    return (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://example.invalid/">'
        f"<title>News</title></channel>{items}</rdf:RDF>"
    )


def atom(urls: list[str]) -> str:
    entries = "".join(
        f"<entry><title>Item {i}</title><id>urn:item:{i}</id>"
        f'<link rel="alternate" type="text/html" href="{escape(u)}"/>'
        f"<updated>2024-05-01T{i % 24:02d}:00:00Z</updated></entry>"
        for i, u in enumerate(urls)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>News</title><id>urn:feed</id><updated>2024-05-01T00:00:00Z</updated>{entries}"
        "</feed>"
    )


SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def sitemap(urls: list[str], news: bool = False) -> str:
    def entry(i: int, u: str) -> str:
        extra = (
            "<news:news><news:publication><news:name>News</news:name><news:language>en"
            "</news:language></news:publication><news:publication_date>"
            f"2024-05-01T{i % 24:02d}:00:00Z</news:publication_date><news:title>Item {i}"
            "</news:title></news:news>"
            if news
            else f"<lastmod>2024-05-{1 + i % 28:02d}</lastmod>"
        )
        return f"<url><loc>{escape(u)}</loc>{extra}</url>"

    ns = f"{SITEMAP_NS} {NEWS_NS}" if news else SITEMAP_NS
    body = "".join(entry(i, u) for i, u in enumerate(urls))
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {ns}>{body}</urlset>'


def sitemap_index(urls: list[str]) -> str:
    body = "".join(f"<sitemap><loc>{escape(u)}</loc></sitemap>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {SITEMAP_NS}>{body}</sitemapindex>'
