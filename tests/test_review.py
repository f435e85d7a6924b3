"""The review page: one offline HTML file in which every number of each report is marked
in its cleaned text, every listed figure links to its mark, and everything an analyst
reads is Vietnamese (every extractor code has a label)."""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import polars as pl
import pytest
import yaml

from unionstats.catalogue import load_catalogue
from unionstats.clean import clean
from unionstats.confidence import FEATURES
from unionstats.highlight import anchor, labels
from unionstats.ingest import RawReport, read_report
from unionstats.pipeline import frames, process
from unionstats.review import Filters, ReviewError, page, select, write_review

# Reasons the extractor writes in code (the never rules' reasons come from the catalogue).
CODE_REASONS = (
    "classified", "ratio_parts", "in_quotes", "change_not_level", "change_start", "plan", "target",
    "individual", "part_of_total", "restated_in_body", "restated", "parts_of_a_rate", "no_counted_noun",
    "no_indicator_wording", "table_plan", "table_ratio", "table_compare", "table_index",
    "table_unit", "table_part", "table_column", "unreadable_number", "per_year_amount",
    "respective", "respective_noun",
)  # fmt: skip


@pytest.fixture(scope="module")
def built(sample_reports: list[Path]) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    processed, texts = [], {}
    for path in sample_reports:
        report = read_report(path, path.parent)
        assert isinstance(report, RawReport)
        processed.append(process(report))
        texts[report.doc_id] = clean(report.text, report.is_html).text
    return frames(processed, []), texts


def _numbers(page_html: str) -> list[dict]:
    data = re.search(
        r'<script type="application/json" id="numbers">(.*?)</script>', page_html, re.S
    )
    assert data
    return json.loads(data.group(1))


def test_every_number_is_marked_where_it_stands(built) -> None:
    tables, texts = built
    out = page(tables, texts, Filters())
    marks = re.findall(r'<mark class="n ([^"]*)" id="([^"]+)" data-k="(\d+)">([^<]*)</mark>', out)
    numbers = _numbers(out)
    assert len(marks) == len(numbers) == tables["mentions"].height
    for css, _id, k, written in marks:
        n = numbers[int(k)]
        assert html.unescape(written) == n["t"] == texts[n["d"]][n["s"] : n["e"]]
        assert css.split()[0] == n["sc"]
    statuses = {css.split()[0] for css, *_ in marks}
    assert statuses == {"o", "u", "x"}
    observed = tables["observations"]
    ids = {i for _, i, _, _ in marks}
    assert {anchor(d, s) for d, s in observed.select("doc_id", "span_start").iter_rows()} <= ids
    links = re.findall(r'<a href="#([^"]+)" title="Xem trong văn bản">', out)
    others = tables["mentions"].filter(pl.col("status") != "observation").height
    assert len(links) == observed.height + others and set(links) <= ids


def test_details_say_what_was_read_in_vietnamese(built) -> None:
    tables, texts = built
    numbers = _numbers(page(tables, texts, Filters()))
    income = next(o for n in numbers for o in n["o"] if o["c"] == "avg_income")
    assert income["l"] == "Thu nhập bình quân" or "Thu nhập" in income["l"]
    assert income["v"].startswith("5,45 triệu đồng/người/tháng")
    assert income["u"] == "đồng/người/tháng" and income["q"] == "đúng bằng"
    assert re.fullmatch(r"0,\d{3}|1,000", income["cf"])
    assert "đơn vị đồng/người/tháng" in income["rs"]
    year = next(n for n in numbers if n["sc"] == "x" and n["r"] == "năm")
    assert year["st"] == "loại trừ" and year["o"] == []


def test_the_page_is_self_contained(built) -> None:
    tables, texts = built
    out = page(tables, texts, Filters())
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?!#)""", out), "nothing is fetched"
    assert "http://" not in out and "https://" not in out
    assert '<html lang="vi">' in out and "Rà soát số liệu" in out


def test_every_code_has_a_vietnamese_label() -> None:
    lab = labels()
    evidence = set(FEATURES) - {"bias", "margin"} | {"analyst"}
    assert evidence <= set(lab["evidence"])
    rules = yaml.safe_load((resources.files("unionstats") / "catalogue" / "never.yaml").read_text())
    never = {rule["reason"] for rule in rules["rules"]}
    assert never | set(CODE_REASONS) <= set(lab["mention_reasons"])
    subgroups = {name for name, _ in load_catalogue().subgroups} | {"other_org", "public_relief"}
    assert subgroups <= set(lab["subgroups"])
    for section in lab.values():
        for text in section.values():
            assert text == text.strip() and not re.search(r"[A-Z_]{3,}", text), text


def test_reasons_seen_in_the_samples_have_labels(built) -> None:
    tables, _ = built
    seen = set(tables["mentions"]["reason"])
    assert seen <= set(labels()["mention_reasons"])


def test_filters_narrow_the_list_and_the_reports(built) -> None:
    tables, texts = built
    doc = tables["documents"]["doc_id"][0]
    one = select(tables, Filters(doc=doc))
    assert one["documents"]["doc_id"].to_list() == [doc]
    assert set(one["observations"]["doc_id"]) == {doc}
    # below the median confidence (the weights are refitted, so no fixed bound has figures)
    below = float(tables["observations"]["confidence"].median())
    low = select(tables, Filters(below=below))
    assert not low["observations"].is_empty()
    assert low["observations"]["confidence"].max() < below and low["others"].is_empty()
    assert low["observations"]["confidence"].is_sorted()
    members = select(tables, Filters(indicator="members"))
    assert set(members["observations"]["indicator"]) == {"members"}
    out = page(tables, texts, Filters(indicator="members"))
    assert out.count('data-s="o"') == members["observations"].height
    with pytest.raises(ReviewError, match="no report 'nope'"):
        select(tables, Filters(doc="nope"))
    with pytest.raises(ReviewError, match="'memebers' is not an indicator"):
        select(tables, Filters(indicator="memebers"))


def test_a_report_changed_since_the_build_is_shown_without_marks(built) -> None:
    tables, texts = built
    doc = tables["documents"]["doc_id"][0]
    out = page(tables, {**texts, doc: None}, Filters(doc=doc))
    assert "Tệp báo cáo đã thay đổi" in out and "<mark class" not in out.split("</header>")[1]


def test_write_review_reads_the_raw_reports(built, tmp_path: Path, sample_reports) -> None:
    tables, _ = built
    processed = tmp_path / "processed"
    processed.mkdir()
    for name in ("documents", "observations", "mentions"):
        tables[name].write_parquet(processed / f"{name}.parquet")
    raw = sample_reports[0].parent
    path, changed = write_review(raw, processed, tmp_path / "review", Filters())
    assert path == tmp_path / "review" / "index.html" and changed == 0
    first = path.read_bytes()
    write_review(raw, processed, tmp_path / "review", Filters())
    assert path.read_bytes() == first, "the page is the same for the same tables"
    with pytest.raises(ReviewError, match="run unionstats build"):
        write_review(raw, tmp_path / "nowhere", tmp_path / "review", Filters())


def _repeated(built, k: int) -> tuple[dict[str, pl.DataFrame], dict[str, str], str]:
    """The first sample report written k times over (its numbers found k times)."""
    tables, texts = built
    doc = tables["documents"]["doc_id"][0]
    text = texts[doc]

    def copies(frame: pl.DataFrame) -> pl.DataFrame:
        one = frame.filter(pl.col("doc_id") == doc)
        spans = ("span_start", "span_end")
        return pl.concat([one.with_columns(pl.col(*spans) + i * len(text)) for i in range(k)])

    many = {
        "documents": tables["documents"].filter(pl.col("doc_id") == doc),
        "observations": copies(tables["observations"]),
        "mentions": copies(tables["mentions"]),
    }
    return many, {doc: text * k}, doc


def test_a_huge_report_is_cut_with_a_note_and_the_page_stays_bounded(built) -> None:
    many, texts, _ = _repeated(built, 125)  # 2 million characters, the most ingest reads
    out = page(many, texts, Filters())
    assert len(out.encode()) < 2_500_000, "the whole report made 6 MB"
    assert "Chỉ hiển thị" in out and "số còn lại không có trên trang này" in out
    marks = re.findall(r'<mark class="n [^"]*" id="([^"]+)" data-k="(\d+)">', out)
    assert 0 < len(marks) == len(_numbers(out)) <= 1_500
    shown = out.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    assert len(html.unescape(re.sub(r"<[^>]+>", "", shown))) <= 200_000
    ids = {i for i, _ in marks}
    links = re.findall(r'<a href="#([^"]+)" title="Xem trong văn bản">', out)
    assert links and set(links) <= ids, "the list holds only the numbers on the page"


def test_the_page_limits_say_how_to_see_the_rest(built) -> None:
    from unionstats.review import Limits

    tables, texts = built
    docs = tables["documents"]["doc_id"].to_list()
    per_report = page(tables, texts, Filters(), Limits(1_000, 10, 10**7, 10**6))
    assert per_report.count('class="warn cut"') == len(docs)
    assert f"--doc {docs[0]} --max-chars {len(texts[docs[0]])}" in per_report
    assert len(_numbers(per_report)) <= 10 * len(docs)
    page_full = page(tables, texts, Filters(), Limits(10**6, 10**6, 12_000, 10**6))
    assert "trang rà soát đã đạt giới hạn dung lượng" in page_full
    assert f"--doc {docs[-1]}</code>" in page_full
    whole = page(tables, texts, Filters(), Limits(1_000, 10, 1_000, 10).widened(10**7, 10**6))
    assert "Chỉ hiển thị" not in whole
    assert len(_numbers(whole)) == tables["mentions"].height


def test_odd_doc_ids_get_unique_anchors_and_a_quoted_correct_line(built) -> None:
    tables, texts = built
    doc = tables["documents"]["doc_id"][0]
    odd = ["a;", "a_3b_", "a~3b~", "x'; rm -rf ~ #", "bidi\\u202eexe"]
    assert len({anchor(d, 5) for d in odd}) == len(odd)
    assert all(re.fullmatch(r"n-[A-Za-z0-9_.~-]+-5", anchor(d, 5)) for d in odd)

    def renamed(frame: pl.DataFrame, new: str) -> pl.DataFrame:
        return frame.filter(pl.col("doc_id") == doc).with_columns(doc_id=pl.lit(new))

    names = ("documents", "observations", "mentions")
    both = {k: pl.concat([renamed(tables[k], d) for d in odd[:2]]) for k in names}
    out = page(both, dict.fromkeys(odd[:2], texts[doc]), Filters())
    ids = re.findall(r' id="([^"]+)"', out)
    assert len(ids) == len(set(ids)), "every id on the page is unique"
    quoted = page({k: renamed(tables[k], odd[3]) for k in names}, {odd[3]: texts[doc]}, Filters())
    assert {n["dq"] for n in _numbers(quoted)} == {"'x'\"'\"'; rm -rf ~ #'"}
    assert "--doc ${n.dq} --span" in quoted  # the script writes the quoted id
