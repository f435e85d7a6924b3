"""Adversarial input for the number reader and the extractor: every case ends, in bounded time.

The bound is against hangs (catastrophic backtracking, quadratic scans), not a speed test.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionstats.extract import extract
from unionstats.numbers import parse_quantity

BOUND_SECONDS = 10.0
PIECES = [
    "1", "9", "0", ".", ",", " ", "\t", "\n", "1.", "1,", "1 ", "000", " 000", ".000", ",5",
    "-", "–", "/", "%", "đ", " đồng", " tỷ", " triệu", " nghìn", "tr.đ", " người", " đoàn viên",
    " CĐCS", "năm 2021 ", "quý 1 ", "6 tháng đầu năm ", "từ ", " đến ", "trên ", "khoảng ",
    "hai mươi ", "mốt ", "“", "”", "\"", "(", ")", "<div>", "</div>", "\x00", "\ufffd",
    "Công đoàn ", "Ж", "中", "ع", "\u0301", "\u200b", "TP. ", "@", "0912.345.678",
]  # fmt: skip


@st.composite
def adversarial(draw: st.DrawFn, max_chars: int = 20_000) -> str:
    """Short mixes of the pieces, and long runs of one or two of them (where backtracking bites)."""
    parts = draw(
        st.lists(st.tuples(st.sampled_from(PIECES), st.integers(1, 4_000)), min_size=1, max_size=6)
    )
    text = "".join(piece * count for piece, count in parts)
    return text[:max_chars]


def _bounded(call) -> None:
    started = time.process_time()
    call()
    elapsed = time.process_time() - started
    assert elapsed < BOUND_SECONDS, f"took {elapsed:.1f} s of CPU"


FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(adversarial())
def test_parse_quantity_ends_and_never_raises(text: str) -> None:
    _bounded(lambda: parse_quantity(text))


@FUZZ
@given(adversarial())
def test_extract_ends_and_keeps_its_spans_in_the_text(text: str) -> None:
    result: list = []
    _bounded(lambda: result.extend(extract("fuzz", text, "2021")))
    observations, mentions = result
    for m in mentions:
        assert 0 <= m.span_start < m.span_end <= len(text)
    for o in observations:
        assert 0 <= o.span_start < o.span_end <= len(text)
