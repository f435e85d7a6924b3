"""Loading (org_id, headlines), selecting, the notebook context, derived ratios,
year-on-year comparison, and the Vietnamese tables."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from analysis_factory import obs_row, observations, write_processed

from unionstats.analysis import load, tables
from unionstats.analysis.compare import year_on_year
from unionstats.analysis.context import open_context
from unionstats.analysis.derived import ratio, ratio_refusals
from unionstats.analysis.headline import headline
from unionstats.analysis.periods import with_period_columns


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    return write_processed(tmp_path_factory.mktemp("processed"))


def heads(rows: list[dict]) -> pl.DataFrame:
    return headline(with_period_columns(observations(rows)))


def test_periods_are_parsed_by_kind():
    df = with_period_columns(
        pl.DataFrame({"period": ["2020", "2018-2020", "2022-H1", "2022-Q3", "n/a"]})
    )
    assert df["period_kind"].to_list() == [
        "annual",
        "cumulative",
        "half_year",
        "quarter",
        "unknown",
    ]
    assert df["year_end"].to_list() == [2020, 2020, 2022, 2022, None]
    assert df["year_start"].to_list()[:2] == [2020, 2018]


def test_missing_processed_dir_gives_empty_frames(tmp_path):
    obs = load.load_observations(tmp_path / "nothing")
    assert obs.is_empty()
    assert {"org_id", "org", "period_kind", "year_end", "quote", "sentence_id"} <= set(obs.columns)
    assert load.load_headlines(tmp_path / "nothing").is_empty()
    assert load.load_quarantine(tmp_path).is_empty()


def test_old_folder_without_org_id_falls_back_to_org(tmp_path):
    old = observations([obs_row(org="Công đoàn X")]).drop(
        "org_id", "province_2025", "confidence", "reasons", "sentence_id"
    )
    tmp_path.mkdir(exist_ok=True)
    old.write_parquet(tmp_path / "observations.parquet")
    obs = load.load_observations(tmp_path)
    assert obs["org_id"].to_list() == ["Công đoàn X"]
    assert obs["sentence_id"].is_null().all()
    assert load.load_headlines(tmp_path)["org_id"].to_list() == ["Công đoàn X"]


def test_headlines_file_wins_over_recomputing(tmp_path):
    write_processed(tmp_path)
    computed = load.load_headlines(tmp_path)
    assert list(load.HEADLINES) == computed.columns[: len(load.HEADLINES)]
    published = computed.with_columns(pl.lit(1.0).alias("value")).select(list(load.HEADLINES))
    published.write_parquet(tmp_path / "headlines.parquet")
    assert load.load_headlines(tmp_path)["value"].unique().to_list() == [1.0]


def test_select_filters(processed):
    head = load.load_headlines(processed)
    sel = load.Selection(years=[2022], province="Hà Tĩnh", indicators=["avg_income"])
    out = load.select(head, sel)
    assert out.height > 0
    assert set(out["province"]) == {"Hà Tĩnh"} and set(out["year_end"]) == {2022}
    assert "tỉnh, thành phố Hà Tĩnh" in sel.describe()
    assert load.select(head, load.Selection(org="LĐLĐ tỉnh Hà Tĩnh"))["org_id"].n_unique() == 1


def test_context_with_data(processed):
    ctx = open_context(processed, 2023, [], "", "", "", ["avg_income"])
    assert ctx.has_data and ctx.has_year
    assert ctx.selection.years == [2020, 2021, 2022, 2023]
    assert set(ctx.headline["indicator"]) == {"avg_income"}
    assert ctx.year_note(["avg_income"]) == ""


def test_a_year_without_figures_keeps_the_years_before(processed):
    ctx = open_context(processed, 2031, [], "Thanh Hóa", "", "", [])
    assert ctx.has_data and not ctx.has_year
    assert ctx.latest_years() == [2021, 2022, 2023]
    note = ctx.year_note(what="số đoàn viên")
    assert note.startswith("Chưa có số liệu về số đoàn viên năm 2031")
    assert note.endswith("2021, 2022, 2023.")


def test_a_year_before_all_data_says_so(processed):
    ctx = open_context(processed, 2010, [], "", "", "", [])
    assert not ctx.has_data
    assert ctx.no_data_message.startswith("Không có số liệu năm 2010")


def same_sentence_pair(**kw) -> list[dict]:
    return [
        obs_row(indicator="welfare_value", value=1.0e9, sentence_id=4, span_start=60, **kw),
        obs_row(indicator="welfare_beneficiaries", value=500.0, sentence_id=4, span_start=10, **kw),
    ]


def test_ratio_from_one_sentence_of_one_report():
    h = heads(same_sentence_pair())
    r = ratio(h, "welfare_value", "welfare_beneficiaries", "per_person", "VND", "Bình quân")
    assert r["value"].to_list() == [pytest.approx(2_000_000)]
    assert ratio_refusals(h, "welfare_value", "welfare_beneficiaries").is_empty()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"sentence_id": 9}, "other_sentence"),
        ({"doc_id": "other"}, "other_report"),
        ({"value": 1.0}, "small_denominator"),  # "01 đoàn viên ốm đau"
        ({"qualifier": "over"}, "bound"),  # "trên 5 triệu đồng"
    ],
)
def test_ratio_refused_with_a_reason(change, reason):
    rows = same_sentence_pair()
    rows[1] = {**rows[1], **change}
    h = heads(rows)
    assert ratio(h, "welfare_value", "welfare_beneficiaries", "x", "VND", "x").is_empty()
    refused = ratio_refusals(h, "welfare_value", "welfare_beneficiaries")
    assert refused["refused"].to_list() == [reason]
    assert refused["reason_vi"][0]  # said in Vietnamese


def test_ratio_without_sentence_ids_compares_positions():
    rows = same_sentence_pair()
    rows = [{**r, "sentence_id": None} for r in rows]
    assert ratio(heads(rows), "welfare_value", "welfare_beneficiaries", "x", "VND", "x").height == 1
    rows[0] = {**rows[0], "span_start": 5000}
    refused = ratio_refusals(heads(rows), "welfare_value", "welfare_beneficiaries")
    assert refused["refused"].to_list() == ["other_sentence"]


def test_year_on_year_annual_only(processed):
    yoy = year_on_year(load.load_headlines(processed), 2023)
    inc = yoy.filter(pl.col("indicator") == "avg_income")
    assert inc.height == 3  # the 2023-H1 figure is not compared with a full year
    assert inc["change"].is_between(0.05, 0.07).all()


def test_tables_are_vietnamese_and_paged(processed):
    head = load.load_headlines(processed)
    table = tables.headline_table(head)
    assert table.headers[:5] == ["Tổ chức", "Cấp", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị"]
    assert len(table) == head.height > tables.PAGE_ROWS
    page = table._repr_html_()
    assert page.count("<details") == -(-head.height // tables.PAGE_ROWS)
    assert page.count("<tr>") == head.height + page.count("<thead>")  # every row, none cut
    assert "6 tháng đầu năm 2023" in page and "Công đoàn ngành tỉnh" in page
    assert "&quot;2023&quot;" not in page and "sector_provincial" not in page


def test_qualifier_in_words():
    h = heads([obs_row(indicator="gift_value", value=5e6, qualifier="over")])
    (row,) = tables.headline_table(h).rows
    assert row[4] == "trên 5 triệu đồng"


def test_year_on_year_table_in_vietnamese(processed):
    table = tables.year_on_year_table(year_on_year(load.load_headlines(processed), 2023))
    row = next(r for r in table.rows if r[1] == "Thu nhập bình quân")
    assert row[3].endswith("triệu đồng/người/tháng")
    assert row[4].startswith("+") and row[4].endswith("%")


# Hostile round 23: a year whose figure is 0 (no gift given that year) before one that is
# not: the table of changes printed "+inf %", and the summary said the year before had no
# figure at all ("không có số liệu cả năm của cùng tổ chức").
def test_a_change_from_a_year_of_zero_is_no_percentage():
    from unionstats.analysis.summary import change_sentence, facts

    rows = [obs_row(indicator="gifts", period=str(y), value=v, doc_id=f"d{y}")
            for y, v in ((2022, 1200.0), (2023, 0.0), (2024, 1500.0))]  # fmt: skip
    head = heads(rows)
    yoy = year_on_year(head, 2024)
    assert yoy["change"].to_list() == [None]
    (row,) = tables.year_on_year_table(yoy).rows
    assert "inf" not in " ".join(row)
    sentence = change_sentence(facts(head, "gifts", 2024))
    assert "năm 2023 bằng 0" in sentence and "không có số liệu" not in sentence
