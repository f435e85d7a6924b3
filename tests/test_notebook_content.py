"""What the notebooks find, checked against the truth the dataset was written with.

Every notebook runs under papermill on ``tests/truth_dataset.py`` (two organisations,
2019–2024 without 2022, known growth, a half-year income figure, a cumulative figure,
an indicator without its last year, a pair of figures from two sentences) and records
``results/<name>.json``; these tests read those files. A notebook that computes a wrong
figure, misses the gap or drops the summary fails here, not only one that raises.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from truth_dataset import (
    CUMULATIVE,
    HALF_YEAR,
    MISSING_YEAR,
    REPORT_YEAR,
    A,
    B,
    growth,
    truth_value,
)

from unionstats.analysis.vn_format import format_value

pytestmark = pytest.mark.slow
GROWTH_TOLERANCE = 0.005  # the data wobble ±0.4 % around the true path
CODE_NAME = re.compile(r"\b[a-z]+_[a-z_]+\b")
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def results(report: Path, name: str) -> dict:
    return json.loads((report / "results" / f"{name}.json").read_text(encoding="utf-8"))


def assert_vietnamese_summary(res: dict) -> str:
    sentences = res["summary"]
    assert 3 <= len(sentences) <= 6, sentences
    for s in sentences:
        assert VIETNAMESE.search(s), f"not Vietnamese: {s}"
        assert not CODE_NAME.search(s), f"code name in: {s}"
    return " ".join(sentences)


def test_income(truth_report):
    res = results(truth_report, "10_income")
    assert res["has_year"] and res["shown_year"] == REPORT_YEAR and res["missing_year"] is None
    values = {v["org_id"]: (v["period"], v["value"]) for v in res["values"]}
    assert values[A.org_id] == ("2024", truth_value("avg_income", A.org_id, "2024"))
    # B reported 2024 only for the first half-year: shown, labelled, per month.
    assert values[B.org_id] == (HALF_YEAR, truth_value("avg_income", B.org_id, HALF_YEAR))
    trend = res["trend_nominal"]
    assert trend["status"] == "reliable"
    assert trend["gaps"] == [MISSING_YEAR]
    assert trend["sub_annual"] == [HALF_YEAR], "half-year income per month enters the trend"
    assert sorted(trend["orgs"]) == sorted([A.org, B.org]), "the organisations pooled, named"
    own = {o["org_id"]: o["growth"] for o in trend["per_org"]}
    for org in (A, B):
        assert own[org.org_id] == pytest.approx(
            growth("avg_income", org.org_id), abs=GROWTH_TOLERANCE
        )
    lo, hi = sorted(growth("avg_income", o.org_id) for o in (A, B))
    assert lo - GROWTH_TOLERANCE < trend["growth"] < hi + GROWTH_TOLERANCE
    change = (
        truth_value("avg_income", A.org_id, "2024") / truth_value("avg_income", A.org_id, "2023")
        - 1
    )
    assert res["change_on_previous_year"] == {A.org_id: pytest.approx(change)}
    text = assert_vietnamese_summary(res)
    assert format_value(values[A.org_id][1], "VND/person/month") in text
    assert "6 tháng đầu năm 2024" in text
    assert f"năm {MISSING_YEAR}" in text, "the missing year is named"


def test_initiatives(truth_report):
    res = results(truth_report, "20_initiatives")
    trend = res["trends"]["initiatives"]
    assert trend["status"] == "reliable"
    assert trend["growth"] == pytest.approx(growth("initiatives", A.org_id), abs=GROWTH_TOLERANCE)
    assert trend["excluded"] == {"cumulative": [CUMULATIVE[2]]}, "a span is never an annual point"
    ratio = res["ratios"]["value_per_initiative"]
    assert ratio["rows"] == 10 and ratio["refused"] == []
    got = {(v["org_id"], v["period"]): v["value"] for v in ratio["values"]}
    expected = truth_value("initiative_value", A.org_id, "2024") / truth_value(
        "initiatives", A.org_id, "2024"
    )
    assert got[(A.org_id, "2024")] == pytest.approx(expected)
    true_ratio_growth = (1 + growth("initiative_value", A.org_id)) / (
        1 + growth("initiatives", A.org_id)
    ) - 1
    assert ratio["trend"]["growth"] == pytest.approx(true_ratio_growth, abs=GROWTH_TOLERANCE)
    text = assert_vietnamese_summary(res)
    assert format_value(truth_value("initiatives", A.org_id, "2024"), "count") in text


def test_benefits(truth_report):
    res = results(truth_report, "30_benefits")
    shelter = res["indicators"]["union_shelter_houses"]
    assert shelter["missing_year"] == REPORT_YEAR and shelter["shown_year"] == 2023
    assert res["missing_year_indicators"] == ["union_shelter_houses"]
    per_person = res["ratios"]["welfare_per_beneficiary"]
    # A states money and people in one sentence; B in two: no ratio for B.
    assert {v["org_id"] for v in per_person["values"]} == {A.org_id}
    assert per_person["refused"] == ["other_sentence"] * 5
    assert res["trends"]["welfare_value"]["growth"] == pytest.approx(
        growth("welfare_value", A.org_id), abs=GROWTH_TOLERANCE
    )
    text = assert_vietnamese_summary(res)
    assert f"Chưa có số liệu năm {REPORT_YEAR} về" in text and "Mái ấm Công đoàn" in text


def test_annual_report(truth_report):
    res = results(truth_report, "90_annual_report")
    assert res["n_orgs_in_year"] == 2
    assert res["indicators_in_year"] == sorted(
        [
            "avg_income",
            "members",
            "initiatives",
            "initiative_value",
            "welfare_value",
            "welfare_beneficiaries",
        ]
    )
    assert {"avg_income", "members", "initiatives"} <= set(res["trends_reliable"])
    assert res["trends"]["members"]["gaps"] == [MISSING_YEAR]
    text = assert_vietnamese_summary(res)
    assert text.startswith(f"Năm {REPORT_YEAR}, 2 tổ chức có số liệu chính cho 6 chỉ tiêu.")
    assert format_value(truth_value("members", A.org_id, "2024"), "persons") in text


def test_overview(truth_report):
    res = results(truth_report, "00_overview")
    assert res["n_documents"] == 10 and res["n_indicators"] == 7
    text = assert_vietnamese_summary(res)
    assert f"không có số liệu năm {MISSING_YEAR}" in text
