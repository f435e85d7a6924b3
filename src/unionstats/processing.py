"""One report through the chain: clean → infer metadata → resolve the organisation → extract.

Kept apart from the build and the tables (no Polars here), so ``unionstats extract``
and the review tools process a report as the build does without loading them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionstats.clean import clean
from unionstats.extract import Mention, Observation, extract
from unionstats.ingest import RawReport
from unionstats.metadata import DocMeta, apply_overrides, infer
from unionstats.numbers import unreadable_numbers
from unionstats.registry import Registry, resolve

__all__ = ["NoText", "Processed", "process", "with_unreadable"]

_LETTER = re.compile(r"[^\W\d_]")


class NoText(ValueError):
    """The report shows no words to read (quarantined ``not_a_report``, with this detail)."""


@dataclass(frozen=True, slots=True)
class Processed:
    """One report after extraction; ``flags`` name metadata the build had to blank."""

    report: RawReport
    meta: DocMeta
    overridden: tuple[str, ...]
    observations: list[Observation]
    mentions: list[Mention]
    flags: tuple[str, ...] = ()


def process(
    report: RawReport,
    overrides: dict[str, dict[str, str]] | None = None,
    registry: Registry | None = None,
) -> Processed:
    """Clean one decoded report, infer its metadata and extract its observations.

    ``registry`` (data/raw/organisations.csv) gives the organisation its stable id.
    """
    cleaned = clean(report.text, report.is_html)
    if report.is_html and _LETTER.search(cleaned.text) is None:
        raise NoText(
            f"the HTML shows no text once its markup is removed ({report.n_bytes} bytes: tags "
            "only, or everything inside a comment, <script> or <style>, e.g. an unclosed <!--)"
        )
    fields = (overrides or {}).get(report.doc_id) or (overrides or {}).get(report.rel_path)
    meta = apply_overrides(infer(cleaned.text, cleaned.chrome, cleaned.page_title), fields)
    meta = resolve(meta, report.doc_id, registry or Registry(), "org" in (fields or {}))
    observations, mentions = extract(
        report.doc_id,
        cleaned.text,
        meta.period or "",
        org_level=meta.org_level,
        province=meta.province,
        org=meta.org,
        published=meta.published,
        title=meta.title,
        scanned=cleaned.scanned,
    )
    mentions = with_unreadable(report.doc_id, cleaned.text, mentions)
    return Processed(report, meta, tuple(sorted(fields or ())), observations, mentions)


_SHOWN = 40  # characters of an unreadable digit run kept in its mention's text


def with_unreadable(doc_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each digit run too long to read (`unreadable_numbers`) among them
    in text order: status `excluded`, reason `unreadable_number`, no value. A figure never
    vanishes silently; its text is cut to its first digits (a run may be 500 000 long)."""
    extra = [
        Mention(
            doc_id,
            start,
            end,
            text[start : min(end, start + _SHOWN)] + ("…" if end - start > _SHOWN else ""),
            None,
            None,
            None,
            "excluded",
            "unreadable_number",
            " ".join(text[max(0, start - 80) : start + _SHOWN + 40].split()),
        )
        for start, end in unreadable_numbers(text)
    ]
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: m.span_start)
