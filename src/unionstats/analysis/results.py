"""The last cell of each notebook: headline results a test (or the report) can read back."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

RESULTS_DIR = "results"


def _clean(x: Any) -> Any:
    """JSON-safe: NaN → None, numpy scalars → Python, nested containers kept."""
    if isinstance(x, dict):
        return {str(k): _clean(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_clean(v) for v in x]
    if hasattr(x, "item") and not isinstance(x, str):
        x = x.item()
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


def record(name: str, results: dict[str, Any], output_dir: str | Path | None) -> dict:
    """Print ``results`` as JSON (last cell output) and write ``results/<name>.json``."""
    clean = _clean({"notebook": name, **results})
    text = json.dumps(clean, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    if output_dir:
        out = Path(output_dir) / RESULTS_DIR
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{name}.json").write_text(text + "\n", encoding="utf-8")
    print(text)
    return clean
