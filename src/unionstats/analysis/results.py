"""The last cell of each notebook: results written once, to ``results/<name>.json``.

Tests and the annual report read them back; the notebook does not print them (the
analyst reads the summary, tables and charts above).
"""

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


def record(name: str, results: dict[str, Any], output_dir: str | Path | None) -> None:
    """Write ``results`` (with the notebook's name) to ``output_dir/results/<name>.json``."""
    if not output_dir:
        return
    clean = _clean({"notebook": name, **results})
    text = json.dumps(clean, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    out = Path(output_dir) / RESULTS_DIR
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(text + "\n", encoding="utf-8")


def read(name: str, output_dir: str | Path) -> dict[str, Any]:
    """Results a notebook recorded (for the annual report and the tests)."""
    path = Path(output_dir) / RESULTS_DIR / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))
