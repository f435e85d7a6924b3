"""Read the package's data files (YAML) fast: with libyaml's loader when PyYAML has it."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text safely (no object construction), in C when available."""
    return yaml.load(text, Loader=_LOADER)


def package_yaml(package: str, name: str, path: Path | None = None) -> Any:
    """A YAML file of a package (or the file at `path` instead)."""
    source = path if path is not None else resources.files(package).joinpath(name)
    return load_yaml(source.read_text(encoding="utf-8"))
