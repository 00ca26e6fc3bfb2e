"""Surfaces broken outlet files as an Airflow import error naming each file and field.

(Airflow parses only files that mention "airflow" and "dag": this docstring does.)
The watch DAGs of the valid outlets load from watch_outlets.py regardless; this file fails to
import (and so shows in the UI's import errors) only while some outlet file is broken.
"""

from __future__ import annotations

from claimwatch import settings
from claimwatch.config.outlet import load_outlets


class OutletFileError(Exception):
    """One or more outlet files are invalid; their DAGs are not created."""


_problems = load_outlets(settings.outlets_dir()).problems
if _problems:
    raise OutletFileError(
        "outlet file(s) skipped, fix them to get their watch DAG:\n"
        + "\n".join(str(p) for p in _problems)
    )
