"""Mark every number of a report in its text, and say in Vietnamese what was read at each.

The review page shows a report's cleaned text with each number found wrapped in a
<mark> whose classes give its status (o: observation, u: unclassified, x: excluded, rj:
rejected in review, rv: reviewed) and its indicator's colour, and whose `data-k` indexes
the details (indicator, value, unit, qualifier, period, confidence, evidence, review
decision, quote) kept as JSON beside it. The text is walked once, numbers in order, so
the cost grows with the text, not with the number of marks squared.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from unionstats.analysis.vn_format import format_number, format_value
from unionstats.catalogue import load_catalogue

STATUS_CODE = {"observation": "o", "unclassified": "u", "excluded": "x"}


def anchor(doc_id: str, span_start: int) -> str:
    """The id of a number's mark in the page: link to `index.html#<anchor>`.

    Letters, digits, `_`, `.` and `-` stand as written; any other character is `~<hex>~`.
    `~` is never left as written, so two ids never meet (`a;` is `a~3b~`, `a_3b_` itself).
    """
    safe = re.sub(r"[^A-Za-z0-9_.-]", lambda m: f"~{ord(m.group()):x}~", doc_id)
    return f"n-{safe}-{span_start}"


def template(name: str) -> str:
    return (resources.files("unionstats") / "templates" / name).read_text(encoding="utf-8")


@cache
def labels() -> dict[str, dict[str, str]]:
    """The Vietnamese labels of templates/review_vi.yaml."""
    data = yaml.safe_load(template("review_vi.yaml"))
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def mention_reason(code: str | None) -> str:
    """A mention's reason in Vietnamese; a ledger reason keeps the analyst's own words."""
    if not code:
        return ""
    prefix, sep, rest = code.partition(": ")
    if sep and prefix in labels()["correction_prefixes"]:
        return f"{labels()['correction_prefixes'][prefix]}: {rest}"
    return labels()["mention_reasons"].get(code, code)


def value_text(value: float | None, unit: str | None) -> str:
    if value is None or unit is None:
        return ""
    text = format_value(value, unit)
    if unit.startswith("VND") and value >= 1e6:
        text += f" ({format_number(value)} đồng)"
    return text


def observation_json(o: Mapping[str, Any]) -> dict[str, object]:
    lab = labels()
    reasons = [r for r in (o["reasons"] or "").split(";") if r]
    return {
        "c": o["indicator"],
        "l": o["label_vi"],
        "v": value_text(o["value"], o["unit"]),
        "u": lab["units"].get(o["unit"], o["unit"]),
        "q": lab["qualifiers"].get(o["qualifier"], o["qualifier"]),
        "p": o["period"] or "",
        "g": lab["subgroups"].get(o["subgroup"], o["subgroup"]) if o["subgroup"] else "",
        "tg": value_text(o["target"], o["unit"]) if o["target"] is not None else "",
        "cf": format_number(o["confidence"], 3),
        "rs": [lab["evidence"].get(r, r) for r in reasons],
        "cr": lab["actions"].get(o["corrected"], "") if o["corrected"] else "",
        "cw": o["correction_reason"] or "",
        "qt": o["quote"],
    }


@dataclass
class Number:
    """A number found in a report and the observations read at it."""

    start: int
    end: int
    status: str
    reason: str
    indicator: str | None
    observations: list[dict[str, Any]]


def numbers(
    doc_mentions: Sequence[Mapping[str, Any]], doc_obs: Sequence[Mapping[str, Any]]
) -> list[Number]:
    """One entry per number found, with the observations read at it, in text order."""
    at: dict[int, Number] = {}
    for m in doc_mentions:
        at.setdefault(
            m["span_start"],
            Number(m["span_start"], m["span_end"], m["status"], m["reason"], m["indicator"], []),
        )
    for o in doc_obs:
        n = at.setdefault(
            o["span_start"],
            Number(o["span_start"], o["span_end"], "observation", "", o["indicator"], []),
        )
        n.status = "observation"
        n.observations.append(o)
    return sorted(at.values(), key=lambda n: n.start)


def marked_text(
    doc_id: str, text: str, numbers: Sequence[Number], first_k: int, classes: Mapping[str, str]
) -> tuple[str, dict[int, str]]:
    """The text as HTML with a <mark> per number, in one pass; anchors of every number."""
    out, pos, anchors, last_id = [], 0, {}, ""
    for k, n in enumerate(numbers, start=first_k):
        if n.start < pos or n.end > len(text):  # overlaps the previous number: link to it
            anchors[n.start] = last_id
            continue
        last_id = anchors[n.start] = anchor(doc_id, n.start)
        code = STATUS_CODE[n.status]
        css = ["n", code]
        ind = n.observations[0]["indicator"] if n.observations else n.indicator
        if code == "o" and ind:
            css.append(classes[ind])
        if n.reason.startswith("rejected: "):
            css.append("rj")
        if any(o["corrected"] for o in n.observations):
            css.append("rv")
        out.append(html.escape(text[pos : n.start]))
        out.append(
            f'<mark class="{" ".join(css)}" id="{last_id}" data-k="{k}">'
            f"{html.escape(text[n.start : n.end])}</mark>"
        )
        pos = n.end
    out.append(html.escape(text[pos:]))
    return "".join(out), anchors


def palette() -> tuple[dict[str, str], str]:
    """A class and a colour per indicator, in catalogue order (stable across pages)."""
    classes, css = {}, []
    for i, ind in enumerate(load_catalogue().indicators):
        hue = round(i * 137.508) % 360
        classes[ind.code] = f"i{i}"
        css.append(f".i{i}{{--c:hsl({hue} 75% 84%);--d:hsl({hue} 60% 38%)}}")
    return classes, "\n".join(css)


def indicator_label(code: str | None) -> str:
    if not code:
        return ""
    return next((i.label_vi for i in load_catalogue().indicators if i.code == code), code)
