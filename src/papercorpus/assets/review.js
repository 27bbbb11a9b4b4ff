(function () {
"use strict";
var t0 = performance.now();
var D = JSON.parse(document.getElementById("pc-data").textContent);
var FILES = D.files, ALL = D.clusters, PAGE = D.page_size, REL = D.related || [];
var view = ALL.map(function (_, i) { return i; });
var page = 0, hay = null, relHay = null, tab = "clusters";
var $ = function (id) { return document.getElementById(id); };

function el(tag, cls, text) {
  var n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined && text !== null) n.textContent = text;
  return n;
}
function loc(f, l) { return FILES[f] + ":" + l; }

// ---- word diff: common prefix/suffix, then LCS on what is left (bounded)
function words(s) { return s ? s.split(/\s+/).filter(Boolean) : []; }
function diff(a, b) {
  var n = a.length, m = b.length, p = 0, s = 0;
  while (p < n && p < m && a[p] === b[p]) p++;
  while (s < n - p && s < m - p && a[n - 1 - s] === b[m - 1 - s]) s++;
  var A = a.slice(p, n - s), B = b.slice(p, m - s);
  var keepA = new Uint8Array(A.length), keepB = new Uint8Array(B.length);
  if (A.length && B.length && A.length * B.length <= 4000000) {
    var W = B.length + 1, L = new Uint16Array((A.length + 1) * W);
    for (var i = A.length - 1; i >= 0; i--) {
      for (var j = B.length - 1; j >= 0; j--) {
        L[i * W + j] = A[i] === B[j] ? L[(i + 1) * W + j + 1] + 1
          : Math.max(L[(i + 1) * W + j], L[i * W + j + 1]);
      }
    }
    for (var x = 0, y = 0; x < A.length && y < B.length;) {
      if (A[x] === B[y]) { keepA[x++] = 1; keepB[y++] = 1; }
      else if (L[(x + 1) * W + y] >= L[x * W + y + 1]) x++;
      else y++;
    }
  }
  return {a: mark(a, p, keepA), b: mark(b, p, keepB)};
}
function mark(w, p, keep) {
  // -> [[changed, text], ...] runs
  var out = [], cur = null;
  for (var i = 0; i < w.length; i++) {
    var k = i - p, changed = k >= 0 && k < keep.length && !keep[k];
    if (!cur || cur[0] !== changed) { cur = [changed, []]; out.push(cur); }
    cur[1].push(w[i]);
  }
  return out;
}
function runs(node, parts, tag) {
  for (var i = 0; i < parts.length; i++) {
    if (i) node.appendChild(document.createTextNode(" "));
    var t = parts[i][1].join(" ");
    if (parts[i][0]) node.appendChild(el(tag, null, t));
    else node.appendChild(document.createTextNode(t));
  }
  return node;
}
function textBlock(tag, text) {
  var n = el(tag);
  if (text) n.textContent = text; else { n.className = "empty"; n.textContent = "(empty)"; }
  return n;
}
// A junk or missing abstract says so above the text: it was kept because nothing better was.
function weakMark(node, weak) {
  if (weak) node.insertBefore(el("span", "badge weak", weak), node.firstChild);
  return node;
}

// ---- one cluster card
function card(k) {
  var c = ALL[k], sv = c[3], copies = c[4], flags = c[2];
  var box = el("article", "cl" + (flags.length ? " flagged" : ""));
  box.dataset.cluster = k;
  var h = el("div", "clh");
  h.appendChild(el("span", "num", "#" + (k + 1)));
  h.appendChild(el("span", null, c[1] + " copies"));
  flags.forEach(function (f) { h.appendChild(el("span", "badge flag", f)); });
  var rules = {};
  copies.forEach(function (cp) { rules[cp[2]] = (rules[cp[2]] || 0) + 1; });
  Object.keys(rules).sort().forEach(function (r) {
    h.appendChild(el("span", "badge" + (r === "exact" ? " exact" : ""), r + " \u00d7" + rules[r]));
  });
  h.appendChild(el("span", "loc", "id " + c[0]));
  box.appendChild(h);
  var near = copies.filter(function (cp) { return cp[3] !== null || cp[4] !== null; });
  var same = copies.filter(function (cp) { return cp[3] === null && cp[4] === null; });
  if (!near.length) {
    var s = el("div", "sv");
    s.appendChild(el("div", "loc", "survivor \u00b7 " + loc(sv[0], sv[1]) +
      (sv[4] ? " \u00b7 arXiv " + sv[4] : "")));
    s.appendChild(textBlock("h3", sv[2]));
    if (sv[5]) s.appendChild(el("span", "badge weak", sv[5]));
    var ab = s.appendChild(textBlock("p", sv[3]));
    // Identical copies need no reading: the abstract folds to three lines, a click unfolds it.
    ab.classList.add("clamp");
    ab.title = "click to show or hide the whole abstract";
    ab.addEventListener("click", function () { ab.classList.toggle("clamp"); });
    box.appendChild(s);
  }
  near.forEach(function (cp) { box.appendChild(pair(sv, cp)); });
  if (same.length) {
    var chips = el("div", "chips");
    chips.appendChild(el("span", "muted", near.length ? "same text as a copy above or the survivor:"
      : "identical copies:"));
    same.forEach(function (cp) {
      var label = loc(cp[0], cp[1]) + (cp[2] === "exact" ? "" : " \u00b7 " + cp[2]);
      chips.appendChild(el("span", "chip", label));
    });
    box.appendChild(chips);
  }
  return box;
}
// Two texts side by side, words only in the first marked <del>, only in the second <ins>.
// a, b: [title, abstract, weak marker]
function sides(left, right, a, b) {
  var dt = diff(words(a[0]), words(b[0])), da = diff(words(a[1]), words(b[1]));
  left.appendChild(runs(el("h3"), dt.a, "del"));
  right.appendChild(runs(el("h3"), dt.b, "ins"));
  left.appendChild(weakMark(a[1] ? runs(el("p"), da.a, "del") : textBlock("p", ""), a[2]));
  right.appendChild(weakMark(b[1] ? runs(el("p"), da.b, "ins") : textBlock("p", ""), b[2]));
}
// ---- one related pair: two rows kept apart although they share a lot
function relatedCard(k) {
  var r = REL[k], a = r[0], b = r[1];
  var box = el("article", "rel");
  box.dataset.related = k;
  var h = el("div", "clh");
  h.appendChild(el("span", "num", "#" + (k + 1)));
  h.appendChild(el("span", "badge related", "related, not merged"));
  Object.keys(r[2]).forEach(function (key) {
    h.appendChild(el("span", "score", key + " " + r[2][key]));
  });
  box.appendChild(h);
  var row = el("div", "pair"), left = el("div", "side"), right = el("div", "side");
  [[left, a], [right, b]].forEach(function (x) {
    x[0].appendChild(el("div", "loc", loc(x[1][0], x[1][1]) +
      (x[1][4] ? " \u00b7 arXiv " + x[1][4] : "") + " \u00b7 id " + x[1][6]));
  });
  sides(left, right, [a[2], a[3], a[5]], [b[2], b[3], b[5]]);
  row.appendChild(left); row.appendChild(right);
  box.appendChild(row);
  return box;
}
function pair(sv, cp) {
  var row = el("div", "pair");
  var left = el("div", "side"), right = el("div", "side");
  left.appendChild(el("div", "loc", "survivor \u00b7 " + loc(sv[0], sv[1]) +
    (sv[4] ? " \u00b7 arXiv " + sv[4] : "")));
  right.appendChild(el("div", "loc", "copy \u00b7 " + loc(cp[0], cp[1]) +
    (cp[8] ? " \u00b7 arXiv " + cp[8] : "")));
  var ct = cp[3] === null ? sv[2] : cp[3], ca = cp[4] === null ? sv[3] : cp[4];
  var cw = cp[3] === null && cp[4] === null ? sv[5] : cp[7];
  sides(left, right, [sv[2], sv[3], sv[5]], [ct, ca, cw]);
  row.appendChild(left); row.appendChild(right);
  var meta = el("div", "meta");
  meta.appendChild(el("span", "badge", cp[2]));
  meta.appendChild(document.createTextNode(" "));
  if (cp[5]) Object.keys(cp[5]).forEach(function (key) {
    meta.appendChild(el("span", "score", key + " " + cp[5][key]));
  });
  if (cp[6]) meta.appendChild(el("span", null, "via " + loc(cp[6][0], cp[6][1]) +
    (cp[6][2] ? "" : " (not verified against the survivor)")));
  row.appendChild(meta);
  return row;
}

// ---- filtering and paging
function matches(k, q, rule) {
  var c = ALL[k];
  if (rule === "!flagged") { if (!c[2].length) return false; }
  else if (rule === "!near") {
    if (!c[4].some(function (cp) { return cp[2] !== "exact"; })) return false;
  }
  else if (rule && !c[4].some(function (cp) { return cp[2] === rule; })) return false;
  if (!q) return true;
  return hay[k].indexOf(q) >= 0;
}
function buildHay() {
  // What a search finds: the row id, titles, arXiv ids and the file names of every copy.
  hay = ALL.map(function (c) {
    var t = [c[0], c[3][2], c[3][4] || "", FILES[c[3][0]]];
    c[4].forEach(function (cp) {
      if (cp[3]) t.push(cp[3]);
      if (cp[8]) t.push(cp[8]);
      t.push(FILES[cp[0]]);
    });
    return t.join("\n").toLowerCase();
  });
  relHay = REL.map(function (r) {
    return [r[0], r[1]].map(function (x) {
      return [x[2], x[4] || "", FILES[x[0]], x[6]].join("\n");
    }).join("\n").toLowerCase();
  });
}
// Doubtful first: flagged or chained clusters, then those merged by a rule other than exact
// identity, then the exact ones; each group in output order.
var RANK = ALL.map(function (c) {
  if (c[2].length || c[4].some(function (cp) { return cp[6] !== null; })) return 0;
  return c[4].some(function (cp) { return cp[2] !== "exact"; }) ? 1 : 2;
});
function apply(quiet) {
  var q = $("pc-q").value.trim().toLowerCase(), rule = $("pc-rule").value;
  if (q && !hay) buildHay();
  view = [];
  if (tab === "related") {
    for (var r = 0; r < REL.length; r++) if (!q || relHay[r].indexOf(q) >= 0) view.push(r);
  } else {
    for (var k = 0; k < ALL.length; k++) if (matches(k, q, rule)) view.push(k);
    var order = $("pc-sort").value;
    if (order === "size") {
      view.sort(function (x, y) { return ALL[y][1] - ALL[x][1] || x - y; });
    } else if (order === "review") {
      view.sort(function (x, y) { return RANK[x] - RANK[y] || x - y; });
    }
  }
  page = 0;
  if (quiet !== true) render();
}
function render(quiet) {
  var pages = Math.max(1, Math.ceil(view.length / PAGE));
  if (page >= pages) page = pages - 1;
  var frag = document.createDocumentFragment();
  var slice = view.slice(page * PAGE, page * PAGE + PAGE);
  var rel = tab === "related", total = rel ? REL.length : ALL.length;
  slice.forEach(function (k) { frag.appendChild(rel ? relatedCard(k) : card(k)); });
  if (!slice.length) {
    frag.appendChild(el("p", "empty", total ? (rel ? "No pair matches." : "No cluster matches.")
      : rel ? "No related pairs: nothing was kept apart that looked alike."
      : "No merged clusters: every paper appeared once."));
  }
  $("pc-clusters").replaceChildren(frag);
  $("pc-rule").disabled = $("pc-sort").disabled = rel;
  document.querySelectorAll(".tab").forEach(function (b) {
    b.setAttribute("aria-selected", String(b.dataset.tab === tab));
  });
  var txt = view.length.toLocaleString() + " of " + total.toLocaleString() +
    (rel ? " related pairs" : " clusters") + " \u00b7 page " + (page + 1) + " / " + pages;
  document.querySelectorAll(".pc-page").forEach(function (n) { n.textContent = txt; });
  document.querySelectorAll(".pc-prev").forEach(function (b) { b.disabled = page === 0; });
  document.querySelectorAll(".pc-next").forEach(function (b) { b.disabled = page >= pages - 1; });
  if (quiet !== true) saveHash();
}
function saveHash() {
  var h = new URLSearchParams();
  if (tab !== "clusters") h.set("tab", tab);
  if ($("pc-q").value.trim()) h.set("q", $("pc-q").value.trim());
  if (sel.value) h.set("rule", sel.value);
  if ($("pc-sort").value !== "review") h.set("sort", $("pc-sort").value);
  if (page) h.set("page", String(page + 1));
  history.replaceState(null, "", h.toString() ? "#" + h.toString() : location.pathname);
}
function go(delta) { page += delta; render(); window.scrollTo(0, $("pc-list").offsetTop); }

var sel = $("pc-rule");
D.rules.forEach(function (r) { var o = el("option", null, r); o.value = r; sel.appendChild(o); });
var timer = 0;
$("pc-q").addEventListener("input", function () {
  clearTimeout(timer); timer = setTimeout(apply, 150);
});
sel.addEventListener("change", apply);
$("pc-sort").addEventListener("change", apply);
document.querySelectorAll(".tab").forEach(function (b) {
  b.textContent += " (" + (b.dataset.tab === "related" ? REL : ALL).length.toLocaleString() + ")";
  b.onclick = function () { tab = b.dataset.tab; apply(); };
});
document.querySelectorAll(".pc-prev").forEach(function (b) {
  b.onclick = function () { go(-1); }; });
document.querySelectorAll(".pc-next").forEach(function (b) {
  b.onclick = function () { go(1); }; });
// The view lives in the URL fragment (#q=...&rule=...&sort=...&page=N), so a link or a
// reload shows the same clusters.
function fromHash() {
  var h = new URLSearchParams(location.hash.slice(1));
  tab = h.get("tab") === "related" ? "related" : "clusters";
  $("pc-q").value = h.get("q") || "";
  if (h.get("rule")) sel.value = h.get("rule");
  if (h.get("sort")) $("pc-sort").value = h.get("sort");
  apply(true);
  page = Math.max(0, (parseInt(h.get("page"), 10) || 1) - 1);
  render(true);
}
fromHash();
document.body.dataset.ready = "1";
document.body.dataset.renderMs = String(Math.round(performance.now() - t0));
// performance.now() counts from navigation start: this is the time to a usable page.
document.body.dataset.loadMs = String(Math.round(performance.now()));
$("pc-status").textContent = "ready in " + document.body.dataset.loadMs + " ms";
})();
