"""Accuracy on real published union news (../shared/real), printed per indicator and field.

The texts are read where they are kept, beside the repository, never copied into it.
The rules were written about how reports phrase things; this corpus is where that is
tried on text nobody here wrote (the issue's yardstick: recall of required rows
>= 0.90, precision >= 0.93, org level, province and period >= 0.90).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from unionstats.evaluate import read_gold, score, score_metadata
from unionstats.ingest import RawReport, read_report
from unionstats.pipeline import Processed, process

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"


@pytest.fixture(scope="module")
def real() -> tuple[list[Processed], list[dict[str, str]], list[dict[str, str]]]:
    if not (REAL / "gold.csv").exists():
        pytest.skip(f"the real-report corpus is not beside the repository ({REAL}); "
                    "these accuracy tests need ../shared/real")  # fmt: skip
    processed = []
    for path in sorted((REAL / "docs").glob("*.txt")):
        report = read_report(path, path.parent)
        assert isinstance(report, RawReport), f"{path.name}: {report}"
        processed.append(process(report))
    return processed, read_gold(REAL / "gold.csv"), read_gold(REAL / "gold_documents.csv")


def test_extraction_on_real_reports(real) -> None:
    processed, gold, _ = real
    s = score([o for p in processed for o in p.observations], gold)
    print("\n" + s.table("extraction on ../shared/real"))
    assert s.recall >= 0.90, "missed:\n" + "\n".join(s.missed)
    assert s.precision >= 0.93, "not in gold:\n" + "\n".join(s.wrong)


def test_metadata_on_real_reports(real) -> None:
    processed, _, gold_documents = real
    documents = {
        p.report.doc_id: {
            "org_level": p.meta.org_level,
            "province": p.meta.province,
            "period": p.meta.period,
        }
        for p in processed
    }
    s = score_metadata(documents, gold_documents)
    print("\n" + s.table("metadata on ../shared/real"))
    for name in ("org_level", "province", "period"):
        assert s.rate(name) >= 0.90, "\n".join(w for w in s.wrong if f" {name}:" in w)


def test_fields_of_matched_rows_on_real_reports(real) -> None:
    """Period, unit, qualifier, target and subgroup agree on most matched rows."""
    processed, gold, _ = real
    s = score([o for p in processed for o in p.observations], gold)
    rates = {name: s.field_rate(name) for name in ("period", "unit", "qualifier", "target")}
    print("\nfields on matched real rows: " + ", ".join(f"{k} {v:.2f}" for k, v in rates.items()))
    assert rates["unit"] == 1.0 and rates["target"] >= 0.95
    assert rates["qualifier"] >= 0.9, "\n".join(d for d in s.disagreements if "qualifier" in d)
    assert rates["period"] >= 0.8, "\n".join(d for d in s.disagreements if "period" in d)
