"""A report of many short sentences: finding its opening sentences (metadata._head) copied the
rest of the text once per sentence, so a 1 MB report spent seconds there (4 MiB of real text:
10 of its 16 s) and was quarantined too_slow under the default budget."""

from __future__ import annotations

import time

from unionstats.metadata import _head, infer

SENTENCE = "Có 12 người. "


def test_head_of_many_sentences_is_linear() -> None:
    text = "Công đoàn ngành Y tế tỉnh Long An năm 2021\n" + SENTENCE * 50_000 + "\n \n"
    started = time.process_time()
    head = _head(text, "Công đoàn ngành Y tế tỉnh Long An năm 2021")
    elapsed = time.process_time() - started
    assert head.startswith("Công đoàn ngành Y tế tỉnh Long An năm 2021\n")
    assert head.count("Có 12 người.") == 4
    assert elapsed < 1.0, f"took {elapsed:.1f} s of CPU"


def test_head_skips_starts_with_only_blanks_after_them() -> None:
    text = "Tiêu đề\nMột. Hai. Ba. Bốn. Năm.   \n\t "
    assert _head(text, "Tiêu đề") == "Tiêu đề\n\nMột. Hai. Ba. Bốn."
    assert infer("Công đoàn ngành Y tế tỉnh Long An năm 2021.  ").period == "2021"
