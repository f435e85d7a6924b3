"""Tests for unionstats.ingest: discovery, decoding and rejection of raw report files."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest
from vn_encodings import nfc, to_cp1258

from unionstats import ingest
from unionstats.clean import clean
from unionstats.extract import extract
from unionstats.ingest import RawReport, Rejected, decode, discover, printable, read_report

SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "raw"

VIETNAMESE = (
    "Công đoàn Công Thương Thanh Hóa tổ chức hội nghị tổng kết năm 2020.\n"
    "Ủy ban Kiểm tra đã kiểm tra 45 CĐCS; sức khỏe người lao động được chăm lo, "
    "“Mái ấm Công đoàn” hỗ trợ 1,2 tỷ đồng – đạt 100% kế hoạch.\n"
)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- decode -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (VIETNAMESE.encode("utf-8"), "utf_8"),
        (codecs.BOM_UTF8 + VIETNAMESE.encode("utf-8"), "utf_8_sig"),
        (VIETNAMESE.encode("utf-16"), "utf_16"),
        (codecs.BOM_UTF16_LE + VIETNAMESE.encode("utf-16-le"), "utf_16"),
        (codecs.BOM_UTF16_BE + VIETNAMESE.encode("utf-16-be"), "utf_16"),
        (VIETNAMESE.encode("utf-16-le"), "utf_16_le"),
        (VIETNAMESE.encode("utf-16-be"), "utf_16_be"),
        (VIETNAMESE.encode("utf-32"), "utf_32"),
        (to_cp1258(VIETNAMESE), "cp1258"),
    ],
    ids=["utf8", "utf8_bom", "utf16", "utf16le_bom", "utf16be_bom", "utf16le_nobom",
         "utf16be_nobom", "utf32", "cp1258"],
)  # fmt: skip
def test_decode_round_trips_every_encoding_to_the_same_nfc_text(data: bytes, encoding: str):
    decoded = decode(data)
    assert decoded is not None
    text, used = decoded
    assert used == encoding
    assert nfc(text) == nfc(VIETNAMESE)
    assert not text.startswith("\ufeff")


def test_cp1258_spells_tones_as_combining_marks_that_nfc_composes():
    data = to_cp1258("Thủy")
    assert data == b"Thu\xd2y"
    text, encoding = decode(data)
    assert encoding == "cp1258"
    assert text == "Thu\u0309y"
    assert nfc(text) == "Thủy"


@pytest.mark.parametrize(
    "text",
    [
        "Người lao động",
        "Thủy",
        "Ủy ban",
        "Công đoàn Thanh Hóa tổ chức hội nghị",
        "Báo cáo tổng kết công tác công đoàn năm 2022",
    ],
)
def test_short_cp1258_texts_are_not_taken_for_other_code_pages(text: str):
    """Short inputs are where charset-normalizer alone picks cp1250, big5 or cp1006."""
    decoded = decode(to_cp1258(text))
    assert decoded is not None
    assert decoded[1] == "cp1258"
    assert nfc(decoded[0]) == text


def test_whole_seed_report_in_cp1258_decodes_back():
    original = (SEED_DIR / "001_6f3ff64ff070c8f8.txt").read_text(encoding="utf-8")
    text, encoding = decode(to_cp1258(original))
    assert encoding == "cp1258"
    assert nfc(text) == nfc(original)


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        ("Профсоюз работников промышленности провёл собрание в городе.", "cp1251", "cp1251"),
        ("工会组织召开年度总结会议，全体会员参加了会议。", "gb18030", "gb18030"),
    ],
)
def test_non_vietnamese_legacy_text_keeps_the_detected_code_page(
    text: str, codec: str, expected: str
):
    assert decode(text.encode(codec)) == (text, expected)


def test_german_cp1252_is_not_bent_towards_symbol_code_pages():
    text = "Die Gewerkschaft fördert Arbeitnehmer und Größe über alles, schöne Grüße."
    decoded = decode(text.encode("cp1252"))
    assert decoded is not None
    assert decoded[0] == text


def test_utf8_with_one_stray_byte_stays_utf8_with_a_visible_replacement():
    good = VIETNAMESE.encode("utf-8")
    decoded = decode(good[:40] + b"\xff" + good[40:])
    assert decoded is not None
    text, encoding = decoded
    assert encoding == "utf_8_lossy"
    assert text == good[:40].decode() + "\ufffd" + good[40:].decode()


def test_utf8_cut_inside_the_last_character_drops_only_that_character():
    good = "Thanh Hóa năm 2021 đạ".encode()
    decoded = decode(good[:-1])
    assert decoded == ("Thanh Hóa năm 2021 đ", "utf_8")


def test_bytes_that_no_encoding_reads_sensibly_are_undecodable():
    assert decode(bytes(range(0x80, 0x100)) * 4) is None


def test_nul_bytes_outside_utf16_are_not_decoded():
    assert decode(b"PK\x03\x04\x00\x00abc") is None


# --- read_report ------------------------------------------------------------------------------


def test_read_report_fills_every_field(tmp_path: Path):
    data = VIETNAMESE.encode("utf-8")
    path = write(tmp_path / "tinh" / "2021" / "bao_cao.txt", data)
    report = read_report(path, tmp_path)
    assert report == RawReport(
        doc_id="bao_cao",
        rel_path="tinh/2021/bao_cao.txt",
        text=VIETNAMESE,
        encoding="utf_8",
        is_html=False,
        sha256=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data),
    )


@pytest.mark.parametrize(
    ("name", "content", "is_html"),
    [
        ("page.html", "Chỉ là văn bản", True),
        ("PAGE.HTM", "Chỉ là văn bản", True),
        ("page.txt", "<!DOCTYPE html><html><body><p>Công đoàn</p></body></html>", True),
        ("frag.txt", "<div><p>Công đoàn</p><p>Thanh Hóa</p><br></div>", True),
        ("plain.txt", "Tỷ lệ <5% và >3% là bình thường.\nCông đoàn <b> năm", False),
        ("plain2.txt", "Công đoàn Thanh Hóa tổ chức hội nghị.", False),
    ],
)
def test_is_html_by_suffix_or_by_content(tmp_path: Path, name: str, content: str, is_html: bool):
    report = read_report(write(tmp_path / name, content.encode()), tmp_path)
    assert isinstance(report, RawReport)
    assert report.is_html is is_html


def test_seed_reports_read_as_plain_utf8_text():
    paths = discover(SEED_DIR)
    assert len(paths) == 5
    for path in paths:
        report = read_report(path, SEED_DIR)
        assert isinstance(report, RawReport)
        assert report.encoding == "utf_8"
        assert report.is_html is False
        assert report.text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "reason", "detail"),
    [
        (b"", "empty", "file is empty (0 bytes)"),
        (b"  \n\t \r\n", "empty", "file holds only whitespace (7 bytes)"),
        ("\u00a0\u200b\n".encode(), "empty", "file holds only whitespace (6 bytes)"),
        (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty",
         "file holds only whitespace (6 bytes)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "contains NUL bytes (3 of 16 bytes)"),
        (b"abc\x01\x02\x03def\x1b", "binary", "4 of 10 bytes are control characters"),
        (codecs.BOM_UTF16_LE + "ab\x00\x01\x02".encode("utf-16-le"), "binary",
         "3 of 5 characters are control characters"),
        (b"12/2021 - 45.000 ; 3.6%\n2022\n", "not_a_report", "no letters in 29 characters"),
        (bytes(range(0x80, 0x100)) * 4, "undecodable",
         "no encoding gives readable text (512 bytes)"),
    ],
    ids=["zero_bytes", "whitespace", "nbsp_zwsp", "utf16_whitespace", "png", "controls",
         "utf16_controls", "no_letters", "undecodable"],
)  # fmt: skip
def test_bad_files_are_rejected_with_reason_and_one_line_detail(
    tmp_path: Path, data: bytes, reason: str, detail: str
):
    path = write(tmp_path / "sub" / "x.txt", data)
    assert read_report(path, tmp_path) == Rejected("sub/x.txt", reason, detail)


def test_directory_named_like_a_report_is_unreadable(tmp_path: Path):
    (tmp_path / "x.txt").mkdir()
    assert read_report(tmp_path / "x.txt", tmp_path) == Rejected(
        "x.txt", "unreadable", "is a directory, not a file"
    )


def test_missing_file_is_unreadable(tmp_path: Path):
    result = read_report(tmp_path / "gone.txt", tmp_path)
    assert result == Rejected(
        "gone.txt", "unreadable", "cannot read file: No such file or directory"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_rejected_without_blocking(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert read_report(tmp_path / "pipe.txt", tmp_path) == Rejected(
        "pipe.txt", "unreadable", "is not a regular file"
    )


def test_permission_error_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = write(tmp_path / "locked.txt", b"Cong doan")

    def denied(file: object, *args: object) -> int:
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(ingest.os, "open", denied)
    assert read_report(path, tmp_path) == Rejected(
        "locked.txt", "unreadable", "cannot read file: Permission denied"
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_unreadable_mode_is_unreadable(tmp_path: Path):
    path = write(tmp_path / "locked.txt", b"Cong doan")
    path.chmod(0)
    try:
        assert read_report(path, tmp_path) == Rejected(
            "locked.txt", "unreadable", "cannot read file: Permission denied"
        )
    finally:
        path.chmod(0o600)


def test_oversized_file_is_rejected_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 10)
    path = write(tmp_path / "big.txt", b"Cong doan Thanh Hoa")
    assert read_report(path, tmp_path) == Rejected(
        "big.txt", "too_large", "file is 19 bytes, over the 10-byte limit"
    )


def test_a_report_swapped_for_a_link_outside_after_the_survey_is_not_read(tmp_path: Path):
    """discovery listed a file; before it was read it became a link to /etc/passwd, which
    was then published as a report."""
    raw, outside = tmp_path / "raw", write(tmp_path / "secret.txt", b"root:x:0:0:Cong doan")
    path = write(raw / "r032.txt", b"Cong doan Thanh Hoa")
    path.unlink()
    path.symlink_to(outside)
    assert read_report(path, raw) == Rejected(
        "r032.txt", "outside_raw", "now a link to a place outside the raw folder: not read"
    )
    assert read_report(path, raw, confine=False).text.startswith("root:x")  # extract a.txt


def test_printable_escapes_controls_and_bidi_overrides_in_names():
    assert printable("a\u202etxt.exe\x07\u2066") == "a\\u202etxt.exe\\x07\\u2066"


# --- discover ---------------------------------------------------------------------------------


def test_discover_recurses_sorts_and_filters(tmp_path: Path):
    for rel in [
        "b.txt",
        "a/z.HTML",
        "a/y/deep.htm",
        "a.txt",
        "C.Txt",
        "sources.csv",
        "Sources.csv",  # a control file's name, misspelt: never a report
        "table.CSV",  # a spreadsheet's table: a report
        "notes.xlsx",
        "scan.pdf",
        ".hidden.txt",
        ".cache/inside.txt",
        "a/.git/config.txt",
        "readme",
    ]:
        write(tmp_path / rel, b"Cong doan")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == ["C.Txt", "a.txt", "a/y/deep.htm", "a/z.HTML", "b.txt", "table.CSV"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        # Excel's CSV where the decimal mark is a comma: `;`, figures quoted, blank merged cells
        ("tong_hop.csv",
         'BIỂU TỔNG HỢP NĂM 2024;;;\nSTT;Đơn vị;Số CĐCS;Số đoàn viên\n;;CĐCS;Người\n'
         '1;LĐLĐ huyện A;96;"12.400"\n;Tổng cộng;523;"61.250"\n'),
        ("tong_hop.tsv",
         "BIỂU TỔNG HỢP NĂM 2024\nSTT\tĐơn vị\tSố CĐCS\tSố đoàn viên\n\t\tCĐCS\tNgười\n"
         "1\tLĐLĐ huyện A\t96\t12.400\n\tTổng cộng\t523\t61.250\n"),
    ],
)  # fmt: skip
def test_a_spreadsheets_table_is_read_as_the_rows_of_a_report(
    tmp_path: Path, name: str, data: str
) -> None:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    report = read_report(path, tmp_path)
    assert isinstance(report, RawReport)
    lines = report.text.split("\n")
    assert lines[0] == "BIỂU TỔNG HỢP NĂM 2024"  # a row of one cell: a line of prose
    # each row between borders, an empty first cell kept under its column
    assert "|  | Tổng cộng | 523 | 61.250 |" in lines
    observations, _ = extract("t", clean(report.text, False).text, "2024")
    totals = {(o.indicator, o.value) for o in observations if "part" not in o.flags}
    assert totals == {("grassroots_unions", 523), ("members", 61250)}


def test_discover_order_does_not_depend_on_creation_order(tmp_path: Path):
    names = ["m/2.txt", "m/10.txt", "k.html", "m.txt"]
    for rel in reversed(names):
        write(tmp_path / "one" / rel, b"x")
    for rel in names:
        write(tmp_path / "two" / rel, b"x")
    one = [p.relative_to(tmp_path / "one").as_posix() for p in discover(tmp_path / "one")]
    two = [p.relative_to(tmp_path / "two").as_posix() for p in discover(tmp_path / "two")]
    assert one == two == ["k.html", "m.txt", "m/10.txt", "m/2.txt"]


def test_discover_does_not_follow_directory_symlinks(tmp_path: Path):
    write(tmp_path / "d" / "r.txt", b"x")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d", target_is_directory=True)
    assert [p.name for p in discover(tmp_path)] == ["r.txt"]


def test_discover_rejects_a_missing_raw_dir(tmp_path: Path):
    with pytest.raises(NotADirectoryError):
        discover(tmp_path / "nope")


def test_a_file_of_figures_beyond_what_a_report_holds_is_too_large(tmp_path: Path) -> None:
    """Quarantined before any extraction, so the outcome is the same on every rerun; a long
    report of prose with its usual density of figures is read."""
    (tmp_path / "figures.txt").write_text("Tổng số đoàn viên\t1.234\t5.678\n" * 16_000)
    (tmp_path / "prose.txt").write_text("Năm 2023 kết nạp 1.234 đoàn viên mới trong tỉnh. " * 8_000)
    figures = read_report(tmp_path / "figures.txt", tmp_path)
    assert isinstance(figures, Rejected) and figures.reason == "too_large"
    assert "32000 numbers" in figures.detail
    assert isinstance(read_report(tmp_path / "prose.txt", tmp_path), RawReport)


# A page's markup holds numbers no reader sees (a pasted image as base64, a style sheet, an
# SVG's path): counted, they made a one-figure page too_large. A page of that many figures in
# its text still is.
@pytest.mark.parametrize(
    ("name", "filler", "too_large"),
    [
        ("pasted_image", '<img src="data:image/png;base64,' + "A1b2C3d4" * 40_000 + '">', False),
        ("style_sheet", "<style>" + "".join(f".c{i}{{margin:{i}px}}" for i in range(16_000)) + "</style>", False),
        ("svg_path", '<svg><path d="' + " ".join(f"L{i} {i}" for i in range(16_000)) + '"/></svg>', False),
        ("unclosed_style", "<style>" + "".join(f".c{i}{{margin:{i}px}}" for i in range(16_000)), False),
        ("table_of_figures", "<table>" + "".join(f"<tr><td>{i}</td><td>{i}</td></tr>" for i in range(16_000)) + "</table>", True),
    ],
)  # fmt: skip
def test_numbers_in_a_pages_markup_do_not_make_it_too_large(
    tmp_path: Path, name: str, filler: str, too_large: bool
) -> None:
    page = f"<html><body><h1>Báo cáo năm 2023</h1>{filler}<p>Kết nạp 1.250 đoàn viên.</p></body></html>"
    (tmp_path / f"{name}.html").write_text(page, encoding="utf-8")
    report = read_report(tmp_path / f"{name}.html", tmp_path)
    assert (isinstance(report, Rejected) and report.reason == "too_large") is too_large, report


# A UTF-16 or UTF-32 report cut short (a download stopped mid-character) was quarantined:
# without a BOM as binary ("contains NUL bytes"), with one as undecodable.
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("cut", [1, 2, 3])
def test_utf16_and_utf32_cut_short_lose_only_the_last_character(
    tmp_path: Path, encoding: str, cut: int
) -> None:
    text = "Công đoàn ngành Y tế kết nạp 120 đoàn viên 😀"
    path = tmp_path / "cut.txt"
    path.write_bytes(text.encode(encoding)[:-cut])
    report = read_report(path, tmp_path)
    assert isinstance(report, RawReport), report
    assert text.startswith(report.text) and len(report.text) >= len(text) - 2


# UTF-8 read as Windows-1252 (or Latin-1) and saved again, `CÃ´ng Ä‘oÃ n`: common on old
# sites and in re-saved exports. It was quarantined as a legacy font encoding it is not.
DOUBLE_REPORT = (
    "Công đoàn ngành Y tế tỉnh Long An tổng kết hoạt động công đoàn năm 2021\n"
    "Năm 2021, Công đoàn ngành đã kết nạp mới 120 đoàn viên; người lao động ở mọi nơi.\n"
)


def _cp1252_keeping_c1(data: bytes) -> str:
    """As Windows reads bytes as cp1252: the five undefined bytes become C1 controls."""
    return "".join(
        chr(b) if b in b"\x81\x8d\x8f\x90\x9d" else bytes([b]).decode("cp1252") for b in data
    )


@pytest.mark.parametrize("reread", [lambda b: b.decode("latin-1"), _cp1252_keeping_c1])
def test_utf8_read_as_windows_1252_and_saved_again_is_read_back(tmp_path: Path, reread) -> None:
    path = tmp_path / "double.txt"
    path.write_bytes(reread(DOUBLE_REPORT.encode("utf-8")).encode("utf-8"))
    report = read_report(path, tmp_path)
    assert isinstance(report, RawReport), report
    assert (report.text, report.encoding) == (DOUBLE_REPORT, "utf_8+utf_8")


def test_double_encoded_utf8_with_letters_lost_is_quarantined_as_such(tmp_path: Path) -> None:
    path = tmp_path / "lossy.txt"
    path.write_bytes(DOUBLE_REPORT.encode("utf-8").decode("cp1252", "replace").encode("utf-8"))
    report = read_report(path, tmp_path)
    assert isinstance(report, Rejected) and report.reason == "legacy_encoding"
    assert "read as Windows-1252 and saved again" in report.detail


# One stray byte in a UTF-8 file with a BOM (Notepad writes one), or one lone surrogate in
# UTF-16, lost the whole report as `undecodable` (as `binary` in UTF-16 without a BOM), while
# the same byte in UTF-8 without a BOM was read as `utf_8_lossy`.
LOSSY_REPORT = (
    "Công đoàn ngành Y tế tỉnh Long An tổng kết năm 2021. " * 3 + "Kết nạp 120 đoàn viên.\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (
            codecs.BOM_UTF8 + LOSSY_REPORT.encode()[:40] + b"\xff" + LOSSY_REPORT.encode()[40:],
            "utf_8_sig_lossy",
        ),
        (
            codecs.BOM_UTF16_LE
            + LOSSY_REPORT.encode("utf-16-le")[:40]
            + b"\x00\xd8"
            + LOSSY_REPORT.encode("utf-16-le")[40:],
            "utf_16_lossy",
        ),
        (
            LOSSY_REPORT.encode("utf-16-le")[:40]
            + b"\x00\xd8"
            + LOSSY_REPORT.encode("utf-16-le")[40:],
            "utf_16_le_lossy",
        ),
    ],
    ids=["utf8_bom", "utf16_bom", "utf16_no_bom"],
)
def test_a_stray_byte_in_a_unicode_file_is_replaced_not_the_report_lost(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes(data)
    report = read_report(path, tmp_path)
    assert isinstance(report, RawReport), report
    assert report.encoding == encoding and report.text.count("\ufffd") <= 3
    assert "Kết nạp 120 đoàn viên." in report.text


def test_a_unicode_file_mostly_unreadable_stays_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(codecs.BOM_UTF8 + bytes(range(0x80, 0x100)) * 3)
    report = read_report(path, tmp_path)
    assert isinstance(report, Rejected) and report.reason == "undecodable"


# An RTF document saved under a .txt name was read as a report: its title was RTF codes and
# its figures, written `120 \u273?o\u224?n vi\u234?n`, were never found, without a word.
def test_an_rtf_document_named_txt_is_quarantined_as_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "word.txt"
    path.write_text(
        "{\\rtf1\\ansi\\ansicpg1258\\deff0\\pard\\f0\\fs24 C\\u244?ng \\u273?o\\u224?n t\\u7881?nh"
        " Long An n\\u259?m 2021 k\\u7871?t n\\u7841?p 120 \\u273?o\\u224?n vi\\u234?n.\\par}\n",
        encoding="utf-8",
    )
    report = read_report(path, tmp_path)
    assert isinstance(report, Rejected) and report.reason == "unsupported_format"
    assert "RTF" in report.detail


# A page saved by a crawler or an API as JSON under a .txt name was read as a report whose
# words were `\u` escapes (`C\u00f4ng \u0111o\u00e0n`): no figure found, no word said.
def test_a_json_file_named_txt_is_quarantined_as_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "crawl.txt"
    path.write_text(
        '{"title": "B\\u00e1o c\\u00e1o", "content": "K\\u1ebft n\\u1ea1p 120 \\u0111o\\u00e0n vi\\u00ean"}',
        encoding="utf-8",
    )
    report = read_report(path, tmp_path)
    assert isinstance(report, Rejected) and report.reason == "unsupported_format"
    assert "JSON" in report.detail


# A Word or Excel document saved under a .txt name (a .docx is a zip archive, a .doc an OLE2
# file) was quarantined as `binary`, "contains NUL bytes": it said nothing of what to do.
@pytest.mark.parametrize(
    ("head", "says"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00\x13\x00[Content_Types].xml", ".docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),
    ],
    ids=["docx_xlsx_odt", "doc_xls"],
)
def test_an_office_document_named_txt_is_quarantined_as_unsupported(
    tmp_path: Path, head: bytes, says: str
) -> None:
    path = tmp_path / "bao_cao.txt"
    path.write_bytes(head + b"\x00" * 200 + "Kết nạp 120 đoàn viên".encode("utf-16-le"))
    report = read_report(path, tmp_path)
    assert isinstance(report, Rejected) and report.reason == "unsupported_format"
    assert says in report.detail and "save it as plain text" in report.detail


# Hostile round 22: a zip archive of reports saved under a .txt name was told to be "a Word,
# Excel or OpenDocument file" to "open and save as plain text"; it is told to unzip it. An
# Office file (its `[Content_Types].xml`, OpenDocument's `mimetype`) is still named as one.
@pytest.mark.parametrize(
    ("entries", "says"),
    [
        ({"bao_cao_2023.txt": "Kết nạp 120 đoàn viên"}, "a zip archive"),
        ({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}, ".docx"),
        ({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, ".odt"),
    ],
    ids=["zip_of_reports", "docx", "odt"],
)
def test_a_zip_archive_named_txt_says_what_it_is(
    tmp_path: Path, entries: dict[str, str], says: str
) -> None:
    import zipfile

    path = tmp_path / "bao_cao.txt"
    with zipfile.ZipFile(path, "w") as z:
        for name, text in entries.items():
            z.writestr(name, text)
    report = read_report(path, tmp_path)
    assert isinstance(report, Rejected) and report.reason == "unsupported_format"
    assert says in report.detail


def test_a_report_that_opens_with_a_bracket_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "tin.txt"
    path.write_text("[Tin tức] Công đoàn kết nạp 120 đoàn viên năm 2021.\n", encoding="utf-8")
    assert isinstance(read_report(path, tmp_path), RawReport)


# pdftotext writes `(cid:123)` for each glyph of a font without a Unicode map (common in
# Vietnamese PDFs made with legacy fonts): read as a report, every code was a figure.
def test_text_of_pdf_glyph_codes_is_quarantined_as_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "from_pdf.txt"
    path.write_text("(cid:38)(cid:82)(cid:81)(cid:74) (cid:179)(cid:82)(cid:68)(cid:81) " * 10)
    report = read_report(path, tmp_path)
    assert isinstance(report, Rejected) and report.reason == "undecodable"
    assert "(cid:38)" in report.detail


def test_a_report_quoting_a_few_glyph_codes_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("Công đoàn kết nạp 120 đoàn viên năm 2021. " * 30 + "(cid:12)" * 3)
    assert isinstance(read_report(path, tmp_path), RawReport)


def test_a_page_saved_as_markdown_is_a_report(tmp_path: Path) -> None:
    """Pages copied with a browser extension or pandoc arrive as `.md`: headings, bold labels,
    bullets. They are plain text to the extractor, not an unsupported format."""
    from unionstats.processing import process

    (tmp_path / "khoi_thi_dua.md").write_text(
        "# Khối thi đua các Công đoàn ngành tỉnh Hà Nam tổng kết năm 2023\n\n"
        "*Ngày 20/12/2023 | Lượt xem: 1.234*\n\n## Kết quả\n\n"
        "- Năm 2023, các đơn vị trong khối kết nạp **1.045** đoàn viên mới.\n"
        "- Có 812 sáng kiến được công nhận, làm lợi 21,5 tỷ đồng.\n",
        encoding="utf-8",
    )
    found = discover(tmp_path)
    assert [p.name for p in found] == ["khoi_thi_dua.md"]
    report = read_report(found[0], tmp_path)
    assert isinstance(report, RawReport) and not report.is_html
    processed = process(report)
    assert str(processed.meta.published) == "2023-12-20"
    got = {(o.indicator, o.value) for o in processed.observations}
    assert {("new_members", 1045), ("initiatives", 812), ("initiative_value", 21.5e9)} <= got


@pytest.mark.parametrize("suffix", [".markdown", ".mdx", ".MD", ".Markdown"])
def test_markdown_saved_under_its_other_suffixes_is_a_report(tmp_path: Path, suffix: str) -> None:
    """`.markdown` (the long form some editors and static-site tools save) and `.mdx` (Markdown
    pages of documentation sites) were quarantined as `unsupported_format`: they read as `.md`."""
    from unionstats.processing import process

    (tmp_path / f"ban_tin{suffix}").write_text(
        "---\ntitle: Bản tin công đoàn\ndate: 2024-03-05\n---\n\n"
        "# Công đoàn ngành Giáo dục tỉnh Hà Nam tổng kết năm 2023\n\n"
        "- Năm 2023 kết nạp **1.045** đoàn viên mới.\n",
        encoding="utf-8",
    )
    found = discover(tmp_path)
    assert [p.suffix for p in found] == [suffix]
    report = read_report(found[0], tmp_path)
    assert isinstance(report, RawReport) and not report.is_html
    got = {(o.indicator, o.value) for o in process(report).observations}
    assert ("new_members", 1045) in got


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_a_bom_is_read(tmp_path: Path, codec: str) -> None:
    """Some exporters write UTF-32 with no BOM: three NUL bytes of four, so it was `binary`."""
    text = "Công đoàn ngành Y tế tỉnh Long An kết nạp 1.250 đoàn viên năm 2024.\n"
    (tmp_path / "utf32.txt").write_bytes(text.encode(codec))
    report = read_report(tmp_path / "utf32.txt", tmp_path)
    assert isinstance(report, RawReport)
    assert (report.text, report.encoding) == (text, codec.replace("-", "_"))
    # UTF-16 without a BOM is still UTF-16
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16-le"))
    assert read_report(tmp_path / "utf16.txt", tmp_path).encoding == "utf_16_le"
