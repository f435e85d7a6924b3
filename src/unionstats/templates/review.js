// The review page's behaviour: details of a number on hover and click, list filters,
// links from the list to the text. One listener per pane (event delegation), so the
// cost does not grow with the number of marks; details are built only when asked.
(() => {
  "use strict";
  const numbers = JSON.parse(document.getElementById("numbers").textContent);
  const details = document.getElementById("details");
  const tip = document.getElementById("tip");
  const reading = document.getElementById("reading");
  let selected = null;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function fields(pairs) {
    const dl = el("dl");
    for (const [name, value] of pairs) {
      if (value === "" || value === undefined || value === null) continue;
      dl.append(el("dt", name));
      const dd = el("dd");
      if (Array.isArray(value)) {
        const ul = el("ul");
        for (const v of value) ul.append(el("li", v));
        dd.append(ul);
      } else {
        dd.textContent = value;
      }
      dl.append(dd);
    }
    return dl;
  }

  // What the page says about one number: each observation read at it, or why none was.
  function describe(k, full) {
    const n = numbers[k];
    const box = document.createDocumentFragment();
    box.append(el("h3", `“${n.t}” – ${n.st}`));
    for (const o of n.o) {
      box.append(fields([
        ["Chỉ tiêu", `${o.l} (${o.c})`],
        ["Giá trị", o.v],
        ["Đơn vị", o.u],
        ["Mức độ", o.q],
        ["Kỳ", o.p],
        ["Nhóm", o.g],
        ["Kế hoạch", o.tg],
        ["Độ tin cậy", o.cf],
        ["Căn cứ", full ? o.rs : o.rs.join("; ")],
        ["Rà soát", o.cr ? `${o.cr}: ${o.cw}` : ""],
        ["Trích dẫn", full ? o.qt : ""],
      ]));
    }
    if (!n.o.length) {
      box.append(fields([["Chỉ tiêu", n.l], ["Lý do", n.r]]));
    }
    if (full) {
      box.append(fields([
        ["Vị trí", `ký tự ${n.s}–${n.e} trong báo cáo ${n.d}`],
      ]));
      const action = n.o.length ? "reject" : "add --indicator MÃ --value GIÁ_TRỊ";
      const hint = el("p");
      hint.append("Ghi một quyết định rà soát: ");
      hint.append(el("code",
        `unionstats correct --doc ${n.dq} --span ${n.s} --action ${action} --reason "…"`));
      box.append(hint);
    }
    return box;
  }

  function select(mark) {
    if (selected) selected.classList.remove("sel");
    selected = mark;
    mark.classList.add("sel");
    details.replaceChildren(describe(Number(mark.dataset.k), true));
  }

  reading.addEventListener("click", (event) => {
    const mark = event.target.closest("mark.n");
    if (!mark || !mark.id) return;
    select(mark);
    history.replaceState(null, "", `#${mark.id}`);
  });

  let hovered = null;
  function place(mark) {
    const box = mark.getBoundingClientRect();
    const below = box.bottom + 6 + tip.offsetHeight < window.innerHeight;
    tip.style.top = `${below ? box.bottom + 6 : Math.max(4, box.top - tip.offsetHeight - 6)}px`;
    tip.style.left = `${Math.max(4, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8))}px`;
  }
  reading.addEventListener("mouseover", (event) => {
    const mark = event.target.closest("mark.n");
    if (!mark) return;
    hovered = mark;
    tip.replaceChildren(describe(Number(mark.dataset.k), false));
    tip.hidden = false;
    place(mark);
  });
  reading.addEventListener("mouseout", (event) => {
    if (!event.target.closest("mark.n")) return;
    hovered = null;
    tip.hidden = true;
  });
  reading.addEventListener("scroll", () => { if (hovered) place(hovered); }, { passive: true });

  function followHash() {
    const mark = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (mark && mark.matches("mark.n")) {
      select(mark);
      mark.scrollIntoView({ block: "center" });
    }
  }
  window.addEventListener("hashchange", followHash);

  // Filters: one pass over the rows per change.
  const form = document.getElementById("filters");
  const rows = Array.from(document.querySelectorAll("#rows tr[data-s]"));
  const count = document.getElementById("count");
  function filter() {
    const want = Object.fromEntries(new FormData(form));
    let shown = 0;
    for (const row of rows) {
      const ok = ["i", "o", "p", "s"].every((k) => !want[k] || row.dataset[k] === want[k]);
      row.hidden = !ok;
      if (ok) shown += 1;
    }
    count.textContent = `${shown} / ${rows.length} dòng`;
  }
  form.addEventListener("change", filter);
  filter();
  if (location.hash) followHash();
})();
