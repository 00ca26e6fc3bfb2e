"""The story file schema (`stories/<slug>.yaml`): the claims to track and where they came from."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claimwatch.config.loading import Loaded, Problem, load_dir
from claimwatch.config.outlet import SLUG, _check_url


class Source(BaseModel):
    """A known article carrying the claims: a URL (fetched) or inline text."""

    model_config = ConfigDict(extra="forbid")

    url: str | None = None
    text: str | None = None
    title: str | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return _check_url(value) if value is not None else None

    @model_validator(mode="after")
    def _one_of(self) -> Source:
        if bool(self.url) == bool(self.text and self.text.strip()):
            raise ValueError("give exactly one of url or text")
        return self


class StoryConfig(BaseModel):
    """One tracked story."""

    model_config = ConfigDict(extra="forbid")

    slug: str = Field(pattern=SLUG)
    title: str = Field(min_length=1)
    claims: list[str] = Field(min_length=1)
    sources: list[Source] = []
    email_to: list[str] = Field([], description="recipients; default CLAIMWATCH_EMAIL_TO")
    slack_channel: str | None = Field(None, description="overrides the webhook's channel")
    digest: bool = Field(False, description="one message per run instead of one per alert")

    @field_validator("claims")
    @classmethod
    def _claims(cls, claims: list[str]) -> list[str]:
        cleaned = [" ".join(c.split()) for c in claims]
        for i, claim in enumerate(cleaned):
            if len(claim.split()) < 4:
                raise ValueError(
                    f"claim {i + 1} is too short to track (at least 4 words): {claim!r}"
                )
        return cleaned

    @field_validator("email_to")
    @classmethod
    def _emails(cls, addresses: list[str]) -> list[str]:
        for address in addresses:
            if "@" not in address or any(c in address for c in "\r\n ,;"):
                raise ValueError(f"not an email address: {address!r}")
        return addresses


def load_stories(directory: Path) -> Loaded[StoryConfig]:
    """Every story file of a directory; a file's slug defaults to its name."""
    loaded = load_dir(directory, StoryConfig, defaults_for=lambda p: {"slug": p.stem})
    seen: dict[str, Path] = {}
    for path, story in list(loaded.items.items()):
        if story.slug in seen:
            loaded.problems.append(
                Problem(path, "slug", f"{story.slug!r} is already used by {seen[story.slug].name}")
            )
            del loaded.items[path]
        else:
            seen[story.slug] = path
    return loaded
