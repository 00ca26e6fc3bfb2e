"""Loading a directory of YAML files into pydantic models, collecting one line per problem."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass
class Problem:
    """One thing wrong with one file, printed as `FILE: FIELD: message`."""

    file: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


@dataclass
class Loaded(Generic[ModelT]):
    """The valid models of a directory, keyed by file, and the problems of the others."""

    items: dict[Path, ModelT] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def yaml_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_file(
    path: Path, model: type[ModelT], defaults: dict | None = None
) -> tuple[ModelT | None, list[Problem]]:
    """Parse and validate one file; on failure return None and every problem found."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(path, "(file)", f"cannot read: {exc}")]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        return None, [Problem(path, where, f"not valid YAML: {getattr(exc, 'problem', exc)}")]
    if not isinstance(raw, dict):
        return None, [Problem(path, "(file)", "expected a mapping of keys to values")]
    data = {**(defaults or {}), **raw}
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = ".".join(str(part) for part in err["loc"]) or "(file)"
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = "unknown key (check its spelling)"
            problems.append(Problem(path, loc, message))
        return None, problems


def load_dir(directory: Path, model: type[ModelT], defaults_for=None) -> Loaded[ModelT]:
    """Load every YAML file of a directory; `defaults_for(path)` may supply per-file defaults."""
    loaded: Loaded[ModelT] = Loaded()
    if not directory.is_dir():
        loaded.problems.append(Problem(directory, "(directory)", "no such directory"))
        return loaded
    for path in yaml_files(directory):
        item, problems = load_file(path, model, defaults_for(path) if defaults_for else None)
        if item is not None:
            loaded.items[path] = item
        loaded.problems.extend(problems)
    return loaded
