"""``python -m unionstats.cli``: the same as the ``unionstats`` command."""

from unionstats.cli import main

main()
