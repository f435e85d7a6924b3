import sys, polars as pl
from pathlib import Path
ok = True
for a, b in [("base_samples", "new_samples"), ("base_real", "new_real")]:
    for f in sorted(Path(a).glob("*.parquet")):
        x, y = pl.read_parquet(f), pl.read_parquet(Path(b) / f.name)
        eq = x.equals(y)
        ok &= eq
        print(a, f.name, x.shape, "equal" if eq else "DIFFERENT")
print("ALL EQUAL" if ok else "DIFFERENCES")
