"""unionstats: Vietnamese trade-union reports to a clean indicator dataset."""

from unionstats.numbers import Quantity, parse_quantity

__all__ = ["Quantity", "parse_quantity"]
