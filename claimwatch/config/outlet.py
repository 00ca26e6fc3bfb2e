"""The outlet file schema (`spiders/outlets/<name>.yaml`): what to crawl and how politely."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from claimwatch.config.loading import Loaded, Problem, load_dir

SLUG = r"^[a-z0-9][a-z0-9_-]{0,62}$"
SCHEDULE_PRESETS = {"@once", "@hourly", "@daily", "@weekly", "@monthly", "@yearly", "@continuous"}


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regex {pattern!r}: {exc}") from exc
    return pattern


# Validated one by one, so a problem is reported as e.g. `feeds.2`.
HttpUrl = Annotated[str, AfterValidator(_check_url)]
Regex = Annotated[str, AfterValidator(_check_regex)]


class Politeness(BaseModel):
    """How hard the crawler may press on the outlet's servers."""

    model_config = ConfigDict(extra="forbid")

    download_delay: float = Field(1.0, ge=0, le=120, description="seconds between requests")
    concurrency: int = Field(2, ge=1, le=16, description="parallel requests to one domain")
    autothrottle: bool = True
    timeout: float = Field(30.0, gt=0, le=600, description="seconds before a request is dropped")
    retries: int = Field(2, ge=0, le=10)
    max_page_bytes: int = Field(5_000_000, ge=10_000, description="bigger pages are skipped")
    obey_robots_txt: bool = True


class Selectors(BaseModel):
    """CSS (or `xpath:`-prefixed XPath) overrides for sites where generic extraction fails."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    body: str | None = None
    links: str | None = Field(None, description="article links on section pages")


class OutletConfig(BaseModel):
    """One watched outlet; its DAG is `watch_<name>`."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=SLUG)
    title: str | None = None
    schedule: str = "@hourly"
    feeds: list[HttpUrl] = []
    sitemaps: list[HttpUrl] = []
    sections: list[HttpUrl] = []
    follow: list[Regex] = []
    allowed_domains: list[str] | None = None
    max_items: int = Field(200, ge=1, le=100_000, description="new articles fetched per run")
    politeness: Politeness = Politeness()
    selectors: Selectors | None = None

    @field_validator("allowed_domains")
    @classmethod
    def _domains(cls, domains: list[str] | None) -> list[str] | None:
        for domain in domains or []:
            if not re.fullmatch(r"[A-Za-z0-9.-]+", domain) or domain.startswith((".", "-")):
                raise ValueError(f"not a host name (no scheme, port or path): {domain!r}")
        return [d.lower() for d in domains] if domains is not None else None

    @field_validator("schedule")
    @classmethod
    def _schedule(cls, value: str) -> str:
        from croniter import croniter

        if value in SCHEDULE_PRESETS or croniter.is_valid(value):
            return value
        raise ValueError(f"not a cron expression or preset: {value!r}")

    @model_validator(mode="after")
    def _has_a_source(self) -> OutletConfig:
        if not (self.feeds or self.sitemaps or self.sections):
            raise ValueError("needs at least one of feeds, sitemaps, sections")
        if self.sections and not self.follow and not (self.selectors and self.selectors.links):
            raise ValueError(
                "sections need follow (regexes telling article links from the other links) "
                "or selectors.links"
            )
        return self

    @property
    def display_title(self) -> str:
        return self.title or self.name

    @property
    def start_urls(self) -> list[str]:
        return [*self.feeds, *self.sitemaps, *self.sections]

    @property
    def domains(self) -> list[str]:
        """Allowed domains: as configured, else the hosts of the configured URLs."""
        if self.allowed_domains:
            return list(self.allowed_domains)
        hosts = {urlsplit(u).hostname for u in self.start_urls}
        return sorted(h for h in hosts if h)


def load_outlets(directory: Path) -> Loaded[OutletConfig]:
    """Every outlet file of a directory, with duplicate names reported as problems."""
    loaded = load_dir(directory, OutletConfig)
    seen: dict[str, Path] = {}
    for path, outlet in list(loaded.items.items()):
        if outlet.name in seen:
            loaded.problems.append(
                Problem(
                    path, "name", f"{outlet.name!r} is already used by {seen[outlet.name].name}"
                )
            )
            del loaded.items[path]
        else:
            seen[outlet.name] = path
    return loaded
