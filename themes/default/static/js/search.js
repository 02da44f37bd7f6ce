/* Polku search page: Pagefind with facets, state in the URL (?q=kipu&level=A2.2&level=B1.1).
   CSP for this page: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' (Pagefind's WASM).
   A classic script (after js/query.js), so that it also runs from file:// in the ZIP, where
   js/offline-search.js and the ZIP's pagefind/pagefind.js have set window.polkuOffline and
   window.polkuPagefind; a module or fetch() would be refused there. The whole file is one async
   function (its body not indented), for the awaits while Pagefind loads. */
(async () => {
const { queryReader, searchRead } = window.polkuQuery;
const $ = (id) => document.getElementById(id);
const app = $("haku"), input = $("haku-sivu-q"), status = $("haku-tila"), layout = $("haku-sovellus");
const list = $("haku-lista"), more = $("haku-lisaa"), clear = $("haku-tyhjenna"), notice = $("haku-ei-toimi");
const fixed = $("haku-korjattu");
const sets = [...app.querySelectorAll("fieldset[data-key]")];
const KEYS = sets.map((f) => f.dataset.key);
const boxes = {}; // key → Map(value → li)
const order = (a, b) => a.localeCompare(b, document.documentElement.lang, { numeric: true }); // A1.1 < A2.2 < C2
let pf, selected, results, shown, seq = 0, typing, inputTimer, sayTimer;

// Results loaded at a time: each costs a fragment download, and a first query stays small.
const PAGE = 5;
const query = () => input.value.trim();
const msg = (name, n, q) => app.dataset["msg" + name].replace("{n}", n).replace("{q}", q);
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

function readUrl() {
  const p = new URLSearchParams(location.search);
  input.value = p.get("q") || "";
  selected = {};
  for (const k of KEYS) selected[k] = [...new Set(p.getAll(k))].filter(Boolean);
}

// Typing replaces the history entry (pushing one at first); a tick or submit pushes one.
function record(kind) {
  const p = new URLSearchParams(query() ? { q: query() } : {});
  for (const k of KEYS) for (const v of selected[k]) p.append(k, v);
  const s = p.toString();
  if (s !== new URLSearchParams(location.search).toString())
    history[kind === "type" && typing ? "replaceState" : "pushState"](null, "", location.pathname + (s && "?" + s));
  typing = kind === "type";
}

// A key's values are alternatives ("any"), so its counts come from a search without it.
function filters(skip) {
  const f = {};
  for (const k of KEYS) if (k !== skip && selected[k].length) f[k] = { any: selected[k] };
  return f;
}
// Results and filter counts; with no query and no filters, no results and the total counts.
const find = (asked, f) =>
  asked.text || Object.keys(f).length ? searchRead(pf, asked, { filters: f }) : pf.filters().then((filters) => ({ filters }));

// The query as Pagefind gets it (js/query.js), from this page's language's stop words.
let understood;

// Cleared first, so that a repeated text is announced again.
function say(text, delay) {
  clearTimeout(sayTimer);
  status.textContent = "";
  if (text) sayTimer = setTimeout(() => (status.textContent = text), delay);
}

async function run(delay) {
  const id = ++seq, typed = query(), asked = typed ? await understood(typed) : { text: "" };
  const q = asked.text, res = await find(asked, filters()), per = {};
  for (const k of KEYS) per[k] = (selected[k].length ? await find(asked, filters(k)) : res).filters[k] || {};
  if (id !== seq) return;
  drawFacets(per);
  const notes = [asked.corrected && msg("Corrected", 0, q), res.partial && msg("Partial", 0, q)].filter(Boolean);
  fixed.hidden = !notes.length;
  fixed.textContent = notes.join(" ");
  clear.hidden = !KEYS.some((k) => selected[k].length);
  results = res.results || [];
  // Offline (service worker), only the pages whose text is saved on the device can be shown.
  if (!navigator.onLine) results = await usable(results);
  if (id !== seq) return;
  shown = 0;
  list.textContent = "";
  await page(id);
  if (id !== seq) return;
  $("haku-tulokset").hidden = !results.length;
  const n = results.length, one = n === 1 ? "One" : "";
  const kind = q ? (n ? "Results" + one : "None") : n ? "Filtered" + one : "NoneFiltered";
  say(res.results && msg(kind, n, n ? q : typed), delay);
}

function item(data, q) {
  const li = el("li", "result"), h = el("h3", "result-title"), a = el("a", "", data.meta.title || data.url);
  const type = data.filters?.type?.[0], ex = data.excerpt, p = el("p", "result-excerpt");
  a.href = window.polkuOffline ? window.polkuOffline.page(data.url) : data.url;
  h.append(a);
  li.append(h);
  if (type) li.append(el("p", "result-meta")), li.lastChild.append(el("span", "badge badge-type", type));
  // ⁂ starts the words that belong to the page without being on it (keywords, a lesson's
  // vocabulary in other forms and languages) at the end of the content: an excerpt from them,
  // with the mark or from further on, shows the description. No query: the excerpt is just the
  // page's start.
  const hidden = data.content.indexOf("⁂"), at = data.content.indexOf(ex.replace(/<\/?mark>/g, ""));
  const fromHidden = ex.includes("⁂") || (hidden >= 0 && at >= hidden);
  if (fromHidden || (!q && data.meta.description)) p.textContent = data.meta.description || "";
  else p.innerHTML = ex; // Pagefind's excerpt: escaped text and <mark> only
  if (p.textContent.trim()) li.append(p);
  return li;
}

// The results whose fragment (title, excerpt) loads.
async function usable(all) {
  const ok = await Promise.all(all.map((r) => r.data().then(() => true, () => false)));
  return all.filter((r, i) => ok[i]);
}

// The next PAGE results; "show more" moves the focus to the first new one. A result whose
// fragment fails to load is left out rather than failing the page.
async function page(id, focus) {
  const start = shown, next = results.slice(start, start + PAGE);
  const data = await Promise.allSettled(next.map((r) => r.data()));
  if (id !== seq || shown !== start) return;
  const items = data.filter((d) => d.status === "fulfilled").map((d) => item(d.value, query()));
  list.append(...items);
  shown += next.length;
  more.hidden = shown >= results.length;
  if (focus && items[0]) items[0].querySelector("a").focus();
}

// Values with results, and ticked ones. Updated in place, so a ticked box keeps the focus.
function drawFacets(per) {
  for (const fs of sets) {
    const k = fs.dataset.key, ul = fs.lastElementChild, map = (boxes[k] ||= new Map());
    const c = per[k], sel = selected[k];
    const values = [...new Set([...Object.keys(c).filter((v) => c[v]), ...sel])].sort(order);
    for (const [v, li] of map) if (!values.includes(v)) li.remove(), map.delete(v);
    let next = ul.firstElementChild;
    for (const v of values) {
      let li = map.get(v);
      if (!li) {
        const label = el("label"), box = el("input");
        Object.assign(box, { type: "checkbox", name: k, value: v });
        label.append(box, el("span", "", v), el("span", "count"));
        map.set(v, (li = el("li")));
        li.append(label);
      }
      if (li === next) next = li.nextElementSibling;
      else ul.insertBefore(li, next);
      li.querySelector("input").checked = sel.includes(v);
      li.querySelector(".count").textContent = `(${c[v] || 0})`;
    }
    fs.hidden = !values.length;
  }
  const panel = $("haku-rajaa").parentNode;
  panel.hidden = sets.every((f) => f.hidden);
  if (panel.hidden && panel.contains(document.activeElement)) input.focus();
}

function go(kind, delay) {
  clearTimeout(inputTimer);
  record(kind);
  run(delay);
}

// The HTML's notice is hidden while Pagefind loads, and shown again if it fails.
notice.hidden = true;
const watchdog = setTimeout(() => (notice.hidden = false), 8000);
try {
  // From the ZIP's classic pagefind.js, or the bundle's module.
  pf = window.polkuPagefind || (await import(app.dataset.bundle));
  // baseUrl "/": indexed URLs include the sub-path. noWorker: WASM runs under this page's CSP.
  // In the ZIP, the bundle's files come through polkuOffline (js/offline-search.js).
  const options = { excerptLength: 24, baseUrl: "/", noWorker: true };
  if (window.polkuOffline) options.basePath = window.polkuOffline.bundle;
  await pf.options(options);
  await pf.init();
  understood = queryReader(pf, app.dataset.stopWords);
  await pf.filters(); // loads the WASM now, so a failure is caught here
  layout.hidden = false;
  notice.hidden = $("haku-selaa").hidden = true;
} catch (e) {
  notice.hidden = false;
  throw e;
} finally {
  clearTimeout(watchdog);
}

input.oninput = () => {
  clearTimeout(inputTimer);
  inputTimer = setTimeout(() => go("type", 800), 250);
};
$("haku-lomake").onsubmit = (e) => {
  e.preventDefault();
  go("submit", 100);
};
layout.onchange = ({ target: box }) => {
  if (box.type !== "checkbox") return;
  const k = box.name;
  selected[k] = selected[k].filter((v) => v !== box.value).concat(box.checked ? [box.value] : []);
  go("tick", 100);
};
clear.onclick = () => {
  for (const k of KEYS) selected[k] = [];
  $("haku-rajaa").focus();
  go("tick", 100);
};
more.onclick = () => page(seq, true);
window.onpopstate = () => {
  clearTimeout(inputTimer);
  typing = false;
  readUrl();
  run(100);
};
readUrl();
run(100);
})();
