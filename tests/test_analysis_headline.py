"""One headline figure per organisation × period × indicator, never a total plus parts."""

from __future__ import annotations

import datetime as dt

import polars as pl
from analysis_factory import obs_row, observations

from unionstats.analysis.headline import headline, parts_only, wide
from unionstats.analysis.periods import with_period_columns


def pick(rows: list[dict]) -> pl.DataFrame:
    return headline(with_period_columns(observations(rows)))


def test_total_wins_over_parts_and_parts_are_not_added():
    h = pick(
        [
            obs_row(value=3611.0, span_start=100),
            obs_row(value=320.0, subgroup="public_sector", span_start=10),
            obs_row(value=3291.0, subgroup="business_sector", span_start=20),
        ]
    )
    assert h.height == 1
    assert h["value"].item() == 3611.0
    assert h["n_candidates"].item() == 1


def test_parts_only_group_has_no_headline_and_is_listed():
    obs = with_period_columns(
        observations(
            [
                obs_row(value=320.0, subgroup="public_sector"),
                obs_row(value=3291.0, subgroup="business_sector"),
            ]
        )
    )
    assert headline(obs).is_empty()
    listed = parts_only(obs)
    assert listed["subgroups"].to_list() == ["business_sector, public_sector"]


def test_a_part_gives_way_only_to_a_figure_that_can_be_its_whole():
    # `gần 30.000 lượt ... Trong đó ... 1.200 công nhân`: the whole wins over its part
    h = pick([obs_row(value=1200.0, flags="part", span_start=50), obs_row(value=30000.0)])
    assert h["value"].item() == 30000.0
    # `Trong đó, LĐLĐ tỉnh trao 5.500 phần quà` ... `Tại chương trình trao 300 phần quà`:
    # a smaller figure elsewhere is no whole of it
    h = pick(
        [obs_row(value=5500.0, flags="part", span_start=10), obs_row(value=300.0, span_start=90)]
    )
    assert h["value"].item() == 5500.0


def test_a_figure_of_the_first_months_gives_way_to_the_years():
    nine_months = obs_row(value=2300.0, flags="part_year", doc_id="d9m")
    annual = obs_row(value=3100.0, doc_id="dyear", published=dt.date(2023, 1, 1))
    assert pick([nine_months, annual])["value"].item() == 3100.0
    assert pick([nine_months])["value"].item() == 2300.0


def test_between_reports_the_exact_statement_beats_approx_and_over():
    h = pick(
        [
            obs_row(value=1000.0, qualifier="over", span_start=1, doc_id="news"),
            obs_row(value=990.0, qualifier="approx", span_start=2, doc_id="speech"),
            obs_row(value=1012.0, qualifier="exact", span_start=3, doc_id="report"),
        ]
    )
    assert h["value"].item() == 1012.0
    assert h["n_candidates"].item() == 3
    assert h["conflicting"].item() is True


def test_within_a_report_the_first_mention_beats_a_plainer_later_one():
    """`hơn 3 vạn lượt ... “Chuyến xe Công đoàn” đưa gần hai nghìn công nhân`: the report
    states its total first; the later, plainer figure was an item of it."""
    h = pick(
        [
            obs_row(value=30000.0, qualifier="over", span_start=1),
            obs_row(value=2000.0, qualifier="nearly", span_start=2),
            obs_row(value=1200.0, qualifier="exact", span_start=3),
        ]
    )
    assert h["value"].item() == 30000.0


def test_a_rounded_first_mention_gives_way_to_its_exact_restatement():
    """A title's `Hơn 2.000 đoàn viên mới`, the body's `kết nạp 2.135 đoàn viên`: one fact,
    stated exactly once; the exact figure is the headline. An exact figure the rounded one
    cannot round to stays an item (`hơn 3 vạn lượt ... 1.200`)."""
    for qualifier, rounded, exact in [("over", 2000.0, 2135.0), ("nearly", 500.0, 487.0),
                                      ("approx", 1000.0, 1040.0)]:  # fmt: skip
        h = pick(
            [
                obs_row(value=rounded, qualifier=qualifier, span_start=1),
                obs_row(value=exact, qualifier="exact", span_start=200),
            ]
        )
        assert h["value"].item() == exact, qualifier
    for qualifier, rounded, exact in [("over", 2000.0, 2000.0), ("over", 2000.0, 2600.0),
                                      ("nearly", 500.0, 500.0), ("approx", 1000.0, 1200.0)]:  # fmt: skip
        h = pick(
            [
                obs_row(value=rounded, qualifier=qualifier, span_start=1),
                obs_row(value=exact, qualifier="exact", span_start=200),
            ]
        )
        assert h["value"].item() == rounded, (qualifier, exact)


def test_out_of_range_dropped_other_flags_only_rank_lower():
    h = pick(
        [
            obs_row(value=5e12, flags="out_of_range", span_start=1),
            obs_row(value=7e6, flags="scale_repeated", span_start=2),
            obs_row(value=6e6, span_start=3),
        ]
    )
    assert h["value"].item() == 6e6
    only_flagged = pick([obs_row(value=7e6, flags="scale_repeated")])
    assert only_flagged["value"].item() == 7e6
    assert pick([obs_row(value=5e12, flags="out_of_range;scale_repeated")]).is_empty()


def test_report_about_the_period_beats_a_later_retrospective():
    h = pick(
        [
            obs_row(
                period="2022",
                value=120.0,
                doc_id="later",
                doc_period="2023",
                published=dt.date(2024, 1, 5),
                span_start=1,
            ),
            obs_row(
                period="2022",
                value=118.0,
                doc_id="own",
                doc_period="2022",
                published=dt.date(2023, 1, 5),
                span_start=50,
            ),
        ]
    )
    assert h["doc_id"].item() == "own"


def test_latest_document_then_first_mention():
    h = pick(
        [
            obs_row(value=1.0, doc_id="old", published=dt.date(2021, 1, 1), span_start=1),
            obs_row(value=2.0, doc_id="new", published=dt.date(2021, 6, 1), span_start=80),
            obs_row(value=3.0, doc_id="new", published=dt.date(2021, 6, 1), span_start=90),
        ]
    )
    assert (h["doc_id"].item(), h["value"].item()) == ("new", 2.0)


def test_one_row_per_org_period_indicator():
    rows = [
        obs_row(org=o, period=p, indicator=i, value=float(k), span_start=k)
        for k, (o, p, i) in enumerate(
            (o, p, i)
            for o in ("A", "B")
            for p in ("2020", "2021", "2018-2020")
            for i in ("members", "gifts")
            for _ in range(2)
        )
    ]
    h = pick(rows)
    assert h.height == 2 * 3 * 2
    assert h.select("org", "period", "indicator").is_duplicated().sum() == 0


def test_wide_puts_indicators_side_by_side():
    h = pick([obs_row(indicator="gifts", value=10.0), obs_row(indicator="gift_value", value=5e6)])
    w = wide(h, ["gifts", "gift_value", "members"])
    assert w.height == 1
    assert w.select("gifts", "gift_value").row(0) == (10.0, 5e6)
    assert w["members"].is_null().all()
