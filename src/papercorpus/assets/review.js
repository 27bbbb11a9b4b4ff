(function () {
"use strict";
var t0 = performance.now();
var D = JSON.parse(document.getElementById("pc-data").textContent);
var FILES = D.files, ALL = D.clusters, PAGE = D.page_size;
var view = ALL.map(function (_, i) { return i; });
var page = 0, hay = null;
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
    s.appendChild(el("div", "loc", "survivor \u00b7 " + loc(sv[0], sv[1])));
    s.appendChild(textBlock("h3", sv[2]));
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
function pair(sv, cp) {
  var row = el("div", "pair");
  var left = el("div", "side"), right = el("div", "side");
  left.appendChild(el("div", "loc", "survivor \u00b7 " + loc(sv[0], sv[1])));
  right.appendChild(el("div", "loc", "copy \u00b7 " + loc(cp[0], cp[1])));
  var ct = cp[3] === null ? sv[2] : cp[3], ca = cp[4] === null ? sv[3] : cp[4];
  var dt = diff(words(sv[2]), words(ct)), da = diff(words(sv[3]), words(ca));
  left.appendChild(runs(el("h3"), dt.a, "del"));
  right.appendChild(runs(el("h3"), dt.b, "ins"));
  left.appendChild(sv[3] ? runs(el("p"), da.a, "del") : textBlock("p", ""));
  right.appendChild(ca ? runs(el("p"), da.b, "ins") : textBlock("p", ""));
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
  hay = ALL.map(function (c) {
    var t = [c[0], c[3][2]];
    c[4].forEach(function (cp) { if (cp[3]) t.push(cp[3]); });
    return t.join("\n").toLowerCase();
  });
}
function apply(quiet) {
  var q = $("pc-q").value.trim().toLowerCase(), rule = $("pc-rule").value;
  if (q && !hay) buildHay();
  view = [];
  for (var k = 0; k < ALL.length; k++) if (matches(k, q, rule)) view.push(k);
  if ($("pc-sort").value === "size") {
    view.sort(function (x, y) { return ALL[y][1] - ALL[x][1] || x - y; });
  }
  page = 0;
  if (quiet !== true) render();
}
function render(quiet) {
  var pages = Math.max(1, Math.ceil(view.length / PAGE));
  if (page >= pages) page = pages - 1;
  var frag = document.createDocumentFragment();
  var slice = view.slice(page * PAGE, page * PAGE + PAGE);
  slice.forEach(function (k) { frag.appendChild(card(k)); });
  if (!slice.length) frag.appendChild(el("p", "empty", ALL.length ? "No cluster matches."
    : "No merged clusters: every paper appeared once."));
  $("pc-clusters").replaceChildren(frag);
  var txt = view.length.toLocaleString() + " of " + ALL.length.toLocaleString() +
    " clusters \u00b7 page " + (page + 1) + " / " + pages;
  document.querySelectorAll(".pc-page").forEach(function (n) { n.textContent = txt; });
  document.querySelectorAll(".pc-prev").forEach(function (b) { b.disabled = page === 0; });
  document.querySelectorAll(".pc-next").forEach(function (b) { b.disabled = page >= pages - 1; });
  if (quiet !== true) saveHash();
}
function saveHash() {
  var h = new URLSearchParams();
  if ($("pc-q").value.trim()) h.set("q", $("pc-q").value.trim());
  if (sel.value) h.set("rule", sel.value);
  if ($("pc-sort").value !== "input") h.set("sort", $("pc-sort").value);
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
document.querySelectorAll(".pc-prev").forEach(function (b) {
  b.onclick = function () { go(-1); }; });
document.querySelectorAll(".pc-next").forEach(function (b) {
  b.onclick = function () { go(1); }; });
// The view lives in the URL fragment (#q=...&rule=...&sort=...&page=N), so a link or a
// reload shows the same clusters.
function fromHash() {
  var h = new URLSearchParams(location.hash.slice(1));
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
