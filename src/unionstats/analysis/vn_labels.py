"""Vietnamese words for the codes of the data contract (levels, qualifiers, periods, flags).

Everything an analyst reads goes through these tables, so no code (``avg_income``,
``exact``, ``provincial_federation``) reaches a report. A code missing here shows as
itself, which the report tests catch.
"""

from __future__ import annotations

import re

ORG_LEVEL_VI = {
    "grassroots": "Công đoàn cơ sở",
    "sector_provincial": "Công đoàn ngành tỉnh",
    "provincial_federation": "LĐLĐ tỉnh, thành phố",
    "district_federation": "LĐLĐ quận, huyện",
    "bloc": "Công đoàn khối",
    "national_sector": "Công đoàn ngành Trung ương",
    "national": "Tổng Liên đoàn",
}
NO_LEVEL_VI = "Chưa rõ cấp"

#: How a figure was stated; "exact" needs no word.
QUALIFIER_VI = {"exact": "", "approx": "khoảng", "nearly": "gần", "over": "trên", "under": "dưới"}

FLAG_VI = {
    "out_of_range": "ngoài khoảng hợp lý, không dùng",
    "scale_repeated": "đơn vị bị lặp (ví dụ 210.000.000 triệu đồng)",
    "irregular_grouping": "dấu phân cách hàng nghìn đặt sai chỗ (ví dụ 1.23.456), có thể gõ nhầm",
    "ambiguous_grouping": "dấu phẩy trước đúng ba chữ số, đơn vị triệu hoặc tỷ (ví dụ 1,234 "
    "triệu): có thể là dấu thập phân hoặc dấu phân cách hàng nghìn, cần kiểm tra",
    "range": "khoảng giá trị, lấy điểm giữa",
    "part_year": "số liệu mấy tháng đầu năm (ví dụ 9 tháng), chưa phải cả năm",
    "conflicting": "các báo cáo ghi số khác nhau",
    "part": 'một phần của số liệu tổng (ví dụ số sau "trong đó")',
    "list_item": "một mục trong danh sách, chưa phải số tổng",
    "reckoned": "tỷ lệ tính từ số đơn vị ghi trong báo cáo (ví dụ 15/15 đơn vị), báo cáo không ghi",
    "implausible_period": "kỳ báo cáo ngoài khoảng hợp lý, đã bỏ",
    "implausible_published": "ngày ban hành ngoài khoảng hợp lý, đã bỏ",
}

SUBGROUP_VI = {
    "female": "nữ",
    "public_sector": "khu vực hành chính, sự nghiệp",
    "business_sector": "khu vực sản xuất, kinh doanh",
    "state_enterprise": "doanh nghiệp nhà nước",
    "direct_workers": "lao động trực tiếp sản xuất",
    "non_state_enterprise": "doanh nghiệp ngoài nhà nước",
    "in_force": "còn hiệu lực (số tích lũy, không phải số ký trong kỳ)",
    "other_org": "số liệu của đơn vị khác",
    "public_relief": "cứu trợ nhân dân, không phải chăm lo đoàn viên",
}

MENTION_STATUS_VI = {
    "observation": "thành số liệu",
    "unclassified": "chưa xếp được vào chỉ tiêu",
    "excluded": "loại (ngày tháng, số văn bản, …)",
}

QUARANTINE_REASON_VI = {
    "empty": "tệp rỗng",
    "binary": "không phải văn bản",
    "undecodable": "không đọc được bảng mã",
    "not_a_report": "không phải báo cáo",
    "unreadable": "không đọc được",
    "too_large": "quá lớn",
    "duplicate_doc_id": "trùng tên báo cáo",
    "unparseable": "không phân tích được",
}

_HALF = re.compile(r"^(\d{4})-H([12])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SPAN = re.compile(r"^(\d{4})-(\d{4})$")


def period_vi(period: str | None) -> str:
    """``2022-H1`` → ``6 tháng đầu năm 2022``; ``2018-2020`` → ``2018–2020``."""
    if not period:
        return "không rõ kỳ"
    if m := _HALF.match(period):
        return f"6 tháng {'đầu' if m[2] == '1' else 'cuối'} năm {m[1]}"
    if m := _QUARTER.match(period):
        return f"quý {m[2]}/{m[1]}"
    if m := _SPAN.match(period):
        return f"{m[1]}–{m[2]}"
    return period


def level_vi(level: str | None) -> str:
    """Vietnamese name of an organisation level (``None`` → "Chưa rõ cấp")."""
    if not level:
        return NO_LEVEL_VI
    return ORG_LEVEL_VI.get(level, level)


def flags_vi(flags: str | None) -> str:
    """``out_of_range;range`` → the Vietnamese notes, joined by "; "."""
    return "; ".join(FLAG_VI.get(f, f) for f in (flags or "").split(";") if f)


def subgroups_vi(subgroups: str | None) -> str:
    """``business_sector, female`` → ``khu vực sản xuất, kinh doanh; nữ``."""
    return "; ".join(SUBGROUP_VI.get(g.strip(), g.strip()) for g in (subgroups or "").split(","))


def indicator_vi(code: str) -> str:
    """The catalogue's Vietnamese label of an indicator code (the code if unknown)."""
    from unionstats.catalogue import load_catalogue

    return next((i.label_vi for i in load_catalogue().indicators if i.code == code), code)


# Why a row of the corrections ledger was not applied (corrections.py), for 00_overview.
STALE_DETAIL_VI = {
    "no report with this doc_id in the build": "không có báo cáo mang mã này trong lần xây dựng",
    "the report has changed since (sha256 differs)": "báo cáo đã thay đổi từ khi sửa (mã băm khác)",
    "the span no longer holds the quote": "đoạn trích không còn ở vị trí đã ghi",
    "the extractor now finds this figure": "bộ trích xuất nay đã tự tìm ra số liệu này",
}
CORRECTION_ACTION_VI = {
    "accept": "xác nhận",
    "reject": "loại bỏ",
    "set": "sửa",
    "add": "bổ sung",
}


def stale_detail_vi(detail: str) -> str:
    """A stale row's reason in Vietnamese (`no ... at this span any more` included)."""
    if detail in STALE_DETAIL_VI:
        return STALE_DETAIL_VI[detail]
    if detail.endswith("at this span any more"):
        return "tại vị trí này không còn số liệu như khi sửa"
    return detail
