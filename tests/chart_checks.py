"""Validity checks for saved chart files, shared by the chart and report tests."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
REMOTE_SCRIPT = re.compile(r"<script[^>]*\bsrc\s*=\s*[\"']?https?://", re.I)


def assert_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == PNG_MAGIC, f"{path} is not a PNG"
    assert len(data) > 2000, f"{path} is suspiciously small"


def assert_svg(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag.rsplit("}", 1)[-1] == "svg", f"{path} root is {root.tag}"
    assert 'class="mark-' in path.read_text(encoding="utf-8"), f"{path} has no marks"


def assert_offline_html(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in text, f"{path} references cdn.jsdelivr"
    assert not REMOTE_SCRIPT.search(text), f"{path} loads a script over the network"


MAX_COLOURED = 8


def _panels(node: dict) -> list[dict]:
    """Panels of a spec: layered or single-mark views, wherever they sit in a concat."""
    if "layer" in node or "mark" in node:
        return [node]
    return [
        p for key in ("vconcat", "hconcat", "concat") for c in node.get(key, []) for p in _panels(c)
    ]


def _layers(panel: dict) -> list[dict]:
    return panel.get("layer", [panel])


def source_of(spec: dict) -> str:
    """The source line under a chart (the footer's text)."""
    data = spec["vconcat"][1]["data"]
    values = spec["datasets"][data["name"]] if "name" in data else data["values"]
    return " ".join(values[0]["t"])


def assert_chart_spec(path: Path) -> None:
    """A publishable chart: a quantitative/temporal year axis, at most 8 coloured series
    per panel, a title and a source line."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    body = spec["vconcat"][0]
    assert body["title"]["text"], f"{path}: no title"
    source = source_of(spec)
    assert source.startswith("Nguồn:"), f"{path}: no source line"
    panels = _panels(body)
    assert panels, f"{path}: no panel"
    for panel in panels:
        xs = [
            layer["encoding"]["x"]
            for layer in _layers(panel)
            if "field" in layer.get("encoding", {}).get("x", {})
        ]
        assert xs, f"{path}: a panel without a year axis"
        assert all(x["type"] in ("quantitative", "temporal") for x in xs), f"{path}: {xs}"
        colours = set()
        for layer in _layers(panel):
            colour = layer.get("encoding", {}).get("color", {})
            if colour.get("type") == "nominal":
                colours |= set(colour.get("scale", {}).get("domain", []))
        assert len(colours) <= MAX_COLOURED, f"{path}: {len(colours)} coloured series in a panel"
