"""Analysis commands (report, lab); filled in by the notebooks work."""

import typer


def register(app: typer.Typer) -> None:
    """Attach the analysis commands to the main CLI."""
