"""Validity checks for saved chart files, shared by the chart and report tests."""

from __future__ import annotations

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
