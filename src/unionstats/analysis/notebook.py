"""Notebook display: offline charts, and one call per kind of output.

Called at the top of every notebook so outputs look the same in JupyterLab, in
papermill runs and in the HTML reports.
"""

from __future__ import annotations

import html

from unionstats.analysis.charts import enable_offline_renderer


def setup() -> None:
    """Charts as inline SVG rendered by vl-convert (no CDN)."""
    enable_offline_renderer()


def note(*lines: str) -> None:
    """Show Vietnamese notes (skipping empty ones) as a paragraph."""
    from IPython.display import HTML, display

    text = "<br>".join(html.escape(x) for x in lines if x)
    if text:
        display(HTML(f'<p class="unionstats-note">{text}</p>'))
