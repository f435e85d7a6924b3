"""``unionstats catalogue``: the indicators the extractor knows."""

from __future__ import annotations

import sys

from unionstats.cli import app, fail


@app.command("catalogue")
def catalogue_command() -> None:
    """List the indicators the extractor knows."""
    from unionstats.catalogue import CatalogueError, load_catalogue

    try:
        cat = load_catalogue()
    except CatalogueError as exc:
        fail(str(exc))
    rows = [
        (i.code, i.label_vi, i.unit, f"{i.plausible[0]:,.0f} – {i.plausible[1]:,.0f}")
        for i in cat.indicators
    ]
    if not sys.stdout.isatty():
        sys.stdout.write("".join("\t".join(row) + "\n" for row in rows))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("code", "nhãn (label_vi)", "unit", "plausible range")
    for row in rows:
        table.add_row(*row)
    Console(highlight=False).print(table)
