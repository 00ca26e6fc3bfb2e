"""A small threaded HTTP server that plays the demo outlets, one loopback host per outlet."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from claimwatch.demo.newsroom import (
    Newsroom,
    load_newsroom,
    render_article,
    render_rss,
    render_section,
    render_sitemap,
)

DEFAULT_PORT = 8765


class DemoNewsroomServer:
    """Serves every outlet of a newsroom; `phase` switches to the later state of the pages."""

    def __init__(self, newsroom: Newsroom | None = None, port: int = DEFAULT_PORT) -> None:
        self.newsroom = newsroom or load_newsroom()
        self.port = port  # 0: each host gets a free port of its own
        self.ports: dict[str, int] = {}
        self.phase = 1
        self.requests: list[tuple[str, str]] = []
        self._servers: list[ThreadingHTTPServer] = []

    def base_url(self, host: str) -> str:
        return f"http://{host}:{self.ports.get(host, self.port)}"

    def respond(self, host: str, path: str) -> tuple[int, str, str]:
        """(status, content type, body) for a request; pure apart from reading the phase."""
        outlet = self.newsroom.outlet_for_host(host)
        if outlet is None:
            return 404, "text/plain", "unknown host"
        articles = self.newsroom.articles_of(outlet.name)
        base = self.base_url(host)
        path = path.split("?", 1)[0]
        if path == "/robots.txt":
            return 200, "text/plain", "User-agent: *\nDisallow: /private/\n"
        if path == "/rss.xml":
            return 200, "application/rss+xml", render_rss(outlet, articles, base)
        if path == "/sitemap.xml":
            return 200, "application/xml", render_sitemap(articles, base)
        for article in articles:
            if article.path == path:
                status = article.status(self.phase)
                if status != 200:
                    return status, "text/html; charset=utf-8", "<h1>Page not found</h1>"
                return 200, "text/html; charset=utf-8", render_article(outlet, article, self.phase)
        if path.endswith("/"):
            return 200, "text/html; charset=utf-8", render_section(outlet, articles, path)
        return 404, "text/html; charset=utf-8", "<h1>Page not found</h1>"

    def start(self) -> None:
        for outlet in self.newsroom.outlets:
            server = ThreadingHTTPServer((outlet.host, self.port), self._handler(outlet.host))
            server.daemon_threads = True
            self.ports[outlet.host] = server.server_address[1]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            self._servers.append(server)

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> DemoNewsroomServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handler(self, host: str) -> type[BaseHTTPRequestHandler]:
        newsroom = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                newsroom.requests.append((host, self.path))
                status, ctype, body = newsroom.respond(host, self.path)
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        return Handler
