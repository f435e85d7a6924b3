"""unionstats: Vietnamese trade-union reports to a clean indicator dataset."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from unionstats.numbers import Quantity, parse_quantity

__all__ = ["Quantity", "parse_quantity"]


def __getattr__(name: str) -> Any:
    """`Quantity` and `parse_quantity` on first use: importing the package (the command line
    does, for every command) reads no catalogue file, so a broken edit of one is reported by
    the command as one line, not as a traceback of the import."""
    if name in __all__:
        from unionstats import numbers

        return getattr(numbers, name)
    raise AttributeError(f"module 'unionstats' has no attribute {name!r}")
