"""unionstats: Vietnamese trade-union reports to a clean indicator dataset."""
