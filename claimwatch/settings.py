"""Runtime settings read from CLAIMWATCH_* environment variables (see CONTRACT.md)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def home() -> Path:
    """AIRFLOW_HOME, which is the project root; relative settings resolve against it."""
    return Path(os.environ.get("AIRFLOW_HOME") or PROJECT_ROOT)


def _path(var: str, default: str) -> Path:
    value = Path(os.environ.get(var) or default)
    return value if value.is_absolute() else home() / value


def outlets_dir() -> Path:
    return _path("CLAIMWATCH_OUTLETS_DIR", "spiders/outlets")


def stories_dir() -> Path:
    return _path("CLAIMWATCH_STORIES_DIR", "stories")


def db_url() -> str:
    url = os.environ.get("CLAIMWATCH_DB_URL")
    if url:
        return url
    return f"sqlite:///{home() / 'var' / 'claimwatch.db'}"


def alerts_jsonl() -> Path | None:
    value = os.environ.get("CLAIMWATCH_ALERTS_JSONL")
    return _path("CLAIMWATCH_ALERTS_JSONL", value) if value else None


def default_email_to() -> list[str]:
    value = os.environ.get("CLAIMWATCH_EMAIL_TO", "")
    return [addr.strip() for addr in value.split(",") if addr.strip()]


def user_agent_contact() -> str:
    """Contact URL put in the crawler's User-Agent so site owners can reach the operator."""
    return os.environ.get("CLAIMWATCH_CONTACT_URL", "https://github.com/claimwatch/claimwatch")
